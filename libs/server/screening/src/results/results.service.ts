import { Injectable } from '@nestjs/common';
import { Actor, SIX_CANS } from '@sixcan/domain';
import {
  ConnectionShape,
  decodeCursor,
  encodeCursor,
  MemberDirectory,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { ScreeningAccess } from '../access';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { activeLoads } from '../reviewer/reviewer-models';
import { ReviewerProfileModel, toReviewerModel } from '../reviewer/reviewer.models';
import { ScreeningRound } from '../round/screening-round.entity';
import {
  ReviewerLeniencyModel,
  ReviewerProgressModel,
  RoundResultModel,
  RoundResultOrder,
  ScoreBucketModel,
} from './results.models';
import { ResultRow, RoundResults } from './round-results';

const SORTS: Record<RoundResultOrder, (a: ResultRow, b: ResultRow) => number> = {
  RANK: (a, b) => a.rank - b.rank,
  DISAGREEMENT: (a, b) => (b.disagreement ?? -1) - (a.disagreement ?? -1) || a.rank - b.rank,
  FEWEST_REVIEWS: (a, b) => a.reviewCount - b.reviewCount || a.rank - b.rank,
};

export function toResultModel(row: ResultRow, names: Map<string, string>): RoundResultModel {
  return {
    projectId: row.projectId,
    title: { zh: row.project.title.zh ?? null, en: row.project.title.en ?? null },
    country: row.project.country,
    sectorCode: row.project.sectorCode,
    organizationName: row.project.organizationName,
    rank: row.rank,
    rawMean: row.rawMean,
    normalised: row.normalised,
    disagreement: row.disagreement,
    reviewCount: row.reviewCount,
    minReviewerScore: row.minReviewerScore,
    perCriterion: row.perCriterion,
    gate: {
      passed: row.gate.passed,
      failedCans: row.gate.failedCans,
      counts: SIX_CANS.map((can) => ({ can, ...row.gate.counts[can] })),
    },
    proposed: row.proposed,
    decision: row.decision,
    override: row.override
      ? { ...row.override, byUserId: row.override.by, by: names.get(row.override.by) ?? '' }
      : null,
    reasonCode: row.reason,
  };
}

/** What organizers read about a round: results, score distribution, reviewer leniency and progress. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: ScreeningAccess,
    private readonly results: RoundResults,
    private readonly directory: MemberDirectory,
  ) {}

  /** The ranking (in memory: a round holds a few thousand projects), paged by position in the order. */
  page(
    actor: Actor,
    args: { roundId: string; orderBy: RoundResultOrder; first: number; after?: string | null },
  ): Promise<ConnectionShape<RoundResultModel>> {
    return this.tx.read(async (em) => {
      const round = await this.access.round(em, actor, args.roundId);
      const { rows } = await this.results.compute(em, round);
      const sorted = [...rows].sort(SORTS[args.orderBy]);
      const start = args.after ? Number(decodeCursor(args.after, 1)[0]) + 1 : 0;
      const slice = sorted.slice(start, start + args.first);
      const names = await this.names(em, slice);
      const edges = slice.map((row, i) => ({
        cursor: encodeCursor([start + i]),
        node: toResultModel(row, names),
      }));
      return {
        edges,
        totalCount: rows.length,
        pageInfo: {
          hasNextPage: start + args.first < sorted.length,
          hasPreviousPage: start > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    });
  }

  one(em: EntityManager, round: ScreeningRound, projectId: string) {
    return this.results.compute(em, round).then(async ({ rows }) => {
      const row = rows.find((r) => r.projectId === projectId);
      return row ? toResultModel(row, await this.names(em, [row])) : null;
    });
  }

  distribution(actor: Actor, roundId: string): Promise<ScoreBucketModel[]> {
    return this.tx.read(async (em) => {
      const round = await this.access.round(em, actor, roundId);
      const { rows, programme } = await this.results.compute(em, round);
      const scale = programme.rubricScale;
      const buckets: ScoreBucketModel[] = Array.from({ length: scale }, (_, i) => ({
        from: i + 1,
        to: i + 2,
        raw: 0,
        normalised: 0,
      }));
      const slot = (v: number) => Math.min(scale - 1, Math.max(0, Math.floor(v) - 1));
      for (const r of rows) {
        if (r.rawMean !== null) (buckets[slot(r.rawMean)] as ScoreBucketModel).raw++;
        if (r.normalised !== null) (buckets[slot(r.normalised)] as ScoreBucketModel).normalised++;
      }
      return buckets;
    });
  }

  leniency(actor: Actor, roundId: string): Promise<ReviewerLeniencyModel[]> {
    return this.tx.read(async (em) => {
      const round = await this.access.round(em, actor, roundId);
      const { scores } = await this.results.compute(em, round);
      const profiles = await this.profiles(
        em,
        scores.reviewers.map((r) => r.reviewerId),
      );
      return scores.reviewers.flatMap((r) => {
        const p = profiles.get(r.reviewerId);
        if (!p) return [];
        return [
          {
            reviewer: p,
            meanRaw: r.mean,
            meanZ: scores.roundSd > 0 ? (r.mean - scores.roundMean) / scores.roundSd : 0,
            count: r.reviewCount,
          },
        ];
      });
    });
  }

  progress(actor: Actor, roundId: string): Promise<ReviewerProgressModel[]> {
    return this.tx.read(async (em) => {
      const round = await this.access.round(em, actor, roundId);
      const rows: { id: string; assigned: number; declared: number; drafts: number; submitted: number }[] =
        await em.query(
          `SELECT a.reviewer_profile_id AS id,
                  count(*) FILTER (WHERE a.conflict_id IS NULL)::int AS assigned,
                  count(*) FILTER (WHERE a.conflict_id IS NOT NULL OR a.no_conflict_at IS NOT NULL)::int AS declared,
                  count(*) FILTER (WHERE a.conflict_id IS NULL AND v.status = 'DRAFT')::int AS drafts,
                  count(*) FILTER (WHERE a.conflict_id IS NULL AND v.status = 'SUBMITTED')::int AS submitted
             FROM review_assignment a LEFT JOIN review v ON v.assignment_id = a.id
            WHERE a.round_id = $1
            GROUP BY a.reviewer_profile_id`,
          [round.id],
        );
      const profiles = await this.profiles(
        em,
        rows.map((r) => r.id),
      );
      return rows
        .flatMap((r) => {
          const p = profiles.get(r.id);
          return p ? [{ ...r, reviewer: p }] : [];
        })
        .sort(
          (a, b) =>
            a.reviewer.displayName.localeCompare(b.reviewer.displayName) ||
            a.reviewer.id.localeCompare(b.reviewer.id),
        );
    });
  }

  /** Reviewer models (with their active load) by profile id. */
  private async profiles(em: EntityManager, ids: string[]): Promise<Map<string, ReviewerProfileModel>> {
    const rows = ids.length ? await em.findBy(ReviewerProfile, { id: In(ids) }) : [];
    const loads = await activeLoads(em, ids);
    return new Map(rows.map((p) => [p.id, toReviewerModel(p, loads.get(p.id) ?? 0)]));
  }

  private names(em: EntityManager, rows: ResultRow[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.flatMap((r) => (r.override ? [r.override.by] : [])))];
    return this.directory.displayNames(em, ids);
  }
}
