import { Injectable } from '@nestjs/common';
import { isLocale, Locale } from '@sixcan/domain';
import { AppConfig, MailRequest, MailService, MemberDirectory, ScreeningIntake } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { ScreeningRound } from '../round/screening-round.entity';

/** A deadline as the reviewer reads it: their language, the programme's time zone, named. */
export function formatDeadline(deadline: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(deadline);
}

/** The e-mails reviewers get: their assignments when a round opens, and the reminder before the deadline. */
@Injectable()
export class ReviewerNotices {
  constructor(
    private readonly mails: MailService,
    private readonly directory: MemberDirectory,
    private readonly intake: ScreeningIntake,
    private readonly config: AppConfig,
  ) {}

  assigned(
    em: EntityManager,
    round: ScreeningRound,
    reviewers: ReviewerProfile[],
    counts: Map<string, number>,
  ) {
    return this.send(em, round, reviewers, counts, 'screening.assigned');
  }

  reminder(
    em: EntityManager,
    round: ScreeningRound,
    reviewers: ReviewerProfile[],
    counts: Map<string, number>,
  ) {
    return this.send(em, round, reviewers, counts, 'screening.reminder');
  }

  private async send(
    em: EntityManager,
    round: ScreeningRound,
    reviewers: ReviewerProfile[],
    counts: Map<string, number>,
    template: 'screening.assigned' | 'screening.reminder',
  ): Promise<void> {
    const programme = await this.intake.programme(em, round.organizationId, round.programmeId);
    if (!programme) return;
    // The reviewer workspace lists the assignments of every open round.
    const link = new URL('/review', this.config.env.PUBLIC_URL).toString();
    const mails: MailRequest[] = [];
    for (const reviewer of reviewers) {
      const profile = reviewer.userId ? await this.directory.profileOf(em, reviewer.userId) : null;
      const locale: Locale = profile?.locale ?? (isLocale(reviewer.locale) ? reviewer.locale : 'zh-CN');
      const paramsFor = (locale: Locale) => ({
        name: profile?.displayName ?? reviewer.displayName,
        programme:
          (locale === 'en'
            ? (programme.title.en ?? programme.title.zh)
            : (programme.title.zh ?? programme.title.en)) ?? '',
        round: String(round.ordinal),
        count: String(counts.get(reviewer.id) ?? 0),
        deadline: formatDeadline(round.deadline, locale, programme.timeZone),
        link,
      });
      mails.push({
        to: reviewer.email,
        template,
        locale,
        params: paramsFor(locale),
        organizationId: round.organizationId,
        userId: reviewer.userId,
        subject: { type: 'ScreeningRound', id: round.id },
        paramsFor,
      });
    }
    await this.mails.queueAll(em, mails);
  }
}
