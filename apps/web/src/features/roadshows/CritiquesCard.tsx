import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommentariesDocument, type RoadshowLiveFieldsFragment } from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { Critique } from './CommentatorPanel';

/** Organizers: every critique of the event (critiques are not pushed, so it is read again every 15 s while live). */
export function CritiquesCard({ live }: { live: RoadshowLiveFieldsFragment }) {
  const { t } = useTranslation();
  const query = useQuery(CommentariesDocument, {
    variables: { roadshowId: live.roadshowId },
    fetchPolicy: 'cache-and-network',
    pollInterval: live.status === 'LIVE' ? 15_000 : 0,
  });
  const reload = () => void query.refetch().catch(() => undefined);
  const rows = [...(query.data?.commentaries ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card
      title={t('roadshows.live.critiques.title')}
      data-testid="critiques-card"
      extra={
        <Button icon={<ReloadOutlined />} onClick={reload} loading={query.loading && !!query.data}>
          {t('roadshows.live.critiques.refresh')}
        </Button>
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('roadshows.live.critiques.intro')}</Typography.Text>
        {query.error && !query.data ? <QueryError error={query.error} onRetry={reload} /> : null}
        <List
          size="small"
          loading={!query.data && query.loading}
          dataSource={rows}
          locale={{ emptyText: t('roadshows.live.critiques.none') }}
          renderItem={(c) => (
            <List.Item>
              <Critique commentary={c} slotTitle={live.slots.find((s) => s.id === c.slotId)} showAuthor />
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
