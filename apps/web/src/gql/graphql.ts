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
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
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

export type ActivityKind =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE';

/** The caller as the API sees it: from the access token, no database read. */
export type Actor = {
  __typename?: 'Actor';
  organizationId: Scalars['ID']['output'];
  roles: Array<Role>;
  userId: Scalars['ID']['output'];
};

export type AdvanceRule = {
  __typename?: 'AdvanceRule';
  kind: AdvanceRuleKind;
  /** MIN_SCORE: the lowest normalised score that advances. */
  minScore: Maybe<Scalars['Float']['output']>;
  /** TOP_N: how many advance. */
  n: Maybe<Scalars['Int']['output']>;
};

export type AdvanceRuleInput = {
  kind: AdvanceRuleKind;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  n?: InputMaybe<Scalars['Int']['input']>;
};

/** TOP_N: the best n advance; MIN_SCORE: all at or above the score; MANUAL: organizers decide. */
export type AdvanceRuleKind =
  | 'MANUAL'
  | 'MIN_SCORE'
  | 'TOP_N';

/** A signed cooperation record from a deal. */
export type Agreement = {
  __typename?: 'Agreement';
  ceremonyId: Maybe<Scalars['ID']['output']>;
  /** Null when signed outside a ceremony. */
  ceremonyTitle: Maybe<LocalizedText>;
  committed: Money;
  dealId: Scalars['ID']['output'];
  /** Where the agreement’s deal stands now. */
  dealStage: DealStage;
  documentFileIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  jobsCreated: Maybe<Scalars['Int']['output']>;
  kind: AgreementKind;
  /** The park it landed in. */
  landingPartnerId: Maybe<Scalars['ID']['output']>;
  parties: Array<Scalars['String']['output']>;
  partnerId: Scalars['ID']['output'];
  partnerName: LocalizedText;
  projectId: Scalars['ID']['output'];
  projectTitle: LocalizedText;
  realised: Money;
  realisedAt: Maybe<Scalars['DateTime']['output']>;
  registeredEntity: Maybe<Scalars['String']['output']>;
  signedAt: Scalars['DateTime']['output'];
};

export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  edges: Array<AgreementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  cursor: Scalars['String']['output'];
  node: Agreement;
};

export type AgreementKind =
  | 'COOPERATION'
  | 'INVESTMENT'
  | 'LANDING'
  | 'LICENSING'
  | 'TALENT';

/** Every agreement of the organisation, summed. */
export type AgreementsSummary = {
  __typename?: 'AgreementsSummary';
  /** Committed, in the FX table’s base currency; null while the table has no base. */
  committed: Maybe<Money>;
  count: Scalars['Int']['output'];
  /** Agreements with a recorded realisation. */
  landed: Scalars['Int']['output'];
  /** Currencies left out of the sums for want of a rate. */
  missingRates: Array<Scalars['String']['output']>;
  /** Realised so far, in the FX table’s base currency; null while the table has no base. */
  realised: Maybe<Money>;
};

/** An amount in major units with its ISO 4217 currency. */
export type AmountInput = {
  /** Decimal string in major units, e.g. "1500000" or "1500000.50". */
  amount: Scalars['String']['input'];
  currency: Scalars['String']['input'];
};

export type ApplicantSignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  locale?: Scalars['String']['input'];
  /** The organisation running the call (from the public call page). */
  organizationId: Scalars['ID']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone?: Scalars['String']['input'];
};

export type Assignment = {
  __typename?: 'Assignment';
  /** Null until declared; false once the reviewer declared no conflict; true when a conflict keeps them off. */
  conflictDeclared: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  project: ReviewProject;
  projectId: Scalars['ID']['output'];
  /** The reviewer’s own review (never anyone else’s). */
  review: Maybe<Review>;
  /** Who reviews: shown to organizers and to the reviewer themselves only. */
  reviewer: Maybe<ReviewerProfile>;
  round: ReviewRound;
  roundId: Scalars['ID']['output'];
};

