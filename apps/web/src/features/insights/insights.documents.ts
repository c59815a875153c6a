import { graphql } from '../../gql';

/*
 * Dashboard operations as codegen reads them; code imports the generated constants
 * (`ProgrammeInsightsDocument`, … from src/gql/graphql).
 */

export const InsightsMoneyFieldsFragment = graphql(`
  fragment InsightsMoneyFields on Money {
    amount
    currency
  }
`);

export const InsightsBucketFieldsFragment = graphql(`
  fragment InsightsBucketFields on InsightsBucket {
    key
    label {
      zh
      en
    }
    projects
    submitted
    advanced
    withIntents
    signed
  }
`);

export const ProgrammeInsightsFieldsFragment = graphql(`
  fragment ProgrammeInsightsFields on ProgrammeInsights {
    programmeId
    currency
    source
    refreshedAt
    stale
    funnel {
      key
      roundId
      roundName {
        zh
        en
      }
      count
    }
    byCountry {
      ...InsightsBucketFields
    }
    bySector {
      ...InsightsBucketFields
    }
    byChannel {
      channelId
      name
      label {
        zh
        en
      }
      nominated
      submitted
      advanced
      signed
      yield
    }
    byPartnerKind {
      kind
      partners
      intents
      bids
      signed
      committed {
        ...InsightsMoneyFields
      }
    }
    reviewerProgress {
      roundId
      roundName {
        zh
        en
      }
      status
      assignments
      submitted
      reviewers
      reviewersDone
    }
    investment {
      currency
      committed {
        ...InsightsMoneyFields
      }
      realised {
        ...InsightsMoneyFields
      }
      agreements
      landed
      missingRates
    }
    trends {
      period
      submitted
      intents
      bids
      signed
      committed {
        ...InsightsMoneyFields
      }
    }
  }
`);

export const ProgrammeInsightsQuery = graphql(`
  query ProgrammeInsights($programmeId: ID!) {
    programmeInsights(programmeId: $programmeId) {
      ...ProgrammeInsightsFields
    }
  }
`);

export const RefreshProgrammeInsightsMutation = graphql(`
  mutation RefreshProgrammeInsights($programmeId: ID!) {
    refreshProgrammeInsights(programmeId: $programmeId) {
      ...ProgrammeInsightsFields
    }
  }
`);

export const InsightsLiveCountersFieldsFragment = graphql(`
  fragment InsightsLiveCountersFields on InsightsLiveCounters {
    programmeId
    at
    intents
    bids
    deals
    signed
    liveRoadshowId
  }
`);

export const ProgrammeLiveCountersQuery = graphql(`
  query ProgrammeLiveCounters($programmeId: ID!) {
    programmeLiveCounters(programmeId: $programmeId) {
      ...InsightsLiveCountersFields
    }
  }
`);

export const ProgrammeInsightsUpdatedSubscription = graphql(`
  subscription ProgrammeInsightsUpdated($programmeId: ID!) {
    programmeInsightsUpdated(programmeId: $programmeId) {
      ...InsightsLiveCountersFields
    }
  }
`);
