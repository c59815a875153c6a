import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DASHBOARD_ENTITIES } from './programme-insights.entity';
import { InsightsResolver } from './insights.resolver';
import { InsightsService } from './insights.service';
import { InsightsSchedule, RefreshInsightsProcessor, SweepInsightsProcessor } from './refresh.processor';

/** The programme dashboard: funnel, breakdowns, investment and trends, from aggregates refreshed by jobs. */
@Module({
  imports: [TypeOrmModule.forFeature(DASHBOARD_ENTITIES)],
  providers: [InsightsService, InsightsResolver],
  exports: [InsightsService],
})
export class DashboardModule {}

/** The dashboard's jobs (aggregate refresh and the sweep that queues it), imported by the worker. */
@Module({
  imports: [TypeOrmModule.forFeature(DASHBOARD_ENTITIES)],
  providers: [RefreshInsightsProcessor, SweepInsightsProcessor, InsightsSchedule],
})
export class DashboardJobsModule {}
