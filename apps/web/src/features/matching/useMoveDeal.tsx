import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MoveDealDocument, type DealCardFieldsFragment, type DealStage } from '../../gql/graphql';
import { describeError } from '../identity/errors';
import { MoveDealModal } from './MoveDealModal';
import { canMoveDeal, toMatchingProblem } from './ui';

/** Whether moving there asks for something the deal does not have yet (mirrors `requiredForStage`). */
function needsForm(deal: DealCardFieldsFragment, to: DealStage): boolean {
  switch (to) {
    case 'MEETING':
      return !deal.meetingAt;
    case 'NDA':
      return !deal.ndaFileId;
    case 'MOU':
      return !deal.mouFileId;
    case 'SIGNED':
      return !deal.agreementId;
    case 'LANDED':
    case 'DROPPED':
      return true;
    default:
      return false;
  }
}

export interface MoveNotice {
  type: 'success' | 'error';
  text: string;
  detail?: string;
}

/**
 * Moving deals from the board or the deal page: a move that needs nothing more goes straight to the server
 * (with the version seen, so a concurrent move is refused rather than overwritten); otherwise the modal asks
 * for what the stage needs.
 */
export function useMoveDeal(onMoved: () => void): {
  request: (deal: DealCardFieldsFragment, to: DealStage) => void;
  modal: ReactNode;
  notice: MoveNotice | undefined;
  clearNotice: () => void;
} {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ deal: DealCardFieldsFragment; to: DealStage }>();
  const [notice, setNotice] = useState<MoveNotice>();
  const [move] = useMutation(MoveDealDocument);
  const moved = (to: DealStage) => {
    setNotice({ type: 'success', text: t('matching.pipeline.moved', { stage: t(`matching.stage.${to}`) }) });
    onMoved();
  };
  const request = (deal: DealCardFieldsFragment, to: DealStage) => {
    setNotice(undefined);
    if (!canMoveDeal(deal.stage, to, deal.droppedFrom)) {
      setNotice({
        type: 'error',
        text: t('matching.pipeline.notAllowed', {
          from: t(`matching.stage.${deal.stage}`),
          to: t(`matching.stage.${to}`),
        }),
      });
      return;
    }
    if (needsForm(deal, to)) {
      setPending({ deal, to });
      return;
    }
    move({ variables: { id: deal.id, input: { to, version: deal.version } } })
      .then(() => moved(to))
      .catch((error: unknown) => {
        const described = describeError(error);
        const stale = described.code === 'CONFLICT' && /meanwhile/.test(described.message);
        const problem = stale
          ? { message: t('matching.problem.stale'), detail: described.message }
          : toMatchingProblem(t, error);
        setNotice({
          type: 'error',
          text: problem.message,
          ...(problem.detail ? { detail: problem.detail } : {}),
        });
        onMoved();
      });
  };
  const modal = pending ? (
    <MoveDealModal
      deal={pending.deal}
      to={pending.to}
      onClose={() => setPending(undefined)}
      onMoved={moved}
    />
  ) : null;
  return { request, modal, notice, clearNotice: () => setNotice(undefined) };
}
