import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConflictKind, ConflictSource, ConflictStatus } from '@sixcan/domain';
import { Connection, LocalizedText, PageArgs } from '@sixcan/server-core';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import '../graphql-enums';
import { ReviewerProfileModel } from '../reviewer/reviewer.models';

@ObjectType('Conflict', { description: 'A conflict of interest between a reviewer and a project.' })
export class ConflictModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewerProfileModel)
  reviewer!: ReviewerProfileModel;

  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalizedText)
  projectTitle!: LocalizedText;

  @Field(() => ID, { nullable: true, description: 'The round it was declared or detected in.' })
  roundId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The assignment it left vacant (reassign it), if any.' })
  assignmentId!: string | null;

  @Field(() => ConflictSource)
  source!: ConflictSource;

  @Field(() => ConflictKind)
  kind!: ConflictKind;

  @Field(() => ConflictStatus)
  status!: ConflictStatus;

  @Field()
  reason!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;
}

@ObjectType()
export class ConflictConnection extends Connection(ConflictModel, 'Conflict') {}

@ArgsType()
export class ConflictsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'roundId must be an id' })
  roundId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'programmeId must be an id' })
  programmeId?: string | null;

  @Field(() => ConflictStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ConflictStatus)
  status?: ConflictStatus | null;
}
