import { Injectable } from '@nestjs/common';
import { Clock, Outbox } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { RoadshowEvent } from '../event/roadshow.entity';
import { RoadshowSlot } from '../slot/slot.entity';
import { ReminderKind } from './reminder.entity';

const HOUR = 3600_000;

/** When each reminder is due, before the start of its slot (presenters) or of the event (commentators). */
export const REMINDER_OFFSETS: Readonly<Record<ReminderKind, number>> = {
  [ReminderKind.PRESENTER_24H]: 24 * HOUR,
  [ReminderKind.PRESENTER_1H]: HOUR,
  [ReminderKind.COMMENTATORS_1H]: HOUR,
};

/** The job id of a reminder: the same slot, kind and start always give the same id. */
export const reminderJobId = (target: string, kind: ReminderKind, startsAt: Date) =>
  `roadshows.remind-${target}-${kind}-${startsAt.getTime()}`;

/**
 * Schedules the reminders of a published event as delayed jobs (through the outbox, after commit): 24 h and
 * 1 h before each slot to its presenter, 1 h before the event to the commentators. Job ids carry the start,
 * so a moved slot gets new jobs and the old ones find a different stored start and send nothing; scheduling
 * again adds nothing (same ids). Reminders already due are not scheduled.
 */
@Injectable()
export class ReminderScheduler {
  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async schedule(em: EntityManager, event: RoadshowEvent): Promise<number> {
    const now = this.clock.now().getTime();
    const slots = await em.find(RoadshowSlot, {
      where: { roadshowId: event.id },
      order: { position: 'ASC' },
    });
    const wanted: { target: string; slotId: string | null; kind: ReminderKind; startsAt: Date }[] = [
      ...slots.flatMap((s) =>
        [ReminderKind.PRESENTER_24H, ReminderKind.PRESENTER_1H].map((kind) => ({
          target: s.id,
          slotId: s.id,
          kind,
          startsAt: s.startsAt,
        })),
      ),
      { target: 'event', slotId: null, kind: ReminderKind.COMMENTATORS_1H, startsAt: event.startsAt },
    ];
    let scheduled = 0;
    for (const r of wanted) {
      const due = r.startsAt.getTime() - REMINDER_OFFSETS[r.kind];
      if (due <= now) continue;
      await this.outbox.enqueue(
        em,
        'roadshows.remind',
        { roadshowId: event.id, slotId: r.slotId, kind: r.kind, startsAt: r.startsAt.toISOString() },
        {
          jobId: reminderJobId(r.target === 'event' ? event.id : r.target, r.kind, r.startsAt),
          runAt: new Date(due),
        },
      );
      scheduled++;
    }
    return scheduled;
  }
}
