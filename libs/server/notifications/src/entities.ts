/** The notifications tables, for the data source. */
export const NOTIFICATIONS_ENTITIES: (new () => object)[] = [];
