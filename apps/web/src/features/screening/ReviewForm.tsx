import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  SaveReviewDocument,
  SubmitReviewDocument,
  type AssignmentFieldsFragment,
  type Recommendation,
  type ReviewInput,
  type SixCan,
  type Verdict,
} from '../../gql/graphql';
import { toProblem } from './ui';

const VERDICTS: Verdict[] = ['PASS', 'FAIL', 'UNSURE'];
const VERDICT_KEYS: Record<string, Verdict> = { p: 'PASS', f: 'FAIL', u: 'UNSURE' };
const RECOMMENDATIONS: Recommendation[] = ['STRONG_ADVANCE', 'ADVANCE', 'NEUTRAL', 'REJECT', 'STRONG_REJECT'];

interface Draft {
  scores: Record<string, number | undefined>;
  verdicts: Partial<Record<SixCan, { verdict?: Verdict; note: string }>>;
  recommendation?: Recommendation;
  comment: string;
}

function draftOf(review: AssignmentFieldsFragment['review']): Draft {
  return {
    scores: Object.fromEntries((review?.scores ?? []).map((s) => [s.criterion, s.score])),
    verdicts: Object.fromEntries(
      (review?.verdicts ?? []).map((v) => [v.can, { verdict: v.verdict, note: v.note ?? '' }]),
    ),
    recommendation: review?.recommendation ?? undefined,
    comment: review?.comment ?? '',
  };
}

function inputOf(draft: Draft, round: AssignmentFieldsFragment['round']): ReviewInput {
  return {
    scores: round.criteria.flatMap((criterion) => {
      const score = draft.scores[criterion];
      return score === undefined ? [] : [{ criterion, score }];
    }),
    verdicts: round.cans.flatMap((can) => {
      const v = draft.verdicts[can];
      return v?.verdict ? [{ can, verdict: v.verdict, note: v.note.trim() || null }] : [];
    }),
    recommendation: draft.recommendation ?? null,
    comment: draft.comment.trim() || null,
  };
}

/**
 * The score form: six-can verdicts with notes, the rubric scores, a recommendation and a comment.
 * Keyboard: digits score the focused criterion (0 = 10), P / F / U judge the focused can.
 */
