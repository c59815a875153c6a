import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Actor, ALL_ROLES, Role } from '@sixcan/domain';
import { CurrentActor, Roles } from '@sixcan/server-core';

@ObjectType('Actor', {
  description: 'The caller as the API sees it: from the access token, no database read.',
})
export class ActorModel {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => [Role])
  roles!: Role[];
}

@Resolver(() => ActorModel)
export class CurrentActorResolver {
  @Query(() => ActorModel, { description: 'Who is calling, in which organisation, with which roles.' })
  @Roles(...ALL_ROLES)
  currentActor(@CurrentActor() actor: Actor): ActorModel {
    return { userId: actor.userId, organizationId: actor.organizationId, roles: actor.roles };
  }
}