export type AssignmentConnection = {
  __typename?: 'AssignmentConnection';
  edges: Array<AssignmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssignmentEdge = {
  __typename?: 'AssignmentEdge';
  cursor: Scalars['String']['output'];
  node: Assignment;
};

export type AssignmentPreview = {
  __typename?: 'AssignmentPreview';
  blockedProjects: Array<BlockedProject>;
  capacity: Scalars['Int']['output'];
  feasible: Scalars['Boolean']['output'];
  loads: Array<ReviewerLoad>;
  message: Maybe<Scalars['String']['output']>;
  /** Reviews needed: projects × reviewers per project. */
  needed: Scalars['Int']['output'];
  /** Detected conflicts not recorded yet (recorded when the round opens). */
  newConflicts: Scalars['Int']['output'];
  projectCount: Scalars['Int']['output'];
  shortfall: Scalars['Int']['output'];
};

/** Who recorded an audit event. */
export type AuditActorKind =
  /** The system: background jobs, imports, expiries (actorUserId is null). */
  | 'SYSTEM'
  /** A signed-in user (actorUserId is set). */
  | 'USER';

/** Who did what to which object, when. Append-only. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  /** The actor’s display name; null for the system. */
  actorName: Maybe<Scalars['String']['output']>;
  /** Null for the system (jobs, imports). */
  actorUserId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  objectId: Maybe<Scalars['String']['output']>;
  objectType: Scalars['String']['output'];
  /** What changed, without secrets. */
  summary: Scalars['JSONObject']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** An exported slice of the audit trail: GET /files/{fileId}. */
export type AuditExportModel = {
  __typename?: 'AuditExportModel';
  fileId: Scalars['ID']['output'];
  filename: Scalars['String']['output'];
  rows: Scalars['Int']['output'];
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

export type AvailabilityWindow = {
  __typename?: 'AvailabilityWindow';
  endsAt: Scalars['DateTime']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type AvailabilityWindowInput = {
  endsAt: Scalars['DateTime']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** A sealed offer: seen by its partner, the project’s applicant and organizers. */
export type Bid = {
  __typename?: 'Bid';
  closedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Every version, oldest first. */
  history: Array<BidRevision>;
  id: Scalars['ID']['output'];
  partnerId: Scalars['ID']['output'];
  partnerName: LocalizedText;
  projectId: Scalars['ID']['output'];
  projectTitle: LocalizedText;
  /** The answer’s message. */
  responseMessage: Maybe<Scalars['String']['output']>;
  revision: Scalars['Int']['output'];
  status: BidStatus;
  terms: BidTerms;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type BidAnswer =
  | 'ACCEPT'
  | 'DECLINE';

/** A column of the bid comparison. */
export type BidColumn =
  | 'EQUITY'
  | 'INVESTMENT'
  | 'RENT_FREE'
  | 'SPACE'
  | 'SUBSIDY'
  | 'TOTAL'
  | 'VALID_UNTIL'
  | 'VALUATION';

/** All bids on a project side by side in one currency. */
export type BidComparison = {
  __typename?: 'BidComparison';
  currency: Scalars['String']['output'];
  missingRates: Array<Scalars['String']['output']>;
  projectId: Scalars['ID']['output'];
  rows: Array<BidComparisonRow>;
};

/** One bid normalised to the comparison currency. */
export type BidComparisonRow = {
  __typename?: 'BidComparisonRow';
  /** Columns in which this bid is best among standing bids. */
  best: Array<BidColumn>;
  bid: Bid;
  /** Post-money valuation implied by investment and equity. */
  impliedValuation: Maybe<Money>;
  /** Null when the FX table lacks a rate. */
  investment: Maybe<Money>;
  /** The currency without a rate, when conversion failed. */
  missingRate: Maybe<Scalars['String']['output']>;
  subsidy: Maybe<Money>;
  total: Maybe<Money>;
};

export type BidConnection = {
  __typename?: 'BidConnection';
  edges: Array<BidEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BidEdge = {
  __typename?: 'BidEdge';
  cursor: Scalars['String']['output'];
  node: Bid;
};

/** One version of a bid’s terms; revision 1 is the bid as placed. */
export type BidRevision = {
  __typename?: 'BidRevision';
  createdAt: Scalars['DateTime']['output'];
  revision: Scalars['Int']['output'];
  terms: BidTerms;
};

/** SUBMITTED (live) → ACCEPTED | DECLINED | WITHDRAWN | EXPIRED. */
export type BidStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** The terms of an offer. */
export type BidTerms = {
  __typename?: 'BidTerms';
  /** Equity share asked for the investment, %. */
  equityPercent: Maybe<Scalars['Float']['output']>;
  investment: Maybe<Money>;
  otherTerms: Maybe<Scalars['String']['output']>;
  rentFreeMonths: Maybe<Scalars['Int']['output']>;
  spaceM2: Maybe<Scalars['Int']['output']>;
  subsidy: Maybe<Money>;
  validUntil: Maybe<Scalars['DateTime']['output']>;
};

export type BidTermsInput = {
  equityPercent?: InputMaybe<Scalars['Float']['input']>;
  investment?: InputMaybe<AmountInput>;
  otherTerms?: InputMaybe<Scalars['String']['input']>;
  rentFreeMonths?: InputMaybe<Scalars['Int']['input']>;
  spaceM2?: InputMaybe<Scalars['Int']['input']>;
  /** In the investment’s currency when both are given. */
  subsidy?: InputMaybe<AmountInput>;
  validUntil: Scalars['DateTime']['input'];
};

export type BlockedProject = {
  __typename?: 'BlockedProject';
  eligibleReviewers: Scalars['Int']['output'];
  projectId: Scalars['ID']['output'];
  title: LocalizedText;
};

/** Verdicts on one can over a project’s submitted reviews. */
export type CanCount = {
  __typename?: 'CanCount';
  can: SixCan;
  fail: Scalars['Int']['output'];
  pass: Scalars['Int']['output'];
  unsure: Scalars['Int']['output'];
};

export type CanVerdict = {
  __typename?: 'CanVerdict';
  can: SixCan;
  note: Maybe<Scalars['String']['output']>;
  verdict: Verdict;
};

export type CanVerdictInput = {
  can: SixCan;
  note?: InputMaybe<Scalars['String']['input']>;
  verdict: Verdict;
};

export type CeremonyInput = {
  heldAt: Scalars['DateTime']['input'];
  mode: CeremonyMode;
  /** IANA zone the ceremony is shown in, e.g. Asia/Shanghai. */
  timeZone: Scalars['String']['input'];
  title: LocalizedTextInput;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type CeremonyMode =
  | 'CLOUD'
  | 'ON_SITE';

/** A recommending institution. */
export type Channel = {
  __typename?: 'Channel';
  contactEmail: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ChannelKind;
  members: Array<ChannelMember>;
  name: LocalizedText;
};

export type ChannelConnection = {
  __typename?: 'ChannelConnection';
  edges: Array<ChannelEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChannelEdge = {
  __typename?: 'ChannelEdge';
  cursor: Scalars['String']['output'];
  node: Channel;
};

export type ChannelInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country: Scalars['String']['input'];
  kind: ChannelKind;
  name: LocalizedTextInput;
};

export type ChannelKind =
  | 'ASSOCIATION'
  | 'OTHER'
  | 'RESEARCH_INSTITUTE'
  | 'TRANSFER_NETWORK'
  | 'UNIVERSITY';

export type ChannelMember = {
  __typename?: 'ChannelMember';
  email: Scalars['String']['output'];
  invitedAt: Scalars['DateTime']['output'];
  /** True once the person has an account in this organisation. */
  joined: Scalars['Boolean']['output'];
};

/** What a channel brought into a programme and how far it got. */
export type ChannelYield = {
  __typename?: 'ChannelYield';
  channel: Channel;
  inRoadshow: Scalars['Int']['output'];
  /** Of those, now in screening or further. */
  inScreening: Scalars['Int']['output'];
  /** Projects of this channel in the programme (nominated or imported). */
  nominated: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  shortlisted: Scalars['Int']['output'];
  /** Of those, submitted (whatever happened next). */
  submitted: Scalars['Int']['output'];
  withdrawn: Scalars['Int']['output'];
};

/** A commentator’s critique of a pitch (organizers and its author only). */
export type Commentary = {
  __typename?: 'Commentary';
  authorName: Scalars['String']['output'];
  authorUserId: Scalars['ID']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  entries: Array<CommentaryEntry>;
  id: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  roadshowId: Scalars['ID']['output'];
  slotId: Scalars['ID']['output'];
  text: Maybe<Scalars['String']['output']>;
};

/** One dimension of a critique: a six-can code or INNOVATION. */
export type CommentaryEntry = {
  __typename?: 'CommentaryEntry';
  dimension: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** 1–5. */
  rating: Maybe<Scalars['Int']['output']>;
};

export type CommentaryEntryInput = {
  /** ATTEND, CONVERT, TRANSFER, TRADE, CROSS_BORDER, LAND or INNOVATION. */
  dimension: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  rating?: InputMaybe<Scalars['Int']['input']>;
};

export type CommentaryInput = {
  entries: Array<CommentaryEntryInput>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ComponentHealth = {
  __typename?: 'ComponentHealth';
  detail: Maybe<Scalars['String']['output']>;
  latencyMs: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  status: HealthState;
};

/** A conflict of interest between a reviewer and a project. */
export type Conflict = {
  __typename?: 'Conflict';
  /** The assignment it left vacant (reassign it), if any. */
  assignmentId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ConflictKind;
  projectId: Scalars['ID']['output'];
  projectTitle: LocalizedText;
  reason: Scalars['String']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  reviewer: ReviewerProfile;
  /** The round it was declared or detected in. */
  roundId: Maybe<Scalars['ID']['output']>;
  source: ConflictSource;
  status: ConflictStatus;
};

export type ConflictConnection = {
  __typename?: 'ConflictConnection';
  edges: Array<ConflictEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConflictEdge = {
  __typename?: 'ConflictEdge';
  cursor: Scalars['String']['output'];
  node: Conflict;
};

export type ConflictKind =
  | 'COLLABORATION'
  | 'FINANCIAL'
  | 'OTHER'
  | 'PERSONAL'
  | 'SAME_AFFILIATION'
  | 'SAME_EMAIL_DOMAIN';

export type ConflictResolution =
  | 'CONFIRM'
  | 'DISMISS';

export type ConflictSource =
  | 'DECLARED'
  | 'DETECTED'
  | 'ORGANIZER';

/** ACTIVE (detected, not yet judged) and CONFIRMED block the reviewer; DISMISSED does not. */
export type ConflictStatus =
  | 'ACTIVE'
  | 'CONFIRMED'
  | 'DISMISSED';

export type CooperationMode =
  | 'EQUITY_INVESTMENT'
  | 'JOINT_VENTURE'
  | 'LICENSING'
  | 'LOCAL_INCORPORATION'
  | 'RD_COOPERATION'
  | 'TECH_TRANSFER';

export type CreateRoadshowInput = {
  breaks?: InputMaybe<RoadshowBreaksInput>;
  endsAt: Scalars['DateTime']['input'];
  mode: RoadshowMode;
  programmeId: Scalars['ID']['input'];
  /** Whole minutes, 1–240. */
  slotMinutes: Scalars['Int']['input'];
  /** Start of the broadcast window (an instant with an offset). */
  startsAt: Scalars['DateTime']['input'];
  /** https only. */
  streamUrl?: InputMaybe<Scalars['String']['input']>;
  /** IANA display zone, e.g. Asia/Shanghai. */
  timeZone: Scalars['String']['input'];
  title: LocalizedTextInput;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** false registers the endpoint disabled: nothing is sent to it until it is enabled. */
  enabled?: Scalars['Boolean']['input'];
  eventTypes: Array<DomainEventType>;
  /** https:// (http://127.0.0.1 or localhost only outside production). */
  url: Scalars['String']['input'];
};

export type CriterionScore = {
  __typename?: 'CriterionScore';
  criterion: Scalars['String']['output'];
  /** A review’s score (whole number), or a mean in results. */
  score: Scalars['Float']['output'];
};

export type CriterionScoreInput = {
  criterion: Scalars['String']['input'];
  score: Scalars['Int']['input'];
};

/** The follow-up of one project with one partner: its partner and organizers only. */
export type Deal = {
  __typename?: 'Deal';
  /** Newest first. */
  activities: Array<DealActivity>;
  /** The deal’s agreement once recorded (required for SIGNED; its realisation for LANDED). */
  agreementId: Maybe<Scalars['ID']['output']>;
  dropReason: Maybe<Scalars['String']['output']>;
  /** The stage a dropped deal left. */
  droppedFrom: Maybe<DealStage>;
  id: Scalars['ID']['output'];
  lastActivityAt: Scalars['DateTime']['output'];
  meetingAt: Maybe<Scalars['DateTime']['output']>;
  mouFileId: Maybe<Scalars['ID']['output']>;
  ndaFileId: Maybe<Scalars['ID']['output']>;
  nextStep: Maybe<Scalars['String']['output']>;
  nextStepAt: Maybe<Scalars['DateTime']['output']>;
  ownerUserId: Maybe<Scalars['ID']['output']>;
  partnerId: Scalars['ID']['output'];
  partnerName: LocalizedText;
  projectId: Scalars['ID']['output'];
  projectTitle: LocalizedText;
  stage: DealStage;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A note, call, meeting or e-mail on a deal. */
export type DealActivity = {
  __typename?: 'DealActivity';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: ActivityKind;
  nextStepAt: Maybe<Scalars['DateTime']['output']>;
  note: Scalars['String']['output'];
};

export type DealActivityInput = {
  kind: ActivityKind;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** When the next step is due (sets the deal’s reminder). */
  nextStepAt?: InputMaybe<Scalars['DateTime']['input']>;
  note: Scalars['String']['input'];
};

export type DealConnection = {
  __typename?: 'DealConnection';
  edges: Array<DealEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DealEdge = {
  __typename?: 'DealEdge';
  cursor: Scalars['String']['output'];
  node: Deal;
};

/** INTENT → CONTACTED → MEETING → DUE_DILIGENCE → NDA → MOU → SIGNED → LANDED, or DROPPED. */
export type DealStage =
  | 'CONTACTED'
  | 'DROPPED'
  | 'DUE_DILIGENCE'
  | 'INTENT'
  | 'LANDED'
  | 'MEETING'
  | 'MOU'
  | 'NDA'
  | 'SIGNED';

/** How many deals are at a stage (a kanban column header). */
export type DealStageCount = {
  __typename?: 'DealStageCount';
  count: Scalars['Int']['output'];
  stage: DealStage;
};

export type DealsFilter = {
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Text in the project’s title (Chinese or English) or the partner’s name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  stages?: InputMaybe<Array<DealStage>>;
  /** true: open deals without activity for DEAL_STALE_DAYS (those the reminder calls quiet); false: the others. */
  stale?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Decision =
  | 'ADVANCE'
  | 'REJECT';

export type DecisionOverride = {
  __typename?: 'DecisionOverride';
  at: Scalars['DateTime']['output'];
  /** Who overrode (display name). */
  by: Scalars['String']['output'];
  byUserId: Scalars['ID']['output'];
  decision: Decision;
  reason: Scalars['String']['output'];
};

/** A state change webhooks can subscribe to. The webhook body and the X-SixCan-Event header carry the dotted form (BID_PLACED → "bid.placed"). */
export type DomainEventType =
  /** "agreement.recorded": the agreement of a deal was recorded; data is the agreement. */
  | 'AGREEMENT_RECORDED'
  /** "bid.answered": a bid was accepted or declined; data is the bid. */
  | 'BID_ANSWERED'
  /** "bid.placed": a sealed bid was placed; data is the bid with its history. */
  | 'BID_PLACED'
  /** "bid.revised": a live bid got new terms; data is the bid with its history. */
  | 'BID_REVISED'
  /** "bid.withdrawn": a partner withdrew its bid; data is the bid. */
  | 'BID_WITHDRAWN'
  /** "deal.moved": a deal changed stage; data is the deal. */
  | 'DEAL_MOVED'
  /** "intent.recorded": an intent was recorded or changed; data is the intent. */
  | 'INTENT_RECORDED'
  /** "project.submitted": a project was submitted; data is the project. */
  | 'PROJECT_SUBMITTED'
  /** "round.decided": a screening round was decided; data is the round. */
  | 'ROUND_DECIDED';

/** Whether the signed-in user gets the e-mails of a category (in-app notifications always stay). */
export type EmailPreference = {
  __typename?: 'EmailPreference';
  category: NotificationCategory;
  /** E-mails of this category are sent. */
  emailEnabled: Scalars['Boolean']['output'];
  /** Cannot be turned off (SECURITY). */
  mandatory: Scalars['Boolean']['output'];
};

export type EmailPreferenceInput = {
  category: NotificationCategory;
  emailEnabled: Scalars['Boolean']['input'];
};

export type FieldProblem = {
  __typename?: 'FieldProblem';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A stored file; download it from `url` with the bearer token. */
export type FileRef = {
  __typename?: 'FileRef';
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  url: Scalars['String']['output'];
};

/** One stage of the funnel and how many projects reached it. */
export type FunnelStage = {
  __typename?: 'FunnelStage';
  /** HANDBOOK: when the counted handbook was written; null when the stage counts the current selection. */
  asOf: Maybe<Scalars['DateTime']['output']>;
  /** COLLECTED: all projects of the programme, any status. SUBMITTED: projects with a submission time. PASSED_ROUND: projects whose final decision in that round is ADVANCE (0 until the round is decided). HANDBOOK: projects printed in the latest successful handbook job; with none, the projects the handbook would take now (shortlisted or in the roadshow, plus projects published to partners by hand unless withdrawn, rejected or in draft). ROADSHOW: distinct projects on any roadshow event of the programme. WITH_INTENTS / WITH_BIDS: distinct projects with at least one intent / bid. SIGNED: distinct projects with an agreement. LANDED: distinct projects with an agreement whose realisation has been recorded. */
  count: Scalars['Int']['output'];
  key: FunnelStageKey;
  /** PASSED_ROUND: the screening round; null for other stages. */
  roundId: Maybe<Scalars['ID']['output']>;
  /** PASSED_ROUND: "Round 1" / "第1轮"; null otherwise. */
  roundName: Maybe<LocalizedText>;
  /** PASSED_ROUND: the round’s ordinal (1, 2, …). */
  roundOrdinal: Maybe<Scalars['Int']['output']>;
};

/** A stage of the programme funnel; see `FunnelStage.count` for what each one counts. */
export type FunnelStageKey =
  /** Every project of the programme, whatever its status (drafts and nominations too). */
  | 'COLLECTED'
  /** Projects printed in the latest successful handbook; before any, the projects the handbook would take now. */
  | 'HANDBOOK'
  /** Distinct projects with an agreement whose realisation has been recorded. */
  | 'LANDED'
  /** Projects the decision of one screening round advanced (one stage per round, in round order). */
  | 'PASSED_ROUND'
  /** Distinct projects on any roadshow event of the programme. */
  | 'ROADSHOW'
  /** Distinct projects with at least one signed agreement. */
  | 'SIGNED'
  /** Projects ever submitted (they have a submission time), whatever happened next. */
  | 'SUBMITTED'
  /** Distinct projects with at least one bid (any status). */
  | 'WITH_BIDS'
  /** Distinct projects with at least one partner intent (any kind or level). */
  | 'WITH_INTENTS';

export type FxRate = {
  __typename?: 'FxRate';
  currency: Scalars['String']['output'];
  /** Units of this currency per one unit of the base currency (decimal string). */
  rate: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type FxRateInput = {
  base: Scalars['String']['input'];
  currency: Scalars['String']['input'];
  /** Units of `currency` per one unit of `base`, e.g. "0.1378" for USD per CNY. */
  rate: Scalars['String']['input'];
};

/** The organizer’s exchange rates, used to compare bids side by side. */
export type FxTable = {
  __typename?: 'FxTable';
  /** Null until a first rate is set. */
  base: Maybe<Scalars['String']['output']>;
  rates: Array<FxRate>;
};

/** The six-can gate: fails when most reviews FAIL a mandatory can. */
export type GateOutcome = {
  __typename?: 'GateOutcome';
  counts: Array<CanCount>;
  failedCans: Array<SixCan>;
  passed: Scalars['Boolean']['output'];
};

/** A handbook being written in the background; poll handbookJob. */
export type HandbookJob = {
  __typename?: 'HandbookJob';
  createdAt: Scalars['DateTime']['output'];
  /** Why it failed. */
  error: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  options: HandbookOptions;
  /** The bilingual PDF: GET /files/{id}. */
  pdfFileId: Maybe<Scalars['ID']['output']>;
  /** Project pages written so far. */
  processed: Scalars['Int']['output'];
  programmeId: Scalars['ID']['output'];
  /** 0–100. */
  progress: Scalars['Int']['output'];
  status: HandbookJobStatus;
  /** Projects in the handbook. */
  total: Scalars['Int']['output'];
  /** The spreadsheet of the same projects: GET /files/{id}. */
  xlsxFileId: Maybe<Scalars['ID']['output']>;
};

export type HandbookJobConnection = {
  __typename?: 'HandbookJobConnection';
  edges: Array<HandbookJobEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HandbookJobEdge = {
  __typename?: 'HandbookJobEdge';
  cursor: Scalars['String']['output'];
  node: HandbookJob;
};

/** QUEUED → RUNNING → SUCCEEDED | FAILED. */
export type HandbookJobStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** ZH_EN: both, Chinese first; ZH or EN: one language (the other where a text is missing). */
export type HandbookLanguages =
  | 'EN'
  | 'ZH'
  | 'ZH_EN';

export type HandbookOptions = {
  __typename?: 'HandbookOptions';
  includeContacts: Scalars['Boolean']['output'];
  languages: HandbookLanguages;
  /** Null: every sector. */
  sectorCodes: Maybe<Array<Scalars['String']['output']>>;
  title: Maybe<LocalizedText>;
};

export type HandbookOptionsInput = {
  /** Print contact names, e-mails and phones (personal data). False unless given. */
  includeContacts?: InputMaybe<Scalars['Boolean']['input']>;
  /** ZH_EN unless given. */
  languages?: InputMaybe<HandbookLanguages>;
  /** Only projects in these sectors of the programme. */
  sectorCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Printed instead of the programme title. */
  title?: InputMaybe<LocalizedTextInput>;
};

export type HealthState =
  | 'DOWN'
  | 'UP';

/** ALL_OR_NOTHING writes nothing when any row is wrong; VALID_ROWS_ONLY writes the good rows. */
export type ImportMode =
  | 'ALL_OR_NOTHING'
  | 'VALID_ROWS_ONLY';

export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** The column key, e.g. country. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The row as numbered in the spreadsheet (the header is row 1). */
  rowNumber: Scalars['Int']['output'];
  value: Maybe<Scalars['String']['output']>;
};

export type ImportStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** The funnel of the projects sharing one country or one sector. */
export type InsightsBucket = {
  __typename?: 'InsightsBucket';
  /** Advanced by at least one screening round’s decision. */
  advanced: Scalars['Int']['output'];
  /** byCountry: the ISO 3166-1 code (the web names it); bySector: the sector code. "UNKNOWN" for projects without a country or sector. */
  key: Scalars['String']['output'];
  /** bySector: the programme’s name of the sector; null for countries and unknown sectors. */
  label: Maybe<LocalizedText>;
  /** All projects (as COLLECTED). */
  projects: Scalars['Int']['output'];
  /** With a signed agreement (as SIGNED). */
  signed: Scalars['Int']['output'];
  /** Ever submitted (as SUBMITTED). */
  submitted: Scalars['Int']['output'];
  /** With at least one intent (as WITH_INTENTS). */
  withIntents: Scalars['Int']['output'];
};

/** What one recommending channel brought into the programme and how far it got. */
export type InsightsChannelYield = {
  __typename?: 'InsightsChannelYield';
  /** Of those, advanced by at least one screening round’s decision. */
  advanced: Scalars['Int']['output'];
  channelId: Scalars['ID']['output'];
  /** The channel’s name in Chinese and English. */
  label: LocalizedText;
  /** The channel’s primary name (English, else Chinese); see label for both. */
  name: Scalars['String']['output'];
  /** Projects of the channel in the programme (nominated or imported). */
  nominated: Scalars['Int']['output'];
  /** Of those, with a signed agreement. */
  signed: Scalars['Int']['output'];
  /** Of those, ever submitted. */
  submitted: Scalars['Int']['output'];
  /** advanced ÷ nominated (0 when none were nominated). */
  yield: Scalars['Float']['output'];
};

/** Counters of a programme to watch during a roadshow. */
export type InsightsLiveCounters = {
  __typename?: 'InsightsLiveCounters';
  /** When the counters were taken. */
  at: Scalars['DateTime']['output'];
  /** Bids on the programme’s projects (any status). */
  bids: Scalars['Int']['output'];
  /** Deals (follow-ups of a project and partner) on the programme’s projects. */
  deals: Scalars['Int']['output'];
  /** Intents on the programme’s projects. */
  intents: Scalars['Int']['output'];
  /** The programme’s roadshow event that is live now, if any. */
  liveRoadshowId: Maybe<Scalars['ID']['output']>;
  programmeId: Scalars['ID']['output'];
  /** Agreements signed on the programme’s projects. */
  signed: Scalars['Int']['output'];
};

/** How far the reviewers of one screening round are. */
export type InsightsReviewerProgress = {
  __typename?: 'InsightsReviewerProgress';
  /** Review assignments not taken away by a conflict of interest. */
  assignments: Scalars['Int']['output'];
  /** Reviewers with at least one such assignment. */
  reviewers: Scalars['Int']['output'];
  /** Reviewers who submitted every one of their reviews. */
  reviewersDone: Scalars['Int']['output'];
  roundId: Scalars['ID']['output'];
  /** "Round 1" / "第1轮". */
  roundName: LocalizedText;
  roundOrdinal: Scalars['Int']['output'];
  status: ScreeningRoundStatus;
  /** Of those, with a submitted review. */
  submitted: Scalars['Int']['output'];
};

/** AGGREGATE: the stored aggregates (see refreshedAt and stale); LIVE: computed now from the records. */
export type InsightsSource =
  | 'AGGREGATE'
  | 'LIVE';

export type IntentKind =
  | 'INVESTMENT'
  | 'LANDING'
  | 'LICENSING'
  | 'PROCUREMENT'
  | 'TECH_COOPERATION';

/** OBSERVING → CONSIDERING → COMMITTED; COMMITTED is binding and shown to the applicant. */
export type IntentLevel =
  | 'COMMITTED'
  | 'CONSIDERING'
  | 'OBSERVING';

export type IntentSource =
  | 'HANDBOOK'
  | 'OTHER'
  | 'RECOMMENDATION'
  | 'ROADSHOW';

/** Agreements on the programme’s projects, in the programme’s reporting currency, converted with the organisation’s FX table (rate = units of a currency per one unit of the table’s base). */
export type InvestmentFigures = {
  __typename?: 'InvestmentFigures';
  /** Agreements signed. */
  agreements: Scalars['Int']['output'];
  /** Total committed; currencies listed in missingRates are left out. */
  committed: Maybe<Money>;
  /** The programme’s reporting currency (ISO 4217). */
  currency: Scalars['String']['output'];
  /** Agreements whose realisation has been recorded. */
  landed: Scalars['Int']['output'];
  /** Currencies of agreements the FX table cannot convert, sorted. */
  missingRates: Array<Scalars['String']['output']>;
  /** Total realised so far; currencies listed in missingRates are left out. */
  realised: Maybe<Money>;
};

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

export type InviteChannelMemberInput = {
  channelId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  /** Language of the invitation e-mail. */
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  /** Language of the invitation e-mail (default: the organisation’s). */
  locale?: InputMaybe<Scalars['String']['input']>;
  roles: Array<Role>;
};

export type InviteReviewerInput = {
  affiliation?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  languages: Array<Scalars['String']['input']>;
  /** Language of the invitation: zh-CN or en. */
  locale: Scalars['String']['input'];
  maxLoad: Scalars['Int']['input'];
  sectors: Array<Scalars['String']['input']>;
};

export type IpStatus =
  | 'NONE'
  | 'OTHER'
  | 'PATENT_GRANTED'
  | 'PATENT_PENDING'
  | 'SOFTWARE_COPYRIGHT'
  | 'TRADE_SECRET';

/** A pitch as the live console shows it. */
export type LiveSlot = {
  __typename?: 'LiveSlot';
  country: Maybe<Scalars['String']['output']>;
  delivery: SlotDelivery;
  /** Planned end (UTC). */
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  order: Scalars['Int']['output'];
  /** On stage: when it started plus the slot length; otherwise the planned end. */
  plannedEnd: Scalars['DateTime']['output'];
  projectId: Scalars['ID']['output'];
  /** When it went on stage. */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** Planned start (UTC). */
  startsAt: Scalars['DateTime']['output'];
  status: SlotStatus;
  title: LocalizedText;
};

/** Text people write in Chinese, English or both. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  en: Maybe<Scalars['String']['output']>;
  zh: Maybe<Scalars['String']['output']>;
};

export type LocalizedTextInput = {
  en?: InputMaybe<Scalars['String']['input']>;
  zh?: InputMaybe<Scalars['String']['input']>;
};

export type LogInInput = {
  email: Scalars['String']['input'];
  /** Open this organisation (default: the last one used). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** How many were unread and are now read. */
  markedCount: Scalars['Int']['output'];
  /** The notifications named by `ids`, as they are now. */
  notifications: Array<Notification>;
  /** The unread count afterwards. */
  unreadCount: Scalars['Int']['output'];
};

/** A partner’s intent of one kind on a project. */
export type MatchIntent = {
  __typename?: 'MatchIntent';
  amount: Maybe<Money>;
  committedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: IntentKind;
  level: IntentLevel;
  /** The partner’s own note: its members and organizers only. */
  note: Maybe<Scalars['String']['output']>;
  partnerId: Scalars['ID']['output'];
  partnerName: LocalizedText;
  projectId: Scalars['ID']['output'];
  projectTitle: LocalizedText;
  source: IntentSource;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type MatchIntentConnection = {
  __typename?: 'MatchIntentConnection';
  edges: Array<MatchIntentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MatchIntentEdge = {
  __typename?: 'MatchIntentEdge';
  cursor: Scalars['String']['output'];
  node: MatchIntent;
};

/** One part of a match score and why it scored what it did. */
export type MatchReason = {
  __typename?: 'MatchReason';
  code: MatchReasonCode;
  detail: Scalars['String']['output'];
  outcome: MatchReasonOutcome;
  points: Scalars['Int']['output'];
  weight: Scalars['Int']['output'];
};

export type MatchReasonCode =
  | 'CHAIN_FOCUS'
  | 'COOPERATION_MODES'
  | 'INCENTIVES'
  | 'REGION'
  | 'SECTOR'
  | 'SPACE'
  | 'TICKET_SIZE'
  | 'TRL';

export type MatchReasonOutcome =
  | 'MATCH'
  | 'MISSING'
  | 'NO_MATCH'
  | 'PARTIAL';

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

/** An amount in major units as a decimal string, with its ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string in major units, e.g. "1500000.00". */
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  /** Decimal string in major units, e.g. "1500000" or "1500000.50". */
  amount: Scalars['String']['input'];
  currency: Scalars['String']['input'];
};

export type MoveDealInput = {
  /** Required for MEETING. */
  meetingAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The signed MoU (stored file), required for MOU. */
  mouFileId?: InputMaybe<Scalars['ID']['input']>;
  /** The signed NDA (stored file), required for NDA. */
  ndaFileId?: InputMaybe<Scalars['ID']['input']>;
  /** A new owner (a member of the organisation). */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for DROPPED. */
  reason?: InputMaybe<Scalars['String']['input']>;
  to: DealStage;
  /** The version seen; a newer one answers CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptInvitation: AuthPayload;
  /** A commentator assigned to the event critiques a pitch (while live or after). */
  addCommentary: Commentary;
  /** Records a conflict (CONFIRMED); open assignments of the pair wait for reassignment. */
  addConflict: Conflict;
  /** Puts shortlisted (or published) projects of the programme on the event; shortlisted ones move to IN_ROADSHOW. */
  addRoadshowProjects: Roadshow;
  archiveProgramme: Programme;
  /** Sets the event’s commentators (members; given the COMMENTATOR role when they lack it). */
  assignCommentators: Roadshow;
  closeProgramme: Programme;
  /** Ends scoring. */
  closeScreeningRound: ScreeningRound;
  createCeremony: SigningCeremony;
  createChannel: Channel;
  /** Creates a partner; the member e-mails get the PARTNER role or an invitation. */
  createPartner: Partner;
  /** Creates a programme in DRAFT. */
  createProgramme: Programme;
  /** Starts a DRAFT project in an open programme. */
  createProject: Project;
  /** A draft roadshow event of a programme. */
  createRoadshow: Roadshow;
  /** Creates the next round (DRAFT); round r only once round r − 1 is decided. */
  createScreeningRound: ScreeningRound;
  /** Registers an HTTPS endpoint for the event types (enabled unless `enabled: false`); answers its signing secret, shown this once. Refused URLs are VALIDATION errors with a reason: INVALID_URL (not a full URL, credentials or a #fragment), INSECURE_URL (not https://; http://127.0.0.1 and localhost are accepted outside production), PRIVATE_ADDRESS (a private or local address, in production). CONFLICT with reason ENDPOINT_LIMIT_REACHED beyond 25 endpoints. */
  createWebhookEndpoint: WebhookSecretPayload;
  /** Applies the final decisions of a CLOSED round: advanced projects go on (or are shortlisted after the last round), the others are rejected; applicants are e-mailed. */
  decideScreeningRound: ScreeningRound;
  /** The reviewer declares a conflict: they stop scoring the project and an organizer reassigns it. */
  declareConflict: Assignment;
  /** The reviewer declares having no conflict: scoring may start. */
  declareNoConflict: Assignment;
  /** Deletes the endpoint: nothing more is sent to it (attempts under way fail); its log is kept. */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** LIVE → ENDED; a pitch still on stage is DONE. */
  endRoadshow: Roadshow;
  /** The filtered trail (or, with projectId, that project’s history) as CSV, oldest first, UTF-8 with BOM. At most 100,000 rows: a larger selection is refused with reason TOO_MANY_ROWS. */
  exportAuditEvents: AuditExportModel;
  /** The filtered list as XLSX or CSV (UTF-8 with BOM), with headers in the given language. */
  exportProjects: FileRef;
  /** The ranking with its justification (scores per criterion, gate verdicts, overrides) as XLSX. */
  exportRoundResults: FileRef;
  /** Writes the programme handbook (bilingual PDF and XLSX of the shortlisted, roadshow and published projects) as a job; poll handbookJob for progress and the files. */
  generateHandbook: HandbookJob;
  /** Writes the programme's bureau report (bilingual PDF and XLSX: headline figures, charts, roadshow line-up, signed agreements) as a job, or returns the one already queued or running; poll programmeReport for progress and the files. */
  generateProgrammeReport: ProgrammeReport;
  /** Adds a person to the channel and invites them with the CHANNEL role (or grants it). */
  inviteChannelMember: ChannelMember;
  /** E-mails a single-use link valid for 7 days; replaces a pending one. */
  inviteMember: Invitation;
  /** Creates or updates a reviewer profile and gives the member the REVIEWER role, or e-mails an invitation. */
  inviteReviewer: ReviewerProfile;
  /** Joins an organisation with an open call as an applicant; answers a session there. */
  joinAsApplicant: AuthPayload;
  /** Logs a note, call, meeting or e-mail, with the next step’s date. */
  logDealActivity: Deal;
  /** At most 10 attempts a minute per client and per account. */
  logIn: AuthPayload;
  /** Revokes the refresh token and every rotation of it. */
  logOut: Scalars['Boolean']['output'];
  /** Hides the project from the partner’s recommendations (notInterested: false shows it again). */
  markNotInterested: PartnerProject;
  /** Marks the named notifications (or all: true, every unread one) as read. Ids that are not the user’s answer NOT_FOUND. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Moves a deal along the pipeline with the fields the stage needs (a reason for DROPPED). */
  moveDeal: Deal;
  /** SCHEDULED → ON_STAGE → DONE, or NO_SHOW; one pitch on stage at a time, while the event is live. */
  moveRoadshowSlot: LiveSlot;
  /** Moves a project to `toIndex` (0-based) of the programme: the event switches to a manual order and is re-planned on the same slot times (see plan.warnings). CONFLICT when `version` is stale. */
  moveSlot: Roadshow;
  /** A channel nominates a project; the applicant is invited by e-mail to complete and submit it. */
  nominateProject: Project;
  /** Opens the call (from DRAFT, or reopens a CLOSED one). */
  openProgramme: Programme;
  /** Checks the assignment can be made (else VALIDATION naming the shortfall) and runs it as a job; the round is OPEN when assignmentJob is DONE. */
  openScreeningRound: ScreeningRound;
  /** Overrides the proposal for a project of a CLOSED round. */
  overrideDecision: RoundResult;
  /** Places a sealed bid (one live bid per partner and project); the applicant is told, not shown the terms. */
  placeBid: Bid;
  /** The bilingual import template of a programme. */
  projectImportTemplate: FileRef;
  /** Opens a project to partners before or without shortlisting (published: false closes it). */
  publishProject: PartnerProject;
  /** DRAFT → PUBLISHED: presenters, commentators and partner members are e-mailed an invitation with a calendar file, and the reminders are scheduled. */
  publishRoadshow: Roadshow;
  /** Moves an assignment to another reviewer (same rules as the assignment; not after submission). */
  reassignReview: Assignment;
  /** Records the agreement of a deal (once); both parties are told. */
  recordAgreement: Agreement;
  /** Records an intent, or moves the partner’s intent of that kind on the project (one per partner, project and kind); opens the deal. */
  recordIntent: MatchIntent;
  /** Records what has been realised: amount, entity, park, jobs. */
  recordRealisation: Agreement;
  /** Recomputes the programme’s aggregates now, in this request, and answers them (AGGREGATE, not stale). Aggregates are also refreshed by a background job within about a minute of a change. */
  refreshProgrammeInsights: ProgrammeInsights;
  /** Exchanges a refresh token (once) for a new token pair. */
  refreshSession: AuthPayload;
  /** Releases feedback to the applicant (DECIDED rounds). */
  releaseFeedback: ReleasedFeedback;
  /** Removes the member and ends their sessions in this organisation. */
  removeMember: Scalars['Boolean']['output'];
  /** Takes a project off the event’s programme. */
  removeRoadshowProject: Roadshow;
  /** Sends a delivered or failed delivery again as a new series of attempts: the same body, event id and X-SixCan-Delivery. CONFLICT with reason DELIVERY_IN_PROGRESS while it is pending, sending or retrying, ENDPOINT_DISABLED when its endpoint is disabled. */
  replayWebhookDelivery: WebhookDelivery;
  /** Always true: the answer never tells whether the e-mail has an account. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sets a new password and ends every session of the account. */
  resetPassword: Scalars['Boolean']['output'];
  /** Back to the planner’s optimised order. */
  resetRoadshowOrder: Roadshow;
  /** Confirms or dismisses a detected conflict; a dismissed one stays dismissed when found again. */
  resolveConflict: Conflict;
  /** The applicant (or an organizer) accepts or declines a live bid. */
  respondToBid: Bid;
  /** New terms for a live bid; earlier terms stay in its history. */
  reviseBid: Bid;
  revokeInvitation: Invitation;
  /** Replaces the signing secret; the new one is shown this once and signs from now on. */
  rotateWebhookSecret: WebhookSecretPayload;
  /** Puts the project on the partner’s saved list (saved: false takes it off). */
  saveProject: PartnerProjectStatus;
  /** Saves the reviewer’s own review as a draft (a submitted one stays submitted and complete); only after declareNoConflict and while the round is open. */
  saveReview: Review;
  /** Sends a `webhook.test` event to the endpoint (whatever its event types), logged like any delivery. CONFLICT with reason ENDPOINT_DISABLED when the endpoint is disabled. */
  sendTestWebhook: WebhookDelivery;
  /** Sets one exchange rate; a new base starts a new table. */
  setFxRate: FxTable;
  /** Creates an account and a new organisation it runs. */
  signUp: AuthPayload;
  /** Creates an applicant account in an organisation that has an open call for projects. */
  signUpApplicant: AuthPayload;
  /** Imports an uploaded XLSX/CSV (POST /files) as a job; poll projectImport for progress. Channel members nominate their rows. */
  startProjectImport: ProjectImport;
  /** PUBLISHED → LIVE: the slots are frozen as published. */
  startRoadshow: Roadshow;
  /** Submits inside the window with every required field. */
  submitProject: Project;
  /** Submits (or re-submits) the review: every criterion scored and every can of the round judged. */
  submitReview: Review;
  /** A new session in another organisation the user belongs to. */
  switchOrganization: AuthPayload;
  updateChannel: Channel;
  /** Turns the e-mails of categories on or off; notifications stay in-app either way. SECURITY cannot be turned off (VALIDATION, reason MANDATORY_CATEGORY). */
  updateEmailPreferences: Array<EmailPreference>;
  /** Changes the level, amount or note of an intent. */
  updateIntent: MatchIntent;
  updateMemberRoles: Member;
  /** Organizers change any partner; members their own profile and interests (not the members). */
  updatePartner: Partner;
  updateProfile: Me;
  updateProgramme: Programme;
  /** Drafts change freely; a submitted project while the call is open (all required fields kept). */
  updateProject: Project;
  /** Organizers change any field; a reviewer their own sectors, languages and affiliation. */
  updateReviewerProfile: ReviewerProfile;
  /** Changes a draft or published event (re-planned); CONFLICT when `version` is stale. */
  updateRoadshow: Roadshow;
  /** Changes a DRAFT round. */
  updateScreeningRound: ScreeningRound;
  /** Changes the URL, event types, description or enabled flag. With `version`, CONFLICT (reason STALE_VERSION) when the endpoint was changed since; URLs are checked as on creation. */
  updateWebhookEndpoint: WebhookEndpoint;
  withdrawBid: Bid;
  /** Withdraws a project before any final decision. */
  withdrawProject: Project;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddCommentaryArgs = {
  input: CommentaryInput;
  slotId: Scalars['ID']['input'];
};


export type MutationAddConflictArgs = {
  projectId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reviewerProfileId: Scalars['ID']['input'];
};


export type MutationAddRoadshowProjectsArgs = {
  id: Scalars['ID']['input'];
  projectIds: Array<Scalars['ID']['input']>;
};


export type MutationArchiveProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignCommentatorsArgs = {
  id: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationCloseProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseScreeningRoundArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateCeremonyArgs = {
  input: CeremonyInput;
};


export type MutationCreateChannelArgs = {
  input: ChannelInput;
};


export type MutationCreatePartnerArgs = {
  input: PartnerInput;
};


export type MutationCreateProgrammeArgs = {
  input: ProgrammeInput;
};


export type MutationCreateProjectArgs = {
  input: ProjectInput;
  programmeId: Scalars['ID']['input'];
};


export type MutationCreateRoadshowArgs = {
  input: CreateRoadshowInput;
};


export type MutationCreateScreeningRoundArgs = {
  input: ScreeningRoundInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDecideScreeningRoundArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeclareConflictArgs = {
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeclareNoConflictArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndRoadshowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExportAuditEventsArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorKind?: InputMaybe<AuditActorKind>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  objectId?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationExportProjectsArgs = {
  filter?: InputMaybe<ProjectFilter>;
  format: SpreadsheetFormat;
  locale?: InputMaybe<Scalars['String']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type MutationExportRoundResultsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
  roundId: Scalars['ID']['input'];
};


export type MutationGenerateHandbookArgs = {
  options?: InputMaybe<HandbookOptionsInput>;
  programmeId: Scalars['ID']['input'];
};


export type MutationGenerateProgrammeReportArgs = {
  programmeId: Scalars['ID']['input'];
};


export type MutationInviteChannelMemberArgs = {
  input: InviteChannelMemberInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationInviteReviewerArgs = {
  input: InviteReviewerInput;
};


export type MutationJoinAsApplicantArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationLogDealActivityArgs = {
  id: Scalars['ID']['input'];
  input: DealActivityInput;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationLogOutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMarkNotInterestedArgs = {
  notInterested?: InputMaybe<Scalars['Boolean']['input']>;
  partnerId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMoveDealArgs = {
  id: Scalars['ID']['input'];
  input: MoveDealInput;
};


export type MutationMoveRoadshowSlotArgs = {
  slotId: Scalars['ID']['input'];
  status: SlotStatus;
};


export type MutationMoveSlotArgs = {
  projectId: Scalars['ID']['input'];
  roadshowId: Scalars['ID']['input'];
  toIndex: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationNominateProjectArgs = {
  input: NominationInput;
  programmeId: Scalars['ID']['input'];
};


export type MutationOpenProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenScreeningRoundArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOverrideDecisionArgs = {
  decision: Decision;
  projectId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  roundId: Scalars['ID']['input'];
};


export type MutationPlaceBidArgs = {
  input: PlaceBidInput;
};


export type MutationProjectImportTemplateArgs = {
  format: SpreadsheetFormat;
  programmeId: Scalars['ID']['input'];
};


export type MutationPublishProjectArgs = {
  projectId: Scalars['ID']['input'];
  published?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationPublishRoadshowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReassignReviewArgs = {
  assignmentId: Scalars['ID']['input'];
  reviewerProfileId: Scalars['ID']['input'];
};


export type MutationRecordAgreementArgs = {
  input: RecordAgreementInput;
};


export type MutationRecordIntentArgs = {
  input: RecordIntentInput;
};


export type MutationRecordRealisationArgs = {
  id: Scalars['ID']['input'];
  input: RealisationInput;
};


export type MutationRefreshProgrammeInsightsArgs = {
  programmeId: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationReleaseFeedbackArgs = {
  projectId: Scalars['ID']['input'];
  roundId: Scalars['ID']['input'];
  text: LocalizedTextInput;
};


export type MutationRemoveMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRemoveRoadshowProjectArgs = {
  id: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationResetRoadshowOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResolveConflictArgs = {
  id: Scalars['ID']['input'];
  resolution: ConflictResolution;
};


export type MutationRespondToBidArgs = {
  answer: BidAnswer;
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReviseBidArgs = {
  id: Scalars['ID']['input'];
  input: BidTermsInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveProjectArgs = {
  partnerId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  saved?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSaveReviewArgs = {
  assignmentId: Scalars['ID']['input'];
  input: ReviewInput;
};


export type MutationSendTestWebhookArgs = {
  endpointId: Scalars['ID']['input'];
};


export type MutationSetFxRateArgs = {
  input: FxRateInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSignUpApplicantArgs = {
  input: ApplicantSignUpInput;
};


export type MutationStartProjectImportArgs = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  fileId: Scalars['ID']['input'];
  mode: ImportMode;
  programmeId: Scalars['ID']['input'];
};


export type MutationStartRoadshowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitReviewArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type MutationSwitchOrganizationArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationUpdateChannelArgs = {
  id: Scalars['ID']['input'];
  input: ChannelInput;
};


export type MutationUpdateEmailPreferencesArgs = {
  input: UpdateEmailPreferencesInput;
};


export type MutationUpdateIntentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateIntentInput;
};


export type MutationUpdateMemberRolesArgs = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};


export type MutationUpdatePartnerArgs = {
  id: Scalars['ID']['input'];
  input: PartnerInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateProgrammeArgs = {
  id: Scalars['ID']['input'];
  input: ProgrammeInput;
};


export type MutationUpdateProjectArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ProjectInput;
};


export type MutationUpdateReviewerProfileArgs = {
  id: Scalars['ID']['input'];
  input: ReviewerProfileInput;
};


export type MutationUpdateRoadshowArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRoadshowInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateScreeningRoundArgs = {
  id: Scalars['ID']['input'];
  input: ScreeningRoundUpdateInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
};


export type MutationWithdrawBidArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawProjectArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type NominationInput = {
  /** The applicant invited to complete and submit the project. */
  applicantEmail: Scalars['String']['input'];
  /** Required when the nominator acts for several channels. */
  channelId?: InputMaybe<Scalars['ID']['input']>;
  /** Language of the e-mail to the applicant. */
  locale?: InputMaybe<Scalars['String']['input']>;
  project: ProjectInput;
};

/** An in-app notification of the signed-in user: the copy of an e-mail the platform sent (or held back by the user’s preference), in the reader’s language. */
export type Notification = {
  __typename?: 'Notification';
  /** The e-mail’s text without the salutation: plain text, paragraphs separated by blank lines. */
  body: Scalars['String']['output'];
  category: NotificationCategory;
  createdAt: Scalars['DateTime']['output'];
  /** False when the user’s preference held the e-mail back. */
  emailed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Where to open it: a path of the web app (e.g. `/projects/<id>`), or null. */
  link: Maybe<Scalars['String']['output']>;
  objectId: Maybe<Scalars['String']['output']>;
  /** The type of the object it is about, e.g. `Project`. */
  objectType: Maybe<Scalars['String']['output']>;
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** The e-mail template, e.g. `matching.bid_received`. */
  template: Scalars['String']['output'];
  /** The e-mail’s subject. */
  title: Scalars['String']['output'];
};

/** What a notification is about. Each e-mail template has one; the e-mail of every category but SECURITY can be turned off (the in-app notification stays). */
export type NotificationCategory =
  /** Agreements recorded; follow-up reminders of deals. */
  | 'DEALS'
  /** Submissions, withdrawals and nominations of projects. */
  | 'INTAKE'
  /** Bids received, answered or expired; committed intents. */
  | 'MATCHING'
  /** Review assignments and deadline reminders. */
  | 'REVIEWING'
  /** Roadshow invitations and reminders. */
  | 'ROADSHOW'
  /** Screening results of projects: advanced, shortlisted, not selected. */
  | 'SCREENING'
  /** Invitations, password resets, delivery tests: always e-mailed. */
  | 'SECURITY';

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** A programme as the public call page shows it. */
export type OpenCall = {
  __typename?: 'OpenCall';
  acceptingSubmissions: Scalars['Boolean']['output'];
  closesAt: Scalars['DateTime']['output'];
  description: LocalizedText;
  id: Scalars['ID']['output'];
  mandatoryCans: Array<SixCan>;
  opensAt: Scalars['DateTime']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  sectors: Array<Sector>;
  timeZone: Scalars['String']['output'];
  title: LocalizedText;
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

/** What a park offers a landing project. */
export type ParkProfile = {
  __typename?: 'ParkProfile';
  availableSpaceM2: Maybe<Scalars['Int']['output']>;
  chainFocus: Array<Scalars['String']['output']>;
  incentives: Array<Scalars['String']['output']>;
};

export type ParkProfileInput = {
  availableSpaceM2?: InputMaybe<Scalars['Int']['input']>;
  chainFocus?: InputMaybe<Array<Scalars['String']['input']>>;
  incentives?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An investor, park or enterprise of the organisation. */
export type Partner = {
  __typename?: 'Partner';
  country: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: LocalizedText;
  id: Scalars['ID']['output'];
  interests: PartnerInterests;
  kind: PartnerKind;
  /** E-mail addresses of the people acting for the partner. */
  memberEmails: Array<Scalars['String']['output']>;
  name: LocalizedText;
  /** Parks only. */
  park: Maybe<ParkProfile>;
  version: Scalars['Int']['output'];
};

export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PartnerInput = {
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<LocalizedTextInput>;
  interests?: InputMaybe<PartnerInterestsInput>;
  /** Required when creating. */
  kind?: InputMaybe<PartnerKind>;
  /** Language of invitations: zh-CN or en. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** People acting for the partner: members get the PARTNER role, others an invitation. */
  memberEmails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Required (zh or en) when creating. */
  name?: InputMaybe<LocalizedTextInput>;
  /** Parks only. */
  park?: InputMaybe<ParkProfileInput>;
};

/** What a partner looks for; drives recommendations. */
export type PartnerInterests = {
  __typename?: 'PartnerInterests';
  cooperationModes: Array<CooperationMode>;
  /** ISO 3166-1 countries or region codes (EU, ASEAN, WORLD, …); empty: anywhere. */
  regions: Array<Scalars['String']['output']>;
  sectors: Array<Scalars['String']['output']>;
  ticketMax: Maybe<Money>;
  ticketMin: Maybe<Money>;
  trlMax: Maybe<Scalars['Int']['output']>;
  trlMin: Maybe<Scalars['Int']['output']>;
};

export type PartnerInterestsInput = {
  cooperationModes?: InputMaybe<Array<CooperationMode>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  ticketMax?: InputMaybe<AmountInput>;
  ticketMin?: InputMaybe<AmountInput>;
  trlMax?: InputMaybe<Scalars['Int']['input']>;
  trlMin?: InputMaybe<Scalars['Int']['input']>;
};

export type PartnerKind =
  | 'ENTERPRISE'
  | 'INVESTOR'
  | 'PARK';

/** Engagement of one kind of partner with the programme. */
export type PartnerKindBreakdown = {
  __typename?: 'PartnerKindBreakdown';
  /** Their bids on the programme’s projects (any status). */
  bids: Scalars['Int']['output'];
  /** Committed by those agreements, in the programme’s reporting currency (currencies without a rate are left out: see investment.missingRates). */
  committed: Maybe<Money>;
  /** Their intents on the programme’s projects. */
  intents: Scalars['Int']['output'];
  kind: PartnerKind;
  /** Partners of this kind with an intent or a bid on a project of the programme. */
  partners: Scalars['Int']['output'];
  /** Their agreements on the programme’s projects. */
  signed: Scalars['Int']['output'];
};

/** A project as partners see it: no scores, reviewers, contact details or other partners’ activity. */
export type PartnerProject = {
  __typename?: 'PartnerProject';
  cooperationModes: Array<CooperationMode>;
  country: Maybe<Scalars['String']['output']>;
  fundingAsk: Maybe<Money>;
  id: Scalars['ID']['output'];
  organizationName: Maybe<Scalars['String']['output']>;
  programmeId: Scalars['ID']['output'];
  sectorCode: Maybe<Scalars['String']['output']>;
  status: ProjectStatus;
  summary: LocalizedText;
  title: LocalizedText;
  trl: Maybe<Scalars['Int']['output']>;
};

export type PartnerProjectConnection = {
  __typename?: 'PartnerProjectConnection';
  edges: Array<PartnerProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerProjectEdge = {
  __typename?: 'PartnerProjectEdge';
  cursor: Scalars['String']['output'];
  node: PartnerProject;
};

/** Where one partner stands with one project: its flags, intents, bid and deal. */
export type PartnerProjectStatus = {
  __typename?: 'PartnerProjectStatus';
  /** The live bid, else the latest one. */
  bid: Maybe<Bid>;
  deal: Maybe<Deal>;
  /** Latest change first. */
  intents: Array<MatchIntent>;
  /** Left out of the partner’s recommendations. */
  notInterested: Scalars['Boolean']['output'];
  partnerId: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  /** On the partner’s saved list. */
  saved: Scalars['Boolean']['output'];
};

/** A break of `minutes` after every `afterEverySlots` slots. */
export type PeriodicBreak = {
  __typename?: 'PeriodicBreak';
  afterEverySlots: Scalars['Int']['output'];
  minutes: Scalars['Int']['output'];
};

export type PeriodicBreakInput = {
  afterEverySlots: Scalars['Int']['input'];
  minutes: Scalars['Int']['input'];
};

export type PlaceBidInput = {
  equityPercent?: InputMaybe<Scalars['Float']['input']>;
  investment?: InputMaybe<AmountInput>;
  otherTerms?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  rentFreeMonths?: InputMaybe<Scalars['Int']['input']>;
  spaceM2?: InputMaybe<Scalars['Int']['input']>;
  /** In the investment’s currency when both are given. */
  subsidy?: InputMaybe<AmountInput>;
  validUntil: Scalars['DateTime']['input'];
};

/** OPTIMISED: the planner’s order; MANUAL: the organiser’s. */
export type PlanMode =
  | 'MANUAL'
  | 'OPTIMISED';

export type PlanSummary = {
  __typename?: 'PlanSummary';
  live: Scalars['Int']['output'];
  /** Live inside 09:00–18:00 local. */
  preferred: Scalars['Int']['output'];
  prerecorded: Scalars['Int']['output'];
  unplaced: Scalars['Int']['output'];
};

/** A problem of the plan; which fields are set depends on the code. */
export type PlanWarning = {
  __typename?: 'PlanWarning';
  code: PlanWarningCode;
  /** WINDOW_TOO_SHORT: slots the window holds. */
  fits: Maybe<Scalars['Int']['output']>;
  /** LIVE_BELOW_OPTIMUM: live pitches in this order. */
  live: Maybe<Scalars['Int']['output']>;
  /** The presenter’s local start, HH:mm. */
  local: Maybe<Scalars['String']['output']>;
  /** English, for logs; the web translates by code. */
  message: Scalars['String']['output'];
  /** WINDOW_TOO_SHORT: slots needed. */
  needed: Maybe<Scalars['Int']['output']>;
  /** LIVE_BELOW_OPTIMUM: live pitches in the optimised order. */
  optimum: Maybe<Scalars['Int']['output']>;
  order: Maybe<Scalars['Int']['output']>;
  projectId: Maybe<Scalars['ID']['output']>;
};

export type PlanWarningCode =
  | 'LIVE_BELOW_OPTIMUM'
  | 'NOT_AVAILABLE'
  | 'NOT_IN_ORDER'
  | 'OUTSIDE_ACCEPTABLE_HOURS'
  | 'OUTSIDE_PREFERRED_HOURS'
  | 'WINDOW_TOO_SHORT';

export type PlannedBreak = {
  __typename?: 'PlannedBreak';
  displayEnd: Scalars['String']['output'];
  displayStart: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type Programme = {
  __typename?: 'Programme';
  /** True while the programme is open and inside its submission window. */
  acceptingSubmissions: Scalars['Boolean']['output'];
  /** Submission deadline (an instant; show it in the viewer’s own zone). */
  closesAt: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  description: LocalizedText;
  handbookSize: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  mandatoryCans: Array<SixCan>;
  opensAt: Scalars['DateTime']['output'];
  roadshowSize: Scalars['Int']['output'];
  rubric: Array<RubricCriterion>;
  rubricScale: Scalars['Int']['output'];
  sectors: Array<Sector>;
  status: ProgrammeStatus;
  /** IANA zone of the organising bureau. */
  timeZone: Scalars['String']['output'];
  title: LocalizedText;
  updatedAt: Scalars['DateTime']['output'];
};

export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  edges: Array<ProgrammeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: Programme;
};

export type ProgrammeInput = {
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<LocalizedTextInput>;
  handbookSize?: InputMaybe<Scalars['Int']['input']>;
  mandatoryCans?: InputMaybe<Array<SixCan>>;
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  roadshowSize?: InputMaybe<Scalars['Int']['input']>;
  rubric?: InputMaybe<Array<RubricCriterionInput>>;
  rubricScale?: InputMaybe<Scalars['Int']['input']>;
  sectors?: InputMaybe<Array<SectorInput>>;
  /** IANA zone, e.g. Asia/Shanghai. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<LocalizedTextInput>;
};

/** The programme dashboard: funnel, breakdowns, investment, trends. */
export type ProgrammeInsights = {
  __typename?: 'ProgrammeInsights';
  /** Per recommending channel with projects in the programme, most nominated first. */
  byChannel: Array<InsightsChannelYield>;
  /** Per project country, most projects first. */
  byCountry: Array<InsightsBucket>;
  /** Per partner kind (every kind, also when 0). */
  byPartnerKind: Array<PartnerKindBreakdown>;
  /** Per sector, in the programme’s order of sectors (then unknown codes). */
  bySector: Array<InsightsBucket>;
  /** The programme’s reporting currency (ISO 4217). */
  currency: Scalars['String']['output'];
  /** COLLECTED, SUBMITTED, one PASSED_ROUND per screening round (in round order), HANDBOOK, ROADSHOW, WITH_INTENTS, WITH_BIDS, SIGNED, LANDED. */
  funnel: Array<FunnelStage>;
  investment: InvestmentFigures;
  programmeId: Scalars['ID']['output'];
  /** When these figures were computed (now for LIVE; the last refresh for AGGREGATE). */
  refreshedAt: Scalars['DateTime']['output'];
  /** Per screening round, in round order. */
  reviewerProgress: Array<InsightsReviewerProgress>;
  source: InsightsSource;
  /** True when something that feeds the dashboard changed in the organisation after refreshedAt, so the aggregates may be behind (they are refreshed shortly after changes); always false for LIVE. */
  stale: Scalars['Boolean']['output'];
  /** ISO weeks from the programme’s opening (or its first activity) to now, oldest first, at most the last 104. */
  trends: Array<TrendPoint>;
};

/** A programme's bureau report (bilingual PDF and XLSX of its figures, roadshows and agreements) being written in the background; poll programmeReport. */
export type ProgrammeReport = {
  __typename?: 'ProgrammeReport';
  createdAt: Scalars['DateTime']['output'];
  /** Why it failed. */
  error: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The bilingual PDF (A4): GET /files/{id}. */
  pdfFileId: Maybe<Scalars['ID']['output']>;
  programmeId: Scalars['ID']['output'];
  /** 0–100. */
  progress: Scalars['Int']['output'];
  status: ProgrammeReportStatus;
  /** The same figures as a workbook: GET /files/{id}. */
  xlsxFileId: Maybe<Scalars['ID']['output']>;
};

export type ProgrammeReportConnection = {
  __typename?: 'ProgrammeReportConnection';
  edges: Array<ProgrammeReportEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgrammeReportEdge = {
  __typename?: 'ProgrammeReportEdge';
  cursor: Scalars['String']['output'];
  node: ProgrammeReport;
};

/** QUEUED → RUNNING → SUCCEEDED | FAILED. */
export type ProgrammeReportStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type ProgrammeStatus =
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type Project = {
  __typename?: 'Project';
  /** Who is invited to complete the project. */
  applicantEmail: Maybe<Scalars['String']['output']>;
  attachmentFileIds: Array<Scalars['ID']['output']>;
  attachments: Array<FileRef>;
  availability: Array<AvailabilityWindow>;
  /** The recommending channel, if nominated. */
  channel: Maybe<Channel>;
  channelId: Maybe<Scalars['ID']['output']>;
  contactEmail: Maybe<Scalars['String']['output']>;
  contactName: Maybe<Scalars['String']['output']>;
  contactPhone: Maybe<Scalars['String']['output']>;
  cooperationModes: Array<CooperationMode>;
  /** ISO 3166-1 alpha-2. */
  country: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  fundingAsk: Maybe<Money>;
  id: Scalars['ID']['output'];
  ipStatus: Maybe<IpStatus>;
  /** What is still missing or wrong before the project can be submitted. */
  missingForSubmission: Array<FieldProblem>;
  /** The organisation behind the project. */
  organizationName: Maybe<Scalars['String']['output']>;
  /** IANA zone the presenter lives in. */
  presenterTimeZone: Maybe<Scalars['String']['output']>;
  programmeId: Scalars['ID']['output'];
  sector: Maybe<Sector>;
  sectorCode: Maybe<Scalars['String']['output']>;
  selfAssessment: Array<SelfAssessmentItem>;
  source: ProjectSource;
  status: ProjectStatus;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  summary: LocalizedText;
  team: Maybe<Scalars['String']['output']>;
  /** Every status change, oldest first. */
  timeline: Array<ProjectStatusChange>;
  title: LocalizedText;
  /** Technology readiness level 1–9. */
  trl: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back as expectedVersion to refuse overwriting a newer change. */
  version: Scalars['Int']['output'];
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectFilter = {
  channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Projects seeking any of these modes. */
  cooperationModes?: InputMaybe<Array<CooperationMode>>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Words in titles, summaries or organisation, Chinese or English; every word must match. */
  search?: InputMaybe<Scalars['String']['input']>;
  sectorCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<ProjectStatus>>;
  trlMax?: InputMaybe<Scalars['Int']['input']>;
  trlMin?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectImport = {
  __typename?: 'ProjectImport';
  channelId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdCount: Scalars['Int']['output'];
  duplicateCount: Scalars['Int']['output'];
  /** Rows with at least one problem (duplicates included). */
  errorRowCount: Scalars['Int']['output'];
  failureMessage: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  mode: ImportMode;
  /** The first 200 problems; the report file has them all. */
  problems: Array<ImportProblem>;
  processedRows: Scalars['Int']['output'];
  programmeId: Scalars['ID']['output'];
  /** XLSX listing every problem by row and column. */
  reportFileId: Maybe<Scalars['ID']['output']>;
  startedAt: Maybe<Scalars['DateTime']['output']>;
  status: ImportStatus;
  totalRows: Scalars['Int']['output'];
};

export type ProjectImportConnection = {
  __typename?: 'ProjectImportConnection';
  edges: Array<ProjectImportEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectImportEdge = {
  __typename?: 'ProjectImportEdge';
  cursor: Scalars['String']['output'];
  node: ProjectImport;
};

export type ProjectInput = {
  /** Uploaded files (POST /files), e.g. the pitch deck PDF. */
  attachmentFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  availability?: InputMaybe<Array<AvailabilityWindowInput>>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  cooperationModes?: InputMaybe<Array<CooperationMode>>;
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  fundingAsk?: InputMaybe<MoneyInput>;
  ipStatus?: InputMaybe<IpStatus>;
  organizationName?: InputMaybe<Scalars['String']['input']>;
  presenterTimeZone?: InputMaybe<Scalars['String']['input']>;
  sectorCode?: InputMaybe<Scalars['String']['input']>;
  selfAssessment?: InputMaybe<Array<SelfAssessmentItemInput>>;
  summary?: InputMaybe<LocalizedTextInput>;
  team?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<LocalizedTextInput>;
  trl?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectIntentCount = {
  __typename?: 'ProjectIntentCount';
  /** Intents recorded with source ROADSHOW while the event was live. */
  count: Scalars['Int']['output'];
  projectId: Scalars['ID']['output'];
};

export type ProjectOrder =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST'
  | 'RECENTLY_UPDATED';

export type ProjectSource =
  | 'APPLICANT'
  | 'IMPORT'
  | 'NOMINATION';

export type ProjectStatus =
  | 'DRAFT'
  | 'IN_ROADSHOW'
  | 'IN_SCREENING'
  | 'REJECTED'
  | 'SHORTLISTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type ProjectStatusChange = {
  __typename?: 'ProjectStatusChange';
  /** Who made the change; null for the system. */
  actorName: Maybe<Scalars['String']['output']>;
  actorUserId: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  fromStatus: Maybe<ProjectStatus>;
  note: Maybe<Scalars['String']['output']>;
  toStatus: ProjectStatus;
};

/** A published roadshow as anyone may see it. */
export type PublicRoadshow = {
  __typename?: 'PublicRoadshow';
  breaks: Array<PublicRoadshowBreak>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  mode: RoadshowMode;
  slots: Array<PublicRoadshowSlot>;
  startsAt: Scalars['DateTime']['output'];
  status: RoadshowStatus;
  /** Only while the roadshow is live. */
  streamUrl: Maybe<Scalars['String']['output']>;
  /** IANA display zone of the event. */
  timeZone: Scalars['String']['output'];
  title: LocalizedText;
  venue: Maybe<Scalars['String']['output']>;
};

export type PublicRoadshowBreak = {
  __typename?: 'PublicRoadshowBreak';
  endsAt: Scalars['DateTime']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** A pitch on the public schedule: no personal data. */
export type PublicRoadshowSlot = {
  __typename?: 'PublicRoadshowSlot';
  /** ISO 3166-1. */
  country: Maybe<Scalars['String']['output']>;
  delivery: SlotDelivery;
  endsAt: Scalars['DateTime']['output'];
  order: Scalars['Int']['output'];
  /** The institution presenting. */
  organizationName: Maybe<Scalars['String']['output']>;
  projectTitle: LocalizedText;
  /** UTC; the web shows it in the visitor’s zone. */
  startsAt: Scalars['DateTime']['output'];
  status: SlotStatus;
};

export type PublishedProjectsFilter = {
  country?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sectorCode?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The agreements of the organisation (or of one ceremony), latest signed first. */
  agreements: AgreementConnection;
  /** Every agreement summed: count, committed and realised in the FX base currency, landed. */
  agreementsSummary: AgreementsSummary;
  /** One own assignment (reviewer) or any of the organisation (organizer). */
  assignment: Assignment;
  /** What opening a DRAFT round would assign. */
  assignmentPreview: AssignmentPreview;
  /** The organisation’s audit trail, newest first. */
  auditEvents: AuditEventConnection;
  bid: Bid;
  /** Partner members: their partners’ bids; applicants: the bids on their own project (give projectId); organizers: all. Latest change first. */
  bids: BidConnection;
  /** Signing ceremonies, latest held first. */
  ceremonies: SigningCeremonyConnection;
  ceremony: SigningCeremony;
  /** Per channel: projects brought into the programme and how far they got. */
  channelYields: Array<ChannelYield>;
  /** Organizers see every channel; channel members their own. */
  channels: ChannelConnection;
  /** Critiques of a roadshow or one slot: organizers all, a commentator their own. */
  commentaries: Array<Commentary>;
  /** Conflicts of interest, newest first. */
  conflicts: ConflictConnection;
  /** Who is calling, in which organisation, with which roles. */
  currentActor: Actor;
  deal: Deal;
  /** Deals per stage under the filter, one row per stage in ladder order (zeros included): the kanban headers. */
  dealStageCounts: Array<DealStageCount>;
  /** The pipeline: organizers every deal, partner members their own. Latest change first. */
  deals: DealConnection;
  /** The signed-in user’s e-mail preference for every category (the same in all their organisations). */
  emailPreferences: Array<EmailPreference>;
  /** The exchange rates bids are compared with. */
  fxRates: FxTable;
  handbookJob: HandbookJob;
  /** Handbooks of a programme, newest first. */
  handbookJobs: HandbookJobConnection;
  /** Organizers: every intent; partner members: their partners’ intents; applicants: committed intents on their own project (give projectId). Latest change first. */
  intents: MatchIntentConnection;
  invitationPreview: InvitationPreview;
  invitations: InvitationConnection;
  me: Me;
  members: MemberConnection;
  /** The signed-in reviewer’s own assignments. */
  myAssignments: AssignmentConnection;
  /** The signed-in reviewer’s profile. */
  myReviewerProfile: Maybe<ReviewerProfile>;
  /** The next own assignment in an open round without a submitted review (deadline, then list order). */
  nextAssignment: Maybe<Assignment>;
  /** The signed-in user’s notifications in the current organisation (and account notifications), newest first. */
  notifications: NotificationConnection;
  openCall: OpenCall;
  /** Open calls for projects, for the public call page. */
  openCalls: Array<OpenCall>;
  partner: Partner;
  /** Where the partner stands with the project: saved, not interested, intents, bid, deal. */
  partnerProjectStatus: PartnerProjectStatus;
  /** Organizers: every partner; partner members: their own. */
  partners: PartnerConnection;
  programme: Programme;
  /** The programme dashboard. By default the stored aggregates (source AGGREGATE), with when they were computed and whether something changed since (stale); before the first refresh, live figures. `fresh: true` computes them now from the records (source LIVE). Only the sections a query selects are read or computed. */
  programmeInsights: ProgrammeInsights;
  /** Intents, bids, deals and agreements of the programme now (then subscribe to programmeInsightsUpdated). */
  programmeLiveCounters: InsightsLiveCounters;
  programmeReport: ProgrammeReport;
  /** Bureau reports of a programme, newest first. */
  programmeReports: ProgrammeReportConnection;
  /** Organizers see every programme; other members no drafts. */
  programmes: ProgrammeConnection;
  project: Project;
  /** All bids on a project side by side, normalised with the FX table: its applicant and organizers. */
  projectBids: BidComparison;
  /** Feedback released on a project (its applicant, organizers); never scores or reviewers. */
  projectFeedback: Array<ReleasedFeedback>;
  /** Everything recorded about a project, newest first: its own changes (nomination, submission, screening, roadshow) and those of its reviews, intents, bids, deals and agreements. */
  projectHistory: AuditEventConnection;
  projectImport: ProjectImport;
  projectImports: ProjectImportConnection;
  /** Organizers see every project, applicants their own, channels their nominations. */
  projects: ProjectConnection;
  /** The public schedule of a published, live or ended roadshow (anyone; no personal data). */
  publicRoadshow: PublicRoadshow;
  /** One project open to partners, in the partner view. */
  publishedProject: PartnerProject;
  /** Shortlisted, in-roadshow and published projects, in the partner view, by title. */
  publishedProjects: PartnerProjectConnection;
  /** Partners ranked for a project, with reasons. */
  recommendedPartners: Array<RecommendedPartner>;
  /** Published projects ranked for the partner, with reasons; "not interested" ones left out. */
  recommendedProjects: Array<RecommendedProject>;
  /** Per reviewer: mean raw score, its z against the round, count. */
  reviewerLeniency: Array<ReviewerLeniency>;
  /** The organisation’s reviewers, by name. */
  reviewerProfiles: ReviewerProfileConnection;
  /** Per reviewer: assigned, declared, drafts, submitted. */
  reviewerProgress: Array<ReviewerProgress>;
  /** Organizers; commentators the events they are assigned to. */
  roadshow: Roadshow;
  /** The live state for the first paint (then subscribe to roadshowUpdated). */
  roadshowLive: RoadshowLiveState;
  /** The programme’s roadshow events, soonest first. */
  roadshows: RoadshowConnection;
  /** A round’s assignments, for organizers (vacant ones to reassign). */
  roundAssignments: AssignmentConnection;
  /** The ranking computed from submitted reviews, with gate, proposal and final decision. */
  roundResults: RoundResultConnection;
  /** Projects per score band, raw and normalised. */
  roundScoreDistribution: Array<ScoreBucket>;
  /** The partner’s saved projects that are still open to partners, latest saved first. */
  savedProjects: PartnerProjectConnection;
  screeningRound: ScreeningRound;
  /** Rounds of a programme; a reviewer sees the rounds they have assignments in. */
  screeningRounds: Array<ScreeningRound>;
  /** Whether the API can reach its database and queue. */
  systemStatus: SystemStatus;
  /** How many of the signed-in user’s notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** The delivery log of one endpoint, newest first, optionally of one status. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The organisation’s webhook endpoints, newest first. */
  webhookEndpoints: WebhookEndpointConnection;
};


export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  ceremonyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssignmentPreviewArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryAuditEventsArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorKind?: InputMaybe<AuditActorKind>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  objectId?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryBidArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBidsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<BidStatus>;
};


export type QueryCeremoniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCeremonyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChannelYieldsArgs = {
  programmeId: Scalars['ID']['input'];
};


export type QueryChannelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommentariesArgs = {
  roadshowId?: InputMaybe<Scalars['ID']['input']>;
  slotId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryConflictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ConflictStatus>;
};


export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealStageCountsArgs = {
  filter?: InputMaybe<DealsFilter>;
};


export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DealsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHandbookJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHandbookJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryIntentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
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


export type QueryMyAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNextAssignmentArgs = {
  roundId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOpenCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerProjectStatusArgs = {
  partnerId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<PartnerKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgrammeInsightsArgs = {
  fresh?: InputMaybe<Scalars['Boolean']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryProgrammeLiveCountersArgs = {
  programmeId: Scalars['ID']['input'];
};


export type QueryProgrammeReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgrammeReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProgrammeStatus>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectBidsArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
};


export type QueryProjectFeedbackArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryProjectHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


export type QueryProjectImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProjectOrder>;
  programmeId: Scalars['ID']['input'];
};


export type QueryPublicRoadshowArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublishedProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublishedProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PublishedProjectsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecommendedPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


export type QueryRecommendedProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: Scalars['ID']['input'];
};


export type QueryReviewerLeniencyArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryReviewerProfilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReviewerProgressArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryRoadshowArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoadshowLiveArgs = {
  roadshowId: Scalars['ID']['input'];
};


export type QueryRoadshowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryRoundAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  reviewerProfileId?: InputMaybe<Scalars['ID']['input']>;
  roundId: Scalars['ID']['input'];
  vacantOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRoundResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RoundResultOrder>;
  roundId: Scalars['ID']['input'];
};


export type QueryRoundScoreDistributionArgs = {
  roundId: Scalars['ID']['input'];
};


export type QuerySavedProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: Scalars['ID']['input'];
};


export type QueryScreeningRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScreeningRoundsArgs = {
  programmeId: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpointId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RealisationInput = {
  jobsCreated?: InputMaybe<Scalars['Int']['input']>;
  landingPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Realised so far, in the agreement’s currency. */
  realised: AmountInput;
  registeredEntity?: InputMaybe<Scalars['String']['input']>;
};

export type Recommendation =
  | 'ADVANCE'
  | 'NEUTRAL'
  | 'REJECT'
  | 'STRONG_ADVANCE'
  | 'STRONG_REJECT';

export type RecommendedPartner = {
  __typename?: 'RecommendedPartner';
  partner: Partner;
  reasons: Array<MatchReason>;
  /** 0–100. */
  score: Scalars['Int']['output'];
};

export type RecommendedProject = {
  __typename?: 'RecommendedProject';
  project: PartnerProject;
  reasons: Array<MatchReason>;
  /** 0–100. */
  score: Scalars['Int']['output'];
};

export type RecordAgreementInput = {
  ceremonyId?: InputMaybe<Scalars['ID']['input']>;
  committed: AmountInput;
  dealId: Scalars['ID']['input'];
  documentFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: AgreementKind;
  parties: Array<Scalars['String']['input']>;
  signedAt: Scalars['DateTime']['input'];
};

export type RecordIntentInput = {
  amount?: InputMaybe<AmountInput>;
  kind: IntentKind;
  level?: InputMaybe<IntentLevel>;
  note?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  source?: InputMaybe<IntentSource>;
};

export type ReleasedFeedback = {
  __typename?: 'ReleasedFeedback';
  releasedAt: Scalars['DateTime']['output'];
  roundOrdinal: Scalars['Int']['output'];
  text: LocalizedText;
};

/** A reviewer’s own review; nobody else’s is ever shown to them. */
export type Review = {
  __typename?: 'Review';
  assignmentId: Scalars['ID']['output'];
  comment: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  recommendation: Maybe<Recommendation>;
  scores: Array<CriterionScore>;
  status: ReviewStatus;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  verdicts: Array<CanVerdict>;
};

export type ReviewInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  recommendation?: InputMaybe<Recommendation>;
  scores?: InputMaybe<Array<CriterionScoreInput>>;
  verdicts?: InputMaybe<Array<CanVerdictInput>>;
};

/** What a reviewer reads about an assigned project. */
export type ReviewProject = {
  __typename?: 'ReviewProject';
  attachments: Array<FileRef>;
  cooperationModes: Array<CooperationMode>;
  country: Maybe<Scalars['String']['output']>;
  fundingAsk: Maybe<Money>;
  id: Scalars['ID']['output'];
  ipStatus: Maybe<IpStatus>;
  organizationName: Maybe<Scalars['String']['output']>;
  sectorCode: Maybe<Scalars['String']['output']>;
  sectorName: Maybe<LocalizedText>;
  selfAssessment: Array<SelfAssessmentItem>;
  summary: LocalizedText;
  team: Maybe<Scalars['String']['output']>;
  title: LocalizedText;
  trl: Maybe<Scalars['Int']['output']>;
};

/** A round as its reviewers see it: what to judge, on which scale, by when. */
export type ReviewRound = {
  __typename?: 'ReviewRound';
  cans: Array<SixCan>;
  criteria: Array<Scalars['String']['output']>;
  deadline: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ordinal: Scalars['Int']['output'];
  programmeId: Scalars['ID']['output'];
  programmeTitle: LocalizedText;
  /** The round’s criteria with names and weights. */
  rubric: Array<RubricCriterion>;
  /** Highest score on the scale (the programme’s rubric scale). */
  scaleMax: Scalars['Int']['output'];
  /** Lowest score on the scale. */
  scaleMin: Scalars['Int']['output'];
  status: ScreeningRoundStatus;
};

export type ReviewStatus =
  | 'DRAFT'
  | 'SUBMITTED';

export type ReviewerLeniency = {
  __typename?: 'ReviewerLeniency';
  /** Submitted reviews. */
  count: Scalars['Int']['output'];
  /** Mean of the reviewer’s weighted raw scores. */
  meanRaw: Scalars['Float']['output'];
  /** How far that mean lies from the round’s mean, in round standard deviations (harsh < 0 < lenient). */
  meanZ: Scalars['Float']['output'];
  reviewer: ReviewerProfile;
};

export type ReviewerLoad = {
  __typename?: 'ReviewerLoad';
  load: Scalars['Int']['output'];
  /** The lower of the reviewer’s and the round’s max load. */
  maxLoad: Scalars['Int']['output'];
  reviewer: ReviewerProfile;
  /** Assigned projects in the reviewer’s sectors. */
  sectorMatches: Scalars['Int']['output'];
};

export type ReviewerProfile = {
  __typename?: 'ReviewerProfile';
  /** Assignments in open rounds not blocked by a conflict. */
  activeAssignments: Scalars['Int']['output'];
  affiliation: Maybe<Scalars['String']['output']>;
  country: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  emailDomain: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Languages the reviewer reads: zh, en. */
  languages: Array<Scalars['String']['output']>;
  maxLoad: Scalars['Int']['output'];
  /** Sector codes of the reviewer’s expertise. */
  sectors: Array<Scalars['String']['output']>;
  /** Null until the invited reviewer has signed in. */
  userId: Maybe<Scalars['ID']['output']>;
};

export type ReviewerProfileConnection = {
  __typename?: 'ReviewerProfileConnection';
  edges: Array<ReviewerProfileEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReviewerProfileEdge = {
  __typename?: 'ReviewerProfileEdge';
  cursor: Scalars['String']['output'];
  node: ReviewerProfile;
};

export type ReviewerProfileInput = {
  affiliation?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  maxLoad?: InputMaybe<Scalars['Int']['input']>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ReviewerProgress = {
  __typename?: 'ReviewerProgress';
  /** Assignments not taken away by a conflict. */
  assigned: Scalars['Int']['output'];
  /** Assignments where the reviewer declared (no) conflict. */
  declared: Scalars['Int']['output'];
  drafts: Scalars['Int']['output'];
  reviewer: ReviewerProfile;
  submitted: Scalars['Int']['output'];
};

/** A roadshow event of a programme (organizers). */
export type Roadshow = {
  __typename?: 'Roadshow';
  breaks: RoadshowBreaks;
  commentators: Array<RoadshowCommentator>;
  createdAt: Scalars['DateTime']['output'];
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** End of the broadcast window (UTC). */
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  mode: RoadshowMode;
  /** The stored plan: slots, breaks, warnings, unplaced. */
  plan: RoadshowPlan;
  programmeId: Scalars['ID']['output'];
  /** The projects on the programme, in the order they were added. */
  projectIds: Array<Scalars['ID']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  slotMinutes: Scalars['Int']['output'];
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** Start of the broadcast window (UTC). */
  startsAt: Scalars['DateTime']['output'];
  status: RoadshowStatus;
  streamUrl: Maybe<Scalars['String']['output']>;
  /** IANA display zone of the event, e.g. Asia/Shanghai. */
  timeZone: Scalars['String']['output'];
  title: LocalizedText;
  venue: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type RoadshowBreaks = {
  __typename?: 'RoadshowBreaks';
  every: Maybe<PeriodicBreak>;
  windows: Array<TimeWindow>;
};

export type RoadshowBreaksInput = {
  every?: InputMaybe<PeriodicBreakInput>;
  windows?: InputMaybe<Array<TimeWindowInput>>;
};

/** A member assigned to critique the event’s pitches. */
export type RoadshowCommentator = {
  __typename?: 'RoadshowCommentator';
  displayName: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type RoadshowConnection = {
  __typename?: 'RoadshowConnection';
  edges: Array<RoadshowEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoadshowEdge = {
  __typename?: 'RoadshowEdge';
  cursor: Scalars['String']['output'];
  node: Roadshow;
};

/** The live console’s state, pushed on every change. */
export type RoadshowLiveState = {
  __typename?: 'RoadshowLiveState';
  currentSlot: Maybe<LiveSlot>;
  /** Per project on the programme. */
  intentCounts: Array<ProjectIntentCount>;
  /** The next scheduled pitch. */
  nextSlot: Maybe<LiveSlot>;
  roadshowId: Scalars['ID']['output'];
  slots: Array<LiveSlot>;
  status: RoadshowStatus;
  /** All intents recorded during the event. */
  totalIntents: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type RoadshowMode =
  | 'HYBRID'
  | 'ONLINE'
  | 'ON_SITE';

export type RoadshowPlan = {
  __typename?: 'RoadshowPlan';
  breaks: Array<PlannedBreak>;
  /** Equal plans have equal fingerprints. */
  fingerprint: Scalars['String']['output'];
  mode: PlanMode;
  /** In programme order. */
  slots: Array<RoadshowSlot>;
  summary: PlanSummary;
  unplaced: Array<UnplacedProject>;
  warnings: Array<PlanWarning>;
};

/** A pitch of the programme as stored. */
export type RoadshowSlot = {
  __typename?: 'RoadshowSlot';
  /** ISO 3166-1 country of the project. */
  country: Maybe<Scalars['String']['output']>;
  delivery: SlotDelivery;
  displayEnd: Scalars['String']['output'];
  /** Start in the event’s display zone, ISO 8601 with offset. */
  displayStart: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  explanation: SlotExplanation;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 1 for the first pitch. */
  order: Scalars['Int']['output'];
  presenterLocalEnd: Scalars['String']['output'];
  /** Start in the presenter’s zone, ISO 8601 with its offset at that instant. */
  presenterLocalStart: Scalars['String']['output'];
  /** IANA zone of the presenter. */
  presenterTimeZone: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** UTC. */
  startsAt: Scalars['DateTime']['output'];
  status: SlotStatus;
  title: LocalizedText;
};

/** DRAFT → PUBLISHED → LIVE → ENDED; PUBLISHED → DRAFT until it goes live. */
export type RoadshowStatus =
  | 'DRAFT'
  | 'ENDED'
  | 'LIVE'
  | 'PUBLISHED';

/** What a member may do in an organisation. */
export type Role =
  | 'APPLICANT'
  | 'CHANNEL'
  | 'COMMENTATOR'
  | 'ORGANIZER'
  | 'PARTNER'
  | 'REVIEWER';

/** The assignment job of a round being opened. */
export type RoundJob = {
  __typename?: 'RoundJob';
  message: Maybe<Scalars['String']['output']>;
  /** 0 to 1. */
  progress: Scalars['Float']['output'];
  state: RoundJobState;
};

export type RoundJobState =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type RoundResult = {
  __typename?: 'RoundResult';
  country: Maybe<Scalars['String']['output']>;
  /** The final decision: the override, else the proposal. */
  decision: Maybe<Decision>;
  /** Standard deviation of the raw scores. */
  disagreement: Maybe<Scalars['Float']['output']>;
  gate: GateOutcome;
  minReviewerScore: Maybe<Scalars['Float']['output']>;
  /** Mean of the normalised scores, on the rubric scale. */
  normalised: Maybe<Scalars['Float']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
  override: Maybe<DecisionOverride>;
  /** Mean raw score per criterion. */
  perCriterion: Array<CriterionScore>;
  projectId: Scalars['ID']['output'];
  /** What the advance rule proposes. */
  proposed: Maybe<Decision>;
  rank: Scalars['Int']['output'];
  /** Mean of the reviews’ weighted raw scores. */
  rawMean: Maybe<Scalars['Float']['output']>;
  /** Why the proposal: TOP_N, BELOW_TOP_N, MIN_SCORE_MET, GATE_FAILED, NO_REVIEWS, … */
  reasonCode: Scalars['String']['output'];
  reviewCount: Scalars['Int']['output'];
  sectorCode: Maybe<Scalars['String']['output']>;
  title: LocalizedText;
};

export type RoundResultConnection = {
  __typename?: 'RoundResultConnection';
  edges: Array<RoundResultEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoundResultEdge = {
  __typename?: 'RoundResultEdge';
  cursor: Scalars['String']['output'];
  node: RoundResult;
};

/** RANK (default), DISAGREEMENT (most first), FEWEST_REVIEWS (fewest submitted first). */
export type RoundResultOrder =
  | 'DISAGREEMENT'
  | 'FEWEST_REVIEWS'
  | 'RANK';

export type RubricCriterion = {
  __typename?: 'RubricCriterion';
  code: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  /** Relative weight; weights are normalised to sum to 1. */
  weight: Scalars['Float']['output'];
};

export type RubricCriterionInput = {
  code: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  nameZh: Scalars['String']['input'];
  weight: Scalars['Float']['input'];
};

/** Projects whose mean score falls in [from, to). */
export type ScoreBucket = {
  __typename?: 'ScoreBucket';
  from: Scalars['Float']['output'];
  /** Projects by normalised mean. */
  normalised: Scalars['Int']['output'];
  /** Projects by raw mean. */
  raw: Scalars['Int']['output'];
  to: Scalars['Float']['output'];
};

export type ScreeningRound = {
  __typename?: 'ScreeningRound';
  advanceRule: AdvanceRule;
  /** All assignments for organizers; a reviewer’s own for them. */
  assignmentCount: Scalars['Int']['output'];
  assignmentJob: Maybe<RoundJob>;
  /** The six-can checks reviewers judge in this round. */
  cans: Array<SixCan>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Codes of the programme’s rubric criteria scored in this round. */
  criteria: Array<Scalars['String']['output']>;
  deadline: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Advancing from the last round shortlists the project. */
  lastRound: Scalars['Boolean']['output'];
  maxLoad: Scalars['Int']['output'];
  openedAt: Maybe<Scalars['DateTime']['output']>;
  ordinal: Scalars['Int']['output'];
  programmeId: Scalars['ID']['output'];
  /** Projects in the round (for a draft: those it would take). */
  projectCount: Scalars['Int']['output'];
  reviewersPerProject: Scalars['Int']['output'];
  status: ScreeningRoundStatus;
  /** Submitted reviews (a reviewer: their own). */
  submittedReviewCount: Scalars['Int']['output'];
};

export type ScreeningRoundInput = {
  advanceRule: AdvanceRuleInput;
  cans: Array<SixCan>;
  criteria: Array<Scalars['String']['input']>;
  deadline: Scalars['DateTime']['input'];
  lastRound?: InputMaybe<Scalars['Boolean']['input']>;
  maxLoad: Scalars['Int']['input'];
  programmeId: Scalars['ID']['input'];
  reviewersPerProject: Scalars['Int']['input'];
};

/** DRAFT → OPEN (assignments written) → CLOSED (no more scoring) → DECIDED (final). */
export type ScreeningRoundStatus =
  | 'CLOSED'
  | 'DECIDED'
  | 'DRAFT'
  | 'OPEN';

export type ScreeningRoundUpdateInput = {
  advanceRule?: InputMaybe<AdvanceRuleInput>;
  cans?: InputMaybe<Array<SixCan>>;
  criteria?: InputMaybe<Array<Scalars['String']['input']>>;
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  lastRound?: InputMaybe<Scalars['Boolean']['input']>;
  maxLoad?: InputMaybe<Scalars['Int']['input']>;
  reviewersPerProject?: InputMaybe<Scalars['Int']['input']>;
};

export type Sector = {
  __typename?: 'Sector';
  code: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
};

export type SectorInput = {
  code: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  nameZh: Scalars['String']['input'];
};

/** The applicant’s claim, with evidence, for one of the six cans. */
export type SelfAssessmentItem = {
  __typename?: 'SelfAssessmentItem';
  can: SixCan;
  claim: Scalars['String']['output'];
  evidence: Maybe<Scalars['String']['output']>;
};

export type SelfAssessmentItemInput = {
  can: SixCan;
  claim: Scalars['String']['input'];
  evidence?: InputMaybe<Scalars['String']['input']>;
};

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

/** A cloud or on-site signing, grouping its agreements. */
export type SigningCeremony = {
  __typename?: 'SigningCeremony';
  agreementCount: Scalars['Int']['output'];
  /** In signing order. */
  agreements: Array<Agreement>;
  /** Committed at the ceremony, in the FX table’s base currency (null while it has no base); currencies without a rate are left out and listed in missingRates. */
  committed: Maybe<Money>;
  heldAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Currencies of its agreements the FX table has no rate for. */
  missingRates: Array<Scalars['String']['output']>;
  mode: CeremonyMode;
  timeZone: Scalars['String']['output'];
  title: LocalizedText;
  venue: Maybe<Scalars['String']['output']>;
};

export type SigningCeremonyConnection = {
  __typename?: 'SigningCeremonyConnection';
  edges: Array<SigningCeremonyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SigningCeremonyEdge = {
  __typename?: 'SigningCeremonyEdge';
  cursor: Scalars['String']['output'];
  node: SigningCeremony;
};

/** The six-can criteria: can attend, convert, transfer, trade, cross borders, land locally. */
export type SixCan =
  | 'ATTEND'
  | 'CONVERT'
  | 'CROSS_BORDER'
  | 'LAND'
  | 'TRADE'
  | 'TRANSFER';

/** LIVE, or PRERECORDED when the slot falls outside the presenter’s acceptable hours. */
export type SlotDelivery =
  | 'LIVE'
  | 'PRERECORDED';

export type SlotExplanation = {
  __typename?: 'SlotExplanation';
  code: SlotReason;
  fit: SlotFit;
  /** The presenter’s local start, HH:mm. */
  local: Scalars['String']['output'];
};

/** What the slot’s time is for its presenter. */
export type SlotFit =
  | 'ACCEPTABLE_HOURS'
  | 'AVAILABLE'
  | 'NOT_AVAILABLE'
  | 'OUTSIDE_ACCEPTABLE_HOURS'
  | 'PREFERRED_HOURS';

/** Why the planner put the slot where it is. */
export type SlotReason =
  | 'ACCEPTABLE_HOURS'
  | 'AVAILABILITY'
  | 'MANUAL_ORDER'
  | 'PREFERRED_HOURS'
  | 'PRERECORDED_ACCEPTABLE_TIMES_TAKEN'
  | 'PRERECORDED_NO_ACCEPTABLE_TIME';

/** SCHEDULED → ON_STAGE → DONE, or NO_SHOW (from SCHEDULED or ON_STAGE). */
export type SlotStatus =
  | 'DONE'
  | 'NO_SHOW'
  | 'ON_STAGE'
  | 'SCHEDULED';

export type SpreadsheetFormat =
  | 'CSV'
  | 'XLSX';

export type Subscription = {
  __typename?: 'Subscription';
  /** Fresh live counters after changes of the programme (intents, bids, deal moves, agreements…); bursts are coalesced into one update per second at most. */
  programmeInsightsUpdated: InsightsLiveCounters;
  /** The live state after every change: slot moves, start and end, intents recorded from the roadshow. */
  roadshowUpdated: RoadshowLiveState;
  /** The signed-in user’s unread count: at once when subscribing, then after every new notification or mark-read (in this organisation or account-wide). */
  unreadNotificationCountUpdated: Scalars['Int']['output'];
};


export type SubscriptionProgrammeInsightsUpdatedArgs = {
  programmeId: Scalars['ID']['input'];
};


export type SubscriptionRoadshowUpdatedArgs = {
  roadshowId: Scalars['ID']['input'];
};

export type SystemStatus = {
  __typename?: 'SystemStatus';
  checkedAt: Scalars['DateTime']['output'];
  components: Array<ComponentHealth>;
  environment: Scalars['String']['output'];
  status: HealthState;
  version: Scalars['String']['output'];
};

/** A span of time, UTC instants. */
export type TimeWindow = {
  __typename?: 'TimeWindow';
  endsAt: Scalars['DateTime']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type TimeWindowInput = {
  endsAt: Scalars['DateTime']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** What happened in one ISO week (Monday to Sunday in the programme’s zone). */
export type TrendPoint = {
  __typename?: 'TrendPoint';
  /** Bids placed that week. */
  bids: Scalars['Int']['output'];
  /** Committed by the agreements signed that week, in the reporting currency. */
  committed: Maybe<Money>;
  /** Intents recorded that week. */
  intents: Scalars['Int']['output'];
  /** Monday 00:00 of the week in the programme’s time zone, as an instant. */
  period: Scalars['DateTime']['output'];
  /** Agreements signed that week. */
  signed: Scalars['Int']['output'];
  /** Projects first submitted that week. */
  submitted: Scalars['Int']['output'];
};

/** A project the window could not hold. */
export type UnplacedProject = {
  __typename?: 'UnplacedProject';
  projectId: Scalars['ID']['output'];
  title: LocalizedText;
};

export type UpdateEmailPreferencesInput = {
  /** The categories to change; the others stay as they are. */
  preferences: Array<EmailPreferenceInput>;
};

export type UpdateIntentInput = {
  /** null clears the amount. */
  amount?: InputMaybe<AmountInput>;
  level?: InputMaybe<IntentLevel>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The version the change is based on; a newer one answers CONFLICT instead of overwriting it. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateProfileInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRoadshowInput = {
  breaks?: InputMaybe<RoadshowBreaksInput>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  mode?: InputMaybe<RoadshowMode>;
  /** Whole minutes, 1–240. */
  slotMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Start of the broadcast window (an instant with an offset). */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** https only. */
  streamUrl?: InputMaybe<Scalars['String']['input']>;
  /** IANA display zone, e.g. Asia/Shanghai. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<LocalizedTextInput>;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateWebhookEndpointInput = {
  /** Empty clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  eventTypes?: InputMaybe<Array<DomainEventType>>;
  url?: InputMaybe<Scalars['String']['input']>;
  /** The version read: refuses to overwrite a newer change. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

export type Verdict =
  | 'FAIL'
  | 'PASS'
  | 'UNSURE';

/** One HTTP attempt of a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  /** The attempt within its series, from 1. */
  attempt: Scalars['Int']['output'];
  /** From sending the request to the end of the answer, in ms. */
  durationMs: Scalars['Int']['output'];
  /** Why it failed (non-2xx status, timeout, network error). */
  error: Maybe<Scalars['String']['output']>;
  /** The first 500 characters of the answer’s body. */
  responseExcerpt: Maybe<Scalars['String']['output']>;
  /** 1 for the first run, +1 for each replay. */
  series: Scalars['Int']['output'];
  /** The HTTP status answered; null when none came. */
  statusCode: Maybe<Scalars['Int']['output']>;
};

/** One event for one endpoint. Its id is the X-SixCan-Delivery header (the same on every attempt and replay): receivers use it to ignore repeats. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts over all series. */
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, oldest first. */
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  endpointId: Scalars['ID']['output'];
  /** The event: the `id` of the body. */
  eventId: Scalars['ID']['output'];
  /** The dotted event type, e.g. `bid.placed` (`webhook.test` for test pings). */
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  /** Duration of the last attempt, in ms. */
  lastResponseTimeMs: Maybe<Scalars['Int']['output']>;
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (RETRYING). */
  nextRetryAt: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed (or the endpoint was disabled): replay it to try again. */
  | 'FAILED'
  /** Waiting for its first attempt. */
  | 'PENDING'
  /** The last attempt failed; the next one is due at nextRetryAt. */
  | 'RETRYING'
  /** An attempt is in progress. */
  | 'SENDING';

/** An HTTPS endpoint of the organisation that receives signed POSTs for the chosen event types. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** Disabled endpoints receive nothing; their pending deliveries fail (replay them later). */
  enabled: Scalars['Boolean']['output'];
  eventTypes: Array<DomainEventType>;
  id: Scalars['ID']['output'];
  /** The latest delivery (the first row of its delivery log): status, HTTP status, time, event type; null before the first. Batched over a list. */
  lastDelivery: Maybe<WebhookDelivery>;
  /** When the current secret was created (or rotated). */
  secretCreatedAt: Scalars['DateTime']['output'];
  /** The last characters of the signing secret (the secret itself is shown only once). */
  secretHint: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  edges: Array<WebhookEndpointEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  cursor: Scalars['String']['output'];
  node: WebhookEndpoint;
};

/** An endpoint with its signing secret: the only time the secret is shown. Store it now. */
export type WebhookSecretPayload = {
  __typename?: 'WebhookSecretPayload';
  endpoint: WebhookEndpoint;
  /** The signing secret (`whsec_…`). Verify X-SixCan-Signature `t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. */
  secret: Scalars['String']['output'];
};

export type AuditEventFieldsFragment = { __typename?: 'AuditEvent', id: string, action: string, objectType: string, objectId: string | null, actorUserId: string | null, actorName: string | null, summary: Record<string, unknown>, createdAt: string };

export type AuditEventsQueryVariables = Exact<{
  action?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  objectId?: InputMaybe<Scalars['String']['input']>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  actorKind?: InputMaybe<AuditActorKind>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', cursor: string, node: { __typename?: 'AuditEvent', id: string, action: string, objectType: string, objectId: string | null, actorUserId: string | null, actorName: string | null, summary: Record<string, unknown>, createdAt: string } }> } };

export type ProjectHistoryQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProjectHistoryQuery = { __typename?: 'Query', projectHistory: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', cursor: string, node: { __typename?: 'AuditEvent', id: string, action: string, objectType: string, objectId: string | null, actorUserId: string | null, actorName: string | null, summary: Record<string, unknown>, createdAt: string } }> } };

export type ExportAuditEventsMutationVariables = Exact<{
  action?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  objectId?: InputMaybe<Scalars['String']['input']>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  actorKind?: InputMaybe<AuditActorKind>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExportAuditEventsMutation = { __typename?: 'Mutation', exportAuditEvents: { __typename?: 'AuditExportModel', fileId: string, filename: string, rows: number } };

export type AuditActorsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditActorsQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MemberEdge', cursor: string, node: { __typename?: 'Member', userId: string, displayName: string, email: string } }> } };

export type OpenCallFieldsFragment = { __typename?: 'OpenCall', id: string, organizationId: string, organizationName: string, mandatoryCans: Array<SixCan>, opensAt: string, closesAt: string, timeZone: string, acceptingSubmissions: boolean, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }> };

export type OpenCallsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenCallsQuery = { __typename?: 'Query', openCalls: Array<{ __typename?: 'OpenCall', id: string, organizationId: string, organizationName: string, mandatoryCans: Array<SixCan>, opensAt: string, closesAt: string, timeZone: string, acceptingSubmissions: boolean, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }> }> };

export type OpenCallQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpenCallQuery = { __typename?: 'Query', openCall: { __typename?: 'OpenCall', id: string, organizationId: string, organizationName: string, mandatoryCans: Array<SixCan>, opensAt: string, closesAt: string, timeZone: string, acceptingSubmissions: boolean, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }> } };

export type SignUpApplicantMutationVariables = Exact<{
  input: ApplicantSignUpInput;
}>;


export type SignUpApplicantMutation = { __typename?: 'Mutation', signUpApplicant: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { __typename?: 'Me', roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, displayName: string, locale: string, timeZone: string }, organization: { __typename?: 'Organization', id: string, name: string, defaultLocale: string, timeZone: string }, memberships: Array<{ __typename?: 'OrganizationMembership', roles: Array<Role>, organization: { __typename?: 'Organization', id: string, name: string } }> } } };

export type JoinAsApplicantMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type JoinAsApplicantMutation = { __typename?: 'Mutation', joinAsApplicant: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { __typename?: 'Me', roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, displayName: string, locale: string, timeZone: string }, organization: { __typename?: 'Organization', id: string, name: string, defaultLocale: string, timeZone: string }, memberships: Array<{ __typename?: 'OrganizationMembership', roles: Array<Role>, organization: { __typename?: 'Organization', id: string, name: string } }> } } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitationPreview: { __typename?: 'InvitationPreview', organizationName: string, email: string, roles: Array<Role>, expiresAt: string, accountExists: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { __typename?: 'Me', roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, displayName: string, locale: string, timeZone: string }, organization: { __typename?: 'Organization', id: string, name: string, defaultLocale: string, timeZone: string }, memberships: Array<{ __typename?: 'OrganizationMembership', roles: Array<Role>, organization: { __typename?: 'Organization', id: string, name: string } }> } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type MeFieldsFragment = { __typename?: 'Me', roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, displayName: string, locale: string, timeZone: string }, organization: { __typename?: 'Organization', id: string, name: string, defaultLocale: string, timeZone: string }, memberships: Array<{ __typename?: 'OrganizationMembership', roles: Array<Role>, organization: { __typename?: 'Organization', id: string, name: string } }> };

export type AuthPayloadFieldsFragment = { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { __typename?: 'Me', roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, displayName: string, locale: string, timeZone: string }, organization: { __typename?: 'Organization', id: string, name: string, defaultLocale: string, timeZone: string }, memberships: Array<{ __typename?: 'OrganizationMembership', roles: Array<Role>, organization: { __typename?: 'Organization', id: string, name: string } }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { __typename?: 'Me', roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, displayName: string, locale: string, timeZone: string }, organization: { __typename?: 'Organization', id: string, name: string, defaultLocale: string, timeZone: string }, memberships: Array<{ __typename?: 'OrganizationMembership', roles: Array<Role>, organization: { __typename?: 'Organization', id: string, name: string } }> } } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { __typename?: 'Mutation', logIn: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { __typename?: 'Me', roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, displayName: string, locale: string, timeZone: string }, organization: { __typename?: 'Organization', id: string, name: string, defaultLocale: string, timeZone: string }, memberships: Array<{ __typename?: 'OrganizationMembership', roles: Array<Role>, organization: { __typename?: 'Organization', id: string, name: string } }> } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { __typename?: 'Me', roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, displayName: string, locale: string, timeZone: string }, organization: { __typename?: 'Organization', id: string, name: string, defaultLocale: string, timeZone: string }, memberships: Array<{ __typename?: 'OrganizationMembership', roles: Array<Role>, organization: { __typename?: 'Organization', id: string, name: string } }> } } };

export type LogOutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogOutMutation = { __typename?: 'Mutation', logOut: boolean };

export type SwitchOrganizationMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type SwitchOrganizationMutation = { __typename?: 'Mutation', switchOrganization: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, me: { __typename?: 'Me', roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, displayName: string, locale: string, timeZone: string }, organization: { __typename?: 'Organization', id: string, name: string, defaultLocale: string, timeZone: string }, memberships: Array<{ __typename?: 'OrganizationMembership', roles: Array<Role>, organization: { __typename?: 'Organization', id: string, name: string } }> } } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'Me', roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, displayName: string, locale: string, timeZone: string }, organization: { __typename?: 'Organization', id: string, name: string, defaultLocale: string, timeZone: string }, memberships: Array<{ __typename?: 'OrganizationMembership', roles: Array<Role>, organization: { __typename?: 'Organization', id: string, name: string } }> } };

export type InsightsMoneyFieldsFragment = { __typename?: 'Money', amount: string, currency: string };

export type InsightsBucketFieldsFragment = { __typename?: 'InsightsBucket', key: string, projects: number, submitted: number, advanced: number, withIntents: number, signed: number, label: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null };

export type ProgrammeInsightsFieldsFragment = { __typename?: 'ProgrammeInsights', programmeId: string, currency: string, source: InsightsSource, refreshedAt: string, stale: boolean, funnel: Array<{ __typename?: 'FunnelStage', key: FunnelStageKey, roundId: string | null, count: number, roundName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }>, byCountry: Array<{ __typename?: 'InsightsBucket', key: string, projects: number, submitted: number, advanced: number, withIntents: number, signed: number, label: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }>, bySector: Array<{ __typename?: 'InsightsBucket', key: string, projects: number, submitted: number, advanced: number, withIntents: number, signed: number, label: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }>, byChannel: Array<{ __typename?: 'InsightsChannelYield', channelId: string, name: string, nominated: number, submitted: number, advanced: number, signed: number, yield: number, label: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, byPartnerKind: Array<{ __typename?: 'PartnerKindBreakdown', kind: PartnerKind, partners: number, intents: number, bids: number, signed: number, committed: { __typename?: 'Money', amount: string, currency: string } | null }>, reviewerProgress: Array<{ __typename?: 'InsightsReviewerProgress', roundId: string, status: ScreeningRoundStatus, assignments: number, submitted: number, reviewers: number, reviewersDone: number, roundName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, investment: { __typename?: 'InvestmentFigures', currency: string, agreements: number, landed: number, missingRates: Array<string>, committed: { __typename?: 'Money', amount: string, currency: string } | null, realised: { __typename?: 'Money', amount: string, currency: string } | null }, trends: Array<{ __typename?: 'TrendPoint', period: string, submitted: number, intents: number, bids: number, signed: number, committed: { __typename?: 'Money', amount: string, currency: string } | null }> };

export type ProgrammeInsightsQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
}>;


export type ProgrammeInsightsQuery = { __typename?: 'Query', programmeInsights: { __typename?: 'ProgrammeInsights', programmeId: string, currency: string, source: InsightsSource, refreshedAt: string, stale: boolean, funnel: Array<{ __typename?: 'FunnelStage', key: FunnelStageKey, roundId: string | null, count: number, roundName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }>, byCountry: Array<{ __typename?: 'InsightsBucket', key: string, projects: number, submitted: number, advanced: number, withIntents: number, signed: number, label: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }>, bySector: Array<{ __typename?: 'InsightsBucket', key: string, projects: number, submitted: number, advanced: number, withIntents: number, signed: number, label: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }>, byChannel: Array<{ __typename?: 'InsightsChannelYield', channelId: string, name: string, nominated: number, submitted: number, advanced: number, signed: number, yield: number, label: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, byPartnerKind: Array<{ __typename?: 'PartnerKindBreakdown', kind: PartnerKind, partners: number, intents: number, bids: number, signed: number, committed: { __typename?: 'Money', amount: string, currency: string } | null }>, reviewerProgress: Array<{ __typename?: 'InsightsReviewerProgress', roundId: string, status: ScreeningRoundStatus, assignments: number, submitted: number, reviewers: number, reviewersDone: number, roundName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, investment: { __typename?: 'InvestmentFigures', currency: string, agreements: number, landed: number, missingRates: Array<string>, committed: { __typename?: 'Money', amount: string, currency: string } | null, realised: { __typename?: 'Money', amount: string, currency: string } | null }, trends: Array<{ __typename?: 'TrendPoint', period: string, submitted: number, intents: number, bids: number, signed: number, committed: { __typename?: 'Money', amount: string, currency: string } | null }> } };

export type RefreshProgrammeInsightsMutationVariables = Exact<{
  programmeId: Scalars['ID']['input'];
}>;


export type RefreshProgrammeInsightsMutation = { __typename?: 'Mutation', refreshProgrammeInsights: { __typename?: 'ProgrammeInsights', programmeId: string, currency: string, source: InsightsSource, refreshedAt: string, stale: boolean, funnel: Array<{ __typename?: 'FunnelStage', key: FunnelStageKey, roundId: string | null, count: number, roundName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }>, byCountry: Array<{ __typename?: 'InsightsBucket', key: string, projects: number, submitted: number, advanced: number, withIntents: number, signed: number, label: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }>, bySector: Array<{ __typename?: 'InsightsBucket', key: string, projects: number, submitted: number, advanced: number, withIntents: number, signed: number, label: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }>, byChannel: Array<{ __typename?: 'InsightsChannelYield', channelId: string, name: string, nominated: number, submitted: number, advanced: number, signed: number, yield: number, label: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, byPartnerKind: Array<{ __typename?: 'PartnerKindBreakdown', kind: PartnerKind, partners: number, intents: number, bids: number, signed: number, committed: { __typename?: 'Money', amount: string, currency: string } | null }>, reviewerProgress: Array<{ __typename?: 'InsightsReviewerProgress', roundId: string, status: ScreeningRoundStatus, assignments: number, submitted: number, reviewers: number, reviewersDone: number, roundName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, investment: { __typename?: 'InvestmentFigures', currency: string, agreements: number, landed: number, missingRates: Array<string>, committed: { __typename?: 'Money', amount: string, currency: string } | null, realised: { __typename?: 'Money', amount: string, currency: string } | null }, trends: Array<{ __typename?: 'TrendPoint', period: string, submitted: number, intents: number, bids: number, signed: number, committed: { __typename?: 'Money', amount: string, currency: string } | null }> } };

export type InsightsLiveCountersFieldsFragment = { __typename?: 'InsightsLiveCounters', programmeId: string, at: string, intents: number, bids: number, deals: number, signed: number, liveRoadshowId: string | null };

export type ProgrammeLiveCountersQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
}>;


export type ProgrammeLiveCountersQuery = { __typename?: 'Query', programmeLiveCounters: { __typename?: 'InsightsLiveCounters', programmeId: string, at: string, intents: number, bids: number, deals: number, signed: number, liveRoadshowId: string | null } };

export type ProgrammeInsightsUpdatedSubscriptionVariables = Exact<{
  programmeId: Scalars['ID']['input'];
}>;


export type ProgrammeInsightsUpdatedSubscription = { __typename?: 'Subscription', programmeInsightsUpdated: { __typename?: 'InsightsLiveCounters', programmeId: string, at: string, intents: number, bids: number, deals: number, signed: number, liveRoadshowId: string | null } };

export type ProgrammeReportFieldsFragment = { __typename?: 'ProgrammeReport', id: string, programmeId: string, status: ProgrammeReportStatus, progress: number, pdfFileId: string | null, xlsxFileId: string | null, error: string | null, createdAt: string, finishedAt: string | null };

export type ProgrammeReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeReportQuery = { __typename?: 'Query', programmeReport: { __typename?: 'ProgrammeReport', id: string, programmeId: string, status: ProgrammeReportStatus, progress: number, pdfFileId: string | null, xlsxFileId: string | null, error: string | null, createdAt: string, finishedAt: string | null } };

export type ProgrammeReportsQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProgrammeReportsQuery = { __typename?: 'Query', programmeReports: { __typename?: 'ProgrammeReportConnection', totalCount: number, edges: Array<{ __typename?: 'ProgrammeReportEdge', cursor: string, node: { __typename?: 'ProgrammeReport', id: string, programmeId: string, status: ProgrammeReportStatus, progress: number, pdfFileId: string | null, xlsxFileId: string | null, error: string | null, createdAt: string, finishedAt: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type GenerateProgrammeReportMutationVariables = Exact<{
  programmeId: Scalars['ID']['input'];
}>;


export type GenerateProgrammeReportMutation = { __typename?: 'Mutation', generateProgrammeReport: { __typename?: 'ProgrammeReport', id: string, programmeId: string, status: ProgrammeReportStatus, progress: number, pdfFileId: string | null, xlsxFileId: string | null, error: string | null, createdAt: string, finishedAt: string | null } };

export type DealsQueryVariables = Exact<{
  filter?: InputMaybe<DealsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DealsQuery = { __typename?: 'Query', deals: { __typename?: 'DealConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'DealEdge', node: { __typename?: 'Deal', id: string, stage: DealStage, partnerId: string, projectId: string, ownerUserId: string | null, agreementId: string | null, nextStep: string | null, nextStepAt: string | null, lastActivityAt: string, dropReason: string | null, droppedFrom: DealStage | null, meetingAt: string | null, ndaFileId: string | null, mouFileId: string | null, version: number, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } }> } };

export type DealStageCountsQueryVariables = Exact<{
  filter?: InputMaybe<DealsFilter>;
}>;


export type DealStageCountsQuery = { __typename?: 'Query', dealStageCounts: Array<{ __typename?: 'DealStageCount', stage: DealStage, count: number }> };

export type DealQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DealQuery = { __typename?: 'Query', deal: { __typename?: 'Deal', id: string, stage: DealStage, partnerId: string, projectId: string, ownerUserId: string | null, agreementId: string | null, nextStep: string | null, nextStepAt: string | null, lastActivityAt: string, dropReason: string | null, droppedFrom: DealStage | null, meetingAt: string | null, ndaFileId: string | null, mouFileId: string | null, version: number, updatedAt: string, activities: Array<{ __typename?: 'DealActivity', id: string, kind: ActivityKind, note: string, nextStepAt: string | null, createdBy: string | null, createdAt: string }>, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type MoveDealMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MoveDealInput;
}>;


export type MoveDealMutation = { __typename?: 'Mutation', moveDeal: { __typename?: 'Deal', id: string, stage: DealStage, partnerId: string, projectId: string, ownerUserId: string | null, agreementId: string | null, nextStep: string | null, nextStepAt: string | null, lastActivityAt: string, dropReason: string | null, droppedFrom: DealStage | null, meetingAt: string | null, ndaFileId: string | null, mouFileId: string | null, version: number, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type LogDealActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DealActivityInput;
}>;


export type LogDealActivityMutation = { __typename?: 'Mutation', logDealActivity: { __typename?: 'Deal', id: string, stage: DealStage, partnerId: string, projectId: string, ownerUserId: string | null, agreementId: string | null, nextStep: string | null, nextStepAt: string | null, lastActivityAt: string, dropReason: string | null, droppedFrom: DealStage | null, meetingAt: string | null, ndaFileId: string | null, mouFileId: string | null, version: number, updatedAt: string, activities: Array<{ __typename?: 'DealActivity', id: string, kind: ActivityKind, note: string, nextStepAt: string | null, createdBy: string | null, createdAt: string }>, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type AgreementsQueryVariables = Exact<{
  ceremonyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AgreementsQuery = { __typename?: 'Query', agreements: { __typename?: 'AgreementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AgreementEdge', node: { __typename?: 'Agreement', id: string, dealId: string, dealStage: DealStage, projectId: string, partnerId: string, kind: AgreementKind, parties: Array<string>, ceremonyId: string | null, signedAt: string, realisedAt: string | null, registeredEntity: string | null, landingPartnerId: string | null, jobsCreated: number | null, documentFileIds: Array<string>, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, ceremonyTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null, committed: { __typename?: 'Money', amount: string, currency: string }, realised: { __typename?: 'Money', amount: string, currency: string } } }> } };

export type AgreementsSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementsSummaryQuery = { __typename?: 'Query', agreementsSummary: { __typename?: 'AgreementsSummary', count: number, landed: number, missingRates: Array<string>, committed: { __typename?: 'Money', amount: string, currency: string } | null, realised: { __typename?: 'Money', amount: string, currency: string } | null } };

export type CeremoniesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CeremoniesQuery = { __typename?: 'Query', ceremonies: { __typename?: 'SigningCeremonyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'SigningCeremonyEdge', node: { __typename?: 'SigningCeremony', id: string, mode: CeremonyMode, heldAt: string, timeZone: string, venue: string | null, agreementCount: number, missingRates: Array<string>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, committed: { __typename?: 'Money', amount: string, currency: string } | null } }> } };

export type CeremonyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CeremonyQuery = { __typename?: 'Query', ceremony: { __typename?: 'SigningCeremony', id: string, mode: CeremonyMode, heldAt: string, timeZone: string, venue: string | null, agreementCount: number, missingRates: Array<string>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, committed: { __typename?: 'Money', amount: string, currency: string } | null } };

export type CreateCeremonyMutationVariables = Exact<{
  input: CeremonyInput;
}>;


export type CreateCeremonyMutation = { __typename?: 'Mutation', createCeremony: { __typename?: 'SigningCeremony', id: string, mode: CeremonyMode, heldAt: string, timeZone: string, venue: string | null, agreementCount: number, missingRates: Array<string>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, committed: { __typename?: 'Money', amount: string, currency: string } | null } };

export type RecordAgreementMutationVariables = Exact<{
  input: RecordAgreementInput;
}>;


export type RecordAgreementMutation = { __typename?: 'Mutation', recordAgreement: { __typename?: 'Agreement', id: string, dealId: string, dealStage: DealStage, projectId: string, partnerId: string, kind: AgreementKind, parties: Array<string>, ceremonyId: string | null, signedAt: string, realisedAt: string | null, registeredEntity: string | null, landingPartnerId: string | null, jobsCreated: number | null, documentFileIds: Array<string>, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, ceremonyTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null, committed: { __typename?: 'Money', amount: string, currency: string }, realised: { __typename?: 'Money', amount: string, currency: string } } };

export type RecordRealisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RealisationInput;
}>;


export type RecordRealisationMutation = { __typename?: 'Mutation', recordRealisation: { __typename?: 'Agreement', id: string, dealId: string, dealStage: DealStage, projectId: string, partnerId: string, kind: AgreementKind, parties: Array<string>, ceremonyId: string | null, signedAt: string, realisedAt: string | null, registeredEntity: string | null, landingPartnerId: string | null, jobsCreated: number | null, documentFileIds: Array<string>, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, ceremonyTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null, committed: { __typename?: 'Money', amount: string, currency: string }, realised: { __typename?: 'Money', amount: string, currency: string } } };

export type MyPartnersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PartnerKind>;
}>;


export type MyPartnersQuery = { __typename?: 'Query', partners: { __typename?: 'PartnerConnection', totalCount: number, edges: Array<{ __typename?: 'PartnerEdge', node: { __typename?: 'Partner', id: string, kind: PartnerKind, country: string | null, name: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, interests: { __typename?: 'PartnerInterests', sectors: Array<string>, trlMin: number | null, trlMax: number | null, cooperationModes: Array<CooperationMode>, regions: Array<string>, ticketMin: { __typename?: 'Money', amount: string, currency: string } | null, ticketMax: { __typename?: 'Money', amount: string, currency: string } | null }, park: { __typename?: 'ParkProfile', availableSpaceM2: number | null, chainFocus: Array<string>, incentives: Array<string> } | null } }> } };

export type RecommendedProjectsQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecommendedProjectsQuery = { __typename?: 'Query', recommendedProjects: Array<{ __typename?: 'RecommendedProject', score: number, reasons: Array<{ __typename?: 'MatchReason', code: MatchReasonCode, outcome: MatchReasonOutcome, points: number, weight: number, detail: string }>, project: { __typename?: 'PartnerProject', id: string, programmeId: string, status: ProjectStatus, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, cooperationModes: Array<CooperationMode>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null } }> };

export type PublishedProjectsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PublishedProjectsFilter>;
}>;


export type PublishedProjectsQuery = { __typename?: 'Query', publishedProjects: { __typename?: 'PartnerProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PartnerProjectEdge', node: { __typename?: 'PartnerProject', id: string, programmeId: string, status: ProjectStatus, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, cooperationModes: Array<CooperationMode>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null } }> } };

export type SavedProjectsQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SavedProjectsQuery = { __typename?: 'Query', savedProjects: { __typename?: 'PartnerProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PartnerProjectEdge', node: { __typename?: 'PartnerProject', id: string, programmeId: string, status: ProjectStatus, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, cooperationModes: Array<CooperationMode>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null } }> } };

export type IntentsQueryVariables = Exact<{
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IntentsQuery = { __typename?: 'Query', intents: { __typename?: 'MatchIntentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MatchIntentEdge', node: { __typename?: 'MatchIntent', id: string, partnerId: string, projectId: string, kind: IntentKind, level: IntentLevel, source: IntentSource, note: string | null, committedAt: string | null, updatedAt: string, version: number, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, amount: { __typename?: 'Money', amount: string, currency: string } | null } }> } };

export type BidsQueryVariables = Exact<{
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<BidStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BidsQuery = { __typename?: 'Query', bids: { __typename?: 'BidConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'BidEdge', node: { __typename?: 'Bid', id: string, partnerId: string, projectId: string, status: BidStatus, revision: number, version: number, responseMessage: string | null, closedAt: string | null, createdAt: string, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null }, history: Array<{ __typename?: 'BidRevision', revision: number, createdAt: string, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null } }> } }> } };

export type MarketProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarketProjectQuery = { __typename?: 'Query', publishedProject: { __typename?: 'PartnerProject', id: string, programmeId: string, status: ProjectStatus, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, cooperationModes: Array<CooperationMode>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null } };

export type PartnerProjectStatusFieldsFragment = { __typename?: 'PartnerProjectStatus', partnerId: string, projectId: string, saved: boolean, notInterested: boolean, intents: Array<{ __typename?: 'MatchIntent', id: string, partnerId: string, projectId: string, kind: IntentKind, level: IntentLevel, source: IntentSource, note: string | null, committedAt: string | null, updatedAt: string, version: number, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, amount: { __typename?: 'Money', amount: string, currency: string } | null }>, bid: { __typename?: 'Bid', id: string, partnerId: string, projectId: string, status: BidStatus, revision: number, version: number, responseMessage: string | null, closedAt: string | null, createdAt: string, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null }, history: Array<{ __typename?: 'BidRevision', revision: number, createdAt: string, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null } }> } | null, deal: { __typename?: 'Deal', id: string, stage: DealStage, partnerId: string, projectId: string, ownerUserId: string | null, agreementId: string | null, nextStep: string | null, nextStepAt: string | null, lastActivityAt: string, dropReason: string | null, droppedFrom: DealStage | null, meetingAt: string | null, ndaFileId: string | null, mouFileId: string | null, version: number, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } | null };

export type PartnerProjectStatusQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
}>;


export type PartnerProjectStatusQuery = { __typename?: 'Query', partnerProjectStatus: { __typename?: 'PartnerProjectStatus', partnerId: string, projectId: string, saved: boolean, notInterested: boolean, intents: Array<{ __typename?: 'MatchIntent', id: string, partnerId: string, projectId: string, kind: IntentKind, level: IntentLevel, source: IntentSource, note: string | null, committedAt: string | null, updatedAt: string, version: number, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, amount: { __typename?: 'Money', amount: string, currency: string } | null }>, bid: { __typename?: 'Bid', id: string, partnerId: string, projectId: string, status: BidStatus, revision: number, version: number, responseMessage: string | null, closedAt: string | null, createdAt: string, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null }, history: Array<{ __typename?: 'BidRevision', revision: number, createdAt: string, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null } }> } | null, deal: { __typename?: 'Deal', id: string, stage: DealStage, partnerId: string, projectId: string, ownerUserId: string | null, agreementId: string | null, nextStep: string | null, nextStepAt: string | null, lastActivityAt: string, dropReason: string | null, droppedFrom: DealStage | null, meetingAt: string | null, ndaFileId: string | null, mouFileId: string | null, version: number, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } | null } };

export type SaveProjectMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  saved?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SaveProjectMutation = { __typename?: 'Mutation', saveProject: { __typename?: 'PartnerProjectStatus', partnerId: string, projectId: string, saved: boolean, notInterested: boolean, intents: Array<{ __typename?: 'MatchIntent', id: string, partnerId: string, projectId: string, kind: IntentKind, level: IntentLevel, source: IntentSource, note: string | null, committedAt: string | null, updatedAt: string, version: number, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, amount: { __typename?: 'Money', amount: string, currency: string } | null }>, bid: { __typename?: 'Bid', id: string, partnerId: string, projectId: string, status: BidStatus, revision: number, version: number, responseMessage: string | null, closedAt: string | null, createdAt: string, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null }, history: Array<{ __typename?: 'BidRevision', revision: number, createdAt: string, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null } }> } | null, deal: { __typename?: 'Deal', id: string, stage: DealStage, partnerId: string, projectId: string, ownerUserId: string | null, agreementId: string | null, nextStep: string | null, nextStepAt: string | null, lastActivityAt: string, dropReason: string | null, droppedFrom: DealStage | null, meetingAt: string | null, ndaFileId: string | null, mouFileId: string | null, version: number, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } | null } };

export type MarkNotInterestedMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  notInterested?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MarkNotInterestedMutation = { __typename?: 'Mutation', markNotInterested: { __typename?: 'PartnerProject', id: string } };

export type RecordIntentMutationVariables = Exact<{
  input: RecordIntentInput;
}>;


export type RecordIntentMutation = { __typename?: 'Mutation', recordIntent: { __typename?: 'MatchIntent', id: string, partnerId: string, projectId: string, kind: IntentKind, level: IntentLevel, source: IntentSource, note: string | null, committedAt: string | null, updatedAt: string, version: number, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, amount: { __typename?: 'Money', amount: string, currency: string } | null } };

export type UpdateIntentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateIntentInput;
}>;


export type UpdateIntentMutation = { __typename?: 'Mutation', updateIntent: { __typename?: 'MatchIntent', id: string, partnerId: string, projectId: string, kind: IntentKind, level: IntentLevel, source: IntentSource, note: string | null, committedAt: string | null, updatedAt: string, version: number, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, amount: { __typename?: 'Money', amount: string, currency: string } | null } };

export type PlaceBidMutationVariables = Exact<{
  input: PlaceBidInput;
}>;


export type PlaceBidMutation = { __typename?: 'Mutation', placeBid: { __typename?: 'Bid', id: string, partnerId: string, projectId: string, status: BidStatus, revision: number, version: number, responseMessage: string | null, closedAt: string | null, createdAt: string, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null }, history: Array<{ __typename?: 'BidRevision', revision: number, createdAt: string, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null } }> } };

export type ReviseBidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: BidTermsInput;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReviseBidMutation = { __typename?: 'Mutation', reviseBid: { __typename?: 'Bid', id: string, partnerId: string, projectId: string, status: BidStatus, revision: number, version: number, responseMessage: string | null, closedAt: string | null, createdAt: string, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null }, history: Array<{ __typename?: 'BidRevision', revision: number, createdAt: string, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null } }> } };

export type WithdrawBidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawBidMutation = { __typename?: 'Mutation', withdrawBid: { __typename?: 'Bid', id: string, partnerId: string, projectId: string, status: BidStatus, revision: number, version: number, responseMessage: string | null, closedAt: string | null, createdAt: string, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null }, history: Array<{ __typename?: 'BidRevision', revision: number, createdAt: string, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null } }> } };

export type RecommendedPartnersQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecommendedPartnersQuery = { __typename?: 'Query', recommendedPartners: Array<{ __typename?: 'RecommendedPartner', score: number, reasons: Array<{ __typename?: 'MatchReason', code: MatchReasonCode, outcome: MatchReasonOutcome, points: number, weight: number, detail: string }>, partner: { __typename?: 'Partner', id: string, kind: PartnerKind, country: string | null, name: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, interests: { __typename?: 'PartnerInterests', sectors: Array<string>, trlMin: number | null, trlMax: number | null, cooperationModes: Array<CooperationMode>, regions: Array<string>, ticketMin: { __typename?: 'Money', amount: string, currency: string } | null, ticketMax: { __typename?: 'Money', amount: string, currency: string } | null }, park: { __typename?: 'ParkProfile', availableSpaceM2: number | null, chainFocus: Array<string>, incentives: Array<string> } | null } }> };

export type ProjectBidsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProjectBidsQuery = { __typename?: 'Query', projectBids: { __typename?: 'BidComparison', projectId: string, currency: string, missingRates: Array<string>, rows: Array<{ __typename?: 'BidComparisonRow', best: Array<BidColumn>, missingRate: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null, total: { __typename?: 'Money', amount: string, currency: string } | null, impliedValuation: { __typename?: 'Money', amount: string, currency: string } | null, bid: { __typename?: 'Bid', id: string, partnerId: string, projectId: string, status: BidStatus, revision: number, version: number, responseMessage: string | null, closedAt: string | null, createdAt: string, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null }, history: Array<{ __typename?: 'BidRevision', revision: number, createdAt: string, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null } }> } }> } };

export type RespondToBidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answer: BidAnswer;
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type RespondToBidMutation = { __typename?: 'Mutation', respondToBid: { __typename?: 'Bid', id: string, partnerId: string, projectId: string, status: BidStatus, revision: number, version: number, responseMessage: string | null, closedAt: string | null, createdAt: string, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null }, history: Array<{ __typename?: 'BidRevision', revision: number, createdAt: string, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null } }> } };

export type FxRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type FxRatesQuery = { __typename?: 'Query', fxRates: { __typename?: 'FxTable', base: string | null, rates: Array<{ __typename?: 'FxRate', currency: string, rate: string, updatedAt: string }> } };

export type SetFxRateMutationVariables = Exact<{
  input: FxRateInput;
}>;


export type SetFxRateMutation = { __typename?: 'Mutation', setFxRate: { __typename?: 'FxTable', base: string | null, rates: Array<{ __typename?: 'FxRate', currency: string, rate: string, updatedAt: string }> } };

export type MoneyFieldsFragment = { __typename?: 'Money', amount: string, currency: string };

export type PartnerProjectFieldsFragment = { __typename?: 'PartnerProject', id: string, programmeId: string, status: ProjectStatus, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, cooperationModes: Array<CooperationMode>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null };

export type MatchReasonFieldsFragment = { __typename?: 'MatchReason', code: MatchReasonCode, outcome: MatchReasonOutcome, points: number, weight: number, detail: string };

export type PartnerSummaryFieldsFragment = { __typename?: 'Partner', id: string, kind: PartnerKind, country: string | null, name: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, interests: { __typename?: 'PartnerInterests', sectors: Array<string>, trlMin: number | null, trlMax: number | null, cooperationModes: Array<CooperationMode>, regions: Array<string>, ticketMin: { __typename?: 'Money', amount: string, currency: string } | null, ticketMax: { __typename?: 'Money', amount: string, currency: string } | null }, park: { __typename?: 'ParkProfile', availableSpaceM2: number | null, chainFocus: Array<string>, incentives: Array<string> } | null };

export type IntentFieldsFragment = { __typename?: 'MatchIntent', id: string, partnerId: string, projectId: string, kind: IntentKind, level: IntentLevel, source: IntentSource, note: string | null, committedAt: string | null, updatedAt: string, version: number, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, amount: { __typename?: 'Money', amount: string, currency: string } | null };

export type BidTermsFieldsFragment = { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null };

export type BidFieldsFragment = { __typename?: 'Bid', id: string, partnerId: string, projectId: string, status: BidStatus, revision: number, version: number, responseMessage: string | null, closedAt: string | null, createdAt: string, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null }, history: Array<{ __typename?: 'BidRevision', revision: number, createdAt: string, terms: { __typename?: 'BidTerms', equityPercent: number | null, spaceM2: number | null, rentFreeMonths: number | null, otherTerms: string | null, validUntil: string | null, investment: { __typename?: 'Money', amount: string, currency: string } | null, subsidy: { __typename?: 'Money', amount: string, currency: string } | null } }> };

export type DealCardFieldsFragment = { __typename?: 'Deal', id: string, stage: DealStage, partnerId: string, projectId: string, ownerUserId: string | null, agreementId: string | null, nextStep: string | null, nextStepAt: string | null, lastActivityAt: string, dropReason: string | null, droppedFrom: DealStage | null, meetingAt: string | null, ndaFileId: string | null, mouFileId: string | null, version: number, updatedAt: string, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } };

export type AgreementFieldsFragment = { __typename?: 'Agreement', id: string, dealId: string, dealStage: DealStage, projectId: string, partnerId: string, kind: AgreementKind, parties: Array<string>, ceremonyId: string | null, signedAt: string, realisedAt: string | null, registeredEntity: string | null, landingPartnerId: string | null, jobsCreated: number | null, documentFileIds: Array<string>, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, partnerName: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, ceremonyTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null, committed: { __typename?: 'Money', amount: string, currency: string }, realised: { __typename?: 'Money', amount: string, currency: string } };

export type CeremonyFieldsFragment = { __typename?: 'SigningCeremony', id: string, mode: CeremonyMode, heldAt: string, timeZone: string, venue: string | null, agreementCount: number, missingRates: Array<string>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, committed: { __typename?: 'Money', amount: string, currency: string } | null };

export type MembersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MemberEdge', cursor: string, node: { __typename?: 'Member', userId: string, email: string, displayName: string, roles: Array<Role>, joinedAt: string } }> } };

export type InvitationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvitationsQuery = { __typename?: 'Query', invitations: { __typename?: 'InvitationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'InvitationEdge', cursor: string, node: { __typename?: 'Invitation', id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, createdAt: string } }> } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'Invitation', id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, createdAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, status: InvitationStatus } };

export type UpdateMemberRolesMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type UpdateMemberRolesMutation = { __typename?: 'Mutation', updateMemberRoles: { __typename?: 'Member', userId: string, roles: Array<Role> } };

export type RemoveMemberMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: boolean };

export type NotificationFieldsFragment = { __typename?: 'Notification', id: string, category: NotificationCategory, template: string, title: string, body: string, link: string | null, objectType: string | null, objectId: string | null, emailed: boolean, createdAt: string, readAt: string | null };

export type NotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'NotificationEdge', cursor: string, node: { __typename?: 'Notification', id: string, category: NotificationCategory, template: string, title: string, body: string, link: string | null, objectType: string | null, objectId: string | null, emailed: boolean, createdAt: string, readAt: string | null } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type UnreadNotificationCountUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountUpdatedSubscription = { __typename?: 'Subscription', unreadNotificationCountUpdated: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename?: 'MarkNotificationsReadPayload', markedCount: number, unreadCount: number, notifications: Array<{ __typename?: 'Notification', id: string, category: NotificationCategory, template: string, title: string, body: string, link: string | null, objectType: string | null, objectId: string | null, emailed: boolean, createdAt: string, readAt: string | null }> } };

export type EmailPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailPreferencesQuery = { __typename?: 'Query', emailPreferences: Array<{ __typename?: 'EmailPreference', category: NotificationCategory, emailEnabled: boolean, mandatory: boolean }> };

export type UpdateEmailPreferencesMutationVariables = Exact<{
  input: UpdateEmailPreferencesInput;
}>;


export type UpdateEmailPreferencesMutation = { __typename?: 'Mutation', updateEmailPreferences: Array<{ __typename?: 'EmailPreference', category: NotificationCategory, emailEnabled: boolean, mandatory: boolean }> };

export type WebhookEndpointFieldsFragment = { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<DomainEventType>, enabled: boolean, secretHint: string, secretCreatedAt: string, version: number, createdAt: string, updatedAt: string };

export type WebhookDeliveryFieldsFragment = { __typename?: 'WebhookDelivery', id: string, endpointId: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, lastResponseTimeMs: number | null, lastError: string | null, nextRetryAt: string | null, deliveredAt: string | null, createdAt: string, updatedAt: string };

export type WebhookEndpointsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: { __typename?: 'WebhookEndpointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'WebhookEndpointEdge', cursor: string, node: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<DomainEventType>, enabled: boolean, secretHint: string, secretCreatedAt: string, version: number, createdAt: string, updatedAt: string, lastDelivery: { __typename?: 'WebhookDelivery', id: string, endpointId: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, lastResponseTimeMs: number | null, lastError: string | null, nextRetryAt: string | null, deliveredAt: string | null, createdAt: string, updatedAt: string } | null } }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  status?: InputMaybe<WebhookDeliveryStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'WebhookDeliveryEdge', cursor: string, node: { __typename?: 'WebhookDelivery', id: string, endpointId: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, lastResponseTimeMs: number | null, lastError: string | null, nextRetryAt: string | null, deliveredAt: string | null, createdAt: string, updatedAt: string, attempts: Array<{ __typename?: 'WebhookAttempt', series: number, attempt: number, statusCode: number | null, durationMs: number, error: string | null, responseExcerpt: string | null, at: string }> } }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'WebhookSecretPayload', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<DomainEventType>, enabled: boolean, secretHint: string, secretCreatedAt: string, version: number, createdAt: string, updatedAt: string } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<DomainEventType>, enabled: boolean, secretHint: string, secretCreatedAt: string, version: number, createdAt: string, updatedAt: string } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'WebhookSecretPayload', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<DomainEventType>, enabled: boolean, secretHint: string, secretCreatedAt: string, version: number, createdAt: string, updatedAt: string } } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint: boolean };

export type SendTestWebhookMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
}>;


export type SendTestWebhookMutation = { __typename?: 'Mutation', sendTestWebhook: { __typename?: 'WebhookDelivery', id: string, endpointId: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, lastResponseTimeMs: number | null, lastError: string | null, nextRetryAt: string | null, deliveredAt: string | null, createdAt: string, updatedAt: string } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReplayWebhookDeliveryMutation = { __typename?: 'Mutation', replayWebhookDelivery: { __typename?: 'WebhookDelivery', id: string, endpointId: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, lastResponseTimeMs: number | null, lastError: string | null, nextRetryAt: string | null, deliveredAt: string | null, createdAt: string, updatedAt: string } };

export type ProgrammeFieldsFragment = { __typename?: 'Programme', id: string, status: ProgrammeStatus, acceptingSubmissions: boolean, timeZone: string, opensAt: string, closesAt: string, mandatoryCans: Array<SixCan>, rubricScale: number, handbookSize: number, roadshowSize: number, currency: string, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }>, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> };

export type ProgrammesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProgrammeStatus>;
}>;


export type ProgrammesQuery = { __typename?: 'Query', programmes: { __typename?: 'ProgrammeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ProgrammeEdge', cursor: string, node: { __typename?: 'Programme', id: string, status: ProgrammeStatus, acceptingSubmissions: boolean, timeZone: string, opensAt: string, closesAt: string, mandatoryCans: Array<SixCan>, rubricScale: number, handbookSize: number, roadshowSize: number, currency: string, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }>, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> } }> } };

export type ProgrammeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, status: ProgrammeStatus, acceptingSubmissions: boolean, timeZone: string, opensAt: string, closesAt: string, mandatoryCans: Array<SixCan>, rubricScale: number, handbookSize: number, roadshowSize: number, currency: string, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }>, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> } };

export type CreateProgrammeMutationVariables = Exact<{
  input: ProgrammeInput;
}>;


export type CreateProgrammeMutation = { __typename?: 'Mutation', createProgramme: { __typename?: 'Programme', id: string, status: ProgrammeStatus, acceptingSubmissions: boolean, timeZone: string, opensAt: string, closesAt: string, mandatoryCans: Array<SixCan>, rubricScale: number, handbookSize: number, roadshowSize: number, currency: string, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }>, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> } };

export type UpdateProgrammeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProgrammeInput;
}>;


export type UpdateProgrammeMutation = { __typename?: 'Mutation', updateProgramme: { __typename?: 'Programme', id: string, status: ProgrammeStatus, acceptingSubmissions: boolean, timeZone: string, opensAt: string, closesAt: string, mandatoryCans: Array<SixCan>, rubricScale: number, handbookSize: number, roadshowSize: number, currency: string, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }>, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> } };

export type OpenProgrammeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpenProgrammeMutation = { __typename?: 'Mutation', openProgramme: { __typename?: 'Programme', id: string, status: ProgrammeStatus, acceptingSubmissions: boolean, timeZone: string, opensAt: string, closesAt: string, mandatoryCans: Array<SixCan>, rubricScale: number, handbookSize: number, roadshowSize: number, currency: string, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }>, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> } };

export type CloseProgrammeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseProgrammeMutation = { __typename?: 'Mutation', closeProgramme: { __typename?: 'Programme', id: string, status: ProgrammeStatus, acceptingSubmissions: boolean, timeZone: string, opensAt: string, closesAt: string, mandatoryCans: Array<SixCan>, rubricScale: number, handbookSize: number, roadshowSize: number, currency: string, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }>, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> } };

export type ArchiveProgrammeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveProgrammeMutation = { __typename?: 'Mutation', archiveProgramme: { __typename?: 'Programme', id: string, status: ProgrammeStatus, acceptingSubmissions: boolean, timeZone: string, opensAt: string, closesAt: string, mandatoryCans: Array<SixCan>, rubricScale: number, handbookSize: number, roadshowSize: number, currency: string, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }>, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> } };

export type ChannelFieldsFragment = { __typename?: 'Channel', id: string, kind: ChannelKind, country: string, contactEmail: string | null, createdAt: string, name: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, members: Array<{ __typename?: 'ChannelMember', email: string, invitedAt: string, joined: boolean }> };

export type ChannelsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChannelsQuery = { __typename?: 'Query', channels: { __typename?: 'ChannelConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ChannelEdge', cursor: string, node: { __typename?: 'Channel', id: string, kind: ChannelKind, country: string, contactEmail: string | null, createdAt: string, name: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, members: Array<{ __typename?: 'ChannelMember', email: string, invitedAt: string, joined: boolean }> } }> } };

export type CreateChannelMutationVariables = Exact<{
  input: ChannelInput;
}>;


export type CreateChannelMutation = { __typename?: 'Mutation', createChannel: { __typename?: 'Channel', id: string, kind: ChannelKind, country: string, contactEmail: string | null, createdAt: string, name: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, members: Array<{ __typename?: 'ChannelMember', email: string, invitedAt: string, joined: boolean }> } };

export type UpdateChannelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ChannelInput;
}>;


export type UpdateChannelMutation = { __typename?: 'Mutation', updateChannel: { __typename?: 'Channel', id: string, kind: ChannelKind, country: string, contactEmail: string | null, createdAt: string, name: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, members: Array<{ __typename?: 'ChannelMember', email: string, invitedAt: string, joined: boolean }> } };

export type InviteChannelMemberMutationVariables = Exact<{
  input: InviteChannelMemberInput;
}>;


export type InviteChannelMemberMutation = { __typename?: 'Mutation', inviteChannelMember: { __typename?: 'ChannelMember', email: string, invitedAt: string, joined: boolean } };

export type NominateProjectMutationVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  input: NominationInput;
}>;


export type NominateProjectMutation = { __typename?: 'Mutation', nominateProject: { __typename?: 'Project', id: string, status: ProjectStatus, applicantEmail: string | null } };

export type ChannelYieldsQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
}>;


export type ChannelYieldsQuery = { __typename?: 'Query', channelYields: Array<{ __typename?: 'ChannelYield', nominated: number, submitted: number, inScreening: number, shortlisted: number, inRoadshow: number, rejected: number, withdrawn: number, channel: { __typename?: 'Channel', id: string, kind: ChannelKind, country: string, name: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } }> };

export type ProgrammeProjectsQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProgrammeProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ProjectEdge', cursor: string, node: { __typename?: 'Project', id: string, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, status: ProjectStatus, source: ProjectSource, submittedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, channel: { __typename?: 'Channel', id: string, name: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } | null } }> } };

export type ExportProjectsMutationVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  filter?: InputMaybe<ProjectFilter>;
  format: SpreadsheetFormat;
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExportProjectsMutation = { __typename?: 'Mutation', exportProjects: { __typename?: 'FileRef', id: string, filename: string, url: string, contentType: string, sizeBytes: number } };

export type ProjectImportTemplateMutationVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  format: SpreadsheetFormat;
}>;


export type ProjectImportTemplateMutation = { __typename?: 'Mutation', projectImportTemplate: { __typename?: 'FileRef', id: string, filename: string, url: string } };

export type ProjectImportFieldsFragment = { __typename?: 'ProjectImport', id: string, programmeId: string, channelId: string | null, mode: ImportMode, status: ImportStatus, totalRows: number, processedRows: number, createdCount: number, errorRowCount: number, duplicateCount: number, failureMessage: string | null, reportFileId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null };

export type StartProjectImportMutationVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  fileId: Scalars['ID']['input'];
  mode: ImportMode;
  channelId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StartProjectImportMutation = { __typename?: 'Mutation', startProjectImport: { __typename?: 'ProjectImport', id: string, programmeId: string, channelId: string | null, mode: ImportMode, status: ImportStatus, totalRows: number, processedRows: number, createdCount: number, errorRowCount: number, duplicateCount: number, failureMessage: string | null, reportFileId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null } };

export type ProjectImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectImportQuery = { __typename?: 'Query', projectImport: { __typename?: 'ProjectImport', id: string, programmeId: string, channelId: string | null, mode: ImportMode, status: ImportStatus, totalRows: number, processedRows: number, createdCount: number, errorRowCount: number, duplicateCount: number, failureMessage: string | null, reportFileId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, problems: Array<{ __typename?: 'ImportProblem', rowNumber: number, field: string, value: string | null, message: string }> } };

export type ProjectImportsQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProjectImportsQuery = { __typename?: 'Query', projectImports: { __typename?: 'ProjectImportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ProjectImportEdge', cursor: string, node: { __typename?: 'ProjectImport', id: string, programmeId: string, channelId: string | null, mode: ImportMode, status: ImportStatus, totalRows: number, processedRows: number, createdCount: number, errorRowCount: number, duplicateCount: number, failureMessage: string | null, reportFileId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null } }> } };

export type ApplicantProgrammeFieldsFragment = { __typename?: 'Programme', id: string, status: ProgrammeStatus, mandatoryCans: Array<SixCan>, currency: string, opensAt: string, closesAt: string, timeZone: string, acceptingSubmissions: boolean, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }> };

export type ApplicantProjectFieldsFragment = { __typename?: 'Project', id: string, programmeId: string, version: number, status: ProjectStatus, source: ProjectSource, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, ipStatus: IpStatus | null, cooperationModes: Array<CooperationMode>, team: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, presenterTimeZone: string | null, attachmentFileIds: Array<string>, submittedAt: string | null, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sector: { __typename?: 'Sector', code: string, nameZh: string, nameEn: string } | null, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null, availability: Array<{ __typename?: 'AvailabilityWindow', startsAt: string, endsAt: string }>, selfAssessment: Array<{ __typename?: 'SelfAssessmentItem', can: SixCan, claim: string, evidence: string | null }>, attachments: Array<{ __typename?: 'FileRef', id: string, filename: string, contentType: string, sizeBytes: number, url: string }>, missingForSubmission: Array<{ __typename?: 'FieldProblem', field: string, message: string }> };

export type ApplicantProgrammesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ApplicantProgrammesQuery = { __typename?: 'Query', programmes: { __typename?: 'ProgrammeConnection', totalCount: number, edges: Array<{ __typename?: 'ProgrammeEdge', node: { __typename?: 'Programme', id: string, status: ProgrammeStatus, mandatoryCans: Array<SixCan>, currency: string, opensAt: string, closesAt: string, timeZone: string, acceptingSubmissions: boolean, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }> } }> } };

export type ApplicantProgrammeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicantProgrammeQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, status: ProgrammeStatus, mandatoryCans: Array<SixCan>, currency: string, opensAt: string, closesAt: string, timeZone: string, acceptingSubmissions: boolean, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, description: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectors: Array<{ __typename?: 'Sector', code: string, nameZh: string, nameEn: string }> } };

export type MyProjectsQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, programmeId: string, version: number, status: ProjectStatus, organizationName: string | null, updatedAt: string, submittedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, missingForSubmission: Array<{ __typename?: 'FieldProblem', field: string, message: string }> } }> } };

