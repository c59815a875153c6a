import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { ConnectionShape, CurrentActor, Roles, Transactions } from '@sixcan/server-core';
import { isOrganizer } from '../access';
import { AssignmentPreviewModel } from '../results/results.models';
import {
  AssignmentConnection,
  AssignmentModel,
  MyAssignmentsArgs,
  RoundAssignmentsArgs,
} from './assignment.models';
import { AssignmentService } from './assignment.service';
import { AssignmentViews } from './assignment-views';
import { PreviewService } from './preview.service';
import { ReassignService } from './reassign.service';
import { ReviewAssignment } from './review-assignment.entity';

@Resolver(() => AssignmentModel)
export class AssignmentResolver {
  constructor(
    private readonly assignments: AssignmentService,
    private readonly reassigns: ReassignService,
    private readonly previews: PreviewService,
    private readonly views: AssignmentViews,
    private readonly tx: Transactions,
  ) {}

  @Query(() => AssignmentConnection, { description: 'The signed-in reviewer’s own assignments.' })
  @Roles(Role.REVIEWER)
  async myAssignments(
    @CurrentActor() actor: Actor,
    @Args() args: MyAssignmentsArgs,
  ): Promise<AssignmentConnection> {
    const { page, reviewer } = await this.assignments.mine(actor, args);
    return this.connection(actor, page, reviewer?.id ?? null);
  }

  @Query(() => AssignmentModel, {
    nullable: true,
    description:
      'The next own assignment in an open round without a submitted review (deadline, then list order).',
  })
  @Roles(Role.REVIEWER)
  async nextAssignment(
    @CurrentActor() actor: Actor,
    @Args('roundId', { type: () => ID, nullable: true }) roundId?: string,
  ): Promise<AssignmentModel | null> {
    const { assignment, reviewer } = await this.assignments.next(actor, roundId);
    return assignment ? this.one(actor, assignment, reviewer?.id ?? null) : null;
  }

  @Query(() => AssignmentModel, {
    description: 'One own assignment (reviewer) or any of the organisation (organizer).',
  })
  @Roles(Role.ORGANIZER, Role.REVIEWER)
  async assignment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssignmentModel> {
    const { assignment, reviewer } = await this.assignments.get(actor, id);
    return this.one(actor, assignment, reviewer?.id ?? null);
  }

  @Query(() => AssignmentConnection, {
    description: 'A round’s assignments, for organizers (vacant ones to reassign).',
  })
  @Roles(Role.ORGANIZER)
  async roundAssignments(
    @CurrentActor() actor: Actor,
    @Args() args: RoundAssignmentsArgs,
  ): Promise<AssignmentConnection> {
    return this.connection(actor, await this.reassigns.list(actor, args), null);
  }

  @Query(() => AssignmentPreviewModel, { description: 'What opening a DRAFT round would assign.' })
  @Roles(Role.ORGANIZER)
  async assignmentPreview(
    @CurrentActor() actor: Actor,
    @Args('roundId', { type: () => ID }) roundId: string,
  ): Promise<AssignmentPreviewModel> {
    return this.previews.preview(actor, roundId);
  }

  @Mutation(() => AssignmentModel, {
    description:
      'Moves an assignment to another reviewer (same rules as the assignment; not after submission).',
  })
  @Roles(Role.ORGANIZER)
  async reassignReview(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('reviewerProfileId', { type: () => ID }) reviewerProfileId: string,
  ): Promise<AssignmentModel> {
    return this.one(actor, await this.reassigns.reassign(actor, assignmentId, reviewerProfileId), null);
  }

  @Mutation(() => AssignmentModel, {
    description: 'The reviewer declares having no conflict: scoring may start.',
  })
  @Roles(Role.REVIEWER)
  async declareNoConflict(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
  ): Promise<AssignmentModel> {
    const a = await this.assignments.declareNoConflict(actor, assignmentId);
    return this.one(actor, a, a.reviewerProfileId);
  }

  @Mutation(() => AssignmentModel, {
    description:
      'The reviewer declares a conflict: they stop scoring the project and an organizer reassigns it.',
  })
  @Roles(Role.REVIEWER)
  async declareConflict(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('reason') reason: string,
  ): Promise<AssignmentModel> {
    const a = await this.assignments.declareConflict(actor, assignmentId, reason);
    return this.one(actor, a, a.reviewerProfileId);
  }

  private async one(actor: Actor, a: ReviewAssignment, me: string | null): Promise<AssignmentModel> {
    const [model] = await this.tx.read((em) =>
      this.views.build(em, actor.organizationId, [a], {
        reviewerProfileId: me,
        organizer: isOrganizer(actor),
      }),
    );
    return model as AssignmentModel;
  }

  private async connection(
    actor: Actor,
    page: ConnectionShape<ReviewAssignment>,
    me: string | null,
  ): Promise<AssignmentConnection> {
    const models = await this.tx.read((em) =>
      this.views.build(
        em,
        actor.organizationId,
        page.edges.map((e) => e.node),
        { reviewerProfileId: me, organizer: isOrganizer(actor) && !me },
      ),
    );
    const byId = new Map(models.map((m) => [m.id, m]));
    return {
      ...page,
      edges: page.edges.flatMap((e) => {
        const node = byId.get(e.node.id);
        return node ? [{ cursor: e.cursor, node }] : [];
      }),
    };
  }
}
