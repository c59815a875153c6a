import { graphql } from '../../gql';

/* Operations of the partner home, the market project page and the bid comparison (fragments in matching.documents.ts); code imports the generated constants from src/gql/graphql. */

/* Partner home. */

export const MyPartnersQuery = graphql(`
  query MyPartners($first: Int, $search: String, $kind: PartnerKind) {
    partners(first: $first, search: $search, kind: $kind) {
      totalCount
      edges {
        node {
          ...PartnerSummaryFields
        }
      }
    }
  }
`);

export const RecommendedProjectsQuery = graphql(`
  query RecommendedProjects($partnerId: ID!, $first: Int) {
    recommendedProjects(partnerId: $partnerId, first: $first) {
      score
      reasons {
        ...MatchReasonFields
      }
      project {
        ...PartnerProjectFields
      }
    }
  }
`);

export const PublishedProjectsQuery = graphql(`
  query PublishedProjects($first: Int, $after: String, $filter: PublishedProjectsFilter) {
    publishedProjects(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PartnerProjectFields
        }
      }
    }
  }
`);

export const SavedProjectsQuery = graphql(`
  query SavedProjects($partnerId: ID!, $first: Int, $after: String) {
    savedProjects(partnerId: $partnerId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PartnerProjectFields
        }
      }
    }
  }
`);

export const IntentsQuery = graphql(`
  query Intents($partnerId: ID, $projectId: ID, $first: Int, $after: String) {
    intents(partnerId: $partnerId, projectId: $projectId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...IntentFields
        }
      }
    }
  }
`);

export const BidsQuery = graphql(`
  query Bids($partnerId: ID, $projectId: ID, $status: BidStatus, $first: Int, $after: String) {
    bids(partnerId: $partnerId, projectId: $projectId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BidFields
        }
      }
    }
  }
`);

/* A published project as partners (and organizers) see it. */

export const MarketProjectQuery = graphql(`
  query MarketProject($id: ID!) {
    publishedProject(id: $id) {
      ...PartnerProjectFields
    }
  }
`);

export const PartnerProjectStatusFieldsFragment = graphql(`
  fragment PartnerProjectStatusFields on PartnerProjectStatus {
    partnerId
    projectId
    saved
    notInterested
    intents {
      ...IntentFields
    }
    bid {
      ...BidFields
    }
    deal {
      ...DealCardFields
    }
  }
`);

export const PartnerProjectStatusQuery = graphql(`
  query PartnerProjectStatus($partnerId: ID!, $projectId: ID!) {
    partnerProjectStatus(partnerId: $partnerId, projectId: $projectId) {
      ...PartnerProjectStatusFields
    }
  }
`);

export const SaveProjectMutation = graphql(`
  mutation SaveProject($partnerId: ID!, $projectId: ID!, $saved: Boolean) {
    saveProject(partnerId: $partnerId, projectId: $projectId, saved: $saved) {
      ...PartnerProjectStatusFields
    }
  }
`);

export const MarkNotInterestedMutation = graphql(`
  mutation MarkNotInterested($partnerId: ID!, $projectId: ID!, $notInterested: Boolean) {
    markNotInterested(partnerId: $partnerId, projectId: $projectId, notInterested: $notInterested) {
      id
    }
  }
`);

export const RecordIntentMutation = graphql(`
  mutation RecordIntent($input: RecordIntentInput!) {
    recordIntent(input: $input) {
      ...IntentFields
    }
  }
`);

export const UpdateIntentMutation = graphql(`
  mutation UpdateIntent($id: ID!, $input: UpdateIntentInput!) {
    updateIntent(id: $id, input: $input) {
      ...IntentFields
    }
  }
`);

export const PlaceBidMutation = graphql(`
  mutation PlaceBid($input: PlaceBidInput!) {
    placeBid(input: $input) {
      ...BidFields
    }
  }
`);

export const ReviseBidMutation = graphql(`
  mutation ReviseBid($id: ID!, $input: BidTermsInput!, $version: Int) {
    reviseBid(id: $id, input: $input, version: $version) {
      ...BidFields
    }
  }
`);

export const WithdrawBidMutation = graphql(`
  mutation WithdrawBid($id: ID!) {
    withdrawBid(id: $id) {
      ...BidFields
    }
  }
`);

/* Organizers: who fits a project. */

export const RecommendedPartnersQuery = graphql(`
  query RecommendedPartners($projectId: ID!, $first: Int) {
    recommendedPartners(projectId: $projectId, first: $first) {
      score
      reasons {
        ...MatchReasonFields
      }
      partner {
        ...PartnerSummaryFields
      }
    }
  }
`);

/* Bid comparison (applicant and organizers). */

export const ProjectBidsQuery = graphql(`
  query ProjectBids($projectId: ID!, $currency: String) {
    projectBids(projectId: $projectId, currency: $currency) {
      projectId
      currency
      missingRates
      rows {
        best
        missingRate
        investment {
          ...MoneyFields
        }
        subsidy {
          ...MoneyFields
        }
        total {
          ...MoneyFields
        }
        impliedValuation {
          ...MoneyFields
        }
        bid {
          ...BidFields
        }
      }
    }
  }
`);

export const RespondToBidMutation = graphql(`
  mutation RespondToBid($id: ID!, $answer: BidAnswer!, $message: String) {
    respondToBid(id: $id, answer: $answer, message: $message) {
      ...BidFields
    }
  }
`);

export const FxRatesQuery = graphql(`
  query FxRates {
    fxRates {
      base
      rates {
        currency
        rate
        updatedAt
      }
    }
  }
`);

export const SetFxRateMutation = graphql(`
  mutation SetFxRate($input: FxRateInput!) {
    setFxRate(input: $input) {
      base
      rates {
        currency
        rate
        updatedAt
      }
    }
  }
`);
