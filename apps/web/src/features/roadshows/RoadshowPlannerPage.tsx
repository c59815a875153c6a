import './strings';
import '../projects/strings';
import {
  CalendarOutlined,
  EditOutlined,
  PlayCircleOutlined,
  PlusOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, List, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  EndRoadshowDocument,
  MoveSlotDocument,
  ProgrammeDocument,
  PublishRoadshowDocument,
  RemoveRoadshowProjectDocument,
  ResetRoadshowOrderDocument,
  RoadshowDocument,
  StartRoadshowDocument,
  type RoadshowFieldsFragment,
  type RoadshowSlotFieldsFragment,
} from '../../gql/graphql';
import { pickText } from '../programmes/shared';
import { ProblemAlert } from '../screening/ui';
import { AddProjectsModal } from './AddProjectsModal';
import { CommentatorsCard } from './CommentatorsCard';
import { PageStatus } from '../../app/layout/PageStatus';
import { RoadshowFormModal } from './RoadshowFormModal';
import { Timeline, warningText } from './Timeline';
import { formatSpan, RoadshowStatusTag } from './ui';
import { Details, SummaryCard } from './PlanCards';
import { useRoadshowAction } from './useRoadshowAction';

const MAX_PROJECTS = 20;

/**
 * The roadshow planner (organizers): the event's settings, its projects and commentators, and the timeline
 * the planner laid out across the presenters' time zones, reordered by drag or arrows; publish, go live, end.
 */
export default function RoadshowPlannerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(RoadshowDocument, { variables: { id } });
  const roadshow = query.data?.roadshow;
  const reload = () => void query.refetch().catch(() => undefined);
  if (!roadshow)
    return <PageStatus title={t('roadshows.planner.title')} error={query.error} onRetry={reload} />;
  return <Planner roadshow={roadshow} reload={reload} />;
}

