import { Injectable } from '@nestjs/common';
import { BidStatus } from '@sixcan/domain';
import { EntityManager } from 'typeorm';
import { MatchingNotices } from '../notices/matching-notices';
import { Partner } from '../partner/partner.entity';
import { Bid } from './bid.entity';

/**
 * New bid → the applicant; bid answered or expired → the partner's members. Never the terms: they stay in
 * the app.
 */
@Injectable()
export class BidNotices {
  constructor(private readonly notices: MatchingNotices) {}

  async placed(em: EntityManager, bid: Bid, partner: Partner): Promise<void> {
    const { to, title } = await this.notices.applicant(em, bid.organizationId, bid.projectId);
    if (!to) return;
    await this.notices.send(em, 'matching.bid_received', [to], (r) => ({
      partner: this.notices.partnerName(r.locale, partner),
      title: this.notices.title(r.locale, title),
      link: this.notices.link(`/projects/${bid.projectId}/bids`),
    }));
  }

  async answered(em: EntityManager, bid: Bid): Promise<void> {
    const { title } = await this.notices.applicant(em, bid.organizationId, bid.projectId);
    const members = await this.notices.partnerMembers(em, bid.partnerId);
    const accepted = bid.status === BidStatus.ACCEPTED;
    await this.notices.send(em, 'matching.bid_answered', members, (r) => ({
      title: this.notices.title(r.locale, title),
      answer: r.locale === 'en' ? (accepted ? 'accepted' : 'declined') : accepted ? '接受' : '婉拒',
      message: bid.responseMessage ?? '—',
      link: this.notices.link(`/matching/bids/${bid.id}`),
    }));
  }

  /** A live bid ran past its valid-until: the partner's members may place a new one. */
  async expired(em: EntityManager, bid: Bid, partner: Partner): Promise<void> {
    const { title } = await this.notices.applicant(em, bid.organizationId, bid.projectId);
    const members = await this.notices.partnerMembers(em, bid.partnerId);
    await this.notices.send(em, 'matching.bid_expired', members, (r) => ({
      partner: this.notices.partnerName(r.locale, partner),
      title: this.notices.title(r.locale, title),
      validUntil: bid.validUntil?.toISOString().slice(0, 10) ?? '—',
      link: this.notices.link(`/market/projects/${bid.projectId}`),
    }));
  }
}
