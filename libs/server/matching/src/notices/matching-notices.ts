import { Injectable } from '@nestjs/common';
import { Bilingual, Locale, Role } from '@sixcan/domain';
import { AppConfig, MailService, MailTemplate, MatchingCatalog, MemberDirectory } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { PartnerMember } from '../partner/partner.entity';

interface Recipient {
  email: string;
  name: string;
  locale: Locale;
  /** The recipient's account (null for an invited address): it also gets the message in-app. */
  userId: string | null;
  organizationId: string;
}

const pick = (locale: Locale, zh: string | null, en: string | null) =>
  (locale === 'en' ? (en ?? zh) : (zh ?? en)) ?? '';

/**
 * The e-mails of matching, queued in the transaction of the state change they announce (so each change
 * announces itself exactly once: a change that did not happen sends nothing).
 */
@Injectable()
export class MatchingNotices {
  constructor(
    private readonly mails: MailService,
    private readonly directory: MemberDirectory,
    private readonly catalog: MatchingCatalog,
    private readonly config: AppConfig,
  ) {}

  link(path: string): string {
    return new URL(path, this.config.env.PUBLIC_URL).toString();
  }

  /** The applicant of the project (owner account, else the invited address). */
  async applicant(
    em: EntityManager,
    organizationId: string,
    projectId: string,
  ): Promise<{ to: Recipient | null; title: Bilingual }> {
    const [a] = await this.catalog.applicants(em, organizationId, [projectId]);
    if (!a) return { to: null, title: { zh: null, en: null } };
    const profile = a.ownerUserId ? await this.directory.profileOf(em, a.ownerUserId) : null;
    const email = (a.ownerUserId && (await this.directory.emailOf(em, a.ownerUserId))) || a.applicantEmail;
    return {
      to: email
        ? {
            email,
            name: profile?.displayName ?? email,
            locale: profile?.locale ?? 'zh-CN',
            userId: a.ownerUserId,
            organizationId,
          }
        : null,
      title: a.title,
    };
  }

  /** The people acting for a partner, in their languages (invited ones in Chinese until they sign in). */
  async partnerMembers(em: EntityManager, partnerId: string): Promise<Recipient[]> {
    const members = await em.find(PartnerMember, { where: { partnerId }, order: { email: 'ASC' } });
    const out: Recipient[] = [];
    for (const m of members) {
      const profile = m.userId ? await this.directory.profileOf(em, m.userId) : null;
      out.push({
        email: m.email,
        name: profile?.displayName ?? m.email,
        locale: profile?.locale ?? 'zh-CN',
        userId: m.userId,
        organizationId: m.organizationId,
      });
    }
    return out;
  }

  async organizers(em: EntityManager, organizationId: string): Promise<Recipient[]> {
    return (await this.directory.membersWithRole(em, organizationId, Role.ORGANIZER)).map((m) => ({
      email: m.email,
      name: m.displayName,
      locale: m.locale,
      userId: m.userId,
      organizationId,
    }));
  }

  /** Sends one template to each recipient once (an address on several lists gets one e-mail). */
  async send(
    em: EntityManager,
    template: MailTemplate,
    recipients: Recipient[],
    params: (r: Recipient) => Record<string, string>,
  ): Promise<number> {
    const seen = new Set<string>();
    for (const r of recipients) {
      const key = r.email.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      await this.mails.queue(em, {
        to: r.email,
        template,
        locale: r.locale,
        params: { name: r.name, ...params(r) },
        organizationId: r.organizationId,
        userId: r.userId,
        paramsFor: (locale) => ({ name: r.name, ...params({ ...r, locale }) }),
      });
    }
    return seen.size;
  }

  title(locale: Locale, text: Bilingual): string {
    return pick(locale, text.zh ?? null, text.en ?? null);
  }

  partnerName(locale: Locale, p: { nameZh: string | null; nameEn: string | null }): string {
    return pick(locale, p.nameZh, p.nameEn);
  }
}
