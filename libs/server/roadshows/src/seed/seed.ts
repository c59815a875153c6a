import {
  planRoadshow,
  RoadshowMode,
  RoadshowStatus,
  SIX_CANS,
  SlotStatus,
  CommentaryDimension,
} from '@sixcan/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RoadshowCommentary } from '../commentary/commentary.entity';
import { RoadshowCommentator, RoadshowEvent, RoadshowProjectEntry } from '../event/roadshow.entity';
import { RoadshowIntent } from '../live/roadshow-intent.entity';
import { planInputOf } from '../slot/planning.service';
import { RoadshowSlot } from '../slot/slot.entity';

const MINUTE = 60_000;

export interface SeedCandidate {
  id: string;
  country: string | null;
  presenterTimeZone: string | null;
  availability: { startsAt: string | Date; endsAt: string | Date }[];
}

export interface RoadshowSeedOptions {
  organizationId: string;
  programmeId: string;
  /** Projects that may pitch (shortlisted or published to partners), best first. */
  candidates: SeedCandidate[];
  /** Members who critique the pitches. */
  commentatorUserIds: string[];
  /** Intents partners recorded with source ROADSHOW (the matching context's rows), counted on past slots. */
  intents: { intentId: string; projectId: string; partnerId: string }[];
  now?: Date;
}

/**
 * Twelve projects from eight countries (the reference scenario): one per country first, preferring projects
 * partners already showed a roadshow intent for, until eight countries are in; then more from those countries.
 */
export function pickPresenters(
  candidates: SeedCandidate[],
  withIntents: Set<string>,
  size = 12,
  countries = 8,
): SeedCandidate[] {
  const usable = candidates.filter((c) => c.presenterTimeZone && c.country);
  const ordered = [
    ...usable.filter((c) => withIntents.has(c.id)),
    ...usable.filter((c) => !withIntents.has(c.id)),
  ];
  const picked: SeedCandidate[] = [];
  const seen = new Set<string>();
  for (const c of ordered)
    if (picked.length < size && seen.size < countries && !seen.has(c.country as string)) {
      picked.push(c);
      seen.add(c.country as string);
    }
  for (const c of ordered)
    if (picked.length < size && !picked.includes(c) && seen.has(c.country as string)) picked.push(c);
  for (const c of ordered) if (picked.length < size && !picked.includes(c)) picked.push(c);
  return picked;
}

const NOTES: Record<string, [string, string]> = {
  ATTEND: ['团队可赴深圳参加对接会。', 'The team can travel to Shenzhen for the matchmaking days.'],
  CONVERT: ['已有中试数据，产业化路径清晰。', 'Pilot data in hand; a clear path to production.'],
  TRANSFER: [
    '核心专利可许可，需明确地域范围。',
    'Core patents are licensable; the territory needs defining.',
  ],
  TRADE: ['权属清晰，估值偏高。', 'Clean title; the valuation is on the high side.'],
  CROSS_BORDER: ['需确认出口管制分类。', 'Export-control classification still to be confirmed.'],
  LAND: ['与本地电池产业链高度契合。', 'Strong fit with the local battery cluster.'],
  INNOVATION: ['技术路线领先同类方案。', 'Ahead of comparable approaches.'],
};

/**
 * The reference roadshow of the demo: a 3-hour online session of 12 projects from 8 countries, planned by the
 * time-zone-aware planner, live now (it started 90 minutes ago): past pitches are done, with critiques by the
 * two commentators and the roadshow intents partners recorded while they were on stage; one pitch is on stage.
 * Deterministic for a given `now`; idempotent (a programme that has a roadshow is left alone).
 */
