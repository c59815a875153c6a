import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayloads, JobProcessor, LiveEvents } from '@sixcan/server-core';
import { UnreadChanged, unreadTopic } from './unread-topic';

/**
 * After a notification committed: tells the user's subscriptions that their unread count changed (each
 * subscription then reads its own count, in its organisation). Running twice only repeats the signal.
 */
@Injectable()
@JobProcessor('notifications.unread')
export class UnreadCountProcessor implements JobHandler<'notifications.unread'> {
  constructor(private readonly live: LiveEvents) {}

  async handle({ userId, organizationId }: JobPayloads['notifications.unread']): Promise<string> {
    const payload: UnreadChanged = { organizationId };
    await this.live.publish(unreadTopic(userId), payload);
    return 'published';
  }
}
