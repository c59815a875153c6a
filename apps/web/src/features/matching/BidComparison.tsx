import './strings';
import { useMutation, useQuery } from '@apollo/client/react';
import { CheckOutlined, CloseOutlined, TrophyOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  IntentsDocument,
  ProjectBidsDocument,
  RespondToBidDocument,
  type BidAnswer,
  type BidColumn,
  type ProjectBidsQuery,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { CURRENCIES, currencyLabel, formatInstant, pickText } from '../programmes/shared';
import { ProblemAlert, type Problem } from '../screening/ui';
import { BidStatusTag, IntentLevelTag, money, Muted, toMatchingProblem } from './ui';

type Row = ProjectBidsQuery['projectBids']['rows'][number];

/** One term of the offers: its label and how a bid shows it. */
interface Metric {
  key: string;
  label: string;
  render: (row: Row) => ReactNode;
}

/** A value with a trophy when it is the best of its column. */
function Best({ row, column, children }: { row: Row; column: BidColumn; children: string | number }) {
  const { t } = useTranslation();
  if (!row.best.includes(column)) return <>{children}</>;
  return (
    <Tooltip title={t('matching.compare.best')}>
      <Typography.Text strong type="success" data-testid={`best-${column}`}>
        <TrophyOutlined /> {children}
      </Typography.Text>
    </Tooltip>
  );
}

/**
 * Every bid on a project side by side, amounts converted to one currency with the organisation's FX table,
 * the best value of each column marked; the applicant (or an organizer) accepts or declines live bids.
 */
export function BidComparison({
  projectId,
  canAnswer,
  hideWhenEmpty,
}: {
  projectId: string;
  canAnswer: boolean;
  /** Show nothing while there is no bid (a project not on the market yet). */
  hideWhenEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [currency, setCurrency] = useState<string>();
  const query = useQuery(ProjectBidsDocument, {
    variables: { projectId, currency: currency ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const [answering, setAnswering] = useState<{ row: Row; answer: BidAnswer }>();
  const [notice, setNotice] = useState<string>();
  const comparison = query.data?.projectBids;
  if (hideWhenEmpty && !comparison?.rows.length) return null;
  const best = (row: Row, column: BidColumn, value: string | number) => (
    <Best row={row} column={column}>
      {value}
    </Best>
  );
  // One row per term, one column per bid: the offers read side by side.
  const metrics: Metric[] = [
    {
      key: 'investment',
      label: t('matching.bid.investment'),
      render: (row) => best(row, 'INVESTMENT', money(row.investment ?? row.bid.terms.investment, language)),
    },
    {
      key: 'equity',
      label: t('matching.bid.equity'),
      render: (row) => best(row, 'EQUITY', row.bid.terms.equityPercent ?? '—'),
    },
    {
      key: 'valuation',
      label: t('matching.bid.valuation'),
      render: (row) => best(row, 'VALUATION', money(row.impliedValuation, language)),
    },
    {
      key: 'space',
      label: t('matching.bid.space'),
      render: (row) => best(row, 'SPACE', row.bid.terms.spaceM2 ?? '—'),
    },
    {
      key: 'rentFree',
      label: t('matching.bid.rentFree'),
      render: (row) => best(row, 'RENT_FREE', row.bid.terms.rentFreeMonths ?? '—'),
    },
    {
      key: 'subsidy',
      label: t('matching.bid.subsidy'),
      render: (row) => best(row, 'SUBSIDY', money(row.subsidy ?? row.bid.terms.subsidy, language)),
    },
    {
      key: 'total',
      label: t('matching.bid.total'),
      render: (row) => best(row, 'TOTAL', money(row.total, language)),
    },
    {
      key: 'validUntil',
      label: t('matching.bid.validUntil'),
      render: (row) => best(row, 'VALID_UNTIL', formatInstant(row.bid.terms.validUntil, language) || '—'),
    },
    {
      key: 'other',
      label: t('matching.bid.otherTerms'),
      render: (row) => (
        <Typography.Paragraph ellipsis={{ rows: 3, tooltip: true }} style={{ margin: 0 }}>
          {row.bid.terms.otherTerms || '—'}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'status',
      label: t('matching.common.status'),
      render: (row) =>
        canAnswer && row.bid.status === 'SUBMITTED' ? (
          <Space wrap>
            <Button
              type="primary"
              size="small"
              icon={<CheckOutlined />}
              onClick={() => setAnswering({ row, answer: 'ACCEPT' })}
            >
              {t('matching.compare.accept')}
            </Button>
            <Button
              size="small"
              icon={<CloseOutlined />}
              onClick={() => setAnswering({ row, answer: 'DECLINE' })}
            >
              {t('matching.compare.decline')}
            </Button>
          </Space>
        ) : (
          <Flex vertical gap={4} data-testid={`bid-status-${row.bid.id}`}>
            <BidStatusTag status={row.bid.status} />
            {row.bid.responseMessage ? <Muted>{row.bid.responseMessage}</Muted> : null}
          </Flex>
        ),
    },
  ];

  return (
    <Card
      title={t('matching.compare.title')}
      data-testid="bid-comparison"
      extra={
        <Space>
          <span>{t('matching.compare.currency')}</span>
          <Select
            aria-label={t('matching.compare.currency')}
            value={currency ?? comparison?.currency}
            onChange={setCurrency}
            style={{ width: 150 }}
            popupMatchSelectWidth={false}
            options={CURRENCIES.map((code) => ({ value: code, label: currencyLabel(code, language) }))}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('matching.compare.intro')}</Typography.Paragraph>
      {notice ? (
        <Alert
          type="success"
          showIcon
          message={notice}
          closable
          onClose={() => setNotice(undefined)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {comparison?.missingRates.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('matching.compare.missingRates', { currencies: comparison.missingRates.join(', ') })}
        />
      ) : null}
      {query.error && !comparison ? (
        <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : (
        <Table<Metric>
          rowKey="key"
          size="middle"
          bordered
          loading={!comparison}
          dataSource={comparison?.rows.length ? metrics : []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('matching.compare.empty')} /> }}
          columns={[
            {
              title: '',
              dataIndex: 'label',
              fixed: 'left',
              width: 150,
              render: (label: string) => <Typography.Text type="secondary">{label}</Typography.Text>,
            },
            ...(comparison?.rows ?? []).map((row) => ({
              key: row.bid.id,
              width: 210,
              title: (
                <Flex vertical>
                  <Typography.Text strong>{pickText(row.bid.partnerName, language)}</Typography.Text>
                  <Muted>{t('matching.project.revision', { n: row.bid.revision })}</Muted>
                </Flex>
              ),
              render: (_: unknown, metric: Metric) => metric.render(row),
            })),
          ]}
        />
      )}
      <AnswerModal
        answering={answering}
        onClose={() => setAnswering(undefined)}
        onDone={() => {
          setNotice(t('matching.compare.answered'));
          void query.refetch().catch(() => undefined);
        }}
      />
    </Card>
  );
}

function AnswerModal({
  answering,
  onClose,
  onDone,
}: {
  answering: { row: Row; answer: BidAnswer } | undefined;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<{ message?: string }>();
  const [respond, { loading }] = useMutation(RespondToBidDocument);
  const [problem, setProblem] = useState<Problem>();
  const partner = answering ? pickText(answering.row.bid.partnerName, language) : '';
  const accept = answering?.answer === 'ACCEPT';
  const confirm = async () => {
    if (!answering) return;
    setProblem(undefined);
    const { message } = await form.validateFields();
    try {
      await respond({
        variables: { id: answering.row.bid.id, answer: answering.answer, message: message?.trim() || null },
      });
      form.resetFields();
      onClose();
      onDone();
    } catch (error) {
      setProblem(toMatchingProblem(t, error));
    }
  };
  return (
    <Modal
      open={!!answering}
      title={
        accept
          ? t('matching.compare.acceptTitle', { partner })
          : t('matching.compare.declineTitle', { partner })
      }
      okText={accept ? t('matching.compare.accept') : t('matching.compare.decline')}
      cancelText={t('matching.common.cancel')}
      okButtonProps={{ loading, danger: !accept }}
      onOk={() => void confirm()}
      onCancel={onClose}
      destroyOnHidden
    >
      {accept ? <Typography.Paragraph>{t('matching.compare.acceptBody')}</Typography.Paragraph> : null}
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="message" label={t('matching.compare.message')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Committed intents on a project, which the applicant may see (organizers see them too). */
export function CommittedIntents({
  projectId,
  hideWhenEmpty,
}: {
  projectId: string;
  hideWhenEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useQuery(IntentsDocument, {
    variables: { projectId, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const intents = (query.data?.intents.edges ?? []).map((e) => e.node).filter((i) => i.level === 'COMMITTED');
  if (hideWhenEmpty && !intents.length) return null;
  return (
    <Card title={t('matching.compare.committedIntents')} size="small" data-testid="committed-intents">
      {query.error && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : (
        <List
          loading={!query.data}
          dataSource={intents}
          locale={{ emptyText: t('matching.compare.noCommitted') }}
          renderItem={(intent) => (
            <List.Item>
              <Flex vertical gap={2}>
                <Typography.Text strong>{pickText(intent.partnerName, language)}</Typography.Text>
                <Space size={4} wrap>
                  <IntentLevelTag level={intent.level} />
                  <span>{t(`matching.intentKind.${intent.kind}`)}</span>
                  {intent.amount ? <span>{money(intent.amount, language)}</span> : null}
                </Space>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
