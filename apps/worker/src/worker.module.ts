import { Module } from '@nestjs/common';
import { CoreModule, WorkerCoreModule } from '@sixcan/server-core';
import { IdentityModule } from '@sixcan/server-identity';
import { ProgrammesJobsModule } from '@sixcan/server-programmes';
import { ScreeningJobsModule } from '@sixcan/server-screening';

@Module({
  imports: [
    CoreModule.forRoot({ applicationName: 'sixcan-worker' }),
    WorkerCoreModule,
    IdentityModule,
    ProgrammesJobsModule,
    ScreeningJobsModule,
  ],
})
export class WorkerModule {}
