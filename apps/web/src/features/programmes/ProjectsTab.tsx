import { DownloadOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Col, Empty, Flex, Input, Row, Select, Slider, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import {
  ChannelsDocument,
  ExportProjectsDocument,
  ProgrammeProjectsDocument,
  type CooperationMode,
  type ProgrammeFieldsFragment,
  type ProgrammeProjectsQuery,
  type ProjectFilter,
  type ProjectStatus,
  type SpreadsheetFormat,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import {
  countryName,
  countryOptions,
  downloadFile,
  FileRequestError,
  formatInstant,
  isCountryCode,
  otherText,
  pickText,
} from './shared';
import { PROJECT_STATUSES, ProjectStatusTag } from './ui';

type Row = ProgrammeProjectsQuery['projects']['edges'][number]['node'];

const PAGE_SIZES = [20, 50, 200];
const COOPERATION_MODES: CooperationMode[] = [
  'TECH_TRANSFER',
  'LICENSING',
  'JOINT_VENTURE',
  'EQUITY_INVESTMENT',
  'RD_COOPERATION',
  'LOCAL_INCORPORATION',
];

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

/** The filter as kept in the URL query string (so a reload or a shared link keeps it). */
function readFilter(params: URLSearchParams, sectorCodes: string[]): ProjectFilter {
  const filter: ProjectFilter = {};
  const statuses = list(params.get('status')).filter((s): s is ProjectStatus =>
    PROJECT_STATUSES.includes(s as ProjectStatus),
  );
  if (statuses.length) filter.statuses = statuses;
  const sectors = list(params.get('sector')).filter((s) => sectorCodes.includes(s));
  if (sectors.length) filter.sectorCodes = sectors;
  const countries = list(params.get('country')).filter(isCountryCode);
  if (countries.length) filter.countries = countries;
  const channels = list(params.get('channel'));
  if (channels.length) filter.channelIds = channels;
  const modes = list(params.get('coop')).filter((m): m is CooperationMode =>
    COOPERATION_MODES.includes(m as CooperationMode),
  );
  if (modes.length) filter.cooperationModes = modes;
  const trl = /^([1-9])-([1-9])$/.exec(params.get('trl') ?? '');
  if (trl && !(trl[1] === '1' && trl[2] === '9')) {
    filter.trlMin = Math.min(Number(trl[1]), Number(trl[2]));
    filter.trlMax = Math.max(Number(trl[1]), Number(trl[2]));
  }
  const search = params.get('q')?.trim();
  if (search) filter.search = search;
  return filter;
}

/** Projects of the programme: filters (in the URL), relay pages and exports. */
export function ProjectsTab({ programme }: { programme: ProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
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
  const [search, setSearch] = useState(params.get('q') ?? '');
  useEffect(() => setSearch(params.get('q') ?? ''), [params]);

  const { data, previousData, error, loading, refetch } = useQuery(ProgrammeProjectsDocument, {
    variables: { programmeId: programme.id, filter, first: size, after: cursors[page] ?? null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const connection = shown?.projects;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = Object.keys(filter).length > 0;

  const { data: channelData } = useQuery(ChannelsDocument, { variables: { first: 100 } });
  const channelOptions = (channelData?.channels.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: pickText(node.name, language),
  }));
  const countries = useMemo(() => countryOptions(language), [language]);
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
    for (const key of ['status', 'sector', 'country', 'channel', 'coop', 'trl', 'q']) next.delete(key);
    setParams(next, { replace: true });
  };
  const trl = [filter.trlMin ?? 1, filter.trlMax ?? 9];

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
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Input.Search
            allowClear
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onSearch={(value) => update('q', value.trim())}
            placeholder={t('programmes.projects.filter.search')}
            aria-label={t('programmes.projects.filter.search')}
            enterButton
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Select<string[]>
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={{ width: '100%' }}
            placeholder={t('programmes.projects.filter.status')}
            aria-label={t('programmes.projects.filter.status')}
            value={filter.statuses ?? []}
            onChange={(value) => update('status', value)}
            options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`programmes.projectStatus.${s}`) }))}
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Select<string[]>
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={{ width: '100%' }}
            placeholder={t('programmes.projects.filter.sector')}
            aria-label={t('programmes.projects.filter.sector')}
            value={filter.sectorCodes ?? []}
            onChange={(value) => update('sector', value)}
            options={programme.sectors.map((s) => ({ value: s.code, label: sectorLabel(s.code) }))}
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Select<string[]>
            mode="multiple"
            allowClear
            showSearch
            maxTagCount="responsive"
            optionFilterProp="label"
            style={{ width: '100%' }}
            placeholder={t('programmes.projects.filter.country')}
            aria-label={t('programmes.projects.filter.country')}
            data-testid="country-filter"
            value={filter.countries ?? []}
            onChange={(value) => update('country', value)}
            options={countries}
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Select<string[]>
            mode="multiple"
            allowClear
            showSearch
            maxTagCount="responsive"
            optionFilterProp="label"
            style={{ width: '100%' }}
            placeholder={t('programmes.projects.filter.channel')}
            aria-label={t('programmes.projects.filter.channel')}
            value={filter.channelIds ?? []}
            onChange={(value) => update('channel', value)}
            options={channelOptions}
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Select<string[]>
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={{ width: '100%' }}
            placeholder={t('programmes.projects.filter.cooperation')}
            aria-label={t('programmes.projects.filter.cooperation')}
            value={filter.cooperationModes ?? []}
            onChange={(value) => update('coop', value)}
            options={COOPERATION_MODES.map((m) => ({ value: m, label: t(`programmes.cooperation.${m}`) }))}
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Flex align="center" gap={12}>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {t('programmes.projects.filter.trlValue', { min: trl[0], max: trl[1] })}
            </Typography.Text>
            <Slider
              range
              min={1}
              max={9}
              dots
              style={{ flex: 1 }}
              key={`${trl[0]}-${trl[1]}`}
              defaultValue={trl}
              aria-label={t('programmes.projects.filter.trl')}
              onChangeComplete={(value) =>
                update('trl', value[0] === 1 && value[1] === 9 ? undefined : `${value[0]}-${value[1]}`)
              }
            />
          </Flex>
        </Col>
      </Row>
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
        <div data-testid="projects-table">
          <Table<Row>
            rowKey="id"
            size="middle"
            loading={loading}
            dataSource={rows}
            pagination={false}
            tableLayout="auto"
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    filtered ? t('programmes.projects.emptyFiltered') : t('programmes.projects.empty')
                  }
                />
              ),
            }}
            columns={[
              {
                key: 'title',
                title: t('programmes.projects.column.title'),
                width: '28%',
                render: (_, project) => (
                  <Flex vertical>
                    <Link to={paths.project(project.id)}>
                      {pickText(project.title, language) || t('programmes.common.none')}
                    </Link>
                    {otherText(project.title, language) ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {otherText(project.title, language)}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
              {
                key: 'organisation',
                title: t('programmes.projects.column.organisation'),
                render: (_, project) => project.organizationName ?? t('programmes.common.none'),
              },
              {
                key: 'country',
                width: 100,
                onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                title: t('programmes.projects.column.country'),
                render: (_, project) => countryName(project.country, language) || t('programmes.common.none'),
              },
              {
                key: 'sector',
                width: 120,
                onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                title: t('programmes.projects.column.sector'),
                render: (_, project) => sectorLabel(project.sectorCode) || t('programmes.common.none'),
              },
              {
                key: 'channel',
                width: 120,
                onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                title: t('programmes.projects.column.channel'),
                render: (_, project) =>
                  project.channel ? pickText(project.channel.name, language) : t('programmes.common.none'),
              },
              {
                key: 'trl',
                title: t('programmes.projects.column.trl'),
                align: 'right',
                width: 64,
                render: (_, project) => project.trl ?? t('programmes.common.none'),
              },
              {
                key: 'status',
                width: 96,
                onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                title: t('programmes.projects.column.status'),
                render: (_, project) => <ProjectStatusTag status={project.status} />,
              },
              {
                key: 'submittedAt',
                width: 150,
                onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                title: t('programmes.projects.column.submittedAt', { zone }),
                render: (_, project) =>
                  project.submittedAt
                    ? formatInstant(project.submittedAt, language, zone)
                    : t('programmes.common.none'),
              },
            ]}
          />
        </div>
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
