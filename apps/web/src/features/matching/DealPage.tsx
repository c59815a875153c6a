import './strings';
import { useMutation, useQuery } from '@apollo/client/react';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Dropdown,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Steps,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageStatus } from '../../app/layout/PageStatus';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  DealDocument,
  LogDealActivityDocument,
  MembersDocument,
  type ActivityKind,
  type DealQuery,
  type DealStage,
} from '../../gql/graphql';
import { useSession } from '../identity/useSession';
import { downloadFile, formatInstant, pickText } from '../programmes/shared';
import { ProblemAlert, type Problem } from '../screening/ui';
import { marketLink } from './project-lists';
import { canMoveDeal, Muted, STAGES, StageTag, MoveNoticeAlert, toMatchingProblem } from './ui';
import { useMoveDeal } from './useMoveDeal';

type Deal = DealQuery['deal'];
const KINDS: readonly ActivityKind[] = ['NOTE', 'CALL', 'MEETING', 'EMAIL'];
const LADDER: readonly DealStage[] = STAGES.filter((s) => s !== 'DROPPED');

/** One deal: where it stands on the ladder, its fields, moves, and the activity log with next steps. */
export default function DealPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(DealDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const deal = query.data?.deal;
  if (!deal)
    return (
      <PageStatus
        title={t('matching.deal.title')}
        error={query.error}
        onRetry={() => void query.refetch().catch(() => undefined)}
      />
    );
  return <DealView deal={deal} reload={() => void query.refetch().catch(() => undefined)} />;
}

function DealView({ deal, reload }: { deal: Deal; reload: () => void }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { hasRole } = useSession();
  const organizer = hasRole('ORGANIZER');
  const { request, modal, notice, clearNotice } = useMoveDeal(reload);
  const targets = STAGES.filter((s) => canMoveDeal(deal.stage, s, deal.droppedFrom));
  const forward = targets.filter((s) => s !== 'DROPPED');
  const next = forward.find((s) => STAGES.indexOf(s) > STAGES.indexOf(deal.stage)) ?? forward[0];
  const current =
    deal.stage === 'DROPPED' ? LADDER.indexOf(deal.droppedFrom ?? 'INTENT') : LADDER.indexOf(deal.stage);
  return (
    <>
      <PageHeader
        title={pickText(deal.projectTitle, language)}
        intro={
          <Space wrap>
            <StageTag stage={deal.stage} />
            <span>{pickText(deal.partnerName, language)}</span>
          </Space>
        }
        extra={
          <Space wrap>
            <Link to={paths.pipeline}>
              <Button icon={<ArrowLeftOutlined />}>{t('matching.deal.backToPipeline')}</Button>
            </Link>
            {next ? (
              <Button type="primary" onClick={() => request(deal, next)} data-testid="deal-next">
                {deal.stage === 'DROPPED'
                  ? t('matching.deal.reopen', { stage: t(`matching.stage.${next}`) })
                  : t('matching.move.title', { stage: t(`matching.stage.${next}`) })}
              </Button>
            ) : null}
            {targets.length > 1 ? (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: targets.map((s) => ({
                    key: s,
                    label: t(`matching.stage.${s}`),
                    danger: s === 'DROPPED',
                  })),
                  onClick: ({ key }) => request(deal, key as DealStage),
                }}
              >
                <Button>{t('matching.pipeline.moveTo')}</Button>
              </Dropdown>
            ) : null}
          </Space>
        }
      />
      <MoveNoticeAlert notice={notice} onClose={clearNotice} />
      <Card style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={current}
          status={deal.stage === 'DROPPED' ? 'error' : deal.stage === 'LANDED' ? 'finish' : 'process'}
          items={LADDER.map((s) => ({ title: t(`matching.stage.${s}`) }))}
        />
      </Card>
      <Flex gap={16} align="flex-start" wrap="wrap">
        <Card title={t('matching.deal.details')} style={{ flex: '0 1 420px', minWidth: 0 }}>
          <DealDetails deal={deal} organizer={organizer} />
        </Card>
        <Card
          title={t('matching.deal.activity')}
          style={{ flex: '1 1 480px', minWidth: 0 }}
          data-testid="deal-activity"
        >
          <ActivityForm deal={deal} />
          <Timeline
            style={{ marginTop: 16 }}
            items={deal.activities.map((a) => ({
              children: (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{t(`matching.activityKind.${a.kind}`)}</Typography.Text>
                  <Typography.Text style={{ whiteSpace: 'pre-line' }}>{a.note}</Typography.Text>
                  <Muted>
                    {formatInstant(a.createdAt, language)}
                    {a.nextStepAt
                      ? ` · ${t('matching.pipeline.nextStepDue', { date: formatInstant(a.nextStepAt, language) })}`
                      : ''}
                  </Muted>
                </Flex>
              ),
            }))}
          />
          {deal.activities.length ? null : (
            <Typography.Text type="secondary">{t('matching.deal.noActivity')}</Typography.Text>
          )}
        </Card>
      </Flex>
      {modal}
    </>
  );
}

