import { Args, ID, Info, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles } from '@sixcan/server-core';
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { INSIGHTS_SECTIONS, InsightsSection } from './insights-queries';
import { InsightsLiveCountersModel, ProgrammeInsightsModel } from './insights.models';
import { InsightsService } from './insights.service';

@Resolver(() => ProgrammeInsightsModel)
export class InsightsResolver {
  constructor(private readonly insights: InsightsService) {}

  @Query(() => ProgrammeInsightsModel, {
    description:
      'The programme dashboard. By default the stored aggregates (source AGGREGATE), with when they were ' +
      'computed and whether something changed since (stale); before the first refresh, live figures. ' +
      '`fresh: true` computes them now from the records (source LIVE). Only the sections a query selects are ' +
      'read or computed.',
  })
  @Roles(Role.ORGANIZER)
  programmeInsights(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('fresh', { type: () => Boolean, nullable: true, defaultValue: false }) fresh: boolean | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProgrammeInsightsModel> {
    return this.insights.programmeInsights(actor, programmeId, {
      fresh: fresh === true,
      sections: sectionsOf(info),
    });
  }

  @Query(() => InsightsLiveCountersModel, {
    description:
      'Intents, bids, deals and agreements of the programme now (then subscribe to programmeInsightsUpdated).',
  })
  @Roles(Role.ORGANIZER)
  programmeLiveCounters(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): Promise<InsightsLiveCountersModel> {
    return this.insights.liveCounters(actor, programmeId);
  }

  @Mutation(() => ProgrammeInsightsModel, {
    description:
      'Recomputes the programme’s aggregates now, in this request, and answers them (AGGREGATE, not stale). ' +
      'Aggregates are also refreshed by a background job within about a minute of a change.',
  })
  @Roles(Role.ORGANIZER)
  refreshProgrammeInsights(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): Promise<ProgrammeInsightsModel> {
    return this.insights.refresh(actor, programmeId);
  }

  @Subscription(() => InsightsLiveCountersModel, {
    description:
      'Fresh live counters after changes of the programme (intents, bids, deal moves, agreements…); bursts are ' +
      'coalesced into one update per second at most.',
  })
  @Roles(Role.ORGANIZER)
  programmeInsightsUpdated(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): Promise<AsyncIterableIterator<unknown>> {
    return this.insights.watch(actor, programmeId);
  }
}

const SECTIONS = new Set<string>(INSIGHTS_SECTIONS);

/** The sections a query selects on the root field (through fragments too). */
export function sectionsOf(info: GraphQLResolveInfo): InsightsSection[] {
  const found = new Set<InsightsSection>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (SECTIONS.has(selection.name.value)) found.add(selection.name.value as InsightsSection);
      } else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else {
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        visit(fragment?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return INSIGHTS_SECTIONS.filter((s) => found.has(s));
}
