import type {
  InsightsBucketFieldsFragment,
  InsightsLiveCountersFieldsFragment,
  ProgrammeInsightsFieldsFragment,
} from '../../gql/graphql';

/* The dashboard's data as the components read it: the fragments of insights.documents.ts. */

export type { FunnelStageKey } from '../../gql/graphql';
export type Insights = ProgrammeInsightsFieldsFragment;
export type Bucket = InsightsBucketFieldsFragment;
export type LiveCounters = InsightsLiveCountersFieldsFragment;
