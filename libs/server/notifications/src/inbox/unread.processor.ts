import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayloads, JobProcessor, LiveEvents } from '@sixcan/server-core';
import { UnreadChanged, unreadTopic } from './unread-topic';

/**
 * After notifications committed: tells each recipient's subscriptions that their unread count changed (each
 * subscription then reads its own count, in its organisation). Running twice only repeats the signals.
 */
@Injectable()
@JobProcessor('notifications.unread')
export class UnreadCountProcessor implements JobHandler<'notifications.unread'> {
  constructor(private readonly live: LiveEvents) {}

  async handle(payload: JobPayloads['notifications.unread']): Promise<string> {
    const recipients = 'recipients' in payload ? payload.recipients : [payload];
    await Promise.all(
      recipients.map(({ userId, organizationId }) =>
        this.live.publish(unreadTopic(userId), { organizationId } satisfies UnreadChanged),
      ),
    );
    return `${recipients.length} published`;
  }
}
