import { FilePdfOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  List,
  Progress,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  GenerateHandbookDocument,
  HandbookJobDocument,
  HandbookJobsDocument,
  type HandbookJobFieldsFragment,
  type HandbookJobStatus,
  type HandbookLanguages,
  type ProgrammeFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { useJobFiles } from '../programmes/job-files';
import { formatInstant } from '../programmes/shared';
import { ProblemAlert, type Problem } from '../screening/ui';
import { toRoadshowProblem } from './ui';

const LANGUAGES: readonly HandbookLanguages[] = ['ZH_EN', 'ZH', 'EN'];
const JOB_COLORS: Record<HandbookJobStatus, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
};
const running = (status: HandbookJobStatus) => status === 'QUEUED' || status === 'RUNNING';

interface Values {
  languages: HandbookLanguages;
  includeContacts: boolean;
  sectorCodes: string[];
}

/**
 * The programme handbook: options (languages, contacts, sectors), the job's progress while the worker writes
 * it (polled every second), the PDF and XLSX to download, and the earlier handbooks.
 */
export function HandbookCard({ programme }: { programme: ProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<Problem>();
  const [current, setCurrent] = useState<string>();
  const [generate, generating] = useMutation(GenerateHandbookDocument);
  const jobs = useQuery(HandbookJobsDocument, {
    variables: { programmeId: programme.id, first: 10 },
    fetchPolicy: 'cache-and-network',
  });
  const { refetch } = jobs;
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const list = jobs.data?.handbookJobs.edges.map((e) => e.node) ?? [];
  const shownId = current ?? list[0]?.id;
  const earlier = list.filter((job) => job.id !== shownId);

  const submit = async (values: Values) => {
    setProblem(undefined);
    try {
      const result = await generate({
        variables: {
          programmeId: programme.id,
          options: {
            languages: values.languages,
            includeContacts: values.includeContacts,
            sectorCodes: values.sectorCodes.length ? values.sectorCodes : null,
          },
        },
      });
      if (result.data) setCurrent(result.data.generateHandbook.id);
      reload();
    } catch (error) {
      setProblem(toRoadshowProblem(t, error));
    }
  };

  const sectorName = (code: string) => {
    const sector = programme.sectors.find((s) => s.code === code);
    if (!sector) return code;
    return (language === 'zh-CN' ? sector.nameZh : sector.nameEn) || sector.nameEn || sector.nameZh;
  };

  return (
    <Card
      title={
        <Space>
          <FilePdfOutlined />
          {t('roadshows.handbook.title')}
        </Space>
      }
      data-testid="handbook-card"
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('roadshows.handbook.intro')}
        </Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ languages: 'ZH_EN', includeContacts: false, sectorCodes: [] }}
          onFinish={(values) => void submit(values)}
        >
          <Flex gap={16} wrap align="flex-start">
            <Form.Item name="languages" label={t('roadshows.handbook.languages')}>
              <Radio.Group
                optionType="button"
                options={LANGUAGES.map((l) => ({ value: l, label: t(`roadshows.handbook.lang.${l}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="sectorCodes"
              label={t('roadshows.handbook.sectors')}
              style={{ flex: '1 1 260px', minWidth: 220 }}
            >
              <Select
                mode="multiple"
                allowClear
                placeholder={t('roadshows.handbook.allSectors')}
                options={programme.sectors.map((s) => ({ value: s.code, label: sectorName(s.code) }))}
              />
            </Form.Item>
          </Flex>
          <Form.Item
            name="includeContacts"
            valuePropName="checked"
            extra={t('roadshows.handbook.contactsHelp')}
          >
            <Checkbox>{t('roadshows.handbook.includeContacts')}</Checkbox>
          </Form.Item>
          <Flex vertical gap={12}>
            <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
            <div>
              <Button type="primary" htmlType="submit" loading={generating.loading}>
                {t('roadshows.handbook.generate')}
              </Button>
            </div>
          </Flex>
        </Form>
        {jobs.error && !jobs.data ? <QueryError error={jobs.error} onRetry={reload} /> : null}
        {shownId ? <HandbookJobView id={shownId} sectorName={sectorName} onFinished={reload} /> : null}
        {!shownId && jobs.data ? (
          <Typography.Text type="secondary">{t('roadshows.handbook.none')}</Typography.Text>
        ) : null}
        {earlier.length ? (
          <div>
            <Typography.Title level={5}>{t('roadshows.handbook.past')}</Typography.Title>
            <List
              size="small"
              dataSource={earlier}
              renderItem={(job) => (
                <List.Item>
                  <JobLine job={job} sectorName={sectorName} />
                </List.Item>
              )}
            />
          </div>
        ) : null}
      </Flex>
    </Card>
  );
}

/** One job, followed: polled every second while queued or running. */
function HandbookJobView({
  id,
  sectorName,
  onFinished,
}: {
  id: string;
  sectorName: (code: string) => string;
  onFinished: () => void;
}) {
  const { t } = useTranslation();
  const { data, error, startPolling, stopPolling } = useQuery(HandbookJobDocument, {
    variables: { id },
    notifyOnNetworkStatusChange: false,
  });
  const job = data?.handbookJob;
  const active = !job || running(job.status);
  useEffect(() => {
    if (!active) return undefined;
    startPolling(1000);
    return () => stopPolling();
  }, [active, startPolling, stopPolling]);
  // The list shows the finished job's files too.
  useEffect(() => {
    if (!active) onFinished();
  }, [active, onFinished]);
  if (!job)
    return error ? <Alert type="warning" showIcon message={t('roadshows.handbook.pollFailed')} /> : null;
  return (
    <Card size="small" data-testid="handbook-job">
      <Flex vertical gap={8}>
        <JobLine job={job} sectorName={sectorName} />
        {running(job.status) ? (
          <>
            <Typography.Text>
              {job.total > 0
                ? t('roadshows.handbook.progress', { processed: job.processed, total: job.total })
                : t('roadshows.handbook.starting')}
            </Typography.Text>
            <Progress percent={job.progress} status="active" />
            {error ? <Alert type="warning" showIcon message={t('roadshows.handbook.pollFailed')} /> : null}
          </>
        ) : null}
        {job.status === 'FAILED' ? (
          <Alert
            type="error"
            showIcon
            message={t('roadshows.handbook.failed')}
            description={job.error ?? undefined}
          />
        ) : null}
      </Flex>
    </Card>
  );
}

/** Status, what it holds, when it was asked for, and the downloads once written. */
function JobLine({
  job,
  sectorName,
}: {
  job: HandbookJobFieldsFragment;
  sectorName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const files = useJobFiles(job, `handbook-${job.createdAt.slice(0, 10)}`, {
    pdf: t('roadshows.handbook.pdf'),
    xlsx: t('roadshows.handbook.xlsx'),
    failed: t('roadshows.handbook.downloadFailed'),
  });
  const sectors = job.options.sectorCodes?.map(sectorName).join(', ');
  return (
    <Flex vertical gap={6} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space wrap size={6}>
          <Tag color={JOB_COLORS[job.status]} data-testid="handbook-status">
            {t(`roadshows.handbook.status.${job.status}`)}
          </Tag>
          <Typography.Text>
            {t('roadshows.handbook.summary', {
              n: job.total,
              languages: t(`roadshows.handbook.lang.${job.options.languages}`),
            })}
            {job.options.includeContacts ? ` · ${t('roadshows.handbook.contacts')}` : ''}
            {sectors ? ` · ${sectors}` : ''}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('roadshows.handbook.created', { time: formatInstant(job.createdAt, language) })}
          </Typography.Text>
        </Space>
        {job.status === 'SUCCEEDED' ? files.buttons : null}
      </Flex>
      {files.alert}
    </Flex>
  );
}
