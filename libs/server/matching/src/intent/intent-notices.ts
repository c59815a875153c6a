import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MatchingNotices } from '../notices/matching-notices';
import { Partner } from '../partner/partner.entity';
import { MatchIntent } from './intent.entity';

const KIND: Record<string, { en: string; zh: string }> = {
  INVESTMENT: { en: 'investment', zh: '投资' },
  TECH_COOPERATION: { en: 'technology cooperation', zh: '技术合作' },
  LANDING: { en: 'landing', zh: '落地' },
  PROCUREMENT: { en: 'procurement', zh: '采购' },
  LICENSING: { en: 'licensing', zh: '许可' },
};

/** A committed intent is announced to the applicant and the organizers, once (on the move to COMMITTED). */
@Injectable()
export class IntentNotices {
  constructor(private readonly notices: MatchingNotices) {}

  async committed(em: EntityManager, intent: MatchIntent, partner: Partner): Promise<void> {
    const { to, title } = await this.notices.applicant(em, intent.organizationId, intent.projectId);
    const organizers = await this.notices.organizers(em, intent.organizationId);
    await this.notices.send(em, 'matching.intent_committed', [...(to ? [to] : []), ...organizers], (r) => ({
      partner: this.notices.partnerName(r.locale, partner),
      kind:
        r.locale === 'en' ? (KIND[intent.kind]?.en ?? intent.kind) : (KIND[intent.kind]?.zh ?? intent.kind),
      title: this.notices.title(r.locale, title),
      link: this.notices.link(`/projects/${intent.projectId}`),
    }));
  }
}
