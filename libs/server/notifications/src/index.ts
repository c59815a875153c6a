export { NOTIFICATIONS_ENTITIES } from './entities';
export { NotificationsJobsModule, NotificationsModule } from './notifications.module';
export {
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
} from './webhooks/webhook.entities';
export { verifySignature } from './webhooks/signing';
export { webhookBody } from './webhooks/deliver.processor';