export function ReviewForm({
  assignment,
  onSubmitted,
}: {
  assignment: AssignmentFieldsFragment;
  /** After a successful submit; `next` says the reviewer asked to go on. */
  onSubmitted: (next: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { round } = assignment;
  const [draft, setDraft] = useState<Draft>(() => draftOf(assignment.review));
  const [notice, setNotice] = useState<{ type: 'success' | 'error' | 'warning'; text: string }>();
  const [save, saving] = useMutation(SaveReviewDocument);
  const [submit, submitting] = useMutation(SubmitReviewDocument);
  const closed = round.status !== 'OPEN';
  const scale = Array.from({ length: round.scaleMax - round.scaleMin + 1 }, (_, i) => round.scaleMin + i);
  const criteria = round.criteria.map(
    (code) => round.rubric.find((c) => c.code === code) ?? { code, nameZh: code, nameEn: code, weight: 1 },
  );
  const complete =
    round.criteria.every((c) => draft.scores[c] !== undefined) &&
    round.cans.every((c) => draft.verdicts[c]?.verdict);

  const setScore = (criterion: string, score: number) =>
    setDraft((d) => ({ ...d, scores: { ...d.scores, [criterion]: score } }));
  const setVerdict = (can: SixCan, patch: { verdict?: Verdict; note?: string }) =>
    setDraft((d) => ({
      ...d,
      verdicts: { ...d.verdicts, [can]: { note: '', ...d.verdicts[can], ...patch } },
    }));

  const scoreKeys = (criterion: string) => (event: KeyboardEvent) => {
    if (
      closed ||
      event.target instanceof HTMLTextAreaElement ||
      (event.target instanceof HTMLInputElement && event.target.type === 'text')
    )
      return;
    if (!/^\d$/.test(event.key)) return;
    const score = event.key === '0' ? 10 : Number(event.key);
    if (score >= round.scaleMin && score <= round.scaleMax) {
      event.preventDefault();
      setScore(criterion, score);
    }
  };
  const verdictKeys = (can: SixCan) => (event: KeyboardEvent) => {
    if (
      closed ||
      event.target instanceof HTMLTextAreaElement ||
      (event.target instanceof HTMLInputElement && event.target.type === 'text')
    )
      return;
    const verdict = VERDICT_KEYS[event.key.toLowerCase()];
    if (verdict) {
      event.preventDefault();
      setVerdict(can, { verdict });
    }
  };

  const persist = async (): Promise<boolean> => {
    try {
      await save({ variables: { assignmentId: assignment.id, input: inputOf(draft, round) } });
      return true;
    } catch (err) {
      setNotice({ type: 'error', text: toProblem(t, err).message });
      return false;
    }
  };
  const onSave = async () => {
    setNotice(undefined);
    if (await persist()) setNotice({ type: 'success', text: t('screening.review.form.saved') });
  };
  const onSubmit = async (next: boolean) => {
    setNotice(undefined);
    if (!complete) {
      setNotice({ type: 'warning', text: t('screening.review.form.incomplete') });
      return;
    }
    if (!(await persist())) return;
    try {
      await submit({ variables: { assignmentId: assignment.id } });
      onSubmitted(next);
    } catch (err) {
      setNotice({ type: 'error', text: toProblem(t, err).message });
    }
  };

  return (
    <Flex vertical gap={16} data-testid="review-form">
      {closed ? <Alert type="info" showIcon message={t('screening.review.form.closed')} /> : null}
      <Typography.Text type="secondary">{t('screening.review.form.keyboard')}</Typography.Text>
      {round.cans.length ? (
        <Card size="small" title={t('screening.review.form.cans')}>
          <Flex vertical gap={12}>
            {round.cans.map((can) => (
              <div key={can} onKeyDown={verdictKeys(can)} data-testid={`verdict-${can}`}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Typography.Text strong>{t(`screening.can.${can}`)}</Typography.Text>
                  <Radio.Group
                    optionType="button"
                    buttonStyle="solid"
                    size="small"
                    disabled={closed}
                    aria-label={t(`screening.can.${can}`)}
                    value={draft.verdicts[can]?.verdict}
                    onChange={(e) => setVerdict(can, { verdict: e.target.value as Verdict })}
                    options={VERDICTS.map((v) => ({ value: v, label: t(`screening.verdict.${v}`) }))}
                  />
                </Flex>
                <Input.TextArea
                  style={{ marginTop: 6 }}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={2000}
                  disabled={closed}
                  placeholder={t('screening.review.form.note')}
                  aria-label={`${t(`screening.can.${can}`)} · ${t('screening.review.form.note')}`}
                  value={draft.verdicts[can]?.note ?? ''}
                  onChange={(e) => setVerdict(can, { note: e.target.value })}
                />
              </div>
            ))}
          </Flex>
        </Card>
      ) : null}
      {criteria.length ? (
        <Card size="small" title={t('screening.review.form.criteria', { scale: round.scaleMax })}>
          <Flex vertical gap={12}>
            {criteria.map((c) => (
              <div key={c.code} onKeyDown={scoreKeys(c.code)} data-testid={`score-${c.code}`}>
                <Flex gap={8} align="baseline" wrap>
                  <Typography.Text strong>{language === 'zh-CN' ? c.nameZh : c.nameEn}</Typography.Text>
                  <Tag>{t('screening.review.form.weight', { weight: c.weight })}</Tag>
                </Flex>
                <Radio.Group
                  style={{ marginTop: 6 }}
                  optionType="button"
                  buttonStyle="solid"
                  size="small"
                  disabled={closed}
                  aria-label={language === 'zh-CN' ? c.nameZh : c.nameEn}
                  value={draft.scores[c.code]}
                  onChange={(e) => setScore(c.code, e.target.value as number)}
                  options={scale.map((n) => ({ value: n, label: String(n) }))}
                />
              </div>
            ))}
          </Flex>
        </Card>
      ) : null}
      <Card size="small">
        <Flex vertical gap={12}>
          <label>
            <Typography.Text strong>{t('screening.review.form.recommendation')}</Typography.Text>
            <Select<Recommendation>
              style={{ width: '100%', marginTop: 6 }}
              disabled={closed}
              allowClear
              aria-label={t('screening.review.form.recommendation')}
              value={draft.recommendation}
              onChange={(recommendation) => setDraft((d) => ({ ...d, recommendation }))}
              options={RECOMMENDATIONS.map((r) => ({ value: r, label: t(`screening.recommendation.${r}`) }))}
            />
          </label>
          <label>
            <Typography.Text strong>{t('screening.review.form.comment')}</Typography.Text>
            <Input.TextArea
              style={{ marginTop: 6 }}
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={4000}
              showCount
              disabled={closed}
              aria-label={t('screening.review.form.comment')}
              value={draft.comment}
              onChange={(e) => setDraft((d) => ({ ...d, comment: e.target.value }))}
            />
          </label>
        </Flex>
      </Card>
      {notice ? (
        <Alert type={notice.type} showIcon message={notice.text} data-testid="review-notice" />
      ) : null}
      {!closed ? (
        <Flex justify="flex-end">
          <Space wrap>
            <Button onClick={() => void onSave()} loading={saving.loading && !submitting.loading}>
              {t('screening.review.form.saveDraft')}
            </Button>
            <Button onClick={() => void onSubmit(false)} loading={submitting.loading}>
              {t('screening.review.form.submit')}
            </Button>
            <Button type="primary" onClick={() => void onSubmit(true)} loading={submitting.loading}>
              {t('screening.review.form.submitNext')}
            </Button>
          </Space>
        </Flex>
      ) : null}
    </Flex>
  );
}
