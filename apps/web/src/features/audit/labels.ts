import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { codeKey } from './codes';
import { actionKey, detailKey, familyKey, objectTypeKey, splitAction, words } from './model';

/** Human names of actions, families, record types and details in the UI language, with fallbacks. */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  // Keys are built from codes the server sends: look them up untyped and fall back to the code.
  const lookup = useCallback(
    (key: string | undefined): string | undefined =>
      key ? (t as unknown as (key: string) => string)(key) : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels change with the language
    [t, i18n.language],
  );
  return useMemo(
    () => ({
      /** `bid.placed` → "Bid placed"; unknown codes as they are. */
      action: (code: string) => lookup(actionKey(code)) ?? code,
      /** `bid` or `bid.` → "Bids"; unknown families as they are. */
      family: (family: string) => lookup(familyKey(family)) ?? family.replace(/\.$/, ''),
      /** The family of an action code, named. */
      familyOf: (code: string) => lookup(familyKey(splitAction(code)[0])) ?? splitAction(code)[0],
      objectType: (type: string) => lookup(objectTypeKey(type)) ?? type,
      detail: (key: string) => lookup(detailKey(key)) ?? words(key),
      /**
       * A status, stage or kind in the details (`SUBMITTED` → "Submitted" for a project's `from`), by the
       * strings of the feature that owns it; undefined when none names it (show the code then).
       */
      code: (objectType: string, detail: string, code: string): string | undefined => {
        const key = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(code)
          ? codeKey(objectType, detail, code)
          : undefined;
        return key && i18n.exists(key) ? lookup(key) : undefined;
      },
    }),
    [lookup, i18n],
  );
}
