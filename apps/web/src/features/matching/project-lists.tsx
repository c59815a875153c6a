import { useMutation, useQuery } from '@apollo/client/react';
import { EyeInvisibleOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Flex,
  Input,
  List,
  Progress,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import {
  BidsDocument,
  IntentsDocument,
  MarkNotInterestedDocument,
  PublishedProjectsDocument,
  RecommendedProjectsDocument,
  SavedProjectsDocument,
  type PartnerProjectFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { countryName, countryOptions, formatInstant, pickText } from '../programmes/shared';
import { ProblemAlert, type Problem } from '../screening/ui';
import { BidStatusTag, IntentLevelTag, money, Muted, ReasonList, toMatchingProblem } from './ui';

const PAGE = 50;

/** Where a project opens for a partner: the market page, acting for that partner. */
export const marketLink = (projectId: string, partnerId?: string) =>
  partnerId ? `${paths.marketProject(projectId)}?partner=${partnerId}` : paths.marketProject(projectId);

/** One line about a project: country, sector, TRL, funding ask. */
export function ProjectLine({ project }: { project: PartnerProjectFieldsFragment }) {
  const language = useAppLanguage();
  const parts = [
    countryName(project.country, language),
    project.sectorCode,
    project.trl ? `TRL ${project.trl}` : null,
    project.fundingAsk ? money(project.fundingAsk, language) : null,
  ].filter(Boolean);
  return <Muted>{parts.join(' · ')}</Muted>;
}

/** Recommended projects with their score and reasons; "not interested" hides one (with undo). */
export function RecommendedList({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useQuery(RecommendedProjectsDocument, {
    variables: { partnerId, first: 30 },
    fetchPolicy: 'cache-and-network',
  });
  const [mark] = useMutation(MarkNotInterestedDocument);
  const [hidden, setHidden] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const setInterest = async (projectId: string, notInterested: boolean) => {
    setProblem(undefined);
    try {
      await mark({ variables: { partnerId, projectId, notInterested } });
      setHidden(notInterested ? projectId : undefined);
      await query.refetch();
    } catch (error) {
      setProblem(toMatchingProblem(t, error));
    }
  };
  if (query.error && !query.data)
    return <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />;
  if (!query.data) return <Skeleton active />;
  return (
    <Flex vertical gap={12}>
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      {hidden ? (
        <Typography.Text type="secondary">
          {t('matching.home.hidden')}{' '}
          <Button type="link" size="small" onClick={() => void setInterest(hidden, false)}>
            {t('matching.home.undo')}
          </Button>
        </Typography.Text>
      ) : null}
      <List
        dataSource={query.data.recommendedProjects}
        locale={{ emptyText: <Empty description={t('matching.home.noRecommendations')} /> }}
        renderItem={({ project, score, reasons }) => (
          <List.Item
            data-testid="recommendation"
            actions={[
              <Button
                key="hide"
                type="text"
                icon={<EyeInvisibleOutlined />}
                onClick={() => void setInterest(project.id, true)}
              >
                {t('matching.home.notInterested')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              avatar={
                <Progress
                  type="circle"
                  size={52}
                  percent={score}
                  format={(value) => value}
                  aria-label={t('matching.home.score')}
                />
              }
              title={<Link to={marketLink(project.id, partnerId)}>{pickText(project.title, language)}</Link>}
              description={
                <Flex vertical gap={6}>
                  <ProjectLine project={project} />
                  <ReasonList reasons={reasons} />
                </Flex>
              }
            />
          </List.Item>
        )}
      />
    </Flex>
  );
}

/** A table of projects with "load more" (published ones with filters, or the partner's saved ones). */
function ProjectTable({
  rows,
  total,
  partnerId,
  loadMore,
  loading,
  empty,
}: {
  rows: PartnerProjectFieldsFragment[];
  total: number;
  partnerId: string;
  loadMore?: () => void;
  loading: boolean;
  empty: string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return (
    <>
      <Table
        rowKey="id"
        size="middle"
        loading={loading && !rows.length}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={empty} /> }}
        columns={[
          {
            title: t('matching.common.project'),
            key: 'title',
            render: (_, p) => (
              <Flex vertical>
                <Link to={marketLink(p.id, partnerId)}>{pickText(p.title, language)}</Link>
                <Muted>{p.organizationName}</Muted>
              </Flex>
            ),
          },
          {
            title: t('matching.home.country'),
            key: 'country',
            render: (_, p) => countryName(p.country, language),
          },
          { title: t('matching.home.sector'), dataIndex: 'sectorCode' },
          { title: 'TRL', dataIndex: 'trl', width: 70 },
          { title: t('matching.common.amount'), key: 'ask', render: (_, p) => money(p.fundingAsk, language) },
        ]}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
        <Muted>{t('matching.common.shown', { shown: rows.length, total })}</Muted>
        {loadMore ? (
          <Button onClick={loadMore} loading={loading}>
            {t('matching.common.loadMore')}
          </Button>
        ) : null}
      </Flex>
    </>
  );
}

/** Every published project, searchable and filterable by country and sector. */
export function BrowseProjects({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [search, setSearch] = useState('');
  const [country, setCountry] = useState<string>();
  const [sectorCode, setSectorCode] = useState('');
  const filter = { search: search || null, country: country ?? null, sectorCode: sectorCode || null };
  const query = useQuery(PublishedProjectsDocument, { variables: { first: PAGE, filter } });
  const connection = query.data?.publishedProjects;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={t('matching.home.search')}
          aria-label={t('matching.home.search')}
          onSearch={(value) => setSearch(value.trim())}
          style={{ width: 320 }}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('matching.home.country')}
          aria-label={t('matching.home.country')}
          options={countryOptions(language)}
          value={country}
          onChange={setCountry}
          style={{ width: 200 }}
        />
        <Input
          allowClear
          placeholder={t('matching.home.sector')}
          aria-label={t('matching.home.sector')}
          onChange={(event) => setSectorCode(event.target.value.trim())}
          style={{ width: 180 }}
        />
      </Flex>
      {query.error && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : (
        <ProjectTable
          rows={connection?.edges.map((e) => e.node) ?? []}
          total={connection?.totalCount ?? 0}
          partnerId={partnerId}
          loading={query.loading}
          empty={t('matching.home.noRecommendations')}
          loadMore={
            connection?.pageInfo.hasNextPage
              ? () => void query.fetchMore({ variables: { after: connection.pageInfo.endCursor } })
              : undefined
          }
        />
      )}
    </Flex>
  );
}

export function SavedProjects({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const query = useQuery(SavedProjectsDocument, {
    variables: { partnerId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = query.data?.savedProjects;
  if (query.error && !query.data)
    return <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />;
  return (
    <ProjectTable
      rows={connection?.edges.map((e) => e.node) ?? []}
      total={connection?.totalCount ?? 0}
      partnerId={partnerId}
      loading={query.loading}
      empty={t('matching.home.noSaved')}
      loadMore={
        connection?.pageInfo.hasNextPage
          ? () => void query.fetchMore({ variables: { after: connection.pageInfo.endCursor } })
          : undefined
      }
    />
  );
}

/** A partner's own rows (intents or bids) in a card: loading, failure with retry, empty text, 20 a page. */
function OwnTable<T extends { id: string }>({
  query,
  rows,
  empty,
  columns,
}: {
  query: { error?: unknown; data?: unknown; refetch: () => Promise<unknown> };
  rows: T[] | undefined;
  empty: string;
  columns: TableColumnsType<T>;
}) {
  if (query.error && !query.data)
    return <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />;
  return (
    <Card size="small">
      <Table<T>
        rowKey="id"
        size="middle"
        loading={!rows}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={empty} /> }}
        columns={columns}
      />
    </Card>
  );
}

/** The partner's own intents, newest first. */
export function MyIntents({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useQuery(IntentsDocument, {
    variables: { partnerId, first: 200 },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <OwnTable
      query={query}
      rows={query.data?.intents.edges.map((e) => e.node)}
      empty={t('matching.home.noIntents')}
      columns={[
        {
          title: t('matching.common.project'),
          key: 'project',
          render: (_, i) => (
            <Link to={marketLink(i.projectId, partnerId)}>{pickText(i.projectTitle, language)}</Link>
          ),
        },
        {
          title: t('matching.project.kind'),
          key: 'kind',
          render: (_, i) => t(`matching.intentKind.${i.kind}`),
        },
        {
          title: t('matching.project.level'),
          key: 'level',
          render: (_, i) => <IntentLevelTag level={i.level} />,
        },
        { title: t('matching.common.amount'), key: 'amount', render: (_, i) => money(i.amount, language) },
        {
          title: t('matching.common.updated'),
          key: 'updated',
          render: (_, i) => formatInstant(i.updatedAt, language),
        },
      ]}
    />
  );
}

/** The partner's own bids (sealed: nobody else's), newest first. */
export function MyBids({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useQuery(BidsDocument, {
    variables: { partnerId, first: 200 },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <OwnTable
      query={query}
      rows={query.data?.bids.edges.map((e) => e.node)}
      empty={t('matching.home.noBids')}
      columns={[
        {
          title: t('matching.common.project'),
          key: 'project',
          render: (_, b) => (
            <Link to={marketLink(b.projectId, partnerId)}>{pickText(b.projectTitle, language)}</Link>
          ),
        },
        {
          title: t('matching.common.status'),
          key: 'status',
          render: (_, b) => <BidStatusTag status={b.status} />,
        },
        {
          title: t('matching.bid.investment'),
          key: 'inv',
          render: (_, b) => money(b.terms.investment, language),
        },
        { title: t('matching.bid.equity'), key: 'eq', render: (_, b) => b.terms.equityPercent ?? '—' },
        { title: t('matching.bid.space'), key: 'space', render: (_, b) => b.terms.spaceM2 ?? '—' },
        {
          title: t('matching.bid.subsidy'),
          key: 'sub',
          render: (_, b) => money(b.terms.subsidy, language),
        },
        {
          title: t('matching.bid.validUntil'),
          key: 'valid',
          render: (_, b) => formatInstant(b.terms.validUntil, language),
        },
        { title: '#', key: 'rev', width: 50, render: (_, b) => <Tag>{b.revision}</Tag> },
      ]}
    />
  );
}
