import './strings';
import '../matching/strings';
import { CalendarOutlined, PlayCircleOutlined, StopOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Popconfirm, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  EndRoadshowDocument,
  MoveRoadshowSlotDocument,
  PublicRoadshowDocument,
  StartRoadshowDocument,
  type LiveSlotFieldsFragment,
  type RoadshowLiveFieldsFragment,
} from '../../gql/graphql';
import { useSession } from '../identity/useSession';
import { countryName, pickText } from '../programmes/shared';
import { useUserTimeZone } from '../projects/cans';
import { ProblemAlert } from '../screening/ui';
import { CommentatorPanel } from './CommentatorPanel';
import { CritiquesCard } from './CritiquesCard';
import { LiveStage } from './LiveStage';
import { PageStatus } from '../../app/layout/PageStatus';
import { PartnerPanel } from './PartnerPanel';
import { DeliveryTag, formatSpan, formatTime, RoadshowStatusTag, SlotStatusTag } from './ui';
import { useRoadshowAction } from './useRoadshowAction';
import { useRoadshowLive } from './useRoadshowLive';

/**
 * The live console (organizers, partner members, the event's commentators): first painted from
 * `roadshowLive`, then kept current by the `roadshowUpdated` subscription. Organizers run the stage,
 * partners record intents during a pitch, commentators write critiques; everyone sees the programme.
 */
export default function LiveConsolePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { live, error, interrupted, subscriptionError, refetch } = useRoadshowLive(id);
  if (!live) return <PageStatus title={t('roadshows.live.title')} error={error} onRetry={refetch} />;
  return (
    <Console id={id} live={live} interrupted={interrupted || Boolean(subscriptionError)} reload={refetch} />
  );
}

