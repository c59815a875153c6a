import { graphql } from '../../gql';

/*
 * What reviewers and applicants read of screening: the reviewer's assignments and reviews, and released
 * feedback. Code imports the generated constants from src/gql/graphql.
 */

export const ProjectFeedbackQuery = graphql(`
  query ProjectFeedback($projectId: ID!) {
    projectFeedback(projectId: $projectId) {
      roundOrdinal
      releasedAt
      text {
        zh
        en
      }
    }
  }
`);

export const ReviewFieldsFragment = graphql(`
  fragment ReviewFields on Review {
    id
    assignmentId
    status
    scores {
      criterion
      score
    }
    verdicts {
      can
      verdict
      note
    }
    recommendation
    comment
    submittedAt
    updatedAt
  }
`);

export const AssignmentSummaryFieldsFragment = graphql(`
  fragment AssignmentSummaryFields on Assignment {
    id
    roundId
    projectId
    conflictDeclared
    project {
      id
      title {
        zh
        en
      }
      sectorCode
      sectorName {
        zh
        en
      }
      country
    }
    review {
      id
      status
    }
  }
`);

export const MyAssignmentsQuery = graphql(`
  query MyAssignments($roundId: ID, $first: Int, $after: String) {
    myAssignments(roundId: $roundId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AssignmentSummaryFields
          round {
            id
            ordinal
            status
            deadline
            programmeId
            programmeTitle {
              zh
              en
            }
          }
        }
      }
    }
  }
`);

export const NextAssignmentQuery = graphql(`
  query NextAssignment($roundId: ID) {
    nextAssignment(roundId: $roundId) {
      id
    }
  }
`);

export const AssignmentFieldsFragment = graphql(`
  fragment AssignmentFields on Assignment {
    id
    roundId
    projectId
    conflictDeclared
    round {
      id
      ordinal
      status
      deadline
      cans
      criteria
      scaleMin
      scaleMax
      programmeId
      programmeTitle {
        zh
        en
      }
      rubric {
        code
        nameZh
        nameEn
        weight
      }
    }
    project {
      id
      title {
        zh
        en
      }
      summary {
        zh
        en
      }
      sectorCode
      sectorName {
        zh
        en
      }
      country
      organizationName
      trl
      ipStatus
      cooperationModes
      fundingAsk {
        amount
        currency
      }
      team
      selfAssessment {
        can
        claim
        evidence
      }
      attachments {
        id
        filename
        contentType
        sizeBytes
        url
      }
    }
    review {
      ...ReviewFields
    }
  }
`);

export const AssignmentQuery = graphql(`
  query Assignment($id: ID!) {
    assignment(id: $id) {
      ...AssignmentFields
    }
  }
`);

export const DeclareNoConflictMutation = graphql(`
  mutation DeclareNoConflict($assignmentId: ID!) {
    declareNoConflict(assignmentId: $assignmentId) {
      ...AssignmentFields
    }
  }
`);

export const DeclareConflictMutation = graphql(`
  mutation DeclareConflict($assignmentId: ID!, $reason: String!) {
    declareConflict(assignmentId: $assignmentId, reason: $reason) {
      ...AssignmentFields
    }
  }
`);

export const SaveReviewMutation = graphql(`
  mutation SaveReview($assignmentId: ID!, $input: ReviewInput!) {
    saveReview(assignmentId: $assignmentId, input: $input) {
      ...ReviewFields
    }
  }
`);

export const SubmitReviewMutation = graphql(`
  mutation SubmitReview($assignmentId: ID!) {
    submitReview(assignmentId: $assignmentId) {
      ...ReviewFields
    }
  }
`);
