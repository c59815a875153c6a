import './strings';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Flex, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ProgrammeInsightsDocument,
  RefreshProgrammeInsightsDocument,
  type ProgrammeFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { ProblemAlert, toProblem, type Problem } from '../screening/ui';
import { ActivityCard, InvestmentCard, PartnerKindCard } from './DealCharts';
import { Freshness } from './Freshness';
import { Headline } from './Headline';
import { LiveStrip } from './LiveStrip';
import { ChannelCard, CountryCard, FunnelCard, ReviewerCard, SectorCard } from './ProjectCharts';
import { ReportCard } from './ReportCard';
import { useInsightsLive } from './useInsightsLive';

/**
 * The programme page's dashboard tab (organizers): headline figures, freshness and Refresh, live counters while
 * a roadshow is on, the charts (each with its table and CSV), and the bureau report.
 */
export default function InsightsTab({ programme }: { programme: ProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const programmeId = programme.id;
  const { data, error, refetch } = useQuery(ProgrammeInsightsDocument, {
    variables: { programmeId },
    fetchPolicy: 'cache-and-network',
  });
  const [refresh, refreshing] = useMutation(RefreshProgrammeInsightsDocument);
  const [problem, setProblem] = useState<Problem>();
  const [refreshed, setRefreshed] = useState(false);
  const live = useInsightsLive(programmeId);

  const onRefresh = async () => {
    setProblem(undefined);
    setRefreshed(false);
    try {
      // The answer replaces the cached figures (one entry per programme, see app/apollo.ts).
      await refresh({ variables: { programmeId } });
      setRefreshed(true);
    } catch (err) {
      setProblem(toProblem(t, err));
    }
  };

  if (!data)
    return error ? (
      <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
    ) : (
      <Card data-testid="insights-loading">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  const insights = data.programmeInsights;

  return (
    <Flex vertical gap={16} data-testid="insights">
      <Freshness insights={insights} refreshing={refreshing.loading} onRefresh={() => void onRefresh()} />
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      {refreshed ? (
        <Alert
          type="success"
          showIcon
          closable
          message={t('insights.freshness.refreshed')}
          onClose={() => setRefreshed(false)}
        />
      ) : null}
      {error ? <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} /> : null}
      <LiveStrip
        counters={live.counters}
        pushes={live.pushes}
        interrupted={live.interrupted}
        refreshedAt={insights.refreshedAt}
        refreshing={refreshing.loading}
        onRefresh={() => void onRefresh()}
      />
      <Headline insights={insights} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <FunnelCard insights={insights} />
        </Col>
        <Col xs={24} xl={12}>
          <CountryCard insights={insights} />
        </Col>
        <Col xs={24} xl={12}>
          <SectorCard insights={insights} />
        </Col>
        <Col xs={24} xl={12}>
          <ChannelCard insights={insights} />
        </Col>
        <Col xs={24} xl={12}>
          <PartnerKindCard insights={insights} />
        </Col>
        <Col xs={24} xl={12}>
          <InvestmentCard insights={insights} zone={programme.timeZone} />
        </Col>
        <Col xs={24} xl={12}>
          <ActivityCard insights={insights} zone={programme.timeZone} />
        </Col>
        <Col xs={24} xl={12}>
          <ReviewerCard insights={insights} />
        </Col>
      </Row>
      <ReportCard programmeId={programmeId} />
    </Flex>
  );
}
