import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CooperationMode,
  formatMoney,
  IpStatus,
  LOCALES,
  ProjectSource,
  ProjectStatus,
  SixCan,
} from '@sixcan/domain';
import { Connection, PageArgs, SelfAssessmentItemModel } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AvailabilityWindowInput,
  AvailabilityWindowModel,
  LocalizedText,
  LocalizedTextInput,
  MoneyInput,
  MoneyModel,
  SectorModel,
} from '../graphql-types';
import { ChannelModel } from '../channel/channel.models';
import { Project, ProjectStatusChange } from './project.entity';

@InputType()
export class SelfAssessmentItemInput {
  @Field(() => SixCan)
  @IsEnum(SixCan)
  can!: SixCan;

  @Field()
  @IsString()
  @MaxLength(1000)
  claim!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  evidence?: string | null;
}

@ObjectType('ProjectStatusChange')
export class ProjectStatusChangeModel {
  @Field(() => ProjectStatus, { nullable: true })
  fromStatus!: ProjectStatus | null;

  @Field(() => ProjectStatus)
  toStatus!: ProjectStatus;

  @Field()
  at!: Date;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true, description: 'Who made the change; null for the system.' })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('FieldProblem')
export class FieldProblemModel {
  @Field()
  field!: string;

  @Field()
  message!: string;
}

@ObjectType('Project')
export class ProjectModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => ID, { nullable: true })
  channelId!: string | null;

  @Field(() => ChannelModel, { nullable: true, description: 'The recommending channel, if nominated.' })
  channel?: ChannelModel | null;

  @Field(() => SectorModel, { nullable: true })
  sector?: SectorModel | null;

  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => ProjectSource)
  source!: ProjectSource;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  summary!: LocalizedText;

  @Field(() => String, { nullable: true })
  sectorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  country!: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation behind the project.' })
  organizationName!: string | null;

  @Field(() => Int, { nullable: true, description: 'Technology readiness level 1–9.' })
  trl!: number | null;

  @Field(() => IpStatus, { nullable: true })
  ipStatus!: IpStatus | null;

  @Field(() => [CooperationMode])
  cooperationModes!: CooperationMode[];

  @Field(() => MoneyModel, { nullable: true })
  fundingAsk!: MoneyModel | null;

  @Field(() => String, { nullable: true })
  team!: string | null;

  @Field(() => String, { nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true, description: 'IANA zone the presenter lives in.' })
  presenterTimeZone!: string | null;

  @Field(() => [AvailabilityWindowModel])
  availability!: AvailabilityWindowModel[];

  @Field(() => [SelfAssessmentItemModel])
  selfAssessment!: SelfAssessmentItemModel[];

  @Field(() => [ID])
  attachmentFileIds!: string[];

  @Field(() => String, { nullable: true, description: 'Who is invited to complete the project.' })
  applicantEmail!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Send it back as expectedVersion to refuse overwriting a newer change.' })
  version!: number;
}

@ObjectType()
export class ProjectConnection extends Connection(ProjectModel, 'Project') {}

export const toProjectModel = (p: Project): ProjectModel => ({
  id: p.id,
  programmeId: p.programmeId,
  channelId: p.channelId,
  status: p.status,
  source: p.source,
  title: { zh: p.titleZh, en: p.titleEn },
  summary: { zh: p.summaryZh, en: p.summaryEn },
  sectorCode: p.sectorCode,
  country: p.country,
  organizationName: p.organizationName,
  trl: p.trl,
  ipStatus: p.ipStatus,
  cooperationModes: p.cooperationModes,
  fundingAsk:
    p.fundingAmountMinor != null && p.fundingCurrency
      ? { amount: formatMoney(p.fundingAmountMinor, p.fundingCurrency), currency: p.fundingCurrency }
      : null,
  team: p.team,
  contactName: p.contactName,
  contactEmail: p.contactEmail,
  contactPhone: p.contactPhone,
  presenterTimeZone: p.presenterTimeZone,
  availability: p.availability.map((w) => ({ startsAt: new Date(w.startsAt), endsAt: new Date(w.endsAt) })),
  selfAssessment: p.selfAssessment.map((s) => ({ can: s.can, claim: s.claim, evidence: s.evidence ?? null })),
  attachmentFileIds: p.attachmentFileIds,
  applicantEmail: p.applicantEmail,
  submittedAt: p.submittedAt,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
  version: p.version,
});

