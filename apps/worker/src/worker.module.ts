import { Module } from '@nestjs/common';
import { CoreModule, WorkerCoreModule } from '@sixcan/server-core';

@Module({
  imports: [CoreModule.forRoot({ applicationName: 'sixcan-worker' }), WorkerCoreModule],
})
export class WorkerModule {}
