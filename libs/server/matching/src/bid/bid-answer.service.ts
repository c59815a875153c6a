import { Injectable } from '@nestjs/common';
import { Actor, BidStatus, isExpired } from '@sixcan/domain';
import { AuditLog, DomainError, DomainEventType, Transactions } from '@sixcan/server-core';
import { isId, MatchingAccess } from '../access';
import { MatchingEvents } from '../events';
import { textOf } from '../money-input';
import { BidAnswer } from '../graphql-enums';
import { Bid } from './bid.entity';
import { BidNotices } from './bid-notices';

/** The applicant (or an organizer) accepts or declines a live bid, once; the partner hears the answer. */
@Injectable()
export class BidAnswerService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: MatchingAccess,
    private readonly notices: BidNotices,
    private readonly events: MatchingEvents,
  ) {}

  respond(actor: Actor, id: string, answer: BidAnswer, message?: string | null): Promise<Bid> {
    return this.tx.run(async (em) => {
      const bid = isId(id)
        ? await em.findOne(Bid, {
            where: { id, organizationId: actor.organizationId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!bid) throw DomainError.notFound('Bid');
      await this.access.ownedOrOrganized(em, actor, bid.projectId).catch(() => {
        throw DomainError.notFound('Bid');
      });
      if (bid.status !== BidStatus.SUBMITTED)
        throw DomainError.conflict(`This bid is already ${bid.status.toLowerCase()}`);
      if (isExpired(bid, new Date())) throw DomainError.conflict('This bid has expired');
      const to = answer === BidAnswer.ACCEPT ? BidStatus.ACCEPTED : BidStatus.DECLINED;
      const text = textOf(message);
      if (text && text.length > 4000)
        throw DomainError.validation('The message is too long', [
          { field: 'message', message: 'at most 4,000 characters' },
        ]);
      const result = await em
        .createQueryBuilder()
        .update(Bid)
        .set({
          status: to,
          responseMessage: text,
          closedAt: new Date(),
          closedBy: actor.userId,
          version: () => 'version + 1',
        })
        .where('id = :id AND status = :live', { id: bid.id, live: BidStatus.SUBMITTED })
        .execute();
      if (!result.affected) throw DomainError.conflict('This bid was answered meanwhile');
      const saved = await em.findOneByOrFail(Bid, { id: bid.id });
      await this.audit.byActor(
        em,
        actor,
        `bid.${to.toLowerCase()}`,
        { type: 'Bid', id: bid.id },
        {
          from: bid.status,
          to,
        },
      );
      await this.events.bid(em, actor, DomainEventType.BID_ANSWERED, saved);
      await this.notices.answered(em, saved);
      return saved;
    });
  }
}
