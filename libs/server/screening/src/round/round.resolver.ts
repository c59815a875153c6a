import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Decision, Role } from '@sixcan/domain';
import { CurrentActor, DomainError, Loaders, Roles, Transactions } from '@sixcan/server-core';
import { RoundResultModel } from '../results/results.models';
import { ResultsService } from '../results/results.service';
import { RoundLifecycle } from './round-lifecycle.service';
import {
  ScreeningRoundInput,
  ScreeningRoundModel,
  ScreeningRoundUpdateInput,
  toRoundModel,
} from './round.models';
import { RoundService } from './round.service';
import { ScreeningRound } from './screening-round.entity';

@Resolver(() => ScreeningRoundModel)
export class RoundResolver {
  constructor(
    private readonly rounds: RoundService,
    private readonly lifecycle: RoundLifecycle,
    private readonly results: ResultsService,
    private readonly tx: Transactions,
  ) {}

  @Query(() => [ScreeningRoundModel], {
    description: 'Rounds of a programme; a reviewer sees the rounds they have assignments in.',
  })
  @Roles(Role.ORGANIZER, Role.REVIEWER)
  async screeningRounds(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): Promise<ScreeningRoundModel[]> {
    return (await this.rounds.list(actor, programmeId)).map(toRoundModel);
  }

  @Query(() => ScreeningRoundModel)
  @Roles(Role.ORGANIZER, Role.REVIEWER)
  async screeningRound(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toRoundModel(await this.rounds.get(actor, id));
  }

  @Mutation(() => ScreeningRoundModel, {
    description: 'Creates the next round (DRAFT); round r only once round r − 1 is decided.',
  })
  @Roles(Role.ORGANIZER)
  async createScreeningRound(@CurrentActor() actor: Actor, @Args('input') input: ScreeningRoundInput) {
    return toRoundModel(await this.rounds.create(actor, input));
  }

  @Mutation(() => ScreeningRoundModel, { description: 'Changes a DRAFT round.' })
  @Roles(Role.ORGANIZER)
  async updateScreeningRound(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ScreeningRoundUpdateInput,
  ) {
    return toRoundModel(await this.rounds.update(actor, id, input));
  }

  @Mutation(() => ScreeningRoundModel, {
    description:
      'Checks the assignment can be made (else VALIDATION naming the shortfall) and runs it as a job; the round is OPEN when assignmentJob is DONE.',
  })
  @Roles(Role.ORGANIZER)
  async openScreeningRound(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toRoundModel(await this.lifecycle.open(actor, id));
  }

  @Mutation(() => ScreeningRoundModel, { description: 'Ends scoring.' })
  @Roles(Role.ORGANIZER)
  async closeScreeningRound(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toRoundModel(await this.lifecycle.close(actor, id));
  }

  @Mutation(() => ScreeningRoundModel, {
    description:
      'Applies the final decisions of a CLOSED round: advanced projects go on (or are shortlisted after the last round), the others are rejected; applicants are e-mailed.',
  })
  @Roles(Role.ORGANIZER)
  async decideScreeningRound(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toRoundModel(await this.lifecycle.decide(actor, id));
  }

  @Mutation(() => RoundResultModel, {
    description: 'Overrides the proposal for a project of a CLOSED round.',
  })
  @Roles(Role.ORGANIZER)
  async overrideDecision(
    @CurrentActor() actor: Actor,
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('decision', { type: () => Decision }) decision: Decision,
    @Args('reason') reason: string,
  ): Promise<RoundResultModel> {
    const round = await this.lifecycle.override(actor, roundId, projectId, decision, reason);
    const result = await this.tx.read((em) => this.results.one(em, round, projectId));
    if (!result) throw DomainError.notFound('Project in this round');
    return result;
  }

  @ResolveField(() => Int, { description: 'Projects in the round (for a draft: those it would take).' })
  async projectCount(@Parent() r: ScreeningRoundModel): Promise<number> {
    return this.tx.read(async (em) =>
      this.rounds.projectCount(em, await em.findOneByOrFail(ScreeningRound, { id: r.id })),
    );
  }

  @ResolveField(() => Int, { description: 'All assignments for organizers; a reviewer’s own for them.' })
  async assignmentCount(
    @Parent() r: ScreeningRoundModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<number> {
    return (await this.counts(r, actor, loaders)).assignments;
  }

  @ResolveField(() => Int, { description: 'Submitted reviews (a reviewer: their own).' })
  async submittedReviewCount(
    @Parent() r: ScreeningRoundModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<number> {
    return (await this.counts(r, actor, loaders)).submitted;
  }

  private counts(r: ScreeningRoundModel, actor: Actor, loaders: Loaders) {
    return loaders
      .get<string, { assignments: number; submitted: number }>('round-counts', (ids) =>
        this.tx.read(async (em) => {
          const map = await this.rounds.counts(em, actor, ids);
          return ids.map((id) => map.get(id) ?? { assignments: 0, submitted: 0 });
        }),
      )
      .load(r.id);
  }
}
