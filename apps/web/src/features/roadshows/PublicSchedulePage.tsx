import './strings';
import '../projects/strings';
import { CoffeeOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Result, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import { PublicRoadshowDocument, type PublicRoadshowQuery } from '../../gql/graphql';
import { PublicLayout } from '../call/PublicLayout';
import { describeError } from '../identity/errors';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { countryName, pickText } from '../programmes/shared';
import {
  DeliveryTag,
  formatDay,
  formatShortDay,
  formatSpan,
  formatTime,
  localDate,
  RoadshowStatusTag,
  SlotStatusTag,
} from './ui';

type Schedule = PublicRoadshowQuery['publicRoadshow'];
type Row =
  | { key: string; slot: Schedule['slots'][number]; pause?: undefined }
  | { key: string; slot?: undefined; pause: Schedule['breaks'][number] };

function zones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/**
 * Public (no login): a published roadshow's programme, with its times converted in the browser to the zone
 * the visitor picks (their own by default, the event's pinned next to it); the stream link while live.
 */
export default function PublicSchedulePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PublicRoadshowDocument, { variables: { id } });
  const schedule = data?.publicRoadshow;
  if (error && !schedule) {
    const code = describeError(error).code;
    return (
      <PublicLayout title={t('roadshows.public.title')}>
        {code === 'NOT_FOUND' || code === 'VALIDATION' ? (
          <Result
            status="404"
            title={t('roadshows.public.unavailableTitle')}
            subTitle={t('roadshows.public.unavailableBody')}
          />
        ) : (
          <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        )}
      </PublicLayout>
    );
  }
  if (!schedule)
    return (
      <PublicLayout title={t('roadshows.public.title')}>
        <Skeleton active paragraph={{ rows: 8 }} />
      </PublicLayout>
    );
  return <ScheduleView schedule={schedule} />;
}

