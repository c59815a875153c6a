import { CheckCircleOutlined, EditOutlined, InboxOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Skeleton,
  Space,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { RouteFallback } from '../../app/layout/RouteFallback';
import { paths } from '../../app/paths';
import {
  ArchiveProgrammeDocument,
  CloseProgrammeDocument,
  OpenProgrammeDocument,
  ProgrammeDocument,
  type ProgrammeFieldsFragment,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { ProjectsTab } from './ProjectsTab';
import { formatWindow, otherText, pickText } from './shared';
import { CAN_ZH, ProgrammeStatusTag } from './ui';

const ImportTab = lazy(() => import('./ImportTab'));
const ChannelYieldsTab = lazy(() => import('./ChannelYieldsTab'));
const ScreeningTab = lazy(() => import('../screening/ScreeningTab'));
const RoadshowsTab = lazy(() => import('../roadshows/RoadshowsTab'));
const InsightsTab = lazy(() => import('../insights/InsightsTab'));

const TABS = ['projects', 'import', 'yields', 'screening', 'roadshows', 'dashboard'] as const;
type TabKey = (typeof TABS)[number];

/** One programme: its settings at a glance, its life-cycle actions, and its projects, imports and channels. */
export default function ProgrammePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ProgrammeDocument, { variables: { id } });
  if (error && !data)
    return (
      <>
        <PageHeader title={t('programmes.list.title')} />
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  if (!data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  return <ProgrammeView programme={data.programme} />;
}

function ProgrammeView({ programme }: { programme: ProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me, hasRole } = useSession();
  const organizer = hasRole('ORGANIZER');
  const zone = me?.user.timeZone ?? browserTimeZone();
  const location = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: TabKey = TABS.includes(requested as TabKey) ? (requested as TabKey) : 'projects';
  const notice = (location.state as { notice?: string } | null)?.notice;
  const title = pickText(programme.title, language);
  const subtitle = otherText(programme.title, language);

  const setTab = (key: string) => {
    const next = new URLSearchParams(params);
    if (key === 'projects') next.delete('tab');
    else next.set('tab', key);
    setParams(next, { replace: true });
  };

  const sectorName = (s: ProgrammeFieldsFragment['sectors'][number]) =>
    language === 'zh-CN' ? s.nameZh || s.nameEn : s.nameEn || s.nameZh;

  return (
    <>
      <PageHeader
        title={title}
        intro={
          <Space size={8} wrap>
            <ProgrammeStatusTag status={programme.status} />
            {programme.acceptingSubmissions ? (
              <Typography.Text type="success">{t('programmes.page.accepting')}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('programmes.page.notAccepting')}</Typography.Text>
            )}
            {subtitle ? <Typography.Text type="secondary">· {subtitle}</Typography.Text> : null}
          </Space>
        }
        extra={organizer ? <ProgrammeActions programme={programme} /> : null}
      />
      <Flex vertical gap={16}>
        {notice === 'created' || notice === 'saved' ? (
          <Alert
            type="success"
            showIcon
            closable
            message={notice === 'created' ? t('programmes.form.created') : t('programmes.form.saved')}
            onClose={() => void navigate(location.pathname + location.search, { replace: true, state: null })}
          />
        ) : null}
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'window',
                label: t('programmes.page.window'),
                children: (
                  <Flex vertical>
                    <span>
                      {t('programmes.common.zoneNote', {
                        time: formatWindow(programme.opensAt, programme.closesAt, language, zone),
                        zone,
                      })}
                    </span>
                    {programme.timeZone !== zone ? (
                      <Typography.Text type="secondary">
                        {t('programmes.common.zoneNote', {
                          time: formatWindow(
                            programme.opensAt,
                            programme.closesAt,
                            language,
                            programme.timeZone,
                          ),
                          zone: programme.timeZone,
                        })}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
              {
                key: 'sectors',
                label: t('programmes.page.sectors'),
                children: programme.sectors.length ? (
                  <Flex wrap gap={4}>
                    {programme.sectors.map((s) => (
                      <Tag key={s.code} style={{ marginInlineEnd: 0 }}>
                        {sectorName(s)}
                      </Tag>
                    ))}
                  </Flex>
                ) : (
                  t('programmes.common.none')
                ),
              },
              {
                key: 'cans',
                label: t('programmes.page.cans'),
                span: 2,
                children: programme.mandatoryCans.length ? (
                  <Flex wrap gap={4}>
                    {programme.mandatoryCans.map((can) => (
                      <Tag key={can} color="blue" style={{ marginInlineEnd: 0 }}>
                        {language === 'zh-CN' ? CAN_ZH[can] : t(`programmes.can.${can}`)}
                      </Tag>
                    ))}
                  </Flex>
                ) : (
                  t('programmes.common.none')
                ),
              },
            ]}
          />
        </Card>
        <Card styles={{ body: { paddingTop: 4 } }}>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            destroyOnHidden
            items={[
              {
                key: 'projects',
                label: t('programmes.page.tab.projects'),
                children: <ProjectsTab programme={programme} />,
              },
              {
                key: 'import',
                label: t('programmes.page.tab.import'),
                children: (
                  <Suspense fallback={<RouteFallback />}>
                    <ImportTab programme={programme} onShowProjects={() => setTab('projects')} />
                  </Suspense>
                ),
              },
              {
                key: 'yields',
                label: t('programmes.page.tab.yields'),
                children: (
                  <Suspense fallback={<RouteFallback />}>
                    <ChannelYieldsTab programme={programme} />
                  </Suspense>
                ),
              },
              ...(organizer
                ? [
                    {
                      key: 'screening',
                      label: t('programmes.page.tab.screening'),
                      children: (
                        <Suspense fallback={<RouteFallback />}>
                          <ScreeningTab programme={programme} />
                        </Suspense>
                      ),
                    },
                    {
                      key: 'roadshows',
                      label: t('programmes.page.tab.roadshows'),
                      children: (
                        <Suspense fallback={<RouteFallback />}>
                          <RoadshowsTab programme={programme} />
                        </Suspense>
                      ),
                    },
                    {
                      key: 'dashboard',
                      label: t('programmes.page.tab.dashboard'),
                      children: (
                        <Suspense fallback={<RouteFallback />}>
                          <InsightsTab programme={programme} />
                        </Suspense>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      </Flex>
    </>
  );
}

type Move = 'open' | 'close' | 'archive';

/** Open / Close / Archive / Edit, each explained when it is not allowed in the current status. */
function ProgrammeActions({ programme }: { programme: ProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [open, opening] = useMutation(OpenProgrammeDocument);
  const [close, closing] = useMutation(CloseProgrammeDocument);
  const [archive, archiving] = useMutation(ArchiveProgrammeDocument);
  const { status } = programme;

  const run = async (move: Move) => {
    setError(undefined);
    const variables = { id: programme.id };
    try {
      if (move === 'open') await open({ variables });
      else if (move === 'close') await close({ variables });
      else await archive({ variables });
    } catch (err) {
      const problem = describeError(err);
      if (problem.code === 'VALIDATION' && problem.fields.some((f) => f.field.endsWith('sectors')))
        setError(t('programmes.page.action.openNeedsSectors'));
      else if (problem.code === 'CONFLICT') setError(t('programmes.page.action.conflict'));
      else setError(problemMessage(t, problem));
    }
  };

  const action = (
    move: Move,
    allowed: boolean,
    notAllowed: string,
    confirm: string,
    icon: ReactNode,
    loading: boolean,
    danger = false,
  ) => {
    const button = (
      <Button
        icon={icon}
        disabled={!allowed}
        loading={loading}
        danger={danger}
        type={move === 'open' ? 'primary' : 'default'}
      >
        {t(`programmes.page.action.${move}`)}
      </Button>
    );
    if (!allowed)
      return (
        <Tooltip key={move} title={notAllowed}>
          {/* A disabled button swallows pointer events: the span carries the tooltip. */}
          <span style={{ display: 'inline-block', cursor: 'not-allowed' }}>{button}</span>
        </Tooltip>
      );
    return (
      <Popconfirm
        key={move}
        title={confirm}
        overlayStyle={{ maxWidth: 360 }}
        okText={t(`programmes.page.action.${move}`)}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger }}
        onConfirm={() => run(move)}
      >
        {button}
      </Popconfirm>
    );
  };

  return (
    <Flex vertical align="flex-end" gap={8}>
      <Space wrap>
        {action(
          'open',
          status === 'DRAFT' || status === 'CLOSED',
          t('programmes.page.action.openNotAllowed'),
          status === 'CLOSED'
            ? t('programmes.page.action.reopenConfirm')
            : t('programmes.page.action.openConfirm'),
          <CheckCircleOutlined />,
          opening.loading,
        )}
        {action(
          'close',
          status === 'OPEN',
          t('programmes.page.action.closeNotAllowed'),
          t('programmes.page.action.closeConfirm'),
          <StopOutlined />,
          closing.loading,
        )}
        {action(
          'archive',
          status === 'CLOSED',
          t('programmes.page.action.archiveNotAllowed'),
          t('programmes.page.action.archiveConfirm'),
          <InboxOutlined />,
          archiving.loading,
          true,
        )}
        {status === 'ARCHIVED' ? (
          <Tooltip title={t('programmes.page.action.editNotAllowed')}>
            <span style={{ display: 'inline-block', cursor: 'not-allowed' }}>
              <Button icon={<EditOutlined />} disabled>
                {t('programmes.page.action.edit')}
              </Button>
            </span>
          </Tooltip>
        ) : (
          <Button icon={<EditOutlined />} onClick={() => void navigate(paths.editProgramme(programme.id))}>
            {t('programmes.page.action.edit')}
          </Button>
        )}
      </Space>
      {error ? (
        <Alert type="error" showIcon closable message={error} onClose={() => setError(undefined)} />
      ) : null}
    </Flex>
  );
}
