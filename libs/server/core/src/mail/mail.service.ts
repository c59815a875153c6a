import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Locale, LOCALES } from '@sixcan/domain';
import { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { MemberDirectory } from '../ports/directory';
import { Outbox, OutboxJob } from '../queue/outbox';
import { MailMessage } from './mail-message.entity';
import { MANDATORY_CATEGORIES, NotificationCategory } from './notification-category';
import { EmailPreference, InAppNotification, NotificationParams } from './notification.entity';
import { categoryOf, MailTemplate, secretParamsOf } from './templates';

/** A file sent with an e-mail (text content, e.g. an iCalendar invitation). */
export interface MailAttachment {
  filename: string;
  /** e.g. `text/calendar; method=REQUEST; charset=utf-8`. */
  contentType: string;
  content: string;
}

export interface MailRequest {
  to: string;
  template: MailTemplate;
  locale: Locale;
  params: Record<string, string>;
  attachments?: MailAttachment[];
  /**
   * The organisation the message is about: its in-app notification shows there. Null or absent for account
   * messages (shown in every organisation of the user).
   */
  organizationId?: string | null;
  /**
   * The recipient's user id when the caller knows it. Otherwise the user is looked up by the address among
   * the members of `organizationId`; a recipient without an account gets the e-mail only.
   */
  userId?: string | null;
  /** The object the message is about (for the in-app notification). */
  subject?: { type: string; id: string };
  /**
   * The params in another language, when the caller can give them: the in-app notification then reads in
   * the reader's current language, not only in the e-mail's.
   */
  paramsFor?: (locale: Locale) => Record<string, string>;
}

/** Requests written per statement by `queueAll` (well within PostgreSQL's parameter limit). */
const CHUNK = 500;

/**
 * Queues e-mail inside the caller's transaction; the worker sends it after commit. When the recipient is a
 * user of the platform, an in-app notification is written in the same transaction, and the e-mail is held
 * back (status SUPPRESSED) when the user turned its category off (never for SECURITY).
 */
@Injectable()
export class MailService {
  constructor(
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
    private readonly modules: ModuleRef,
  ) {}

  async queue(manager: EntityManager, request: MailRequest): Promise<MailMessage> {
    return (await this.queueAll(manager, [request]))[0] as MailMessage;
  }

  /**
   * Queues many e-mails at once (a round opening for its reviewers, say): the same rows as `queue` for each,
   * written with a few statements for the whole list rather than a few per e-mail. In the order given.
   */
  async queueAll(manager: EntityManager, requests: readonly MailRequest[]): Promise<MailMessage[]> {
    const out: MailMessage[] = [];
    for (let i = 0; i < requests.length; i += CHUNK)
      out.push(...(await this.queueChunk(manager, requests.slice(i, i + CHUNK))));
    return out;
  }

  private async queueChunk(manager: EntityManager, requests: readonly MailRequest[]): Promise<MailMessage[]> {
    if (!requests.length) return [];
    const recipients: {
      request: MailRequest;
      toAddress: string;
      category: NotificationCategory;
      organizationId: string | null;
      userId: string | null;
    }[] = [];
    for (const request of requests) {
      const toAddress = request.to.trim().toLowerCase();
      const organizationId = request.organizationId ?? null;
      recipients.push({
        request,
        toAddress,
        category: categoryOf(request.template),
        organizationId,
        userId: request.userId ?? (await this.userOf(manager, organizationId, toAddress)),
      });
    }
    const declined = await this.declined(
      manager,
      recipients.flatMap((r) => (r.userId ? [{ userId: r.userId, category: r.category }] : [])),
    );
    const values = recipients.map((r) => ({
      id: randomUUID(),
      toAddress: r.toAddress,
      template: r.request.template,
      locale: r.request.locale,
      params: r.request.params,
      attachments: r.request.attachments ?? [],
      status:
        r.userId && declined.has(`${r.userId} ${r.category}`) ? ('SUPPRESSED' as const) : ('QUEUED' as const),
    }));
    // One statement for the list (ids made here, so each row is matched to its request whatever the order).
    const inserted: { id: string; createdAt: Date; updatedAt: Date }[] = await manager.query(
      `INSERT INTO mail_message (id, to_address, template, locale, params, attachments, status)
       SELECT id, to_address, template, locale, params::jsonb, attachments::jsonb, status
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         AS t(id, to_address, template, locale, params, attachments, status)
       RETURNING id, created_at AS "createdAt", updated_at AS "updatedAt"`,
      [
        values.map((v) => v.id),
        values.map((v) => v.toAddress),
        values.map((v) => v.template),
        values.map((v) => v.locale),
        values.map((v) => JSON.stringify(v.params)),
        values.map((v) => JSON.stringify(v.attachments)),
        values.map((v) => v.status),
      ],
    );
    const stamps = new Map(inserted.map((row) => [row.id, row]));
    const messages = values.map((v) =>
      manager.create(MailMessage, {
        ...v,
        providerMessageId: null,
        sentAt: null,
        createdAt: stamps.get(v.id)?.createdAt,
        updatedAt: stamps.get(v.id)?.updatedAt,
      }),
    );
    const jobs: OutboxJob[] = [];
    const notifications: Omit<InAppNotification, 'id' | 'createdAt' | 'updatedAt' | 'readAt'>[] = [];
    recipients.forEach((r, i) => {
      const message = messages[i] as MailMessage;
      const emailed = message.status === 'QUEUED';
      if (emailed)
        jobs.push({
          name: 'mail.send',
          payload: { mailId: message.id },
          options: { jobId: `mail.send-${message.id}` },
        });
      if (!r.userId) return;
      notifications.push({
        userId: r.userId,
        organizationId: r.organizationId,
        category: r.category,
        template: r.request.template,
        locale: r.request.locale,
        params: this.paramsOf(r.request),
        link: this.pathOf(r.request.template, r.request.params['link']),
        objectType: r.request.subject?.type ?? null,
        objectId: r.request.subject?.id ?? null,
        mailId: message.id,
        emailed,
      });
    });
    // One signal for the chunk (each recipient once, in each organisation it is about), named after its first
    // notification's message.
    const signalled = new Map(notifications.map((n) => [`${n.userId} ${n.organizationId}`, n]));
    if (notifications.length)
      jobs.push({
        name: 'notifications.unread',
        payload: {
          recipients: [...signalled.values()].map((n) => ({
            userId: n.userId,
            organizationId: n.organizationId,
          })),
        },
        options: { jobId: `notifications.unread-${notifications[0]?.mailId}` },
      });
    if (notifications.length)
      await manager.query(
        `INSERT INTO notification (user_id, organization_id, category, template, locale, params, link,
           object_type, object_id, mail_id, emailed)
         SELECT user_id, organization_id, category, template, locale, params::jsonb, link, object_type,
           object_id, mail_id, emailed
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
           $8::text[], $9::text[], $10::uuid[], $11::boolean[])
           AS t(user_id, organization_id, category, template, locale, params, link, object_type, object_id,
             mail_id, emailed)`,
        [
          notifications.map((n) => n.userId),
          notifications.map((n) => n.organizationId),
          notifications.map((n) => n.category),
          notifications.map((n) => n.template),
          notifications.map((n) => n.locale),
          notifications.map((n) => JSON.stringify(n.params)),
          notifications.map((n) => n.link),
          notifications.map((n) => n.objectType),
          notifications.map((n) => n.objectId),
          notifications.map((n) => n.mailId),
          notifications.map((n) => n.emailed),
        ],
      );
    await this.outbox.enqueueAll(manager, jobs);
    return messages;
  }

  /** `<userId> <category>` of those who turned the category's e-mail off (never SECURITY), in one query. */
  private async declined(
    manager: EntityManager,
    wanted: { userId: string; category: NotificationCategory }[],
  ): Promise<Set<string>> {
    const optional = wanted.filter((w) => !MANDATORY_CATEGORIES.includes(w.category));
    if (!optional.length) return new Set();
    const rows: { user_id: string; category: string }[] = await manager.query(
      `SELECT p.user_id, p.category FROM email_preference p
       JOIN unnest($1::uuid[], $2::text[]) AS w(user_id, category) USING (user_id, category)
       WHERE NOT p.email_enabled`,
      [optional.map((w) => w.userId), optional.map((w) => w.category)],
    );
    return new Set(rows.map((r) => `${r.user_id} ${r.category}`));
  }

  /** Whether the user receives the e-mails of the category (SECURITY always). */
  async wantsEmail(manager: EntityManager, userId: string, category: NotificationCategory): Promise<boolean> {
    if (MANDATORY_CATEGORIES.includes(category)) return true;
    const preference = await manager.findOneBy(EmailPreference, { userId, category });
    return preference?.emailEnabled ?? true;
  }

  private async userOf(
    manager: EntityManager,
    organizationId: string | null,
    email: string,
  ): Promise<string | null> {
    if (!organizationId) return null;
    // Resolved when used: the directory (identity) itself queues mail through this service.
    let directory: MemberDirectory;
    try {
      directory = this.modules.get(MemberDirectory, { strict: false });
    } catch {
      return null; // a process without the identity context (some tests): e-mail only
    }
    return directory.memberIdByEmail(manager, organizationId, email);
  }

  private paramsOf(request: MailRequest): NotificationParams {
    const secret = secretParamsOf(request.template);
    const strip = (params: Record<string, string>) =>
      Object.fromEntries(Object.entries(params).filter(([key]) => !secret.includes(key)));
    const out: NotificationParams = { [request.locale]: strip(request.params) };
    if (request.paramsFor)
      for (const locale of LOCALES)
        if (locale !== request.locale) out[locale] = strip(request.paramsFor(locale));
    return out;
  }

  /** A link into the web app as a relative path (null for other sites and secret links). */
  private pathOf(template: MailTemplate, link: string | undefined): string | null {
    if (!link || secretParamsOf(template).includes('link')) return null;
    try {
      const url = new URL(link);
      const base = new URL(this.config.env.PUBLIC_URL);
      const root = base.pathname.replace(/\/$/, '');
      if (url.origin !== base.origin || !url.pathname.startsWith(`${root}/`)) return null;
      return `${url.pathname.slice(root.length)}${url.search}${url.hash}`;
    } catch {
      return null;
    }
  }
}
