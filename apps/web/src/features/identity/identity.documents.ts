import { graphql } from '../../gql';

/*
 * The identity operations, as codegen reads them. Code imports the generated constants instead
 * (`SignUpDocument`, … from src/gql/graphql): they tree-shake, while importing these graphql() results
 * would pull the map of every document in the app into the first screen (the session code is in it).
 */

export const MeFieldsFragment = graphql(`
  fragment MeFields on Me {
    user {
      id
      email
      displayName
      locale
      timeZone
    }
    organization {
      id
      name
      defaultLocale
      timeZone
    }
    roles
    memberships {
      organization {
        id
        name
      }
      roles
    }
  }
`);

export const AuthPayloadFieldsFragment = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    me {
      ...MeFields
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut($refreshToken: String!) {
    logOut(refreshToken: $refreshToken)
  }
`);

export const SwitchOrganizationMutation = graphql(`
  mutation SwitchOrganization($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      ...AuthPayloadFields
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...MeFields
    }
  }
`);
