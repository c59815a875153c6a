import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../screening/ui';
import { roadshowReason, toRoadshowProblem } from './ui';

export interface Notice {
  type: 'success' | 'info';
  text: string;
}

/**
 * Runs a roadshow mutation and reports a translated notice or problem instead of throwing. When the event
 * changed meanwhile (stale version, a status moved on), `reload` brings the latest state.
 */
export function useRoadshowAction(reload: () => void) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState<string>();
  const run = async (key: string, action: () => Promise<unknown>, success?: string): Promise<boolean> => {
    setProblem(undefined);
    setNotice(undefined);
    setBusy(key);
    try {
      await action();
      if (success) setNotice({ type: 'success', text: success });
      return true;
    } catch (error) {
      setProblem(toRoadshowProblem(t, error));
      const reason = roadshowReason(error);
      if (
        reason === 'STALE_VERSION' ||
        reason === 'INVALID_TRANSITION' ||
        reason === 'ROADSHOW_NOT_EDITABLE' ||
        reason === 'ANOTHER_SLOT_ON_STAGE' ||
        reason === 'ROADSHOW_NOT_LIVE'
      )
        reload();
      return false;
    } finally {
      setBusy(undefined);
    }
  };
  return {
    run,
    busy,
    problem,
    notice,
    clear: () => {
      setProblem(undefined);
      setNotice(undefined);
    },
    setNotice,
  };
}
