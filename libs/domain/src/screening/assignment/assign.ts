/**
 * Reviewer assignment for a screening round (PRODUCT.md invariant 1): every project gets exactly k distinct
 * reviewers, none with a blocking conflict, nobody above their max load, loads as even as the conflicts
 * allow, sector expertise first and a shared language next.
 *
 * How: target loads are set first by water-filling the P·k reviews over the reviewers' usable capacities
 * (one level L for everyone, capped by each capacity; the remainder as a shared allowance of one more), so
 * reviewers with equal capacity end within one review of each other. A greedy pass then gives each project
 * (fewest eligible reviewers first) the least-loaded reviewers with room under their target, looking among
 * sector experts who share a language, then sector experts, then reviewers sharing a language, then
 * everyone: each of those pools is a queue ordered by load. The few projects the greedy pass cannot fill
 * are completed with augmenting paths (breadth-first search over the residual graph: a reviewer hands one
 * of their projects to another eligible reviewer so that they can take this one). Only when that fails are
 * the targets raised, a level at a time, up to the capacities; the loads are then evened out by moving
 * reviews along residual paths from a reviewer to one with at least two fewer until no such move is left,
 * which makes the load vector the most even one possible. (With a single max load, or without conflicts,
 * that means equal max loads within one of each other whenever any assignment achieves it. With several
 * max loads and conflicts that tie some reviewers together, the loads are the most even overall, which can
 * in rare cases leave two reviewers of equal max load further apart.) Reviewers are taken in id order and
 * projects in input order wherever nothing else decides, so the same input always gives the same output.
 *
 * Cost: near-linear in the reviews placed and the conflicts given; graph searches only for the projects
 * the greedy pass leaves short, and a search that fails retires the part of the graph it explored.
 */
import { checkCounts, readPool } from './feasibility';
import { formatCount, plural } from './format';
import { greedy, projectOrder } from './greedy';
import { levelLimit, targetLimit } from './loads';
import { ResidualSearch } from './residual';
import { Reviews } from './reviews';
import {
  type Assignment,
  type AssignmentInput,
  type AssignmentProject,
  type AssignmentResult,
  type AssignmentReviewer,
  InfeasibleReason,
} from './types';

/** Index by id; a repeated id is a malformed input. */
function indexById(items: readonly { id: string }[], what: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) throw new RangeError(`${what} "${item.id}" appears twice`);
    index.set(item.id, i);
  });
  return index;
}

/**
 * Assigns k reviewers to every project, or explains why it cannot be done. Throws a RangeError on a
 * malformed input (k not a positive whole number, repeated ids); conflicts naming unknown ids are ignored.
 */
export function assignReviewers(input: AssignmentInput): AssignmentResult {
  const { k, projects } = input;
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`reviewers per project must be a whole number of at least 1, not ${k}`);
  const P = projects.length;
  // Reviewers are worked on in id order, so that their index is also the tie-break.
  const reviewers = [...input.reviewers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const R = reviewers.length;
  const rIndex = indexById(reviewers, 'reviewer');
  const pIndex = indexById(projects, 'project');

  const pool = readPool(reviewers, input.conflicts, pIndex, rIndex);
  const failure = checkCounts(projects, k, pool);
  if (failure) return failure;
  const { blocked, cap, capacity, eligible } = pool;
  const needed = P * k;

  const reviews = new Reviews(P, R, k, blocked, cap);
  for (const e of input.existing ?? []) {
    const p = pIndex.get(e.projectId);
    const r = rIndex.get(e.reviewerId);
    if (p === undefined || r === undefined || !reviews.canTake(p, r)) continue;
    if (reviews.reviewersOf(p) >= k || (reviews.load[r] as number) >= (cap[r] as number)) continue;
    reviews.add(p, r);
    reviews.pin(p, r);
  }

  // Target loads: one water level for everyone, within [kept reviews, usable capacity].
  const kept = Int32Array.from(reviews.load);
  const { limit: targets, level } = targetLimit(kept, cap, needed);

  const order = projectOrder(projects, eligible, R);
  greedy(projects, reviewers, order, targets, reviews);

  let short = order.filter((p) => reviews.reviewersOf(p) < k);
  if (short.length) {
    const search = new ResidualSearch(P, R, reviews);
    short = search.fill(short, targets);
    if (short.length) {
      // The targets cannot be met: let everyone reach the level (no shared allowance), then raise it one
      // review at a time up to the capacities, then even the loads out again.
      let top = 0;
      for (let r = 0; r < R; r++) top = Math.max(top, cap[r] as number);
      for (let raised = level; short.length && raised <= top; raised++)
        short = search.fill(short, levelLimit(kept, cap, raised));
      if (short.length) {
        let missing = 0;
        for (const p of short) missing += k - reviews.reviewersOf(p);
        return {
          feasible: false,
          reason: InfeasibleReason.STRUCTURE,
          needed,
          capacity,
          shortfall: missing,
          projects: short.map((p) => ({
            projectId: (projects[p] as AssignmentProject).id,
            eligibleReviewers: eligible[p] as number,
          })),
          message: `needs ${plural(needed, 'review')}, but conflicts and max loads leave room for ${formatCount(needed - missing)}: ${plural(short.length, 'project')} cannot get ${k} reviewers; raise the max loads of the reviewers they can have or add reviewers`,
        };
      }
      search.even();
    }
  }

  const assignments: Assignment[] = [];
  for (let p = 0; p < P; p++) {
    const project = projects[p] as AssignmentProject;
    for (const r of reviews.sortedOn(p)) {
      const reviewer = reviewers[r] as AssignmentReviewer;
      assignments.push({
        projectId: project.id,
        reviewerId: reviewer.id,
        sectorMatch: project.sector !== null && reviewer.sectors.includes(project.sector),
        languageMatch: project.languages.some((l) => reviewer.languages.includes(l)),
      });
    }
  }
  const loads: Record<string, number> = {};
  reviewers.forEach((r, i) => (loads[r.id] = reviews.load[i] as number));
  return { feasible: true, assignments, loads };
}
