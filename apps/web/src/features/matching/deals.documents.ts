import { graphql } from '../../gql';

/* Operations of the pipeline, deals, agreements, ceremonies and the FX table (fragments in matching.documents.ts); code imports the generated constants from src/gql/graphql. */

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
