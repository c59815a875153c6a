import { Injectable, Logger } from '@nestjs/common';
import { RoadshowStatus, SlotStatus } from '@sixcan/domain';
import {
  Clock,
  JobHandler,
  JobPayloads,
  JobProcessor,
  RoadshowCatalog,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { RoadshowEvent } from '../event/roadshow.entity';
import { RoadshowSlot } from '../slot/slot.entity';
import { RoadshowNotices } from './notices';
import { ReminderKind } from './reminder.entity';
import { REMINDER_OFFSETS } from './reminder-scheduler';

/** A job released a little before its time (clock skew between processes) still counts as due. */
const EARLY_MS = 60_000;

const KINDS = new Set<string>(Object.values(ReminderKind));

/**
 * Sends one reminder when its job comes due, after re-checking everything: the event is still published or
 * live, the slot still starts when it did when the job was scheduled (a moved slot has a job of its own), it
 * has not started, and the reminder was not sent before (the `roadshow_reminder` row is written with the
 * e-mails in one transaction). Anything else ends the job without sending.
 */
@Injectable()
@JobProcessor('roadshows.remind')
export class RoadshowReminderProcessor implements JobHandler<'roadshows.remind'> {
  private readonly logger = new Logger(RoadshowReminderProcessor.name);

  constructor(
    private readonly tx: Transactions,
    private readonly notices: RoadshowNotices,
    private readonly catalog: RoadshowCatalog,
    private readonly clock: Clock,
  ) {}

  async handle(payload: JobPayloads['roadshows.remind']): Promise<string> {
    const outcome = await this.tx.run((em) => this.remind(em, payload));
    if (outcome.startsWith('sent'))
      this.logger.log(`reminder ${payload.kind} ${payload.slotId ?? payload.roadshowId}: ${outcome}`);
    return outcome;
  }

  private async remind(em: EntityManager, payload: JobPayloads['roadshows.remind']): Promise<string> {
    if (!KINDS.has(payload.kind)) return 'unknown kind';
    const kind = payload.kind as ReminderKind;
    const event = await em.findOneBy(RoadshowEvent, { id: payload.roadshowId });
    if (!event || ![RoadshowStatus.PUBLISHED, RoadshowStatus.LIVE].includes(event.status))
      return 'not published';
    const slot = payload.slotId
      ? await em.findOneBy(RoadshowSlot, { id: payload.slotId, roadshowId: event.id })
      : null;
    if (payload.slotId && !slot) return 'slot gone';
    const start = slot ? slot.startsAt : event.startsAt;
    if (start.toISOString() !== payload.startsAt) return 'moved';
    const now = this.clock.now().getTime();
    const due = start.getTime() - REMINDER_OFFSETS[kind];
    if (now < due - EARLY_MS) return 'not due';
    // Far past its time (the worker was down), a reminder would say the wrong thing ("in 24 hours").
    if (now >= start.getTime() || now > due + REMINDER_OFFSETS[kind] / 2) return 'too late';
    if (slot && slot.status !== SlotStatus.SCHEDULED) return 'already on stage';
    const recipients = slot
      ? await this.notices.presenters(em, event.organizationId, [slot.projectId])
      : await this.notices.commentators(em, event);
    const claimed: unknown[] = await em.query(
      `INSERT INTO roadshow_reminder (organization_id, roadshow_id, target, kind, due_key, recipients)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (roadshow_id, target, kind, due_key) DO NOTHING RETURNING id`,
      [event.organizationId, event.id, slot?.id ?? 'event', kind, payload.startsAt, recipients.length],
    );
    if (!claimed.length) return 'already sent';
    const [project] = slot ? await this.catalog.projects(em, event.organizationId, [slot.projectId]) : [];
    for (const to of recipients) {
      const base = {
        name: to.name,
        event: this.notices.eventTitle(to.locale, event),
        link: this.notices.link(event),
      };
      if (slot)
        await this.notices.queue(em, to, 'roadshows.presenter_reminder', {
          ...base,
          title: this.notices.title(to.locale, project?.title ?? {}),
          when:
            kind === ReminderKind.PRESENTER_24H
              ? to.locale === 'en'
                ? 'in 24 hours'
                : '24 小时后'
              : to.locale === 'en'
                ? 'in one hour'
                : '一小时后',
          local: this.notices.at(to.locale, slot.startsAt, slot.presenterTimeZone),
          zone: slot.presenterTimeZone,
          delivery: this.notices.delivery(to.locale, slot.delivery),
          where: this.notices.where(to.locale, event),
        });
      else
        await this.notices.queue(em, to, 'roadshows.commentator_reminder', {
          ...base,
          start: this.notices.at(to.locale, event.startsAt, event.timeZone),
        });
    }
    return `sent to ${recipients.length}`;
  }
}
