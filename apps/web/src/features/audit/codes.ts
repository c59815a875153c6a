import { useEffect, useState } from 'react';
import type { AuditEvent } from './model';

/** Features whose strings load with their pages: the trail loads them itself when it shows their codes. */
type LazyNamespace = 'matching' | 'screening' | 'roadshows';

const LOADERS: Record<LazyNamespace, () => Promise<unknown>> = {
  matching: () => import('../matching/strings'),
  screening: () => import('../screening/strings'),
  roadshows: () => import('../roadshows/strings'),
};

/**
 * Where the names of the codes an event's details hold live, by record type and detail: the statuses,
 * stages and kinds the other features already name (e.g. a project's `from: SUBMITTED` is
 * `programmes.projectStatus.SUBMITTED`, "Submitted" / "已提交"). Codes not listed stay as they are.
 */
const CODE_NAMES: Record<string, Record<string, string>> = {
  Project: { from: 'programmes.projectStatus', to: 'programmes.projectStatus' },
  Programme: { from: 'programmes.status', to: 'programmes.status' },
  ProjectImport: { mode: 'programmes.import.mode' },
  Invitation: { roles: 'identity.role' },
  User: { roles: 'identity.role', before: 'identity.role', after: 'identity.role' },
  Bid: { from: 'matching.bidStatus', to: 'matching.bidStatus' },
  Deal: { from: 'matching.stage', to: 'matching.stage', kind: 'matching.activityKind' },
  MatchIntent: {
    from: 'matching.intentLevel',
    to: 'matching.intentLevel',
    level: 'matching.intentLevel',
    kind: 'matching.intentKind',
    source: 'matching.intentSource',
  },
  Agreement: { kind: 'matching.agreementKind' },
  Partner: { kind: 'matching.partnerKind' },
  ConflictOfInterest: {
    from: 'screening.conflictStatus',
    to: 'screening.conflictStatus',
    kind: 'screening.conflictKind',
  },
  ScreeningRound: {
    from: 'screening.roundStatus',
    to: 'screening.roundStatus',
    proposed: 'screening.decision',
    decision: 'screening.decision',
  },
  Review: { status: 'screening.workspace.state' },
  Roadshow: { from: 'roadshows.status', to: 'roadshows.status', mode: 'roadshows.mode' },
  RoadshowSlot: { from: 'roadshows.slotStatus', to: 'roadshows.slotStatus' },
  RoadshowCommentary: { dimensions: 'roadshows.dimension' },
};

/** The i18n key that names `code` as the detail `detail` of a record of `objectType`, if one does. */
export function codeKey(objectType: string, detail: string, code: string): string | undefined {
  const prefix = CODE_NAMES[objectType]?.[detail];
  return prefix ? `${prefix}.${code}` : undefined;
}

const lazyOf = (objectType: string): LazyNamespace[] =>
  Object.values(CODE_NAMES[objectType] ?? {})
    .map((prefix) => prefix.slice(0, prefix.indexOf('.')))
    .filter((ns): ns is LazyNamespace => ns in LOADERS);

const loaded = new Set<LazyNamespace>();
const loading = new Map<LazyNamespace, Promise<unknown>>();

function load(namespace: LazyNamespace): Promise<unknown> {
  let promise = loading.get(namespace);
  if (!promise) {
    promise = LOADERS[namespace]().then(() => loaded.add(namespace));
    // A failed chunk (offline) is tried again next time; meanwhile the codes show as they are.
    promise.catch(() => loading.delete(namespace));
    loading.set(namespace, promise);
  }
  return promise;
}

/**
 * Loads the strings that name the codes of these events (only the features they need, once per session),
 * and renders again when they arrive; until then the codes show as they are.
 */
export function useCodeNames(events: readonly Pick<AuditEvent, 'objectType'>[]): void {
  const needed = [...new Set(events.flatMap((e) => lazyOf(e.objectType)))]
    .filter((ns) => !loaded.has(ns))
    .sort()
    .join(',');
  const [, setReady] = useState(0);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    void Promise.allSettled(needed.split(',').map((ns) => load(ns as LazyNamespace))).then(() => {
      if (live) setReady((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [needed]);
}
