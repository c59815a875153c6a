import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Progress,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProjectImportDocument } from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { running, STATUS_COLORS } from './import-shared';
import { downloadFile } from './shared';

/** Follows one import: polls every second while it is queued or running, then shows the result. */
export function ImportProgress({ id, onShowProjects }: { id: string; onShowProjects: () => void }) {
  const { t } = useTranslation();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(ProjectImportDocument, {
    variables: { id },
    notifyOnNetworkStatusChange: false,
  });
  const job = data?.projectImport;
  const active = !job || running(job.status);
  useEffect(() => {
    if (!active) return undefined;
    startPolling(1000);
    return () => stopPolling();
  }, [active, startPolling, stopPolling]);
  const [reportError, setReportError] = useState<string>();
  const [reportLoading, setReportLoading] = useState(false);

  if (!job) {
    if (error) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <Progress percent={0} status="active" />;
  }

  if (running(job.status)) {
    const percent = job.totalRows > 0 ? Math.floor((job.processedRows / job.totalRows) * 100) : 0;
    const writing = job.totalRows > 0 && job.processedRows >= job.totalRows;
    return (
      <Card size="small" data-testid="import-progress">
        <Flex vertical gap={8}>
          <Space>
            <Tag color={STATUS_COLORS[job.status]}>{t(`programmes.import.status.${job.status}`)}</Tag>
            <Typography.Text>
              {writing
                ? t('programmes.import.writing')
                : job.totalRows > 0
                  ? t('programmes.import.progress', { processed: job.processedRows, total: job.totalRows })
                  : t('programmes.import.counting')}
            </Typography.Text>
          </Space>
          <Progress percent={writing ? 99 : percent} status="active" />
          {error ? <Alert type="warning" showIcon message={t('programmes.import.pollFailed')} /> : null}
        </Flex>
      </Card>
    );
  }

  const downloadReport = async () => {
    if (!job.reportFileId) return;
    setReportError(undefined);
    setReportLoading(true);
    try {
      await downloadFile(`/files/${job.reportFileId}`, `import-problems-${job.id.slice(0, 8)}.xlsx`);
    } catch {
      setReportError(t('programmes.import.result.reportFailed'));
    } finally {
      setReportLoading(false);
    }
  };

  const problems = data.projectImport.problems;
  const nothingWritten = job.mode === 'ALL_OR_NOTHING' && job.errorRowCount > 0;
  return (
    <Card size="small" title={t('programmes.import.result.title')} data-testid="import-result">
      <Flex vertical gap={16}>
        <Space>
          <Tag color={STATUS_COLORS[job.status]}>{t(`programmes.import.status.${job.status}`)}</Tag>
          <Typography.Text type="secondary">{t(`programmes.import.mode.${job.mode}`)}</Typography.Text>
        </Space>
        <Row gutter={16}>
          <Col xs={8}>
            <div data-testid="import-created">
              <Statistic title={t('programmes.import.result.created')} value={job.createdCount} />
            </div>
          </Col>
          <Col xs={8}>
            <Statistic title={t('programmes.import.result.problems')} value={job.errorRowCount} />
          </Col>
          <Col xs={8}>
            <Statistic title={t('programmes.import.result.duplicates')} value={job.duplicateCount} />
          </Col>
        </Row>
        {job.status === 'FAILED' ? (
          <Alert
            type="error"
            showIcon
            message={t('programmes.import.result.failure')}
            description={
              <>
                {job.failureMessage ? <div>{job.failureMessage}</div> : null}
                <div>{t('programmes.import.result.failureHint')}</div>
              </>
            }
          />
        ) : job.errorRowCount === 0 ? (
          <Alert type="success" showIcon message={t('programmes.import.result.clean')} />
        ) : (
          <Alert
            type="warning"
            showIcon
            message={
              nothingWritten
                ? t('programmes.import.result.allOrNothing')
                : t('programmes.import.result.someSkipped')
            }
          />
        )}
        <Space wrap>
          {job.createdCount > 0 ? (
            <Button type="primary" onClick={onShowProjects}>
              {t('programmes.import.result.viewProjects')}
            </Button>
          ) : null}
          {job.reportFileId ? (
            <Button icon={<DownloadOutlined />} loading={reportLoading} onClick={() => void downloadReport()}>
              {t('programmes.import.result.report')}
            </Button>
          ) : null}
        </Space>
        {reportError ? <Alert type="error" showIcon message={reportError} /> : null}
        {problems.length > 0 ? (
          <Flex vertical gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('programmes.import.result.problemsTitle')}
            </Typography.Title>
            {job.errorRowCount > problems.length || problems.length >= 200 ? (
              <Typography.Text type="secondary">
                {t('programmes.import.result.problemsMore', { count: problems.length })}
              </Typography.Text>
            ) : null}
            <Table
              size="small"
              rowKey={(p) => `${p.rowNumber}-${p.field}-${p.message}`}
              dataSource={problems}
              pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
              columns={[
                { key: 'row', title: t('programmes.import.column.row'), dataIndex: 'rowNumber', width: 80 },
                {
                  key: 'column',
                  title: t('programmes.import.column.column'),
                  dataIndex: 'field',
                  width: 160,
                },
                {
                  key: 'value',
                  title: t('programmes.import.column.value'),
                  render: (_, p) => p.value ?? t('programmes.common.none'),
                  ellipsis: true,
                },
                { key: 'problem', title: t('programmes.import.column.problem'), dataIndex: 'message' },
              ]}
            />
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
