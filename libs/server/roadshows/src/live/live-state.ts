import { Injectable } from '@nestjs/common';
import { SlotStatus } from '@sixcan/domain';
import { RoadshowCatalog } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { RoadshowEvent } from '../event/roadshow.entity';
import { RoadshowSlot } from '../slot/slot.entity';
import { LiveSlotModel, RoadshowLiveStateModel } from './live.models';

const MINUTE = 60_000;

/** Reads an event's live state: its slots with their status, what is on stage and next, and the intent tally. */
@Injectable()
export class LiveState {
  constructor(private readonly catalog: RoadshowCatalog) {}

  async of(em: EntityManager, event: RoadshowEvent, now: Date): Promise<RoadshowLiveStateModel> {
    const slots = await em.find(RoadshowSlot, {
      where: { roadshowId: event.id },
      order: { position: 'ASC' },
    });
    const projects = new Map(
      (
        await this.catalog.projects(
          em,
          event.organizationId,
          slots.map((s) => s.projectId),
        )
      ).map((p) => [p.id, p]),
    );
    const counts: { project_id: string; n: number }[] = await em.query(
      `SELECT project_id, count(*)::int AS n FROM roadshow_intent WHERE roadshow_id = $1 GROUP BY project_id`,
      [event.id],
    );
    const byProject = new Map(counts.map((c) => [c.project_id, c.n]));
    const live = slots.map((s): LiveSlotModel => {
      const project = projects.get(s.projectId);
      return {
        id: s.id,
        projectId: s.projectId,
        title: { zh: project?.title.zh ?? null, en: project?.title.en ?? null },
        country: project?.country ?? null,
        order: s.position,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        delivery: s.delivery,
        status: s.status,
        startedAt: s.startedAt,
        plannedEnd:
          s.status === SlotStatus.ON_STAGE && s.startedAt
            ? new Date(s.startedAt.getTime() + event.slotMinutes * MINUTE)
            : s.endsAt,
      };
    });
    const current = live.find((s) => s.status === SlotStatus.ON_STAGE) ?? null;
    const next =
      live.find((s) => s.status === SlotStatus.SCHEDULED && (!current || s.order > current.order)) ??
      live.find((s) => s.status === SlotStatus.SCHEDULED) ??
      null;
    return {
      roadshowId: event.id,
      status: event.status,
      currentSlot: current,
      nextSlot: next,
      slots: live,
      intentCounts: slots.map((s) => ({ projectId: s.projectId, count: byProject.get(s.projectId) ?? 0 })),
      totalIntents: counts.reduce((n, c) => n + c.n, 0),
      updatedAt: now,
    };
  }
}
