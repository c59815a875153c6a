import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles } from '@sixcan/server-core';
import { ReviewInput, ReviewModel, toReviewModel } from './review.models';
import { ReviewService } from './review.service';

@Resolver(() => ReviewModel)
export class ReviewResolver {
  constructor(private readonly reviews: ReviewService) {}

  @Mutation(() => ReviewModel, {
    description:
      'Saves the reviewer’s own review as a draft (a submitted one stays submitted and complete); only after declareNoConflict and while the round is open.',
  })
  @Roles(Role.REVIEWER)
  async saveReview(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('input') input: ReviewInput,
  ): Promise<ReviewModel> {
    return toReviewModel(await this.reviews.save(actor, assignmentId, input));
  }

  @Mutation(() => ReviewModel, {
    description:
      'Submits (or re-submits) the review: every criterion scored and every can of the round judged.',
  })
  @Roles(Role.REVIEWER)
  async submitReview(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
  ): Promise<ReviewModel> {
    return toReviewModel(await this.reviews.submit(actor, assignmentId));
  }
}