export type ApplicantProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicantProjectQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, programmeId: string, version: number, status: ProjectStatus, source: ProjectSource, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, ipStatus: IpStatus | null, cooperationModes: Array<CooperationMode>, team: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, presenterTimeZone: string | null, attachmentFileIds: Array<string>, submittedAt: string | null, createdAt: string, updatedAt: string, timeline: Array<{ __typename?: 'ProjectStatusChange', at: string, fromStatus: ProjectStatus | null, toStatus: ProjectStatus, actorName: string | null, actorUserId: string | null, note: string | null }>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sector: { __typename?: 'Sector', code: string, nameZh: string, nameEn: string } | null, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null, availability: Array<{ __typename?: 'AvailabilityWindow', startsAt: string, endsAt: string }>, selfAssessment: Array<{ __typename?: 'SelfAssessmentItem', can: SixCan, claim: string, evidence: string | null }>, attachments: Array<{ __typename?: 'FileRef', id: string, filename: string, contentType: string, sizeBytes: number, url: string }>, missingForSubmission: Array<{ __typename?: 'FieldProblem', field: string, message: string }> } };

export type CreateProjectMutationVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  input: ProjectInput;
}>;


export type CreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string, programmeId: string, version: number, status: ProjectStatus, source: ProjectSource, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, ipStatus: IpStatus | null, cooperationModes: Array<CooperationMode>, team: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, presenterTimeZone: string | null, attachmentFileIds: Array<string>, submittedAt: string | null, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sector: { __typename?: 'Sector', code: string, nameZh: string, nameEn: string } | null, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null, availability: Array<{ __typename?: 'AvailabilityWindow', startsAt: string, endsAt: string }>, selfAssessment: Array<{ __typename?: 'SelfAssessmentItem', can: SixCan, claim: string, evidence: string | null }>, attachments: Array<{ __typename?: 'FileRef', id: string, filename: string, contentType: string, sizeBytes: number, url: string }>, missingForSubmission: Array<{ __typename?: 'FieldProblem', field: string, message: string }> } };

