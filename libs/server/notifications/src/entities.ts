import { EntitySchema } from 'typeorm';

type EntityTarget = (new () => object) | EntitySchema;

/** The notifications tables, for the data source. */
export const NOTIFICATIONS_ENTITIES: EntityTarget[] = [];
