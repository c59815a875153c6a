import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { ExportAuditEventsDocument, type ExportAuditEventsMutationVariables } from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { downloadFile } from '../projects/files';

export interface ExportOutcome {
  type: 'success' | 'error';
  /** Worded when shown, so it follows a language switch. */
  message: (t: TFunction) => string;
}

/**
 * Exports the trail (or a project's history) as CSV and downloads it; the outcome is a translated sentence,
 * naming a selection that is too large (TOO_MANY_ROWS) so the user knows to narrow it.
 */
export function useAuditExport() {
  const [run] = useMutation(ExportAuditEventsDocument);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome>();

  const exportCsv = async (variables: ExportAuditEventsMutationVariables) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const { data } = await run({ variables });
      const file = data?.exportAuditEvents;
      if (!file) return;
      try {
        await downloadFile(`/files/${file.fileId}`, file.filename);
      } catch {
        setOutcome({ type: 'error', message: (t) => t('audit.export.failed') });
        return;
      }
      setOutcome({
        type: 'success',
        message: (t) => t('audit.export.done', { rows: file.rows, filename: file.filename }),
      });
    } catch (error) {
      const problem = describeError(error);
      const message = (t: TFunction) =>
        problem.reason === 'TOO_MANY_ROWS'
          ? t('audit.export.tooMany')
          : problem.code === 'VALIDATION' && problem.fields.some((f) => f.field === 'from')
            ? t('audit.export.badPeriod')
            : problemMessage(t, problem);
      setOutcome({ type: 'error', message });
    } finally {
      setBusy(false);
    }
  };

  return { exportCsv, busy, outcome, clearOutcome: () => setOutcome(undefined) };
}