export const toStatusChange = (
  c: ProjectStatusChange,
  names: Map<string, string>,
): ProjectStatusChangeModel => ({
  fromStatus: c.fromStatus,
  toStatus: c.toStatus,
  at: c.createdAt,
  actorUserId: c.actorUserId,
  actorName: c.actorUserId ? (names.get(c.actorUserId) ?? null) : null,
  note: c.note,
});

/** A project's fields. Omitted fields stay as they are; null clears a field. */
@InputType()
export class ProjectInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title?: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  summary?: LocalizedTextInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sectorCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @IsString()
  @MaxLength(2)
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organizationName?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'trl is a level from 1 to 9' })
  @Max(9, { message: 'trl is a level from 1 to 9' })
  trl?: number | null;

  @Field(() => IpStatus, { nullable: true })
  @IsOptional()
  @IsEnum(IpStatus)
  ipStatus?: IpStatus | null;

  @Field(() => [CooperationMode], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(CooperationMode, { each: true })
  cooperationModes?: CooperationMode[] | null;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  fundingAsk?: MoneyInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  team?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be a valid e-mail address' })
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  presenterTimeZone?: string | null;

  @Field(() => [AvailabilityWindowInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindowInput)
  availability?: AvailabilityWindowInput[] | null;

  @Field(() => [SelfAssessmentItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => SelfAssessmentItemInput)
  selfAssessment?: SelfAssessmentItemInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Uploaded files (POST /files), e.g. the pitch deck PDF.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'attachmentFileIds must be file ids' })
  attachmentFileIds?: string[] | null;
}

@InputType()
export class NominationInput {
  @Field(() => ID, { nullable: true, description: 'Required when the nominator acts for several channels.' })
  @IsOptional()
  @IsUUID('all', { message: 'channelId must be an id' })
  channelId?: string | null;

  @Field({ description: 'The applicant invited to complete and submit the project.' })
  @IsEmail({}, { message: 'applicantEmail must be a valid e-mail address' })
  @MaxLength(254)
  applicantEmail!: string;

  @Field(() => String, { nullable: true, description: 'Language of the e-mail to the applicant.' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string;

  @Field(() => ProjectInput)
  @ValidateNested()
  @Type(() => ProjectInput)
  project!: ProjectInput;
}

export enum ProjectOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
registerEnumType(ProjectOrder, { name: 'ProjectOrder' });

@InputType()
export class ProjectFilter {
  @Field(() => [ProjectStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(ProjectStatus, { each: true })
  statuses?: ProjectStatus[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  sectorCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(250)
  @IsString({ each: true })
  @MaxLength(2, { each: true })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'channelIds must be ids' })
  channelIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trlMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trlMax?: number | null;

  @Field(() => [CooperationMode], { nullable: true, description: 'Projects seeking any of these modes.' })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(CooperationMode, { each: true })
  cooperationModes?: CooperationMode[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in titles, summaries or organisation, Chinese or English; every word must match.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be an id' })
  programmeId!: string;

  @Field(() => ProjectFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectFilter)
  filter?: ProjectFilter | null;

  @Field(() => ProjectOrder, { nullable: true, defaultValue: ProjectOrder.NEWEST_FIRST })
  @IsOptional()
  @IsEnum(ProjectOrder)
  orderBy: ProjectOrder = ProjectOrder.NEWEST_FIRST;
}
