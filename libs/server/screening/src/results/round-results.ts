import { Injectable } from '@nestjs/common';
import {
  AdvanceRule,
  AdvanceRuleKind,
  Decision,
  GateResult,
  normaliseRound,
  rankRound,
  RankReason,
  ReviewStatus,
  RoundScores,
  sixCanGate,
  SixCan,
  Verdict,
} from '@sixcan/domain';
import { ScreeningIntake, ScreeningProgramme, ScreeningProject } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { ReviewAssignment } from '../assignment/review-assignment.entity';
import { Review } from '../review/review.entity';
import { RoundProject, ScreeningRound } from '../round/screening-round.entity';

export interface ResultRow {
  projectId: string;
  project: ScreeningProject;
  rank: number;
  rawMean: number | null;
  normalised: number | null;
  disagreement: number | null;
  reviewCount: number;
  minReviewerScore: number | null;
  perCriterion: { criterion: string; score: number }[];
  gate: GateResult;
  proposed: Decision | null;
  decision: Decision | null;
  reason: RankReason;
  override: { decision: Decision; reason: string; by: string; at: Date } | null;
  submittedAt: Date | string;
  gatePassed: boolean;
}

export interface RoundComputation {
  programme: ScreeningProgramme;
  rows: ResultRow[];
  scores: RoundScores;
}

export const advanceRuleOf = (round: ScreeningRound): AdvanceRule =>
  round.advanceRuleKind === AdvanceRuleKind.TOP_N
    ? { kind: AdvanceRuleKind.TOP_N, n: round.advanceN ?? 0 }
    : round.advanceRuleKind === AdvanceRuleKind.MIN_SCORE
      ? { kind: AdvanceRuleKind.MIN_SCORE, minScore: round.advanceMinScore ?? 0 }
      : { kind: AdvanceRuleKind.MANUAL };

/** The rubric a round scores: its criteria with the programme's weights, on 1..scale. */
export const rubricOf = (round: ScreeningRound, programme: ScreeningProgramme) => ({
  criteria: programme.rubric
    .filter((c) => round.criteria.includes(c.code))
    .map((c) => ({ code: c.code, weight: c.weight })),
  scaleMin: 1,
  scaleMax: programme.rubricScale,
});

/** Mandatory cans the round checks: a majority of FAIL on one of them fails the gate. */
export const gateCansOf = (round: ScreeningRound, programme: ScreeningProgramme): SixCan[] =>
  programme.mandatoryCans.filter((c) => round.cans.includes(c));

/**
 * A round's results from its submitted reviews (reviews of assignments a conflict took away excluded):
 * normalised scores, the six-can gate, the rank and the proposed and final decision of each project.
 */
@Injectable()
export class RoundResults {
  constructor(private readonly intake: ScreeningIntake) {}

  async compute(em: EntityManager, round: ScreeningRound): Promise<RoundComputation> {
    const programme = await this.intake.programme(em, round.organizationId, round.programmeId);
    if (!programme) throw new Error(`programme ${round.programmeId} of round ${round.id} is gone`);
    const members = await em.find(RoundProject, { where: { roundId: round.id } });
    const projects = await this.intake.projects(em, round.organizationId, round.programmeId, {
      ids: members.map((m) => m.projectId),
    });
    const reviews: Pick<Review, 'projectId' | 'reviewerProfileId' | 'scores' | 'verdicts'>[] = await em
      .createQueryBuilder(Review, 'v')
      .innerJoin(ReviewAssignment, 'a', 'a.id = v.assignmentId')
      .select(['v.projectId', 'v.reviewerProfileId', 'v.scores', 'v.verdicts'])
      .where('v.roundId = :round AND v.status = :submitted AND a.conflictId IS NULL', {
        round: round.id,
        submitted: ReviewStatus.SUBMITTED,
      })
      .getMany();
    const rubric = rubricOf(round, programme);
    const scores = normaliseRound({
      rubric,
      reviews: reviews.map((r) => ({
        reviewerId: r.reviewerProfileId,
        projectId: r.projectId,
        scores: Object.fromEntries(r.scores.map((s) => [s.criterion, s.score])),
      })),
    });
    const scoreOf = new Map(scores.projects.map((p) => [p.projectId, p]));
    const verdictsOf = new Map<
      string,
      { reviewerId: string; verdicts: Partial<Record<SixCan, Verdict>> }[]
    >();
    const countOf = new Map<string, number>();
    for (const r of reviews) {
      const list = verdictsOf.get(r.projectId) ?? [];
      list.push({
        reviewerId: r.reviewerProfileId,
        verdicts: Object.fromEntries(r.verdicts.map((v) => [v.can, v.verdict])),
      });
      verdictsOf.set(r.projectId, list);
      countOf.set(r.projectId, (countOf.get(r.projectId) ?? 0) + 1);
    }
    const gateCans = gateCansOf(round, programme);
    const memberOf = new Map(members.map((m) => [m.projectId, m]));
    const base = projects.map((project) => {
      const score = scoreOf.get(project.id);
      const gate = sixCanGate(verdictsOf.get(project.id) ?? [], gateCans);
      return {
        projectId: project.id,
        project,
        normalised: score?.normalised ?? null,
        rawMean: score?.rawMean ?? null,
        disagreement: score?.disagreement ?? null,
        minReviewerScore: score?.minReviewerScore ?? null,
        perCriterion: Object.entries(score?.perCriterion ?? {}).map(([criterion, value]) => ({
          criterion,
          score: value,
        })),
        reviewCount: countOf.get(project.id) ?? 0,
        gate,
        gatePassed: gate.passed,
        submittedAt: project.submittedAt ?? new Date(8.64e15),
      };
    });
    const rows: ResultRow[] = rankRound(base, advanceRuleOf(round)).map((row) => {
      const member = memberOf.get(row.projectId);
      const override =
        member?.overrideDecision && member.overrideReason && member.overrideBy && member.overrideAt
          ? {
              decision: member.overrideDecision,
              reason: member.overrideReason,
              by: member.overrideBy,
              at: member.overrideAt,
            }
          : null;
      // Once decided, the recorded decisions stand (a later change of reviews cannot move them).
      const decided = member?.decision ?? null;
      return {
        ...row,
        proposed: decided ? (member?.proposedDecision ?? row.proposed) : row.proposed,
        decision: decided ?? override?.decision ?? row.proposed,
        override,
      };
    });
    return { programme, rows, scores };
  }
}
