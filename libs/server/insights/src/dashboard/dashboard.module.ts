import { Module } from '@nestjs/common';

/** The programme dashboard: funnel, breakdowns, investment and trends, from aggregates refreshed by jobs. */
@Module({})
export class DashboardModule {}

/** The dashboard's jobs (aggregate refresh), imported by the worker. */
@Module({})
export class DashboardJobsModule {}
