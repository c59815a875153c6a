/**
 * Ranking a round and proposing decisions (PRODUCT.md invariants 4 and 5). The order is total: normalised
 * score (higher first), then the higher minimum reviewer score, then the earlier submission, then the
 * project id. Projects that passed the gate come first, then gate failures, then projects without reviews;
 * gate failures and unreviewed projects are never proposed to advance.
 */
import { type AdvanceRule, AdvanceRuleKind, Decision } from './round';

export enum RankReason {
  /** Among the best n of those who passed the gate. */
  TOP_N = 'TOP_N',
  BELOW_TOP_N = 'BELOW_TOP_N',
  MIN_SCORE_MET = 'MIN_SCORE_MET',
  BELOW_MIN_SCORE = 'BELOW_MIN_SCORE',
  /** Passed the gate but has no score to hold against the minimum (a round that scores no criterion). */
  NO_SCORE = 'NO_SCORE',
  GATE_FAILED = 'GATE_FAILED',
  NO_REVIEWS = 'NO_REVIEWS',
  /** The round's rule leaves the decision to the organiser. */
  MANUAL = 'MANUAL',
}

export interface RankInput {
  projectId: string;
  normalised: number | null;
  minReviewerScore: number | null;
  /** An instant; an unreadable one counts as the latest. */
  submittedAt: Date | string;
  gatePassed: boolean;
  /** Submitted reviews. */
  reviewCount: number;
}

export interface Ranked {
  /** 1..n over all rows. */
  rank: number;
  /** Null when the organiser decides alone (MANUAL, no reviews, no score). */
  proposed: Decision | null;
  reason: RankReason;
}

/** 0: reviewed and passed the gate; 1: reviewed and failed it; 2: no reviews. */
function standing(row: RankInput): number {
  if (!(row.reviewCount > 0)) return 2;
  return row.gatePassed ? 0 : 1;
}

const instant = (at: Date | string) => {
  const ms = (at instanceof Date ? at : new Date(at)).getTime();
  return Number.isNaN(ms) ? Infinity : ms;
};

/** Higher first, null (no score) after every number. */
const higherFirst = (a: number | null, b: number | null) => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
};

/** The round order: negative when a ranks before b. Total on distinct project ids. */
export function compareForRank(a: RankInput, b: RankInput): number {
  return (
    standing(a) - standing(b) ||
    higherFirst(a.normalised, b.normalised) ||
    higherFirst(a.minReviewerScore, b.minReviewerScore) ||
    Math.sign(instant(a.submittedAt) - instant(b.submittedAt)) ||
    (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0)
  );
}

/**
 * The rows in rank order with a proposed decision each. TOP_N proposes the first n that passed the gate;
 * MIN_SCORE those that passed with a normalised score at or above the minimum; MANUAL proposes nothing.
 * Under every rule a gate failure is proposed for rejection and an unreviewed project gets no proposal.
 */
export function rankRound<T extends RankInput>(rows: readonly T[], rule: AdvanceRule): (T & Ranked)[] {
  const sorted = [...rows].sort(compareForRank);
  const topN = rule.kind === AdvanceRuleKind.TOP_N ? Math.max(0, Math.floor(rule.n)) : 0;
  let advanced = 0;
  return sorted.map((row, i): T & Ranked => {
    const rank = i + 1;
    const s = standing(row);
    if (s === 2) return { ...row, rank, proposed: null, reason: RankReason.NO_REVIEWS };
    if (s === 1) return { ...row, rank, proposed: Decision.REJECT, reason: RankReason.GATE_FAILED };
    switch (rule.kind) {
      case AdvanceRuleKind.TOP_N:
        if (advanced < topN) {
          advanced++;
          return { ...row, rank, proposed: Decision.ADVANCE, reason: RankReason.TOP_N };
        }
        return { ...row, rank, proposed: Decision.REJECT, reason: RankReason.BELOW_TOP_N };
      case AdvanceRuleKind.MIN_SCORE:
        if (row.normalised === null) return { ...row, rank, proposed: null, reason: RankReason.NO_SCORE };
        return row.normalised >= rule.minScore
          ? { ...row, rank, proposed: Decision.ADVANCE, reason: RankReason.MIN_SCORE_MET }
          : { ...row, rank, proposed: Decision.REJECT, reason: RankReason.BELOW_MIN_SCORE };
      case AdvanceRuleKind.MANUAL:
        return { ...row, rank, proposed: null, reason: RankReason.MANUAL };
    }
  });
}

/**
 * Whether an organiser may record this decision for the row: rejecting is always possible, advancing only
 * a project that has reviews and passed the gate.
 */
export function canDecide(row: Pick<RankInput, 'gatePassed' | 'reviewCount'>, decision: Decision): boolean {
  return decision === Decision.REJECT || (row.reviewCount > 0 && row.gatePassed);
}
