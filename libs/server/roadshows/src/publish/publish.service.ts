import { Injectable } from '@nestjs/common';
import { Actor, canMoveRoadshow, RoadshowStatus } from '@sixcan/domain';
import { AuditLog, Clock, DomainError, ErrorCode, Transactions } from '@sixcan/server-core';
import { RoadshowAccess } from '../access';
import { RoadshowEvent } from '../event/roadshow.entity';
import { saveVersioned } from '../event/versioned';
import { RoadshowPlanning } from '../slot/planning.service';
import { RoadshowInvitations } from './invitations';

export const cannotMove = (event: RoadshowEvent, to: RoadshowStatus) =>
  new DomainError(
    ErrorCode.CONFLICT,
    `A ${event.status.toLowerCase()} roadshow cannot become ${to.toLowerCase()}`,
    {
      reason: 'INVALID_TRANSITION',
      from: event.status,
      to,
    },
  );

/**
 * Publishing: the plan is refreshed and frozen into the published schedule, everyone concerned is e-mailed an
 * invitation with a calendar file (after commit, through the outbox), and the reminders are scheduled.
 */
@Injectable()
export class RoadshowPublisher {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: RoadshowAccess,
    private readonly planning: RoadshowPlanning,
    private readonly invitations: RoadshowInvitations,
    private readonly clock: Clock,
  ) {}

  publish(actor: Actor, id: string): Promise<RoadshowEvent> {
    return this.tx.run(async (em) => {
      const event = await this.access.event(em, actor, id, true);
      if (!canMoveRoadshow(event.status, RoadshowStatus.PUBLISHED))
        throw cannotMove(event, RoadshowStatus.PUBLISHED);
      const now = this.clock.now();
      await saveVersioned(em, event, event.version, { status: RoadshowStatus.PUBLISHED, publishedAt: now });
      // Re-planned as published: the reminders are scheduled with it.
      await this.planning.replan(em, event);
      const slots = await this.planning.slots(em, event.id);
      if (!slots.length)
        throw new DomainError(ErrorCode.CONFLICT, 'Put projects on the programme before publishing it', {
          reason: 'NO_SLOTS',
        });
      const sent = await this.invitations.send(em, event, slots, now);
      await this.audit.byActor(em, actor, 'roadshow.published', { type: 'Roadshow', id: event.id }, sent);
      return event;
    });
  }
}
