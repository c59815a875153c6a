/** The rules a finished set of reviews must keep. */
import { usableMaxLoad } from './loads';
import type { AssignmentInput, ReviewPair } from './types';

export enum AssignmentViolationCode {
  UNKNOWN_PROJECT = 'UNKNOWN_PROJECT',
  UNKNOWN_REVIEWER = 'UNKNOWN_REVIEWER',
  DUPLICATE = 'DUPLICATE',
  CONFLICT = 'CONFLICT',
  REVIEWER_COUNT = 'REVIEWER_COUNT',
  OVER_MAX_LOAD = 'OVER_MAX_LOAD',
  UNBALANCED = 'UNBALANCED',
}

export interface AssignmentViolation {
  code: AssignmentViolationCode;
  projectId?: string;
  reviewerId?: string;
  message: string;
}

/**
 * The rules a set of reviews breaks: unknown ids, a pair twice, a conflicted pair, a project without
 * exactly k reviewers, a reviewer above max load, and with `balance` reviewers of equal max load whose
 * loads differ by more than one. Empty when all hold.
 */
export function checkAssignment(
  input: Pick<AssignmentInput, 'projects' | 'reviewers' | 'k' | 'conflicts'>,
  assignments: readonly ReviewPair[],
  options: { balance?: boolean } = {},
): AssignmentViolation[] {
  const violations: AssignmentViolation[] = [];
  const projects = new Set(input.projects.map((p) => p.id));
  const reviewers = new Map(input.reviewers.map((r) => [r.id, r]));
  const key = (p: string, r: string) => `${p}\u0000${r}`;
  const conflicts = new Set(input.conflicts.map((c) => key(c.projectId, c.reviewerId)));
  const seen = new Set<string>();
  const perProject = new Map<string, number>();
  const loads = new Map<string, number>();
  for (const a of assignments) {
    const known = projects.has(a.projectId) && reviewers.has(a.reviewerId);
    if (!projects.has(a.projectId))
      violations.push({
        code: AssignmentViolationCode.UNKNOWN_PROJECT,
        projectId: a.projectId,
        message: `unknown project ${a.projectId}`,
      });
    if (!reviewers.has(a.reviewerId))
      violations.push({
        code: AssignmentViolationCode.UNKNOWN_REVIEWER,
        reviewerId: a.reviewerId,
        message: `unknown reviewer ${a.reviewerId}`,
      });
    if (!known) continue;
    const pair = key(a.projectId, a.reviewerId);
    if (seen.has(pair)) {
      violations.push({
        code: AssignmentViolationCode.DUPLICATE,
        ...a,
        message: `${a.reviewerId} is on ${a.projectId} twice`,
      });
      continue;
    }
    seen.add(pair);
    if (conflicts.has(pair))
      violations.push({
        code: AssignmentViolationCode.CONFLICT,
        ...a,
        message: `${a.reviewerId} has a conflict with ${a.projectId}`,
      });
    perProject.set(a.projectId, (perProject.get(a.projectId) ?? 0) + 1);
    loads.set(a.reviewerId, (loads.get(a.reviewerId) ?? 0) + 1);
  }
  for (const p of input.projects) {
    const count = perProject.get(p.id) ?? 0;
    if (count !== input.k)
      violations.push({
        code: AssignmentViolationCode.REVIEWER_COUNT,
        projectId: p.id,
        message: `${p.id} has ${count} reviewers instead of ${input.k}`,
      });
  }
  const byMaxLoad = new Map<number, number[]>();
  for (const r of input.reviewers) {
    const count = loads.get(r.id) ?? 0;
    const max = usableMaxLoad(r.maxLoad);
    if (count > max)
      violations.push({
        code: AssignmentViolationCode.OVER_MAX_LOAD,
        reviewerId: r.id,
        message: `${r.id} has ${count} reviews, above the max load of ${max}`,
      });
    let group = byMaxLoad.get(max);
    if (!group) byMaxLoad.set(max, (group = []));
    group.push(count);
  }
  if (options.balance)
    for (const [max, group] of [...byMaxLoad].sort((a, b) => a[0] - b[0])) {
      const low = Math.min(...group);
      const high = Math.max(...group);
      if (high - low > 1)
        violations.push({
          code: AssignmentViolationCode.UNBALANCED,
          message: `reviewers with max load ${max} have between ${low} and ${high} reviews`,
        });
    }
  return violations;
}
