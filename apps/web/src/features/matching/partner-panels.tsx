import { useMutation } from '@apollo/client/react';
import { EyeInvisibleOutlined, EyeOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import {
  MarkNotInterestedDocument,
  RecordIntentDocument,
  SaveProjectDocument,
  UpdateIntentDocument,
  WithdrawBidDocument,
  type BidTermsFieldsFragment,
  type IntentKind,
  type IntentLevel,
  type PartnerProjectStatusFieldsFragment,
} from '../../gql/graphql';
import { describeError } from '../identity/errors';
import { formatInstant } from '../programmes/shared';
import { ProblemAlert, type Problem } from '../screening/ui';
import { BidModal } from './BidModal';
import { AmountField, BidStatusTag, money, Muted, StageTag, toAmountInput, toMatchingProblem } from './ui';

const KINDS: readonly IntentKind[] = [
  'INVESTMENT',
  'TECH_COOPERATION',
  'LANDING',
  'PROCUREMENT',
  'LICENSING',
];
const LEVELS: readonly IntentLevel[] = ['OBSERVING', 'CONSIDERING', 'COMMITTED'];

type Status = PartnerProjectStatusFieldsFragment;

/** Runs a mutation and reports a translated problem instead of throwing. */
function useAction(onChanged: () => void) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem>();
  const run = async (action: () => Promise<unknown>, stale?: boolean) => {
    setProblem(undefined);
    try {
      await action();
      onChanged();
      return true;
    } catch (error) {
      const described = describeError(error);
      setProblem(
        stale && described.code === 'CONFLICT'
          ? { message: t('matching.problem.stale'), detail: described.message }
          : toMatchingProblem(t, error),
      );
      if (stale) onChanged();
      return false;
    }
  };
  return { problem, setProblem, run };
}