export async function seedRoadshows(ds: DataSource, o: RoadshowSeedOptions): Promise<string> {
  const now = o.now ?? new Date();
  return ds.transaction(async (em) => {
    if (await em.existsBy(RoadshowEvent, { organizationId: o.organizationId, programmeId: o.programmeId }))
      return 'already there';
    const withIntents = new Set(o.intents.map((i) => i.projectId));
    const presenters = pickPresenters(o.candidates, withIntents);
    if (!presenters.length) return 'no projects to present';
    const start = new Date(Math.floor(now.getTime() / (5 * MINUTE)) * 5 * MINUTE - 90 * MINUTE);
    const event = em.create(RoadshowEvent, {
      id: randomUUID(),
      organizationId: o.organizationId,
      programmeId: o.programmeId,
      titleZh: '国际产业创新领军技术路演（线上专场）',
      titleEn: 'International Industry Innovation Leading Technology Roadshow (online session)',
      mode: RoadshowMode.ONLINE,
      venue: null,
      streamUrl: 'https://live.sixcan.demo/roadshow/2026-online',
      startsAt: start,
      endsAt: new Date(start.getTime() + 180 * MINUTE),
      timeZone: 'Asia/Shanghai',
      slotMinutes: 12,
      breakAfterEverySlots: 6,
      breakMinutes: 10,
      breakWindows: [],
      status: RoadshowStatus.LIVE,
      manualOrder: null,
      publishedAt: new Date(start.getTime() - 7 * 24 * 60 * MINUTE),
      startedAt: start,
      endedAt: null,
      createdBy: null,
      version: 3,
    });
    const plan = planRoadshow(
      planInputOf(
        event,
        presenters.map((p) => ({
          id: p.id,
          programmeId: o.programmeId,
          status: 'IN_SCREENING' as never,
          title: {},
          country: p.country,
          organizationName: null,
          presenterTimeZone: p.presenterTimeZone,
          availability: p.availability.map((w) => ({
            startsAt: new Date(w.startsAt),
            endsAt: new Date(w.endsAt),
          })),
        })),
        null,
      ),
    );
    event.plan = {
      breaks: plan.breaks,
      warnings: plan.warnings.map((w) => ({ ...w })),
      unplaced: plan.unplaced,
      summary: plan.summary,
      fingerprint: plan.fingerprint,
    };
    await em.insert(RoadshowEvent, event);
    await em.insert(
      RoadshowProjectEntry,
      presenters.map((p) => ({
        organizationId: o.organizationId,
        roadshowId: event.id,
        projectId: p.id,
        addedBy: null,
      })),
    );
    if (o.commentatorUserIds.length)
      await em.insert(
        RoadshowCommentator,
        o.commentatorUserIds.map((userId) => ({
          organizationId: o.organizationId,
          roadshowId: event.id,
          userId,
        })),
      );
    const slots = plan.slots.map((s) => {
      const startsAt = new Date(s.start);
      const endsAt = new Date(s.end);
      const status =
        endsAt <= now ? SlotStatus.DONE : startsAt <= now ? SlotStatus.ON_STAGE : SlotStatus.SCHEDULED;
      return Object.assign(new RoadshowSlot(), {
        id: randomUUID(),
        organizationId: o.organizationId,
        roadshowId: event.id,
        projectId: s.projectId,
        position: s.order,
        startsAt,
        endsAt,
        presenterTimeZone: s.timeZone,
        delivery: s.delivery,
        status,
        reason: s.explanation.code,
        fit: s.explanation.fit,
        startedAt: status === SlotStatus.SCHEDULED ? null : startsAt,
        finishedAt: status === SlotStatus.DONE ? endsAt : null,
      });
    });
    await em.insert(RoadshowSlot, slots);
    const past = slots.filter((s) => s.status !== SlotStatus.SCHEDULED);
    const dimensions = [...SIX_CANS, CommentaryDimension.INNOVATION];
    const critiques = slots
      .filter((s) => s.status === SlotStatus.DONE)
      .flatMap((slot, i) =>
        o.commentatorUserIds.map((authorUserId, k) => {
          const zh = k % 2 === 0;
          const chosen = dimensions.filter((_, d) => (d + i + k) % 3 !== 0);
          return {
            organizationId: o.organizationId,
            roadshowId: event.id,
            slotId: slot.id,
            projectId: slot.projectId,
            authorUserId,
            entries: chosen.map((dimension, d) => ({
              dimension,
              rating: 2 + ((i * 3 + k + d) % 4),
              note: d % 2 === 0 ? (NOTES[dimension]?.[zh ? 0 : 1] ?? null) : null,
            })),
            text: zh
              ? '路演清晰，建议会后安排园区实地考察。'
              : 'A clear pitch; worth a site visit to the park after the event.',
            createdAt: new Date(slot.endsAt.getTime() - (2 + k) * MINUTE),
          };
        }),
      );
    if (critiques.length) await em.insert(RoadshowCommentary, critiques);
    const slotOf = new Map(past.map((s) => [s.projectId, s]));
    const tally = o.intents
      .filter((i) => slotOf.has(i.projectId))
      .map((i, n) => {
        const slot = slotOf.get(i.projectId) as RoadshowSlot;
        return {
          organizationId: o.organizationId,
          roadshowId: event.id,
          projectId: i.projectId,
          intentId: i.intentId,
          partnerId: i.partnerId,
          slotId: slot.id,
          createdAt: new Date(slot.startsAt.getTime() + (3 + (n % 8)) * MINUTE),
        };
      });
    if (tally.length) await em.insert(RoadshowIntent, tally);
    const countries = new Set(presenters.map((p) => p.country));
    return `1 live roadshow, ${slots.length} projects from ${countries.size} countries (${plan.summary.live} live, ${plan.summary.prerecorded} pre-recorded), ${past.length} pitched, ${critiques.length} critiques, ${tally.length} roadshow intents`;
  });
}
