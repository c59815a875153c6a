import {
  AdvanceRuleKind,
  ConflictSource,
  ConflictStatus,
  Decision,
  normaliseRound,
  ProjectStatus,
  rankRound,
  ReviewStatus,
  ScreeningRoundStatus,
  sixCanGate,
  SixCan,
} from '@sixcan/domain';
import { ScreeningProgramme, ScreeningProject } from '@sixcan/server-core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictOfInterest } from '../conflict/conflict.entity';
import { detectConflicts } from '../conflict/detect';
import { advanceRuleOf, gateCansOf, rubricOf } from '../results/round-results';
import { Review } from '../review/review.entity';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { RoundJobState, RoundProject, ScreeningRound } from '../round/screening-round.entity';
import { assign, insertAll, review } from './generate';
import { Dice, reviewerPool } from './pool';

const DAY = 86400_000;

export interface ScreeningSeedOptions {
  organizationId: string;
  programme: ScreeningProgramme;
  projects: ScreeningProject[];
  /** The demo reviewer: the first profile of the pool. */
  reviewerEmail?: string;
  /** The demo organizer: author of the two overrides of round 1. */
  organizerUserId?: string;
  now?: Date;
}

export interface SeededMove {
  projectId: string;
  from: ProjectStatus;
  to: ProjectStatus;
  note: string;
  at: Date;
}

/**
 * The reference screening: 150 reviewers, round 1 decided over the submitted projects (3 reviewers each,
 * deterministic reviews, about 300 advanced, two overrides with reasons) and round 2 open over the
 * advanced projects with part of its reviews in. Bulk inserts only. Returns the project status moves for
 * the programmes context to apply. Idempotent: a programme that has rounds is left alone.
 */
