import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Actor, ALL_ROLES } from '@sixcan/domain';
import { CurrentActor, LiveEvents, Roles } from '@sixcan/server-core';
import { InboxService } from './inbox.service';
import { liveValues } from './live-count';
import {
  MarkNotificationsReadArgs,
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationsArgs,
} from './notification.models';
import { UnreadChanged, unreadTopic } from './unread-topic';

@Resolver()
export class InboxResolver {
  constructor(
    private readonly inbox: InboxService,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => NotificationConnection, {
    description:
      'The signed-in user’s notifications in the current organisation (and account notifications), newest first.',
  })
  @Roles(...ALL_ROLES)
  notifications(
    @CurrentActor() actor: Actor,
    @Args() args: NotificationsArgs,
  ): Promise<NotificationConnection> {
    return this.inbox.list(actor, args);
  }

  @Query(() => Int, { description: 'How many of the signed-in user’s notifications are unread.' })
  @Roles(...ALL_ROLES)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.inbox.unreadCount(actor);
  }

  @Mutation(() => MarkNotificationsReadPayload, {
    description:
      'Marks the named notifications (or all: true, every unread one) as read. Ids that are not the user’s answer NOT_FOUND.',
  })
  @Roles(...ALL_ROLES)
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args() args: MarkNotificationsReadArgs,
  ): Promise<MarkNotificationsReadPayload> {
    return this.inbox.markRead(actor, args);
  }

  @Subscription(() => Int, {
    description:
      'The signed-in user’s unread count: at once when subscribing, then after every new notification or mark-read (in this organisation or account-wide).',
    resolve: (value: number) => value,
  })
  @Roles(...ALL_ROLES)
  unreadNotificationCountUpdated(@CurrentActor() actor: Actor): AsyncIterableIterator<number> {
    return liveValues(
      this.live.subscribe<UnreadChanged>(unreadTopic(actor.userId)),
      () => this.inbox.unreadCount(actor),
      (e) => e.organizationId === null || e.organizationId === actor.organizationId,
      () => this.inbox.unreadCount(actor),
    );
  }
}