function DealDetails({ deal, organizer }: { deal: Deal; organizer: boolean }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const members = useQuery(MembersDocument, {
    variables: { first: 200 },
    skip: !organizer || !deal.ownerUserId,
  });
  const owner = members.data?.members.edges.find((e) => e.node.userId === deal.ownerUserId)?.node;
  const [problem, setProblem] = useState<string>();
  const dash = t('matching.common.none');
  const file = (id: string | null | undefined, name: string) =>
    id ? (
      <Button
        size="small"
        icon={<DownloadOutlined />}
        onClick={() => void downloadFile(`/files/${id}`, name).catch((e: unknown) => setProblem(String(e)))}
      >
        {t('matching.deal.download')}
      </Button>
    ) : (
      dash
    );
  return (
    <>
      {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} /> : null}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('matching.common.project')}>
          <Link to={marketLink(deal.projectId, organizer ? undefined : deal.partnerId)}>
            {pickText(deal.projectTitle, language)}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.common.partner')}>
          {pickText(deal.partnerName, language)}
        </Descriptions.Item>
        {organizer ? (
          <Descriptions.Item label={t('matching.deal.owner')}>
            {owner ? owner.displayName || owner.email : dash}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('matching.deal.meetingAt')}>
          {formatInstant(deal.meetingAt, language) || dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.deal.nda')}>{file(deal.ndaFileId, 'nda')}</Descriptions.Item>
        <Descriptions.Item label={t('matching.deal.mou')}>{file(deal.mouFileId, 'mou')}</Descriptions.Item>
        <Descriptions.Item label={t('matching.deal.nextStep')}>
          {deal.nextStep
            ? `${deal.nextStep}${deal.nextStepAt ? ` · ${formatInstant(deal.nextStepAt, language)}` : ''}`
            : dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.deal.lastActivity')}>
          {formatInstant(deal.lastActivityAt, language)}
        </Descriptions.Item>
        {deal.stage === 'DROPPED' ? (
          <>
            <Descriptions.Item label={t('matching.deal.dropReason')}>
              {deal.dropReason ?? dash}
            </Descriptions.Item>
            <Descriptions.Item label={t('matching.deal.droppedFrom')}>
              {deal.droppedFrom ? t(`matching.stage.${deal.droppedFrom}`) : dash}
            </Descriptions.Item>
          </>
        ) : null}
        {deal.agreementId && organizer ? (
          <Descriptions.Item label={t('matching.deal.agreement')}>
            <Link to={paths.agreements}>{t('matching.deal.viewAgreements')}</Link>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </>
  );
}

interface ActivityValues {
  kind: ActivityKind;
  note: string;
  nextStep?: string;
  nextStepAt?: Dayjs;
}

/** Logs a note, call, meeting or e-mail with an optional next step and its date. */
function ActivityForm({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActivityValues>();
  const [log, { loading }] = useMutation(LogDealActivityDocument);
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const submit = async (values: ActivityValues) => {
    setProblem(undefined);
    setNotice(undefined);
    try {
      await log({
        variables: {
          id: deal.id,
          input: {
            kind: values.kind,
            note: values.note.trim(),
            nextStep: values.nextStep?.trim() || null,
            nextStepAt: values.nextStepAt ? values.nextStepAt.toISOString() : null,
          },
        },
      });
      form.resetFields();
      setNotice(t('matching.deal.logged'));
    } catch (error) {
      setProblem(toMatchingProblem(t, error));
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ kind: 'NOTE' }}
      onFinish={(values) => void submit(values)}
    >
      {notice ? <Alert type="success" showIcon message={notice} style={{ marginBottom: 12 }} /> : null}
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      <Flex gap={8} wrap>
        <Form.Item name="kind" label={t('matching.deal.kind')} style={{ width: 160 }}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`matching.activityKind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="nextStep"
          label={t('matching.deal.nextStepText')}
          style={{ flex: 1, minWidth: 180 }}
          rules={[{ max: 300 }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="nextStepAt" label={t('matching.deal.nextStepAt')}>
          <DatePicker />
        </Form.Item>
      </Flex>
      <Form.Item
        name="note"
        label={t('matching.deal.note')}
        rules={[
          { required: true, whitespace: true, message: t('matching.deal.noteRequired') },
          { max: 4000 },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('matching.deal.logActivity')}
      </Button>
    </Form>
  );
}
