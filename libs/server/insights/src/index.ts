export { INSIGHTS_ENTITIES } from './entities';
export { InsightsJobsModule, InsightsModule } from './insights.module';
