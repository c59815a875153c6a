import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import { DomainEvents, DomainEventType, MatchingCatalog } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { toAgreementModel } from './agreement/agreement.models';
import type { Agreement } from './agreement/agreement.entity';
import { BidViews } from './bid/bid-views';
import type { Bid } from './bid/bid.entity';
import { toDealModel } from './deal/deal.models';
import type { Deal } from './deal/deal.entity';
import { toIntentModel } from './intent/intent.models';
import type { MatchIntent } from './intent/intent.entity';

/**
 * The domain events of matching: one per state change, in its transaction, carrying the whole record as an
 * organizer reads it through the API, and the programme of its project.
 */
@Injectable()
export class MatchingEvents {
  constructor(
    private readonly events: DomainEvents,
    private readonly catalog: MatchingCatalog,
    private readonly bids: BidViews,
  ) {}

  async bid(em: EntityManager, actor: Actor | null, type: DomainEventType, bid: Bid): Promise<void> {
    await this.emit(em, actor, bid, type, 'Bid', await this.bids.byId(em, bid));
  }

  intent(em: EntityManager, actor: Actor, intent: MatchIntent): Promise<void> {
    return this.emit(
      em,
      actor,
      intent,
      DomainEventType.INTENT_RECORDED,
      'MatchIntent',
      toIntentModel(intent, true),
    );
  }

  deal(em: EntityManager, actor: Actor, deal: Deal): Promise<void> {
    return this.emit(em, actor, deal, DomainEventType.DEAL_MOVED, 'Deal', toDealModel(deal));
  }

  agreement(em: EntityManager, actor: Actor, agreement: Agreement): Promise<void> {
    return this.emit(
      em,
      actor,
      agreement,
      DomainEventType.AGREEMENT_RECORDED,
      'Agreement',
      toAgreementModel(agreement),
    );
  }

  private async emit(
    em: EntityManager,
    actor: Actor | null,
    record: { id: string; organizationId: string; projectId: string },
    type: DomainEventType,
    objectType: string,
    data: object,
  ): Promise<void> {
    const [project] = await this.catalog.projects(em, record.organizationId, [record.projectId]);
    await this.events.emit(em, {
      organizationId: record.organizationId,
      programmeId: project?.programmeId ?? null,
      type,
      objectType,
      objectId: record.id,
      actorUserId: actor?.userId ?? null,
      data,
    });
  }
}