/** Save, "not interested", and the partner's intents on the project (record one, change a level). */
export function InterestCard({ status, onChanged }: { status: Status; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [save, saving] = useMutation(SaveProjectDocument);
  const [mark, marking] = useMutation(MarkNotInterestedDocument);
  const [update] = useMutation(UpdateIntentDocument);
  const { problem, setProblem, run } = useAction(onChanged);
  const { partnerId, projectId } = status;
  return (
    <Card title={t('matching.project.yourInterest')} data-testid="interest-card">
      <Flex vertical gap={12}>
        <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
        <Space wrap>
          <Button
            icon={status.saved ? <StarFilled /> : <StarOutlined />}
            type={status.saved ? 'primary' : 'default'}
            loading={saving.loading}
            aria-pressed={status.saved}
            onClick={() =>
              void run(() => save({ variables: { partnerId, projectId, saved: !status.saved } }))
            }
          >
            {status.saved ? t('matching.project.unsave') : t('matching.project.save')}
          </Button>
          <Button
            icon={status.notInterested ? <EyeOutlined /> : <EyeInvisibleOutlined />}
            loading={marking.loading}
            onClick={() =>
              void run(() =>
                mark({ variables: { partnerId, projectId, notInterested: !status.notInterested } }),
              )
            }
          >
            {status.notInterested ? t('matching.project.interested') : t('matching.project.notInterested')}
          </Button>
        </Space>
        {status.notInterested ? (
          <Alert type="info" showIcon message={t('matching.project.hiddenNote')} />
        ) : null}
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('matching.project.intents')}
        </Typography.Title>
        <List
          size="small"
          dataSource={status.intents}
          locale={{ emptyText: t('matching.project.noIntents') }}
          renderItem={(intent) => (
            <List.Item data-testid={`intent-${intent.kind}`}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Typography.Text strong>{t(`matching.intentKind.${intent.kind}`)}</Typography.Text>
                  <Select
                    size="small"
                    aria-label={t('matching.project.changeLevel')}
                    value={intent.level}
                    style={{ width: 140 }}
                    onChange={(level) =>
                      void run(
                        () =>
                          update({ variables: { id: intent.id, input: { level, version: intent.version } } }),
                        true,
                      )
                    }
                    options={LEVELS.map((level) => ({
                      value: level,
                      label: t(`matching.intentLevel.${level}`),
                    }))}
                  />
                </Flex>
                <Muted>
                  {[
                    intent.amount ? money(intent.amount, language) : null,
                    t(`matching.intentSource.${intent.source}`),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Muted>
              </Flex>
            </List.Item>
          )}
        />
        <IntentForm status={status} onRecorded={onChanged} />
      </Flex>
    </Card>
  );
}

interface IntentFormValues {
  kind: IntentKind;
  level: IntentLevel;
  amount?: { amount?: string; currency?: string };
  note?: string;
}

/** Records an intent of a kind the partner has not recorded yet on this project. */
function IntentForm({ status, onRecorded }: { status: Status; onRecorded: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IntentFormValues>();
  const [record, { loading }] = useMutation(RecordIntentDocument);
  const { problem, setProblem, run } = useAction(onRecorded);
  const [notice, setNotice] = useState<string>();
  const taken = new Set(status.intents.map((i) => i.kind));
  const free = KINDS.filter((kind) => !taken.has(kind));
  if (!free.length) return null;
  const submit = async (values: IntentFormValues) => {
    setNotice(undefined);
    const ok = await run(() =>
      record({
        variables: {
          input: {
            partnerId: status.partnerId,
            projectId: status.projectId,
            kind: values.kind,
            level: values.level,
            amount: toAmountInput(values.amount),
            note: values.note?.trim() || null,
            source: 'OTHER',
          },
        },
      }),
    );
    if (ok) {
      form.resetFields();
      setNotice(t('matching.project.intentRecorded'));
    }
  };
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'record',
          label: t('matching.project.recordIntent'),
          children: (
            <Form
              form={form}
              layout="vertical"
              initialValues={{ kind: free[0], level: 'CONSIDERING' }}
              onFinish={(values) => void submit(values)}
            >
              {notice ? (
                <Alert type="success" showIcon message={notice} style={{ marginBottom: 12 }} />
              ) : null}
              <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
              <Form.Item name="kind" label={t('matching.project.kind')} rules={[{ required: true }]}>
                <Select
                  options={free.map((kind) => ({ value: kind, label: t(`matching.intentKind.${kind}`) }))}
                />
              </Form.Item>
              <Form.Item
                name="level"
                label={t('matching.project.level')}
                extra={t('matching.project.committedNote')}
                rules={[{ required: true }]}
              >
                <Select
                  options={LEVELS.map((level) => ({
                    value: level,
                    label: t(`matching.intentLevel.${level}`),
                  }))}
                />
              </Form.Item>
              <AmountField name="amount" label={t('matching.project.amount')} />
              <Form.Item name="note" label={t('matching.common.note')} rules={[{ max: 2000 }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={loading}>
                {t('matching.project.recordIntent')}
              </Button>
            </Form>
          ),
        },
      ]}
    />
  );
}

/** The terms of a bid, as a compact description list. */
export function BidTerms({ terms, language }: { terms: BidTermsFieldsFragment; language: AppLanguage }) {
  const { t } = useTranslation();
  const dash = t('matching.common.none');
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('matching.bid.investment')}>
        {money(terms.investment, language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('matching.bid.equity')}>{terms.equityPercent ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('matching.bid.space')}>{terms.spaceM2 ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('matching.bid.rentFree')}>{terms.rentFreeMonths ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('matching.bid.subsidy')}>
        {money(terms.subsidy, language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('matching.bid.validUntil')}>
        {formatInstant(terms.validUntil, language) || dash}
      </Descriptions.Item>
      {terms.otherTerms ? (
        <Descriptions.Item label={t('matching.bid.otherTerms')}>
          <span style={{ whiteSpace: 'pre-line' }}>{terms.otherTerms}</span>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** The partner's sealed bid on the project: place, revise (history kept) or withdraw; and the deal it opened. */
export function BidCard({ status, onChanged }: { status: Status; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [withdraw, withdrawing] = useMutation(WithdrawBidDocument);
  const { problem, setProblem, run } = useAction(onChanged);
  const bid = status.bid;
  const live = bid?.status === 'SUBMITTED' ? bid : null;
  return (
    <Card
      title={t('matching.project.bid')}
      data-testid="bid-card"
      extra={bid ? <BidStatusTag status={bid.status} /> : null}
    >
      <Flex vertical gap={12}>
        {notice ? (
          <Alert type="success" showIcon message={notice} closable onClose={() => setNotice(undefined)} />
        ) : null}
        <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
        {bid ? (
          <>
            <Muted>
              {t('matching.project.revision', { n: bid.revision })} · {formatInstant(bid.updatedAt, language)}
            </Muted>
            <BidTerms terms={bid.terms} language={language} />
            {bid.responseMessage ? (
              <Alert type="info" message={t('matching.project.answer')} description={bid.responseMessage} />
            ) : null}
            {bid.history.length > 1 ? (
              <Collapse
                size="small"
                items={[
                  {
                    key: 'history',
                    label: t('matching.project.history'),
                    children: (
                      <Flex vertical gap={12}>
                        {bid.history
                          .filter((revision) => revision.revision !== bid.revision)
                          .map((revision) => (
                            <Flex vertical gap={4} key={revision.revision}>
                              <Muted>
                                {t('matching.project.revision', { n: revision.revision })} ·{' '}
                                {formatInstant(revision.createdAt, language)}
                              </Muted>
                              <BidTerms terms={revision.terms} language={language} />
                            </Flex>
                          ))}
                      </Flex>
                    ),
                  },
                ]}
              />
            ) : null}
          </>
        ) : (
          <Typography.Text type="secondary">{t('matching.project.noBid')}</Typography.Text>
        )}
        <Space wrap>
          {live ? (
            <>
              <Button type="primary" onClick={() => setEditing(true)}>
                {t('matching.project.reviseBid')}
              </Button>
              <Popconfirm
                title={t('matching.project.withdrawConfirm')}
                okText={t('matching.project.withdrawBid')}
                cancelText={t('matching.common.cancel')}
                onConfirm={async () => {
                  if (await run(() => withdraw({ variables: { id: live.id } })))
                    setNotice(t('matching.project.bidWithdrawn'));
                }}
              >
                <Button danger loading={withdrawing.loading}>
                  {t('matching.project.withdrawBid')}
                </Button>
              </Popconfirm>
            </>
          ) : (
            <Button type="primary" onClick={() => setEditing(true)}>
              {t('matching.project.placeBid')}
            </Button>
          )}
          {status.deal ? (
            <Link to={paths.deal(status.deal.id)}>
              <Button>
                {t('matching.project.openDeal')} <StageTag stage={status.deal.stage} />
              </Button>
            </Link>
          ) : null}
        </Space>
      </Flex>
      <BidModal
        open={editing}
        onClose={() => setEditing(false)}
        partnerId={status.partnerId}
        projectId={status.projectId}
        bid={live}
        onDone={(message) => {
          setNotice(message);
          onChanged();
        }}
      />
    </Card>
  );
}
