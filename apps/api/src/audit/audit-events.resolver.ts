import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import {
  AuditEvent,
  Connection,
  CurrentActor,
  PageArgs,
  paginate,
  Roles,
  Transactions,
} from '@sixcan/server-core';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType('AuditEvent', { description: 'Who did what to which object, when. Append-only.' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field()
  action!: string;

  @Field()
  objectType!: string;

  @Field(() => String, { nullable: true })
  objectId!: string | null;

  @Field(() => GraphQLJSONObject)
  summary!: Record<string, unknown>;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}

@ArgsType()
class AuditEventsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'e.g. `member.invited`' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field(() => String, { nullable: true })
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
}

/** The organisation's audit trail, newest first. */
@Resolver()
export class AuditEventsResolver {
  constructor(private readonly tx: Transactions) {}

  @Query(() => AuditEventConnection)
  @Roles(Role.ORGANIZER)
  auditEvents(@CurrentActor() actor: Actor, @Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return this.tx.run((em) => {
      const qb = em
        .createQueryBuilder(AuditEvent, 'a')
        .where('a.organizationId = :org', { org: actor.organizationId });
      for (const key of ['action', 'objectType', 'objectId', 'actorUserId'] as const) {
        if (args[key]) qb.andWhere(`a.${key} = :${key}`, { [key]: args[key] });
      }
      return paginate(qb, args, [{ expression: 'a.createdAt', property: 'createdAt', direction: 'DESC' }]);
    });
  }
}
