import { canReassign, ReassignRefusal } from './reassign';
import { reviewer } from './testing';

describe('canReassign', () => {
  const state = {
    reviewers: [reviewer('r1', 1), reviewer('r2', 1), reviewer('r3', 2), reviewer('r4', 2)],
    conflicts: [{ projectId: 'p1', reviewerId: 'r4' }],
    assignments: [
      { projectId: 'p1', reviewerId: 'r1' },
      { projectId: 'p1', reviewerId: 'r3' },
      { projectId: 'p2', reviewerId: 'r2' },
    ],
  };
  const move = (fromReviewerId: string, toReviewerId: string, projectId = 'p1') =>
    canReassign(state, { projectId, fromReviewerId, toReviewerId });

  it('allows a move that keeps the rules', () => {
    expect(move('r3', 'r2', 'p2')).toEqual({ ok: false, reason: ReassignRefusal.NOT_ASSIGNED });
    expect(move('r2', 'r3', 'p2')).toEqual({ ok: true });
  });

  it('says why a move is refused', () => {
    expect(move('r1', 'r1')).toEqual({ ok: false, reason: ReassignRefusal.SAME_REVIEWER });
    expect(move('r2', 'r3')).toEqual({ ok: false, reason: ReassignRefusal.NOT_ASSIGNED });
    expect(move('r1', 'r9')).toEqual({ ok: false, reason: ReassignRefusal.UNKNOWN_REVIEWER });
    expect(move('r1', 'r4')).toEqual({ ok: false, reason: ReassignRefusal.CONFLICT });
    expect(move('r1', 'r3')).toEqual({ ok: false, reason: ReassignRefusal.ALREADY_ASSIGNED });
    expect(move('r1', 'r2')).toEqual({ ok: false, reason: ReassignRefusal.AT_MAX_LOAD });
  });
});
