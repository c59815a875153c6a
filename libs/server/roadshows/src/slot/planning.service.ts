import { Injectable } from '@nestjs/common';
import {
  isTimeZone,
  planRoadshow,
  RoadshowPlan,
  RoadshowPlanInput,
  RoadshowPlanInputError,
  RoadshowStatus,
} from '@sixcan/domain';
import { DomainError, ErrorCode, RoadshowCatalog, RoadshowProject } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { RoadshowEvent, RoadshowProjectEntry, StoredPlan } from '../event/roadshow.entity';
import { ReminderScheduler } from '../publish/reminder-scheduler';
import { RoadshowSlot } from './slot.entity';

/** Events whose plan follows every change; a live or ended event keeps its slots as they are. */
export const PLANNABLE: readonly RoadshowStatus[] = [RoadshowStatus.DRAFT, RoadshowStatus.PUBLISHED];

/**
 * The planner's input for an event: its window, zone, slot length and breaks, and one presenter per project.
 * A presenter's availability windows count only where they overlap the broadcast window (windows given for
 * other dates say nothing about this event, and local hours apply); a project without a presenter zone is
 * planned in the event's display zone.
 */
export function planInputOf(
  event: RoadshowEvent,
  projects: RoadshowProject[],
  order: string[] | null,
): RoadshowPlanInput {
  const ids = new Set(projects.map((p) => p.id));
  return {
    window: { start: event.startsAt.toISOString(), end: event.endsAt.toISOString() },
    displayTimeZone: event.timeZone,
    slotMinutes: event.slotMinutes,
    breaks: {
      windows: event.breakWindows,
      every:
        event.breakAfterEverySlots && event.breakMinutes
          ? { afterEverySlots: event.breakAfterEverySlots, minutes: event.breakMinutes }
          : null,
    },
    presenters: projects.map((p) => ({
      projectId: p.id,
      timeZone: p.presenterTimeZone && isTimeZone(p.presenterTimeZone) ? p.presenterTimeZone : event.timeZone,
      availability: p.availability
        .filter((w) => w.endsAt > event.startsAt && w.startsAt < event.endsAt)
        .map((w) => ({ start: w.startsAt.toISOString(), end: w.endsAt.toISOString() })),
    })),
    order: order ? order.filter((id) => ids.has(id)) : null,
  };
}

/** Plans an event from its projects and stores the slots (ids kept per project) and the plan's findings. */
@Injectable()
export class RoadshowPlanning {
  constructor(
    private readonly catalog: RoadshowCatalog,
    private readonly reminders: ReminderScheduler,
  ) {}

  /** The event's project ids in the order they were added. */
  async projectIds(em: EntityManager, roadshowId: string): Promise<string[]> {
    const rows = await em.find(RoadshowProjectEntry, {
      where: { roadshowId },
      order: { createdAt: 'ASC', id: 'ASC' },
      select: { projectId: true },
    });
    return rows.map((r) => r.projectId);
  }

  /** The plan for the event as it stands (nothing stored). */
  async plan(em: EntityManager, event: RoadshowEvent, order = event.manualOrder): Promise<RoadshowPlan> {
    const projects = await this.catalog.projects(
      em,
      event.organizationId,
      await this.projectIds(em, event.id),
    );
    try {
      return planRoadshow(planInputOf(event, projects, order));
    } catch (error) {
      if (!(error instanceof RoadshowPlanInputError)) throw error;
      throw new DomainError(ErrorCode.VALIDATION, `The roadshow cannot be planned: ${error.message}`, {
        reason: 'INVALID_PLAN_INPUT',
        fields: error.problems.map((p) => ({ field: p.field, message: p.message })),
      });
    }
  }

  /**
   * Re-plans a draft or published event in the caller's transaction and stores the result; a published
   * event's reminders follow the new times. Returns null (and changes nothing) for a live or ended event.
   */
  async replan(em: EntityManager, event: RoadshowEvent): Promise<RoadshowPlan | null> {
    if (!PLANNABLE.includes(event.status)) return null;
    const plan = await this.plan(em, event);
    await this.store(em, event, plan);
    if (event.status === RoadshowStatus.PUBLISHED) await this.reminders.schedule(em, event);
    return plan;
  }

  private async store(em: EntityManager, event: RoadshowEvent, plan: RoadshowPlan): Promise<void> {
    const placed = plan.slots.map((s) => s.projectId);
    await em.query(
      `DELETE FROM roadshow_slot WHERE roadshow_id = $1 AND NOT (project_id = ANY($2::uuid[]))`,
      [event.id, placed],
    );
    if (plan.slots.length)
      await em.query(
        `INSERT INTO roadshow_slot (organization_id, roadshow_id, project_id, position, starts_at, ends_at,
                                    presenter_time_zone, delivery, reason, fit)
         SELECT $1, $2, x.project_id, x.position, x.starts_at, x.ends_at, x.zone, x.delivery, x.reason, x.fit
           FROM unnest($3::uuid[], $4::int[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[],
                       $9::text[], $10::text[])
             AS x(project_id, position, starts_at, ends_at, zone, delivery, reason, fit)
         ON CONFLICT (roadshow_id, project_id) DO UPDATE SET
           position = EXCLUDED.position, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
           presenter_time_zone = EXCLUDED.presenter_time_zone, delivery = EXCLUDED.delivery,
           reason = EXCLUDED.reason, fit = EXCLUDED.fit, updated_at = now()`,
        [
          event.organizationId,
          event.id,
          placed,
          plan.slots.map((s) => s.order),
          plan.slots.map((s) => s.start),
          plan.slots.map((s) => s.end),
          plan.slots.map((s) => s.timeZone),
          plan.slots.map((s) => s.delivery),
          plan.slots.map((s) => s.explanation.code),
          plan.slots.map((s) => s.explanation.fit),
        ],
      );
    const stored: StoredPlan = {
      breaks: plan.breaks,
      warnings: plan.warnings.map((w) => ({ ...w })),
      unplaced: plan.unplaced,
      summary: plan.summary,
      fingerprint: plan.fingerprint,
    };
    await em.update(RoadshowEvent, event.id, { plan: stored });
    event.plan = stored;
  }

  /** The event's stored slots in programme order. */
  slots(em: EntityManager, roadshowId: string): Promise<RoadshowSlot[]> {
    return em.find(RoadshowSlot, { where: { roadshowId }, order: { position: 'ASC' } });
  }
}
