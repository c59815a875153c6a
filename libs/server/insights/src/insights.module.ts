import { Module } from '@nestjs/common';
import { AuditTrailModule } from './audit/audit.module';
import { DashboardJobsModule, DashboardModule } from './dashboard/dashboard.module';
import { ReportJobsModule, ReportModule } from './report/report.module';

/**
 * Insights: the programme dashboard, the bureau report and the audit trail. A read model over every context's tables, so it
 * queries them in SQL and imports no other context. The GraphQL side, imported by the API.
 */
@Module({ imports: [DashboardModule, ReportModule, AuditTrailModule] })
export class InsightsModule {}

/** The insights jobs, imported by the worker. */
@Module({ imports: [DashboardJobsModule, ReportJobsModule] })
export class InsightsJobsModule {}
