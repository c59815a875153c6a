import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Progress,
  Radio,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  ChannelsDocument,
  ProjectImportDocument,
  ProjectImportsDocument,
  ProjectImportTemplateDocument,
  StartProjectImportDocument,
  type ImportMode,
  type ImportStatus,
  type ProgrammeFieldsFragment,
  type ProjectImportFieldsFragment,
  type SpreadsheetFormat,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import {
  downloadFile,
  FileRequestError,
  formatInstant,
  pickText,
  uploadFile,
  type UploadedFile,
} from './shared';

const MODES: ImportMode[] = ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY'];
const STATUS_COLORS: Record<ImportStatus, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
};
const running = (status: ImportStatus | undefined) => status === 'QUEUED' || status === 'RUNNING';

function formatSize(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** Batch import of projects from XLSX/CSV: template, upload, mode, progress, result and history. */
export default function ImportTab({
  programme,
  onShowProjects,
}: {
  programme: ProgrammeFieldsFragment;
  onShowProjects: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { hasRole } = useSession();
  const [file, setFile] = useState<UploadedFile>();
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<{ message: string; detail?: string }>();
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING');
  const [channelId, setChannelId] = useState<string>();
  const [startError, setStartError] = useState<string>();
  const [importId, setImportId] = useState<string>();
  const [templateError, setTemplateError] = useState<string>();
  const [templateLoading, setTemplateLoading] = useState<SpreadsheetFormat>();
  const [template] = useMutation(ProjectImportTemplateDocument);
  const [start, starting] = useMutation(StartProjectImportDocument);
  const archived = programme.status === 'ARCHIVED';

  // Channel members acting for several channels say which one nominates the rows.
  const channelMember = hasRole('CHANNEL') && !hasRole('ORGANIZER');
  const { data: channelData } = useQuery(ChannelsDocument, {
    variables: { first: 100 },
    skip: !channelMember,
  });
  const myChannels = channelData?.channels.edges.map((edge) => edge.node) ?? [];
  const needsChannel = channelMember && myChannels.length > 1;

  const downloadTemplate = async (format: SpreadsheetFormat) => {
    setTemplateError(undefined);
    setTemplateLoading(format);
    try {
      const result = await template({ variables: { programmeId: programme.id, format } });
      const ref = result.data?.projectImportTemplate;
      if (ref) await downloadFile(ref.url, ref.filename);
    } catch (err) {
      setTemplateError(
        err instanceof FileRequestError
          ? t('programmes.import.templateFailed')
          : problemMessage(t, describeError(err)),
      );
    } finally {
      setTemplateLoading(undefined);
    }
  };

  const upload = async (chosen: File) => {
    setUploadError(undefined);
    setStartError(undefined);
    setUploading(true);
    try {
      setFile(await uploadFile(chosen));
    } catch (err) {
      setFile(undefined);
      if (err instanceof FileRequestError) {
        const message =
          err.status === 413
            ? t('programmes.import.refused.tooBig')
            : err.status === 400
              ? t('programmes.import.refused.type')
              : t('programmes.import.refused.other');
        setUploadError({ message, detail: err.serverMessage });
      } else setUploadError({ message: t('programmes.import.refused.network') });
    } finally {
      setUploading(false);
    }
  };

  const startImport = async () => {
    setStartError(undefined);
    if (!file) {
      setStartError(t('programmes.import.needFile'));
      return;
    }
    if (needsChannel && !channelId) {
      setStartError(t('programmes.nominate.validation.channel'));
      return;
    }
    try {
      const result = await start({
        variables: { programmeId: programme.id, fileId: file.id, mode, channelId: channelId ?? null },
        refetchQueries: [ProjectImportsDocument],
      });
      const started = result.data?.startProjectImport;
      if (started) {
        setImportId(started.id);
        setFile(undefined);
      }
    } catch (err) {
      const problem = describeError(err);
      setStartError(`${t('programmes.import.startFailed')} ${problemMessage(t, problem)}`);
    }
  };

  if (importId)
    return (
      <Flex vertical gap={16}>
        <ImportProgress id={importId} onShowProjects={onShowProjects} />
        <div>
          <Button onClick={() => setImportId(undefined)}>{t('programmes.import.result.another')}</Button>
        </div>
        <ImportHistory programmeId={programme.id} onShow={setImportId} current={importId} />
      </Flex>
    );

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('programmes.import.intro')}
      </Typography.Paragraph>
      {archived ? <Alert type="info" showIcon message={t('programmes.import.closed')} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={`1. ${t('programmes.import.step.template')}`} style={{ height: '100%' }}>
            <Flex vertical gap={8}>
              <Space wrap>
                <Button
                  icon={<FileExcelOutlined />}
                  loading={templateLoading === 'XLSX'}
                  onClick={() => void downloadTemplate('XLSX')}
                >
                  {t('programmes.import.templateXlsx')}
                </Button>
                <Button
                  icon={<DownloadOutlined />}
                  loading={templateLoading === 'CSV'}
                  onClick={() => void downloadTemplate('CSV')}
                >
                  {t('programmes.import.templateCsv')}
                </Button>
              </Space>
              {templateError ? <Alert type="error" showIcon message={templateError} /> : null}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`2. ${t('programmes.import.step.upload')}`} style={{ height: '100%' }}>
            <Flex vertical gap={8}>
              <Upload.Dragger
                accept=".xlsx,.csv"
                multiple={false}
                showUploadList={false}
                disabled={uploading || archived}
                beforeUpload={(chosen) => {
                  void upload(chosen);
                  return Upload.LIST_IGNORE;
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">
                  {uploading
                    ? t('programmes.import.uploading')
                    : file
                      ? t('programmes.import.replace')
                      : t('programmes.import.upload')}
                </p>
                <p className="ant-upload-hint">{t('programmes.import.uploadHint')}</p>
              </Upload.Dragger>
              {file ? (
                <Alert
                  type="success"
                  showIcon
                  data-testid="uploaded-file"
                  message={t('programmes.import.uploaded', {
                    file: file.filename,
                    size: formatSize(file.sizeBytes, language),
                  })}
                />
              ) : null}
              {uploadError ? (
                <Alert
                  type="error"
                  showIcon
                  message={uploadError.message}
                  description={
                    uploadError.detail
                      ? t('programmes.import.refused.server', { message: uploadError.detail })
                      : undefined
                  }
                />
              ) : null}
            </Flex>
          </Card>
        </Col>
      </Row>
      <Card size="small" title={`3. ${t('programmes.import.step.mode')}`}>
        <Flex vertical gap={12}>
          <Radio.Group
            name="import-mode"
            value={mode}
            onChange={(event) => setMode(event.target.value as ImportMode)}
          >
            <Flex vertical gap={8}>
              {MODES.map((value) => (
                <Radio key={value} value={value}>
                  <Typography.Text strong>{t(`programmes.import.mode.${value}`)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {' '}
                    — {t(`programmes.import.mode.${value}_hint`)}
                  </Typography.Text>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
          {needsChannel ? (
            <Flex vertical gap={4} style={{ maxWidth: 360 }}>
              <Typography.Text>{t('programmes.import.channel')}</Typography.Text>
              <Select
                value={channelId}
                onChange={setChannelId}
                aria-label={t('programmes.import.channel')}
                options={myChannels.map((c) => ({ value: c.id, label: pickText(c.name, language) }))}
              />
              <Typography.Text type="secondary">{t('programmes.import.channelHint')}</Typography.Text>
            </Flex>
          ) : null}
        </Flex>
      </Card>
      {startError ? <Alert type="error" showIcon message={startError} /> : null}
      <div>
        <Button
          type="primary"
          size="large"
          disabled={!file || archived}
          loading={starting.loading}
          onClick={() => void startImport()}
        >
          {t('programmes.import.start')}
        </Button>
      </div>
      <ImportHistory programmeId={programme.id} onShow={setImportId} />
    </Flex>
  );
}

/** Follows one import: polls every second while it is queued or running, then shows the result. */
function ImportProgress({ id, onShowProjects }: { id: string; onShowProjects: () => void }) {
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

/** Previous imports of the programme, newest first. */
function ImportHistory({
  programmeId,
  onShow,
  current,
}: {
  programmeId: string;
  onShow: (id: string) => void;
  current?: string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
  const { data, error, loading, refetch } = useQuery(ProjectImportsDocument, {
    variables: { programmeId, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  const rows = data?.projectImports.edges.map((edge) => edge.node) ?? [];
  const anyRunning = rows.some((row) => running(row.status));
  useEffect(() => {
    if (!anyRunning) return undefined;
    const timer = setInterval(() => void refetch().catch(() => undefined), 3000);
    return () => clearInterval(timer);
  }, [anyRunning, refetch]);

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('programmes.import.history')}
      </Typography.Title>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Table<ProjectImportFieldsFragment>
          size="small"
          rowKey="id"
          loading={loading && !data}
          dataSource={rows}
          pagination={false}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('programmes.import.noHistory')} />
            ),
          }}
          columns={[
            {
              key: 'startedAt',
              title: t('programmes.import.column.startedAt', { zone }),
              render: (_, row) => formatInstant(row.startedAt ?? row.createdAt, language, zone),
            },
            {
              key: 'mode',
              title: t('programmes.import.column.file'),
              render: (_, row) => t(`programmes.import.mode.${row.mode}`),
            },
            {
              key: 'status',
              title: t('programmes.import.column.status'),
              render: (_, row) => (
                <Tag color={STATUS_COLORS[row.status]}>{t(`programmes.import.status.${row.status}`)}</Tag>
              ),
            },
            {
              key: 'rows',
              title: t('programmes.import.column.rows'),
              dataIndex: 'totalRows',
              align: 'right',
            },
            {
              key: 'created',
              title: t('programmes.import.column.created'),
              dataIndex: 'createdCount',
              align: 'right',
            },
            {
              key: 'problems',
              title: t('programmes.import.column.problems'),
              dataIndex: 'errorRowCount',
              align: 'right',
            },
            {
              key: 'show',
              title: '',
              render: (_, row) =>
                row.id === current ? null : (
                  <Button size="small" onClick={() => onShow(row.id)}>
                    {t('programmes.import.show')}
                  </Button>
                ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
