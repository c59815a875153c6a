import { Injectable } from '@nestjs/common';
import { Actor, BidStatus, canMoveBid, isExpired } from '@sixcan/domain';
import { AuditLog, DomainError, DomainEventType, Transactions } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { isId, isOrganizer, MatchingAccess } from '../access';
import { openDeal } from '../deal/open-deal';
import { MatchingEvents } from '../events';
import { Bid, BidRevision } from './bid.entity';
import { BidTermsInput, PlaceBidInput } from './bid.models';
import { BidNotices } from './bid-notices';
import { columnsOf, snapshotOf, termsOf } from './bid-terms';

/**
 * A partner's sealed bids: place (one live bid per partner and project, by a partial unique index), revise
 * (the row is locked and every version kept) and withdraw.
 */
@Injectable()
export class BidService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: MatchingAccess,
    private readonly notices: BidNotices,
    private readonly events: MatchingEvents,
  ) {}

  place(actor: Actor, input: PlaceBidInput): Promise<Bid> {
    return this.tx.run(async (em) => {
      const partner = await this.access.partner(em, actor, input.partnerId);
      const project = await this.access.publishedProject(em, actor, input.projectId);
      const terms = columnsOf(termsOf(input, new Date()));
      const inserted: { id: string }[] = await em.query(
        `INSERT INTO bid (organization_id, partner_id, project_id, status, revision, investment_minor, currency,
                          equity_percent, space_m2, rent_free_months, subsidy_minor, other_terms, valid_until, placed_by)
         VALUES ($1, $2, $3, 'SUBMITTED', 1, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (partner_id, project_id) WHERE status = 'SUBMITTED' DO NOTHING RETURNING id`,
        [
          actor.organizationId,
          partner.id,
          project.id,
          terms.investmentMinor?.toString() ?? null,
          terms.currency,
          terms.equityPercent,
          terms.spaceM2,
          terms.rentFreeMonths,
          terms.subsidyMinor?.toString() ?? null,
          terms.otherTerms,
          terms.validUntil,
          actor.userId,
        ],
      );
      if (!inserted[0])
        throw DomainError.conflict(
          'This partner already has a live bid on the project: revise or withdraw it',
        );
      const bid = await em.findOneByOrFail(Bid, { id: inserted[0].id });
      await em.insert(BidRevision, {
        organizationId: actor.organizationId,
        bidId: bid.id,
        revision: 1,
        terms: snapshotOf(bid),
        createdBy: actor.userId,
      });
      await openDeal(em, this.audit, actor, { partnerId: partner.id, projectId: project.id }, 'bid');
      await this.audit.byActor(
        em,
        actor,
        'bid.placed',
        { type: 'Bid', id: bid.id },
        {
          partnerId: partner.id,
          projectId: project.id,
        },
      );
      await this.events.bid(em, actor, DomainEventType.BID_PLACED, bid);
      await this.notices.placed(em, bid, partner);
      return bid;
    });
  }

  /** New terms for a live bid; the version given (if any) must be the current one. */
  revise(actor: Actor, id: string, input: BidTermsInput, version?: number | null): Promise<Bid> {
    return this.tx.run(async (em) => {
      const bid = await this.ownLiveBid(em, actor, id, version);
      const terms = columnsOf(termsOf(input, new Date()));
      const revision = bid.revision + 1;
      const result = await em
        .createQueryBuilder()
        .update(Bid)
        .set({ ...terms, revision, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: bid.id, version: bid.version })
        .execute();
      if (!result.affected)
        throw DomainError.conflict('This bid was changed meanwhile: reload it and try again');
      const saved = await em.findOneByOrFail(Bid, { id: bid.id });
      await em.insert(BidRevision, {
        organizationId: actor.organizationId,
        bidId: bid.id,
        revision,
        terms: snapshotOf(saved),
        createdBy: actor.userId,
      });
      await this.audit.byActor(em, actor, 'bid.revised', { type: 'Bid', id: bid.id }, { revision });
      await this.events.bid(em, actor, DomainEventType.BID_REVISED, saved);
      return saved;
    });
  }

  withdraw(actor: Actor, id: string): Promise<Bid> {
    return this.tx.run(async (em) => {
      const bid = await this.ownLiveBid(em, actor, id, null);
      await em.update(
        Bid,
        { id: bid.id },
        {
          status: BidStatus.WITHDRAWN,
          closedAt: new Date(),
          closedBy: actor.userId,
          version: () => 'version + 1',
        },
      );
      await this.audit.byActor(em, actor, 'bid.withdrawn', { type: 'Bid', id: bid.id }, { from: bid.status });
      const saved = await em.findOneByOrFail(Bid, { id: bid.id });
      await this.events.bid(em, actor, DomainEventType.BID_WITHDRAWN, saved);
      return saved;
    });
  }

  /** The bid locked for update, if the actor acts for its partner; NOT_FOUND otherwise; CONFLICT unless live. */
  private async ownLiveBid(
    em: EntityManager,
    actor: Actor,
    id: string,
    version?: number | null,
  ): Promise<Bid> {
    const bid = isId(id)
      ? await em.findOne(Bid, {
          where: { id, organizationId: actor.organizationId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!bid) throw DomainError.notFound('Bid');
    if (!isOrganizer(actor) && !(await this.access.myPartnerIds(em, actor)).includes(bid.partnerId))
      throw DomainError.notFound('Bid');
    if (!canMoveBid(bid.status, BidStatus.WITHDRAWN))
      throw DomainError.conflict(`This bid is ${bid.status.toLowerCase()}: place a new one instead`);
    if (isExpired(bid, new Date()))
      throw DomainError.conflict('This bid has expired: place a new one instead');
    if (version != null && version !== bid.version)
      throw DomainError.conflict('This bid was changed meanwhile: reload it and try again');
    return bid;
  }
}
