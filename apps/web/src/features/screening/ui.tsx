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

/** A translated message, plus the server's explanation for rule violations. */
export function toProblem(t: TFunction, error: unknown): Problem {
  const problem = describeError(error);
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
