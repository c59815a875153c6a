import { Injectable } from '@nestjs/common';
import { Bilingual, Locale, Role, RoadshowMode, SlotDelivery } from '@sixcan/domain';
import {
  AppConfig,
  MailAttachment,
  MailService,
  MailTemplate,
  MemberDirectory,
  RoadshowCatalog,
} from '@sixcan/server-core';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { RoadshowCommentator, RoadshowEvent } from '../event/roadshow.entity';

export interface Recipient {
  email: string;
  name: string;
  locale: Locale;
  /** The recipient's account, when known: it also gets the message in-app. */
  userId: string | null;
  organizationId: string;
}

export interface PresenterRecipient extends Recipient {
  projectId: string;
}

/** Chinese-speaking presenters without an account of their own get Chinese mail. */
const CHINESE = new Set(['CN', 'TW', 'HK', 'MO']);

const MODE: Record<RoadshowMode, Record<Locale, string>> = {
  [RoadshowMode.ONLINE]: { en: 'online', 'zh-CN': '线上' },
  [RoadshowMode.ON_SITE]: { en: 'on site', 'zh-CN': '线下' },
  [RoadshowMode.HYBRID]: { en: 'on site and online', 'zh-CN': '线上线下同步' },
};

const DELIVERY: Record<SlotDelivery, Record<Locale, string>> = {
  [SlotDelivery.LIVE]: { en: 'live', 'zh-CN': '现场直播' },
  [SlotDelivery.PRERECORDED]: {
    en: 'pre-recorded (the slot falls outside your acceptable hours: please send a recording)',
    'zh-CN': '录播（该时段不在您可参与的时间内，请提交录制视频）',
  },
};

/** Who hears about a roadshow, in which language, and the words and links its e-mails share. */
@Injectable()
export class RoadshowNotices {
  constructor(
    private readonly catalog: RoadshowCatalog,
    private readonly directory: MemberDirectory,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** The presenter of each project (those without an e-mail are left out). */
  async presenters(
    em: EntityManager,
    organizationId: string,
    projectIds: string[],
  ): Promise<PresenterRecipient[]> {
    const [presenters, projects] = await Promise.all([
      this.catalog.presenters(em, organizationId, projectIds),
      this.catalog.projects(em, organizationId, projectIds),
    ]);
    const country = new Map(projects.map((p) => [p.id, p.country]));
    const out: PresenterRecipient[] = [];
    for (const p of presenters) {
      if (!p.email) continue;
      const owner = p.ownerUserId ? await this.directory.profileOf(em, p.ownerUserId) : null;
      const locale: Locale = owner?.locale ?? (CHINESE.has(country.get(p.projectId) ?? '') ? 'zh-CN' : 'en');
      out.push({
        projectId: p.projectId,
        email: p.email,
        name: p.name ?? owner?.displayName ?? p.email,
        locale,
        userId: p.ownerUserId,
        organizationId,
      });
    }
    return out;
  }

  async commentators(em: EntityManager, event: RoadshowEvent): Promise<Recipient[]> {
    const rows = await em.find(RoadshowCommentator, {
      where: { organizationId: event.organizationId, roadshowId: event.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const out: Recipient[] = [];
    for (const r of rows) {
      const [email, profile] = await Promise.all([
        this.directory.emailOf(em, r.userId),
        this.directory.profileOf(em, r.userId),
      ]);
      if (email)
        out.push({
          email,
          name: profile?.displayName ?? email,
          locale: profile?.locale ?? 'zh-CN',
          userId: r.userId,
          organizationId: event.organizationId,
        });
    }
    return out;
  }

  /** Every partner member of the organisation (the PARTNER role). */
  async partners(em: EntityManager, organizationId: string): Promise<Recipient[]> {
    const members = await this.directory.membersWithRole(em, organizationId, Role.PARTNER);
    return members.map((m) => ({
      email: m.email,
      name: m.displayName,
      locale: m.locale,
      userId: m.userId,
      organizationId,
    }));
  }

  queue(
    em: EntityManager,
    to: Recipient,
    template: MailTemplate,
    params: Record<string, string>,
    attachments: MailAttachment[] = [],
  ): Promise<unknown> {
    return this.mail.queue(em, {
      to: to.email,
      template,
      locale: to.locale,
      params,
      attachments,
      organizationId: to.organizationId,
      userId: to.userId,
    });
  }

  title(locale: Locale, text: Bilingual): string {
    return (locale === 'en' ? (text.en ?? text.zh) : (text.zh ?? text.en)) ?? '';
  }

  eventTitle(locale: Locale, event: RoadshowEvent): string {
    return this.title(locale, { zh: event.titleZh, en: event.titleEn });
  }

  mode(locale: Locale, event: RoadshowEvent): string {
    return MODE[event.mode][locale];
  }

  delivery(locale: Locale, delivery: SlotDelivery): string {
    return DELIVERY[delivery][locale];
  }

  /** The stream and/or the venue. */
  where(locale: Locale, event: RoadshowEvent): string {
    const parts = [event.venue, event.streamUrl].filter((p): p is string => !!p);
    return parts.join(' · ') || (locale === 'en' ? 'to be announced' : '待定');
  }

  /** `Thu 10 Dec 2026, 09:10 GMT-5`, in the zone and the reader's language. */
  at(locale: Locale, at: Date, zone: string): string {
    return DateTime.fromJSDate(at, { zone })
      .setLocale(locale === 'en' ? 'en-GB' : 'zh-CN')
      .toFormat(locale === 'en' ? 'ccc d LLL yyyy, HH:mm ZZZZ' : 'yyyy年M月d日 ccc HH:mm ZZZZ');
  }

  window(locale: Locale, event: RoadshowEvent): string {
    const end = DateTime.fromJSDate(event.endsAt, { zone: event.timeZone }).toFormat('HH:mm');
    return `${this.at(locale, event.startsAt, event.timeZone)}–${end} (${event.timeZone})`;
  }

  link(event: RoadshowEvent): string {
    return `${this.config.env.PUBLIC_URL.replace(/\/$/, '')}/roadshows/${event.id}`;
  }

  organizer(): { name: string; email: string } {
    const from = this.config.env.MAIL_FROM;
    const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
    return match
      ? { name: match[1] || 'SixCan', email: match[2] as string }
      : { name: 'SixCan', email: from.trim() };
  }
}
