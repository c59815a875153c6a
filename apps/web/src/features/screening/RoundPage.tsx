import './strings';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Skeleton, Space, Tabs, Tag } from 'antd';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { RouteFallback } from '../../app/layout/RouteFallback';
import { paths } from '../../app/paths';
import {
  ProgrammeDocument,
  ScreeningRoundDocument,
  type ProgrammeFieldsFragment,
  type ScreeningRoundFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { pickText } from '../programmes/shared';
import { RoundOverview } from './RoundOverview';
import { RoundStatusTag } from './ui';

const RoundConflicts = lazy(() => import('./RoundConflicts'));
const RoundProgress = lazy(() => import('./RoundProgress'));
const RoundResults = lazy(() => import('./RoundResults'));

const TABS = ['overview', 'conflicts', 'progress', 'results'] as const;
type TabKey = (typeof TABS)[number];

/** The organizer console of one round: settings and assignment, conflicts, live progress, results. */
export default function RoundPage() {
  const { programmeId = '', roundId = '' } = useParams();
  const { t } = useTranslation();
  const programmeQuery = useQuery(ProgrammeDocument, { variables: { id: programmeId } });
  const roundQuery = useQuery(ScreeningRoundDocument, {
    variables: { id: roundId },
    fetchPolicy: 'cache-and-network',
  });
  const round = roundQuery.data?.screeningRound;
  const assigning = round?.assignmentJob?.state === 'QUEUED' || round?.assignmentJob?.state === 'RUNNING';
  const { startPolling, stopPolling } = roundQuery;
  // While reviewers are being assigned, or reviews come in, the figures move: follow them.
  useEffect(() => {
    if (assigning) startPolling(1000);
    else if (round?.status === 'OPEN') startPolling(15000);
    else stopPolling();
    return stopPolling;
  }, [assigning, round?.status, startPolling, stopPolling]);

  const error = programmeQuery.error ?? roundQuery.error;
  if (error && !(programmeQuery.data && round))
    return (
      <>
        <PageHeader title={t('screening.rounds.title')} />
        <QueryError
          error={error}
          onRetry={() => {
            void programmeQuery.refetch().catch(() => undefined);
            void roundQuery.refetch().catch(() => undefined);
          }}
        />
      </>
    );
  if (!programmeQuery.data || !round)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  return (
    <RoundView
      programme={programmeQuery.data.programme}
      round={round}
      refetch={() => void roundQuery.refetch().catch(() => undefined)}
    />
  );
}

function RoundView({
  programme,
  round,
  refetch,
}: {
  programme: ProgrammeFieldsFragment;
  round: ScreeningRoundFieldsFragment;
  refetch: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: TabKey = TABS.includes(requested as TabKey) ? (requested as TabKey) : 'overview';
  const setTab = (key: string) => {
    const next = new URLSearchParams(params);
    if (key === 'overview') next.delete('tab');
    else next.set('tab', key);
    setParams(next, { replace: true });
  };
  const lazyTab = (node: ReactNode) => <Suspense fallback={<RouteFallback />}>{node}</Suspense>;
  return (
    <>
      <PageHeader
        title={t('screening.round.heading', {
          programme: pickText(programme.title, language),
          ordinal: round.ordinal,
        })}
        intro={
          <Space size={8} wrap>
            <RoundStatusTag status={round.status} />
            {round.lastRound ? <Tag color="gold">{t('screening.rounds.last')}</Tag> : null}
          </Space>
        }
        extra={
          <Link to={`${paths.programme(programme.id)}?tab=screening`}>
            <Button icon={<ArrowLeftOutlined />}>{t('screening.round.back')}</Button>
          </Link>
        }
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            {
              key: 'overview',
              label: t('screening.round.tabs.overview'),
              children: <RoundOverview programme={programme} round={round} onChanged={refetch} />,
            },
            {
              key: 'conflicts',
              label: t('screening.round.tabs.conflicts'),
              children: lazyTab(<RoundConflicts round={round} />),
            },
            {
              key: 'progress',
              label: t('screening.round.tabs.progress'),
              children: lazyTab(<RoundProgress round={round} />),
            },
            {
              key: 'results',
              label: t('screening.round.tabs.results'),
              children: lazyTab(<RoundResults programme={programme} round={round} onChanged={refetch} />),
            },
          ]}
        />
      </Card>
    </>
  );
}
