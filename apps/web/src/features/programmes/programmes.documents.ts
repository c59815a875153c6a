import { graphql } from '../../gql';

/*
 * The programme, channel, project-list and import operations, as codegen reads them. Code imports the
 * generated constants instead (`ProgrammesDocument`, … from src/gql/graphql), which tree-shake.
 */

export const ProgrammeFieldsFragment = graphql(`
  fragment ProgrammeFields on Programme {
    id
    status
    acceptingSubmissions
    title {
      zh
      en
    }
    description {
      zh
      en
    }
    timeZone
    opensAt
    closesAt
    sectors {
      code
      nameZh
      nameEn
    }
    mandatoryCans
    rubric {
      code
      nameZh
      nameEn
      weight
    }
    rubricScale
    handbookSize
    roadshowSize
    currency
    createdAt
    updatedAt
  }
`);

export const ProgrammesQuery = graphql(`
  query Programmes($first: Int, $after: String, $status: ProgrammeStatus) {
    programmes(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ProgrammeFields
        }
      }
    }
  }
`);

export const ProgrammeQuery = graphql(`
  query Programme($id: ID!) {
    programme(id: $id) {
      ...ProgrammeFields
    }
  }
`);

export const CreateProgrammeMutation = graphql(`
  mutation CreateProgramme($input: ProgrammeInput!) {
    createProgramme(input: $input) {
      ...ProgrammeFields
    }
  }
`);

export const UpdateProgrammeMutation = graphql(`
  mutation UpdateProgramme($id: ID!, $input: ProgrammeInput!) {
    updateProgramme(id: $id, input: $input) {
      ...ProgrammeFields
    }
  }
`);

export const OpenProgrammeMutation = graphql(`
  mutation OpenProgramme($id: ID!) {
    openProgramme(id: $id) {
      ...ProgrammeFields
    }
  }
`);

export const CloseProgrammeMutation = graphql(`
  mutation CloseProgramme($id: ID!) {
    closeProgramme(id: $id) {
      ...ProgrammeFields
    }
  }
`);

export const ArchiveProgrammeMutation = graphql(`
  mutation ArchiveProgramme($id: ID!) {
    archiveProgramme(id: $id) {
      ...ProgrammeFields
    }
  }
`);

export const ChannelFieldsFragment = graphql(`
  fragment ChannelFields on Channel {
    id
    name {
      zh
      en
    }
    kind
    country
    contactEmail
    createdAt
    members {
      email
      invitedAt
      joined
    }
  }
`);

export const ChannelsQuery = graphql(`
  query Channels($first: Int, $after: String) {
    channels(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ChannelFields
        }
      }
    }
  }
`);

export const CreateChannelMutation = graphql(`
  mutation CreateChannel($input: ChannelInput!) {
    createChannel(input: $input) {
      ...ChannelFields
    }
  }
`);

export const UpdateChannelMutation = graphql(`
  mutation UpdateChannel($id: ID!, $input: ChannelInput!) {
    updateChannel(id: $id, input: $input) {
      ...ChannelFields
    }
  }
`);

export const InviteChannelMemberMutation = graphql(`
  mutation InviteChannelMember($input: InviteChannelMemberInput!) {
    inviteChannelMember(input: $input) {
      email
      invitedAt
      joined
    }
  }
`);

export const NominateProjectMutation = graphql(`
  mutation NominateProject($programmeId: ID!, $input: NominationInput!) {
    nominateProject(programmeId: $programmeId, input: $input) {
      id
      status
      applicantEmail
    }
  }
`);

export const ChannelYieldsQuery = graphql(`
  query ChannelYields($programmeId: ID!) {
    channelYields(programmeId: $programmeId) {
      channel {
        id
        name {
          zh
          en
        }
        kind
        country
      }
      nominated
      submitted
      inScreening
      shortlisted
      inRoadshow
      rejected
      withdrawn
    }
  }
`);

export const ProgrammeProjectsQuery = graphql(`
  query ProgrammeProjects($programmeId: ID!, $filter: ProjectFilter, $first: Int, $after: String) {
    projects(programmeId: $programmeId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title {
            zh
            en
          }
          organizationName
          country
          sectorCode
          channel {
            id
            name {
              zh
              en
            }
          }
          trl
          status
          source
          submittedAt
        }
      }
    }
  }
`);

export const ExportProjectsMutation = graphql(`
  mutation ExportProjects(
    $programmeId: ID!
    $filter: ProjectFilter
    $format: SpreadsheetFormat!
    $locale: String
  ) {
    exportProjects(programmeId: $programmeId, filter: $filter, format: $format, locale: $locale) {
      id
      filename
      url
      contentType
      sizeBytes
    }
  }
`);

export const ProjectImportTemplateMutation = graphql(`
  mutation ProjectImportTemplate($programmeId: ID!, $format: SpreadsheetFormat!) {
    projectImportTemplate(programmeId: $programmeId, format: $format) {
      id
      filename
      url
    }
  }
`);

export const ProjectImportFieldsFragment = graphql(`
  fragment ProjectImportFields on ProjectImport {
    id
    programmeId
    channelId
    mode
    status
    totalRows
    processedRows
    createdCount
    errorRowCount
    duplicateCount
    failureMessage
    reportFileId
    createdAt
    startedAt
    finishedAt
  }
`);

export const StartProjectImportMutation = graphql(`
  mutation StartProjectImport($programmeId: ID!, $fileId: ID!, $mode: ImportMode!, $channelId: ID) {
    startProjectImport(programmeId: $programmeId, fileId: $fileId, mode: $mode, channelId: $channelId) {
      ...ProjectImportFields
    }
  }
`);

export const ProjectImportQuery = graphql(`
  query ProjectImport($id: ID!) {
    projectImport(id: $id) {
      ...ProjectImportFields
      problems {
        rowNumber
        field
        value
        message
      }
    }
  }
`);

export const ProjectImportsQuery = graphql(`
  query ProjectImports($programmeId: ID!, $first: Int, $after: String) {
    projectImports(programmeId: $programmeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ProjectImportFields
        }
      }
    }
  }
`);
