/** One review moved by hand from one reviewer to another. */
import { usableMaxLoad } from './loads';
import type { AssignmentReviewer, ReviewPair } from './types';

export enum ReassignRefusal {
  SAME_REVIEWER = 'SAME_REVIEWER',
  NOT_ASSIGNED = 'NOT_ASSIGNED',
  UNKNOWN_REVIEWER = 'UNKNOWN_REVIEWER',
  CONFLICT = 'CONFLICT',
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
  AT_MAX_LOAD = 'AT_MAX_LOAD',
}

export type ReassignCheck = { ok: true } | { ok: false; reason: ReassignRefusal };

/**
 * Whether moving one review of a project from one reviewer to another keeps the hard rules: the review
 * exists, the new reviewer is known, has no blocking conflict with the project, is not already on it and
 * is below their max load. (Balance is not required of a move an organiser makes by hand.)
 */
export function canReassign(
  state: {
    reviewers: readonly Pick<AssignmentReviewer, 'id' | 'maxLoad'>[];
    conflicts: readonly ReviewPair[];
    assignments: readonly ReviewPair[];
  },
  move: { projectId: string; fromReviewerId: string; toReviewerId: string },
): ReassignCheck {
  const refuse = (reason: ReassignRefusal): ReassignCheck => ({ ok: false, reason });
  if (move.fromReviewerId === move.toReviewerId) return refuse(ReassignRefusal.SAME_REVIEWER);
  const onProject = state.assignments.filter((a) => a.projectId === move.projectId);
  if (!onProject.some((a) => a.reviewerId === move.fromReviewerId))
    return refuse(ReassignRefusal.NOT_ASSIGNED);
  const target = state.reviewers.find((r) => r.id === move.toReviewerId);
  if (!target) return refuse(ReassignRefusal.UNKNOWN_REVIEWER);
  if (state.conflicts.some((c) => c.projectId === move.projectId && c.reviewerId === move.toReviewerId))
    return refuse(ReassignRefusal.CONFLICT);
  if (onProject.some((a) => a.reviewerId === move.toReviewerId))
    return refuse(ReassignRefusal.ALREADY_ASSIGNED);
  const load = state.assignments.filter((a) => a.reviewerId === move.toReviewerId).length;
  if (load >= usableMaxLoad(target.maxLoad)) return refuse(ReassignRefusal.AT_MAX_LOAD);
  return { ok: true };
}
