import { graphql } from '../../gql';

/*
 * Screening operations as codegen reads them; code imports the generated constants
 * (`ScreeningRoundsDocument`, … from src/gql/graphql).
 */

export const ReviewerProfileFieldsFragment = graphql(`
  fragment ReviewerProfileFields on ReviewerProfile {
    id
    userId
    email
    displayName
    sectors
    languages
    country
    affiliation
    emailDomain
    maxLoad
    activeAssignments
  }
`);

export const ReviewerProfilesQuery = graphql(`
  query ReviewerProfiles($first: Int, $after: String, $search: String) {
    reviewerProfiles(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ReviewerProfileFields
        }
      }
    }
  }
`);

export const InviteReviewerMutation = graphql(`
  mutation InviteReviewer($input: InviteReviewerInput!) {
    inviteReviewer(input: $input) {
      ...ReviewerProfileFields
    }
  }
`);

export const UpdateReviewerProfileMutation = graphql(`
  mutation UpdateReviewerProfile($id: ID!, $input: ReviewerProfileInput!) {
    updateReviewerProfile(id: $id, input: $input) {
      ...ReviewerProfileFields
    }
  }
`);

export const ScreeningRoundFieldsFragment = graphql(`
  fragment ScreeningRoundFields on ScreeningRound {
    id
    programmeId
    ordinal
    status
    cans
    criteria
    reviewersPerProject
    maxLoad
    deadline
    lastRound
    advanceRule {
      kind
      n
      minScore
    }
    projectCount
    assignmentCount
    submittedReviewCount
    assignmentJob {
      state
      progress
      message
    }
    openedAt
    closedAt
    decidedAt
    createdAt
  }
`);

export const ScreeningRoundsQuery = graphql(`
  query ScreeningRounds($programmeId: ID!) {
    screeningRounds(programmeId: $programmeId) {
      ...ScreeningRoundFields
    }
  }
`);

export const ScreeningRoundQuery = graphql(`
  query ScreeningRound($id: ID!) {
    screeningRound(id: $id) {
      ...ScreeningRoundFields
    }
  }
`);

export const CreateScreeningRoundMutation = graphql(`
  mutation CreateScreeningRound($input: ScreeningRoundInput!) {
    createScreeningRound(input: $input) {
      ...ScreeningRoundFields
    }
  }
`);

export const UpdateScreeningRoundMutation = graphql(`
  mutation UpdateScreeningRound($id: ID!, $input: ScreeningRoundUpdateInput!) {
    updateScreeningRound(id: $id, input: $input) {
      ...ScreeningRoundFields
    }
  }
`);

export const OpenScreeningRoundMutation = graphql(`
  mutation OpenScreeningRound($id: ID!) {
    openScreeningRound(id: $id) {
      ...ScreeningRoundFields
    }
  }
`);

export const CloseScreeningRoundMutation = graphql(`
  mutation CloseScreeningRound($id: ID!) {
    closeScreeningRound(id: $id) {
      ...ScreeningRoundFields
    }
  }
`);

export const DecideScreeningRoundMutation = graphql(`
  mutation DecideScreeningRound($id: ID!) {
    decideScreeningRound(id: $id) {
      ...ScreeningRoundFields
    }
  }
`);

export const ExportRoundResultsMutation = graphql(`
  mutation ExportRoundResults($roundId: ID!, $locale: String) {
    exportRoundResults(roundId: $roundId, locale: $locale) {
      url
      filename
    }
  }
`);

export const AssignmentPreviewQuery = graphql(`
  query AssignmentPreview($roundId: ID!) {
    assignmentPreview(roundId: $roundId) {
      feasible
      needed
      capacity
      shortfall
      message
      projectCount
      newConflicts
      loads {
        load
        maxLoad
        sectorMatches
        reviewer {
          id
          displayName
          email
        }
      }
      blockedProjects {
        projectId
        eligibleReviewers
        title {
          zh
          en
        }
      }
    }
  }
`);

export const ConflictsQuery = graphql(`
  query Conflicts($roundId: ID, $programmeId: ID, $status: ConflictStatus, $first: Int, $after: String) {
    conflicts(roundId: $roundId, programmeId: $programmeId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          source
          status
          reason
          createdAt
          resolvedAt
          projectId
          assignmentId
          projectTitle {
            zh
            en
          }
          reviewer {
            id
            displayName
            email
            affiliation
          }
        }
      }
    }
  }
`);

export const ResolveConflictMutation = graphql(`
  mutation ResolveConflict($id: ID!, $resolution: ConflictResolution!) {
    resolveConflict(id: $id, resolution: $resolution) {
      id
      status
      resolvedAt
    }
  }
`);

export const AddConflictMutation = graphql(`
  mutation AddConflict($reviewerProfileId: ID!, $projectId: ID!, $reason: String!) {
    addConflict(reviewerProfileId: $reviewerProfileId, projectId: $projectId, reason: $reason) {
      id
    }
  }
`);

export const ReviewerProgressQuery = graphql(`
  query ReviewerProgress($roundId: ID!) {
    reviewerProgress(roundId: $roundId) {
      assigned
      declared
      drafts
      submitted
      reviewer {
        id
        displayName
        email
        maxLoad
      }
    }
  }
`);

export const RoundAssignmentsQuery = graphql(`
  query RoundAssignments($roundId: ID!, $vacantOnly: Boolean, $first: Int, $after: String) {
    roundAssignments(roundId: $roundId, vacantOnly: $vacantOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          projectId
          conflictDeclared
          project {
            id
            title {
              zh
              en
            }
          }
          reviewer {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const ReassignReviewMutation = graphql(`
  mutation ReassignReview($assignmentId: ID!, $reviewerProfileId: ID!) {
    reassignReview(assignmentId: $assignmentId, reviewerProfileId: $reviewerProfileId) {
      id
      reviewer {
        id
        displayName
      }
    }
  }
`);

export const RoundResultFieldsFragment = graphql(`
  fragment RoundResultFields on RoundResult {
    projectId
    rank
    title {
      zh
      en
    }
    country
    sectorCode
    organizationName
    rawMean
    normalised
    disagreement
    reviewCount
    minReviewerScore
    perCriterion {
      criterion
      score
    }
    gate {
      passed
      failedCans
    }
    proposed
    decision
    reasonCode
    override {
      decision
      reason
      by
      at
    }
  }
`);

export const RoundResultsQuery = graphql(`
  query RoundResults($roundId: ID!, $first: Int, $after: String, $orderBy: RoundResultOrder) {
    roundResults(roundId: $roundId, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RoundResultFields
        }
      }
    }
  }
`);

export const RoundChartsQuery = graphql(`
  query RoundCharts($roundId: ID!) {
    roundScoreDistribution(roundId: $roundId) {
      from
      to
      raw
      normalised
    }
    reviewerLeniency(roundId: $roundId) {
      count
      meanRaw
      meanZ
      reviewer {
        id
        displayName
      }
    }
  }
`);

export const OverrideDecisionMutation = graphql(`
  mutation OverrideDecision($roundId: ID!, $projectId: ID!, $decision: Decision!, $reason: String!) {
    overrideDecision(roundId: $roundId, projectId: $projectId, decision: $decision, reason: $reason) {
      ...RoundResultFields
    }
  }
`);

export const ReleaseFeedbackMutation = graphql(`
  mutation ReleaseFeedback($roundId: ID!, $projectId: ID!, $text: LocalizedTextInput!) {
    releaseFeedback(roundId: $roundId, projectId: $projectId, text: $text) {
      roundOrdinal
      releasedAt
    }
  }
`);
