import { graphql } from '../../gql';

/* Bureau report operations as codegen reads them (`ProgrammeReportDocument`, … from src/gql/graphql). */

export const ProgrammeReportFieldsFragment = graphql(`
  fragment ProgrammeReportFields on ProgrammeReport {
    id
    programmeId
    status
    progress
    pdfFileId
    xlsxFileId
    error
    createdAt
    finishedAt
  }
`);

export const ProgrammeReportQuery = graphql(`
  query ProgrammeReport($id: ID!) {
    programmeReport(id: $id) {
      ...ProgrammeReportFields
    }
  }
`);

export const ProgrammeReportsQuery = graphql(`
  query ProgrammeReports($programmeId: ID!, $first: Int, $after: String) {
    programmeReports(programmeId: $programmeId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ProgrammeReportFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const GenerateProgrammeReportMutation = graphql(`
  mutation GenerateProgrammeReport($programmeId: ID!) {
    generateProgrammeReport(programmeId: $programmeId) {
      ...ProgrammeReportFields
    }
  }
`);
