import { PlanMode, PlanWarningCode } from '@sixcan/domain';
import { LocalizedText } from '@sixcan/server-core';
import { DateTime } from 'luxon';
import { RoadshowEvent, StoredWarning } from '../event/roadshow.entity';
import { RoadshowSlot } from './slot.entity';
import { PlanWarningModel, RoadshowPlanModel, RoadshowSlotModel } from './slot.models';

export interface ProjectInfo {
  title: LocalizedText;
  country: string | null;
}

export const NO_PROJECT: ProjectInfo = { title: { zh: null, en: null }, country: null };

/** An instant in a zone, ISO 8601 with that zone's offset at the instant (no milliseconds). */
export const inZone = (at: Date, zone: string): string =>
  DateTime.fromJSDate(at, { zone }).toISO({ suppressMilliseconds: true }) ?? at.toISOString();

export function slotModel(slot: RoadshowSlot, event: RoadshowEvent, project: ProjectInfo): RoadshowSlotModel {
  return {
    id: slot.id,
    projectId: slot.projectId,
    title: project.title,
    country: project.country,
    order: slot.position,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    presenterTimeZone: slot.presenterTimeZone,
    presenterLocalStart: inZone(slot.startsAt, slot.presenterTimeZone),
    presenterLocalEnd: inZone(slot.endsAt, slot.presenterTimeZone),
    displayStart: inZone(slot.startsAt, event.timeZone),
    displayEnd: inZone(slot.endsAt, event.timeZone),
    delivery: slot.delivery,
    status: slot.status,
    explanation: {
      code: slot.reason,
      fit: slot.fit,
      local: DateTime.fromJSDate(slot.startsAt, { zone: slot.presenterTimeZone }).toFormat('HH:mm'),
    },
    startedAt: slot.startedAt,
    finishedAt: slot.finishedAt,
  };
}

export function warningModel(w: StoredWarning): PlanWarningModel {
  return {
    code: w.code as PlanWarningCode,
    message: w.message,
    projectId: w.projectId ?? null,
    order: w.order ?? null,
    local: w.local ?? null,
    needed: w.needed ?? null,
    fits: w.fits ?? null,
    live: w.live ?? null,
    optimum: w.optimum ?? null,
  };
}

/** The stored plan of an event: its slots (in order) with project titles, and what the planner said. */
export function planModel(
  event: RoadshowEvent,
  slots: RoadshowSlot[],
  projects: Map<string, ProjectInfo>,
): RoadshowPlanModel {
  const plan = event.plan;
  return {
    mode: event.manualOrder ? PlanMode.MANUAL : PlanMode.OPTIMISED,
    slots: slots.map((s) => slotModel(s, event, projects.get(s.projectId) ?? NO_PROJECT)),
    breaks: (plan?.breaks ?? []).map((b) => ({
      startsAt: new Date(b.start),
      endsAt: new Date(b.end),
      displayStart: inZone(new Date(b.start), event.timeZone),
      displayEnd: inZone(new Date(b.end), event.timeZone),
    })),
    warnings: (plan?.warnings ?? []).map(warningModel),
    unplaced: (plan?.unplaced ?? []).map((projectId) => ({
      projectId,
      title: (projects.get(projectId) ?? NO_PROJECT).title,
    })),
    summary: plan?.summary ?? { live: 0, prerecorded: 0, preferred: 0, unplaced: 0 },
    fingerprint: plan?.fingerprint ?? '',
  };
}
