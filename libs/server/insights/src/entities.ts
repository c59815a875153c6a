import { DASHBOARD_ENTITIES } from './dashboard/programme-insights.entity';
import { ProgrammeReport } from './report/programme-report.entity';

/** The insights tables (aggregates, report jobs), for the data source. */
export const INSIGHTS_ENTITIES: (new () => object)[] = [ProgrammeReport, ...DASHBOARD_ENTITIES];
