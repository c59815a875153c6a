import { graphql } from '../../gql';

/*
 * Matchmaking fragments shared by market.documents.ts and deals.documents.ts; code imports the generated constants
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
