import { Injectable } from '@nestjs/common';
import { Actor, canMoveRoadshow, canMoveSlot, RoadshowStatus, SlotStatus } from '@sixcan/domain';
import { AuditLog, Clock, DomainError, ErrorCode, Transactions } from '@sixcan/server-core';
import { isId, RoadshowAccess } from '../access';
import { RoadshowEvent } from '../event/roadshow.entity';
import { saveVersioned } from '../event/versioned';
import { cannotMove } from '../publish/publish.service';
import { RoadshowSlot } from '../slot/slot.entity';
import { LiveNotifier } from './live-notifier';
import { LiveState } from './live-state';
import { RoadshowLiveStateModel } from './live.models';

/**
 * The live console: the event goes live and ends, slots go on stage and finish (one on stage at a time: slot
 * moves lock the event row, and a partial unique index backs it). Every change is pushed after commit.
 */
@Injectable()
export class RoadshowLive {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: RoadshowAccess,
    private readonly state: LiveState,
    private readonly notifier: LiveNotifier,
    private readonly clock: Clock,
  ) {}

  start(actor: Actor, id: string): Promise<RoadshowEvent> {
    return this.moveEvent(actor, id, RoadshowStatus.LIVE);
  }

  end(actor: Actor, id: string): Promise<RoadshowEvent> {
    return this.moveEvent(actor, id, RoadshowStatus.ENDED);
  }

  async moveSlot(actor: Actor, slotId: string, to: SlotStatus): Promise<RoadshowSlot> {
    const slot = await this.tx.run(async (em) => {
      const found = isId(slotId)
        ? await em.findOneBy(RoadshowSlot, { id: slotId, organizationId: actor.organizationId })
        : null;
      if (!found) throw DomainError.notFound('Slot');
      const event = await this.access.event(em, actor, found.roadshowId, true);
      const slot = await em.findOneOrFail(RoadshowSlot, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (event.status !== RoadshowStatus.LIVE)
        throw new DomainError(ErrorCode.CONFLICT, 'Slots move on stage only while the roadshow is live', {
          reason: 'ROADSHOW_NOT_LIVE',
        });
      if (!canMoveSlot(slot.status, to))
        throw new DomainError(ErrorCode.CONFLICT, `A ${slot.status} slot cannot become ${to}`, {
          reason: 'INVALID_TRANSITION',
          from: slot.status,
          to,
        });
      if (to === SlotStatus.ON_STAGE) {
        const onStage = await em.findOneBy(RoadshowSlot, {
          roadshowId: event.id,
          status: SlotStatus.ON_STAGE,
        });
        if (onStage)
          throw new DomainError(ErrorCode.CONFLICT, 'Another pitch is on stage: finish it first', {
            reason: 'ANOTHER_SLOT_ON_STAGE',
            slotId: onStage.id,
          });
      }
      const now = this.clock.now();
      const changes: Partial<RoadshowSlot> = { status: to };
      if (to === SlotStatus.ON_STAGE) changes.startedAt = now;
      else changes.finishedAt = now;
      await em.update(RoadshowSlot, slot.id, changes);
      await saveVersioned(em, event, event.version, {});
      await this.audit.byActor(
        em,
        actor,
        'roadshow.slot_status',
        { type: 'RoadshowSlot', id: slot.id },
        {
          from: slot.status,
          to,
        },
      );
      return Object.assign(slot, changes);
    });
    await this.notifier.push(slot.roadshowId);
    return slot;
  }

  /** The live state, for the first paint of the console (organizers, partner members, its commentators). */
  liveState(actor: Actor, id: string): Promise<RoadshowLiveStateModel> {
    return this.tx.read(async (em) =>
      this.state.of(em, await this.access.watchable(em, actor, id), this.clock.now()),
    );
  }

  /** NOT_FOUND unless the actor may watch the event (checked when a subscription starts). */
  async assertWatchable(actor: Actor, id: string): Promise<void> {
    await this.tx.read((em) => this.access.watchable(em, actor, id));
  }

  private async moveEvent(actor: Actor, id: string, to: RoadshowStatus): Promise<RoadshowEvent> {
    const event = await this.tx.run(async (em) => {
      const event = await this.access.event(em, actor, id, true);
      if (!canMoveRoadshow(event.status, to)) throw cannotMove(event, to);
      const now = this.clock.now();
      if (to === RoadshowStatus.ENDED)
        await em.update(
          RoadshowSlot,
          { roadshowId: event.id, status: SlotStatus.ON_STAGE },
          { status: SlotStatus.DONE, finishedAt: now },
        );
      await saveVersioned(em, event, event.version, {
        status: to,
        ...(to === RoadshowStatus.LIVE ? { startedAt: now } : { endedAt: now }),
      });
      await this.audit.byActor(em, actor, `roadshow.${to.toLowerCase()}`, { type: 'Roadshow', id: event.id });
      return event;
    });
    await this.notifier.push(event.id);
    return event;
  }
}
