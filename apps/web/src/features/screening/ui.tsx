import { Alert, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ScreeningRoundFieldsFragment, ScreeningRoundStatus } from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';

const ROUND_COLORS: Record<ScreeningRoundStatus, string> = {
  DRAFT: 'default',
  OPEN: 'processing',
  CLOSED: 'warning',
  DECIDED: 'success',
};

export function RoundStatusTag({ status }: { status: ScreeningRoundStatus }) {
  const { t } = useTranslation();
  return <Tag color={ROUND_COLORS[status]}>{t(`screening.roundStatus.${status}`)}</Tag>;
}

export function ruleText(t: TFunction, rule: ScreeningRoundFieldsFragment['advanceRule']): string {
  return t(`screening.rule.${rule.kind}`, { n: rule.n ?? 0, minScore: rule.minScore ?? 0 });
}

export interface Problem {
  message: string;
  /** The server's own sentence when it explains a rule (e.g. the assignment shortfall). */
  detail?: string;
}

const REASONS = ['ROUND_CLOSED', 'CONFLICT_DECLARED', 'NO_CONFLICT_NOT_DECLARED', 'UNDECIDED'] as const;
type Reason = (typeof REASONS)[number];
const isReason = (value: string | undefined): value is Reason => REASONS.includes(value as Reason);

/**
 * A translated message: the rule that was hit when the server names it (`extensions.reason`), else the
 * error class with the server's own explanation for rule violations.
 */
export function toProblem(t: TFunction, error: unknown): Problem {
  const problem = describeError(error);
  if (isReason(problem.reason)) return { message: t(`screening.reason.${problem.reason}`) };
  const explains = problem.code === 'VALIDATION' || problem.code === 'CONFLICT';
  return { message: problemMessage(t, problem), ...(explains ? { detail: problem.message } : {}) };
}

export function ProblemAlert({ problem, onClose }: { problem: Problem | undefined; onClose?: () => void }) {
  if (!problem) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable={Boolean(onClose)}
      onClose={onClose}
      message={problem.message}
      description={problem.detail}
      data-testid="problem"
    />
  );
}