export type UpdateProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProjectInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateProjectMutation = { __typename?: 'Mutation', updateProject: { __typename?: 'Project', id: string, programmeId: string, version: number, status: ProjectStatus, source: ProjectSource, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, ipStatus: IpStatus | null, cooperationModes: Array<CooperationMode>, team: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, presenterTimeZone: string | null, attachmentFileIds: Array<string>, submittedAt: string | null, createdAt: string, updatedAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sector: { __typename?: 'Sector', code: string, nameZh: string, nameEn: string } | null, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null, availability: Array<{ __typename?: 'AvailabilityWindow', startsAt: string, endsAt: string }>, selfAssessment: Array<{ __typename?: 'SelfAssessmentItem', can: SixCan, claim: string, evidence: string | null }>, attachments: Array<{ __typename?: 'FileRef', id: string, filename: string, contentType: string, sizeBytes: number, url: string }>, missingForSubmission: Array<{ __typename?: 'FieldProblem', field: string, message: string }> } };

export type SubmitProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitProjectMutation = { __typename?: 'Mutation', submitProject: { __typename?: 'Project', id: string, programmeId: string, version: number, status: ProjectStatus, source: ProjectSource, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, ipStatus: IpStatus | null, cooperationModes: Array<CooperationMode>, team: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, presenterTimeZone: string | null, attachmentFileIds: Array<string>, submittedAt: string | null, createdAt: string, updatedAt: string, timeline: Array<{ __typename?: 'ProjectStatusChange', at: string, fromStatus: ProjectStatus | null, toStatus: ProjectStatus, actorName: string | null, actorUserId: string | null, note: string | null }>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sector: { __typename?: 'Sector', code: string, nameZh: string, nameEn: string } | null, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null, availability: Array<{ __typename?: 'AvailabilityWindow', startsAt: string, endsAt: string }>, selfAssessment: Array<{ __typename?: 'SelfAssessmentItem', can: SixCan, claim: string, evidence: string | null }>, attachments: Array<{ __typename?: 'FileRef', id: string, filename: string, contentType: string, sizeBytes: number, url: string }>, missingForSubmission: Array<{ __typename?: 'FieldProblem', field: string, message: string }> } };

