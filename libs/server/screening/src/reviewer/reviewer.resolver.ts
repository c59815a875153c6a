import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles, Transactions } from '@sixcan/server-core';
import { reviewerModels } from './reviewer-models';
import { ReviewerProfile } from './reviewer-profile.entity';
import {
  InviteReviewerInput,
  ReviewerProfileConnection,
  ReviewerProfileInput,
  ReviewerProfileModel,
  ReviewerProfilesArgs,
} from './reviewer.models';
import { ReviewerService } from './reviewer.service';

@Resolver(() => ReviewerProfileModel)
export class ReviewerResolver {
  constructor(
    private readonly reviewers: ReviewerService,
    private readonly tx: Transactions,
  ) {}

  @Query(() => ReviewerProfileConnection, { description: 'The organisation’s reviewers, by name.' })
  @Roles(Role.ORGANIZER)
  async reviewerProfiles(
    @CurrentActor() actor: Actor,
    @Args() args: ReviewerProfilesArgs,
  ): Promise<ReviewerProfileConnection> {
    const page = await this.reviewers.list(actor, args);
    const models = await this.models(page.edges.map((e) => e.node));
    return {
      ...page,
      edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: models[i] as ReviewerProfileModel })),
    };
  }

  @Query(() => ReviewerProfileModel, { nullable: true, description: 'The signed-in reviewer’s profile.' })
  @Roles(Role.REVIEWER)
  async myReviewerProfile(@CurrentActor() actor: Actor): Promise<ReviewerProfileModel | null> {
    const me = await this.reviewers.mine(actor);
    return me ? ((await this.models([me]))[0] ?? null) : null;
  }

  @Mutation(() => ReviewerProfileModel, {
    description:
      'Creates or updates a reviewer profile and gives the member the REVIEWER role, or e-mails an invitation.',
  })
  @Roles(Role.ORGANIZER)
  async inviteReviewer(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteReviewerInput,
  ): Promise<ReviewerProfileModel> {
    return (await this.models([await this.reviewers.invite(actor, input)]))[0] as ReviewerProfileModel;
  }

  @Mutation(() => ReviewerProfileModel, {
    description: 'Organizers change any field; a reviewer their own sectors, languages and affiliation.',
  })
  @Roles(Role.ORGANIZER, Role.REVIEWER)
  async updateReviewerProfile(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ReviewerProfileInput,
  ): Promise<ReviewerProfileModel> {
    return (await this.models([await this.reviewers.update(actor, id, input)]))[0] as ReviewerProfileModel;
  }

  private models(profiles: ReviewerProfile[]): Promise<ReviewerProfileModel[]> {
    return this.tx.read((em) => reviewerModels(em, profiles));
  }
}
