import { Injectable } from '@nestjs/common';
import { formatMoney } from '@sixcan/domain';
import { EntityManager } from 'typeorm';
import { MatchingNotices } from '../notices/matching-notices';
import { Partner } from '../partner/partner.entity';
import { Agreement } from './agreement.entity';

const KIND: Record<string, { en: string; zh: string }> = {
  COOPERATION: { en: 'cooperation', zh: '合作' },
  INVESTMENT: { en: 'investment', zh: '投资' },
  LANDING: { en: 'landing', zh: '落地' },
  LICENSING: { en: 'licensing', zh: '许可' },
  TALENT: { en: 'talent', zh: '人才' },
};

/** An agreement recorded → both parties: the applicant and the partner's members, once. */
@Injectable()
export class AgreementNotices {
  constructor(private readonly notices: MatchingNotices) {}

  async recorded(em: EntityManager, agreement: Agreement): Promise<void> {
    const { to, title } = await this.notices.applicant(em, agreement.organizationId, agreement.projectId);
    const members = await this.notices.partnerMembers(em, agreement.partnerId);
    const partner = await em.findOneByOrFail(Partner, { id: agreement.partnerId });
    await this.notices.send(em, 'matching.agreement_recorded', [...(to ? [to] : []), ...members], (r) => ({
      kind:
        r.locale === 'en'
          ? (KIND[agreement.kind]?.en ?? agreement.kind)
          : (KIND[agreement.kind]?.zh ?? agreement.kind),
      title: this.notices.title(r.locale, title),
      partner: this.notices.partnerName(r.locale, partner),
      signed: agreement.signedAt.toISOString().slice(0, 10),
      amount: `${formatMoney(agreement.committedMinor, agreement.currency)} ${agreement.currency}`,
      link: this.notices.link(`/matching/agreements/${agreement.id}`),
    }));
  }
}
