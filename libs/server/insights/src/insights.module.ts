import { Module } from '@nestjs/common';
import { DashboardJobsModule, DashboardModule } from './dashboard/dashboard.module';
import { ReportJobsModule, ReportModule } from './report/report.module';

/**
 * Insights: the programme dashboard and the bureau report. A read model over every context's tables, so it
 * queries them in SQL and imports no other context. The GraphQL side, imported by the API.
 */
@Module({ imports: [DashboardModule, ReportModule] })
export class InsightsModule {}

/** The insights jobs, imported by the worker. */
@Module({ imports: [DashboardJobsModule, ReportJobsModule] })
export class InsightsJobsModule {}
