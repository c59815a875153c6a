import { ReloadOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { formatClock, formatCount } from './format';
import type { LiveCounters } from './model';

/**
 * While a roadshow of the programme is live: its counters as partners act (pushed, no refresh). At any time: a
 * note when activity arrived after the charts were computed, with Refresh.
 */
export function LiveStrip({
  counters,
  pushes,
  interrupted,
  refreshedAt,
  refreshing,
  onRefresh,
}: {
  counters: LiveCounters | undefined;
  pushes: number;
  interrupted: boolean;
  refreshedAt: string;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
  const behind = Boolean(counters && pushes > 0 && new Date(counters.at) > new Date(refreshedAt));
  const newActivity = behind ? (
    <Alert
      type="info"
      showIcon
      data-testid="new-activity"
      message={t('insights.live.newActivity')}
      action={
        <Button size="small" icon={<ReloadOutlined />} loading={refreshing} onClick={onRefresh}>
          {t('insights.freshness.refresh')}
        </Button>
      }
    />
  ) : null;
  if (!counters?.liveRoadshowId) return newActivity;
  const number = (value: number) => formatCount(value, language);
  return (
    <Card size="small" data-testid="live-counters" styles={{ body: { padding: '12px 16px' } }}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex align="center" gap={10} wrap>
            <Badge status="processing" color="red" />
            <Typography.Text strong>{t('insights.live.title')}</Typography.Text>
            <Typography.Text type="secondary">
              {t('insights.live.body')} ·{' '}
              {t('insights.live.updated', {
                time: formatClock(counters.at, language, zone),
              })}
            </Typography.Text>
          </Flex>
          <Link to={paths.roadshowLive(counters.liveRoadshowId)}>
            <Button size="small" icon={<VideoCameraOutlined />}>
              {t('insights.live.openConsole')}
            </Button>
          </Link>
        </Flex>
        <Flex gap={32} wrap>
          {(['intents', 'bids', 'deals', 'signed'] as const).map((key) => (
            <Statistic
              key={key}
              title={t(`insights.live.${key}`)}
              value={number(counters[key])}
              data-testid={`live-${key}`}
            />
          ))}
        </Flex>
        {interrupted ? <Alert type="warning" showIcon message={t('insights.live.interrupted')} /> : null}
        {newActivity}
      </Flex>
    </Card>
  );
}