function Console({
  id,
  live,
  interrupted,
  reload,
}: {
  id: string;
  live: RoadshowLiveFieldsFragment;
  interrupted: boolean;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const zone = useUserTimeZone();
  const { hasRole } = useSession();
  const organizer = hasRole('ORGANIZER');
  const partner = hasRole('PARTNER');
  const commentator = hasRole('COMMENTATOR');
  const action = useRoadshowAction(reload);
  const [start] = useMutation(StartRoadshowDocument);
  const [end] = useMutation(EndRoadshowDocument);
  const event = useQuery(PublicRoadshowDocument, { variables: { id }, skip: live.status === 'DRAFT' });
  const info = event.data?.publicRoadshow;
  const { refetch: refetchEvent } = event;
  // The stream link is only given while live: read the event again when its status moves.
  useEffect(() => {
    if (live.status !== 'DRAFT') void refetchEvent().catch(() => undefined);
  }, [live.status, refetchEvent]);
  const title = info ? pickText(info.title, language) : t('roadshows.live.title');

  const header = (
    <Space wrap>
      {info?.streamUrl ? (
        <Typography.Link href={info.streamUrl} target="_blank" rel="noreferrer">
          <Button type="primary" icon={<VideoCameraOutlined />}>
            {t('roadshows.live.stream')}
          </Button>
        </Typography.Link>
      ) : null}
      {organizer && live.status === 'PUBLISHED' ? (
        <Popconfirm
          title={t('roadshows.planner.startConfirm')}
          overlayStyle={{ maxWidth: 360 }}
          okText={t('roadshows.live.start')}
          cancelText={t('roadshows.common.cancel')}
          onConfirm={() =>
            action.run('start', () => start({ variables: { id } }), t('roadshows.planner.started'))
          }
        >
          <Button type="primary" icon={<PlayCircleOutlined />} loading={action.busy === 'start'}>
            {t('roadshows.live.start')}
          </Button>
        </Popconfirm>
      ) : null}
      {organizer && live.status === 'LIVE' ? (
        <Popconfirm
          title={t('roadshows.planner.endConfirm')}
          overlayStyle={{ maxWidth: 360 }}
          okText={t('roadshows.live.end')}
          cancelText={t('roadshows.common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => action.run('end', () => end({ variables: { id } }), t('roadshows.planner.ended'))}
        >
          <Button danger icon={<StopOutlined />} loading={action.busy === 'end'}>
            {t('roadshows.live.end')}
          </Button>
        </Popconfirm>
      ) : null}
      {organizer ? (
        <Link to={paths.roadshow(id)}>
          <Button>{t('roadshows.list.planner')}</Button>
        </Link>
      ) : null}
      <Link to={paths.publicRoadshow(id)}>
        <Button icon={<CalendarOutlined />}>{t('roadshows.planner.publicSchedule')}</Button>
      </Link>
    </Space>
  );

  return (
    <>
      <PageHeader
        title={title}
        intro={
          <Space size={8} wrap>
            <RoadshowStatusTag status={live.status} />
            {info ? (
              <span>
                {t('roadshows.common.zoneNote', {
                  time: formatSpan(info.startsAt, info.endsAt, language, zone),
                  zone,
                })}
              </span>
            ) : null}
            <Typography.Text type="secondary">{t('roadshows.live.title')}</Typography.Text>
          </Space>
        }
        extra={header}
      />
      <Flex vertical gap={16}>
        {interrupted ? (
          <Alert
            type="warning"
            showIcon
            message={t('roadshows.live.reconnecting')}
            action={
              <Button size="small" onClick={reload}>
                {t('roadshows.live.critiques.refresh')}
              </Button>
            }
          />
        ) : null}
        {action.notice ? (
          <Alert type="success" showIcon closable message={action.notice.text} onClose={action.clear} />
        ) : null}
        <ProblemAlert problem={action.problem} onClose={action.clear} />
        {live.status === 'DRAFT' ? <Alert type="info" showIcon message={t('roadshows.live.draft')} /> : null}
        {live.status === 'PUBLISHED' ? (
          <Alert
            type="info"
            showIcon
            message={t('roadshows.live.notLive', {
              time: info ? `${formatSpan(info.startsAt, info.endsAt, language, zone)} (${zone})` : '',
            })}
          />
        ) : null}
        {live.status === 'ENDED' ? <Alert type="info" showIcon message={t('roadshows.live.ended')} /> : null}
        {organizer ? <LiveStage live={live} zone={zone} action={action} /> : null}
        {partner || commentator ? (
          <Flex gap={16} wrap align="flex-start">
            {partner ? <PartnerPanel current={live.currentSlot} next={live.nextSlot} /> : null}
            {commentator ? <CommentatorPanel live={live} /> : null}
          </Flex>
        ) : null}
        <Programme live={live} zone={zone} organizer={organizer} action={action} />
        {organizer && live.status !== 'DRAFT' ? <CritiquesCard live={live} /> : null}
      </Flex>
    </>
  );
}

/** Every pitch with its status (and, for organizers, its intents and an "on stage" shortcut). */
function Programme({
  live,
  zone,
  organizer,
  action,
}: {
  live: RoadshowLiveFieldsFragment;
  zone: string;
  organizer: boolean;
  action: ReturnType<typeof useRoadshowAction>;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [move] = useMutation(MoveRoadshowSlotDocument);
  const countOf = (projectId: string) => live.intentCounts.find((c) => c.projectId === projectId)?.count ?? 0;
  const canStage = organizer && live.status === 'LIVE' && !live.currentSlot;
  return (
    <Card
      title={t('roadshows.live.programme')}
      extra={
        organizer ? (
          <Typography.Text type="secondary" data-testid="total-intents">
            {t('roadshows.live.intentsTotal', { n: live.totalIntents })}
          </Typography.Text>
        ) : null
      }
    >
      <Table<LiveSlotFieldsFragment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={live.slots}
        scroll={{ x: 720 }}
        data-testid="live-programme"
        rowClassName={(slot) => (slot.status === 'ON_STAGE' ? 'ant-table-row-selected' : '')}
        columns={[
          { key: 'order', title: t('roadshows.live.columns.order'), width: 48, dataIndex: 'order' },
          {
            key: 'time',
            title: `${t('roadshows.live.columns.time')} (${zone})`,
            width: 130,
            render: (_, slot) =>
              `${formatTime(slot.startsAt, language, zone)}–${formatTime(slot.endsAt, language, zone)}`,
          },
          {
            key: 'project',
            title: t('roadshows.live.columns.project'),
            render: (_, slot) => (
              <Flex vertical>
                <Typography.Text strong={slot.status === 'ON_STAGE'}>
                  {pickText(slot.title, language)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {countryName(slot.country, language)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'delivery',
            title: t('roadshows.public.columns.delivery'),
            width: 120,
            render: (_, slot) => <DeliveryTag delivery={slot.delivery} />,
          },
          {
            key: 'status',
            title: t('roadshows.live.columns.status'),
            width: 110,
            render: (_, slot) => <SlotStatusTag status={slot.status} />,
          },
          ...(organizer
            ? [
                {
                  key: 'intents',
                  title: t('roadshows.live.columns.intents'),
                  width: 80,
                  render: (_: unknown, slot: LiveSlotFieldsFragment) => (
                    <span data-testid={`intents-${slot.order}`}>{countOf(slot.projectId)}</span>
                  ),
                },
                {
                  key: 'actions',
                  title: '',
                  width: 110,
                  render: (_: unknown, slot: LiveSlotFieldsFragment) =>
                    canStage && slot.status === 'SCHEDULED' ? (
                      <Button
                        size="small"
                        loading={action.busy === `${slot.id}-ON_STAGE`}
                        onClick={() =>
                          void action.run(`${slot.id}-ON_STAGE`, () =>
                            move({ variables: { slotId: slot.id, status: 'ON_STAGE' } }),
                          )
                        }
                      >
                        {t('roadshows.live.putOnStage')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
