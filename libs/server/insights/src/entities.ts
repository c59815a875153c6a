/** The insights tables (aggregates, report jobs), for the data source. */
export const INSIGHTS_ENTITIES: (new () => object)[] = [];
