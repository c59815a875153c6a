/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  /** Required for a new account. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  /** New accounts choose it (at least 10 characters); existing accounts confirm theirs. */
  password: Scalars['String']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

/** The caller as the API sees it: from the access token, no database read. */
export type Actor = {
  __typename?: 'Actor';
  organizationId: Scalars['ID']['output'];
  roles: Array<Role>;
  userId: Scalars['ID']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <accessToken>`; valid for 15 minutes. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  me: Me;
  /** Single use: exchange it with refreshSession for a new pair. */
  refreshToken: Scalars['String']['output'];
};

export type ComponentHealth = {
  __typename?: 'ComponentHealth';
  detail: Maybe<Scalars['String']['output']>;
  latencyMs: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  status: HealthState;
};

export type HealthState =
  | 'DOWN'
  | 'UP';

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  roles: Array<Role>;
  status: InvitationStatus;
};

export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  edges: Array<InvitationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  cursor: Scalars['String']['output'];
  node: Invitation;
};

/** What the holder of an invitation link may see before accepting. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** True when the e-mail already has an account: accept with its password. */
  accountExists: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  organizationName: Scalars['String']['output'];
  roles: Array<Role>;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  /** Language of the invitation e-mail (default: the organisation’s). */
  locale?: InputMaybe<Scalars['String']['input']>;
  roles: Array<Role>;
};

export type LogInInput = {
  email: Scalars['String']['input'];
  /** Open this organisation (default: the last one used). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
};

/** The signed-in user, the organisation the token is for, and all memberships. */
export type Me = {
  __typename?: 'Me';
  memberships: Array<OrganizationMembership>;
  organization: Organization;
  roles: Array<Role>;
  user: User;
};

export type Member = {
  __typename?: 'Member';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  joinedAt: Scalars['DateTime']['output'];
  roles: Array<Role>;
  userId: Scalars['ID']['output'];
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptInvitation: AuthPayload;
  /** E-mails a single-use link valid for 7 days; replaces a pending one. */
  inviteMember: Invitation;
  logIn: AuthPayload;
  /** Revokes the refresh token and every rotation of it. */
  logOut: Scalars['Boolean']['output'];
  /** Exchanges a refresh token (once) for a new token pair. */
  refreshSession: AuthPayload;
  /** Removes the member and ends their sessions in this organisation. */
  removeMember: Scalars['Boolean']['output'];
  /** Always true: the answer never tells whether the e-mail has an account. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sets a new password and ends every session of the account. */
  resetPassword: Scalars['Boolean']['output'];
  revokeInvitation: Invitation;
  /** Creates an account and a new organisation it runs. */
  signUp: AuthPayload;
  /** A new session in another organisation the user belongs to. */
  switchOrganization: AuthPayload;
  updateMemberRoles: Member;
  updateProfile: Me;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationLogOutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSwitchOrganizationArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationUpdateMemberRolesArgs = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};

export type Organization = {
  __typename?: 'Organization';
  defaultLocale: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

export type OrganizationMembership = {
  __typename?: 'OrganizationMembership';
  organization: Organization;
  roles: Array<Role>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Who is calling, in which organisation, with which roles. */
  currentActor: Actor;
  invitationPreview: InvitationPreview;
  invitations: InvitationConnection;
  me: Me;
  members: MemberConnection;
  /** Whether the API can reach its database and queue. */
  systemStatus: SystemStatus;
};


export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a member may do in an organisation. */
export type Role =
  | 'APPLICANT'
  | 'CHANNEL'
  | 'COMMENTATOR'
  | 'ORGANIZER'
  | 'PARTNER'
  | 'REVIEWER';

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  locale?: Scalars['String']['input'];
  /** The new organisation this account will run. */
  organizationName: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone?: Scalars['String']['input'];
};

export type SystemStatus = {
  __typename?: 'SystemStatus';
  checkedAt: Scalars['DateTime']['output'];
  components: Array<ComponentHealth>;
  environment: Scalars['String']['output'];
  status: HealthState;
  version: Scalars['String']['output'];
};

export type UpdateProfileInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { __typename?: 'Query', systemStatus: { __typename?: 'SystemStatus', version: string, environment: string, status: HealthState, checkedAt: string, components: Array<{ __typename?: 'ComponentHealth', name: string, status: HealthState, detail: string | null, latencyMs: number | null }> } };


export const SystemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]}}]}}]} as unknown as DocumentNode<SystemStatusQuery, SystemStatusQueryVariables>;