import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { ConnectionShape, CurrentActor, Roles } from '@sixcan/server-core';
import {
  HandbookJobConnection,
  HandbookJobModel,
  HandbookJobsArgs,
  HandbookOptionsInput,
  toHandbookJobModel,
} from './handbook.models';
import { HandbookService } from './handbook.service';

@Resolver(() => HandbookJobModel)
export class HandbookResolver {
  constructor(private readonly handbooks: HandbookService) {}

  @Mutation(() => HandbookJobModel, {
    description:
      'Writes the programme handbook (bilingual PDF and XLSX of the shortlisted, roadshow and published projects) as a job; poll handbookJob for progress and the files.',
  })
  @Roles(Role.ORGANIZER)
  async generateHandbook(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('options', { type: () => HandbookOptionsInput, nullable: true }) options?: HandbookOptionsInput,
  ): Promise<HandbookJobModel> {
    return toHandbookJobModel(await this.handbooks.generate(actor, programmeId, options));
  }

  @Query(() => HandbookJobModel)
  @Roles(Role.ORGANIZER)
  async handbookJob(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<HandbookJobModel> {
    return toHandbookJobModel(await this.handbooks.get(actor, id));
  }

  @Query(() => HandbookJobConnection, { description: 'Handbooks of a programme, newest first.' })
  @Roles(Role.ORGANIZER)
  async handbookJobs(
    @CurrentActor() actor: Actor,
    @Args() args: HandbookJobsArgs,
  ): Promise<ConnectionShape<HandbookJobModel>> {
    const page = await this.handbooks.list(actor, args.programmeId, args);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toHandbookJobModel(e.node) })),
    };
  }
}
