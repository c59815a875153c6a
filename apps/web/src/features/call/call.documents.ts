import { graphql } from '../../gql';

/*
 * The public call operations, as codegen reads them. Code imports the generated constants instead
 * (`OpenCallsDocument`, … from src/gql/graphql), which tree-shake (see identity.documents.ts).
 */

export const OpenCallFieldsFragment = graphql(`
  fragment OpenCallFields on OpenCall {
    id
    organizationId
    organizationName
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
    opensAt
    closesAt
    timeZone
    acceptingSubmissions
  }
`);

export const OpenCallsQuery = graphql(`
  query OpenCalls {
    openCalls {
      ...OpenCallFields
    }
  }
`);

export const OpenCallQuery = graphql(`
  query OpenCall($id: ID!) {
    openCall(id: $id) {
      ...OpenCallFields
    }
  }
`);

export const SignUpApplicantMutation = graphql(`
  mutation SignUpApplicant($input: ApplicantSignUpInput!) {
    signUpApplicant(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const JoinAsApplicantMutation = graphql(`
  mutation JoinAsApplicant($organizationId: ID!) {
    joinAsApplicant(organizationId: $organizationId) {
      ...AuthPayloadFields
    }
  }
`);
