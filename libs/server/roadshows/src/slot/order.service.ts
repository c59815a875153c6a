import { Injectable } from '@nestjs/common';
import { Actor, moveSlot, planOrder } from '@sixcan/domain';
import { AuditLog, DomainError, Transactions } from '@sixcan/server-core';
import { RoadshowAccess } from '../access';
import { RoadshowEvent } from '../event/roadshow.entity';
import { notEditable } from '../event/roadshow.service';
import { saveVersioned, staleVersion } from '../event/versioned';
import { PLANNABLE, RoadshowPlanning } from './planning.service';

/** The organiser's order: moving a slot switches the event to a manual order; resetting goes back to the planner's. */
@Injectable()
export class RoadshowOrder {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: RoadshowAccess,
    private readonly planning: RoadshowPlanning,
  ) {}

  /** Moves a project to `toIndex` (0-based, clamped) of the programme and re-plans on the same slot times. */
  move(
    actor: Actor,
    id: string,
    projectId: string,
    toIndex: number,
    version: number,
  ): Promise<RoadshowEvent> {
    return this.tx.run(async (em) => {
      const event = await this.access.event(em, actor, id, true);
      if (event.version !== version) throw staleVersion();
      if (!PLANNABLE.includes(event.status)) throw notEditable(event);
      const slots = await this.planning.slots(em, event.id);
      const current = event.manualOrder ?? planOrder({ slots, unplaced: event.plan?.unplaced ?? [] });
      if (!current.includes(projectId)) throw DomainError.notFound('Project');
      const manualOrder = moveSlot(current, projectId, toIndex);
      await saveVersioned(em, event, version, { manualOrder });
      const plan = await this.planning.replan(em, event);
      await this.audit.byActor(
        em,
        actor,
        'roadshow.slot_moved',
        { type: 'Roadshow', id: event.id },
        { projectId, toIndex, warnings: plan?.warnings.map((w) => w.code) ?? [] },
      );
      return event;
    });
  }

  /** Back to the planner's optimised order. */
  reset(actor: Actor, id: string): Promise<RoadshowEvent> {
    return this.tx.run(async (em) => {
      const event = await this.access.event(em, actor, id, true);
      if (!PLANNABLE.includes(event.status)) throw notEditable(event);
      await saveVersioned(em, event, event.version, { manualOrder: null });
      await this.planning.replan(em, event);
      await this.audit.byActor(em, actor, 'roadshow.order_reset', { type: 'Roadshow', id: event.id });
      return event;
    });
  }
}
