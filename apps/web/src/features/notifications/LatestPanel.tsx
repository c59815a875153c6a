import './strings';
import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Empty, Flex, Skeleton, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import { NotificationsDocument, type NotificationFieldsFragment } from '../../gql/graphql';
import { formatRelative } from '../projects/format';
import { appPath, categoryIcon } from './ui';
import { useMarkRead } from './useMarkRead';

/** How many of the latest notifications the dropdown lists. */
const LATEST = 8;

/** The bell's dropdown: the latest notifications, mark all read, and the way to the centre. */
export default function LatestPanel({
  count,
  interrupted,
  onDone,
}: {
  count: number;
  interrupted: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const locale = useAppLanguage();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const query = useQuery(NotificationsDocument, {
    variables: { first: LATEST, locale },
    fetchPolicy: 'cache-and-network',
  });
  const { markRead, marking } = useMarkRead();
  const items = query.data?.notifications.edges.map((edge) => edge.node) ?? [];

  const openItem = async (item: NotificationFieldsFragment) => {
    const path = appPath(item.link);
    onDone();
    if (!item.readAt) await markRead({ ids: [item.id] }).catch(() => undefined);
    void navigate(path ?? paths.notifications);
  };

  return (
    <div
      role="dialog"
      aria-label={t('notifications.bell.title')}
      style={{ width: 380 }}
      data-testid="notification-panel"
    >
      <Flex
        justify="space-between"
        align="center"
        style={{ padding: '10px 16px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Typography.Text strong>{t('notifications.bell.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={count === 0}
          loading={marking}
          onClick={() => void markRead({ all: true }).catch(() => undefined)}
          style={{ paddingInline: 0 }}
        >
          {t('notifications.bell.markAll')}
        </Button>
      </Flex>
      {interrupted ? (
        <Alert
          type="info"
          banner
          showIcon={false}
          message={t('notifications.bell.offline')}
          style={{ fontSize: 12 }}
        />
      ) : null}
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        {!query.data && query.loading ? (
          <div style={{ padding: 16 }}>
            <Skeleton active paragraph={{ rows: 3 }} />
          </div>
        ) : items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('notifications.bell.empty')}
            style={{ padding: 16 }}
          />
        ) : (
          <div role="list">
            {items.map((item) => (
              <div
                key={item.id}
                onClick={() => void openItem(item)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    void openItem(item);
                  }
                }}
                role="listitem"
                tabIndex={0}
                data-testid="notification-item"
                data-unread={item.readAt ? undefined : 'true'}
                style={{
                  cursor: 'pointer',
                  padding: '10px 16px',
                  borderBottom: `1px solid ${token.colorSplit}`,
                  background: item.readAt ? undefined : token.colorInfoBg,
                }}
              >
                <Flex gap={10} align="flex-start" style={{ width: '100%', minWidth: 0 }}>
                  <span style={{ color: token.colorTextSecondary, marginTop: 2 }}>
                    {categoryIcon(item.category)}
                  </span>
                  <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Typography.Text strong={!item.readAt} ellipsis={{ tooltip: item.title }}>
                      {item.title}
                    </Typography.Text>
                    <Typography.Paragraph
                      type="secondary"
                      ellipsis={{ rows: 2 }}
                      style={{ margin: 0, fontSize: 13 }}
                    >
                      {item.body}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`notifications.category.${item.category}`)} ·{' '}
                      {formatRelative(item.createdAt, locale)}
                    </Typography.Text>
                  </Flex>
                  {item.readAt ? null : <Badge status="processing" style={{ marginTop: 6 }} />}
                </Flex>
              </div>
            ))}
          </div>
        )}
      </div>
      <div
        style={{
          padding: '8px 16px',
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          textAlign: 'center',
        }}
      >
        <Link to={paths.notifications} onClick={onDone}>
          {t('notifications.bell.viewAll')}
        </Link>
      </div>
    </div>
  );
}
