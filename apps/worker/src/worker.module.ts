import { Module } from '@nestjs/common';
import { CoreModule, WorkerCoreModule } from '@sixcan/server-core';
import { IdentityModule } from '@sixcan/server-identity';
import { InsightsJobsModule } from '@sixcan/server-insights';
import { ProgrammesJobsModule } from '@sixcan/server-programmes';
import { MatchingJobsModule } from '@sixcan/server-matching';
import { NotificationsJobsModule } from '@sixcan/server-notifications';
import { HandbookJobsModule, RoadshowsJobsModule } from '@sixcan/server-roadshows';
import { ScreeningJobsModule } from '@sixcan/server-screening';

@Module({
  imports: [
    CoreModule.forRoot({ applicationName: 'sixcan-worker' }),
    WorkerCoreModule,
    IdentityModule,
    ProgrammesJobsModule,
    ScreeningJobsModule,
    MatchingJobsModule,
    HandbookJobsModule,
    RoadshowsJobsModule,
    InsightsJobsModule,
    NotificationsJobsModule,
  ],
})
export class WorkerModule {}