export type WithdrawProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type WithdrawProjectMutation = { __typename?: 'Mutation', withdrawProject: { __typename?: 'Project', id: string, programmeId: string, version: number, status: ProjectStatus, source: ProjectSource, organizationName: string | null, country: string | null, sectorCode: string | null, trl: number | null, ipStatus: IpStatus | null, cooperationModes: Array<CooperationMode>, team: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, presenterTimeZone: string | null, attachmentFileIds: Array<string>, submittedAt: string | null, createdAt: string, updatedAt: string, timeline: Array<{ __typename?: 'ProjectStatusChange', at: string, fromStatus: ProjectStatus | null, toStatus: ProjectStatus, actorName: string | null, actorUserId: string | null, note: string | null }>, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sector: { __typename?: 'Sector', code: string, nameZh: string, nameEn: string } | null, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null, availability: Array<{ __typename?: 'AvailabilityWindow', startsAt: string, endsAt: string }>, selfAssessment: Array<{ __typename?: 'SelfAssessmentItem', can: SixCan, claim: string, evidence: string | null }>, attachments: Array<{ __typename?: 'FileRef', id: string, filename: string, contentType: string, sizeBytes: number, url: string }>, missingForSubmission: Array<{ __typename?: 'FieldProblem', field: string, message: string }> } };

