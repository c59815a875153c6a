import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles } from '@sixcan/server-core';
import { CommentariesArgs, CommentaryInput, CommentaryModel } from './commentary.models';
import { CommentaryService } from './commentary.service';

@Resolver(() => CommentaryModel)
export class CommentaryResolver {
  constructor(private readonly service: CommentaryService) {}

  @Mutation(() => CommentaryModel, {
    description: 'A commentator assigned to the event critiques a pitch (while live or after).',
  })
  @Roles(Role.COMMENTATOR)
  addCommentary(
    @CurrentActor() actor: Actor,
    @Args('slotId', { type: () => ID }) slotId: string,
    @Args('input') input: CommentaryInput,
  ): Promise<CommentaryModel> {
    return this.service.add(actor, slotId, input);
  }

  @Query(() => [CommentaryModel], {
    description: 'Critiques of a roadshow or one slot: organizers all, a commentator their own.',
  })
  @Roles(Role.ORGANIZER, Role.COMMENTATOR)
  commentaries(@CurrentActor() actor: Actor, @Args() args: CommentariesArgs): Promise<CommentaryModel[]> {
    return this.service.list(actor, args);
  }
}
