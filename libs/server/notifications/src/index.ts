export { NOTIFICATIONS_ENTITIES } from './entities';
export { NotificationsJobsModule, NotificationsModule } from './notifications.module';