export type RoadshowSummaryFieldsFragment = { __typename?: 'Roadshow', id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } };

export type RoadshowSlotFieldsFragment = { __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } };

export type PlanWarningFieldsFragment = { __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string };

export type RoadshowFieldsFragment = { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } };

export type RoadshowsQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RoadshowsQuery = { __typename?: 'Query', roadshows: { __typename?: 'RoadshowConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'RoadshowEdge', node: { __typename?: 'Roadshow', id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } }> } };

export type RoadshowQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoadshowQuery = { __typename?: 'Query', roadshow: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type CreateRoadshowMutationVariables = Exact<{
  input: CreateRoadshowInput;
}>;


export type CreateRoadshowMutation = { __typename?: 'Mutation', createRoadshow: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type UpdateRoadshowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateRoadshowInput;
  version: Scalars['Int']['input'];
}>;


export type UpdateRoadshowMutation = { __typename?: 'Mutation', updateRoadshow: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type AddRoadshowProjectsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  projectIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AddRoadshowProjectsMutation = { __typename?: 'Mutation', addRoadshowProjects: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type RemoveRoadshowProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
}>;


export type RemoveRoadshowProjectMutation = { __typename?: 'Mutation', removeRoadshowProject: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type AssignCommentatorsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AssignCommentatorsMutation = { __typename?: 'Mutation', assignCommentators: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type MoveSlotMutationVariables = Exact<{
  roadshowId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  toIndex: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
}>;


export type MoveSlotMutation = { __typename?: 'Mutation', moveSlot: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type ResetRoadshowOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResetRoadshowOrderMutation = { __typename?: 'Mutation', resetRoadshowOrder: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type PublishRoadshowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishRoadshowMutation = { __typename?: 'Mutation', publishRoadshow: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type StartRoadshowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartRoadshowMutation = { __typename?: 'Mutation', startRoadshow: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type EndRoadshowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndRoadshowMutation = { __typename?: 'Mutation', endRoadshow: { __typename?: 'Roadshow', venue: string | null, streamUrl: string | null, createdAt: string, publishedAt: string | null, startedAt: string | null, endedAt: string | null, id: string, programmeId: string, mode: RoadshowMode, status: RoadshowStatus, startsAt: string, endsAt: string, timeZone: string, slotMinutes: number, projectIds: Array<string>, version: number, breaks: { __typename?: 'RoadshowBreaks', every: { __typename?: 'PeriodicBreak', afterEverySlots: number, minutes: number } | null, windows: Array<{ __typename?: 'TimeWindow', startsAt: string, endsAt: string }> }, commentators: Array<{ __typename?: 'RoadshowCommentator', userId: string, displayName: string }>, plan: { __typename?: 'RoadshowPlan', mode: PlanMode, fingerprint: string, summary: { __typename?: 'PlanSummary', live: number, prerecorded: number, preferred: number, unplaced: number }, slots: Array<{ __typename?: 'RoadshowSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, displayStart: string, displayEnd: string, presenterLocalStart: string, presenterLocalEnd: string, presenterTimeZone: string, startedAt: string | null, finishedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, explanation: { __typename?: 'SlotExplanation', code: SlotReason, fit: SlotFit, local: string } }>, breaks: Array<{ __typename?: 'PlannedBreak', startsAt: string, endsAt: string, displayStart: string, displayEnd: string }>, unplaced: Array<{ __typename?: 'UnplacedProject', projectId: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, warnings: Array<{ __typename?: 'PlanWarning', code: PlanWarningCode, projectId: string | null, order: number | null, local: string | null, needed: number | null, fits: number | null, live: number | null, optimum: number | null, message: string }> }, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type RoadshowCandidatesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PublishedProjectsFilter>;
}>;


export type RoadshowCandidatesQuery = { __typename?: 'Query', publishedProjects: { __typename?: 'PartnerProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PartnerProjectEdge', node: { __typename?: 'PartnerProject', id: string, programmeId: string, status: ProjectStatus, country: string | null, organizationName: string | null, sectorCode: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } }> } };

export type RoadshowMembersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RoadshowMembersQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', userId: string, displayName: string, email: string, roles: Array<Role> } }> } };

export type LiveSlotFieldsFragment = { __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } };

export type RoadshowLiveFieldsFragment = { __typename?: 'RoadshowLiveState', roadshowId: string, status: RoadshowStatus, updatedAt: string, totalIntents: number, currentSlot: { __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } | null, nextSlot: { __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } | null, slots: Array<{ __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, intentCounts: Array<{ __typename?: 'ProjectIntentCount', projectId: string, count: number }> };

export type RoadshowLiveQueryVariables = Exact<{
  roadshowId: Scalars['ID']['input'];
}>;


export type RoadshowLiveQuery = { __typename?: 'Query', roadshowLive: { __typename?: 'RoadshowLiveState', roadshowId: string, status: RoadshowStatus, updatedAt: string, totalIntents: number, currentSlot: { __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } | null, nextSlot: { __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } | null, slots: Array<{ __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, intentCounts: Array<{ __typename?: 'ProjectIntentCount', projectId: string, count: number }> } };

export type RoadshowUpdatedSubscriptionVariables = Exact<{
  roadshowId: Scalars['ID']['input'];
}>;


export type RoadshowUpdatedSubscription = { __typename?: 'Subscription', roadshowUpdated: { __typename?: 'RoadshowLiveState', roadshowId: string, status: RoadshowStatus, updatedAt: string, totalIntents: number, currentSlot: { __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } | null, nextSlot: { __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } | null, slots: Array<{ __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }>, intentCounts: Array<{ __typename?: 'ProjectIntentCount', projectId: string, count: number }> } };

export type MoveRoadshowSlotMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  status: SlotStatus;
}>;


export type MoveRoadshowSlotMutation = { __typename?: 'Mutation', moveRoadshowSlot: { __typename?: 'LiveSlot', id: string, projectId: string, order: number, country: string | null, delivery: SlotDelivery, status: SlotStatus, startsAt: string, endsAt: string, plannedEnd: string, startedAt: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } } };

export type CommentaryFieldsFragment = { __typename?: 'Commentary', id: string, roadshowId: string, slotId: string, projectId: string, authorUserId: string, authorName: string, createdAt: string, text: string | null, entries: Array<{ __typename?: 'CommentaryEntry', dimension: string, rating: number | null, note: string | null }> };

export type CommentariesQueryVariables = Exact<{
  roadshowId?: InputMaybe<Scalars['ID']['input']>;
  slotId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CommentariesQuery = { __typename?: 'Query', commentaries: Array<{ __typename?: 'Commentary', id: string, roadshowId: string, slotId: string, projectId: string, authorUserId: string, authorName: string, createdAt: string, text: string | null, entries: Array<{ __typename?: 'CommentaryEntry', dimension: string, rating: number | null, note: string | null }> }> };

export type AddCommentaryMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  input: CommentaryInput;
}>;


export type AddCommentaryMutation = { __typename?: 'Mutation', addCommentary: { __typename?: 'Commentary', id: string, roadshowId: string, slotId: string, projectId: string, authorUserId: string, authorName: string, createdAt: string, text: string | null, entries: Array<{ __typename?: 'CommentaryEntry', dimension: string, rating: number | null, note: string | null }> } };

export type PublicRoadshowQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublicRoadshowQuery = { __typename?: 'Query', publicRoadshow: { __typename?: 'PublicRoadshow', id: string, mode: RoadshowMode, status: RoadshowStatus, venue: string | null, streamUrl: string | null, timeZone: string, startsAt: string, endsAt: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, breaks: Array<{ __typename?: 'PublicRoadshowBreak', startsAt: string, endsAt: string }>, slots: Array<{ __typename?: 'PublicRoadshowSlot', order: number, country: string | null, organizationName: string | null, startsAt: string, endsAt: string, delivery: SlotDelivery, status: SlotStatus, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }> } };

export type HandbookJobFieldsFragment = { __typename?: 'HandbookJob', id: string, programmeId: string, status: HandbookJobStatus, progress: number, processed: number, total: number, pdfFileId: string | null, xlsxFileId: string | null, error: string | null, createdAt: string, finishedAt: string | null, options: { __typename?: 'HandbookOptions', languages: HandbookLanguages, includeContacts: boolean, sectorCodes: Array<string> | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null } };

export type HandbookJobsQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HandbookJobsQuery = { __typename?: 'Query', handbookJobs: { __typename?: 'HandbookJobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'HandbookJobEdge', node: { __typename?: 'HandbookJob', id: string, programmeId: string, status: HandbookJobStatus, progress: number, processed: number, total: number, pdfFileId: string | null, xlsxFileId: string | null, error: string | null, createdAt: string, finishedAt: string | null, options: { __typename?: 'HandbookOptions', languages: HandbookLanguages, includeContacts: boolean, sectorCodes: Array<string> | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null } } }> } };

export type HandbookJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HandbookJobQuery = { __typename?: 'Query', handbookJob: { __typename?: 'HandbookJob', id: string, programmeId: string, status: HandbookJobStatus, progress: number, processed: number, total: number, pdfFileId: string | null, xlsxFileId: string | null, error: string | null, createdAt: string, finishedAt: string | null, options: { __typename?: 'HandbookOptions', languages: HandbookLanguages, includeContacts: boolean, sectorCodes: Array<string> | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null } } };

export type GenerateHandbookMutationVariables = Exact<{
  programmeId: Scalars['ID']['input'];
  options?: InputMaybe<HandbookOptionsInput>;
}>;


export type GenerateHandbookMutation = { __typename?: 'Mutation', generateHandbook: { __typename?: 'HandbookJob', id: string, programmeId: string, status: HandbookJobStatus, progress: number, processed: number, total: number, pdfFileId: string | null, xlsxFileId: string | null, error: string | null, createdAt: string, finishedAt: string | null, options: { __typename?: 'HandbookOptions', languages: HandbookLanguages, includeContacts: boolean, sectorCodes: Array<string> | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null } } };

export type ProjectFeedbackQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ProjectFeedbackQuery = { __typename?: 'Query', projectFeedback: Array<{ __typename?: 'ReleasedFeedback', roundOrdinal: number, releasedAt: string, text: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }> };

export type ReviewFieldsFragment = { __typename?: 'Review', id: string, assignmentId: string, status: ReviewStatus, recommendation: Recommendation | null, comment: string | null, submittedAt: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterion: string, score: number }>, verdicts: Array<{ __typename?: 'CanVerdict', can: SixCan, verdict: Verdict, note: string | null }> };

export type AssignmentSummaryFieldsFragment = { __typename?: 'Assignment', id: string, roundId: string, projectId: string, conflictDeclared: boolean | null, project: { __typename?: 'ReviewProject', id: string, sectorCode: string | null, country: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectorName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }, review: { __typename?: 'Review', id: string, status: ReviewStatus } | null };

export type MyAssignmentsQueryVariables = Exact<{
  roundId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyAssignmentsQuery = { __typename?: 'Query', myAssignments: { __typename?: 'AssignmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AssignmentEdge', node: { __typename?: 'Assignment', id: string, roundId: string, projectId: string, conflictDeclared: boolean | null, round: { __typename?: 'ReviewRound', id: string, ordinal: number, status: ScreeningRoundStatus, deadline: string, programmeId: string, programmeTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }, project: { __typename?: 'ReviewProject', id: string, sectorCode: string | null, country: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectorName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null }, review: { __typename?: 'Review', id: string, status: ReviewStatus } | null } }> } };

export type NextAssignmentQueryVariables = Exact<{
  roundId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type NextAssignmentQuery = { __typename?: 'Query', nextAssignment: { __typename?: 'Assignment', id: string } | null };

export type AssignmentFieldsFragment = { __typename?: 'Assignment', id: string, roundId: string, projectId: string, conflictDeclared: boolean | null, round: { __typename?: 'ReviewRound', id: string, ordinal: number, status: ScreeningRoundStatus, deadline: string, cans: Array<SixCan>, criteria: Array<string>, scaleMin: number, scaleMax: number, programmeId: string, programmeTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> }, project: { __typename?: 'ReviewProject', id: string, sectorCode: string | null, country: string | null, organizationName: string | null, trl: number | null, ipStatus: IpStatus | null, cooperationModes: Array<CooperationMode>, team: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectorName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null, selfAssessment: Array<{ __typename?: 'SelfAssessmentItem', can: SixCan, claim: string, evidence: string | null }>, attachments: Array<{ __typename?: 'FileRef', id: string, filename: string, contentType: string, sizeBytes: number, url: string }> }, review: { __typename?: 'Review', id: string, assignmentId: string, status: ReviewStatus, recommendation: Recommendation | null, comment: string | null, submittedAt: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterion: string, score: number }>, verdicts: Array<{ __typename?: 'CanVerdict', can: SixCan, verdict: Verdict, note: string | null }> } | null };

export type AssignmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentQuery = { __typename?: 'Query', assignment: { __typename?: 'Assignment', id: string, roundId: string, projectId: string, conflictDeclared: boolean | null, round: { __typename?: 'ReviewRound', id: string, ordinal: number, status: ScreeningRoundStatus, deadline: string, cans: Array<SixCan>, criteria: Array<string>, scaleMin: number, scaleMax: number, programmeId: string, programmeTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> }, project: { __typename?: 'ReviewProject', id: string, sectorCode: string | null, country: string | null, organizationName: string | null, trl: number | null, ipStatus: IpStatus | null, cooperationModes: Array<CooperationMode>, team: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectorName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null, selfAssessment: Array<{ __typename?: 'SelfAssessmentItem', can: SixCan, claim: string, evidence: string | null }>, attachments: Array<{ __typename?: 'FileRef', id: string, filename: string, contentType: string, sizeBytes: number, url: string }> }, review: { __typename?: 'Review', id: string, assignmentId: string, status: ReviewStatus, recommendation: Recommendation | null, comment: string | null, submittedAt: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterion: string, score: number }>, verdicts: Array<{ __typename?: 'CanVerdict', can: SixCan, verdict: Verdict, note: string | null }> } | null } };

export type DeclareNoConflictMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
}>;


export type DeclareNoConflictMutation = { __typename?: 'Mutation', declareNoConflict: { __typename?: 'Assignment', id: string, roundId: string, projectId: string, conflictDeclared: boolean | null, round: { __typename?: 'ReviewRound', id: string, ordinal: number, status: ScreeningRoundStatus, deadline: string, cans: Array<SixCan>, criteria: Array<string>, scaleMin: number, scaleMax: number, programmeId: string, programmeTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> }, project: { __typename?: 'ReviewProject', id: string, sectorCode: string | null, country: string | null, organizationName: string | null, trl: number | null, ipStatus: IpStatus | null, cooperationModes: Array<CooperationMode>, team: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectorName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null, selfAssessment: Array<{ __typename?: 'SelfAssessmentItem', can: SixCan, claim: string, evidence: string | null }>, attachments: Array<{ __typename?: 'FileRef', id: string, filename: string, contentType: string, sizeBytes: number, url: string }> }, review: { __typename?: 'Review', id: string, assignmentId: string, status: ReviewStatus, recommendation: Recommendation | null, comment: string | null, submittedAt: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterion: string, score: number }>, verdicts: Array<{ __typename?: 'CanVerdict', can: SixCan, verdict: Verdict, note: string | null }> } | null } };

export type DeclareConflictMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeclareConflictMutation = { __typename?: 'Mutation', declareConflict: { __typename?: 'Assignment', id: string, roundId: string, projectId: string, conflictDeclared: boolean | null, round: { __typename?: 'ReviewRound', id: string, ordinal: number, status: ScreeningRoundStatus, deadline: string, cans: Array<SixCan>, criteria: Array<string>, scaleMin: number, scaleMax: number, programmeId: string, programmeTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, rubric: Array<{ __typename?: 'RubricCriterion', code: string, nameZh: string, nameEn: string, weight: number }> }, project: { __typename?: 'ReviewProject', id: string, sectorCode: string | null, country: string | null, organizationName: string | null, trl: number | null, ipStatus: IpStatus | null, cooperationModes: Array<CooperationMode>, team: string | null, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, summary: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, sectorName: { __typename?: 'LocalizedText', zh: string | null, en: string | null } | null, fundingAsk: { __typename?: 'Money', amount: string, currency: string } | null, selfAssessment: Array<{ __typename?: 'SelfAssessmentItem', can: SixCan, claim: string, evidence: string | null }>, attachments: Array<{ __typename?: 'FileRef', id: string, filename: string, contentType: string, sizeBytes: number, url: string }> }, review: { __typename?: 'Review', id: string, assignmentId: string, status: ReviewStatus, recommendation: Recommendation | null, comment: string | null, submittedAt: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterion: string, score: number }>, verdicts: Array<{ __typename?: 'CanVerdict', can: SixCan, verdict: Verdict, note: string | null }> } | null } };

export type SaveReviewMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  input: ReviewInput;
}>;


export type SaveReviewMutation = { __typename?: 'Mutation', saveReview: { __typename?: 'Review', id: string, assignmentId: string, status: ReviewStatus, recommendation: Recommendation | null, comment: string | null, submittedAt: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterion: string, score: number }>, verdicts: Array<{ __typename?: 'CanVerdict', can: SixCan, verdict: Verdict, note: string | null }> } };

export type SubmitReviewMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
}>;


export type SubmitReviewMutation = { __typename?: 'Mutation', submitReview: { __typename?: 'Review', id: string, assignmentId: string, status: ReviewStatus, recommendation: Recommendation | null, comment: string | null, submittedAt: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', criterion: string, score: number }>, verdicts: Array<{ __typename?: 'CanVerdict', can: SixCan, verdict: Verdict, note: string | null }> } };

export type ReviewerProfileFieldsFragment = { __typename?: 'ReviewerProfile', id: string, userId: string | null, email: string, displayName: string, sectors: Array<string>, languages: Array<string>, country: string | null, affiliation: string | null, emailDomain: string, maxLoad: number, activeAssignments: number };

export type ReviewerProfilesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewerProfilesQuery = { __typename?: 'Query', reviewerProfiles: { __typename?: 'ReviewerProfileConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ReviewerProfileEdge', node: { __typename?: 'ReviewerProfile', id: string, userId: string | null, email: string, displayName: string, sectors: Array<string>, languages: Array<string>, country: string | null, affiliation: string | null, emailDomain: string, maxLoad: number, activeAssignments: number } }> } };

export type InviteReviewerMutationVariables = Exact<{
  input: InviteReviewerInput;
}>;


export type InviteReviewerMutation = { __typename?: 'Mutation', inviteReviewer: { __typename?: 'ReviewerProfile', id: string, userId: string | null, email: string, displayName: string, sectors: Array<string>, languages: Array<string>, country: string | null, affiliation: string | null, emailDomain: string, maxLoad: number, activeAssignments: number } };

export type UpdateReviewerProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReviewerProfileInput;
}>;


export type UpdateReviewerProfileMutation = { __typename?: 'Mutation', updateReviewerProfile: { __typename?: 'ReviewerProfile', id: string, userId: string | null, email: string, displayName: string, sectors: Array<string>, languages: Array<string>, country: string | null, affiliation: string | null, emailDomain: string, maxLoad: number, activeAssignments: number } };

export type ScreeningRoundFieldsFragment = { __typename?: 'ScreeningRound', id: string, programmeId: string, ordinal: number, status: ScreeningRoundStatus, cans: Array<SixCan>, criteria: Array<string>, reviewersPerProject: number, maxLoad: number, deadline: string, lastRound: boolean, projectCount: number, assignmentCount: number, submittedReviewCount: number, openedAt: string | null, closedAt: string | null, decidedAt: string | null, createdAt: string, advanceRule: { __typename?: 'AdvanceRule', kind: AdvanceRuleKind, n: number | null, minScore: number | null }, assignmentJob: { __typename?: 'RoundJob', state: RoundJobState, progress: number, message: string | null } | null };

export type ScreeningRoundsQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
}>;


export type ScreeningRoundsQuery = { __typename?: 'Query', screeningRounds: Array<{ __typename?: 'ScreeningRound', id: string, programmeId: string, ordinal: number, status: ScreeningRoundStatus, cans: Array<SixCan>, criteria: Array<string>, reviewersPerProject: number, maxLoad: number, deadline: string, lastRound: boolean, projectCount: number, assignmentCount: number, submittedReviewCount: number, openedAt: string | null, closedAt: string | null, decidedAt: string | null, createdAt: string, advanceRule: { __typename?: 'AdvanceRule', kind: AdvanceRuleKind, n: number | null, minScore: number | null }, assignmentJob: { __typename?: 'RoundJob', state: RoundJobState, progress: number, message: string | null } | null }> };

export type ScreeningRoundQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScreeningRoundQuery = { __typename?: 'Query', screeningRound: { __typename?: 'ScreeningRound', id: string, programmeId: string, ordinal: number, status: ScreeningRoundStatus, cans: Array<SixCan>, criteria: Array<string>, reviewersPerProject: number, maxLoad: number, deadline: string, lastRound: boolean, projectCount: number, assignmentCount: number, submittedReviewCount: number, openedAt: string | null, closedAt: string | null, decidedAt: string | null, createdAt: string, advanceRule: { __typename?: 'AdvanceRule', kind: AdvanceRuleKind, n: number | null, minScore: number | null }, assignmentJob: { __typename?: 'RoundJob', state: RoundJobState, progress: number, message: string | null } | null } };

export type CreateScreeningRoundMutationVariables = Exact<{
  input: ScreeningRoundInput;
}>;


export type CreateScreeningRoundMutation = { __typename?: 'Mutation', createScreeningRound: { __typename?: 'ScreeningRound', id: string, programmeId: string, ordinal: number, status: ScreeningRoundStatus, cans: Array<SixCan>, criteria: Array<string>, reviewersPerProject: number, maxLoad: number, deadline: string, lastRound: boolean, projectCount: number, assignmentCount: number, submittedReviewCount: number, openedAt: string | null, closedAt: string | null, decidedAt: string | null, createdAt: string, advanceRule: { __typename?: 'AdvanceRule', kind: AdvanceRuleKind, n: number | null, minScore: number | null }, assignmentJob: { __typename?: 'RoundJob', state: RoundJobState, progress: number, message: string | null } | null } };

export type UpdateScreeningRoundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ScreeningRoundUpdateInput;
}>;


export type UpdateScreeningRoundMutation = { __typename?: 'Mutation', updateScreeningRound: { __typename?: 'ScreeningRound', id: string, programmeId: string, ordinal: number, status: ScreeningRoundStatus, cans: Array<SixCan>, criteria: Array<string>, reviewersPerProject: number, maxLoad: number, deadline: string, lastRound: boolean, projectCount: number, assignmentCount: number, submittedReviewCount: number, openedAt: string | null, closedAt: string | null, decidedAt: string | null, createdAt: string, advanceRule: { __typename?: 'AdvanceRule', kind: AdvanceRuleKind, n: number | null, minScore: number | null }, assignmentJob: { __typename?: 'RoundJob', state: RoundJobState, progress: number, message: string | null } | null } };

export type OpenScreeningRoundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpenScreeningRoundMutation = { __typename?: 'Mutation', openScreeningRound: { __typename?: 'ScreeningRound', id: string, programmeId: string, ordinal: number, status: ScreeningRoundStatus, cans: Array<SixCan>, criteria: Array<string>, reviewersPerProject: number, maxLoad: number, deadline: string, lastRound: boolean, projectCount: number, assignmentCount: number, submittedReviewCount: number, openedAt: string | null, closedAt: string | null, decidedAt: string | null, createdAt: string, advanceRule: { __typename?: 'AdvanceRule', kind: AdvanceRuleKind, n: number | null, minScore: number | null }, assignmentJob: { __typename?: 'RoundJob', state: RoundJobState, progress: number, message: string | null } | null } };

export type CloseScreeningRoundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseScreeningRoundMutation = { __typename?: 'Mutation', closeScreeningRound: { __typename?: 'ScreeningRound', id: string, programmeId: string, ordinal: number, status: ScreeningRoundStatus, cans: Array<SixCan>, criteria: Array<string>, reviewersPerProject: number, maxLoad: number, deadline: string, lastRound: boolean, projectCount: number, assignmentCount: number, submittedReviewCount: number, openedAt: string | null, closedAt: string | null, decidedAt: string | null, createdAt: string, advanceRule: { __typename?: 'AdvanceRule', kind: AdvanceRuleKind, n: number | null, minScore: number | null }, assignmentJob: { __typename?: 'RoundJob', state: RoundJobState, progress: number, message: string | null } | null } };

export type DecideScreeningRoundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DecideScreeningRoundMutation = { __typename?: 'Mutation', decideScreeningRound: { __typename?: 'ScreeningRound', id: string, programmeId: string, ordinal: number, status: ScreeningRoundStatus, cans: Array<SixCan>, criteria: Array<string>, reviewersPerProject: number, maxLoad: number, deadline: string, lastRound: boolean, projectCount: number, assignmentCount: number, submittedReviewCount: number, openedAt: string | null, closedAt: string | null, decidedAt: string | null, createdAt: string, advanceRule: { __typename?: 'AdvanceRule', kind: AdvanceRuleKind, n: number | null, minScore: number | null }, assignmentJob: { __typename?: 'RoundJob', state: RoundJobState, progress: number, message: string | null } | null } };

export type ExportRoundResultsMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExportRoundResultsMutation = { __typename?: 'Mutation', exportRoundResults: { __typename?: 'FileRef', url: string, filename: string } };

export type AssignmentPreviewQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type AssignmentPreviewQuery = { __typename?: 'Query', assignmentPreview: { __typename?: 'AssignmentPreview', feasible: boolean, needed: number, capacity: number, shortfall: number, message: string | null, projectCount: number, newConflicts: number, loads: Array<{ __typename?: 'ReviewerLoad', load: number, maxLoad: number, sectorMatches: number, reviewer: { __typename?: 'ReviewerProfile', id: string, displayName: string, email: string } }>, blockedProjects: Array<{ __typename?: 'BlockedProject', projectId: string, eligibleReviewers: number, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }> } };

export type ConflictsQueryVariables = Exact<{
  roundId?: InputMaybe<Scalars['ID']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ConflictStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConflictsQuery = { __typename?: 'Query', conflicts: { __typename?: 'ConflictConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ConflictEdge', node: { __typename?: 'Conflict', id: string, kind: ConflictKind, source: ConflictSource, status: ConflictStatus, reason: string, createdAt: string, resolvedAt: string | null, projectId: string, assignmentId: string | null, projectTitle: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, reviewer: { __typename?: 'ReviewerProfile', id: string, displayName: string, email: string, affiliation: string | null } } }> } };

export type ResolveConflictMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  resolution: ConflictResolution;
}>;


export type ResolveConflictMutation = { __typename?: 'Mutation', resolveConflict: { __typename?: 'Conflict', id: string, status: ConflictStatus, resolvedAt: string | null } };

export type AddConflictMutationVariables = Exact<{
  reviewerProfileId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type AddConflictMutation = { __typename?: 'Mutation', addConflict: { __typename?: 'Conflict', id: string } };

export type ReviewerProgressQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type ReviewerProgressQuery = { __typename?: 'Query', reviewerProgress: Array<{ __typename?: 'ReviewerProgress', assigned: number, declared: number, drafts: number, submitted: number, reviewer: { __typename?: 'ReviewerProfile', id: string, displayName: string, email: string, maxLoad: number } }> };

export type RoundAssignmentsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
  vacantOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RoundAssignmentsQuery = { __typename?: 'Query', roundAssignments: { __typename?: 'AssignmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AssignmentEdge', node: { __typename?: 'Assignment', id: string, projectId: string, conflictDeclared: boolean | null, project: { __typename?: 'ReviewProject', id: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null } }, reviewer: { __typename?: 'ReviewerProfile', id: string, displayName: string } | null } }> } };

export type ReassignReviewMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  reviewerProfileId: Scalars['ID']['input'];
}>;


