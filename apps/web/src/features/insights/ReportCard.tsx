import { FileTextOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, List, Progress, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  GenerateProgrammeReportDocument,
  ProgrammeReportDocument,
  ProgrammeReportsDocument,
  type ProgrammeReportFieldsFragment,
  type ProgrammeReportStatus,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { useJobFiles } from '../programmes/job-files';
import { formatInstant } from '../programmes/shared';
import { ProblemAlert, toProblem, type Problem } from '../screening/ui';

const STATUS_COLORS: Record<ProgrammeReportStatus, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
};
const running = (status: ProgrammeReportStatus) => status === 'QUEUED' || status === 'RUNNING';

/**
 * The bureau report: generate it (a worker writes the PDF and the workbook), follow its progress, download the
 * files; the earlier reports below.
 */
export function ReportCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem>();
  const [current, setCurrent] = useState<string>();
  const [generate, generating] = useMutation(GenerateProgrammeReportDocument);
  const reports = useQuery(ProgrammeReportsDocument, {
    variables: { programmeId, first: 10 },
    fetchPolicy: 'cache-and-network',
  });
  const { refetch, fetchMore } = reports;
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const connection = reports.data?.programmeReports;
  const list = connection?.edges.map((e) => e.node) ?? [];
  const shownId = current ?? list[0]?.id;
  const earlier = list.filter((report) => report.id !== shownId);

  const start = async () => {
    setProblem(undefined);
    try {
      const result = await generate({ variables: { programmeId } });
      if (result.data) setCurrent(result.data.generateProgrammeReport.id);
      reload();
    } catch (error) {
      setProblem(toProblem(t, error));
    }
  };

  return (
    <Card
      title={
        <Space>
          <FileTextOutlined />
          {t('insights.report.title')}
        </Space>
      }
      data-testid="report-card"
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('insights.report.intro')}
        </Typography.Paragraph>
        <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
        <div>
          <Button type="primary" loading={generating.loading} onClick={() => void start()}>
            {t('insights.report.generate')}
          </Button>
        </div>
        {reports.error && !reports.data ? <QueryError error={reports.error} onRetry={reload} /> : null}
        {shownId ? <ReportView id={shownId} onFinished={reload} /> : null}
        {!shownId && reports.data ? (
          <Typography.Text type="secondary">{t('insights.report.none')}</Typography.Text>
        ) : null}
        {earlier.length ? (
          <div>
            <Typography.Title level={5}>{t('insights.report.past')}</Typography.Title>
            <List
              size="small"
              dataSource={earlier}
              data-testid="report-history"
              renderItem={(report) => (
                <List.Item>
                  <ReportLine report={report} />
                </List.Item>
              )}
            />
            {connection?.pageInfo.hasNextPage ? (
              <Button
                size="small"
                onClick={() =>
                  void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(
                    () => undefined,
                  )
                }
              >
                {t('insights.report.loadMore')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </Flex>
    </Card>
  );
}

/** One report, followed: polled every second while queued or running. */
function ReportView({ id, onFinished }: { id: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const { data, error, startPolling, stopPolling } = useQuery(ProgrammeReportDocument, {
    variables: { id },
    notifyOnNetworkStatusChange: false,
  });
  const report = data?.programmeReport;
  const active = !report || running(report.status);
  useEffect(() => {
    if (!active) return undefined;
    startPolling(1000);
    return () => stopPolling();
  }, [active, startPolling, stopPolling]);
  // The list shows the finished report's files too.
  useEffect(() => {
    if (!active) onFinished();
  }, [active, onFinished]);
  if (!report)
    return error ? <Alert type="warning" showIcon message={t('insights.report.pollFailed')} /> : null;
  return (
    <Card size="small" data-testid="report-job">
      <Flex vertical gap={8}>
        <ReportLine report={report} />
        {running(report.status) ? (
          <>
            <Typography.Text>
              {report.status === 'QUEUED' ? t('insights.report.starting') : t('insights.report.progress')}
            </Typography.Text>
            <Progress percent={report.progress} status="active" />
            {error ? <Alert type="warning" showIcon message={t('insights.report.pollFailed')} /> : null}
          </>
        ) : null}
        {report.status === 'FAILED' ? (
          <Alert
            type="error"
            showIcon
            message={t('insights.report.failed')}
            description={report.error ?? undefined}
          />
        ) : null}
      </Flex>
    </Card>
  );
}

/** Status, when it was asked for and finished, and the downloads once written. */
function ReportLine({ report }: { report: ProgrammeReportFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const files = useJobFiles(report, `bureau-report-${report.createdAt.slice(0, 10)}`, {
    pdf: t('insights.report.pdf'),
    xlsx: t('insights.report.xlsx'),
    failed: t('insights.report.downloadFailed'),
  });
  return (
    <Flex vertical gap={6} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space wrap size={6}>
          <Tag color={STATUS_COLORS[report.status]} data-testid="report-status">
            {t(`insights.report.status.${report.status}`)}
          </Tag>
          <Typography.Text type="secondary">
            {t('insights.report.created', { time: formatInstant(report.createdAt, language) })}
            {report.finishedAt && report.status === 'SUCCEEDED'
              ? ` · ${t('insights.report.finished', { time: formatInstant(report.finishedAt, language) })}`
              : ''}
          </Typography.Text>
        </Space>
        {report.status === 'SUCCEEDED' ? files.buttons : null}
      </Flex>
      {files.alert}
    </Flex>
  );
}