export async function seedScreening(
  ds: DataSource,
  o: ScreeningSeedOptions,
): Promise<{ summary: string; moves: SeededMove[] }> {
  const now = o.now ?? new Date();
  return ds.transaction(async (em) => {
    if (await em.existsBy(ScreeningRound, { programmeId: o.programme.id }))
      return { summary: 'already there', moves: [] };
    const dice = new Dice(7_200);
    const submitted = o.projects.filter((p) => p.status === ProjectStatus.SUBMITTED);
    const pool = reviewerPool(
      150,
      o.programme.sectors,
      submitted.flatMap((p) => (p.organizationName ? [p.organizationName] : [])),
      60,
    );
    const profiles: ReviewerProfile[] = pool.map((r, i) =>
      Object.assign(new ReviewerProfile(), {
        id: randomUUID(),
        organizationId: o.organizationId,
        userId: null,
        ...r,
        ...(i === 0 && o.reviewerEmail
          ? {
              email: o.reviewerEmail,
              emailDomain: o.reviewerEmail.split('@')[1],
              displayName: 'Dr. Anna Müller',
              locale: 'en',
              affiliation: 'Fraunhofer-Gesellschaft',
              country: 'DE',
            }
          : {}),
      }),
    );
    await insertAll(em, ReviewerProfile, profiles);

    // Conflicts found by detection; a few were looked at and dismissed.
    const detected = detectConflicts(profiles, submitted);
    const conflicts = detected.map((c, i) =>
      Object.assign(new ConflictOfInterest(), {
        organizationId: o.organizationId,
        programmeId: o.programme.id,
        roundId: null,
        reviewerProfileId: c.reviewerId,
        projectId: c.projectId,
        kind: c.kind,
        source: ConflictSource.DETECTED,
        status: i % 4 === 3 ? ConflictStatus.DISMISSED : ConflictStatus.ACTIVE,
        reason: c.reason,
        createdBy: null,
        resolvedAt: i % 4 === 3 ? new Date(now.getTime() - 24 * DAY) : null,
        resolvedBy: i % 4 === 3 ? (o.organizerUserId ?? null) : null,
      }),
    );
    const blocking = conflicts
      .filter((c) => c.status === ConflictStatus.ACTIVE)
      .map((c) => ({ projectId: c.projectId, reviewerId: c.reviewerProfileId }));

    const quality = new Map(submitted.map((p) => [p.id, 3 + dice.float() * 6]));
    const weakCan = new Map(
      submitted.map((p) => [
        p.id,
        dice.float() < 0.08 ? dice.pick([SixCan.LAND, SixCan.TRANSFER, SixCan.ATTEND]) : null,
      ]),
    );
    const bias = new Map(profiles.map((p) => [p.id, dice.normal(1)]));
    const criteria = o.programme.rubric.map((c) => c.code);

    const round1 = await newRound(em, o, {
      ordinal: 1,
      status: ScreeningRoundStatus.DECIDED,
      cans: [SixCan.ATTEND, SixCan.CONVERT, SixCan.TRANSFER, SixCan.LAND],
      criteria: criteria.slice(0, 2),
      maxLoad: 60,
      advanceN: 300,
      deadline: new Date(now.getTime() - 5 * DAY),
      openedAt: new Date(now.getTime() - 25 * DAY),
      closedAt: new Date(now.getTime() - 5 * DAY),
      decidedAt: new Date(now.getTime() - 4 * DAY),
    });
    await insertAll(
      em,
      ConflictOfInterest,
      conflicts.map((c) => ({ ...c, roundId: round1.id })),
    );
    const r1 = await assign(em, round1, submitted, profiles, blocking, 60);
    const reviews1 = r1.map((a) =>
      review(dice, a, round1, quality, weakCan, bias, o.programme.rubricScale, 1),
    );
    await insertAll(em, Review, reviews1);

    // The ranking with the domain's rules, as the results page computes it.
    const scores = normaliseRound({
      rubric: rubricOf(round1, o.programme),
      reviews: reviews1.map((r) => ({
        reviewerId: r.reviewerProfileId,
        projectId: r.projectId,
        scores: Object.fromEntries(r.scores.map((s) => [s.criterion, s.score])),
      })),
    });
    const byProject = new Map(scores.projects.map((p) => [p.projectId, p]));
    const reviewsOf = new Map<string, Review[]>();
    for (const r of reviews1) reviewsOf.set(r.projectId, [...(reviewsOf.get(r.projectId) ?? []), r]);
    const ranked = rankRound(
      submitted.map((p) => {
        const own = reviewsOf.get(p.id) ?? [];
        const gate = sixCanGate(
          own.map((r) => ({
            reviewerId: r.reviewerProfileId,
            verdicts: Object.fromEntries(r.verdicts.map((v) => [v.can, v.verdict])),
          })),
          gateCansOf(round1, o.programme),
        );
        const s = byProject.get(p.id);
        return {
          projectId: p.id,
          normalised: s?.normalised ?? null,
          minReviewerScore: s?.minReviewerScore ?? null,
          submittedAt: p.submittedAt ?? now,
          gatePassed: gate.passed,
          reviewCount: own.length,
        };
      }),
      advanceRuleOf(round1),
    );
    // Two overrides with their reasons: the last advanced makes way for the first below the line.
    const lastIn = ranked.filter((r) => r.proposed === Decision.ADVANCE).pop();
    const firstOut = ranked.find((r) => r.reason === 'BELOW_TOP_N');
    const overrides = new Map<string, { decision: Decision; reason: string }>();
    if (o.organizerUserId && lastIn && firstOut) {
      overrides.set(lastIn.projectId, {
        decision: Decision.REJECT,
        reason: '与已获本市资助项目重复 / Overlaps a project the city already funds',
      });
      overrides.set(firstOut.projectId, {
        decision: Decision.ADVANCE,
        reason: '契合本地电池产业链 / Strong fit with the local battery cluster',
      });
    }
    const decided = ranked.map((r) => ({
      ...r,
      decision: overrides.get(r.projectId)?.decision ?? r.proposed ?? Decision.REJECT,
    }));
    await insertAll(
      em,
      RoundProject,
      decided.map((r) =>
        Object.assign(new RoundProject(), {
          organizationId: o.organizationId,
          roundId: round1.id,
          projectId: r.projectId,
          overrideDecision: overrides.get(r.projectId)?.decision ?? null,
          overrideReason: overrides.get(r.projectId)?.reason ?? null,
          overrideBy: overrides.has(r.projectId) ? (o.organizerUserId ?? null) : null,
          overrideAt: overrides.has(r.projectId) ? new Date(now.getTime() - 4.5 * DAY) : null,
          proposedDecision: r.proposed,
          decision: r.decision,
        }),
      ),
    );
    const note = 'screening round 1';
    const moves: SeededMove[] = submitted.map((p) => ({
      projectId: p.id,
      from: ProjectStatus.SUBMITTED,
      to: ProjectStatus.IN_SCREENING,
      note,
      at: round1.openedAt as Date,
    }));
    for (const r of decided)
      if (r.decision === Decision.REJECT)
        moves.push({
          projectId: r.projectId,
          from: ProjectStatus.IN_SCREENING,
          to: ProjectStatus.REJECTED,
          note,
          at: round1.decidedAt as Date,
        });

    // Round 2, open: the advanced projects, part of the reviews in.
    const advanced = new Set(decided.filter((r) => r.decision === Decision.ADVANCE).map((r) => r.projectId));
    const round2 = await newRound(em, o, {
      ordinal: 2,
      status: ScreeningRoundStatus.OPEN,
      cans: [SixCan.CONVERT, SixCan.TRADE, SixCan.CROSS_BORDER],
      criteria,
      maxLoad: 20,
      advanceN: 100,
      deadline: new Date(now.getTime() + 10 * DAY),
      openedAt: new Date(now.getTime() - 3 * DAY),
      closedAt: null,
      decidedAt: null,
    });
    const second = submitted.filter((p) => advanced.has(p.id));
    await insertAll(
      em,
      RoundProject,
      second.map((p) =>
        Object.assign(new RoundProject(), {
          organizationId: o.organizationId,
          roundId: round2.id,
          projectId: p.id,
        }),
      ),
    );
    const r2 = await assign(em, round2, second, profiles, blocking, 20);
    const reviews2 = r2.flatMap((a) => {
      const roll = dice.float();
      if (roll > 0.55) return [];
      const r = review(dice, a, round2, quality, weakCan, bias, o.programme.rubricScale, 2);
      return [roll > 0.45 ? { ...r, status: ReviewStatus.DRAFT, submittedAt: null } : r];
    });
    await insertAll(em, Review, reviews2);
    const reviewed = new Set(reviews2.map((r) => r.assignmentId));
    await em.query(`UPDATE review_assignment SET no_conflict_at = $2 WHERE round_id = $1 AND id = ANY($3)`, [
      round2.id,
      round2.openedAt,
      [...reviewed],
    ]);
    return {
      summary: `${profiles.length} reviewers, ${conflicts.length} detected conflicts; round 1 decided (${submitted.length} projects, ${reviews1.length} reviews, ${advanced.size} advanced); round 2 open (${second.length} projects, ${reviews2.filter((r) => r.status === ReviewStatus.SUBMITTED).length} of ${r2.length} reviews in)`,
      moves,
    };
  });
}

async function newRound(
  em: EntityManager,
  o: ScreeningSeedOptions,
  r: Pick<
    ScreeningRound,
    | 'ordinal'
    | 'status'
    | 'cans'
    | 'criteria'
    | 'maxLoad'
    | 'deadline'
    | 'openedAt'
    | 'closedAt'
    | 'decidedAt'
  > & {
    advanceN: number;
  },
): Promise<ScreeningRound> {
  return em.save(
    em.create(ScreeningRound, {
      ...r,
      organizationId: o.organizationId,
      programmeId: o.programme.id,
      reviewersPerProject: 3,
      advanceRuleKind: AdvanceRuleKind.TOP_N,
      advanceMinScore: null,
      lastRound: false,
      jobState: RoundJobState.DONE,
      jobProgress: 1,
      jobMessage: 'assigned by the demo seed',
    }),
  );
}
