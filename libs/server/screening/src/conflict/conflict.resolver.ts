import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles, ScreeningIntake, Transactions } from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { ReviewAssignment } from '../assignment/review-assignment.entity';
import { ConflictResolution } from '../graphql-enums';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { activeLoads } from '../reviewer/reviewer-models';
import { toReviewerModel } from '../reviewer/reviewer.models';
import { ConflictOfInterest } from './conflict.entity';
import { ConflictConnection, ConflictModel, ConflictsArgs } from './conflict.models';
import { ConflictService } from './conflict.service';

@Resolver(() => ConflictModel)
export class ConflictResolver {
  constructor(
    private readonly service: ConflictService,
    private readonly intake: ScreeningIntake,
    private readonly tx: Transactions,
  ) {}

  @Query(() => ConflictConnection, { description: 'Conflicts of interest, newest first.' })
  @Roles(Role.ORGANIZER)
  async conflicts(@CurrentActor() actor: Actor, @Args() args: ConflictsArgs): Promise<ConflictConnection> {
    const page = await this.service.list(actor, args);
    const models = await this.models(
      actor,
      page.edges.map((e) => e.node),
    );
    return {
      ...page,
      edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: models[i] as ConflictModel })),
    };
  }

  @Mutation(() => ConflictModel, {
    description: 'Records a conflict (CONFIRMED); open assignments of the pair wait for reassignment.',
  })
  @Roles(Role.ORGANIZER)
  async addConflict(
    @CurrentActor() actor: Actor,
    @Args('reviewerProfileId', { type: () => ID }) reviewerProfileId: string,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('reason') reason: string,
  ): Promise<ConflictModel> {
    return (
      await this.models(actor, [await this.service.add(actor, reviewerProfileId, projectId, reason)])
    )[0] as ConflictModel;
  }

  @Mutation(() => ConflictModel, {
    description:
      'Confirms or dismisses a detected conflict; a dismissed one stays dismissed when found again.',
  })
  @Roles(Role.ORGANIZER)
  async resolveConflict(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('resolution', { type: () => ConflictResolution }) resolution: ConflictResolution,
  ): Promise<ConflictModel> {
    return (
      await this.models(actor, [await this.service.resolve(actor, id, resolution)])
    )[0] as ConflictModel;
  }

  private models(actor: Actor, rows: ConflictOfInterest[]): Promise<ConflictModel[]> {
    return this.tx.read(async (em: EntityManager) => {
      if (!rows.length) return [];
      const [profiles, details, vacant] = await Promise.all([
        em.findBy(ReviewerProfile, { id: In([...new Set(rows.map((r) => r.reviewerProfileId))]) }),
        this.intake.details(em, actor.organizationId, [...new Set(rows.map((r) => r.projectId))]),
        em.find(ReviewAssignment, {
          where: { conflictId: In(rows.map((r) => r.id)) },
          select: { id: true, conflictId: true },
        }),
      ]);
      const loads = await activeLoads(
        em,
        profiles.map((p) => p.id),
      );
      const profile = new Map(profiles.map((p) => [p.id, p]));
      const title = new Map(details.map((d) => [d.id, d.title]));
      const assignment = new Map(vacant.map((a) => [a.conflictId, a.id]));
      return rows.flatMap((c) => {
        const p = profile.get(c.reviewerProfileId);
        if (!p) return [];
        const t = title.get(c.projectId);
        return [
          {
            id: c.id,
            reviewer: toReviewerModel(p, loads.get(p.id) ?? 0),
            projectId: c.projectId,
            projectTitle: { zh: t?.zh ?? null, en: t?.en ?? null },
            roundId: c.roundId,
            assignmentId: assignment.get(c.id) ?? null,
            source: c.source,
            kind: c.kind,
            status: c.status,
            reason: c.reason,
            createdAt: c.createdAt,
            resolvedAt: c.resolvedAt,
          },
        ];
      });
    });
  }
}
