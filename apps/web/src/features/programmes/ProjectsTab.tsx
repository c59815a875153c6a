import { DownloadOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  ExportProjectsDocument,
  ProgrammeProjectsDocument,
  type ProgrammeFieldsFragment,
  type SpreadsheetFormat,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { QueryError } from '../members/QueryError';
import { FILTER_KEYS, PAGE_SIZES, readFilter } from './projects-filter';
import { ProjectsFilterBar } from './ProjectsFilterBar';
import { ProjectsTable } from './ProjectsTable';
import { downloadFile, FileRequestError } from './shared';

/** Projects of the programme: filters (in the URL), relay pages and exports. */
export function ProjectsTab({ programme }: { programme: ProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [params, setParams] = useSearchParams();
  const sectorCodes = useMemo(() => programme.sectors.map((s) => s.code), [programme.sectors]);
  const filter = useMemo(() => readFilter(params, sectorCodes), [params, sectorCodes]);
  const filterKey = JSON.stringify(filter);
  const size = PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 20;
  /** Cursors of the pages visited so far: page n starts after cursors[n]. */
  const [pages, setPages] = useState<{ key: string; cursors: (string | null)[] }>({
    key: '',
    cursors: [null],
  });
  const cursors = pages.key === `${filterKey}|${size}` ? pages.cursors : [null];
  const page = cursors.length - 1;

  const { data, previousData, error, loading, refetch } = useQuery(ProgrammeProjectsDocument, {
    variables: { programmeId: programme.id, filter, first: size, after: cursors[page] ?? null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const connection = shown?.projects;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = Object.keys(filter).length > 0;

  const sectorLabel = (code: string | null | undefined) => {
    const sector = programme.sectors.find((s) => s.code === code);
    if (!sector) return code ?? '';
    return language === 'zh-CN' ? sector.nameZh || sector.nameEn : sector.nameEn || sector.nameZh;
  };

  const update = (key: string, value: string | string[] | undefined) => {
    const next = new URLSearchParams(params);
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    if (text) next.set(key, text);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const clearFilters = () => {
    const next = new URLSearchParams(params);
    for (const key of FILTER_KEYS) next.delete(key);
    setParams(next, { replace: true });
  };

  const [exportProjects] = useMutation(ExportProjectsDocument);
  const [exporting, setExporting] = useState<SpreadsheetFormat>();
  const [exportError, setExportError] = useState<string>();
  const runExport = async (format: SpreadsheetFormat) => {
    setExportError(undefined);
    setExporting(format);
    try {
      const result = await exportProjects({
        variables: { programmeId: programme.id, filter, format, locale: language },
      });
      const file = result.data?.exportProjects;
      if (file) await downloadFile(file.url, file.filename);
    } catch (err) {
      setExportError(
        err instanceof FileRequestError
          ? t('programmes.projects.exportFailed')
          : problemMessage(t, describeError(err)),
      );
    } finally {
      setExporting(undefined);
    }
  };

  return (
    <Flex vertical gap={12}>
      <ProjectsFilterBar programme={programme} filter={filter} update={update} sectorLabel={sectorLabel} />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Typography.Text strong data-testid="projects-total">
            {connection ? t('programmes.projects.total', { count: connection.totalCount }) : '…'}
          </Typography.Text>
          {filtered ? (
            <Button type="link" size="small" onClick={clearFilters}>
              {t('programmes.projects.filter.clear')}
            </Button>
          ) : null}
        </Space>
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting === 'XLSX'}
            disabled={exporting !== undefined}
            onClick={() => void runExport('XLSX')}
          >
            {t('programmes.projects.exportXlsx')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting === 'CSV'}
            disabled={exporting !== undefined}
            onClick={() => void runExport('CSV')}
          >
            {t('programmes.projects.exportCsv')}
          </Button>
        </Space>
      </Flex>
      {exportError ? (
        <Alert
          type="error"
          showIcon
          closable
          message={exportError}
          onClose={() => setExportError(undefined)}
        />
      ) : null}
      {error && !shown ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <ProjectsTable rows={rows} loading={loading} filtered={filtered} sectorLabel={sectorLabel} />
      )}
      <Flex justify="flex-end" align="center" gap={8} wrap>
        <Typography.Text type="secondary">
          {t('programmes.projects.pageOf', { page: page + 1 })}
        </Typography.Text>
        <Button
          icon={<LeftOutlined />}
          disabled={page === 0 || loading}
          onClick={() => setPages({ key: `${filterKey}|${size}`, cursors: cursors.slice(0, -1) })}
        >
          {t('programmes.projects.previous')}
        </Button>
        <Button
          disabled={!connection?.pageInfo.hasNextPage || loading || !data}
          onClick={() =>
            setPages({
              key: `${filterKey}|${size}`,
              cursors: [...cursors, connection?.pageInfo.endCursor ?? null],
            })
          }
        >
          {t('programmes.projects.next')} <RightOutlined />
        </Button>
        <Select<number>
          value={size}
          style={{ width: 120 }}
          aria-label={t('programmes.projects.pageSize', { size })}
          onChange={(value) => update('size', value === 20 ? undefined : String(value))}
          options={PAGE_SIZES.map((value) => ({
            value,
            label: t('programmes.projects.pageSize', { size: value }),
          }))}
        />
      </Flex>
    </Flex>
  );
}
