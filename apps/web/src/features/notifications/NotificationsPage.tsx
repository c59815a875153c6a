import './strings';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { CheckOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, List, Segmented, Skeleton, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import { NotificationsDocument, type NotificationFieldsFragment } from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { QueryError } from '../members/QueryError';
import { useUserTimeZone } from '../projects/cans';
import { formatDateTime, formatRelative } from '../projects/format';
import { appPath, CategoryTag } from './ui';
import { useMarkRead } from './useMarkRead';
import { useUnreadCount } from './useUnreadCount';

const PAGE = 20;

/** Every notification of the signed-in user, newest first: all or unread only, mark read, open. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const locale = useAppLanguage();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('filter') === 'unread';
  const { count } = useUnreadCount();
  const query = useQuery(NotificationsDocument, {
    variables: { first: PAGE, unreadOnly, locale },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { markRead, marking } = useMarkRead();
  const [problem, setProblem] = useState<string>();
  const connection = query.data?.notifications;
  // In the unread view, what was just read leaves the list.
  const items = (connection?.edges.map((edge) => edge.node) ?? []).filter((n) => !unreadOnly || !n.readAt);

  const mark = async (target: { ids: string[] } | { all: true }) => {
    setProblem(undefined);
    try {
      await markRead(target);
    } catch (error) {
      setProblem(problemMessage(t, describeError(error)));
    }
  };

  return (
    <>
      <PageHeader
        title={t('notifications.page.title')}
        intro={t('notifications.page.intro')}
        extra={
          <Flex gap={8} wrap>
            <Link to={`${paths.profile}#email-preferences`}>
              <Button icon={<MailOutlined />}>{t('notifications.page.preferences')}</Button>
            </Link>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={count === 0}
              loading={marking}
              onClick={() => void mark({ all: true })}
            >
              {t('notifications.page.markAll')}
            </Button>
          </Flex>
        }
      />
      {problem ? (
        <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value) => setParams(value === 'unread' ? { filter: 'unread' } : {}, { replace: true })}
            options={[
              { value: 'all', label: t('notifications.page.all') },
              { value: 'unread', label: t('notifications.page.unread') },
            ]}
            data-testid="notification-filter"
          />
          <Typography.Text type="secondary" data-testid="notification-unread-count">
            {t('notifications.page.unreadCount', { count })}
          </Typography.Text>
        </Flex>
        {query.error && !connection ? (
          <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
        ) : !connection ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : items.length === 0 ? (
          <Empty
            description={unreadOnly ? t('notifications.page.emptyUnread') : t('notifications.page.empty')}
          />
        ) : (
          <>
            <List
              dataSource={items}
              renderItem={(item) => (
                <NotificationRow key={item.id} item={item} onRead={() => void mark({ ids: [item.id] })} />
              )}
              data-testid="notification-list"
            />
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 12 }}>
              <Typography.Text type="secondary">
                {t('notifications.page.shown', { shown: items.length, total: connection.totalCount })}
              </Typography.Text>
              {connection.pageInfo.hasNextPage ? (
                <Button
                  loading={query.networkStatus === NetworkStatus.fetchMore}
                  onClick={() =>
                    void query
                      .fetchMore({ variables: { after: connection.pageInfo.endCursor } })
                      .catch(() => undefined)
                  }
                >
                  {t('notifications.page.loadMore')}
                </Button>
              ) : null}
            </Flex>
          </>
        )}
      </Card>
    </>
  );
}

function NotificationRow({ item, onRead }: { item: NotificationFieldsFragment; onRead: () => void }) {
  const { t } = useTranslation();
  const locale = useAppLanguage();
  const zone = useUserTimeZone();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const { markRead } = useMarkRead();
  const path = appPath(item.link);
  const open = async () => {
    if (!item.readAt) await markRead({ ids: [item.id] }).catch(() => undefined);
    if (path) void navigate(path);
  };
  return (
    <List.Item
      data-testid="notification-row"
      data-unread={item.readAt ? undefined : 'true'}
      style={{
        alignItems: 'flex-start',
        paddingInline: 12,
        borderInlineStart: `3px solid ${item.readAt ? 'transparent' : token.colorPrimary}`,
        background: item.readAt ? undefined : token.colorInfoBg,
      }}
      actions={[
        ...(path
          ? [
              <Button key="open" size="small" type="link" onClick={() => void open()}>
                {t('notifications.page.open')}
              </Button>,
            ]
          : []),
        item.readAt ? (
          <Typography.Text key="read" type="secondary" style={{ fontSize: 12 }}>
            {t('notifications.page.read')}
          </Typography.Text>
        ) : (
          <Button key="mark" size="small" onClick={onRead}>
            {t('notifications.page.markRead')}
          </Button>
        ),
      ]}
    >
      <Flex vertical gap={4} style={{ minWidth: 0 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
          <CategoryTag category={item.category} />
          {item.emailed ? null : <Tag>{t('notifications.page.notEmailed')}</Tag>}
        </Flex>
        <Typography.Paragraph
          style={{ margin: 0, whiteSpace: 'pre-line' }}
          ellipsis={{ rows: 4, expandable: true }}
        >
          {item.body}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <span title={item.createdAt}>{formatDateTime(item.createdAt, locale, zone)}</span> ·{' '}
          {formatRelative(item.createdAt, locale)}
        </Typography.Text>
      </Flex>
    </List.Item>
  );
}
