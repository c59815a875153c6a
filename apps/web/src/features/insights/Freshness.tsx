import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { formatAgo, formatClock } from './format';
import type { Insights } from './model';
import { useNow } from './useNow';

/** When the figures were computed ("As of 14:05, 3 minutes ago"), whether they are out of date, and Refresh. */
export function Freshness({
  insights,
  refreshing,
  onRefresh,
}: {
  insights: Insights;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
  const now = useNow();
  const snapshot = insights.source === 'AGGREGATE';
  return (
    <Flex align="center" gap={8} wrap data-testid="freshness">
      <Typography.Text type="secondary">
        {t('insights.freshness.asOf', {
          time: formatClock(insights.refreshedAt, language, zone, new Date(now)),
          ago: formatAgo(insights.refreshedAt, language, now),
        })}
      </Typography.Text>
      <Tooltip title={t(snapshot ? 'insights.freshness.aggregateHint' : 'insights.freshness.liveHint')}>
        <Tag color={snapshot ? 'default' : 'blue'} style={{ marginInlineEnd: 0 }}>
          {t(snapshot ? 'insights.freshness.aggregate' : 'insights.freshness.live')}
        </Tag>
      </Tooltip>
      {insights.stale ? (
        <Tooltip title={t('insights.freshness.staleHint')}>
          <Tag color="warning" data-testid="stale" style={{ marginInlineEnd: 0 }}>
            {t('insights.freshness.stale')}
          </Tag>
        </Tooltip>
      ) : null}
      <Button size="small" icon={<ReloadOutlined />} loading={refreshing} onClick={onRefresh}>
        {t('insights.freshness.refresh')}
      </Button>
    </Flex>
  );
}
