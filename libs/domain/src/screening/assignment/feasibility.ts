/**
 * The input read into arrays (reviewers by index in id order, projects in input order) and the fast
 * feasibility checks: enough usable capacity for P·k reviews, and k reviewers without a conflict for every
 * project.
 */
import { formatCount, plural } from './format';
import { usableMaxLoad } from './loads';
import { PairSet } from './reviews';
import {
  type AssignmentProject,
  type AssignmentReviewer,
  type InfeasibleAssignment,
  InfeasibleReason,
  type ReviewPair,
} from './types';

/** What the search needs to know of the pool before any review is placed. */
export interface Pool {
  /** The blocking pairs. */
  blocked: PairSet;
  /** Per reviewer: min(max load, projects they have no conflict with). */
  cap: Int32Array;
  /** Σ cap. */
  capacity: number;
  /** Per project: the reviewers with a max load above 0 and no conflict with it. */
  eligible: Int32Array;
}

/**
 * The blocking pairs as a bit set, with conflicts counted per reviewer, and per project among reviewers
 * who can take any review. This loop runs once per conflict, so it is kept tight: conflicts usually come
 * grouped by project, and the project look-up is reused while they do.
 */
function readConflicts(
  conflicts: readonly ReviewPair[],
  pIndex: Map<string, number>,
  rIndex: Map<string, number>,
  maxLoad: Int32Array,
): { blocked: PairSet; blockedOfReviewer: Int32Array; blockedActive: Int32Array } {
  const R = rIndex.size;
  const blocked = new PairSet(R, pIndex.size);
  const words = blocked.words;
  const blockedOfReviewer = new Int32Array(R);
  const blockedActive = new Int32Array(pIndex.size);
  let lastProject: string | undefined;
  let p = -1;
  let row = 0;
  for (let i = 0; i < conflicts.length; i++) {
    const c = conflicts[i] as ReviewPair;
    if (c.projectId !== lastProject) {
      lastProject = c.projectId;
      p = pIndex.get(lastProject) ?? -1;
      row = p * R;
    }
    if (p < 0) continue;
    const r = rIndex.get(c.reviewerId);
    if (r === undefined) continue;
    const bit = row + r;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    const old = words[word] as number;
    if (old & mask) continue; // listed twice
    words[word] = old | mask;
    blockedOfReviewer[r] = (blockedOfReviewer[r] as number) + 1;
    if ((maxLoad[r] as number) > 0) blockedActive[p] = (blockedActive[p] as number) + 1;
  }
  return { blocked, blockedOfReviewer, blockedActive };
}

/** Reads the conflicts and works out each reviewer's usable capacity and each project's eligible reviewers. */
export function readPool(
  reviewers: readonly AssignmentReviewer[],
  conflicts: readonly ReviewPair[],
  pIndex: Map<string, number>,
  rIndex: Map<string, number>,
): Pool {
  const P = pIndex.size;
  const R = reviewers.length;
  const maxLoad = Int32Array.from(reviewers, (r) => usableMaxLoad(r.maxLoad));
  const { blocked, blockedOfReviewer, blockedActive } = readConflicts(conflicts, pIndex, rIndex, maxLoad);
  let activeReviewers = 0;
  const cap = new Int32Array(R);
  let capacity = 0;
  for (let r = 0; r < R; r++) {
    if ((maxLoad[r] as number) > 0) activeReviewers++;
    cap[r] = Math.min(maxLoad[r] as number, P - (blockedOfReviewer[r] as number));
    capacity += cap[r] as number;
  }
  const eligible = Int32Array.from(blockedActive, (b) => activeReviewers - b);
  return { blocked, cap, capacity, eligible };
}

/**
 * The checks on counts alone: CAPACITY when the usable capacities add up to less than P·k, else
 * TOO_FEW_ELIGIBLE when some projects have fewer than k eligible reviewers; null when both pass.
 */
export function checkCounts(
  projects: readonly AssignmentProject[],
  k: number,
  { capacity, eligible }: Pool,
): InfeasibleAssignment | null {
  const P = projects.length;
  const needed = P * k;
  const underEligible: { projectId: string; eligibleReviewers: number }[] = [];
  let eligibleShortfall = 0;
  for (let p = 0; p < P; p++) {
    const e = eligible[p] as number;
    if (e < k) {
      underEligible.push({ projectId: (projects[p] as AssignmentProject).id, eligibleReviewers: e });
      eligibleShortfall += k - e;
    }
  }
  if (capacity < needed) {
    return {
      feasible: false,
      reason: InfeasibleReason.CAPACITY,
      needed,
      capacity,
      shortfall: needed - capacity,
      projects: underEligible,
      message: `needs ${plural(needed, 'review')}, capacity ${formatCount(capacity)}: raise max loads or add reviewers for ${plural(needed - capacity, 'more review')}`,
    };
  }
  if (underEligible.length) {
    const listed = underEligible
      .slice(0, 10)
      .map((p) => `${p.projectId} (${p.eligibleReviewers})`)
      .join(', ');
    const more = underEligible.length > 10 ? ` and ${formatCount(underEligible.length - 10)} more` : '';
    return {
      feasible: false,
      reason: InfeasibleReason.TOO_FEW_ELIGIBLE,
      needed,
      capacity,
      shortfall: eligibleShortfall,
      projects: underEligible,
      message: `${plural(underEligible.length, 'project')} ${underEligible.length === 1 ? 'has' : 'have'} fewer than ${k} reviewers without a conflict: ${listed}${more}; add reviewers or lower the reviewers per project`,
    };
  }
  return null;
}
