import { AssignmentViolationCode, checkAssignment } from './check';
import { project, reviewer } from './testing';
import type { AssignmentInput } from './types';

describe('checkAssignment', () => {
  const input: AssignmentInput = {
    projects: [project('p1'), project('p2')],
    reviewers: [reviewer('r1', 1), reviewer('r2', 2), reviewer('r3', 2)],
    k: 2,
    conflicts: [{ projectId: 'p1', reviewerId: 'r3' }],
  };

  it('names each broken rule', () => {
    const codes = checkAssignment(input, [
      { projectId: 'p1', reviewerId: 'r1' },
      { projectId: 'p1', reviewerId: 'r1' },
      { projectId: 'p1', reviewerId: 'r3' },
      { projectId: 'p2', reviewerId: 'r1' },
      { projectId: 'p9', reviewerId: 'r2' },
      { projectId: 'p2', reviewerId: 'r9' },
    ]).map((v) => v.code);
    expect(codes).toEqual([
      AssignmentViolationCode.DUPLICATE,
      AssignmentViolationCode.CONFLICT,
      AssignmentViolationCode.UNKNOWN_PROJECT,
      AssignmentViolationCode.UNKNOWN_REVIEWER,
      AssignmentViolationCode.REVIEWER_COUNT,
      AssignmentViolationCode.OVER_MAX_LOAD,
    ]);
  });

  it('checks balance among equal max loads only when asked', () => {
    const uneven = [
      { projectId: 'p1', reviewerId: 'r1' },
      { projectId: 'p1', reviewerId: 'r2' },
      { projectId: 'p2', reviewerId: 'r2' },
      { projectId: 'p2', reviewerId: 'r1' },
    ];
    const open = { ...input, conflicts: [] };
    expect(checkAssignment(open, uneven)).toEqual([
      expect.objectContaining({ code: AssignmentViolationCode.OVER_MAX_LOAD, reviewerId: 'r1' }),
    ]);
    const balanced = checkAssignment(open, uneven, { balance: true }).map((v) => v.code);
    expect(balanced).toContain(AssignmentViolationCode.UNBALANCED);
  });
});
