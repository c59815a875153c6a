import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Locale, LOCALES } from '@sixcan/domain';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MemberDirectory } from '../ports/directory';
import { Outbox } from '../queue/outbox';
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
    const toAddress = request.to.trim().toLowerCase();
    const category = categoryOf(request.template);
    const organizationId = request.organizationId ?? null;
    const userId = request.userId ?? (await this.userOf(manager, organizationId, toAddress));
    const emailed = !userId || (await this.wantsEmail(manager, userId, category));
    const values = {
      toAddress,
      template: request.template,
      locale: request.locale,
      params: request.params,
      attachments: request.attachments ?? [],
      status: emailed ? ('QUEUED' as const) : ('SUPPRESSED' as const),
    };
    const inserted = await manager.insert(MailMessage, values);
    const message = manager.create(MailMessage, {
      ...values,
      providerMessageId: null,
      sentAt: null,
      ...(inserted.generatedMaps[0] as Pick<MailMessage, 'id' | 'createdAt' | 'updatedAt'>),
    });
    if (emailed)
      await this.outbox.enqueue(
        manager,
        'mail.send',
        { mailId: message.id },
        { jobId: `mail.send-${message.id}` },
      );
    if (userId) {
      await manager.insert(InAppNotification, {
        userId,
        organizationId,
        category,
        template: request.template,
        locale: request.locale,
        params: this.paramsOf(request),
        link: this.pathOf(request.template, request.params['link']),
        objectType: request.subject?.type ?? null,
        objectId: request.subject?.id ?? null,
        mailId: message.id,
        emailed,
        readAt: null,
      });
      // One signal per message (the notification is the message's in-app copy).
      await this.outbox.enqueue(
        manager,
        'notifications.unread',
        { userId, organizationId },
        { jobId: `notifications.unread-${message.id}` },
      );
    }
    return message;
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
