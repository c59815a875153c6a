import { graphql } from '../../gql';

/*
 * Matchmaking operations as codegen reads them; code imports the generated constants
 * (`RecommendedProjectsDocument`, … from src/gql/graphql).
 */

export const MoneyFieldsFragment = graphql(`
  fragment MoneyFields on Money {
    amount
    currency
  }
`);

export const PartnerProjectFieldsFragment = graphql(`
  fragment PartnerProjectFields on PartnerProject {
    id
    programmeId
    status
    title {
      zh
      en
    }
    summary {
      zh
      en
    }
    organizationName
    country
    sectorCode
    trl
    cooperationModes
    fundingAsk {
      ...MoneyFields
    }
  }
`);

export const MatchReasonFieldsFragment = graphql(`
  fragment MatchReasonFields on MatchReason {
    code
    outcome
    points
    weight
    detail
  }
`);

export const PartnerSummaryFieldsFragment = graphql(`
  fragment PartnerSummaryFields on Partner {
    id
    kind
    country
    name {
      zh
      en
    }
    interests {
      sectors
      trlMin
      trlMax
      cooperationModes
      regions
      ticketMin {
        ...MoneyFields
      }
      ticketMax {
        ...MoneyFields
      }
    }
    park {
      availableSpaceM2
      chainFocus
      incentives
    }
  }
`);

export const IntentFieldsFragment = graphql(`
  fragment IntentFields on MatchIntent {
    id
    partnerId
    partnerName {
      zh
      en
    }
    projectId
    projectTitle {
      zh
      en
    }
    kind
    level
    source
    note
    amount {
      ...MoneyFields
    }
    committedAt
    updatedAt
    version
  }
`);

export const BidTermsFieldsFragment = graphql(`
  fragment BidTermsFields on BidTerms {
    investment {
      ...MoneyFields
    }
    equityPercent
    spaceM2
    rentFreeMonths
    subsidy {
      ...MoneyFields
    }
    otherTerms
    validUntil
  }
`);

export const BidFieldsFragment = graphql(`
  fragment BidFields on Bid {
    id
    partnerId
    partnerName {
      zh
      en
    }
    projectId
    projectTitle {
      zh
      en
    }
    status
    revision
    version
    terms {
      ...BidTermsFields
    }
    history {
      revision
      createdAt
      terms {
        ...BidTermsFields
      }
    }
    responseMessage
    closedAt
    createdAt
    updatedAt
  }
`);

export const DealCardFieldsFragment = graphql(`
  fragment DealCardFields on Deal {
    id
    stage
    partnerId
    partnerName {
      zh
      en
    }
    projectId
    projectTitle {
      zh
      en
    }
    ownerUserId
    agreementId
    nextStep
    nextStepAt
    lastActivityAt
    dropReason
    droppedFrom
    meetingAt
    ndaFileId
    mouFileId
    version
    updatedAt
  }
`);

export const AgreementFieldsFragment = graphql(`
  fragment AgreementFields on Agreement {
    id
    dealId
    dealStage
    projectId
    projectTitle {
      zh
      en
    }
    partnerId
    partnerName {
      zh
      en
    }
    kind
    parties
    ceremonyId
    ceremonyTitle {
      zh
      en
    }
    signedAt
    committed {
      ...MoneyFields
    }
    realised {
      ...MoneyFields
    }
    realisedAt
    registeredEntity
    landingPartnerId
    jobsCreated
    documentFileIds
  }
`);

export const CeremonyFieldsFragment = graphql(`
  fragment CeremonyFields on SigningCeremony {
    id
    title {
      zh
      en
    }
    mode
    heldAt
    timeZone
    venue
    agreementCount
    committed {
      ...MoneyFields
    }
    missingRates
  }
`);

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

/* Pipeline and deals. */

export const DealsQuery = graphql(`
  query Deals($filter: DealsFilter, $first: Int, $after: String) {
    deals(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DealCardFields
        }
      }
    }
  }
`);

export const DealStageCountsQuery = graphql(`
  query DealStageCounts($filter: DealsFilter) {
    dealStageCounts(filter: $filter) {
      stage
      count
    }
  }
`);

export const DealQuery = graphql(`
  query Deal($id: ID!) {
    deal(id: $id) {
      ...DealCardFields
      activities {
        id
        kind
        note
        nextStepAt
        createdBy
        createdAt
      }
    }
  }
`);

export const MoveDealMutation = graphql(`
  mutation MoveDeal($id: ID!, $input: MoveDealInput!) {
    moveDeal(id: $id, input: $input) {
      ...DealCardFields
    }
  }
`);

export const LogDealActivityMutation = graphql(`
  mutation LogDealActivity($id: ID!, $input: DealActivityInput!) {
    logDealActivity(id: $id, input: $input) {
      ...DealCardFields
      activities {
        id
        kind
        note
        nextStepAt
        createdBy
        createdAt
      }
    }
  }
`);

/* Agreements and ceremonies (organizers). */

export const AgreementsQuery = graphql(`
  query Agreements($ceremonyId: ID, $first: Int, $after: String) {
    agreements(ceremonyId: $ceremonyId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AgreementFields
        }
      }
    }
  }
`);

export const AgreementsSummaryQuery = graphql(`
  query AgreementsSummary {
    agreementsSummary {
      count
      landed
      missingRates
      committed {
        ...MoneyFields
      }
      realised {
        ...MoneyFields
      }
    }
  }
`);

export const CeremoniesQuery = graphql(`
  query Ceremonies($first: Int, $after: String) {
    ceremonies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CeremonyFields
        }
      }
    }
  }
`);

export const CeremonyQuery = graphql(`
  query Ceremony($id: ID!) {
    ceremony(id: $id) {
      ...CeremonyFields
    }
  }
`);

export const CreateCeremonyMutation = graphql(`
  mutation CreateCeremony($input: CeremonyInput!) {
    createCeremony(input: $input) {
      ...CeremonyFields
    }
  }
`);

export const RecordAgreementMutation = graphql(`
  mutation RecordAgreement($input: RecordAgreementInput!) {
    recordAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);

export const RecordRealisationMutation = graphql(`
  mutation RecordRealisation($id: ID!, $input: RealisationInput!) {
    recordRealisation(id: $id, input: $input) {
      ...AgreementFields
    }
  }
`);
