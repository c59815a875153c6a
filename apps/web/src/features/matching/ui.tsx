import { Alert, Flex, Form, Input, InputNumber, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import type {
  BidStatus,
  DealStage,
  IntentLevel,
  MatchReasonFieldsFragment,
  MatchReasonOutcome,
} from '../../gql/graphql';
import { describeError } from '../identity/errors';
import { CURRENCIES, currencyLabel } from '../programmes/shared';
import { formatMoney } from '../projects/format';
import { toProblem, type Problem } from '../screening/ui';

/** The pipeline in ladder order, then the way out. */
export const STAGES: readonly DealStage[] = [
  'INTENT',
  'CONTACTED',
  'MEETING',
  'DUE_DILIGENCE',
  'NDA',
  'MOU',
  'SIGNED',
  'LANDED',
  'DROPPED',
];

/** Mirrors `canMoveDeal` in libs/domain (the server checks again): forward, one back before SIGNED, drop, reopen. */
export function canMoveDeal(from: DealStage, to: DealStage, droppedFrom?: DealStage | null): boolean {
  if (from === to || from === 'LANDED') return false;
  if (from === 'DROPPED') return !!droppedFrom && droppedFrom !== 'LANDED' && to === droppedFrom;
  if (to === 'DROPPED') return true;
  const step = STAGES.indexOf(to) - STAGES.indexOf(from);
  return step > 0 || (step === -1 && STAGES.indexOf(from) < STAGES.indexOf('SIGNED'));
}

const STAGE_COLORS: Record<DealStage, string> = {
  INTENT: 'default',
  CONTACTED: 'blue',
  MEETING: 'cyan',
  DUE_DILIGENCE: 'geekblue',
  NDA: 'purple',
  MOU: 'magenta',
  SIGNED: 'green',
  LANDED: 'success',
  DROPPED: 'red',
};

export function StageTag({ stage }: { stage: DealStage }) {
  const { t } = useTranslation();
  return <Tag color={STAGE_COLORS[stage]}>{t(`matching.stage.${stage}`)}</Tag>;
}

const BID_COLORS: Record<BidStatus, string> = {
  SUBMITTED: 'processing',
  ACCEPTED: 'success',
  DECLINED: 'error',
  WITHDRAWN: 'default',
  EXPIRED: 'warning',
};

export function BidStatusTag({ status }: { status: BidStatus }) {
  const { t } = useTranslation();
  return <Tag color={BID_COLORS[status]}>{t(`matching.bidStatus.${status}`)}</Tag>;
}

const LEVEL_COLORS: Record<IntentLevel, string> = {
  OBSERVING: 'default',
  CONSIDERING: 'gold',
  COMMITTED: 'green',
};

export function IntentLevelTag({ level }: { level: IntentLevel }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLORS[level]}>{t(`matching.intentLevel.${level}`)}</Tag>;
}

/** An amount in the UI language, or the empty-value dash. */
export function money(
  value: { amount: string; currency: string } | null | undefined,
  language: AppLanguage,
): string {
  return value ? formatMoney(value.amount, value.currency, language) : '—';
}

const OUTCOME_COLORS: Record<MatchReasonOutcome, string> = {
  MATCH: 'green',
  PARTIAL: 'gold',
  NO_MATCH: 'red',
  MISSING: 'default',
};

/** Each reason of a match score: what it looked at, how it came out, the points it gave of its weight. */
export function ReasonList({ reasons }: { reasons: readonly MatchReasonFieldsFragment[] }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap aria-label={t('matching.reason.title')}>
      {reasons.map((reason) => (
        <Tooltip key={reason.code} title={reason.detail}>
          <Tag color={OUTCOME_COLORS[reason.outcome]} data-testid={`reason-${reason.code}`}>
            {t(`matching.reason.code.${reason.code}`)} · {t(`matching.reason.outcome.${reason.outcome}`)} (
            {t('matching.reason.points', { points: reason.points, weight: reason.weight })})
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}

/** A translated problem; names the matchmaking rules the server reports in `extensions.reason`. */
export function toMatchingProblem(t: TFunction, error: unknown): Problem {
  const problem = describeError(error);
  if (problem.reason === 'FILE_NOT_FOUND') return { message: t('matching.problem.FILE_NOT_FOUND') };
  return toProblem(t, error);
}

/** A decimal amount in major units, as the API takes it. */
export const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;

/** An optional amount and its currency as one form control pair (`name.amount`, `name.currency`). */
export function AmountField({ name, label, required }: { name: string; label: string; required?: boolean }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return (
    <Form.Item label={label} required={required}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          name={[name, 'amount']}
          noStyle
          rules={[
            { required, message: t('matching.move.required') },
            { pattern: AMOUNT, message: t('matching.bid.amountFormat') },
          ]}
        >
          <Input inputMode="decimal" aria-label={label} style={{ width: '65%' }} />
        </Form.Item>
        <Form.Item name={[name, 'currency']} noStyle initialValue="CNY">
          <Select
            aria-label={t('matching.common.currency')}
            style={{ width: '35%' }}
            options={CURRENCIES.map((code) => ({ value: code, label: currencyLabel(code, language) }))}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

/** A form's amount pair as the API takes it: null when no amount was typed. */
export function toAmountInput(
  value: { amount?: string; currency?: string } | undefined,
): { amount: string; currency: string } | null {
  const amount = value?.amount?.trim();
  return amount ? { amount, currency: value?.currency ?? 'CNY' } : null;
}

/** A small muted line of text. */
export function Muted({ children }: { children: ReactNode }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
      {children}
    </Typography.Text>
  );
}

/** What a realisation records (form items `realised`, `registeredEntity`, `jobsCreated`). */
export function RealisationFields() {
  const { t } = useTranslation();
  return (
    <>
      <AmountField name="realised" label={t('matching.agreement.realisedAmount')} required />
      <Form.Item
        name="registeredEntity"
        label={t('matching.agreement.registeredEntity')}
        rules={[{ max: 300 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="jobsCreated" label={t('matching.agreement.jobsCreated')}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

/** The outcome of a deal move (success, refusal, or a concurrent change), closable. */
export function MoveNoticeAlert({
  notice,
  onClose,
}: {
  notice: { type: 'success' | 'error'; text: string; detail?: string } | undefined;
  onClose: () => void;
}) {
  if (!notice) return null;
  return (
    <Alert
      type={notice.type}
      showIcon
      closable
      message={notice.text}
      description={notice.detail}
      onClose={onClose}
      style={{ marginBottom: 12 }}
      data-testid="move-notice"
    />
  );
}
