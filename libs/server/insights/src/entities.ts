import { EntitySchema } from 'typeorm';

type EntityTarget = (new () => object) | EntitySchema;

/** The insights tables (aggregates, report jobs), for the data source. */
export const INSIGHTS_ENTITIES: EntityTarget[] = [];
