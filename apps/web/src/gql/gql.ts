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
    "\n  query Deals($filter: DealsFilter, $first: Int, $after: String) {\n    deals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DealCardFields\n        }\n      }\n    }\n  }\n": typeof types.DealsDocument,
    "\n  query DealStageCounts($filter: DealsFilter) {\n    dealStageCounts(filter: $filter) {\n      stage\n      count\n    }\n  }\n": typeof types.DealStageCountsDocument,
    "\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealCardFields\n      activities {\n        id\n        kind\n        note\n        nextStepAt\n        createdBy\n        createdAt\n      }\n    }\n  }\n": typeof types.DealDocument,
    "\n  mutation MoveDeal($id: ID!, $input: MoveDealInput!) {\n    moveDeal(id: $id, input: $input) {\n      ...DealCardFields\n    }\n  }\n": typeof types.MoveDealDocument,
    "\n  mutation LogDealActivity($id: ID!, $input: DealActivityInput!) {\n    logDealActivity(id: $id, input: $input) {\n      ...DealCardFields\n      activities {\n        id\n        kind\n        note\n        nextStepAt\n        createdBy\n        createdAt\n      }\n    }\n  }\n": typeof types.LogDealActivityDocument,
    "\n  query Agreements($ceremonyId: ID, $first: Int, $after: String) {\n    agreements(ceremonyId: $ceremonyId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n": typeof types.AgreementsDocument,
    "\n  query AgreementsSummary {\n    agreementsSummary {\n      count\n      landed\n      missingRates\n      committed {\n        ...MoneyFields\n      }\n      realised {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AgreementsSummaryDocument,
    "\n  query Ceremonies($first: Int, $after: String) {\n    ceremonies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CeremonyFields\n        }\n      }\n    }\n  }\n": typeof types.CeremoniesDocument,
    "\n  query Ceremony($id: ID!) {\n    ceremony(id: $id) {\n      ...CeremonyFields\n    }\n  }\n": typeof types.CeremonyDocument,
    "\n  mutation CreateCeremony($input: CeremonyInput!) {\n    createCeremony(input: $input) {\n      ...CeremonyFields\n    }\n  }\n": typeof types.CreateCeremonyDocument,
    "\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.RecordAgreementDocument,
    "\n  mutation RecordRealisation($id: ID!, $input: RealisationInput!) {\n    recordRealisation(id: $id, input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.RecordRealisationDocument,
    "\n  query MyPartners($first: Int, $search: String, $kind: PartnerKind) {\n    partners(first: $first, search: $search, kind: $kind) {\n      totalCount\n      edges {\n        node {\n          ...PartnerSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.MyPartnersDocument,
    "\n  query RecommendedProjects($partnerId: ID!, $first: Int) {\n    recommendedProjects(partnerId: $partnerId, first: $first) {\n      score\n      reasons {\n        ...MatchReasonFields\n      }\n      project {\n        ...PartnerProjectFields\n      }\n    }\n  }\n": typeof types.RecommendedProjectsDocument,
    "\n  query PublishedProjects($first: Int, $after: String, $filter: PublishedProjectsFilter) {\n    publishedProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerProjectFields\n        }\n      }\n    }\n  }\n": typeof types.PublishedProjectsDocument,
    "\n  query SavedProjects($partnerId: ID!, $first: Int, $after: String) {\n    savedProjects(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerProjectFields\n        }\n      }\n    }\n  }\n": typeof types.SavedProjectsDocument,
    "\n  query Intents($partnerId: ID, $projectId: ID, $first: Int, $after: String) {\n    intents(partnerId: $partnerId, projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IntentFields\n        }\n      }\n    }\n  }\n": typeof types.IntentsDocument,
    "\n  query Bids($partnerId: ID, $projectId: ID, $status: BidStatus, $first: Int, $after: String) {\n    bids(partnerId: $partnerId, projectId: $projectId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BidFields\n        }\n      }\n    }\n  }\n": typeof types.BidsDocument,
    "\n  query MarketProject($id: ID!) {\n    publishedProject(id: $id) {\n      ...PartnerProjectFields\n    }\n  }\n": typeof types.MarketProjectDocument,
    "\n  fragment PartnerProjectStatusFields on PartnerProjectStatus {\n    partnerId\n    projectId\n    saved\n    notInterested\n    intents {\n      ...IntentFields\n    }\n    bid {\n      ...BidFields\n    }\n    deal {\n      ...DealCardFields\n    }\n  }\n": typeof types.PartnerProjectStatusFieldsFragmentDoc,
    "\n  query PartnerProjectStatus($partnerId: ID!, $projectId: ID!) {\n    partnerProjectStatus(partnerId: $partnerId, projectId: $projectId) {\n      ...PartnerProjectStatusFields\n    }\n  }\n": typeof types.PartnerProjectStatusDocument,
    "\n  mutation SaveProject($partnerId: ID!, $projectId: ID!, $saved: Boolean) {\n    saveProject(partnerId: $partnerId, projectId: $projectId, saved: $saved) {\n      ...PartnerProjectStatusFields\n    }\n  }\n": typeof types.SaveProjectDocument,
    "\n  mutation MarkNotInterested($partnerId: ID!, $projectId: ID!, $notInterested: Boolean) {\n    markNotInterested(partnerId: $partnerId, projectId: $projectId, notInterested: $notInterested) {\n      id\n    }\n  }\n": typeof types.MarkNotInterestedDocument,
    "\n  mutation RecordIntent($input: RecordIntentInput!) {\n    recordIntent(input: $input) {\n      ...IntentFields\n    }\n  }\n": typeof types.RecordIntentDocument,
    "\n  mutation UpdateIntent($id: ID!, $input: UpdateIntentInput!) {\n    updateIntent(id: $id, input: $input) {\n      ...IntentFields\n    }\n  }\n": typeof types.UpdateIntentDocument,
    "\n  mutation PlaceBid($input: PlaceBidInput!) {\n    placeBid(input: $input) {\n      ...BidFields\n    }\n  }\n": typeof types.PlaceBidDocument,
    "\n  mutation ReviseBid($id: ID!, $input: BidTermsInput!, $version: Int) {\n    reviseBid(id: $id, input: $input, version: $version) {\n      ...BidFields\n    }\n  }\n": typeof types.ReviseBidDocument,
    "\n  mutation WithdrawBid($id: ID!) {\n    withdrawBid(id: $id) {\n      ...BidFields\n    }\n  }\n": typeof types.WithdrawBidDocument,
    "\n  query RecommendedPartners($projectId: ID!, $first: Int) {\n    recommendedPartners(projectId: $projectId, first: $first) {\n      score\n      reasons {\n        ...MatchReasonFields\n      }\n      partner {\n        ...PartnerSummaryFields\n      }\n    }\n  }\n": typeof types.RecommendedPartnersDocument,
    "\n  query ProjectBids($projectId: ID!, $currency: String) {\n    projectBids(projectId: $projectId, currency: $currency) {\n      projectId\n      currency\n      missingRates\n      rows {\n        best\n        missingRate\n        investment {\n          ...MoneyFields\n        }\n        subsidy {\n          ...MoneyFields\n        }\n        total {\n          ...MoneyFields\n        }\n        impliedValuation {\n          ...MoneyFields\n        }\n        bid {\n          ...BidFields\n        }\n      }\n    }\n  }\n": typeof types.ProjectBidsDocument,
    "\n  mutation RespondToBid($id: ID!, $answer: BidAnswer!, $message: String) {\n    respondToBid(id: $id, answer: $answer, message: $message) {\n      ...BidFields\n    }\n  }\n": typeof types.RespondToBidDocument,
    "\n  query FxRates {\n    fxRates {\n      base\n      rates {\n        currency\n        rate\n        updatedAt\n      }\n    }\n  }\n": typeof types.FxRatesDocument,
    "\n  mutation SetFxRate($input: FxRateInput!) {\n    setFxRate(input: $input) {\n      base\n      rates {\n        currency\n        rate\n        updatedAt\n      }\n    }\n  }\n": typeof types.SetFxRateDocument,
    "\n  fragment MoneyFields on Money {\n    amount\n    currency\n  }\n": typeof types.MoneyFieldsFragmentDoc,
    "\n  fragment PartnerProjectFields on PartnerProject {\n    id\n    programmeId\n    status\n    title {\n      zh\n      en\n    }\n    summary {\n      zh\n      en\n    }\n    organizationName\n    country\n    sectorCode\n    trl\n    cooperationModes\n    fundingAsk {\n      ...MoneyFields\n    }\n  }\n": typeof types.PartnerProjectFieldsFragmentDoc,
    "\n  fragment MatchReasonFields on MatchReason {\n    code\n    outcome\n    points\n    weight\n    detail\n  }\n": typeof types.MatchReasonFieldsFragmentDoc,
    "\n  fragment PartnerSummaryFields on Partner {\n    id\n    kind\n    country\n    name {\n      zh\n      en\n    }\n    interests {\n      sectors\n      trlMin\n      trlMax\n      cooperationModes\n      regions\n      ticketMin {\n        ...MoneyFields\n      }\n      ticketMax {\n        ...MoneyFields\n      }\n    }\n    park {\n      availableSpaceM2\n      chainFocus\n      incentives\n    }\n  }\n": typeof types.PartnerSummaryFieldsFragmentDoc,
    "\n  fragment IntentFields on MatchIntent {\n    id\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    kind\n    level\n    source\n    note\n    amount {\n      ...MoneyFields\n    }\n    committedAt\n    updatedAt\n    version\n  }\n": typeof types.IntentFieldsFragmentDoc,
    "\n  fragment BidTermsFields on BidTerms {\n    investment {\n      ...MoneyFields\n    }\n    equityPercent\n    spaceM2\n    rentFreeMonths\n    subsidy {\n      ...MoneyFields\n    }\n    otherTerms\n    validUntil\n  }\n": typeof types.BidTermsFieldsFragmentDoc,
    "\n  fragment BidFields on Bid {\n    id\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    status\n    revision\n    version\n    terms {\n      ...BidTermsFields\n    }\n    history {\n      revision\n      createdAt\n      terms {\n        ...BidTermsFields\n      }\n    }\n    responseMessage\n    closedAt\n    createdAt\n    updatedAt\n  }\n": typeof types.BidFieldsFragmentDoc,
    "\n  fragment DealCardFields on Deal {\n    id\n    stage\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    ownerUserId\n    agreementId\n    nextStep\n    nextStepAt\n    lastActivityAt\n    dropReason\n    droppedFrom\n    meetingAt\n    ndaFileId\n    mouFileId\n    version\n    updatedAt\n  }\n": typeof types.DealCardFieldsFragmentDoc,
    "\n  fragment AgreementFields on Agreement {\n    id\n    dealId\n    dealStage\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    kind\n    parties\n    ceremonyId\n    ceremonyTitle {\n      zh\n      en\n    }\n    signedAt\n    committed {\n      ...MoneyFields\n    }\n    realised {\n      ...MoneyFields\n    }\n    realisedAt\n    registeredEntity\n    landingPartnerId\n    jobsCreated\n    documentFileIds\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  fragment CeremonyFields on SigningCeremony {\n    id\n    title {\n      zh\n      en\n    }\n    mode\n    heldAt\n    timeZone\n    venue\n    agreementCount\n    committed {\n      ...MoneyFields\n    }\n    missingRates\n  }\n": typeof types.CeremonyFieldsFragmentDoc,
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
    "\n  fragment RoadshowSummaryFields on Roadshow {\n    id\n    programmeId\n    title {\n      zh\n      en\n    }\n    mode\n    status\n    startsAt\n    endsAt\n    timeZone\n    slotMinutes\n    projectIds\n    version\n  }\n": typeof types.RoadshowSummaryFieldsFragmentDoc,
    "\n  fragment RoadshowSlotFields on RoadshowSlot {\n    id\n    projectId\n    order\n    title {\n      zh\n      en\n    }\n    country\n    delivery\n    status\n    startsAt\n    endsAt\n    displayStart\n    displayEnd\n    presenterLocalStart\n    presenterLocalEnd\n    presenterTimeZone\n    startedAt\n    finishedAt\n    explanation {\n      code\n      fit\n      local\n    }\n  }\n": typeof types.RoadshowSlotFieldsFragmentDoc,
    "\n  fragment PlanWarningFields on PlanWarning {\n    code\n    projectId\n    order\n    local\n    needed\n    fits\n    live\n    optimum\n    message\n  }\n": typeof types.PlanWarningFieldsFragmentDoc,
    "\n  fragment RoadshowFields on Roadshow {\n    ...RoadshowSummaryFields\n    venue\n    streamUrl\n    breaks {\n      every {\n        afterEverySlots\n        minutes\n      }\n      windows {\n        startsAt\n        endsAt\n      }\n    }\n    commentators {\n      userId\n      displayName\n    }\n    createdAt\n    publishedAt\n    startedAt\n    endedAt\n    plan {\n      mode\n      fingerprint\n      summary {\n        live\n        prerecorded\n        preferred\n        unplaced\n      }\n      slots {\n        ...RoadshowSlotFields\n      }\n      breaks {\n        startsAt\n        endsAt\n        displayStart\n        displayEnd\n      }\n      unplaced {\n        projectId\n        title {\n          zh\n          en\n        }\n      }\n      warnings {\n        ...PlanWarningFields\n      }\n    }\n  }\n": typeof types.RoadshowFieldsFragmentDoc,
    "\n  query Roadshows($programmeId: ID!, $first: Int, $after: String) {\n    roadshows(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RoadshowSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.RoadshowsDocument,
    "\n  query Roadshow($id: ID!) {\n    roadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.RoadshowDocument,
    "\n  mutation CreateRoadshow($input: CreateRoadshowInput!) {\n    createRoadshow(input: $input) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.CreateRoadshowDocument,
    "\n  mutation UpdateRoadshow($id: ID!, $input: UpdateRoadshowInput!, $version: Int!) {\n    updateRoadshow(id: $id, input: $input, version: $version) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.UpdateRoadshowDocument,
    "\n  mutation AddRoadshowProjects($id: ID!, $projectIds: [ID!]!) {\n    addRoadshowProjects(id: $id, projectIds: $projectIds) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.AddRoadshowProjectsDocument,
    "\n  mutation RemoveRoadshowProject($id: ID!, $projectId: ID!) {\n    removeRoadshowProject(id: $id, projectId: $projectId) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.RemoveRoadshowProjectDocument,
    "\n  mutation AssignCommentators($id: ID!, $userIds: [ID!]!) {\n    assignCommentators(id: $id, userIds: $userIds) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.AssignCommentatorsDocument,
    "\n  mutation MoveSlot($roadshowId: ID!, $projectId: ID!, $toIndex: Int!, $version: Int!) {\n    moveSlot(roadshowId: $roadshowId, projectId: $projectId, toIndex: $toIndex, version: $version) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.MoveSlotDocument,
    "\n  mutation ResetRoadshowOrder($id: ID!) {\n    resetRoadshowOrder(id: $id) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.ResetRoadshowOrderDocument,
    "\n  mutation PublishRoadshow($id: ID!) {\n    publishRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.PublishRoadshowDocument,
    "\n  mutation StartRoadshow($id: ID!) {\n    startRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.StartRoadshowDocument,
    "\n  mutation EndRoadshow($id: ID!) {\n    endRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n": typeof types.EndRoadshowDocument,
    "\n  query RoadshowCandidates($first: Int, $after: String, $filter: PublishedProjectsFilter) {\n    publishedProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          programmeId\n          status\n          title {\n            zh\n            en\n          }\n          country\n          organizationName\n          sectorCode\n        }\n      }\n    }\n  }\n": typeof types.RoadshowCandidatesDocument,
    "\n  query RoadshowMembers($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          userId\n          displayName\n          email\n          roles\n        }\n      }\n    }\n  }\n": typeof types.RoadshowMembersDocument,
    "\n  fragment LiveSlotFields on LiveSlot {\n    id\n    projectId\n    order\n    title {\n      zh\n      en\n    }\n    country\n    delivery\n    status\n    startsAt\n    endsAt\n    plannedEnd\n    startedAt\n  }\n": typeof types.LiveSlotFieldsFragmentDoc,
    "\n  fragment RoadshowLiveFields on RoadshowLiveState {\n    roadshowId\n    status\n    updatedAt\n    totalIntents\n    currentSlot {\n      ...LiveSlotFields\n    }\n    nextSlot {\n      ...LiveSlotFields\n    }\n    slots {\n      ...LiveSlotFields\n    }\n    intentCounts {\n      projectId\n      count\n    }\n  }\n": typeof types.RoadshowLiveFieldsFragmentDoc,
    "\n  query RoadshowLive($roadshowId: ID!) {\n    roadshowLive(roadshowId: $roadshowId) {\n      ...RoadshowLiveFields\n    }\n  }\n": typeof types.RoadshowLiveDocument,
    "\n  subscription RoadshowUpdated($roadshowId: ID!) {\n    roadshowUpdated(roadshowId: $roadshowId) {\n      ...RoadshowLiveFields\n    }\n  }\n": typeof types.RoadshowUpdatedDocument,
    "\n  mutation MoveRoadshowSlot($slotId: ID!, $status: SlotStatus!) {\n    moveRoadshowSlot(slotId: $slotId, status: $status) {\n      ...LiveSlotFields\n    }\n  }\n": typeof types.MoveRoadshowSlotDocument,
    "\n  fragment CommentaryFields on Commentary {\n    id\n    roadshowId\n    slotId\n    projectId\n    authorUserId\n    authorName\n    createdAt\n    text\n    entries {\n      dimension\n      rating\n      note\n    }\n  }\n": typeof types.CommentaryFieldsFragmentDoc,
    "\n  query Commentaries($roadshowId: ID, $slotId: ID) {\n    commentaries(roadshowId: $roadshowId, slotId: $slotId) {\n      ...CommentaryFields\n    }\n  }\n": typeof types.CommentariesDocument,
    "\n  mutation AddCommentary($slotId: ID!, $input: CommentaryInput!) {\n    addCommentary(slotId: $slotId, input: $input) {\n      ...CommentaryFields\n    }\n  }\n": typeof types.AddCommentaryDocument,
    "\n  query PublicRoadshow($id: ID!) {\n    publicRoadshow(id: $id) {\n      id\n      title {\n        zh\n        en\n      }\n      mode\n      status\n      venue\n      streamUrl\n      timeZone\n      startsAt\n      endsAt\n      breaks {\n        startsAt\n        endsAt\n      }\n      slots {\n        order\n        projectTitle {\n          zh\n          en\n        }\n        country\n        organizationName\n        startsAt\n        endsAt\n        delivery\n        status\n      }\n    }\n  }\n": typeof types.PublicRoadshowDocument,
    "\n  fragment HandbookJobFields on HandbookJob {\n    id\n    programmeId\n    status\n    progress\n    processed\n    total\n    pdfFileId\n    xlsxFileId\n    error\n    createdAt\n    finishedAt\n    options {\n      languages\n      includeContacts\n      sectorCodes\n      title {\n        zh\n        en\n      }\n    }\n  }\n": typeof types.HandbookJobFieldsFragmentDoc,
    "\n  query HandbookJobs($programmeId: ID!, $first: Int, $after: String) {\n    handbookJobs(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...HandbookJobFields\n        }\n      }\n    }\n  }\n": typeof types.HandbookJobsDocument,
    "\n  query HandbookJob($id: ID!) {\n    handbookJob(id: $id) {\n      ...HandbookJobFields\n    }\n  }\n": typeof types.HandbookJobDocument,
    "\n  mutation GenerateHandbook($programmeId: ID!, $options: HandbookOptionsInput) {\n    generateHandbook(programmeId: $programmeId, options: $options) {\n      ...HandbookJobFields\n    }\n  }\n": typeof types.GenerateHandbookDocument,
    "\n  query ProjectFeedback($projectId: ID!) {\n    projectFeedback(projectId: $projectId) {\n      roundOrdinal\n      releasedAt\n      text {\n        zh\n        en\n      }\n    }\n  }\n": typeof types.ProjectFeedbackDocument,
    "\n  fragment ReviewFields on Review {\n    id\n    assignmentId\n    status\n    scores {\n      criterion\n      score\n    }\n    verdicts {\n      can\n      verdict\n      note\n    }\n    recommendation\n    comment\n    submittedAt\n    updatedAt\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    roundId\n    projectId\n    conflictDeclared\n    project {\n      id\n      title {\n        zh\n        en\n      }\n      sectorCode\n      sectorName {\n        zh\n        en\n      }\n      country\n    }\n    review {\n      id\n      status\n    }\n  }\n": typeof types.AssignmentSummaryFieldsFragmentDoc,
    "\n  query MyAssignments($roundId: ID, $first: Int, $after: String) {\n    myAssignments(roundId: $roundId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AssignmentSummaryFields\n          round {\n            id\n            ordinal\n            status\n            deadline\n            programmeId\n            programmeTitle {\n              zh\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAssignmentsDocument,
    "\n  query NextAssignment($roundId: ID) {\n    nextAssignment(roundId: $roundId) {\n      id\n    }\n  }\n": typeof types.NextAssignmentDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    roundId\n    projectId\n    conflictDeclared\n    round {\n      id\n      ordinal\n      status\n      deadline\n      cans\n      criteria\n      scaleMin\n      scaleMax\n      programmeId\n      programmeTitle {\n        zh\n        en\n      }\n      rubric {\n        code\n        nameZh\n        nameEn\n        weight\n      }\n    }\n    project {\n      id\n      title {\n        zh\n        en\n      }\n      summary {\n        zh\n        en\n      }\n      sectorCode\n      sectorName {\n        zh\n        en\n      }\n      country\n      organizationName\n      trl\n      ipStatus\n      cooperationModes\n      fundingAsk {\n        amount\n        currency\n      }\n      team\n      selfAssessment {\n        can\n        claim\n        evidence\n      }\n      attachments {\n        id\n        filename\n        contentType\n        sizeBytes\n        url\n      }\n    }\n    review {\n      ...ReviewFields\n    }\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.AssignmentDocument,
    "\n  mutation DeclareNoConflict($assignmentId: ID!) {\n    declareNoConflict(assignmentId: $assignmentId) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.DeclareNoConflictDocument,
    "\n  mutation DeclareConflict($assignmentId: ID!, $reason: String!) {\n    declareConflict(assignmentId: $assignmentId, reason: $reason) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.DeclareConflictDocument,
    "\n  mutation SaveReview($assignmentId: ID!, $input: ReviewInput!) {\n    saveReview(assignmentId: $assignmentId, input: $input) {\n      ...ReviewFields\n    }\n  }\n": typeof types.SaveReviewDocument,
    "\n  mutation SubmitReview($assignmentId: ID!) {\n    submitReview(assignmentId: $assignmentId) {\n      ...ReviewFields\n    }\n  }\n": typeof types.SubmitReviewDocument,
    "\n  fragment ReviewerProfileFields on ReviewerProfile {\n    id\n    userId\n    email\n    displayName\n    sectors\n    languages\n    country\n    affiliation\n    emailDomain\n    maxLoad\n    activeAssignments\n  }\n": typeof types.ReviewerProfileFieldsFragmentDoc,
    "\n  query ReviewerProfiles($first: Int, $after: String, $search: String) {\n    reviewerProfiles(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReviewerProfileFields\n        }\n      }\n    }\n  }\n": typeof types.ReviewerProfilesDocument,
    "\n  mutation InviteReviewer($input: InviteReviewerInput!) {\n    inviteReviewer(input: $input) {\n      ...ReviewerProfileFields\n    }\n  }\n": typeof types.InviteReviewerDocument,
    "\n  mutation UpdateReviewerProfile($id: ID!, $input: ReviewerProfileInput!) {\n    updateReviewerProfile(id: $id, input: $input) {\n      ...ReviewerProfileFields\n    }\n  }\n": typeof types.UpdateReviewerProfileDocument,
    "\n  fragment ScreeningRoundFields on ScreeningRound {\n    id\n    programmeId\n    ordinal\n    status\n    cans\n    criteria\n    reviewersPerProject\n    maxLoad\n    deadline\n    lastRound\n    advanceRule {\n      kind\n      n\n      minScore\n    }\n    projectCount\n    assignmentCount\n    submittedReviewCount\n    assignmentJob {\n      state\n      progress\n      message\n    }\n    openedAt\n    closedAt\n    decidedAt\n    createdAt\n  }\n": typeof types.ScreeningRoundFieldsFragmentDoc,
    "\n  query ScreeningRounds($programmeId: ID!) {\n    screeningRounds(programmeId: $programmeId) {\n      ...ScreeningRoundFields\n    }\n  }\n": typeof types.ScreeningRoundsDocument,
    "\n  query ScreeningRound($id: ID!) {\n    screeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n": typeof types.ScreeningRoundDocument,
    "\n  mutation CreateScreeningRound($input: ScreeningRoundInput!) {\n    createScreeningRound(input: $input) {\n      ...ScreeningRoundFields\n    }\n  }\n": typeof types.CreateScreeningRoundDocument,
    "\n  mutation UpdateScreeningRound($id: ID!, $input: ScreeningRoundUpdateInput!) {\n    updateScreeningRound(id: $id, input: $input) {\n      ...ScreeningRoundFields\n    }\n  }\n": typeof types.UpdateScreeningRoundDocument,
    "\n  mutation OpenScreeningRound($id: ID!) {\n    openScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n": typeof types.OpenScreeningRoundDocument,
    "\n  mutation CloseScreeningRound($id: ID!) {\n    closeScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n": typeof types.CloseScreeningRoundDocument,
    "\n  mutation DecideScreeningRound($id: ID!) {\n    decideScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n": typeof types.DecideScreeningRoundDocument,
    "\n  mutation ExportRoundResults($roundId: ID!, $locale: String) {\n    exportRoundResults(roundId: $roundId, locale: $locale) {\n      url\n      filename\n    }\n  }\n": typeof types.ExportRoundResultsDocument,
    "\n  query AssignmentPreview($roundId: ID!) {\n    assignmentPreview(roundId: $roundId) {\n      feasible\n      needed\n      capacity\n      shortfall\n      message\n      projectCount\n      newConflicts\n      loads {\n        load\n        maxLoad\n        sectorMatches\n        reviewer {\n          id\n          displayName\n          email\n        }\n      }\n      blockedProjects {\n        projectId\n        eligibleReviewers\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n": typeof types.AssignmentPreviewDocument,
    "\n  query Conflicts($roundId: ID, $programmeId: ID, $status: ConflictStatus, $first: Int, $after: String) {\n    conflicts(roundId: $roundId, programmeId: $programmeId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          source\n          status\n          reason\n          createdAt\n          resolvedAt\n          projectId\n          assignmentId\n          projectTitle {\n            zh\n            en\n          }\n          reviewer {\n            id\n            displayName\n            email\n            affiliation\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConflictsDocument,
    "\n  mutation ResolveConflict($id: ID!, $resolution: ConflictResolution!) {\n    resolveConflict(id: $id, resolution: $resolution) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": typeof types.ResolveConflictDocument,
    "\n  mutation AddConflict($reviewerProfileId: ID!, $projectId: ID!, $reason: String!) {\n    addConflict(reviewerProfileId: $reviewerProfileId, projectId: $projectId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.AddConflictDocument,
    "\n  query ReviewerProgress($roundId: ID!) {\n    reviewerProgress(roundId: $roundId) {\n      assigned\n      declared\n      drafts\n      submitted\n      reviewer {\n        id\n        displayName\n        email\n        maxLoad\n      }\n    }\n  }\n": typeof types.ReviewerProgressDocument,
    "\n  query RoundAssignments($roundId: ID!, $vacantOnly: Boolean, $first: Int, $after: String) {\n    roundAssignments(roundId: $roundId, vacantOnly: $vacantOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          projectId\n          conflictDeclared\n          project {\n            id\n            title {\n              zh\n              en\n            }\n          }\n          reviewer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoundAssignmentsDocument,
    "\n  mutation ReassignReview($assignmentId: ID!, $reviewerProfileId: ID!) {\n    reassignReview(assignmentId: $assignmentId, reviewerProfileId: $reviewerProfileId) {\n      id\n      reviewer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReassignReviewDocument,
    "\n  fragment RoundResultFields on RoundResult {\n    projectId\n    rank\n    title {\n      zh\n      en\n    }\n    country\n    sectorCode\n    organizationName\n    rawMean\n    normalised\n    disagreement\n    reviewCount\n    minReviewerScore\n    perCriterion {\n      criterion\n      score\n    }\n    gate {\n      passed\n      failedCans\n    }\n    proposed\n    decision\n    reasonCode\n    override {\n      decision\n      reason\n      by\n      at\n    }\n  }\n": typeof types.RoundResultFieldsFragmentDoc,
    "\n  query RoundResults($roundId: ID!, $first: Int, $after: String, $orderBy: RoundResultOrder) {\n    roundResults(roundId: $roundId, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n": typeof types.RoundResultsDocument,
    "\n  query RoundCharts($roundId: ID!) {\n    roundScoreDistribution(roundId: $roundId) {\n      from\n      to\n      raw\n      normalised\n    }\n    reviewerLeniency(roundId: $roundId) {\n      count\n      meanRaw\n      meanZ\n      reviewer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RoundChartsDocument,
    "\n  mutation OverrideDecision($roundId: ID!, $projectId: ID!, $decision: Decision!, $reason: String!) {\n    overrideDecision(roundId: $roundId, projectId: $projectId, decision: $decision, reason: $reason) {\n      ...RoundResultFields\n    }\n  }\n": typeof types.OverrideDecisionDocument,
    "\n  mutation ReleaseFeedback($roundId: ID!, $projectId: ID!, $text: LocalizedTextInput!) {\n    releaseFeedback(roundId: $roundId, projectId: $projectId, text: $text) {\n      roundOrdinal\n      releasedAt\n    }\n  }\n": typeof types.ReleaseFeedbackDocument,
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
    "\n  query Deals($filter: DealsFilter, $first: Int, $after: String) {\n    deals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DealCardFields\n        }\n      }\n    }\n  }\n": types.DealsDocument,
    "\n  query DealStageCounts($filter: DealsFilter) {\n    dealStageCounts(filter: $filter) {\n      stage\n      count\n    }\n  }\n": types.DealStageCountsDocument,
    "\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealCardFields\n      activities {\n        id\n        kind\n        note\n        nextStepAt\n        createdBy\n        createdAt\n      }\n    }\n  }\n": types.DealDocument,
    "\n  mutation MoveDeal($id: ID!, $input: MoveDealInput!) {\n    moveDeal(id: $id, input: $input) {\n      ...DealCardFields\n    }\n  }\n": types.MoveDealDocument,
    "\n  mutation LogDealActivity($id: ID!, $input: DealActivityInput!) {\n    logDealActivity(id: $id, input: $input) {\n      ...DealCardFields\n      activities {\n        id\n        kind\n        note\n        nextStepAt\n        createdBy\n        createdAt\n      }\n    }\n  }\n": types.LogDealActivityDocument,
    "\n  query Agreements($ceremonyId: ID, $first: Int, $after: String) {\n    agreements(ceremonyId: $ceremonyId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n": types.AgreementsDocument,
    "\n  query AgreementsSummary {\n    agreementsSummary {\n      count\n      landed\n      missingRates\n      committed {\n        ...MoneyFields\n      }\n      realised {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AgreementsSummaryDocument,
    "\n  query Ceremonies($first: Int, $after: String) {\n    ceremonies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CeremonyFields\n        }\n      }\n    }\n  }\n": types.CeremoniesDocument,
    "\n  query Ceremony($id: ID!) {\n    ceremony(id: $id) {\n      ...CeremonyFields\n    }\n  }\n": types.CeremonyDocument,
    "\n  mutation CreateCeremony($input: CeremonyInput!) {\n    createCeremony(input: $input) {\n      ...CeremonyFields\n    }\n  }\n": types.CreateCeremonyDocument,
    "\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.RecordAgreementDocument,
    "\n  mutation RecordRealisation($id: ID!, $input: RealisationInput!) {\n    recordRealisation(id: $id, input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.RecordRealisationDocument,
    "\n  query MyPartners($first: Int, $search: String, $kind: PartnerKind) {\n    partners(first: $first, search: $search, kind: $kind) {\n      totalCount\n      edges {\n        node {\n          ...PartnerSummaryFields\n        }\n      }\n    }\n  }\n": types.MyPartnersDocument,
    "\n  query RecommendedProjects($partnerId: ID!, $first: Int) {\n    recommendedProjects(partnerId: $partnerId, first: $first) {\n      score\n      reasons {\n        ...MatchReasonFields\n      }\n      project {\n        ...PartnerProjectFields\n      }\n    }\n  }\n": types.RecommendedProjectsDocument,
    "\n  query PublishedProjects($first: Int, $after: String, $filter: PublishedProjectsFilter) {\n    publishedProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerProjectFields\n        }\n      }\n    }\n  }\n": types.PublishedProjectsDocument,
    "\n  query SavedProjects($partnerId: ID!, $first: Int, $after: String) {\n    savedProjects(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerProjectFields\n        }\n      }\n    }\n  }\n": types.SavedProjectsDocument,
    "\n  query Intents($partnerId: ID, $projectId: ID, $first: Int, $after: String) {\n    intents(partnerId: $partnerId, projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IntentFields\n        }\n      }\n    }\n  }\n": types.IntentsDocument,
    "\n  query Bids($partnerId: ID, $projectId: ID, $status: BidStatus, $first: Int, $after: String) {\n    bids(partnerId: $partnerId, projectId: $projectId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BidFields\n        }\n      }\n    }\n  }\n": types.BidsDocument,
    "\n  query MarketProject($id: ID!) {\n    publishedProject(id: $id) {\n      ...PartnerProjectFields\n    }\n  }\n": types.MarketProjectDocument,
    "\n  fragment PartnerProjectStatusFields on PartnerProjectStatus {\n    partnerId\n    projectId\n    saved\n    notInterested\n    intents {\n      ...IntentFields\n    }\n    bid {\n      ...BidFields\n    }\n    deal {\n      ...DealCardFields\n    }\n  }\n": types.PartnerProjectStatusFieldsFragmentDoc,
    "\n  query PartnerProjectStatus($partnerId: ID!, $projectId: ID!) {\n    partnerProjectStatus(partnerId: $partnerId, projectId: $projectId) {\n      ...PartnerProjectStatusFields\n    }\n  }\n": types.PartnerProjectStatusDocument,
    "\n  mutation SaveProject($partnerId: ID!, $projectId: ID!, $saved: Boolean) {\n    saveProject(partnerId: $partnerId, projectId: $projectId, saved: $saved) {\n      ...PartnerProjectStatusFields\n    }\n  }\n": types.SaveProjectDocument,
    "\n  mutation MarkNotInterested($partnerId: ID!, $projectId: ID!, $notInterested: Boolean) {\n    markNotInterested(partnerId: $partnerId, projectId: $projectId, notInterested: $notInterested) {\n      id\n    }\n  }\n": types.MarkNotInterestedDocument,
    "\n  mutation RecordIntent($input: RecordIntentInput!) {\n    recordIntent(input: $input) {\n      ...IntentFields\n    }\n  }\n": types.RecordIntentDocument,
    "\n  mutation UpdateIntent($id: ID!, $input: UpdateIntentInput!) {\n    updateIntent(id: $id, input: $input) {\n      ...IntentFields\n    }\n  }\n": types.UpdateIntentDocument,
    "\n  mutation PlaceBid($input: PlaceBidInput!) {\n    placeBid(input: $input) {\n      ...BidFields\n    }\n  }\n": types.PlaceBidDocument,
    "\n  mutation ReviseBid($id: ID!, $input: BidTermsInput!, $version: Int) {\n    reviseBid(id: $id, input: $input, version: $version) {\n      ...BidFields\n    }\n  }\n": types.ReviseBidDocument,
    "\n  mutation WithdrawBid($id: ID!) {\n    withdrawBid(id: $id) {\n      ...BidFields\n    }\n  }\n": types.WithdrawBidDocument,
    "\n  query RecommendedPartners($projectId: ID!, $first: Int) {\n    recommendedPartners(projectId: $projectId, first: $first) {\n      score\n      reasons {\n        ...MatchReasonFields\n      }\n      partner {\n        ...PartnerSummaryFields\n      }\n    }\n  }\n": types.RecommendedPartnersDocument,
    "\n  query ProjectBids($projectId: ID!, $currency: String) {\n    projectBids(projectId: $projectId, currency: $currency) {\n      projectId\n      currency\n      missingRates\n      rows {\n        best\n        missingRate\n        investment {\n          ...MoneyFields\n        }\n        subsidy {\n          ...MoneyFields\n        }\n        total {\n          ...MoneyFields\n        }\n        impliedValuation {\n          ...MoneyFields\n        }\n        bid {\n          ...BidFields\n        }\n      }\n    }\n  }\n": types.ProjectBidsDocument,
    "\n  mutation RespondToBid($id: ID!, $answer: BidAnswer!, $message: String) {\n    respondToBid(id: $id, answer: $answer, message: $message) {\n      ...BidFields\n    }\n  }\n": types.RespondToBidDocument,
    "\n  query FxRates {\n    fxRates {\n      base\n      rates {\n        currency\n        rate\n        updatedAt\n      }\n    }\n  }\n": types.FxRatesDocument,
    "\n  mutation SetFxRate($input: FxRateInput!) {\n    setFxRate(input: $input) {\n      base\n      rates {\n        currency\n        rate\n        updatedAt\n      }\n    }\n  }\n": types.SetFxRateDocument,
    "\n  fragment MoneyFields on Money {\n    amount\n    currency\n  }\n": types.MoneyFieldsFragmentDoc,
    "\n  fragment PartnerProjectFields on PartnerProject {\n    id\n    programmeId\n    status\n    title {\n      zh\n      en\n    }\n    summary {\n      zh\n      en\n    }\n    organizationName\n    country\n    sectorCode\n    trl\n    cooperationModes\n    fundingAsk {\n      ...MoneyFields\n    }\n  }\n": types.PartnerProjectFieldsFragmentDoc,
    "\n  fragment MatchReasonFields on MatchReason {\n    code\n    outcome\n    points\n    weight\n    detail\n  }\n": types.MatchReasonFieldsFragmentDoc,
    "\n  fragment PartnerSummaryFields on Partner {\n    id\n    kind\n    country\n    name {\n      zh\n      en\n    }\n    interests {\n      sectors\n      trlMin\n      trlMax\n      cooperationModes\n      regions\n      ticketMin {\n        ...MoneyFields\n      }\n      ticketMax {\n        ...MoneyFields\n      }\n    }\n    park {\n      availableSpaceM2\n      chainFocus\n      incentives\n    }\n  }\n": types.PartnerSummaryFieldsFragmentDoc,
    "\n  fragment IntentFields on MatchIntent {\n    id\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    kind\n    level\n    source\n    note\n    amount {\n      ...MoneyFields\n    }\n    committedAt\n    updatedAt\n    version\n  }\n": types.IntentFieldsFragmentDoc,
    "\n  fragment BidTermsFields on BidTerms {\n    investment {\n      ...MoneyFields\n    }\n    equityPercent\n    spaceM2\n    rentFreeMonths\n    subsidy {\n      ...MoneyFields\n    }\n    otherTerms\n    validUntil\n  }\n": types.BidTermsFieldsFragmentDoc,
    "\n  fragment BidFields on Bid {\n    id\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    status\n    revision\n    version\n    terms {\n      ...BidTermsFields\n    }\n    history {\n      revision\n      createdAt\n      terms {\n        ...BidTermsFields\n      }\n    }\n    responseMessage\n    closedAt\n    createdAt\n    updatedAt\n  }\n": types.BidFieldsFragmentDoc,
    "\n  fragment DealCardFields on Deal {\n    id\n    stage\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    ownerUserId\n    agreementId\n    nextStep\n    nextStepAt\n    lastActivityAt\n    dropReason\n    droppedFrom\n    meetingAt\n    ndaFileId\n    mouFileId\n    version\n    updatedAt\n  }\n": types.DealCardFieldsFragmentDoc,
    "\n  fragment AgreementFields on Agreement {\n    id\n    dealId\n    dealStage\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    kind\n    parties\n    ceremonyId\n    ceremonyTitle {\n      zh\n      en\n    }\n    signedAt\n    committed {\n      ...MoneyFields\n    }\n    realised {\n      ...MoneyFields\n    }\n    realisedAt\n    registeredEntity\n    landingPartnerId\n    jobsCreated\n    documentFileIds\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  fragment CeremonyFields on SigningCeremony {\n    id\n    title {\n      zh\n      en\n    }\n    mode\n    heldAt\n    timeZone\n    venue\n    agreementCount\n    committed {\n      ...MoneyFields\n    }\n    missingRates\n  }\n": types.CeremonyFieldsFragmentDoc,
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
    "\n  fragment RoadshowSummaryFields on Roadshow {\n    id\n    programmeId\n    title {\n      zh\n      en\n    }\n    mode\n    status\n    startsAt\n    endsAt\n    timeZone\n    slotMinutes\n    projectIds\n    version\n  }\n": types.RoadshowSummaryFieldsFragmentDoc,
    "\n  fragment RoadshowSlotFields on RoadshowSlot {\n    id\n    projectId\n    order\n    title {\n      zh\n      en\n    }\n    country\n    delivery\n    status\n    startsAt\n    endsAt\n    displayStart\n    displayEnd\n    presenterLocalStart\n    presenterLocalEnd\n    presenterTimeZone\n    startedAt\n    finishedAt\n    explanation {\n      code\n      fit\n      local\n    }\n  }\n": types.RoadshowSlotFieldsFragmentDoc,
    "\n  fragment PlanWarningFields on PlanWarning {\n    code\n    projectId\n    order\n    local\n    needed\n    fits\n    live\n    optimum\n    message\n  }\n": types.PlanWarningFieldsFragmentDoc,
    "\n  fragment RoadshowFields on Roadshow {\n    ...RoadshowSummaryFields\n    venue\n    streamUrl\n    breaks {\n      every {\n        afterEverySlots\n        minutes\n      }\n      windows {\n        startsAt\n        endsAt\n      }\n    }\n    commentators {\n      userId\n      displayName\n    }\n    createdAt\n    publishedAt\n    startedAt\n    endedAt\n    plan {\n      mode\n      fingerprint\n      summary {\n        live\n        prerecorded\n        preferred\n        unplaced\n      }\n      slots {\n        ...RoadshowSlotFields\n      }\n      breaks {\n        startsAt\n        endsAt\n        displayStart\n        displayEnd\n      }\n      unplaced {\n        projectId\n        title {\n          zh\n          en\n        }\n      }\n      warnings {\n        ...PlanWarningFields\n      }\n    }\n  }\n": types.RoadshowFieldsFragmentDoc,
    "\n  query Roadshows($programmeId: ID!, $first: Int, $after: String) {\n    roadshows(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RoadshowSummaryFields\n        }\n      }\n    }\n  }\n": types.RoadshowsDocument,
    "\n  query Roadshow($id: ID!) {\n    roadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n": types.RoadshowDocument,
    "\n  mutation CreateRoadshow($input: CreateRoadshowInput!) {\n    createRoadshow(input: $input) {\n      ...RoadshowFields\n    }\n  }\n": types.CreateRoadshowDocument,
    "\n  mutation UpdateRoadshow($id: ID!, $input: UpdateRoadshowInput!, $version: Int!) {\n    updateRoadshow(id: $id, input: $input, version: $version) {\n      ...RoadshowFields\n    }\n  }\n": types.UpdateRoadshowDocument,
    "\n  mutation AddRoadshowProjects($id: ID!, $projectIds: [ID!]!) {\n    addRoadshowProjects(id: $id, projectIds: $projectIds) {\n      ...RoadshowFields\n    }\n  }\n": types.AddRoadshowProjectsDocument,
    "\n  mutation RemoveRoadshowProject($id: ID!, $projectId: ID!) {\n    removeRoadshowProject(id: $id, projectId: $projectId) {\n      ...RoadshowFields\n    }\n  }\n": types.RemoveRoadshowProjectDocument,
    "\n  mutation AssignCommentators($id: ID!, $userIds: [ID!]!) {\n    assignCommentators(id: $id, userIds: $userIds) {\n      ...RoadshowFields\n    }\n  }\n": types.AssignCommentatorsDocument,
    "\n  mutation MoveSlot($roadshowId: ID!, $projectId: ID!, $toIndex: Int!, $version: Int!) {\n    moveSlot(roadshowId: $roadshowId, projectId: $projectId, toIndex: $toIndex, version: $version) {\n      ...RoadshowFields\n    }\n  }\n": types.MoveSlotDocument,
    "\n  mutation ResetRoadshowOrder($id: ID!) {\n    resetRoadshowOrder(id: $id) {\n      ...RoadshowFields\n    }\n  }\n": types.ResetRoadshowOrderDocument,
    "\n  mutation PublishRoadshow($id: ID!) {\n    publishRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n": types.PublishRoadshowDocument,
    "\n  mutation StartRoadshow($id: ID!) {\n    startRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n": types.StartRoadshowDocument,
    "\n  mutation EndRoadshow($id: ID!) {\n    endRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n": types.EndRoadshowDocument,
    "\n  query RoadshowCandidates($first: Int, $after: String, $filter: PublishedProjectsFilter) {\n    publishedProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          programmeId\n          status\n          title {\n            zh\n            en\n          }\n          country\n          organizationName\n          sectorCode\n        }\n      }\n    }\n  }\n": types.RoadshowCandidatesDocument,
    "\n  query RoadshowMembers($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          userId\n          displayName\n          email\n          roles\n        }\n      }\n    }\n  }\n": types.RoadshowMembersDocument,
    "\n  fragment LiveSlotFields on LiveSlot {\n    id\n    projectId\n    order\n    title {\n      zh\n      en\n    }\n    country\n    delivery\n    status\n    startsAt\n    endsAt\n    plannedEnd\n    startedAt\n  }\n": types.LiveSlotFieldsFragmentDoc,
    "\n  fragment RoadshowLiveFields on RoadshowLiveState {\n    roadshowId\n    status\n    updatedAt\n    totalIntents\n    currentSlot {\n      ...LiveSlotFields\n    }\n    nextSlot {\n      ...LiveSlotFields\n    }\n    slots {\n      ...LiveSlotFields\n    }\n    intentCounts {\n      projectId\n      count\n    }\n  }\n": types.RoadshowLiveFieldsFragmentDoc,
    "\n  query RoadshowLive($roadshowId: ID!) {\n    roadshowLive(roadshowId: $roadshowId) {\n      ...RoadshowLiveFields\n    }\n  }\n": types.RoadshowLiveDocument,
    "\n  subscription RoadshowUpdated($roadshowId: ID!) {\n    roadshowUpdated(roadshowId: $roadshowId) {\n      ...RoadshowLiveFields\n    }\n  }\n": types.RoadshowUpdatedDocument,
    "\n  mutation MoveRoadshowSlot($slotId: ID!, $status: SlotStatus!) {\n    moveRoadshowSlot(slotId: $slotId, status: $status) {\n      ...LiveSlotFields\n    }\n  }\n": types.MoveRoadshowSlotDocument,
    "\n  fragment CommentaryFields on Commentary {\n    id\n    roadshowId\n    slotId\n    projectId\n    authorUserId\n    authorName\n    createdAt\n    text\n    entries {\n      dimension\n      rating\n      note\n    }\n  }\n": types.CommentaryFieldsFragmentDoc,
    "\n  query Commentaries($roadshowId: ID, $slotId: ID) {\n    commentaries(roadshowId: $roadshowId, slotId: $slotId) {\n      ...CommentaryFields\n    }\n  }\n": types.CommentariesDocument,
    "\n  mutation AddCommentary($slotId: ID!, $input: CommentaryInput!) {\n    addCommentary(slotId: $slotId, input: $input) {\n      ...CommentaryFields\n    }\n  }\n": types.AddCommentaryDocument,
    "\n  query PublicRoadshow($id: ID!) {\n    publicRoadshow(id: $id) {\n      id\n      title {\n        zh\n        en\n      }\n      mode\n      status\n      venue\n      streamUrl\n      timeZone\n      startsAt\n      endsAt\n      breaks {\n        startsAt\n        endsAt\n      }\n      slots {\n        order\n        projectTitle {\n          zh\n          en\n        }\n        country\n        organizationName\n        startsAt\n        endsAt\n        delivery\n        status\n      }\n    }\n  }\n": types.PublicRoadshowDocument,
    "\n  fragment HandbookJobFields on HandbookJob {\n    id\n    programmeId\n    status\n    progress\n    processed\n    total\n    pdfFileId\n    xlsxFileId\n    error\n    createdAt\n    finishedAt\n    options {\n      languages\n      includeContacts\n      sectorCodes\n      title {\n        zh\n        en\n      }\n    }\n  }\n": types.HandbookJobFieldsFragmentDoc,
    "\n  query HandbookJobs($programmeId: ID!, $first: Int, $after: String) {\n    handbookJobs(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...HandbookJobFields\n        }\n      }\n    }\n  }\n": types.HandbookJobsDocument,
    "\n  query HandbookJob($id: ID!) {\n    handbookJob(id: $id) {\n      ...HandbookJobFields\n    }\n  }\n": types.HandbookJobDocument,
    "\n  mutation GenerateHandbook($programmeId: ID!, $options: HandbookOptionsInput) {\n    generateHandbook(programmeId: $programmeId, options: $options) {\n      ...HandbookJobFields\n    }\n  }\n": types.GenerateHandbookDocument,
    "\n  query ProjectFeedback($projectId: ID!) {\n    projectFeedback(projectId: $projectId) {\n      roundOrdinal\n      releasedAt\n      text {\n        zh\n        en\n      }\n    }\n  }\n": types.ProjectFeedbackDocument,
    "\n  fragment ReviewFields on Review {\n    id\n    assignmentId\n    status\n    scores {\n      criterion\n      score\n    }\n    verdicts {\n      can\n      verdict\n      note\n    }\n    recommendation\n    comment\n    submittedAt\n    updatedAt\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    roundId\n    projectId\n    conflictDeclared\n    project {\n      id\n      title {\n        zh\n        en\n      }\n      sectorCode\n      sectorName {\n        zh\n        en\n      }\n      country\n    }\n    review {\n      id\n      status\n    }\n  }\n": types.AssignmentSummaryFieldsFragmentDoc,
    "\n  query MyAssignments($roundId: ID, $first: Int, $after: String) {\n    myAssignments(roundId: $roundId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AssignmentSummaryFields\n          round {\n            id\n            ordinal\n            status\n            deadline\n            programmeId\n            programmeTitle {\n              zh\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyAssignmentsDocument,
    "\n  query NextAssignment($roundId: ID) {\n    nextAssignment(roundId: $roundId) {\n      id\n    }\n  }\n": types.NextAssignmentDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    roundId\n    projectId\n    conflictDeclared\n    round {\n      id\n      ordinal\n      status\n      deadline\n      cans\n      criteria\n      scaleMin\n      scaleMax\n      programmeId\n      programmeTitle {\n        zh\n        en\n      }\n      rubric {\n        code\n        nameZh\n        nameEn\n        weight\n      }\n    }\n    project {\n      id\n      title {\n        zh\n        en\n      }\n      summary {\n        zh\n        en\n      }\n      sectorCode\n      sectorName {\n        zh\n        en\n      }\n      country\n      organizationName\n      trl\n      ipStatus\n      cooperationModes\n      fundingAsk {\n        amount\n        currency\n      }\n      team\n      selfAssessment {\n        can\n        claim\n        evidence\n      }\n      attachments {\n        id\n        filename\n        contentType\n        sizeBytes\n        url\n      }\n    }\n    review {\n      ...ReviewFields\n    }\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentFields\n    }\n  }\n": types.AssignmentDocument,
    "\n  mutation DeclareNoConflict($assignmentId: ID!) {\n    declareNoConflict(assignmentId: $assignmentId) {\n      ...AssignmentFields\n    }\n  }\n": types.DeclareNoConflictDocument,
    "\n  mutation DeclareConflict($assignmentId: ID!, $reason: String!) {\n    declareConflict(assignmentId: $assignmentId, reason: $reason) {\n      ...AssignmentFields\n    }\n  }\n": types.DeclareConflictDocument,
    "\n  mutation SaveReview($assignmentId: ID!, $input: ReviewInput!) {\n    saveReview(assignmentId: $assignmentId, input: $input) {\n      ...ReviewFields\n    }\n  }\n": types.SaveReviewDocument,
    "\n  mutation SubmitReview($assignmentId: ID!) {\n    submitReview(assignmentId: $assignmentId) {\n      ...ReviewFields\n    }\n  }\n": types.SubmitReviewDocument,
    "\n  fragment ReviewerProfileFields on ReviewerProfile {\n    id\n    userId\n    email\n    displayName\n    sectors\n    languages\n    country\n    affiliation\n    emailDomain\n    maxLoad\n    activeAssignments\n  }\n": types.ReviewerProfileFieldsFragmentDoc,
    "\n  query ReviewerProfiles($first: Int, $after: String, $search: String) {\n    reviewerProfiles(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReviewerProfileFields\n        }\n      }\n    }\n  }\n": types.ReviewerProfilesDocument,
    "\n  mutation InviteReviewer($input: InviteReviewerInput!) {\n    inviteReviewer(input: $input) {\n      ...ReviewerProfileFields\n    }\n  }\n": types.InviteReviewerDocument,
    "\n  mutation UpdateReviewerProfile($id: ID!, $input: ReviewerProfileInput!) {\n    updateReviewerProfile(id: $id, input: $input) {\n      ...ReviewerProfileFields\n    }\n  }\n": types.UpdateReviewerProfileDocument,
    "\n  fragment ScreeningRoundFields on ScreeningRound {\n    id\n    programmeId\n    ordinal\n    status\n    cans\n    criteria\n    reviewersPerProject\n    maxLoad\n    deadline\n    lastRound\n    advanceRule {\n      kind\n      n\n      minScore\n    }\n    projectCount\n    assignmentCount\n    submittedReviewCount\n    assignmentJob {\n      state\n      progress\n      message\n    }\n    openedAt\n    closedAt\n    decidedAt\n    createdAt\n  }\n": types.ScreeningRoundFieldsFragmentDoc,
    "\n  query ScreeningRounds($programmeId: ID!) {\n    screeningRounds(programmeId: $programmeId) {\n      ...ScreeningRoundFields\n    }\n  }\n": types.ScreeningRoundsDocument,
    "\n  query ScreeningRound($id: ID!) {\n    screeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n": types.ScreeningRoundDocument,
    "\n  mutation CreateScreeningRound($input: ScreeningRoundInput!) {\n    createScreeningRound(input: $input) {\n      ...ScreeningRoundFields\n    }\n  }\n": types.CreateScreeningRoundDocument,
    "\n  mutation UpdateScreeningRound($id: ID!, $input: ScreeningRoundUpdateInput!) {\n    updateScreeningRound(id: $id, input: $input) {\n      ...ScreeningRoundFields\n    }\n  }\n": types.UpdateScreeningRoundDocument,
    "\n  mutation OpenScreeningRound($id: ID!) {\n    openScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n": types.OpenScreeningRoundDocument,
    "\n  mutation CloseScreeningRound($id: ID!) {\n    closeScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n": types.CloseScreeningRoundDocument,
    "\n  mutation DecideScreeningRound($id: ID!) {\n    decideScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n": types.DecideScreeningRoundDocument,
    "\n  mutation ExportRoundResults($roundId: ID!, $locale: String) {\n    exportRoundResults(roundId: $roundId, locale: $locale) {\n      url\n      filename\n    }\n  }\n": types.ExportRoundResultsDocument,
    "\n  query AssignmentPreview($roundId: ID!) {\n    assignmentPreview(roundId: $roundId) {\n      feasible\n      needed\n      capacity\n      shortfall\n      message\n      projectCount\n      newConflicts\n      loads {\n        load\n        maxLoad\n        sectorMatches\n        reviewer {\n          id\n          displayName\n          email\n        }\n      }\n      blockedProjects {\n        projectId\n        eligibleReviewers\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n": types.AssignmentPreviewDocument,
    "\n  query Conflicts($roundId: ID, $programmeId: ID, $status: ConflictStatus, $first: Int, $after: String) {\n    conflicts(roundId: $roundId, programmeId: $programmeId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          source\n          status\n          reason\n          createdAt\n          resolvedAt\n          projectId\n          assignmentId\n          projectTitle {\n            zh\n            en\n          }\n          reviewer {\n            id\n            displayName\n            email\n            affiliation\n          }\n        }\n      }\n    }\n  }\n": types.ConflictsDocument,
    "\n  mutation ResolveConflict($id: ID!, $resolution: ConflictResolution!) {\n    resolveConflict(id: $id, resolution: $resolution) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": types.ResolveConflictDocument,
    "\n  mutation AddConflict($reviewerProfileId: ID!, $projectId: ID!, $reason: String!) {\n    addConflict(reviewerProfileId: $reviewerProfileId, projectId: $projectId, reason: $reason) {\n      id\n    }\n  }\n": types.AddConflictDocument,
    "\n  query ReviewerProgress($roundId: ID!) {\n    reviewerProgress(roundId: $roundId) {\n      assigned\n      declared\n      drafts\n      submitted\n      reviewer {\n        id\n        displayName\n        email\n        maxLoad\n      }\n    }\n  }\n": types.ReviewerProgressDocument,
    "\n  query RoundAssignments($roundId: ID!, $vacantOnly: Boolean, $first: Int, $after: String) {\n    roundAssignments(roundId: $roundId, vacantOnly: $vacantOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          projectId\n          conflictDeclared\n          project {\n            id\n            title {\n              zh\n              en\n            }\n          }\n          reviewer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.RoundAssignmentsDocument,
    "\n  mutation ReassignReview($assignmentId: ID!, $reviewerProfileId: ID!) {\n    reassignReview(assignmentId: $assignmentId, reviewerProfileId: $reviewerProfileId) {\n      id\n      reviewer {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReassignReviewDocument,
    "\n  fragment RoundResultFields on RoundResult {\n    projectId\n    rank\n    title {\n      zh\n      en\n    }\n    country\n    sectorCode\n    organizationName\n    rawMean\n    normalised\n    disagreement\n    reviewCount\n    minReviewerScore\n    perCriterion {\n      criterion\n      score\n    }\n    gate {\n      passed\n      failedCans\n    }\n    proposed\n    decision\n    reasonCode\n    override {\n      decision\n      reason\n      by\n      at\n    }\n  }\n": types.RoundResultFieldsFragmentDoc,
    "\n  query RoundResults($roundId: ID!, $first: Int, $after: String, $orderBy: RoundResultOrder) {\n    roundResults(roundId: $roundId, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n": types.RoundResultsDocument,
    "\n  query RoundCharts($roundId: ID!) {\n    roundScoreDistribution(roundId: $roundId) {\n      from\n      to\n      raw\n      normalised\n    }\n    reviewerLeniency(roundId: $roundId) {\n      count\n      meanRaw\n      meanZ\n      reviewer {\n        id\n        displayName\n      }\n    }\n  }\n": types.RoundChartsDocument,
    "\n  mutation OverrideDecision($roundId: ID!, $projectId: ID!, $decision: Decision!, $reason: String!) {\n    overrideDecision(roundId: $roundId, projectId: $projectId, decision: $decision, reason: $reason) {\n      ...RoundResultFields\n    }\n  }\n": types.OverrideDecisionDocument,
    "\n  mutation ReleaseFeedback($roundId: ID!, $projectId: ID!, $text: LocalizedTextInput!) {\n    releaseFeedback(roundId: $roundId, projectId: $projectId, text: $text) {\n      roundOrdinal\n      releasedAt\n    }\n  }\n": types.ReleaseFeedbackDocument,
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
export function graphql(source: "\n  query Deals($filter: DealsFilter, $first: Int, $after: String) {\n    deals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DealCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deals($filter: DealsFilter, $first: Int, $after: String) {\n    deals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DealCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealStageCounts($filter: DealsFilter) {\n    dealStageCounts(filter: $filter) {\n      stage\n      count\n    }\n  }\n"): (typeof documents)["\n  query DealStageCounts($filter: DealsFilter) {\n    dealStageCounts(filter: $filter) {\n      stage\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealCardFields\n      activities {\n        id\n        kind\n        note\n        nextStepAt\n        createdBy\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealCardFields\n      activities {\n        id\n        kind\n        note\n        nextStepAt\n        createdBy\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveDeal($id: ID!, $input: MoveDealInput!) {\n    moveDeal(id: $id, input: $input) {\n      ...DealCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveDeal($id: ID!, $input: MoveDealInput!) {\n    moveDeal(id: $id, input: $input) {\n      ...DealCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogDealActivity($id: ID!, $input: DealActivityInput!) {\n    logDealActivity(id: $id, input: $input) {\n      ...DealCardFields\n      activities {\n        id\n        kind\n        note\n        nextStepAt\n        createdBy\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogDealActivity($id: ID!, $input: DealActivityInput!) {\n    logDealActivity(id: $id, input: $input) {\n      ...DealCardFields\n      activities {\n        id\n        kind\n        note\n        nextStepAt\n        createdBy\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements($ceremonyId: ID, $first: Int, $after: String) {\n    agreements(ceremonyId: $ceremonyId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agreements($ceremonyId: ID, $first: Int, $after: String) {\n    agreements(ceremonyId: $ceremonyId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AgreementFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementsSummary {\n    agreementsSummary {\n      count\n      landed\n      missingRates\n      committed {\n        ...MoneyFields\n      }\n      realised {\n        ...MoneyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgreementsSummary {\n    agreementsSummary {\n      count\n      landed\n      missingRates\n      committed {\n        ...MoneyFields\n      }\n      realised {\n        ...MoneyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ceremonies($first: Int, $after: String) {\n    ceremonies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CeremonyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ceremonies($first: Int, $after: String) {\n    ceremonies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CeremonyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ceremony($id: ID!) {\n    ceremony(id: $id) {\n      ...CeremonyFields\n    }\n  }\n"): (typeof documents)["\n  query Ceremony($id: ID!) {\n    ceremony(id: $id) {\n      ...CeremonyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCeremony($input: CeremonyInput!) {\n    createCeremony(input: $input) {\n      ...CeremonyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCeremony($input: CeremonyInput!) {\n    createCeremony(input: $input) {\n      ...CeremonyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRealisation($id: ID!, $input: RealisationInput!) {\n    recordRealisation(id: $id, input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRealisation($id: ID!, $input: RealisationInput!) {\n    recordRealisation(id: $id, input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPartners($first: Int, $search: String, $kind: PartnerKind) {\n    partners(first: $first, search: $search, kind: $kind) {\n      totalCount\n      edges {\n        node {\n          ...PartnerSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPartners($first: Int, $search: String, $kind: PartnerKind) {\n    partners(first: $first, search: $search, kind: $kind) {\n      totalCount\n      edges {\n        node {\n          ...PartnerSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedProjects($partnerId: ID!, $first: Int) {\n    recommendedProjects(partnerId: $partnerId, first: $first) {\n      score\n      reasons {\n        ...MatchReasonFields\n      }\n      project {\n        ...PartnerProjectFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendedProjects($partnerId: ID!, $first: Int) {\n    recommendedProjects(partnerId: $partnerId, first: $first) {\n      score\n      reasons {\n        ...MatchReasonFields\n      }\n      project {\n        ...PartnerProjectFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedProjects($first: Int, $after: String, $filter: PublishedProjectsFilter) {\n    publishedProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerProjectFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedProjects($first: Int, $after: String, $filter: PublishedProjectsFilter) {\n    publishedProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerProjectFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedProjects($partnerId: ID!, $first: Int, $after: String) {\n    savedProjects(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerProjectFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedProjects($partnerId: ID!, $first: Int, $after: String) {\n    savedProjects(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerProjectFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Intents($partnerId: ID, $projectId: ID, $first: Int, $after: String) {\n    intents(partnerId: $partnerId, projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IntentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Intents($partnerId: ID, $projectId: ID, $first: Int, $after: String) {\n    intents(partnerId: $partnerId, projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IntentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bids($partnerId: ID, $projectId: ID, $status: BidStatus, $first: Int, $after: String) {\n    bids(partnerId: $partnerId, projectId: $projectId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BidFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Bids($partnerId: ID, $projectId: ID, $status: BidStatus, $first: Int, $after: String) {\n    bids(partnerId: $partnerId, projectId: $projectId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BidFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketProject($id: ID!) {\n    publishedProject(id: $id) {\n      ...PartnerProjectFields\n    }\n  }\n"): (typeof documents)["\n  query MarketProject($id: ID!) {\n    publishedProject(id: $id) {\n      ...PartnerProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerProjectStatusFields on PartnerProjectStatus {\n    partnerId\n    projectId\n    saved\n    notInterested\n    intents {\n      ...IntentFields\n    }\n    bid {\n      ...BidFields\n    }\n    deal {\n      ...DealCardFields\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerProjectStatusFields on PartnerProjectStatus {\n    partnerId\n    projectId\n    saved\n    notInterested\n    intents {\n      ...IntentFields\n    }\n    bid {\n      ...BidFields\n    }\n    deal {\n      ...DealCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerProjectStatus($partnerId: ID!, $projectId: ID!) {\n    partnerProjectStatus(partnerId: $partnerId, projectId: $projectId) {\n      ...PartnerProjectStatusFields\n    }\n  }\n"): (typeof documents)["\n  query PartnerProjectStatus($partnerId: ID!, $projectId: ID!) {\n    partnerProjectStatus(partnerId: $partnerId, projectId: $projectId) {\n      ...PartnerProjectStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProject($partnerId: ID!, $projectId: ID!, $saved: Boolean) {\n    saveProject(partnerId: $partnerId, projectId: $projectId, saved: $saved) {\n      ...PartnerProjectStatusFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveProject($partnerId: ID!, $projectId: ID!, $saved: Boolean) {\n    saveProject(partnerId: $partnerId, projectId: $projectId, saved: $saved) {\n      ...PartnerProjectStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotInterested($partnerId: ID!, $projectId: ID!, $notInterested: Boolean) {\n    markNotInterested(partnerId: $partnerId, projectId: $projectId, notInterested: $notInterested) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotInterested($partnerId: ID!, $projectId: ID!, $notInterested: Boolean) {\n    markNotInterested(partnerId: $partnerId, projectId: $projectId, notInterested: $notInterested) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIntent($input: RecordIntentInput!) {\n    recordIntent(input: $input) {\n      ...IntentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIntent($input: RecordIntentInput!) {\n    recordIntent(input: $input) {\n      ...IntentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIntent($id: ID!, $input: UpdateIntentInput!) {\n    updateIntent(id: $id, input: $input) {\n      ...IntentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIntent($id: ID!, $input: UpdateIntentInput!) {\n    updateIntent(id: $id, input: $input) {\n      ...IntentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceBid($input: PlaceBidInput!) {\n    placeBid(input: $input) {\n      ...BidFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceBid($input: PlaceBidInput!) {\n    placeBid(input: $input) {\n      ...BidFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseBid($id: ID!, $input: BidTermsInput!, $version: Int) {\n    reviseBid(id: $id, input: $input, version: $version) {\n      ...BidFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseBid($id: ID!, $input: BidTermsInput!, $version: Int) {\n    reviseBid(id: $id, input: $input, version: $version) {\n      ...BidFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawBid($id: ID!) {\n    withdrawBid(id: $id) {\n      ...BidFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawBid($id: ID!) {\n    withdrawBid(id: $id) {\n      ...BidFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedPartners($projectId: ID!, $first: Int) {\n    recommendedPartners(projectId: $projectId, first: $first) {\n      score\n      reasons {\n        ...MatchReasonFields\n      }\n      partner {\n        ...PartnerSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendedPartners($projectId: ID!, $first: Int) {\n    recommendedPartners(projectId: $projectId, first: $first) {\n      score\n      reasons {\n        ...MatchReasonFields\n      }\n      partner {\n        ...PartnerSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectBids($projectId: ID!, $currency: String) {\n    projectBids(projectId: $projectId, currency: $currency) {\n      projectId\n      currency\n      missingRates\n      rows {\n        best\n        missingRate\n        investment {\n          ...MoneyFields\n        }\n        subsidy {\n          ...MoneyFields\n        }\n        total {\n          ...MoneyFields\n        }\n        impliedValuation {\n          ...MoneyFields\n        }\n        bid {\n          ...BidFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectBids($projectId: ID!, $currency: String) {\n    projectBids(projectId: $projectId, currency: $currency) {\n      projectId\n      currency\n      missingRates\n      rows {\n        best\n        missingRate\n        investment {\n          ...MoneyFields\n        }\n        subsidy {\n          ...MoneyFields\n        }\n        total {\n          ...MoneyFields\n        }\n        impliedValuation {\n          ...MoneyFields\n        }\n        bid {\n          ...BidFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToBid($id: ID!, $answer: BidAnswer!, $message: String) {\n    respondToBid(id: $id, answer: $answer, message: $message) {\n      ...BidFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToBid($id: ID!, $answer: BidAnswer!, $message: String) {\n    respondToBid(id: $id, answer: $answer, message: $message) {\n      ...BidFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FxRates {\n    fxRates {\n      base\n      rates {\n        currency\n        rate\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query FxRates {\n    fxRates {\n      base\n      rates {\n        currency\n        rate\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFxRate($input: FxRateInput!) {\n    setFxRate(input: $input) {\n      base\n      rates {\n        currency\n        rate\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetFxRate($input: FxRateInput!) {\n    setFxRate(input: $input) {\n      base\n      rates {\n        currency\n        rate\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyFields on Money {\n    amount\n    currency\n  }\n"): (typeof documents)["\n  fragment MoneyFields on Money {\n    amount\n    currency\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerProjectFields on PartnerProject {\n    id\n    programmeId\n    status\n    title {\n      zh\n      en\n    }\n    summary {\n      zh\n      en\n    }\n    organizationName\n    country\n    sectorCode\n    trl\n    cooperationModes\n    fundingAsk {\n      ...MoneyFields\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerProjectFields on PartnerProject {\n    id\n    programmeId\n    status\n    title {\n      zh\n      en\n    }\n    summary {\n      zh\n      en\n    }\n    organizationName\n    country\n    sectorCode\n    trl\n    cooperationModes\n    fundingAsk {\n      ...MoneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchReasonFields on MatchReason {\n    code\n    outcome\n    points\n    weight\n    detail\n  }\n"): (typeof documents)["\n  fragment MatchReasonFields on MatchReason {\n    code\n    outcome\n    points\n    weight\n    detail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerSummaryFields on Partner {\n    id\n    kind\n    country\n    name {\n      zh\n      en\n    }\n    interests {\n      sectors\n      trlMin\n      trlMax\n      cooperationModes\n      regions\n      ticketMin {\n        ...MoneyFields\n      }\n      ticketMax {\n        ...MoneyFields\n      }\n    }\n    park {\n      availableSpaceM2\n      chainFocus\n      incentives\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerSummaryFields on Partner {\n    id\n    kind\n    country\n    name {\n      zh\n      en\n    }\n    interests {\n      sectors\n      trlMin\n      trlMax\n      cooperationModes\n      regions\n      ticketMin {\n        ...MoneyFields\n      }\n      ticketMax {\n        ...MoneyFields\n      }\n    }\n    park {\n      availableSpaceM2\n      chainFocus\n      incentives\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntentFields on MatchIntent {\n    id\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    kind\n    level\n    source\n    note\n    amount {\n      ...MoneyFields\n    }\n    committedAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment IntentFields on MatchIntent {\n    id\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    kind\n    level\n    source\n    note\n    amount {\n      ...MoneyFields\n    }\n    committedAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BidTermsFields on BidTerms {\n    investment {\n      ...MoneyFields\n    }\n    equityPercent\n    spaceM2\n    rentFreeMonths\n    subsidy {\n      ...MoneyFields\n    }\n    otherTerms\n    validUntil\n  }\n"): (typeof documents)["\n  fragment BidTermsFields on BidTerms {\n    investment {\n      ...MoneyFields\n    }\n    equityPercent\n    spaceM2\n    rentFreeMonths\n    subsidy {\n      ...MoneyFields\n    }\n    otherTerms\n    validUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BidFields on Bid {\n    id\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    status\n    revision\n    version\n    terms {\n      ...BidTermsFields\n    }\n    history {\n      revision\n      createdAt\n      terms {\n        ...BidTermsFields\n      }\n    }\n    responseMessage\n    closedAt\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment BidFields on Bid {\n    id\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    status\n    revision\n    version\n    terms {\n      ...BidTermsFields\n    }\n    history {\n      revision\n      createdAt\n      terms {\n        ...BidTermsFields\n      }\n    }\n    responseMessage\n    closedAt\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealCardFields on Deal {\n    id\n    stage\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    ownerUserId\n    agreementId\n    nextStep\n    nextStepAt\n    lastActivityAt\n    dropReason\n    droppedFrom\n    meetingAt\n    ndaFileId\n    mouFileId\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment DealCardFields on Deal {\n    id\n    stage\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    ownerUserId\n    agreementId\n    nextStep\n    nextStepAt\n    lastActivityAt\n    dropReason\n    droppedFrom\n    meetingAt\n    ndaFileId\n    mouFileId\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on Agreement {\n    id\n    dealId\n    dealStage\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    kind\n    parties\n    ceremonyId\n    ceremonyTitle {\n      zh\n      en\n    }\n    signedAt\n    committed {\n      ...MoneyFields\n    }\n    realised {\n      ...MoneyFields\n    }\n    realisedAt\n    registeredEntity\n    landingPartnerId\n    jobsCreated\n    documentFileIds\n  }\n"): (typeof documents)["\n  fragment AgreementFields on Agreement {\n    id\n    dealId\n    dealStage\n    projectId\n    projectTitle {\n      zh\n      en\n    }\n    partnerId\n    partnerName {\n      zh\n      en\n    }\n    kind\n    parties\n    ceremonyId\n    ceremonyTitle {\n      zh\n      en\n    }\n    signedAt\n    committed {\n      ...MoneyFields\n    }\n    realised {\n      ...MoneyFields\n    }\n    realisedAt\n    registeredEntity\n    landingPartnerId\n    jobsCreated\n    documentFileIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CeremonyFields on SigningCeremony {\n    id\n    title {\n      zh\n      en\n    }\n    mode\n    heldAt\n    timeZone\n    venue\n    agreementCount\n    committed {\n      ...MoneyFields\n    }\n    missingRates\n  }\n"): (typeof documents)["\n  fragment CeremonyFields on SigningCeremony {\n    id\n    title {\n      zh\n      en\n    }\n    mode\n    heldAt\n    timeZone\n    venue\n    agreementCount\n    committed {\n      ...MoneyFields\n    }\n    missingRates\n  }\n"];
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
export function graphql(source: "\n  fragment RoadshowSummaryFields on Roadshow {\n    id\n    programmeId\n    title {\n      zh\n      en\n    }\n    mode\n    status\n    startsAt\n    endsAt\n    timeZone\n    slotMinutes\n    projectIds\n    version\n  }\n"): (typeof documents)["\n  fragment RoadshowSummaryFields on Roadshow {\n    id\n    programmeId\n    title {\n      zh\n      en\n    }\n    mode\n    status\n    startsAt\n    endsAt\n    timeZone\n    slotMinutes\n    projectIds\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadshowSlotFields on RoadshowSlot {\n    id\n    projectId\n    order\n    title {\n      zh\n      en\n    }\n    country\n    delivery\n    status\n    startsAt\n    endsAt\n    displayStart\n    displayEnd\n    presenterLocalStart\n    presenterLocalEnd\n    presenterTimeZone\n    startedAt\n    finishedAt\n    explanation {\n      code\n      fit\n      local\n    }\n  }\n"): (typeof documents)["\n  fragment RoadshowSlotFields on RoadshowSlot {\n    id\n    projectId\n    order\n    title {\n      zh\n      en\n    }\n    country\n    delivery\n    status\n    startsAt\n    endsAt\n    displayStart\n    displayEnd\n    presenterLocalStart\n    presenterLocalEnd\n    presenterTimeZone\n    startedAt\n    finishedAt\n    explanation {\n      code\n      fit\n      local\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanWarningFields on PlanWarning {\n    code\n    projectId\n    order\n    local\n    needed\n    fits\n    live\n    optimum\n    message\n  }\n"): (typeof documents)["\n  fragment PlanWarningFields on PlanWarning {\n    code\n    projectId\n    order\n    local\n    needed\n    fits\n    live\n    optimum\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadshowFields on Roadshow {\n    ...RoadshowSummaryFields\n    venue\n    streamUrl\n    breaks {\n      every {\n        afterEverySlots\n        minutes\n      }\n      windows {\n        startsAt\n        endsAt\n      }\n    }\n    commentators {\n      userId\n      displayName\n    }\n    createdAt\n    publishedAt\n    startedAt\n    endedAt\n    plan {\n      mode\n      fingerprint\n      summary {\n        live\n        prerecorded\n        preferred\n        unplaced\n      }\n      slots {\n        ...RoadshowSlotFields\n      }\n      breaks {\n        startsAt\n        endsAt\n        displayStart\n        displayEnd\n      }\n      unplaced {\n        projectId\n        title {\n          zh\n          en\n        }\n      }\n      warnings {\n        ...PlanWarningFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RoadshowFields on Roadshow {\n    ...RoadshowSummaryFields\n    venue\n    streamUrl\n    breaks {\n      every {\n        afterEverySlots\n        minutes\n      }\n      windows {\n        startsAt\n        endsAt\n      }\n    }\n    commentators {\n      userId\n      displayName\n    }\n    createdAt\n    publishedAt\n    startedAt\n    endedAt\n    plan {\n      mode\n      fingerprint\n      summary {\n        live\n        prerecorded\n        preferred\n        unplaced\n      }\n      slots {\n        ...RoadshowSlotFields\n      }\n      breaks {\n        startsAt\n        endsAt\n        displayStart\n        displayEnd\n      }\n      unplaced {\n        projectId\n        title {\n          zh\n          en\n        }\n      }\n      warnings {\n        ...PlanWarningFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roadshows($programmeId: ID!, $first: Int, $after: String) {\n    roadshows(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RoadshowSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roadshows($programmeId: ID!, $first: Int, $after: String) {\n    roadshows(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RoadshowSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roadshow($id: ID!) {\n    roadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  query Roadshow($id: ID!) {\n    roadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoadshow($input: CreateRoadshowInput!) {\n    createRoadshow(input: $input) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoadshow($input: CreateRoadshowInput!) {\n    createRoadshow(input: $input) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoadshow($id: ID!, $input: UpdateRoadshowInput!, $version: Int!) {\n    updateRoadshow(id: $id, input: $input, version: $version) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoadshow($id: ID!, $input: UpdateRoadshowInput!, $version: Int!) {\n    updateRoadshow(id: $id, input: $input, version: $version) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRoadshowProjects($id: ID!, $projectIds: [ID!]!) {\n    addRoadshowProjects(id: $id, projectIds: $projectIds) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddRoadshowProjects($id: ID!, $projectIds: [ID!]!) {\n    addRoadshowProjects(id: $id, projectIds: $projectIds) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRoadshowProject($id: ID!, $projectId: ID!) {\n    removeRoadshowProject(id: $id, projectId: $projectId) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRoadshowProject($id: ID!, $projectId: ID!) {\n    removeRoadshowProject(id: $id, projectId: $projectId) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCommentators($id: ID!, $userIds: [ID!]!) {\n    assignCommentators(id: $id, userIds: $userIds) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCommentators($id: ID!, $userIds: [ID!]!) {\n    assignCommentators(id: $id, userIds: $userIds) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSlot($roadshowId: ID!, $projectId: ID!, $toIndex: Int!, $version: Int!) {\n    moveSlot(roadshowId: $roadshowId, projectId: $projectId, toIndex: $toIndex, version: $version) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSlot($roadshowId: ID!, $projectId: ID!, $toIndex: Int!, $version: Int!) {\n    moveSlot(roadshowId: $roadshowId, projectId: $projectId, toIndex: $toIndex, version: $version) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetRoadshowOrder($id: ID!) {\n    resetRoadshowOrder(id: $id) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetRoadshowOrder($id: ID!) {\n    resetRoadshowOrder(id: $id) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRoadshow($id: ID!) {\n    publishRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishRoadshow($id: ID!) {\n    publishRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRoadshow($id: ID!) {\n    startRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartRoadshow($id: ID!) {\n    startRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndRoadshow($id: ID!) {\n    endRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndRoadshow($id: ID!) {\n    endRoadshow(id: $id) {\n      ...RoadshowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadshowCandidates($first: Int, $after: String, $filter: PublishedProjectsFilter) {\n    publishedProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          programmeId\n          status\n          title {\n            zh\n            en\n          }\n          country\n          organizationName\n          sectorCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadshowCandidates($first: Int, $after: String, $filter: PublishedProjectsFilter) {\n    publishedProjects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          programmeId\n          status\n          title {\n            zh\n            en\n          }\n          country\n          organizationName\n          sectorCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadshowMembers($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          userId\n          displayName\n          email\n          roles\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadshowMembers($first: Int, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          userId\n          displayName\n          email\n          roles\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveSlotFields on LiveSlot {\n    id\n    projectId\n    order\n    title {\n      zh\n      en\n    }\n    country\n    delivery\n    status\n    startsAt\n    endsAt\n    plannedEnd\n    startedAt\n  }\n"): (typeof documents)["\n  fragment LiveSlotFields on LiveSlot {\n    id\n    projectId\n    order\n    title {\n      zh\n      en\n    }\n    country\n    delivery\n    status\n    startsAt\n    endsAt\n    plannedEnd\n    startedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadshowLiveFields on RoadshowLiveState {\n    roadshowId\n    status\n    updatedAt\n    totalIntents\n    currentSlot {\n      ...LiveSlotFields\n    }\n    nextSlot {\n      ...LiveSlotFields\n    }\n    slots {\n      ...LiveSlotFields\n    }\n    intentCounts {\n      projectId\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment RoadshowLiveFields on RoadshowLiveState {\n    roadshowId\n    status\n    updatedAt\n    totalIntents\n    currentSlot {\n      ...LiveSlotFields\n    }\n    nextSlot {\n      ...LiveSlotFields\n    }\n    slots {\n      ...LiveSlotFields\n    }\n    intentCounts {\n      projectId\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadshowLive($roadshowId: ID!) {\n    roadshowLive(roadshowId: $roadshowId) {\n      ...RoadshowLiveFields\n    }\n  }\n"): (typeof documents)["\n  query RoadshowLive($roadshowId: ID!) {\n    roadshowLive(roadshowId: $roadshowId) {\n      ...RoadshowLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoadshowUpdated($roadshowId: ID!) {\n    roadshowUpdated(roadshowId: $roadshowId) {\n      ...RoadshowLiveFields\n    }\n  }\n"): (typeof documents)["\n  subscription RoadshowUpdated($roadshowId: ID!) {\n    roadshowUpdated(roadshowId: $roadshowId) {\n      ...RoadshowLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveRoadshowSlot($slotId: ID!, $status: SlotStatus!) {\n    moveRoadshowSlot(slotId: $slotId, status: $status) {\n      ...LiveSlotFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveRoadshowSlot($slotId: ID!, $status: SlotStatus!) {\n    moveRoadshowSlot(slotId: $slotId, status: $status) {\n      ...LiveSlotFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentaryFields on Commentary {\n    id\n    roadshowId\n    slotId\n    projectId\n    authorUserId\n    authorName\n    createdAt\n    text\n    entries {\n      dimension\n      rating\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment CommentaryFields on Commentary {\n    id\n    roadshowId\n    slotId\n    projectId\n    authorUserId\n    authorName\n    createdAt\n    text\n    entries {\n      dimension\n      rating\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commentaries($roadshowId: ID, $slotId: ID) {\n    commentaries(roadshowId: $roadshowId, slotId: $slotId) {\n      ...CommentaryFields\n    }\n  }\n"): (typeof documents)["\n  query Commentaries($roadshowId: ID, $slotId: ID) {\n    commentaries(roadshowId: $roadshowId, slotId: $slotId) {\n      ...CommentaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommentary($slotId: ID!, $input: CommentaryInput!) {\n    addCommentary(slotId: $slotId, input: $input) {\n      ...CommentaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCommentary($slotId: ID!, $input: CommentaryInput!) {\n    addCommentary(slotId: $slotId, input: $input) {\n      ...CommentaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRoadshow($id: ID!) {\n    publicRoadshow(id: $id) {\n      id\n      title {\n        zh\n        en\n      }\n      mode\n      status\n      venue\n      streamUrl\n      timeZone\n      startsAt\n      endsAt\n      breaks {\n        startsAt\n        endsAt\n      }\n      slots {\n        order\n        projectTitle {\n          zh\n          en\n        }\n        country\n        organizationName\n        startsAt\n        endsAt\n        delivery\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicRoadshow($id: ID!) {\n    publicRoadshow(id: $id) {\n      id\n      title {\n        zh\n        en\n      }\n      mode\n      status\n      venue\n      streamUrl\n      timeZone\n      startsAt\n      endsAt\n      breaks {\n        startsAt\n        endsAt\n      }\n      slots {\n        order\n        projectTitle {\n          zh\n          en\n        }\n        country\n        organizationName\n        startsAt\n        endsAt\n        delivery\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandbookJobFields on HandbookJob {\n    id\n    programmeId\n    status\n    progress\n    processed\n    total\n    pdfFileId\n    xlsxFileId\n    error\n    createdAt\n    finishedAt\n    options {\n      languages\n      includeContacts\n      sectorCodes\n      title {\n        zh\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HandbookJobFields on HandbookJob {\n    id\n    programmeId\n    status\n    progress\n    processed\n    total\n    pdfFileId\n    xlsxFileId\n    error\n    createdAt\n    finishedAt\n    options {\n      languages\n      includeContacts\n      sectorCodes\n      title {\n        zh\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandbookJobs($programmeId: ID!, $first: Int, $after: String) {\n    handbookJobs(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...HandbookJobFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HandbookJobs($programmeId: ID!, $first: Int, $after: String) {\n    handbookJobs(programmeId: $programmeId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...HandbookJobFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandbookJob($id: ID!) {\n    handbookJob(id: $id) {\n      ...HandbookJobFields\n    }\n  }\n"): (typeof documents)["\n  query HandbookJob($id: ID!) {\n    handbookJob(id: $id) {\n      ...HandbookJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateHandbook($programmeId: ID!, $options: HandbookOptionsInput) {\n    generateHandbook(programmeId: $programmeId, options: $options) {\n      ...HandbookJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateHandbook($programmeId: ID!, $options: HandbookOptionsInput) {\n    generateHandbook(programmeId: $programmeId, options: $options) {\n      ...HandbookJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFeedback($projectId: ID!) {\n    projectFeedback(projectId: $projectId) {\n      roundOrdinal\n      releasedAt\n      text {\n        zh\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectFeedback($projectId: ID!) {\n    projectFeedback(projectId: $projectId) {\n      roundOrdinal\n      releasedAt\n      text {\n        zh\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on Review {\n    id\n    assignmentId\n    status\n    scores {\n      criterion\n      score\n    }\n    verdicts {\n      can\n      verdict\n      note\n    }\n    recommendation\n    comment\n    submittedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ReviewFields on Review {\n    id\n    assignmentId\n    status\n    scores {\n      criterion\n      score\n    }\n    verdicts {\n      can\n      verdict\n      note\n    }\n    recommendation\n    comment\n    submittedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    roundId\n    projectId\n    conflictDeclared\n    project {\n      id\n      title {\n        zh\n        en\n      }\n      sectorCode\n      sectorName {\n        zh\n        en\n      }\n      country\n    }\n    review {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    roundId\n    projectId\n    conflictDeclared\n    project {\n      id\n      title {\n        zh\n        en\n      }\n      sectorCode\n      sectorName {\n        zh\n        en\n      }\n      country\n    }\n    review {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssignments($roundId: ID, $first: Int, $after: String) {\n    myAssignments(roundId: $roundId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AssignmentSummaryFields\n          round {\n            id\n            ordinal\n            status\n            deadline\n            programmeId\n            programmeTitle {\n              zh\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAssignments($roundId: ID, $first: Int, $after: String) {\n    myAssignments(roundId: $roundId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AssignmentSummaryFields\n          round {\n            id\n            ordinal\n            status\n            deadline\n            programmeId\n            programmeTitle {\n              zh\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextAssignment($roundId: ID) {\n    nextAssignment(roundId: $roundId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query NextAssignment($roundId: ID) {\n    nextAssignment(roundId: $roundId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on Assignment {\n    id\n    roundId\n    projectId\n    conflictDeclared\n    round {\n      id\n      ordinal\n      status\n      deadline\n      cans\n      criteria\n      scaleMin\n      scaleMax\n      programmeId\n      programmeTitle {\n        zh\n        en\n      }\n      rubric {\n        code\n        nameZh\n        nameEn\n        weight\n      }\n    }\n    project {\n      id\n      title {\n        zh\n        en\n      }\n      summary {\n        zh\n        en\n      }\n      sectorCode\n      sectorName {\n        zh\n        en\n      }\n      country\n      organizationName\n      trl\n      ipStatus\n      cooperationModes\n      fundingAsk {\n        amount\n        currency\n      }\n      team\n      selfAssessment {\n        can\n        claim\n        evidence\n      }\n      attachments {\n        id\n        filename\n        contentType\n        sizeBytes\n        url\n      }\n    }\n    review {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentFields on Assignment {\n    id\n    roundId\n    projectId\n    conflictDeclared\n    round {\n      id\n      ordinal\n      status\n      deadline\n      cans\n      criteria\n      scaleMin\n      scaleMax\n      programmeId\n      programmeTitle {\n        zh\n        en\n      }\n      rubric {\n        code\n        nameZh\n        nameEn\n        weight\n      }\n    }\n    project {\n      id\n      title {\n        zh\n        en\n      }\n      summary {\n        zh\n        en\n      }\n      sectorCode\n      sectorName {\n        zh\n        en\n      }\n      country\n      organizationName\n      trl\n      ipStatus\n      cooperationModes\n      fundingAsk {\n        amount\n        currency\n      }\n      team\n      selfAssessment {\n        can\n        claim\n        evidence\n      }\n      attachments {\n        id\n        filename\n        contentType\n        sizeBytes\n        url\n      }\n    }\n    review {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentFields\n    }\n  }\n"): (typeof documents)["\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareNoConflict($assignmentId: ID!) {\n    declareNoConflict(assignmentId: $assignmentId) {\n      ...AssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareNoConflict($assignmentId: ID!) {\n    declareNoConflict(assignmentId: $assignmentId) {\n      ...AssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareConflict($assignmentId: ID!, $reason: String!) {\n    declareConflict(assignmentId: $assignmentId, reason: $reason) {\n      ...AssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareConflict($assignmentId: ID!, $reason: String!) {\n    declareConflict(assignmentId: $assignmentId, reason: $reason) {\n      ...AssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReview($assignmentId: ID!, $input: ReviewInput!) {\n    saveReview(assignmentId: $assignmentId, input: $input) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReview($assignmentId: ID!, $input: ReviewInput!) {\n    saveReview(assignmentId: $assignmentId, input: $input) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReview($assignmentId: ID!) {\n    submitReview(assignmentId: $assignmentId) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReview($assignmentId: ID!) {\n    submitReview(assignmentId: $assignmentId) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewerProfileFields on ReviewerProfile {\n    id\n    userId\n    email\n    displayName\n    sectors\n    languages\n    country\n    affiliation\n    emailDomain\n    maxLoad\n    activeAssignments\n  }\n"): (typeof documents)["\n  fragment ReviewerProfileFields on ReviewerProfile {\n    id\n    userId\n    email\n    displayName\n    sectors\n    languages\n    country\n    affiliation\n    emailDomain\n    maxLoad\n    activeAssignments\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewerProfiles($first: Int, $after: String, $search: String) {\n    reviewerProfiles(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReviewerProfileFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewerProfiles($first: Int, $after: String, $search: String) {\n    reviewerProfiles(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReviewerProfileFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteReviewer($input: InviteReviewerInput!) {\n    inviteReviewer(input: $input) {\n      ...ReviewerProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteReviewer($input: InviteReviewerInput!) {\n    inviteReviewer(input: $input) {\n      ...ReviewerProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReviewerProfile($id: ID!, $input: ReviewerProfileInput!) {\n    updateReviewerProfile(id: $id, input: $input) {\n      ...ReviewerProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReviewerProfile($id: ID!, $input: ReviewerProfileInput!) {\n    updateReviewerProfile(id: $id, input: $input) {\n      ...ReviewerProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScreeningRoundFields on ScreeningRound {\n    id\n    programmeId\n    ordinal\n    status\n    cans\n    criteria\n    reviewersPerProject\n    maxLoad\n    deadline\n    lastRound\n    advanceRule {\n      kind\n      n\n      minScore\n    }\n    projectCount\n    assignmentCount\n    submittedReviewCount\n    assignmentJob {\n      state\n      progress\n      message\n    }\n    openedAt\n    closedAt\n    decidedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ScreeningRoundFields on ScreeningRound {\n    id\n    programmeId\n    ordinal\n    status\n    cans\n    criteria\n    reviewersPerProject\n    maxLoad\n    deadline\n    lastRound\n    advanceRule {\n      kind\n      n\n      minScore\n    }\n    projectCount\n    assignmentCount\n    submittedReviewCount\n    assignmentJob {\n      state\n      progress\n      message\n    }\n    openedAt\n    closedAt\n    decidedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningRounds($programmeId: ID!) {\n    screeningRounds(programmeId: $programmeId) {\n      ...ScreeningRoundFields\n    }\n  }\n"): (typeof documents)["\n  query ScreeningRounds($programmeId: ID!) {\n    screeningRounds(programmeId: $programmeId) {\n      ...ScreeningRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningRound($id: ID!) {\n    screeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n"): (typeof documents)["\n  query ScreeningRound($id: ID!) {\n    screeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScreeningRound($input: ScreeningRoundInput!) {\n    createScreeningRound(input: $input) {\n      ...ScreeningRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScreeningRound($input: ScreeningRoundInput!) {\n    createScreeningRound(input: $input) {\n      ...ScreeningRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateScreeningRound($id: ID!, $input: ScreeningRoundUpdateInput!) {\n    updateScreeningRound(id: $id, input: $input) {\n      ...ScreeningRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateScreeningRound($id: ID!, $input: ScreeningRoundUpdateInput!) {\n    updateScreeningRound(id: $id, input: $input) {\n      ...ScreeningRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenScreeningRound($id: ID!) {\n    openScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenScreeningRound($id: ID!) {\n    openScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseScreeningRound($id: ID!) {\n    closeScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseScreeningRound($id: ID!) {\n    closeScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideScreeningRound($id: ID!) {\n    decideScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideScreeningRound($id: ID!) {\n    decideScreeningRound(id: $id) {\n      ...ScreeningRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportRoundResults($roundId: ID!, $locale: String) {\n    exportRoundResults(roundId: $roundId, locale: $locale) {\n      url\n      filename\n    }\n  }\n"): (typeof documents)["\n  mutation ExportRoundResults($roundId: ID!, $locale: String) {\n    exportRoundResults(roundId: $roundId, locale: $locale) {\n      url\n      filename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentPreview($roundId: ID!) {\n    assignmentPreview(roundId: $roundId) {\n      feasible\n      needed\n      capacity\n      shortfall\n      message\n      projectCount\n      newConflicts\n      loads {\n        load\n        maxLoad\n        sectorMatches\n        reviewer {\n          id\n          displayName\n          email\n        }\n      }\n      blockedProjects {\n        projectId\n        eligibleReviewers\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentPreview($roundId: ID!) {\n    assignmentPreview(roundId: $roundId) {\n      feasible\n      needed\n      capacity\n      shortfall\n      message\n      projectCount\n      newConflicts\n      loads {\n        load\n        maxLoad\n        sectorMatches\n        reviewer {\n          id\n          displayName\n          email\n        }\n      }\n      blockedProjects {\n        projectId\n        eligibleReviewers\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conflicts($roundId: ID, $programmeId: ID, $status: ConflictStatus, $first: Int, $after: String) {\n    conflicts(roundId: $roundId, programmeId: $programmeId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          source\n          status\n          reason\n          createdAt\n          resolvedAt\n          projectId\n          assignmentId\n          projectTitle {\n            zh\n            en\n          }\n          reviewer {\n            id\n            displayName\n            email\n            affiliation\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conflicts($roundId: ID, $programmeId: ID, $status: ConflictStatus, $first: Int, $after: String) {\n    conflicts(roundId: $roundId, programmeId: $programmeId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          source\n          status\n          reason\n          createdAt\n          resolvedAt\n          projectId\n          assignmentId\n          projectTitle {\n            zh\n            en\n          }\n          reviewer {\n            id\n            displayName\n            email\n            affiliation\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveConflict($id: ID!, $resolution: ConflictResolution!) {\n    resolveConflict(id: $id, resolution: $resolution) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveConflict($id: ID!, $resolution: ConflictResolution!) {\n    resolveConflict(id: $id, resolution: $resolution) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConflict($reviewerProfileId: ID!, $projectId: ID!, $reason: String!) {\n    addConflict(reviewerProfileId: $reviewerProfileId, projectId: $projectId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddConflict($reviewerProfileId: ID!, $projectId: ID!, $reason: String!) {\n    addConflict(reviewerProfileId: $reviewerProfileId, projectId: $projectId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewerProgress($roundId: ID!) {\n    reviewerProgress(roundId: $roundId) {\n      assigned\n      declared\n      drafts\n      submitted\n      reviewer {\n        id\n        displayName\n        email\n        maxLoad\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewerProgress($roundId: ID!) {\n    reviewerProgress(roundId: $roundId) {\n      assigned\n      declared\n      drafts\n      submitted\n      reviewer {\n        id\n        displayName\n        email\n        maxLoad\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundAssignments($roundId: ID!, $vacantOnly: Boolean, $first: Int, $after: String) {\n    roundAssignments(roundId: $roundId, vacantOnly: $vacantOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          projectId\n          conflictDeclared\n          project {\n            id\n            title {\n              zh\n              en\n            }\n          }\n          reviewer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundAssignments($roundId: ID!, $vacantOnly: Boolean, $first: Int, $after: String) {\n    roundAssignments(roundId: $roundId, vacantOnly: $vacantOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          projectId\n          conflictDeclared\n          project {\n            id\n            title {\n              zh\n              en\n            }\n          }\n          reviewer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignReview($assignmentId: ID!, $reviewerProfileId: ID!) {\n    reassignReview(assignmentId: $assignmentId, reviewerProfileId: $reviewerProfileId) {\n      id\n      reviewer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignReview($assignmentId: ID!, $reviewerProfileId: ID!) {\n    reassignReview(assignmentId: $assignmentId, reviewerProfileId: $reviewerProfileId) {\n      id\n      reviewer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundResultFields on RoundResult {\n    projectId\n    rank\n    title {\n      zh\n      en\n    }\n    country\n    sectorCode\n    organizationName\n    rawMean\n    normalised\n    disagreement\n    reviewCount\n    minReviewerScore\n    perCriterion {\n      criterion\n      score\n    }\n    gate {\n      passed\n      failedCans\n    }\n    proposed\n    decision\n    reasonCode\n    override {\n      decision\n      reason\n      by\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment RoundResultFields on RoundResult {\n    projectId\n    rank\n    title {\n      zh\n      en\n    }\n    country\n    sectorCode\n    organizationName\n    rawMean\n    normalised\n    disagreement\n    reviewCount\n    minReviewerScore\n    perCriterion {\n      criterion\n      score\n    }\n    gate {\n      passed\n      failedCans\n    }\n    proposed\n    decision\n    reasonCode\n    override {\n      decision\n      reason\n      by\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundResults($roundId: ID!, $first: Int, $after: String, $orderBy: RoundResultOrder) {\n    roundResults(roundId: $roundId, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundResults($roundId: ID!, $first: Int, $after: String, $orderBy: RoundResultOrder) {\n    roundResults(roundId: $roundId, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RoundResultFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundCharts($roundId: ID!) {\n    roundScoreDistribution(roundId: $roundId) {\n      from\n      to\n      raw\n      normalised\n    }\n    reviewerLeniency(roundId: $roundId) {\n      count\n      meanRaw\n      meanZ\n      reviewer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundCharts($roundId: ID!) {\n    roundScoreDistribution(roundId: $roundId) {\n      from\n      to\n      raw\n      normalised\n    }\n    reviewerLeniency(roundId: $roundId) {\n      count\n      meanRaw\n      meanZ\n      reviewer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideDecision($roundId: ID!, $projectId: ID!, $decision: Decision!, $reason: String!) {\n    overrideDecision(roundId: $roundId, projectId: $projectId, decision: $decision, reason: $reason) {\n      ...RoundResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation OverrideDecision($roundId: ID!, $projectId: ID!, $decision: Decision!, $reason: String!) {\n    overrideDecision(roundId: $roundId, projectId: $projectId, decision: $decision, reason: $reason) {\n      ...RoundResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseFeedback($roundId: ID!, $projectId: ID!, $text: LocalizedTextInput!) {\n    releaseFeedback(roundId: $roundId, projectId: $projectId, text: $text) {\n      roundOrdinal\n      releasedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseFeedback($roundId: ID!, $projectId: ID!, $text: LocalizedTextInput!) {\n    releaseFeedback(roundId: $roundId, projectId: $projectId, text: $text) {\n      roundOrdinal\n      releasedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      status\n      checkedAt\n      components {\n        name\n        status\n        detail\n        latencyMs\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      status\n      checkedAt\n      components {\n        name\n        status\n        detail\n        latencyMs\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;