export type ReassignReviewMutation = { __typename?: 'Mutation', reassignReview: { __typename?: 'Assignment', id: string, reviewer: { __typename?: 'ReviewerProfile', id: string, displayName: string } | null } };

export type RoundResultFieldsFragment = { __typename?: 'RoundResult', projectId: string, rank: number, country: string | null, sectorCode: string | null, organizationName: string | null, rawMean: number | null, normalised: number | null, disagreement: number | null, reviewCount: number, minReviewerScore: number | null, proposed: Decision | null, decision: Decision | null, reasonCode: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, perCriterion: Array<{ __typename?: 'CriterionScore', criterion: string, score: number }>, gate: { __typename?: 'GateOutcome', passed: boolean, failedCans: Array<SixCan> }, override: { __typename?: 'DecisionOverride', decision: Decision, reason: string, by: string, at: string } | null };

export type RoundResultsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<RoundResultOrder>;
}>;


export type RoundResultsQuery = { __typename?: 'Query', roundResults: { __typename?: 'RoundResultConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'RoundResultEdge', cursor: string, node: { __typename?: 'RoundResult', projectId: string, rank: number, country: string | null, sectorCode: string | null, organizationName: string | null, rawMean: number | null, normalised: number | null, disagreement: number | null, reviewCount: number, minReviewerScore: number | null, proposed: Decision | null, decision: Decision | null, reasonCode: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, perCriterion: Array<{ __typename?: 'CriterionScore', criterion: string, score: number }>, gate: { __typename?: 'GateOutcome', passed: boolean, failedCans: Array<SixCan> }, override: { __typename?: 'DecisionOverride', decision: Decision, reason: string, by: string, at: string } | null } }> } };

export type RoundChartsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type RoundChartsQuery = { __typename?: 'Query', roundScoreDistribution: Array<{ __typename?: 'ScoreBucket', from: number, to: number, raw: number, normalised: number }>, reviewerLeniency: Array<{ __typename?: 'ReviewerLeniency', count: number, meanRaw: number, meanZ: number, reviewer: { __typename?: 'ReviewerProfile', id: string, displayName: string } }> };

export type OverrideDecisionMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  decision: Decision;
  reason: Scalars['String']['input'];
}>;


export type OverrideDecisionMutation = { __typename?: 'Mutation', overrideDecision: { __typename?: 'RoundResult', projectId: string, rank: number, country: string | null, sectorCode: string | null, organizationName: string | null, rawMean: number | null, normalised: number | null, disagreement: number | null, reviewCount: number, minReviewerScore: number | null, proposed: Decision | null, decision: Decision | null, reasonCode: string, title: { __typename?: 'LocalizedText', zh: string | null, en: string | null }, perCriterion: Array<{ __typename?: 'CriterionScore', criterion: string, score: number }>, gate: { __typename?: 'GateOutcome', passed: boolean, failedCans: Array<SixCan> }, override: { __typename?: 'DecisionOverride', decision: Decision, reason: string, by: string, at: string } | null } };

export type ReleaseFeedbackMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  text: LocalizedTextInput;
}>;


export type ReleaseFeedbackMutation = { __typename?: 'Mutation', releaseFeedback: { __typename?: 'ReleasedFeedback', roundOrdinal: number, releasedAt: string } };

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { __typename?: 'Query', systemStatus: { __typename?: 'SystemStatus', version: string, environment: string, status: HealthState, checkedAt: string, components: Array<{ __typename?: 'ComponentHealth', name: string, status: HealthState, detail: string | null, latencyMs: number | null }> } };

