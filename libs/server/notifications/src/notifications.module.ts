import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InboxResolver } from './inbox/inbox.resolver';
import { InboxService } from './inbox/inbox.service';
import { UnreadCountProcessor } from './inbox/unread.processor';
import { PreferencesResolver } from './preferences/preferences.resolver';
import { PreferencesService } from './preferences/preferences.service';
import { WebhookDeliveries } from './webhooks/deliveries.service';
import { DeliverWebhookProcessor } from './webhooks/deliver.processor';
import { WebhookEndpoints } from './webhooks/endpoints.service';
import { WebhookFanOut } from './webhooks/fan-out';
import { WEBHOOK_ENTITIES } from './webhooks/webhook.entities';
import {
  WebhookDeliveryResolver,
  WebhookEndpointResolver,
  WebhookEndpointsResolver,
} from './webhooks/webhooks.resolver';

/**
 * In-app notifications (written by core's MailService with every e-mail to a user), e-mail preferences and
 * webhooks. The GraphQL side, imported by the API.
 */
@Module({
  imports: [TypeOrmModule.forFeature(WEBHOOK_ENTITIES)],
  providers: [
    InboxService,
    InboxResolver,
    PreferencesService,
    PreferencesResolver,
    WebhookEndpoints,
    WebhookDeliveries,
    WebhookEndpointsResolver,
    WebhookEndpointResolver,
    WebhookDeliveryResolver,
  ],
})
export class NotificationsModule {}

/**
 * The worker side: webhook fan-out of dispatched domain events, webhook delivery attempts, and the unread
 * count signal after new notifications.
 */
@Module({
  imports: [TypeOrmModule.forFeature(WEBHOOK_ENTITIES)],
  providers: [WebhookFanOut, DeliverWebhookProcessor, UnreadCountProcessor],
})
export class NotificationsJobsModule {}
