import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoadshowIntentEvents } from '@sixcan/server-core';
import { RoadshowAccess } from './access';
import { CommentaryResolver } from './commentary/commentary.resolver';
import { CommentaryService } from './commentary/commentary.service';
import { ROADSHOW_EVENT_ENTITIES } from './entities';
import { CommentatorService } from './event/commentators.service';
import { RoadshowResolver } from './event/roadshow.resolver';
import { RoadshowService } from './event/roadshow.service';
import { RoadshowIntentTally } from './live/intent-events';
import { LiveNotifier } from './live/live-notifier';
import { LiveState } from './live/live-state';
import { LiveResolver } from './live/live.resolver';
import { RoadshowLive } from './live/live.service';
import { RoadshowLoaders } from './loaders';
import { RoadshowInvitations } from './publish/invitations';
import { RoadshowNotices } from './publish/notices';
import { PublishResolver } from './publish/publish.resolver';
import { RoadshowPublisher } from './publish/publish.service';
import { RoadshowReminderProcessor } from './publish/reminder.processor';
import { ReminderScheduler } from './publish/reminder-scheduler';
import { PublicScheduleResolver } from './schedule/public.resolver';
import { PublicSchedule } from './schedule/public.service';
import { RoadshowOrder } from './slot/order.service';
import { RoadshowPlanning } from './slot/planning.service';
import { SlotOrderResolver } from './slot/slot.resolver';

const SHARED = [RoadshowAccess, RoadshowPlanning, ReminderScheduler, RoadshowNotices];

/**
 * Roadshow events: settings and projects, the plan, publishing with calendar invitations and reminders, the
 * live console and its subscription, commentary and the public schedule. The GraphQL side, imported by the API;
 * needs a `RoadshowCatalog` (programmes) and answers `RoadshowIntentEvents` (told by matching).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(ROADSHOW_EVENT_ENTITIES)],
  providers: [
    ...SHARED,
    RoadshowService,
    CommentatorService,
    RoadshowOrder,
    RoadshowLoaders,
    RoadshowInvitations,
    RoadshowPublisher,
    LiveState,
    LiveNotifier,
    RoadshowLive,
    RoadshowIntentTally,
    { provide: RoadshowIntentEvents, useExisting: RoadshowIntentTally },
    CommentaryService,
    PublicSchedule,
    RoadshowResolver,
    SlotOrderResolver,
    PublishResolver,
    LiveResolver,
    CommentaryResolver,
    PublicScheduleResolver,
  ],
  exports: [RoadshowIntentEvents],
})
export class RoadshowsModule {}

/** The roadshow jobs (presenter and commentator reminders), imported by the worker. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(ROADSHOW_EVENT_ENTITIES)],
  providers: [...SHARED, RoadshowReminderProcessor],
})
export class RoadshowsJobsModule {}