function Planner({ roadshow, reload }: { roadshow: RoadshowFieldsFragment; reload: () => void }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const programme = useQuery(ProgrammeDocument, { variables: { id: roadshow.programmeId } });
  const { run, busy, problem, notice, clear, setNotice } = useRoadshowAction(reload);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [publish] = useMutation(PublishRoadshowDocument);
  const [start] = useMutation(StartRoadshowDocument);
  const [end] = useMutation(EndRoadshowDocument);
  const [moveSlot] = useMutation(MoveSlotDocument);
  const [resetOrder] = useMutation(ResetRoadshowOrderDocument);
  const [remove] = useMutation(RemoveRoadshowProjectDocument);
  const created = (location.state as { notice?: string } | null)?.notice === 'created';
  const { status, plan, timeZone } = roadshow;
  const plannable = status === 'DRAFT' || status === 'PUBLISHED';
  const title = pickText(roadshow.title, language);
  const titleOf = (projectId: string) =>
    pickText(
      plan.slots.find((s) => s.projectId === projectId)?.title ??
        plan.unplaced.find((u) => u.projectId === projectId)?.title,
      language,
    );
  const planWide = plan.warnings.filter((w) => w.order == null);

  const move = (slot: RoadshowSlotFieldsFragment, toIndex: number) =>
    void run(
      'move',
      () =>
        moveSlot({
          variables: {
            roadshowId: roadshow.id,
            projectId: slot.projectId,
            toIndex,
            version: roadshow.version,
          },
        }),
      t('roadshows.planner.moved', { order: toIndex + 1, title: pickText(slot.title, language) }),
    );

  const confirmAction = (
    key: string,
    label: string,
    confirm: string,
    icon: ReactNode,
    action: () => Promise<unknown>,
    success: string,
    options: { primary?: boolean; danger?: boolean } = {},
  ) => (
    <Popconfirm
      key={key}
      title={confirm}
      overlayStyle={{ maxWidth: 380 }}
      okText={label}
      cancelText={t('roadshows.common.cancel')}
      okButtonProps={{ danger: options.danger }}
      onConfirm={() => run(key, action, success)}
    >
      <Button
        icon={icon}
        type={options.primary ? 'primary' : 'default'}
        danger={options.danger}
        loading={busy === key}
      >
        {label}
      </Button>
    </Popconfirm>
  );

  const actions = (
    <Space wrap>
      {status === 'DRAFT'
        ? confirmAction(
            'publish',
            t('roadshows.planner.publish'),
            t('roadshows.planner.publishConfirm'),
            <SendOutlined />,
            () => publish({ variables: { id: roadshow.id } }),
            t('roadshows.planner.published'),
            { primary: true },
          )
        : null}
      {status === 'PUBLISHED'
        ? confirmAction(
            'start',
            t('roadshows.planner.start'),
            t('roadshows.planner.startConfirm'),
            <PlayCircleOutlined />,
            () => start({ variables: { id: roadshow.id } }),
            t('roadshows.planner.started'),
            { primary: true },
          )
        : null}
      {status === 'LIVE'
        ? confirmAction(
            'end',
            t('roadshows.planner.end'),
            t('roadshows.planner.endConfirm'),
            <StopOutlined />,
            () => end({ variables: { id: roadshow.id } }),
            t('roadshows.planner.ended'),
            { danger: true },
          )
        : null}
      {status !== 'DRAFT' ? (
        <>
          <Link to={paths.roadshowLive(roadshow.id)}>
            <Button type={status === 'LIVE' ? 'primary' : 'default'}>
              {t('roadshows.planner.liveConsole')}
            </Button>
          </Link>
          <Link to={paths.publicRoadshow(roadshow.id)}>
            <Button icon={<CalendarOutlined />}>{t('roadshows.planner.publicSchedule')}</Button>
          </Link>
        </>
      ) : null}
    </Space>
  );

  return (
    <>
      <PageHeader
        title={title}
        intro={
          <Space size={8} wrap>
            <RoadshowStatusTag status={status} />
            <span>
              {t('roadshows.common.zoneNote', {
                time: formatSpan(roadshow.startsAt, roadshow.endsAt, language, timeZone),
                zone: timeZone,
              })}
            </span>
            {programme.data ? (
              <Link to={`${paths.programme(roadshow.programmeId)}?tab=roadshows`}>
                {pickText(programme.data.programme.title, language)}
              </Link>
            ) : null}
          </Space>
        }
        extra={actions}
      />
      <Flex vertical gap={16}>
        {created && !notice ? (
          <Alert
            type="success"
            showIcon
            closable
            message={t('roadshows.form.created')}
            onClose={() => void navigate(location.pathname, { replace: true, state: null })}
          />
        ) : null}
        {notice ? (
          <Alert
            type={notice.type}
            showIcon
            closable
            message={notice.text}
            onClose={clear}
            data-testid="planner-notice"
          />
        ) : null}
        <ProblemAlert problem={problem} onClose={clear} />
        {!plannable ? (
          <Alert
            type="info"
            showIcon
            message={t('roadshows.planner.notEditable', { status: t(`roadshows.status.${status}`) })}
          />
        ) : null}
        <Flex gap={16} wrap align="stretch">
          <Card
            title={t('roadshows.planner.details')}
            style={{ flex: '1 1 520px', minWidth: 0 }}
            extra={
              plannable ? (
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t('roadshows.common.edit')}
                </Button>
              ) : null
            }
          >
            <Details roadshow={roadshow} />
          </Card>
          <SummaryCard roadshow={roadshow} />
        </Flex>
        <Card
          title={
            <Space size={8} wrap>
              {t('roadshows.planner.timeline')}
              <Tag color={plan.mode === 'MANUAL' ? 'orange' : 'blue'} data-testid="plan-mode">
                {t(`roadshows.planMode.${plan.mode}`)}
              </Tag>
            </Space>
          }
          extra={
            plannable ? (
              <Space wrap>
                {plan.mode === 'MANUAL' ? (
                  <Button
                    icon={<RollbackOutlined />}
                    loading={busy === 'reset'}
                    onClick={() =>
                      void run(
                        'reset',
                        () => resetOrder({ variables: { id: roadshow.id } }),
                        t('roadshows.planner.resetDone'),
                      )
                    }
                  >
                    {t('roadshows.planner.reset')}
                  </Button>
                ) : null}
                <Tooltip
                  title={
                    roadshow.projectIds.length >= MAX_PROJECTS
                      ? t('roadshows.problem.TOO_MANY_PROJECTS')
                      : undefined
                  }
                >
                  <Button
                    type="primary"
                    icon={<PlusOutlined />}
                    disabled={roadshow.projectIds.length >= MAX_PROJECTS}
                    onClick={() => setAdding(true)}
                  >
                    {t('roadshows.planner.addProjects')}
                  </Button>
                </Tooltip>
              </Space>
            ) : null
          }
          styles={{ body: { paddingTop: 12 } }}
        >
          <Flex vertical gap={12}>
            <Typography.Text type="secondary">{t('roadshows.planner.timelineIntro')}</Typography.Text>
            {planWide.length ? (
              <Alert
                type="warning"
                showIcon
                data-testid="plan-warnings"
                message={
                  <Flex vertical gap={4}>
                    {planWide.map((w) => (
                      <span key={`${w.code}-${w.projectId ?? ''}`}>{warningText(t, w, titleOf)}</span>
                    ))}
                  </Flex>
                }
              />
            ) : null}
            <Timeline
              roadshow={roadshow}
              editable={plannable}
              busy={busy !== undefined}
              onMove={move}
              onRemove={(projectId, name) =>
                void run(
                  'remove',
                  () => remove({ variables: { id: roadshow.id, projectId } }),
                  `${t('roadshows.planner.removed')} ${name}`,
                )
              }
            />
            {plan.unplaced.length ? (
              <List
                size="small"
                header={
                  <Typography.Text type="warning">
                    <WarningOutlined /> {t('roadshows.planner.unplacedTitle')}
                  </Typography.Text>
                }
                bordered
                dataSource={plan.unplaced}
                data-testid="unplaced"
                renderItem={(item) => (
                  <List.Item
                    actions={
                      plannable
                        ? [
                            <Popconfirm
                              key="remove"
                              title={t('roadshows.planner.removeConfirm', {
                                title: pickText(item.title, language),
                              })}
                              okText={t('roadshows.planner.remove')}
                              cancelText={t('roadshows.common.cancel')}
                              okButtonProps={{ danger: true }}
                              onConfirm={() =>
                                run(
                                  'remove',
                                  () => remove({ variables: { id: roadshow.id, projectId: item.projectId } }),
                                  t('roadshows.planner.removed'),
                                )
                              }
                            >
                              <Button size="small" danger type="text">
                                {t('roadshows.planner.remove')}
                              </Button>
                            </Popconfirm>,
                          ]
                        : []
                    }
                  >
                    {pickText(item.title, language)}
                  </List.Item>
                )}
              />
            ) : null}
          </Flex>
        </Card>
        <div style={{ maxWidth: 640 }}>
          <CommentatorsCard roadshow={roadshow} editable={status !== 'ENDED'} />
        </div>
      </Flex>
      <RoadshowFormModal
        open={editing}
        onClose={() => setEditing(false)}
        programmeId={roadshow.programmeId}
        defaultZone={roadshow.timeZone}
        roadshow={roadshow}
        onStale={reload}
        onSaved={() => {
          setEditing(false);
          setNotice({ type: 'success', text: t('roadshows.form.saved') });
        }}
      />
      <AddProjectsModal
        open={adding}
        onClose={() => setAdding(false)}
        roadshow={roadshow}
        onAdded={(n) => {
          setAdding(false);
          setNotice({ type: 'success', text: t('roadshows.planner.added', { n }) });
        }}
      />
    </>
  );
}
