import { Module } from '@nestjs/common';

/** In-app notifications, e-mail preferences and webhooks. The GraphQL side, imported by the API. */
@Module({})
export class NotificationsModule {}

/** Webhook deliveries, imported by the worker. */
@Module({})
export class NotificationsJobsModule {}
