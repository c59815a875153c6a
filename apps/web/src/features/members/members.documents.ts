import { graphql } from '../../gql';

/*
 * The member and invitation operations, as codegen reads them. Code imports the generated constants
 * instead (`MembersDocument`, … from src/gql/graphql), which tree-shake (see identity.documents.ts).
 */

export const MembersQuery = graphql(`
  query Members($first: Int, $after: String) {
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
          email
          displayName
          roles
          joinedAt
        }
      }
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations($first: Int, $after: String) {
    invitations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          email
          roles
          status
          expiresAt
          createdAt
        }
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      roles
      status
      expiresAt
      createdAt
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

export const UpdateMemberRolesMutation = graphql(`
  mutation UpdateMemberRoles($userId: ID!, $roles: [Role!]!) {
    updateMemberRoles(userId: $userId, roles: $roles) {
      userId
      roles
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($userId: ID!) {
    removeMember(userId: $userId)
  }
`);
