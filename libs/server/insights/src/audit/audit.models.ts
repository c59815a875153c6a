import { ArgsType, Field, ID, Int, IntersectionType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditEvent, Connection, PageArgs } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType('AuditEvent', { description: 'Who did what to which object, when. Append-only.' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null for the system (jobs, imports).' })
  actorUserId!: string | null;

  @Field()
  action!: string;

  @Field()
  objectType!: string;

  @Field(() => String, { nullable: true })
  objectId!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'What changed, without secrets.' })
  summary!: Record<string, unknown>;

  @Field()
  createdAt!: Date;
}

export function toAuditEventModel(e: AuditEvent): AuditEventModel {
  return {
    id: e.id,
    actorUserId: e.actorUserId,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId,
    summary: e.summary,
    createdAt: e.createdAt,
  };
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}

/** Who acted: a signed-in user, or the system (jobs, imports, expiries — events without an actor). */
export enum AuditActorKind {
  USER = 'USER',
  SYSTEM = 'SYSTEM',
}

registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  description: 'Who recorded an audit event.',
  valuesMap: {
    USER: { description: 'A signed-in user (actorUserId is set).' },
    SYSTEM: { description: 'The system: background jobs, imports, expiries (actorUserId is null).' },
  },
});

@ArgsType()
export class AuditFilterArgs {
  @Field(() => String, {
    nullable: true,
    description: 'An action, e.g. `member.invited`, or a family ending in a dot, e.g. `bid.`.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z_]+(\.[a-z_]+)*\.?$/, {
    message: 'action is a lower-case dotted name, e.g. bid.placed or bid.',
  })
  action?: string;

  @Field(() => String, { nullable: true, description: 'e.g. `Project`, `Bid`, `Deal`.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  objectType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  objectId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @Field(() => AuditActorKind, {
    nullable: true,
    description:
      'Only events of users (USER) or only those of the system (SYSTEM, no actor). SYSTEM with actorUserId is VALIDATION.',
  })
  @IsOptional()
  @IsEnum(AuditActorKind)
  actorKind?: AuditActorKind;

  @Field(() => Date, { nullable: true, description: 'Events at or after this instant.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Events before this instant.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditExportArgs extends AuditFilterArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Export this project’s history instead of the whole trail.',
  })
  @IsOptional()
  @IsUUID()
  projectId?: string;
}

@ArgsType()
export class AuditEventsArgs extends IntersectionType(PageArgs, AuditFilterArgs, ArgsType) {}

@ArgsType()
export class ProjectHistoryArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  projectId!: string;
}

@ObjectType({ description: 'An exported slice of the audit trail: GET /files/{fileId}.' })
export class AuditExportModel {
  @Field(() => ID)
  fileId!: string;

  @Field()
  filename!: string;

  @Field(() => Int)
  rows!: number;
}
