import { graphql } from '../../gql';

/*
 * Invitation acceptance and password reset, as codegen reads them. Code imports the generated
 * constants instead (`AcceptInvitationDocument`, … from src/gql/graphql), which tree-shake
 * (see identity.documents.ts).
 */

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      organizationName
      email
      roles
      expiresAt
      accountExists
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!, $locale: String) {
    requestPasswordReset(email: $email, locale: $locale)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);
