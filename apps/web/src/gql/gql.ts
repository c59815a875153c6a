/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment OpenCallFields on OpenCall {\n    id\n    organizationId\n    organizationName\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    opensAt\n    closesAt\n    timeZone\n    acceptingSubmissions\n  }\n": typeof types.OpenCallFieldsFragmentDoc,
    "\n  query OpenCalls {\n    openCalls {\n      ...OpenCallFields\n    }\n  }\n": typeof types.OpenCallsDocument,
    "\n  query OpenCall($id: ID!) {\n    openCall(id: $id) {\n      ...OpenCallFields\n    }\n  }\n": typeof types.OpenCallDocument,
    "\n  mutation SignUpApplicant($input: ApplicantSignUpInput!) {\n    signUpApplicant(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpApplicantDocument,
    "\n  mutation JoinAsApplicant($organizationId: ID!) {\n    joinAsApplicant(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.JoinAsApplicantDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      email\n      roles\n      expiresAt\n      accountExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!, $locale: String) {\n    requestPasswordReset(email: $email, locale: $locale)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment MeFields on Me {\n    user {\n      id\n      email\n      displayName\n      locale\n      timeZone\n    }\n    organization {\n      id\n      name\n      defaultLocale\n      timeZone\n    }\n    roles\n    memberships {\n      organization {\n        id\n        name\n      }\n      roles\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation LogOut($refreshToken: String!) {\n    logOut(refreshToken: $refreshToken)\n  }\n": typeof types.LogOutDocument,
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SwitchOrganizationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MeFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          userId\n          email\n          displayName\n          roles\n          joinedAt\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateMemberRoles($userId: ID!, $roles: [Role!]!) {\n    updateMemberRoles(userId: $userId, roles: $roles) {\n      userId\n      roles\n    }\n  }\n": typeof types.UpdateMemberRolesDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  fragment ProgrammeFields on Programme {\n    id\n    status\n    acceptingSubmissions\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    timeZone\n    opensAt\n    closesAt\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    rubric {\n      code\n      nameZh\n      nameEn\n      weight\n    }\n    rubricScale\n    handbookSize\n    roadshowSize\n    currency\n    createdAt\n    updatedAt\n  }\n": typeof types.ProgrammeFieldsFragmentDoc,
    "\n  query Programmes($first: Int, $after: String, $status: ProgrammeStatus) {\n    programmes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgrammeFields\n        }\n      }\n    }\n  }\n": typeof types.ProgrammesDocument,
    "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n": typeof types.ProgrammeDocument,
    "\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n": typeof types.CreateProgrammeDocument,
    "\n  mutation UpdateProgramme($id: ID!, $input: ProgrammeInput!) {\n    updateProgramme(id: $id, input: $input) {\n      ...ProgrammeFields\n    }\n  }\n": typeof types.UpdateProgrammeDocument,
    "\n  mutation OpenProgramme($id: ID!) {\n    openProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n": typeof types.OpenProgrammeDocument,
    "\n  mutation CloseProgramme($id: ID!) {\n    closeProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n": typeof types.CloseProgrammeDocument,
    "\n  mutation ArchiveProgramme($id: ID!) {\n    archiveProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n": typeof types.ArchiveProgrammeDocument,
    "\n  fragment ChannelFields on Channel {\n    id\n    name {\n      zh\n      en\n    }\n    kind\n    country\n    contactEmail\n    createdAt\n    members {\n      email\n      invitedAt\n      joined\n    }\n  }\n": typeof types.ChannelFieldsFragmentDoc,
    "\n  query Channels($first: Int, $after: String) {\n    channels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ChannelFields\n        }\n      }\n    }\n  }\n": typeof types.ChannelsDocument,
    "\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n": typeof types.CreateChannelDocument,
    "\n  mutation UpdateChannel($id: ID!, $input: ChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n": typeof types.UpdateChannelDocument,
    "\n  mutation InviteChannelMember($input: InviteChannelMemberInput!) {\n    inviteChannelMember(input: $input) {\n      email\n      invitedAt\n      joined\n    }\n  }\n": typeof types.InviteChannelMemberDocument,
    "\n  mutation NominateProject($programmeId: ID!, $input: NominationInput!) {\n    nominateProject(programmeId: $programmeId, input: $input) {\n      id\n      status\n      applicantEmail\n    }\n  }\n": typeof types.NominateProjectDocument,
    "\n  query ChannelYields($programmeId: ID!) {\n    channelYields(programmeId: $programmeId) {\n      channel {\n        id\n        name {\n          zh\n          en\n        }\n        kind\n        country\n      }\n      nominated\n      submitted\n      inScreening\n      shortlisted\n      inRoadshow\n      rejected\n      withdrawn\n    }\n  }\n": typeof types.ChannelYieldsDocument,
    "\n  query ProgrammeProjects($programmeId: ID!, $filter: ProjectFilter, $first: Int, $after: String) {\n    projects(programmeId: $programmeId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title {\n            zh\n            en\n          }\n          organizationName\n          country\n          sectorCode\n          channel {\n            id\n            name {\n              zh\n              en\n            }\n          }\n          trl\n          status\n          source\n          submittedAt\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeProjectsDocument,
    "\n  mutation ExportProjects(\n    $programmeId: ID!\n    $filter: ProjectFilter\n    $format: SpreadsheetFormat!\n    $locale: String\n  ) {\n    exportProjects(programmeId: $programmeId, filter: $filter, format: $format, locale: $locale) {\n      id\n      filename\n      url\n      contentType\n      sizeBytes\n    }\n  }\n": typeof types.ExportProjectsDocument,
    "\n  mutation ProjectImportTemplate($programmeId: ID!, $format: SpreadsheetFormat!) {\n    projectImportTemplate(programmeId: $programmeId, format: $format) {\n      id\n      filename\n      url\n    }\n  }\n": typeof types.ProjectImportTemplateDocument,
    "\n  fragment ProjectImportFields on ProjectImport {\n    id\n    programmeId\n    channelId\n    mode\n    status\n    totalRows\n    processedRows\n    createdCount\n    errorRowCount\n    duplicateCount\n    failureMessage\n    reportFileId\n    createdAt\n    startedAt\n    finishedAt\n  }\n": typeof types.ProjectImportFieldsFragmentDoc,
    "\n  mutation StartProjectImport($programmeId: ID!, $fileId: ID!, $mode: ImportMode!, $channelId: ID) {\n    startProjectImport(programmeId: $programmeId, fileId: $fileId, mode: $mode, channelId: $channelId) {\n      ...ProjectImportFields\n    }\n  }\n": typeof types.StartProjectImportDocument,
    "\n  query ProjectImport($id: ID!) {\n    projectImport(id: $id) {\n      ...ProjectImportFields\n      problems {\n        rowNumber\n        field\n        value\n        message\n      }\n    }\n  }\n": typeof types.ProjectImportDocument,
    "\n  query ProjectImports($programmeId: ID!, $first: Int, $after: String) {\n    projectImports(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectImportFields\n        }\n      }\n    }\n  }\n": typeof types.ProjectImportsDocument,
    "\n  fragment ApplicantProgrammeFields on Programme {\n    id\n    status\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    currency\n    opensAt\n    closesAt\n    timeZone\n    acceptingSubmissions\n  }\n": typeof types.ApplicantProgrammeFieldsFragmentDoc,
    "\n  fragment ApplicantProjectFields on Project {\n    id\n    programmeId\n    version\n    status\n    source\n    title {\n      zh\n      en\n    }\n    summary {\n      zh\n      en\n    }\n    organizationName\n    country\n    sectorCode\n    sector {\n      code\n      nameZh\n      nameEn\n    }\n    trl\n    ipStatus\n    cooperationModes\n    fundingAsk {\n      amount\n      currency\n    }\n    team\n    contactName\n    contactEmail\n    contactPhone\n    presenterTimeZone\n    availability {\n      startsAt\n      endsAt\n    }\n    selfAssessment {\n      can\n      claim\n      evidence\n    }\n    attachmentFileIds\n    attachments {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n    missingForSubmission {\n      field\n      message\n    }\n    submittedAt\n    createdAt\n    updatedAt\n  }\n": typeof types.ApplicantProjectFieldsFragmentDoc,
    "\n  query ApplicantProgrammes($first: Int) {\n    programmes(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApplicantProgrammeFields\n        }\n      }\n    }\n  }\n": typeof types.ApplicantProgrammesDocument,
    "\n  query ApplicantProgramme($id: ID!) {\n    programme(id: $id) {\n      ...ApplicantProgrammeFields\n    }\n  }\n": typeof types.ApplicantProgrammeDocument,
    "\n  query MyProjects($programmeId: ID!, $first: Int) {\n    projects(programmeId: $programmeId, first: $first, orderBy: RECENTLY_UPDATED) {\n      totalCount\n      edges {\n        node {\n          id\n          programmeId\n          version\n          status\n          title {\n            zh\n            en\n          }\n          organizationName\n          updatedAt\n          submittedAt\n          missingForSubmission {\n            field\n            message\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyProjectsDocument,
    "\n  query ApplicantProject($id: ID!) {\n    project(id: $id) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n": typeof types.ApplicantProjectDocument,
    "\n  mutation CreateProject($programmeId: ID!, $input: ProjectInput!) {\n    createProject(programmeId: $programmeId, input: $input) {\n      ...ApplicantProjectFields\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: ProjectInput!, $expectedVersion: Int) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicantProjectFields\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation SubmitProject($id: ID!) {\n    submitProject(id: $id) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n": typeof types.SubmitProjectDocument,
    "\n  mutation WithdrawProject($id: ID!, $reason: String) {\n    withdrawProject(id: $id, reason: $reason) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n": typeof types.WithdrawProjectDocument,
    "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      status\n      checkedAt\n      components {\n        name\n        status\n        detail\n        latencyMs\n      }\n    }\n  }\n": typeof types.SystemStatusDocument,
};
const documents: Documents = {
    "\n  fragment OpenCallFields on OpenCall {\n    id\n    organizationId\n    organizationName\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    opensAt\n    closesAt\n    timeZone\n    acceptingSubmissions\n  }\n": types.OpenCallFieldsFragmentDoc,
    "\n  query OpenCalls {\n    openCalls {\n      ...OpenCallFields\n    }\n  }\n": types.OpenCallsDocument,
    "\n  query OpenCall($id: ID!) {\n    openCall(id: $id) {\n      ...OpenCallFields\n    }\n  }\n": types.OpenCallDocument,
    "\n  mutation SignUpApplicant($input: ApplicantSignUpInput!) {\n    signUpApplicant(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpApplicantDocument,
    "\n  mutation JoinAsApplicant($organizationId: ID!) {\n    joinAsApplicant(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": types.JoinAsApplicantDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      email\n      roles\n      expiresAt\n      accountExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!, $locale: String) {\n    requestPasswordReset(email: $email, locale: $locale)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment MeFields on Me {\n    user {\n      id\n      email\n      displayName\n      locale\n      timeZone\n    }\n    organization {\n      id\n      name\n      defaultLocale\n      timeZone\n    }\n    roles\n    memberships {\n      organization {\n        id\n        name\n      }\n      roles\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    me {\n      ...MeFields\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LogInDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation LogOut($refreshToken: String!) {\n    logOut(refreshToken: $refreshToken)\n  }\n": types.LogOutDocument,
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SwitchOrganizationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MeFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          userId\n          email\n          displayName\n          roles\n          joinedAt\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateMemberRoles($userId: ID!, $roles: [Role!]!) {\n    updateMemberRoles(userId: $userId, roles: $roles) {\n      userId\n      roles\n    }\n  }\n": types.UpdateMemberRolesDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  fragment ProgrammeFields on Programme {\n    id\n    status\n    acceptingSubmissions\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    timeZone\n    opensAt\n    closesAt\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    rubric {\n      code\n      nameZh\n      nameEn\n      weight\n    }\n    rubricScale\n    handbookSize\n    roadshowSize\n    currency\n    createdAt\n    updatedAt\n  }\n": types.ProgrammeFieldsFragmentDoc,
    "\n  query Programmes($first: Int, $after: String, $status: ProgrammeStatus) {\n    programmes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgrammeFields\n        }\n      }\n    }\n  }\n": types.ProgrammesDocument,
    "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n": types.ProgrammeDocument,
    "\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n": types.CreateProgrammeDocument,
    "\n  mutation UpdateProgramme($id: ID!, $input: ProgrammeInput!) {\n    updateProgramme(id: $id, input: $input) {\n      ...ProgrammeFields\n    }\n  }\n": types.UpdateProgrammeDocument,
    "\n  mutation OpenProgramme($id: ID!) {\n    openProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n": types.OpenProgrammeDocument,
    "\n  mutation CloseProgramme($id: ID!) {\n    closeProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n": types.CloseProgrammeDocument,
    "\n  mutation ArchiveProgramme($id: ID!) {\n    archiveProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n": types.ArchiveProgrammeDocument,
    "\n  fragment ChannelFields on Channel {\n    id\n    name {\n      zh\n      en\n    }\n    kind\n    country\n    contactEmail\n    createdAt\n    members {\n      email\n      invitedAt\n      joined\n    }\n  }\n": types.ChannelFieldsFragmentDoc,
    "\n  query Channels($first: Int, $after: String) {\n    channels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ChannelFields\n        }\n      }\n    }\n  }\n": types.ChannelsDocument,
    "\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n": types.CreateChannelDocument,
    "\n  mutation UpdateChannel($id: ID!, $input: ChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n": types.UpdateChannelDocument,
    "\n  mutation InviteChannelMember($input: InviteChannelMemberInput!) {\n    inviteChannelMember(input: $input) {\n      email\n      invitedAt\n      joined\n    }\n  }\n": types.InviteChannelMemberDocument,
    "\n  mutation NominateProject($programmeId: ID!, $input: NominationInput!) {\n    nominateProject(programmeId: $programmeId, input: $input) {\n      id\n      status\n      applicantEmail\n    }\n  }\n": types.NominateProjectDocument,
    "\n  query ChannelYields($programmeId: ID!) {\n    channelYields(programmeId: $programmeId) {\n      channel {\n        id\n        name {\n          zh\n          en\n        }\n        kind\n        country\n      }\n      nominated\n      submitted\n      inScreening\n      shortlisted\n      inRoadshow\n      rejected\n      withdrawn\n    }\n  }\n": types.ChannelYieldsDocument,
    "\n  query ProgrammeProjects($programmeId: ID!, $filter: ProjectFilter, $first: Int, $after: String) {\n    projects(programmeId: $programmeId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title {\n            zh\n            en\n          }\n          organizationName\n          country\n          sectorCode\n          channel {\n            id\n            name {\n              zh\n              en\n            }\n          }\n          trl\n          status\n          source\n          submittedAt\n        }\n      }\n    }\n  }\n": types.ProgrammeProjectsDocument,
    "\n  mutation ExportProjects(\n    $programmeId: ID!\n    $filter: ProjectFilter\n    $format: SpreadsheetFormat!\n    $locale: String\n  ) {\n    exportProjects(programmeId: $programmeId, filter: $filter, format: $format, locale: $locale) {\n      id\n      filename\n      url\n      contentType\n      sizeBytes\n    }\n  }\n": types.ExportProjectsDocument,
    "\n  mutation ProjectImportTemplate($programmeId: ID!, $format: SpreadsheetFormat!) {\n    projectImportTemplate(programmeId: $programmeId, format: $format) {\n      id\n      filename\n      url\n    }\n  }\n": types.ProjectImportTemplateDocument,
    "\n  fragment ProjectImportFields on ProjectImport {\n    id\n    programmeId\n    channelId\n    mode\n    status\n    totalRows\n    processedRows\n    createdCount\n    errorRowCount\n    duplicateCount\n    failureMessage\n    reportFileId\n    createdAt\n    startedAt\n    finishedAt\n  }\n": types.ProjectImportFieldsFragmentDoc,
    "\n  mutation StartProjectImport($programmeId: ID!, $fileId: ID!, $mode: ImportMode!, $channelId: ID) {\n    startProjectImport(programmeId: $programmeId, fileId: $fileId, mode: $mode, channelId: $channelId) {\n      ...ProjectImportFields\n    }\n  }\n": types.StartProjectImportDocument,
    "\n  query ProjectImport($id: ID!) {\n    projectImport(id: $id) {\n      ...ProjectImportFields\n      problems {\n        rowNumber\n        field\n        value\n        message\n      }\n    }\n  }\n": types.ProjectImportDocument,
    "\n  query ProjectImports($programmeId: ID!, $first: Int, $after: String) {\n    projectImports(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectImportFields\n        }\n      }\n    }\n  }\n": types.ProjectImportsDocument,
    "\n  fragment ApplicantProgrammeFields on Programme {\n    id\n    status\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    currency\n    opensAt\n    closesAt\n    timeZone\n    acceptingSubmissions\n  }\n": types.ApplicantProgrammeFieldsFragmentDoc,
    "\n  fragment ApplicantProjectFields on Project {\n    id\n    programmeId\n    version\n    status\n    source\n    title {\n      zh\n      en\n    }\n    summary {\n      zh\n      en\n    }\n    organizationName\n    country\n    sectorCode\n    sector {\n      code\n      nameZh\n      nameEn\n    }\n    trl\n    ipStatus\n    cooperationModes\n    fundingAsk {\n      amount\n      currency\n    }\n    team\n    contactName\n    contactEmail\n    contactPhone\n    presenterTimeZone\n    availability {\n      startsAt\n      endsAt\n    }\n    selfAssessment {\n      can\n      claim\n      evidence\n    }\n    attachmentFileIds\n    attachments {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n    missingForSubmission {\n      field\n      message\n    }\n    submittedAt\n    createdAt\n    updatedAt\n  }\n": types.ApplicantProjectFieldsFragmentDoc,
    "\n  query ApplicantProgrammes($first: Int) {\n    programmes(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApplicantProgrammeFields\n        }\n      }\n    }\n  }\n": types.ApplicantProgrammesDocument,
    "\n  query ApplicantProgramme($id: ID!) {\n    programme(id: $id) {\n      ...ApplicantProgrammeFields\n    }\n  }\n": types.ApplicantProgrammeDocument,
    "\n  query MyProjects($programmeId: ID!, $first: Int) {\n    projects(programmeId: $programmeId, first: $first, orderBy: RECENTLY_UPDATED) {\n      totalCount\n      edges {\n        node {\n          id\n          programmeId\n          version\n          status\n          title {\n            zh\n            en\n          }\n          organizationName\n          updatedAt\n          submittedAt\n          missingForSubmission {\n            field\n            message\n          }\n        }\n      }\n    }\n  }\n": types.MyProjectsDocument,
    "\n  query ApplicantProject($id: ID!) {\n    project(id: $id) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n": types.ApplicantProjectDocument,
    "\n  mutation CreateProject($programmeId: ID!, $input: ProjectInput!) {\n    createProject(programmeId: $programmeId, input: $input) {\n      ...ApplicantProjectFields\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: ProjectInput!, $expectedVersion: Int) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicantProjectFields\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation SubmitProject($id: ID!) {\n    submitProject(id: $id) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n": types.SubmitProjectDocument,
    "\n  mutation WithdrawProject($id: ID!, $reason: String) {\n    withdrawProject(id: $id, reason: $reason) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n": types.WithdrawProjectDocument,
    "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      status\n      checkedAt\n      components {\n        name\n        status\n        detail\n        latencyMs\n      }\n    }\n  }\n": types.SystemStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenCallFields on OpenCall {\n    id\n    organizationId\n    organizationName\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    opensAt\n    closesAt\n    timeZone\n    acceptingSubmissions\n  }\n"): (typeof documents)["\n  fragment OpenCallFields on OpenCall {\n    id\n    organizationId\n    organizationName\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    opensAt\n    closesAt\n    timeZone\n    acceptingSubmissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCalls {\n    openCalls {\n      ...OpenCallFields\n    }\n  }\n"): (typeof documents)["\n  query OpenCalls {\n    openCalls {\n      ...OpenCallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCall($id: ID!) {\n    openCall(id: $id) {\n      ...OpenCallFields\n    }\n  }\n"): (typeof documents)["\n  query OpenCall($id: ID!) {\n    openCall(id: $id) {\n      ...OpenCallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpApplicant($input: ApplicantSignUpInput!) {\n    signUpApplicant(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpApplicant($input: ApplicantSignUpInput!) {\n    signUpApplicant(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinAsApplicant($organizationId: ID!) {\n    joinAsApplicant(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinAsApplicant($organizationId: ID!) {\n    joinAsApplicant(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      email\n      roles\n      expiresAt\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      email\n      roles\n      expiresAt\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!, $locale: String) {\n    requestPasswordReset(email: $email, locale: $locale)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!, $locale: String) {\n    requestPasswordReset(email: $email, locale: $locale)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    user {\n      id\n      email\n      displayName\n      locale\n      timeZone\n    }\n    organization {\n      id\n      name\n      defaultLocale\n      timeZone\n    }\n    roles\n    memberships {\n      organization {\n        id\n        name\n      }\n      roles\n    }\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    user {\n      id\n      email\n      displayName\n      locale\n      timeZone\n    }\n    organization {\n      id\n      name\n      defaultLocale\n      timeZone\n    }\n    roles\n    memberships {\n      organization {\n        id\n        name\n      }\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut($refreshToken: String!) {\n    logOut(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation LogOut($refreshToken: String!) {\n    logOut(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          userId\n          email\n          displayName\n          roles\n          joinedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          userId\n          email\n          displayName\n          roles\n          joinedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRoles($userId: ID!, $roles: [Role!]!) {\n    updateMemberRoles(userId: $userId, roles: $roles) {\n      userId\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberRoles($userId: ID!, $roles: [Role!]!) {\n    updateMemberRoles(userId: $userId, roles: $roles) {\n      userId\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeFields on Programme {\n    id\n    status\n    acceptingSubmissions\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    timeZone\n    opensAt\n    closesAt\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    rubric {\n      code\n      nameZh\n      nameEn\n      weight\n    }\n    rubricScale\n    handbookSize\n    roadshowSize\n    currency\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ProgrammeFields on Programme {\n    id\n    status\n    acceptingSubmissions\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    timeZone\n    opensAt\n    closesAt\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    rubric {\n      code\n      nameZh\n      nameEn\n      weight\n    }\n    rubricScale\n    handbookSize\n    roadshowSize\n    currency\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programmes($first: Int, $after: String, $status: ProgrammeStatus) {\n    programmes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgrammeFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programmes($first: Int, $after: String, $status: ProgrammeStatus) {\n    programmes(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProgrammeFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgramme($input: ProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramme($id: ID!, $input: ProgrammeInput!) {\n    updateProgramme(id: $id, input: $input) {\n      ...ProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgramme($id: ID!, $input: ProgrammeInput!) {\n    updateProgramme(id: $id, input: $input) {\n      ...ProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenProgramme($id: ID!) {\n    openProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenProgramme($id: ID!) {\n    openProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProgramme($id: ID!) {\n    closeProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseProgramme($id: ID!) {\n    closeProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProgramme($id: ID!) {\n    archiveProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProgramme($id: ID!) {\n    archiveProgramme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelFields on Channel {\n    id\n    name {\n      zh\n      en\n    }\n    kind\n    country\n    contactEmail\n    createdAt\n    members {\n      email\n      invitedAt\n      joined\n    }\n  }\n"): (typeof documents)["\n  fragment ChannelFields on Channel {\n    id\n    name {\n      zh\n      en\n    }\n    kind\n    country\n    contactEmail\n    createdAt\n    members {\n      email\n      invitedAt\n      joined\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Channels($first: Int, $after: String) {\n    channels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ChannelFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Channels($first: Int, $after: String) {\n    channels(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ChannelFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChannel($id: ID!, $input: ChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChannel($id: ID!, $input: ChannelInput!) {\n    updateChannel(id: $id, input: $input) {\n      ...ChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteChannelMember($input: InviteChannelMemberInput!) {\n    inviteChannelMember(input: $input) {\n      email\n      invitedAt\n      joined\n    }\n  }\n"): (typeof documents)["\n  mutation InviteChannelMember($input: InviteChannelMemberInput!) {\n    inviteChannelMember(input: $input) {\n      email\n      invitedAt\n      joined\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateProject($programmeId: ID!, $input: NominationInput!) {\n    nominateProject(programmeId: $programmeId, input: $input) {\n      id\n      status\n      applicantEmail\n    }\n  }\n"): (typeof documents)["\n  mutation NominateProject($programmeId: ID!, $input: NominationInput!) {\n    nominateProject(programmeId: $programmeId, input: $input) {\n      id\n      status\n      applicantEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelYields($programmeId: ID!) {\n    channelYields(programmeId: $programmeId) {\n      channel {\n        id\n        name {\n          zh\n          en\n        }\n        kind\n        country\n      }\n      nominated\n      submitted\n      inScreening\n      shortlisted\n      inRoadshow\n      rejected\n      withdrawn\n    }\n  }\n"): (typeof documents)["\n  query ChannelYields($programmeId: ID!) {\n    channelYields(programmeId: $programmeId) {\n      channel {\n        id\n        name {\n          zh\n          en\n        }\n        kind\n        country\n      }\n      nominated\n      submitted\n      inScreening\n      shortlisted\n      inRoadshow\n      rejected\n      withdrawn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeProjects($programmeId: ID!, $filter: ProjectFilter, $first: Int, $after: String) {\n    projects(programmeId: $programmeId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title {\n            zh\n            en\n          }\n          organizationName\n          country\n          sectorCode\n          channel {\n            id\n            name {\n              zh\n              en\n            }\n          }\n          trl\n          status\n          source\n          submittedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeProjects($programmeId: ID!, $filter: ProjectFilter, $first: Int, $after: String) {\n    projects(programmeId: $programmeId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title {\n            zh\n            en\n          }\n          organizationName\n          country\n          sectorCode\n          channel {\n            id\n            name {\n              zh\n              en\n            }\n          }\n          trl\n          status\n          source\n          submittedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportProjects(\n    $programmeId: ID!\n    $filter: ProjectFilter\n    $format: SpreadsheetFormat!\n    $locale: String\n  ) {\n    exportProjects(programmeId: $programmeId, filter: $filter, format: $format, locale: $locale) {\n      id\n      filename\n      url\n      contentType\n      sizeBytes\n    }\n  }\n"): (typeof documents)["\n  mutation ExportProjects(\n    $programmeId: ID!\n    $filter: ProjectFilter\n    $format: SpreadsheetFormat!\n    $locale: String\n  ) {\n    exportProjects(programmeId: $programmeId, filter: $filter, format: $format, locale: $locale) {\n      id\n      filename\n      url\n      contentType\n      sizeBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectImportTemplate($programmeId: ID!, $format: SpreadsheetFormat!) {\n    projectImportTemplate(programmeId: $programmeId, format: $format) {\n      id\n      filename\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation ProjectImportTemplate($programmeId: ID!, $format: SpreadsheetFormat!) {\n    projectImportTemplate(programmeId: $programmeId, format: $format) {\n      id\n      filename\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectImportFields on ProjectImport {\n    id\n    programmeId\n    channelId\n    mode\n    status\n    totalRows\n    processedRows\n    createdCount\n    errorRowCount\n    duplicateCount\n    failureMessage\n    reportFileId\n    createdAt\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment ProjectImportFields on ProjectImport {\n    id\n    programmeId\n    channelId\n    mode\n    status\n    totalRows\n    processedRows\n    createdCount\n    errorRowCount\n    duplicateCount\n    failureMessage\n    reportFileId\n    createdAt\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProjectImport($programmeId: ID!, $fileId: ID!, $mode: ImportMode!, $channelId: ID) {\n    startProjectImport(programmeId: $programmeId, fileId: $fileId, mode: $mode, channelId: $channelId) {\n      ...ProjectImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartProjectImport($programmeId: ID!, $fileId: ID!, $mode: ImportMode!, $channelId: ID) {\n    startProjectImport(programmeId: $programmeId, fileId: $fileId, mode: $mode, channelId: $channelId) {\n      ...ProjectImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectImport($id: ID!) {\n    projectImport(id: $id) {\n      ...ProjectImportFields\n      problems {\n        rowNumber\n        field\n        value\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectImport($id: ID!) {\n    projectImport(id: $id) {\n      ...ProjectImportFields\n      problems {\n        rowNumber\n        field\n        value\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectImports($programmeId: ID!, $first: Int, $after: String) {\n    projectImports(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectImportFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectImports($programmeId: ID!, $first: Int, $after: String) {\n    projectImports(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectImportFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicantProgrammeFields on Programme {\n    id\n    status\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    currency\n    opensAt\n    closesAt\n    timeZone\n    acceptingSubmissions\n  }\n"): (typeof documents)["\n  fragment ApplicantProgrammeFields on Programme {\n    id\n    status\n    title {\n      zh\n      en\n    }\n    description {\n      zh\n      en\n    }\n    sectors {\n      code\n      nameZh\n      nameEn\n    }\n    mandatoryCans\n    currency\n    opensAt\n    closesAt\n    timeZone\n    acceptingSubmissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicantProjectFields on Project {\n    id\n    programmeId\n    version\n    status\n    source\n    title {\n      zh\n      en\n    }\n    summary {\n      zh\n      en\n    }\n    organizationName\n    country\n    sectorCode\n    sector {\n      code\n      nameZh\n      nameEn\n    }\n    trl\n    ipStatus\n    cooperationModes\n    fundingAsk {\n      amount\n      currency\n    }\n    team\n    contactName\n    contactEmail\n    contactPhone\n    presenterTimeZone\n    availability {\n      startsAt\n      endsAt\n    }\n    selfAssessment {\n      can\n      claim\n      evidence\n    }\n    attachmentFileIds\n    attachments {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n    missingForSubmission {\n      field\n      message\n    }\n    submittedAt\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ApplicantProjectFields on Project {\n    id\n    programmeId\n    version\n    status\n    source\n    title {\n      zh\n      en\n    }\n    summary {\n      zh\n      en\n    }\n    organizationName\n    country\n    sectorCode\n    sector {\n      code\n      nameZh\n      nameEn\n    }\n    trl\n    ipStatus\n    cooperationModes\n    fundingAsk {\n      amount\n      currency\n    }\n    team\n    contactName\n    contactEmail\n    contactPhone\n    presenterTimeZone\n    availability {\n      startsAt\n      endsAt\n    }\n    selfAssessment {\n      can\n      claim\n      evidence\n    }\n    attachmentFileIds\n    attachments {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n    missingForSubmission {\n      field\n      message\n    }\n    submittedAt\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantProgrammes($first: Int) {\n    programmes(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApplicantProgrammeFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicantProgrammes($first: Int) {\n    programmes(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ApplicantProgrammeFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantProgramme($id: ID!) {\n    programme(id: $id) {\n      ...ApplicantProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  query ApplicantProgramme($id: ID!) {\n    programme(id: $id) {\n      ...ApplicantProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProjects($programmeId: ID!, $first: Int) {\n    projects(programmeId: $programmeId, first: $first, orderBy: RECENTLY_UPDATED) {\n      totalCount\n      edges {\n        node {\n          id\n          programmeId\n          version\n          status\n          title {\n            zh\n            en\n          }\n          organizationName\n          updatedAt\n          submittedAt\n          missingForSubmission {\n            field\n            message\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProjects($programmeId: ID!, $first: Int) {\n    projects(programmeId: $programmeId, first: $first, orderBy: RECENTLY_UPDATED) {\n      totalCount\n      edges {\n        node {\n          id\n          programmeId\n          version\n          status\n          title {\n            zh\n            en\n          }\n          organizationName\n          updatedAt\n          submittedAt\n          missingForSubmission {\n            field\n            message\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantProject($id: ID!) {\n    project(id: $id) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicantProject($id: ID!) {\n    project(id: $id) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($programmeId: ID!, $input: ProjectInput!) {\n    createProject(programmeId: $programmeId, input: $input) {\n      ...ApplicantProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($programmeId: ID!, $input: ProjectInput!) {\n    createProject(programmeId: $programmeId, input: $input) {\n      ...ApplicantProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $input: ProjectInput!, $expectedVersion: Int) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicantProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $input: ProjectInput!, $expectedVersion: Int) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ApplicantProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProject($id: ID!) {\n    submitProject(id: $id) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProject($id: ID!) {\n    submitProject(id: $id) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProject($id: ID!, $reason: String) {\n    withdrawProject(id: $id, reason: $reason) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProject($id: ID!, $reason: String) {\n    withdrawProject(id: $id, reason: $reason) {\n      ...ApplicantProjectFields\n      timeline {\n        at\n        fromStatus\n        toStatus\n        actorName\n        actorUserId\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      status\n      checkedAt\n      components {\n        name\n        status\n        detail\n        latencyMs\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      status\n      checkedAt\n      components {\n        name\n        status\n        detail\n        latencyMs\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;