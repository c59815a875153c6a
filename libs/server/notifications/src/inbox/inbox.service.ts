import { Injectable } from '@nestjs/common';
import { Actor, Locale } from '@sixcan/domain';
import {
  ConnectionShape,
  DomainError,
  InAppNotification,
  LiveEvents,
  MemberDirectory,
  paginate,
  Transactions,
} from '@sixcan/server-core';
import { Brackets, EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import {
  MarkNotificationsReadArgs,
  MarkNotificationsReadPayload,
  NotificationModel,
  NotificationsArgs,
  readerLocale,
  toNotificationModel,
} from './notification.models';
import { UnreadChanged, unreadTopic } from './unread-topic';

/**
 * The signed-in user's notifications in their current organisation (plus account notifications, which show in
 * every organisation). Nobody reads or marks another user's notifications: a foreign id answers NOT_FOUND.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly tx: Transactions,
    private readonly directory: MemberDirectory,
    private readonly live: LiveEvents,
  ) {}

  list(actor: Actor, args: NotificationsArgs): Promise<ConnectionShape<NotificationModel>> {
    return this.tx.read(async (em) => {
      const qb = this.mine(em, actor);
      if (args.unreadOnly) qb.andWhere('n.readAt IS NULL');
      const [page, locale] = await Promise.all([
        paginate(qb, args, [{ expression: 'n.createdAt', property: 'createdAt', direction: 'DESC' }]),
        this.localeOf(em, actor, args.locale),
      ]);
      return {
        ...page,
        edges: page.edges.map((e) => ({ cursor: e.cursor, node: toNotificationModel(e.node, locale) })),
      };
    });
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.tx.read((em) => this.countUnread(em, actor));
  }

  async markRead(actor: Actor, args: MarkNotificationsReadArgs): Promise<MarkNotificationsReadPayload> {
    const ids = [...new Set(args.ids ?? [])];
    if (!args.all && !ids.length)
      throw DomainError.validation('Name the notifications to mark read, or ask for all of them', [
        { field: 'ids', message: 'give ids or all: true' },
      ]);
    if (args.all && ids.length)
      throw DomainError.validation('Give either ids or all: true, not both', [
        { field: 'all', message: 'not with ids' },
      ]);
    const result = await this.tx.run(async (em) => {
      if (ids.length) {
        const found = await this.mine(em, actor).andWhere('n.id IN (:...ids)', { ids }).getCount();
        if (found !== ids.length) throw DomainError.notFound('Notification');
      }
      const qb = em
        .createQueryBuilder()
        .update(InAppNotification)
        .set({ readAt: () => 'now()' })
        .where('user_id = :user AND read_at IS NULL', { user: actor.userId })
        .andWhere(
          new Brackets((w) =>
            w
              .where('organization_id = :org', { org: actor.organizationId })
              .orWhere('organization_id IS NULL'),
          ),
        );
      if (ids.length) qb.andWhere('id IN (:...ids)', { ids });
      const updated = await qb.execute();
      const notifications = ids.length ? await em.find(InAppNotification, { where: { id: In(ids) } }) : [];
      const unreadCount = await this.countUnread(em, actor);
      const locale = await this.localeOf(em, actor, args.locale);
      const order = new Map(ids.map((id, i) => [id, i]));
      notifications.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      return {
        markedCount: updated.affected ?? 0,
        unreadCount,
        notifications: notifications.map((n) => toNotificationModel(n, locale)),
      };
    });
    if (result.markedCount) {
      // Account-wide notifications may be among them: every subscription of the user re-reads its count.
      const changed: UnreadChanged = { organizationId: null };
      await this.live.publish(unreadTopic(actor.userId), changed).catch(() => undefined);
    }
    return result;
  }

  /** The actor's notifications: their own, in their current organisation or account-wide. */
  private mine(em: EntityManager, actor: Actor): SelectQueryBuilder<InAppNotification> {
    return em
      .createQueryBuilder(InAppNotification, 'n')
      .where('n.userId = :user', { user: actor.userId })
      .andWhere(
        new Brackets((w) =>
          w
            .where('n.organizationId = :org', { org: actor.organizationId })
            .orWhere('n.organizationId IS NULL'),
        ),
      );
  }

  private async countUnread(em: EntityManager, actor: Actor): Promise<number> {
    return em.count(InAppNotification, {
      where: [
        { userId: actor.userId, organizationId: actor.organizationId, readAt: IsNull() },
        { userId: actor.userId, organizationId: IsNull(), readAt: IsNull() },
      ],
    });
  }

  private async localeOf(em: EntityManager, actor: Actor, given?: string | null): Promise<Locale> {
    if (given) return readerLocale(given, undefined);
    return readerLocale(null, (await this.directory.profileOf(em, actor.userId))?.locale);
  }
}
