import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Flex, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import { RoadshowsDocument, type RoadshowSummaryFieldsFragment } from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { pickText } from '../programmes/shared';
import { RoadshowFormModal } from './RoadshowFormModal';
import { formatSpan, RoadshowStatusTag } from './ui';

const PAGE = 20;

/** A programme's roadshow events, soonest first, with their planner, live console and public schedule; and "new". */
export function RoadshowList({
  programmeId,
  programmeZone,
  intro,
}: {
  programmeId: string;
  programmeZone: string;
  intro?: string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, error, loading, refetch, fetchMore } = useQuery(RoadshowsDocument, {
    variables: { programmeId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.roadshows;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  return (
    <Flex vertical gap={12} data-testid="roadshow-list">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        {intro === '' ? (
          <span />
        ) : (
          <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 720 }}>
            {intro ?? t('roadshows.list.intro')}
          </Typography.Paragraph>
        )}
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('roadshows.list.create')}
        </Button>
      </Flex>
      {error && !connection ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Table<RoadshowSummaryFieldsFragment>
          rowKey="id"
          size="small"
          loading={!connection && loading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('roadshows.list.empty') }}
          columns={[
            {
              key: 'title',
              title: t('roadshows.list.columns.title'),
              render: (_, row) => <Link to={paths.roadshow(row.id)}>{pickText(row.title, language)}</Link>,
            },
            {
              key: 'window',
              title: t('roadshows.list.columns.window'),
              render: (_, row) => (
                <Flex vertical>
                  <span>{formatSpan(row.startsAt, row.endsAt, language, row.timeZone)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.timeZone}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'mode',
              title: t('roadshows.list.columns.mode'),
              width: 110,
              render: (_, row) => t(`roadshows.mode.${row.mode}`),
            },
            {
              key: 'projects',
              title: t('roadshows.list.columns.projects'),
              width: 100,
              render: (_, row) => t('roadshows.list.projects', { n: row.projectIds.length }),
            },
            {
              key: 'status',
              title: t('roadshows.list.columns.status'),
              width: 100,
              render: (_, row) => <RoadshowStatusTag status={row.status} />,
            },
            {
              key: 'actions',
              title: t('roadshows.list.columns.actions'),
              width: 220,
              render: (_, row) => (
                <Space size={4} wrap>
                  <Link to={paths.roadshow(row.id)}>{t('roadshows.list.planner')}</Link>
                  {row.status !== 'DRAFT' ? (
                    <>
                      <Typography.Text type="secondary">·</Typography.Text>
                      <Link to={paths.roadshowLive(row.id)}>{t('roadshows.list.live')}</Link>
                      <Typography.Text type="secondary">·</Typography.Text>
                      <Link to={paths.publicRoadshow(row.id)}>{t('roadshows.list.schedule')}</Link>
                    </>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      )}
      {connection?.pageInfo.hasNextPage ? (
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">
            {t('roadshows.common.shown', { shown: rows.length, total: connection.totalCount })}
          </Typography.Text>
          <Button
            loading={loading}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          >
            {t('roadshows.common.loadMore')}
          </Button>
        </Flex>
      ) : null}
      <RoadshowFormModal
        open={creating}
        onClose={() => setCreating(false)}
        programmeId={programmeId}
        defaultZone={programmeZone}
        onSaved={(roadshow) => {
          setCreating(false);
          void navigate(paths.roadshow(roadshow.id), { state: { notice: 'created' } });
        }}
      />
    </Flex>
  );
}
