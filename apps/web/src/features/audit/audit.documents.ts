import { graphql } from '../../gql';

/* The audit trail's operations, as codegen reads them; code imports the generated constants from src/gql/graphql. */

export const AuditEventFields = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    action
    objectType
    objectId
    actorUserId
    actorName
    summary
    createdAt
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditEvents(
    $action: String
    $objectType: String
    $objectId: String
    $actorUserId: ID
    $actorKind: AuditActorKind
    $from: DateTime
    $to: DateTime
    $first: Int
    $after: String
  ) {
    auditEvents(
      action: $action
      objectType: $objectType
      objectId: $objectId
      actorUserId: $actorUserId
      actorKind: $actorKind
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AuditEventFields
        }
      }
    }
  }
`);

export const ProjectHistoryQuery = graphql(`
  query ProjectHistory($projectId: ID!, $first: Int, $after: String) {
    projectHistory(projectId: $projectId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AuditEventFields
        }
      }
    }
  }
`);

export const ExportAuditEventsMutation = graphql(`
  mutation ExportAuditEvents(
    $action: String
    $objectType: String
    $objectId: String
    $actorUserId: ID
    $actorKind: AuditActorKind
    $from: DateTime
    $to: DateTime
    $projectId: ID
  ) {
    exportAuditEvents(
      action: $action
      objectType: $objectType
      objectId: $objectId
      actorUserId: $actorUserId
      actorKind: $actorKind
      from: $from
      to: $to
      projectId: $projectId
    ) {
      fileId
      filename
      rows
    }
  }
`);

/** The organisation's members, for the actor filter. */
export const AuditActorsQuery = graphql(`
  query AuditActors($first: Int, $after: String) {
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          userId
          displayName
          email
        }
      }
    }
  }
`);
