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
import { EmailPreference, NotificationParams } from './notification.entity';
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

/** Requests written per statement by `queueAll`. */
const CHUNK = 500;

/** One request of a chunk as the statement of `queueChunk` reads it (`json_to_recordset`). */
interface ChunkRow {
  id: string;
  to_address: string;
  template: MailTemplate;
  locale: Locale;
  params: Record<string, string>;
  attachments: MailAttachment[];
  user_id: string | null;
  organization_id: string | null;
  category: NotificationCategory;
  /** Whether the user can turn the category's e-mail off (not SECURITY). */
  optional: boolean;
  /** The in-app notification's params (per locale), for a user of the platform. */
  notification: NotificationParams | null;
  link: string | null;
  object_type: string | null;
  object_id: string | null;
}

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
    const rows: ChunkRow[] = [];
    for (const request of requests) {
      const toAddress = request.to.trim().toLowerCase();
      const organizationId = request.organizationId ?? null;
      const category = categoryOf(request.template);
      const userId = request.userId ?? (await this.userOf(manager, organizationId, toAddress));
      rows.push({
        id: randomUUID(),
        to_address: toAddress,
        template: request.template,
        locale: request.locale,
        params: request.params,
        attachments: request.attachments ?? [],
        user_id: userId,
        organization_id: organizationId,
        category,
        optional: !MANDATORY_CATEGORIES.includes(category),
        notification: userId ? this.paramsOf(request) : null,
        link: this.pathOf(request.template, request.params['link']),
        object_type: request.subject?.type ?? null,
        object_id: request.subject?.id ?? null,
      });
    }
    // One statement for the chunk: the e-mail rows (held back where the user turned the category off) and the
    // notifications of the recipients who are users of the platform. The ids are made here, so each row is
    // matched to its request whatever the order.
    const inserted: { id: string; status: MailMessage['status']; createdAt: Date; updatedAt: Date }[] =
      await manager.query(
        `WITH input AS (
           SELECT * FROM json_to_recordset($1::json) AS t(id uuid, to_address text, template text, locale text,
             params jsonb, attachments jsonb, user_id uuid, organization_id uuid, category text, optional boolean,
             notification jsonb, link text, object_type text, object_id text)
         ), decided AS (
           SELECT i.*, CASE WHEN i.optional AND EXISTS (
               SELECT 1 FROM email_preference p
               WHERE p.user_id = i.user_id AND p.category = i.category AND NOT p.email_enabled)
             THEN 'SUPPRESSED' ELSE 'QUEUED' END AS status
           FROM input i
         ), mail AS (
           INSERT INTO mail_message (id, to_address, template, locale, params, attachments, status)
           SELECT id, to_address, template, locale, params, attachments, status FROM decided
           RETURNING id, status, created_at AS "createdAt", updated_at AS "updatedAt"
         ), notified AS (
           INSERT INTO notification (user_id, organization_id, category, template, locale, params, link,
             object_type, object_id, mail_id, emailed)
           SELECT user_id, organization_id, category, template, locale, notification, link, object_type,
             object_id, id, status = 'QUEUED'
           FROM decided WHERE user_id IS NOT NULL
         )
         SELECT * FROM mail`,
        [JSON.stringify(rows)],
      );
    const stamps = new Map(inserted.map((row) => [row.id, row]));
    const messages = rows.map((r) => {
      const stamp = stamps.get(r.id);
      return manager.create(MailMessage, {
        id: r.id,
        toAddress: r.to_address,
        template: r.template,
        locale: r.locale,
        params: r.params,
        attachments: r.attachments,
        status: stamp?.status,
        providerMessageId: null,
        sentAt: null,
        createdAt: stamp?.createdAt,
        updatedAt: stamp?.updatedAt,
      });
    });
    const jobs: OutboxJob[] = messages
      .filter((m) => m.status === 'QUEUED')
      .map((m) => ({
        name: 'mail.send',
        payload: { mailId: m.id },
        options: { jobId: `mail.send-${m.id}` },
      }));
    // One signal for the chunk (each recipient once, in each organisation it is about), named after its first
    // notification's message.
    const recipients = new Map<string, { userId: string; organizationId: string | null }>();
    for (const r of rows)
      if (r.user_id)
        recipients.set(`${r.user_id} ${r.organization_id}`, {
          userId: r.user_id,
          organizationId: r.organization_id,
        });
    const first = rows.find((r) => r.user_id);
    if (first)
      jobs.push({
        name: 'notifications.unread',
        payload: { recipients: [...recipients.values()] },
        options: { jobId: `notifications.unread-${first.id}` },
      });
    await this.outbox.enqueueAll(manager, jobs);
    return messages;
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