export const AuditEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AuditEventFieldsFragment, unknown>;
export const OpenCallFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}}]}}]} as unknown as DocumentNode<OpenCallFieldsFragment, unknown>;
export const MeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MeFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<AuthPayloadFieldsFragment, unknown>;
export const InsightsBucketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsBucketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsBucket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"advanced"}},{"kind":"Field","name":{"kind":"Name","value":"withIntents"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}}]}}]} as unknown as DocumentNode<InsightsBucketFieldsFragment, unknown>;
export const InsightsMoneyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<InsightsMoneyFieldsFragment, unknown>;
export const ProgrammeInsightsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeInsightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeInsights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"roundName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"advanced"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"yield"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPartnerKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"intents"}},{"kind":"Field","name":{"kind":"Name","value":"bids"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewerProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"roundName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"landed"}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"intents"}},{"kind":"Field","name":{"kind":"Name","value":"bids"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsBucketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsBucket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"advanced"}},{"kind":"Field","name":{"kind":"Name","value":"withIntents"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<ProgrammeInsightsFieldsFragment, unknown>;
export const InsightsLiveCountersFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsLiveCountersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsLiveCounters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"intents"}},{"kind":"Field","name":{"kind":"Name","value":"bids"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"liveRoadshowId"}}]}}]} as unknown as DocumentNode<InsightsLiveCountersFieldsFragment, unknown>;
export const ProgrammeReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"pdfFileId"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxFileId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ProgrammeReportFieldsFragment, unknown>;
export const MoneyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<MoneyFieldsFragment, unknown>;
export const IntentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<IntentFieldsFragment, unknown>;
export const BidTermsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<BidTermsFieldsFragment, unknown>;
export const BidFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<BidFieldsFragment, unknown>;
export const DealCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}},{"kind":"Field","name":{"kind":"Name","value":"droppedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"ndaFileId"}},{"kind":"Field","name":{"kind":"Name","value":"mouFileId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DealCardFieldsFragment, unknown>;
export const PartnerProjectStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProjectStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerProjectStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"notInterested"}},{"kind":"Field","name":{"kind":"Name","value":"intents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}},{"kind":"Field","name":{"kind":"Name","value":"droppedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"ndaFileId"}},{"kind":"Field","name":{"kind":"Name","value":"mouFileId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PartnerProjectStatusFieldsFragment, unknown>;
export const PartnerProjectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<PartnerProjectFieldsFragment, unknown>;
export const MatchReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<MatchReasonFieldsFragment, unknown>;
export const PartnerSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSpaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"chainFocus"}},{"kind":"Field","name":{"kind":"Name","value":"incentives"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<PartnerSummaryFieldsFragment, unknown>;
export const AgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"dealStage"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parties"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyId"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredEntity"}},{"kind":"Field","name":{"kind":"Name","value":"landingPartnerId"}},{"kind":"Field","name":{"kind":"Name","value":"jobsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"documentFileIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<AgreementFieldsFragment, unknown>;
export const CeremonyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CeremonyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SigningCeremony"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCount"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<CeremonyFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"secretCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const ProgrammeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubricScale"}},{"kind":"Field","name":{"kind":"Name","value":"handbookSize"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowSize"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProgrammeFieldsFragment, unknown>;
export const ChannelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}}]}}]}}]} as unknown as DocumentNode<ChannelFieldsFragment, unknown>;
export const ProjectImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ProjectImportFieldsFragment, unknown>;
export const ApplicantProgrammeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}}]}}]} as unknown as DocumentNode<ApplicantProgrammeFieldsFragment, unknown>;
export const ApplicantProjectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachmentFileIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApplicantProjectFieldsFragment, unknown>;
export const RoadshowSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RoadshowSummaryFieldsFragment, unknown>;
export const RoadshowSlotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}}]} as unknown as DocumentNode<RoadshowSlotFieldsFragment, unknown>;
export const PlanWarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PlanWarningFieldsFragment, unknown>;
export const RoadshowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RoadshowFieldsFragment, unknown>;
export const LiveSlotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]} as unknown as DocumentNode<LiveSlotFieldsFragment, unknown>;
export const RoadshowLiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowLiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadshowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalIntents"}},{"kind":"Field","name":{"kind":"Name","value":"currentSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intentCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]} as unknown as DocumentNode<RoadshowLiveFieldsFragment, unknown>;
export const CommentaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowId"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"authorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CommentaryFieldsFragment, unknown>;
export const HandbookJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandbookJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandbookJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pdfFileId"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxFileId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"includeContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<HandbookJobFieldsFragment, unknown>;
export const AssignmentSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AssignmentSummaryFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReviewFieldsFragment, unknown>;
export const AssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AssignmentFieldsFragment, unknown>;
export const ReviewerProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewerProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomain"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"activeAssignments"}}]}}]} as unknown as DocumentNode<ReviewerProfileFieldsFragment, unknown>;
export const ScreeningRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastRound"}},{"kind":"Field","name":{"kind":"Name","value":"advanceRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ScreeningRoundFieldsFragment, unknown>;
export const RoundResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"rawMean"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"minReviewerScore"}},{"kind":"Field","name":{"kind":"Name","value":"perCriterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failedCans"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RoundResultFieldsFragment, unknown>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorUserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditActorKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"objectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"objectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const ProjectHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ProjectHistoryQuery, ProjectHistoryQueryVariables>;
export const ExportAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorUserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditActorKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAuditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"objectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"objectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<ExportAuditEventsMutation, ExportAuditEventsMutationVariables>;
export const AuditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditActorsQuery, AuditActorsQueryVariables>;
export const OpenCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpenCallFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}}]}}]} as unknown as DocumentNode<OpenCallsQuery, OpenCallsQueryVariables>;
export const OpenCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpenCallFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}}]}}]} as unknown as DocumentNode<OpenCallQuery, OpenCallQueryVariables>;
export const SignUpApplicantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpApplicant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicantSignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpApplicant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}}]} as unknown as DocumentNode<SignUpApplicantMutation, SignUpApplicantMutationVariables>;
export const JoinAsApplicantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinAsApplicant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinAsApplicant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}}]} as unknown as DocumentNode<JoinAsApplicantMutation, JoinAsApplicantMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"accountExists"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const SwitchOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}}]} as unknown as DocumentNode<SwitchOrganizationMutation, SwitchOrganizationMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ProgrammeInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeInsights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeInsightsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsBucketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsBucket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"advanced"}},{"kind":"Field","name":{"kind":"Name","value":"withIntents"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeInsightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeInsights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"roundName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"advanced"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"yield"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPartnerKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"intents"}},{"kind":"Field","name":{"kind":"Name","value":"bids"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewerProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"roundName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"landed"}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"intents"}},{"kind":"Field","name":{"kind":"Name","value":"bids"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeInsightsQuery, ProgrammeInsightsQueryVariables>;
export const RefreshProgrammeInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshProgrammeInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshProgrammeInsights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeInsightsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsBucketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsBucket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"advanced"}},{"kind":"Field","name":{"kind":"Name","value":"withIntents"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeInsightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeInsights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"roundName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"advanced"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"yield"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPartnerKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"intents"}},{"kind":"Field","name":{"kind":"Name","value":"bids"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewerProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"roundName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"landed"}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"intents"}},{"kind":"Field","name":{"kind":"Name","value":"bids"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsMoneyFields"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshProgrammeInsightsMutation, RefreshProgrammeInsightsMutationVariables>;
export const ProgrammeLiveCountersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeLiveCounters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeLiveCounters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsLiveCountersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsLiveCountersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsLiveCounters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"intents"}},{"kind":"Field","name":{"kind":"Name","value":"bids"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"liveRoadshowId"}}]}}]} as unknown as DocumentNode<ProgrammeLiveCountersQuery, ProgrammeLiveCountersQueryVariables>;
export const ProgrammeInsightsUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProgrammeInsightsUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeInsightsUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightsLiveCountersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightsLiveCountersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsLiveCounters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"intents"}},{"kind":"Field","name":{"kind":"Name","value":"bids"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"liveRoadshowId"}}]}}]} as unknown as DocumentNode<ProgrammeInsightsUpdatedSubscription, ProgrammeInsightsUpdatedSubscriptionVariables>;
export const ProgrammeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"pdfFileId"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxFileId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ProgrammeReportQuery, ProgrammeReportQueryVariables>;
export const ProgrammeReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeReportFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"pdfFileId"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxFileId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ProgrammeReportsQuery, ProgrammeReportsQueryVariables>;
export const GenerateProgrammeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateProgrammeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateProgrammeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"pdfFileId"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxFileId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<GenerateProgrammeReportMutation, GenerateProgrammeReportMutationVariables>;
export const DealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}},{"kind":"Field","name":{"kind":"Name","value":"droppedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"ndaFileId"}},{"kind":"Field","name":{"kind":"Name","value":"mouFileId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DealsQuery, DealsQueryVariables>;
export const DealStageCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealStageCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealStageCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DealStageCountsQuery, DealStageCountsQueryVariables>;
export const DealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}},{"kind":"Field","name":{"kind":"Name","value":"droppedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"ndaFileId"}},{"kind":"Field","name":{"kind":"Name","value":"mouFileId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DealQuery, DealQueryVariables>;
export const MoveDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}},{"kind":"Field","name":{"kind":"Name","value":"droppedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"ndaFileId"}},{"kind":"Field","name":{"kind":"Name","value":"mouFileId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MoveDealMutation, MoveDealMutationVariables>;
export const LogDealActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogDealActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logDealActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}},{"kind":"Field","name":{"kind":"Name","value":"droppedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"ndaFileId"}},{"kind":"Field","name":{"kind":"Name","value":"mouFileId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LogDealActivityMutation, LogDealActivityMutationVariables>;
export const AgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ceremonyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ceremonyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ceremonyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"dealStage"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parties"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyId"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredEntity"}},{"kind":"Field","name":{"kind":"Name","value":"landingPartnerId"}},{"kind":"Field","name":{"kind":"Name","value":"jobsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"documentFileIds"}}]}}]} as unknown as DocumentNode<AgreementsQuery, AgreementsQueryVariables>;
export const AgreementsSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementsSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementsSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"landed"}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<AgreementsSummaryQuery, AgreementsSummaryQueryVariables>;
export const CeremoniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ceremonies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ceremonies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CeremonyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CeremonyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SigningCeremony"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCount"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}}]}}]} as unknown as DocumentNode<CeremoniesQuery, CeremoniesQueryVariables>;
export const CeremonyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ceremony"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ceremony"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CeremonyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CeremonyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SigningCeremony"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCount"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}}]}}]} as unknown as DocumentNode<CeremonyQuery, CeremonyQueryVariables>;
export const CreateCeremonyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCeremony"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CeremonyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCeremony"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CeremonyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CeremonyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SigningCeremony"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"agreementCount"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}}]}}]} as unknown as DocumentNode<CreateCeremonyMutation, CreateCeremonyMutationVariables>;
export const RecordAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"dealStage"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parties"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyId"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredEntity"}},{"kind":"Field","name":{"kind":"Name","value":"landingPartnerId"}},{"kind":"Field","name":{"kind":"Name","value":"jobsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"documentFileIds"}}]}}]} as unknown as DocumentNode<RecordAgreementMutation, RecordAgreementMutationVariables>;
export const RecordRealisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRealisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RealisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRealisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"dealStage"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parties"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyId"}},{"kind":"Field","name":{"kind":"Name","value":"ceremonyTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"committed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredEntity"}},{"kind":"Field","name":{"kind":"Name","value":"landingPartnerId"}},{"kind":"Field","name":{"kind":"Name","value":"jobsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"documentFileIds"}}]}}]} as unknown as DocumentNode<RecordRealisationMutation, RecordRealisationMutationVariables>;
export const MyPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSpaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"chainFocus"}},{"kind":"Field","name":{"kind":"Name","value":"incentives"}}]}}]}}]} as unknown as DocumentNode<MyPartnersQuery, MyPartnersQueryVariables>;
export const RecommendedProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendedProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerProjectFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<RecommendedProjectsQuery, RecommendedProjectsQueryVariables>;
export const PublishedProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedProjectsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerProjectFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<PublishedProjectsQuery, PublishedProjectsQueryVariables>;
export const SavedProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerProjectFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<SavedProjectsQuery, SavedProjectsQueryVariables>;
export const IntentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Intents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<IntentsQuery, IntentsQueryVariables>;
export const BidsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bids"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BidStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<BidsQuery, BidsQueryVariables>;
export const MarketProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerProjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<MarketProjectQuery, MarketProjectQueryVariables>;
export const PartnerProjectStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerProjectStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerProjectStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerProjectStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}},{"kind":"Field","name":{"kind":"Name","value":"droppedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"ndaFileId"}},{"kind":"Field","name":{"kind":"Name","value":"mouFileId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProjectStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerProjectStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"notInterested"}},{"kind":"Field","name":{"kind":"Name","value":"intents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}}]}}]}}]} as unknown as DocumentNode<PartnerProjectStatusQuery, PartnerProjectStatusQueryVariables>;
export const SaveProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"saved"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"saved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"saved"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerProjectStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}},{"kind":"Field","name":{"kind":"Name","value":"droppedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"ndaFileId"}},{"kind":"Field","name":{"kind":"Name","value":"mouFileId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerProjectStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerProjectStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"notInterested"}},{"kind":"Field","name":{"kind":"Name","value":"intents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}}]}}]}}]} as unknown as DocumentNode<SaveProjectMutation, SaveProjectMutationVariables>;
export const MarkNotInterestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotInterested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notInterested"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotInterested"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"notInterested"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notInterested"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarkNotInterestedMutation, MarkNotInterestedMutationVariables>;
export const RecordIntentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIntent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIntentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordIntentMutation, RecordIntentMutationVariables>;
export const UpdateIntentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIntent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIntentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchIntent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateIntentMutation, UpdateIntentMutationVariables>;
export const PlaceBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceBidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PlaceBidMutation, PlaceBidMutationVariables>;
export const ReviseBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BidTermsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReviseBidMutation, ReviseBidMutationVariables>;
export const WithdrawBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WithdrawBidMutation, WithdrawBidMutationVariables>;
export const RecommendedPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendedPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSpaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"chainFocus"}},{"kind":"Field","name":{"kind":"Name","value":"incentives"}}]}}]}}]} as unknown as DocumentNode<RecommendedPartnersQuery, RecommendedPartnersQueryVariables>;
export const ProjectBidsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectBids"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectBids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"missingRates"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"best"}},{"kind":"Field","name":{"kind":"Name","value":"missingRate"}},{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impliedValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProjectBidsQuery, ProjectBidsQueryVariables>;
export const RespondToBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BidAnswer"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BidTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"rentFreeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BidFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BidTermsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseMessage"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RespondToBidMutation, RespondToBidMutationVariables>;
export const FxRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FxRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fxRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<FxRatesQuery, FxRatesQueryVariables>;
export const SetFxRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFxRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FxRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFxRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetFxRateMutation, SetFxRateMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const UpdateMemberRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberRolesMutation, UpdateMemberRolesMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const UnreadNotificationCountUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UnreadNotificationCountUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCountUpdated"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountUpdatedSubscription, UnreadNotificationCountUpdatedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"all"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const EmailPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"emailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]}}]} as unknown as DocumentNode<EmailPreferencesQuery, EmailPreferencesQueryVariables>;
export const UpdateEmailPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEmailPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmailPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"emailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]}}]} as unknown as DocumentNode<UpdateEmailPreferencesMutation, UpdateEmailPreferencesMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"secretCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"secretCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"secretCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"secretCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const SendTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const ReplayWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const ProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programmes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubricScale"}},{"kind":"Field","name":{"kind":"Name","value":"handbookSize"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowSize"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProgrammesQuery, ProgrammesQueryVariables>;
export const ProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubricScale"}},{"kind":"Field","name":{"kind":"Name","value":"handbookSize"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowSize"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProgrammeQuery, ProgrammeQueryVariables>;
export const CreateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubricScale"}},{"kind":"Field","name":{"kind":"Name","value":"handbookSize"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowSize"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const UpdateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubricScale"}},{"kind":"Field","name":{"kind":"Name","value":"handbookSize"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowSize"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const OpenProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubricScale"}},{"kind":"Field","name":{"kind":"Name","value":"handbookSize"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowSize"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OpenProgrammeMutation, OpenProgrammeMutationVariables>;
export const CloseProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubricScale"}},{"kind":"Field","name":{"kind":"Name","value":"handbookSize"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowSize"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CloseProgrammeMutation, CloseProgrammeMutationVariables>;
export const ArchiveProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubricScale"}},{"kind":"Field","name":{"kind":"Name","value":"handbookSize"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowSize"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ArchiveProgrammeMutation, ArchiveProgrammeMutationVariables>;
export const ChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Channels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}}]}}]}}]} as unknown as DocumentNode<ChannelsQuery, ChannelsQueryVariables>;
export const CreateChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}}]}}]}}]} as unknown as DocumentNode<CreateChannelMutation, CreateChannelMutationVariables>;
export const UpdateChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}}]}}]}}]} as unknown as DocumentNode<UpdateChannelMutation, UpdateChannelMutationVariables>;
export const InviteChannelMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteChannelMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteChannelMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteChannelMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}}]}}]}}]} as unknown as DocumentNode<InviteChannelMemberMutation, InviteChannelMemberMutationVariables>;
export const NominateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicantEmail"}}]}}]}}]} as unknown as DocumentNode<NominateProjectMutation, NominateProjectMutationVariables>;
export const ChannelYieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelYields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelYields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"inScreening"}},{"kind":"Field","name":{"kind":"Name","value":"shortlisted"}},{"kind":"Field","name":{"kind":"Name","value":"inRoadshow"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}}]}}]} as unknown as DocumentNode<ChannelYieldsQuery, ChannelYieldsQueryVariables>;
export const ProgrammeProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeProjectsQuery, ProgrammeProjectsQueryVariables>;
export const ExportProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]} as unknown as DocumentNode<ExportProjectsMutation, ExportProjectsMutationVariables>;
export const ProjectImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProjectImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectImportTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ProjectImportTemplateMutation, ProjectImportTemplateMutationVariables>;
export const StartProjectImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartProjectImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startProjectImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<StartProjectImportMutation, StartProjectImportMutationVariables>;
export const ProjectImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectImportFields"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ProjectImportQuery, ProjectImportQueryVariables>;
export const ProjectImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectImportFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reportFileId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ProjectImportsQuery, ProjectImportsQueryVariables>;
export const ApplicantProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicantProgrammeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}}]}}]} as unknown as DocumentNode<ApplicantProgrammesQuery, ApplicantProgrammesQueryVariables>;
export const ApplicantProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicantProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryCans"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}}]}}]} as unknown as DocumentNode<ApplicantProgrammeQuery, ApplicantProgrammeQueryVariables>;
export const MyProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RECENTLY_UPDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingForSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyProjectsQuery, MyProjectsQueryVariables>;
export const ApplicantProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicantProjectFields"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachmentFileIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApplicantProjectQuery, ApplicantProjectQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicantProjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachmentFileIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicantProjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachmentFileIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const SubmitProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicantProjectFields"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachmentFileIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SubmitProjectMutation, SubmitProjectMutationVariables>;
export const WithdrawProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicantProjectFields"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicantProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachmentFileIds"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingForSubmission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WithdrawProjectMutation, WithdrawProjectMutationVariables>;
export const RoadshowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roadshows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadshows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RoadshowsQuery, RoadshowsQueryVariables>;
export const RoadshowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roadshow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadshow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<RoadshowQuery, RoadshowQueryVariables>;
export const CreateRoadshowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoadshow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoadshowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadshow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRoadshowMutation, CreateRoadshowMutationVariables>;
export const UpdateRoadshowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoadshow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoadshowInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoadshow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRoadshowMutation, UpdateRoadshowMutationVariables>;
export const AddRoadshowProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRoadshowProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadshowProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<AddRoadshowProjectsMutation, AddRoadshowProjectsMutationVariables>;
export const RemoveRoadshowProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRoadshowProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRoadshowProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveRoadshowProjectMutation, RemoveRoadshowProjectMutationVariables>;
export const AssignCommentatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCommentators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCommentators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCommentatorsMutation, AssignCommentatorsMutationVariables>;
export const MoveSlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadshowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toIndex"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadshowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadshowId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toIndex"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toIndex"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<MoveSlotMutation, MoveSlotMutationVariables>;
export const ResetRoadshowOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetRoadshowOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetRoadshowOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<ResetRoadshowOrderMutation, ResetRoadshowOrderMutationVariables>;
export const PublishRoadshowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishRoadshow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishRoadshow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<PublishRoadshowMutation, PublishRoadshowMutationVariables>;
export const StartRoadshowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRoadshow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRoadshow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<StartRoadshowMutation, StartRoadshowMutationVariables>;
export const EndRoadshowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndRoadshow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endRoadshow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"projectIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalStart"}},{"kind":"Field","name":{"kind":"Name","value":"presenterLocalEnd"}},{"kind":"Field","name":{"kind":"Name","value":"presenterTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"optimum"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Roadshow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"every"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afterEverySlots"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"prerecorded"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayStart"}},{"kind":"Field","name":{"kind":"Name","value":"displayEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWarningFields"}}]}}]}}]}}]} as unknown as DocumentNode<EndRoadshowMutation, EndRoadshowMutationVariables>;
export const RoadshowCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadshowCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedProjectsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoadshowCandidatesQuery, RoadshowCandidatesQueryVariables>;
export const RoadshowMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadshowMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoadshowMembersQuery, RoadshowMembersQueryVariables>;
export const RoadshowLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadshowLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadshowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadshowLive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadshowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadshowId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowLiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowLiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadshowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalIntents"}},{"kind":"Field","name":{"kind":"Name","value":"currentSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intentCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RoadshowLiveQuery, RoadshowLiveQueryVariables>;
export const RoadshowUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RoadshowUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadshowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadshowUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadshowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadshowId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadshowLiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadshowLiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadshowLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadshowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalIntents"}},{"kind":"Field","name":{"kind":"Name","value":"currentSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intentCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RoadshowUpdatedSubscription, RoadshowUpdatedSubscriptionVariables>;
export const MoveRoadshowSlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveRoadshowSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlotStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveRoadshowSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSlotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]} as unknown as DocumentNode<MoveRoadshowSlotMutation, MoveRoadshowSlotMutationVariables>;
export const CommentariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commentaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadshowId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadshowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadshowId"}}},{"kind":"Argument","name":{"kind":"Name","value":"slotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowId"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"authorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CommentariesQuery, CommentariesQueryVariables>;
export const AddCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roadshowId"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"authorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<AddCommentaryMutation, AddCommentaryMutationVariables>;
export const PublicRoadshowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRoadshow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicRoadshow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PublicRoadshowQuery, PublicRoadshowQueryVariables>;
export const HandbookJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandbookJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handbookJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandbookJobFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandbookJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandbookJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pdfFileId"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxFileId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"includeContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<HandbookJobsQuery, HandbookJobsQueryVariables>;
export const HandbookJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandbookJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handbookJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandbookJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandbookJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandbookJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pdfFileId"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxFileId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"includeContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<HandbookJobQuery, HandbookJobQueryVariables>;
export const GenerateHandbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateHandbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HandbookOptionsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateHandbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandbookJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandbookJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandbookJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pdfFileId"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxFileId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"includeContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateHandbookMutation, GenerateHandbookMutationVariables>;
export const ProjectFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundOrdinal"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectFeedbackQuery, ProjectFeedbackQueryVariables>;
export const MyAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MyAssignmentsQuery, MyAssignmentsQueryVariables>;
export const NextAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NextAssignmentQuery, NextAssignmentQueryVariables>;
export const AssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]} as unknown as DocumentNode<AssignmentQuery, AssignmentQueryVariables>;
export const DeclareNoConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareNoConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareNoConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]} as unknown as DocumentNode<DeclareNoConflictMutation, DeclareNoConflictMutationVariables>;
export const DeclareConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModes"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAsk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]} as unknown as DocumentNode<DeclareConflictMutation, DeclareConflictMutationVariables>;
export const SaveReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SaveReviewMutation, SaveReviewMutationVariables>;
export const SubmitReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SubmitReviewMutation, SubmitReviewMutationVariables>;
export const ReviewerProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewerProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewerProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerProfileFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewerProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomain"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"activeAssignments"}}]}}]} as unknown as DocumentNode<ReviewerProfilesQuery, ReviewerProfilesQueryVariables>;
export const InviteReviewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteReviewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteReviewerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteReviewer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewerProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomain"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"activeAssignments"}}]}}]} as unknown as DocumentNode<InviteReviewerMutation, InviteReviewerMutationVariables>;
export const UpdateReviewerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReviewerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewerProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReviewerProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewerProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomain"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"activeAssignments"}}]}}]} as unknown as DocumentNode<UpdateReviewerProfileMutation, UpdateReviewerProfileMutationVariables>;
export const ScreeningRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screeningRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastRound"}},{"kind":"Field","name":{"kind":"Name","value":"advanceRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ScreeningRoundsQuery, ScreeningRoundsQueryVariables>;
export const ScreeningRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screeningRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastRound"}},{"kind":"Field","name":{"kind":"Name","value":"advanceRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ScreeningRoundQuery, ScreeningRoundQueryVariables>;
export const CreateScreeningRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScreeningRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScreeningRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastRound"}},{"kind":"Field","name":{"kind":"Name","value":"advanceRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateScreeningRoundMutation, CreateScreeningRoundMutationVariables>;
export const UpdateScreeningRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScreeningRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRoundUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScreeningRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastRound"}},{"kind":"Field","name":{"kind":"Name","value":"advanceRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateScreeningRoundMutation, UpdateScreeningRoundMutationVariables>;
export const OpenScreeningRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenScreeningRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openScreeningRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastRound"}},{"kind":"Field","name":{"kind":"Name","value":"advanceRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OpenScreeningRoundMutation, OpenScreeningRoundMutationVariables>;
export const CloseScreeningRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseScreeningRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeScreeningRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastRound"}},{"kind":"Field","name":{"kind":"Name","value":"advanceRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CloseScreeningRoundMutation, CloseScreeningRoundMutationVariables>;
export const DecideScreeningRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideScreeningRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideScreeningRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cans"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lastRound"}},{"kind":"Field","name":{"kind":"Name","value":"advanceRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DecideScreeningRoundMutation, DecideScreeningRoundMutationVariables>;
export const ExportRoundResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportRoundResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRoundResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<ExportRoundResultsMutation, ExportRoundResultsMutationVariables>;
export const AssignmentPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feasible"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"newConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"loads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"sectorMatches"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentPreviewQuery, AssignmentPreviewQueryVariables>;
export const ConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConflictsQuery, ConflictsQueryVariables>;
export const ResolveConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictResolution"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ResolveConflictMutation, ResolveConflictMutationVariables>;
export const AddConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewerProfileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewerProfileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewerProfileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddConflictMutation, AddConflictMutationVariables>;
export const ReviewerProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewerProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewerProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"declared"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewerProgressQuery, ReviewerProgressQueryVariables>;
export const RoundAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacantOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"vacantOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacantOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundAssignmentsQuery, RoundAssignmentsQueryVariables>;
export const ReassignReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewerProfileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reviewerProfileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewerProfileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ReassignReviewMutation, ReassignReviewMutationVariables>;
export const RoundResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoundResultOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundResultFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"rawMean"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"minReviewerScore"}},{"kind":"Field","name":{"kind":"Name","value":"perCriterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failedCans"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RoundResultsQuery, RoundResultsQueryVariables>;
export const RoundChartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundCharts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundScoreDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewerLeniency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanRaw"}},{"kind":"Field","name":{"kind":"Name","value":"meanZ"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RoundChartsQuery, RoundChartsQueryVariables>;
export const OverrideDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"rawMean"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"disagreement"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"minReviewerScore"}},{"kind":"Field","name":{"kind":"Name","value":"perCriterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failedCans"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<OverrideDecisionMutation, OverrideDecisionMutationVariables>;
export const ReleaseFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundOrdinal"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}}]}}]}}]} as unknown as DocumentNode<ReleaseFeedbackMutation, ReleaseFeedbackMutationVariables>;
export const SystemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]}}]}}]} as unknown as DocumentNode<SystemStatusQuery, SystemStatusQueryVariables>;