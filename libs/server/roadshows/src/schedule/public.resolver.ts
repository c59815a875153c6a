import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@sixcan/server-core';
import { PublicRoadshowModel } from './public.models';
import { PublicSchedule } from './public.service';

@Resolver()
export class PublicScheduleResolver {
  constructor(private readonly schedule: PublicSchedule) {}

  @Query(() => PublicRoadshowModel, {
    description: 'The public schedule of a published, live or ended roadshow (anyone; no personal data).',
  })
  @Public()
  publicRoadshow(@Args('id', { type: () => ID }) id: string): Promise<PublicRoadshowModel> {
    return this.schedule.get(id);
  }
}