function ScheduleView({ schedule }: { schedule: Schedule }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { status: session, hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const mine = browserTimeZone();
  const all = useMemo(zones, []);
  const requested = params.get('tz');
  const zone = requested && (all.includes(requested) || requested === schedule.timeZone) ? requested : mine;
  const title = pickText(schedule.title, language);
  const other = language === 'zh-CN' ? schedule.title.en : schedule.title.zh;

  const pinned = [
    { value: mine, label: t('roadshows.public.yourZone', { zone: mine }) },
    ...(schedule.timeZone !== mine
      ? [{ value: schedule.timeZone, label: t('roadshows.public.eventZone', { zone: schedule.timeZone }) }]
      : []),
  ];
  const options = [
    ...pinned,
    ...all.filter((z) => z !== mine && z !== schedule.timeZone).map((z) => ({ value: z, label: z })),
  ];
  const choose = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === mine) next.delete('tz');
        else next.set('tz', value);
        return next;
      },
      { replace: true },
    );

  const rows: Row[] = [
    ...schedule.slots.map((slot) => ({ key: `slot-${slot.order}`, slot })),
    ...schedule.breaks.map((pause) => ({ key: `break-${pause.startsAt}`, pause })),
  ].sort((a, b) => {
    const at = (row: Row) => Date.parse(row.slot ? row.slot.startsAt : row.pause.startsAt);
    return at(a) - at(b);
  });
  const firstDay = schedule.startsAt;
  const span = (row: Row, first = false) => ({ colSpan: row.pause ? (first ? 6 : 0) : 1 });
  const watcher = hasRole('ORGANIZER') || hasRole('PARTNER') || hasRole('COMMENTATOR');

  return (
    <PublicLayout title={title} width={1040}>
      <Flex vertical gap={16}>
        <Card>
          <Flex vertical gap={12}>
            <Space size={8} wrap>
              <RoadshowStatusTag status={schedule.status} />
              <Tag>{t(`roadshows.mode.${schedule.mode}`)}</Tag>
              {schedule.status === 'LIVE' ? (
                <Typography.Text type="danger" strong>
                  ● {t('roadshows.public.liveNow')}
                </Typography.Text>
              ) : null}
            </Space>
            <div>
              <Typography.Title level={2} style={{ margin: 0 }}>
                {title}
              </Typography.Title>
              {other && other !== title ? <Typography.Text type="secondary">{other}</Typography.Text> : null}
            </div>
            <Typography.Text style={{ fontSize: 16 }} data-testid="public-window">
              {t('roadshows.common.zoneNote', {
                time: formatSpan(schedule.startsAt, schedule.endsAt, language, zone),
                zone,
              })}
            </Typography.Text>
            {schedule.venue ? (
              <Typography.Text>
                {t('roadshows.public.venue')}: {schedule.venue}
              </Typography.Text>
            ) : null}
            {schedule.streamUrl ? (
              <div>
                <Typography.Link href={schedule.streamUrl} target="_blank" rel="noreferrer">
                  <Button type="primary" danger icon={<VideoCameraOutlined />}>
                    {t('roadshows.public.watch')}
                  </Button>
                </Typography.Link>
              </div>
            ) : null}
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{t('roadshows.public.showIn')}</Typography.Text>
              <Select
                showSearch
                aria-label={t('roadshows.public.showIn')}
                value={zone}
                onChange={choose}
                options={options}
                optionFilterProp="label"
                style={{ width: 340, maxWidth: '100%' }}
                data-testid="zone-select"
              />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('roadshows.public.zoneHint', { zone: schedule.timeZone })}
            </Typography.Text>
            {session === 'anonymous' && schedule.status !== 'ENDED' ? (
              <Link to={`${paths.logIn}?next=${encodeURIComponent(paths.roadshowLive(schedule.id))}`}>
                {t('roadshows.public.logIn')}
              </Link>
            ) : watcher && schedule.status !== 'ENDED' ? (
              <Link to={paths.roadshowLive(schedule.id)}>{t('roadshows.public.console')}</Link>
            ) : null}
          </Flex>
        </Card>
        <Card title={formatDay(firstDay, language, zone)}>
          {!schedule.slots.length ? (
            <Alert type="info" showIcon message={t('roadshows.public.empty')} />
          ) : (
            <Table<Row>
              rowKey="key"
              size="middle"
              dataSource={rows}
              pagination={false}
              scroll={{ x: 760 }}
              data-testid="public-programme"
              onRow={(row) => ({ 'data-testid': row.slot ? 'public-slot' : 'public-break' }) as object}
              columns={[
                {
                  key: 'order',
                  title: t('roadshows.public.columns.order'),
                  width: 48,
                  onCell: (row) => span(row, true),
                  render: (_, row) =>
                    row.pause ? (
                      <Flex align="center" gap={8} style={{ color: '#8c8c8c' }}>
                        <CoffeeOutlined />
                        {t('roadshows.public.breakRow')} · {formatTime(row.pause.startsAt, language, zone)}–
                        {formatTime(row.pause.endsAt, language, zone)}
                      </Flex>
                    ) : (
                      row.slot.order
                    ),
                },
                {
                  key: 'time',
                  title: `${t('roadshows.public.columns.time')} (${zone})`,
                  width: 170,
                  onCell: (row) => span(row),
                  render: (_, row) => {
                    if (!row.slot) return null;
                    // A programme that crosses midnight in the chosen zone: name the later day.
                    const otherDay = localDate(row.slot.startsAt, zone) !== localDate(firstDay, zone);
                    return (
                      <Flex vertical>
                        <Typography.Text strong data-testid="public-time">
                          {formatTime(row.slot.startsAt, language, zone)}–
                          {formatTime(row.slot.endsAt, language, zone)}
                        </Typography.Text>
                        {otherDay ? (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {formatShortDay(row.slot.startsAt, language, zone)}
                          </Typography.Text>
                        ) : null}
                      </Flex>
                    );
                  },
                },
                {
                  key: 'project',
                  title: t('roadshows.public.columns.project'),
                  onCell: (row) => span(row),
                  render: (_, row) =>
                    row.slot ? (
                      <Flex vertical>
                        <Typography.Text strong>{pickText(row.slot.projectTitle, language)}</Typography.Text>
                        {row.slot.organizationName ? (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {row.slot.organizationName}
                          </Typography.Text>
                        ) : null}
                      </Flex>
                    ) : null,
                },
                {
                  key: 'from',
                  title: t('roadshows.public.columns.from'),
                  width: 130,
                  onCell: (row) => span(row),
                  render: (_, row) => (row.slot ? countryName(row.slot.country, language) : null),
                },
                {
                  key: 'delivery',
                  title: t('roadshows.public.columns.delivery'),
                  width: 120,
                  onCell: (row) => span(row),
                  render: (_, row) => (row.slot ? <DeliveryTag delivery={row.slot.delivery} /> : null),
                },
                {
                  key: 'status',
                  title: t('roadshows.public.columns.status'),
                  width: 110,
                  onCell: (row) => span(row),
                  render: (_, row) => (row.slot ? <SlotStatusTag status={row.slot.status} /> : null),
                },
              ]}
            />
          )}
        </Card>
      </Flex>
    </PublicLayout>
  );
}
