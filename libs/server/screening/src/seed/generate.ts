import {
  assignReviewers,
  Recommendation,
  ReviewStatus,
  ScreeningRoundStatus,
  SixCan,
  Verdict,
} from '@sixcan/domain';
import { ScreeningProject } from '@sixcan/server-core';
import { randomUUID } from 'node:crypto';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ReviewAssignment } from '../assignment/review-assignment.entity';
import { Review } from '../review/review.entity';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { ScreeningRound } from '../round/screening-round.entity';
import { Dice } from './pool';

const DAY = 86400_000;

export async function insertAll<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
) {
  for (let i = 0; i < rows.length; i += 1000) await em.insert(target, rows.slice(i, i + 1000) as never);
}

/** Assigns a seeded round with the domain's rules and writes the assignments. */
export async function assign(
  em: EntityManager,
  round: ScreeningRound,
  projects: ScreeningProject[],
  profiles: ReviewerProfile[],
  conflicts: { projectId: string; reviewerId: string }[],
  maxLoad: number,
): Promise<ReviewAssignment[]> {
  const result = assignReviewers({
    projects: projects.map((p) => ({ id: p.id, sector: p.sectorCode, languages: p.languages })),
    reviewers: profiles.map((r) => ({
      id: r.id,
      maxLoad: Math.min(maxLoad, r.maxLoad),
      sectors: r.sectors,
      languages: r.languages,
    })),
    k: round.reviewersPerProject,
    conflicts,
  });
  if (!result.feasible) throw new Error(`demo round ${round.ordinal} cannot be assigned: ${result.message}`);
  const position = new Map<string, number>();
  const rows = result.assignments.map((a) => {
    const next = (position.get(a.reviewerId) ?? 0) + 1;
    position.set(a.reviewerId, next);
    return Object.assign(new ReviewAssignment(), {
      id: randomUUID(),
      organizationId: round.organizationId,
      roundId: round.id,
      projectId: a.projectId,
      reviewerProfileId: a.reviewerId,
      position: next,
      noConflictAt: round.status === ScreeningRoundStatus.DECIDED ? round.openedAt : null,
      conflictId: null,
    });
  });
  await insertAll(em, ReviewAssignment, rows);
  return rows;
}

/** A deterministic review: the project's quality, the reviewer's bias, some noise; a weak can mostly fails. */
export function review(
  dice: Dice,
  a: ReviewAssignment,
  round: ScreeningRound,
  quality: Map<string, number>,
  weakCan: Map<string, SixCan | null>,
  bias: Map<string, number>,
  scale: number,
  seedRound: number,
): Review {
  const base = (quality.get(a.projectId) ?? 5) + (bias.get(a.reviewerProfileId) ?? 0) + (seedRound - 1) * 0.5;
  const scores = round.criteria.map((criterion) => ({
    criterion,
    score: Math.max(1, Math.min(scale, Math.round(base + dice.normal(0.8)))),
  }));
  const weak = weakCan.get(a.projectId);
  const verdicts = round.cans.map((can) => {
    const fail = can === weak ? dice.float() < 0.8 : dice.float() < 0.03;
    const verdict = fail ? Verdict.FAIL : dice.float() < 0.1 ? Verdict.UNSURE : Verdict.PASS;
    return {
      can,
      verdict,
      note:
        verdict === Verdict.PASS
          ? null
          : verdict === Verdict.FAIL
            ? '证据不足 / Evidence missing'
            : '需补充材料 / Needs more detail',
    };
  });
  const mean = scores.reduce((s, x) => s + x.score, 0) / Math.max(1, scores.length);
  const opened = (round.openedAt as Date).getTime();
  const span = ((round.closedAt ?? new Date(opened + 3 * DAY)) as Date).getTime() - opened;
  return Object.assign(new Review(), {
    id: randomUUID(),
    organizationId: a.organizationId,
    assignmentId: a.id,
    roundId: a.roundId,
    projectId: a.projectId,
    reviewerProfileId: a.reviewerProfileId,
    status: ReviewStatus.SUBMITTED,
    scores,
    verdicts,
    recommendation:
      mean >= 8
        ? Recommendation.STRONG_ADVANCE
        : mean >= 6.5
          ? Recommendation.ADVANCE
          : mean >= 5
            ? Recommendation.NEUTRAL
            : mean >= 3.5
              ? Recommendation.REJECT
              : Recommendation.STRONG_REJECT,
    comment:
      mean >= 6.5
        ? '技术路线清晰，落地条件较好。 Clear technical path, good landing prospects.'
        : '商业化路径尚不明确。 The route to market is not clear yet.',
    submittedAt: new Date(opened + dice.float() * span),
  });
}
