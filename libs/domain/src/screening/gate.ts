/**
 * The six-can gate (PRODUCT.md invariant 4): a project fails when more than half of its submitted reviews
 * mark a mandatory can `FAIL`. The gate is separate from the innovation score and a failure never advances.
 */
import { SIX_CANS, SixCan } from '../intake';
import { Verdict } from './round';

export enum GateOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  /** No submitted review yet: no result, and nothing to propose. */
  NO_REVIEWS = 'NO_REVIEWS',
}

/** One submitted review's verdicts. A can left out counts as no verdict (not a failure). */
export interface CanVerdicts {
  reviewerId: string;
  verdicts: Partial<Record<SixCan, Verdict>>;
}

export interface VerdictCounts {
  pass: number;
  fail: number;
  unsure: number;
}

export interface GateResult {
  outcome: GateOutcome;
  /** True only for `PASSED`: a project without reviews has not passed. */
  passed: boolean;
  /** Mandatory cans a majority of reviews marked `FAIL`, in six-can order. */
  failedCans: SixCan[];
  /** Verdicts per can, every can included, mandatory or not. */
  counts: Record<SixCan, VerdictCounts>;
  reviewCount: number;
}

/** The gate for one project from its submitted reviews (one entry per review). */
export function sixCanGate(reviews: readonly CanVerdicts[], mandatory: readonly SixCan[]): GateResult {
  const counts = {} as Record<SixCan, VerdictCounts>;
  for (const can of SIX_CANS) counts[can] = { pass: 0, fail: 0, unsure: 0 };
  for (const review of reviews)
    for (const can of SIX_CANS) {
      const verdict = review.verdicts[can];
      if (verdict === Verdict.PASS) counts[can].pass++;
      else if (verdict === Verdict.FAIL) counts[can].fail++;
      else if (verdict === Verdict.UNSURE) counts[can].unsure++;
    }
  const reviewCount = reviews.length;
  if (!reviewCount)
    return { outcome: GateOutcome.NO_REVIEWS, passed: false, failedCans: [], counts, reviewCount };
  const failedCans = SIX_CANS.filter((can) => mandatory.includes(can) && 2 * counts[can].fail > reviewCount);
  const passed = failedCans.length === 0;
  return {
    outcome: passed ? GateOutcome.PASSED : GateOutcome.FAILED,
    passed,
    failedCans,
    counts,
    reviewCount,
  };
}
