import { Injectable, Logger } from '@nestjs/common';
import {
  AppConfig,
  JobHandler,
  JobProcessor,
  MatchingCatalog,
  MemberDirectory,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { CLOSED_DEAL_STAGES, staleBefore } from '../deal/deal-queries';
import { Deal } from '../deal/deal.entity';
import { MatchingNotices } from '../notices/matching-notices';
import { Partner } from '../partner/partner.entity';

/**
 * Every hour: deals whose next step is due and open deals quiet for `DEAL_STALE_DAYS` (config, default 14)
 * remind their owner (or, without one, the organizers). The (deal, kind, due instant) row is written with
 * the e-mail in one transaction, so a second run (or a second worker) sends nothing; a new next step or new
 * activity arms the next reminder.
 */
@Injectable()
@JobProcessor('matching.remind')
export class DealRemindProcessor implements JobHandler<'matching.remind'> {
  private readonly logger = new Logger(DealRemindProcessor.name);

  constructor(
    private readonly tx: Transactions,
    private readonly notices: MatchingNotices,
    private readonly directory: MemberDirectory,
    private readonly catalog: MatchingCatalog,
    private readonly config: AppConfig,
  ) {}

  async handle(_payload: Record<string, never>, _job?: unknown, now = new Date()): Promise<string> {
    const sent = await this.tx.run(async (em) => {
      const quietSince = staleBefore(this.config, now);
      const due = await em
        .createQueryBuilder(Deal, 'd')
        .where('d.stage NOT IN (:...closed)', { closed: CLOSED_DEAL_STAGES })
        .andWhere('(d.nextStepAt <= :now OR d.lastActivityAt <= :stale)', { now, stale: quietSince })
        .orderBy('d.id')
        .limit(1000)
        .getMany();
      let count = 0;
      for (const deal of due) {
        if (deal.nextStepAt && deal.nextStepAt <= now)
          count += await this.remind(em, deal, 'NEXT_STEP', deal.nextStepAt.toISOString());
        if (deal.lastActivityAt <= quietSince)
          count += await this.remind(em, deal, 'STALE', deal.lastActivityAt.toISOString());
      }
      return count;
    });
    if (sent) this.logger.log(`${sent} deal reminder(s) sent`);
    return `${sent} deal reminder(s) sent`;
  }

  private async remind(
    em: EntityManager,
    deal: Deal,
    kind: 'NEXT_STEP' | 'STALE',
    dueKey: string,
  ): Promise<number> {
    const claimed: unknown[] = await em.query(
      `INSERT INTO deal_reminder (organization_id, deal_id, kind, due_key) VALUES ($1, $2, $3, $4)
       ON CONFLICT (deal_id, kind, due_key) DO NOTHING RETURNING id`,
      [deal.organizationId, deal.id, kind, dueKey],
    );
    if (!claimed.length) return 0;
    const owner = deal.ownerUserId ? await this.directory.profileOf(em, deal.ownerUserId) : null;
    const ownerEmail = deal.ownerUserId ? await this.directory.emailOf(em, deal.ownerUserId) : null;
    const recipients =
      owner && ownerEmail
        ? [
            {
              email: ownerEmail,
              name: owner.displayName,
              locale: owner.locale,
              userId: deal.ownerUserId,
              organizationId: deal.organizationId,
            },
          ]
        : await this.notices.organizers(em, deal.organizationId);
    const partner = await em.findOneByOrFail(Partner, { id: deal.partnerId });
    const [project] = await this.catalog.projects(em, deal.organizationId, [deal.projectId]);
    await this.notices.send(em, 'matching.deal_reminder', recipients, (r) => ({
      title: this.notices.title(r.locale, project?.title ?? { zh: null, en: null }),
      partner: this.notices.partnerName(r.locale, partner),
      reason:
        kind === 'NEXT_STEP'
          ? r.locale === 'en'
            ? `The next step "${deal.nextStep ?? ''}" was due on ${dueKey.slice(0, 10)}.`
            : `下一步「${deal.nextStep ?? ''}」已于 ${dueKey.slice(0, 10)} 到期。`
          : r.locale === 'en'
            ? `Nothing has happened on this deal since ${dueKey.slice(0, 10)}.`
            : `该项目跟进自 ${dueKey.slice(0, 10)} 以来没有任何进展。`,
      link: this.notices.link(`/matching/deals/${deal.id}`),
    }));
    return 1;
  }
}
