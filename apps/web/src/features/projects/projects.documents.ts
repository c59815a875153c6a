import { graphql } from '../../gql';

/*
 * The applicant's project operations, as codegen reads them. Code imports the generated constants
 * instead (`ProjectDocument`, … from src/gql/graphql), which tree-shake (see identity.documents.ts).
 */

export const ApplicantProgrammeFieldsFragment = graphql(`
  fragment ApplicantProgrammeFields on Programme {
    id
    status
    title {
      zh
      en
    }
    description {
      zh
      en
    }
    sectors {
      code
      nameZh
      nameEn
    }
    mandatoryCans
    currency
    opensAt
    closesAt
    timeZone
    acceptingSubmissions
  }
`);

export const ApplicantProjectFieldsFragment = graphql(`
  fragment ApplicantProjectFields on Project {
    id
    programmeId
    version
    status
    source
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
    sector {
      code
      nameZh
      nameEn
    }
    trl
    ipStatus
    cooperationModes
    fundingAsk {
      amount
      currency
    }
    team
    contactName
    contactEmail
    contactPhone
    presenterTimeZone
    availability {
      startsAt
      endsAt
    }
    selfAssessment {
      can
      claim
      evidence
    }
    attachmentFileIds
    attachments {
      id
      filename
      contentType
      sizeBytes
      url
    }
    missingForSubmission {
      field
      message
    }
    submittedAt
    createdAt
    updatedAt
  }
`);

export const ApplicantProgrammesQuery = graphql(`
  query ApplicantProgrammes($first: Int) {
    programmes(first: $first) {
      totalCount
      edges {
        node {
          ...ApplicantProgrammeFields
        }
      }
    }
  }
`);

export const ApplicantProgrammeQuery = graphql(`
  query ApplicantProgramme($id: ID!) {
    programme(id: $id) {
      ...ApplicantProgrammeFields
    }
  }
`);

export const MyProjectsQuery = graphql(`
  query MyProjects($programmeId: ID!, $first: Int) {
    projects(programmeId: $programmeId, first: $first, orderBy: RECENTLY_UPDATED) {
      totalCount
      edges {
        node {
          id
          programmeId
          version
          status
          title {
            zh
            en
          }
          organizationName
          updatedAt
          submittedAt
          missingForSubmission {
            field
            message
          }
        }
      }
    }
  }
`);

export const ApplicantProjectQuery = graphql(`
  query ApplicantProject($id: ID!) {
    project(id: $id) {
      ...ApplicantProjectFields
      timeline {
        at
        fromStatus
        toStatus
        actorName
        actorUserId
        note
      }
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($programmeId: ID!, $input: ProjectInput!) {
    createProject(programmeId: $programmeId, input: $input) {
      ...ApplicantProjectFields
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $input: ProjectInput!, $expectedVersion: Int) {
    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ApplicantProjectFields
    }
  }
`);

export const SubmitProjectMutation = graphql(`
  mutation SubmitProject($id: ID!) {
    submitProject(id: $id) {
      ...ApplicantProjectFields
      timeline {
        at
        fromStatus
        toStatus
        actorName
        actorUserId
        note
      }
    }
  }
`);

export const WithdrawProjectMutation = graphql(`
  mutation WithdrawProject($id: ID!, $reason: String) {
    withdrawProject(id: $id, reason: $reason) {
      ...ApplicantProjectFields
      timeline {
        at
        fromStatus
        toStatus
        actorName
        actorUserId
        note
      }
    }
  }
`);
