import { WEBHOOK_ENTITIES } from './webhooks/webhook.entities';

/** The notifications tables, for the data source (in-app notifications and preferences are core's). */
export const NOTIFICATIONS_ENTITIES: (new () => object)[] = [...WEBHOOK_ENTITIES];
