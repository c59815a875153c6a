/** Where a reviewer stands on one assignment, for the queue and the progress tags. */
export type AssignmentState = 'UNDECLARED' | 'CONFLICT' | 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED';

export const ASSIGNMENT_STATE_COLORS: Record<AssignmentState, string> = {
  UNDECLARED: 'warning',
  CONFLICT: 'default',
  NOT_STARTED: 'default',
  DRAFT: 'processing',
  SUBMITTED: 'success',
};

export function assignmentState(a: {
  conflictDeclared: boolean | null;
  review: { status: 'DRAFT' | 'SUBMITTED' } | null;
}): AssignmentState {
  if (a.conflictDeclared === true) return 'CONFLICT';
  if (a.review?.status === 'SUBMITTED') return 'SUBMITTED';
  if (a.review) return 'DRAFT';
  return a.conflictDeclared === false ? 'NOT_STARTED' : 'UNDECLARED';
}
