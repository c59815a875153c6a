import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import { ProgrammesDocument, type ProgrammeFieldsFragment } from '../../gql/graphql';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { formatWindow, otherText, pickText } from './shared';
import { ProgrammeStatusTag } from './ui';

/** Organizers and channel members: the calls for projects of the organisation. */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const { me, hasRole } = useSession();
  const organizer = hasRole('ORGANIZER');
  const zone = me?.user.timeZone ?? browserTimeZone();
  const { data, error, loading, refetch, fetchMore } = useQuery(ProgrammesDocument, {
    variables: { first: 50 },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.programmes;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <PageHeader
        title={t('programmes.list.title')}
        intro={t('programmes.list.intro')}
        extra={
          organizer ? (
            <Link to={paths.newProgramme}>
              <Button type="primary" icon={<PlusOutlined />}>
                {t('programmes.list.new')}
              </Button>
            </Link>
          ) : null
        }
      />
      <Card>
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <Flex vertical gap={12}>
            <Table<ProgrammeFieldsFragment>
              rowKey="id"
              loading={loading}
              dataSource={rows}
              pagination={false}
              onRow={(programme) => ({
                onClick: () => void navigate(paths.programme(programme.id)),
                style: { cursor: 'pointer' },
              })}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={
                      organizer ? t('programmes.list.emptyOrganizer') : t('programmes.list.emptyChannel')
                    }
                  />
                ),
              }}
              columns={[
                {
                  key: 'title',
                  title: t('programmes.list.column.title'),
                  render: (_, programme) => (
                    <Flex vertical>
                      <Link to={paths.programme(programme.id)} onClick={(event) => event.stopPropagation()}>
                        {pickText(programme.title, language)}
                      </Link>
                      {otherText(programme.title, language) ? (
                        <Typography.Text type="secondary">
                          {otherText(programme.title, language)}
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  ),
                },
                {
                  key: 'status',
                  title: t('programmes.list.column.status'),
                  render: (_, programme) => (
                    <Flex vertical gap={4} align="flex-start">
                      <ProgrammeStatusTag status={programme.status} />
                      {programme.acceptingSubmissions ? (
                        <Typography.Text type="success" style={{ fontSize: 12 }}>
                          {t('programmes.list.accepting')}
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  ),
                },
                {
                  key: 'window',
                  title: t('programmes.list.column.window'),
                  render: (_, programme) => (
                    <Flex vertical>
                      <span>{formatWindow(programme.opensAt, programme.closesAt, language, zone)}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {zone}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                {
                  key: 'sectors',
                  title: t('programmes.list.column.sectors'),
                  render: (_, programme) => (
                    <Flex wrap gap={4}>
                      {programme.sectors.map((sector) => (
                        <Tag key={sector.code} style={{ marginInlineEnd: 0 }}>
                          {language === 'zh-CN'
                            ? sector.nameZh || sector.nameEn
                            : sector.nameEn || sector.nameZh}
                        </Tag>
                      ))}
                    </Flex>
                  ),
                },
              ]}
            />
            {connection?.pageInfo.hasNextPage ? (
              <Button
                onClick={() =>
                  void fetchMore({
                    variables: { first: 50, after: connection.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      programmes: {
                        ...fetchMoreResult.programmes,
                        edges: [...previous.programmes.edges, ...fetchMoreResult.programmes.edges],
                      },
                    }),
                  }).catch(() => undefined)
                }
              >
                {t('common.loadMore')}
              </Button>
            ) : null}
          </Flex>
        )}
      </Card>
    </>
  );
}
