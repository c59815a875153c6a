export { INSIGHTS_ENTITIES } from './entities';
export { InsightsJobsModule, InsightsModule } from './insights.module';
export { InsightsService } from './dashboard/insights.service';
export type { InsightsOptions } from './dashboard/insights.service';
export { INSIGHTS_SECTIONS } from './dashboard/insights-queries';
export type { InsightsSection } from './dashboard/insights-queries';
export * from './dashboard/insights.models';
export { seedInsights } from './dashboard/seed';
