import { assignReviewers } from './assign';
import { checkAssignment } from './check';
import { ids, maxFlow, must, project, reviewer } from './testing';
import {
  type AssignmentInput,
  type AssignmentResult,
  type FeasibleAssignment,
  InfeasibleReason,
} from './types';

const feasible = (result: AssignmentResult): FeasibleAssignment => {
  if (!result.feasible) throw new Error(`expected an assignment, got: ${result.message}`);
  return result;
};

describe('assignReviewers', () => {
  it('gives every project k distinct reviewers, sector experts first, loads even', () => {
    const input: AssignmentInput = {
      projects: [project('p1', 'AI'), project('p2', 'AI'), project('p3', 'BIO'), project('p4', 'BIO')],
      reviewers: [
        reviewer('a1', 4, ['AI']),
        reviewer('a2', 4, ['AI']),
        reviewer('b1', 4, ['BIO']),
        reviewer('b2', 4, ['BIO']),
      ],
      k: 2,
      conflicts: [],
    };
    const result = feasible(assignReviewers(input));
    expect(checkAssignment(input, result.assignments, { balance: true })).toEqual([]);
    expect(result.assignments.every((a) => a.sectorMatch)).toBe(true);
    expect(result.loads).toEqual({ a1: 2, a2: 2, b1: 2, b2: 2 });
  });

  it('prefers a shared language among sector experts', () => {
    const input: AssignmentInput = {
      projects: [project('p1', 'AI', ['en'])],
      reviewers: [
        reviewer('a1', 1, ['AI'], ['zh']),
        reviewer('a2', 1, ['AI'], ['en']),
        reviewer('x', 1, [], ['en']),
      ],
      k: 1,
      conflicts: [],
    };
    expect(feasible(assignReviewers(input)).assignments).toEqual([
      { projectId: 'p1', reviewerId: 'a2', sectorMatch: true, languageMatch: true },
    ]);
  });

  it('balances equal capacities to within one and fills smaller capacities first (water-filling)', () => {
    const even = feasible(
      assignReviewers({
        projects: ids('p', 10).map((id) => project(id)),
        reviewers: ids('r', 4).map((id) => reviewer(id, 10)),
        k: 3,
        conflicts: [],
      }),
    );
    expect(Object.values(even.loads).sort()).toEqual([7, 7, 8, 8]);

    const capped = feasible(
      assignReviewers({
        projects: ids('p', 12).map((id) => project(id)),
        reviewers: [reviewer('small', 2), reviewer('big1', 10), reviewer('big2', 10)],
        k: 1,
        conflicts: [],
      }),
    );
    expect(capped.loads).toEqual({ small: 2, big1: 5, big2: 5 });
  });

  it('never places a conflicted pair, even when the conflicts crowd the experts', () => {
    const input: AssignmentInput = {
      projects: ids('p', 6).map((id) => project(id, 'AI')),
      reviewers: [
        ...ids('a', 3).map((id) => reviewer(id, 6, ['AI'])),
        ...ids('o', 3).map((id) => reviewer(id, 6)),
      ],
      k: 2,
      conflicts: ids('p', 6).flatMap((projectId) =>
        ['a0', 'a1'].map((reviewerId) => ({ projectId, reviewerId })),
      ),
    };
    const result = feasible(assignReviewers(input));
    expect(checkAssignment(input, result.assignments)).toEqual([]);
    // a0 and a1 can take nothing; the 12 reviews are spread evenly over the other four.
    expect(result.loads).toEqual({ a0: 0, a1: 0, a2: 3, o0: 3, o1: 3, o2: 3 });
  });

  it('names the shortfall when capacity is short', () => {
    const result = assignReviewers({
      projects: ids('p', 2400).map((id) => project(id)),
      reviewers: ids('r', 115).map((id) => reviewer(id, 60)),
      k: 3,
      conflicts: [],
    });
    expect(result).toMatchObject({
      feasible: false,
      reason: InfeasibleReason.CAPACITY,
      needed: 7200,
      capacity: 6900,
      shortfall: 300,
    });
    expect(!result.feasible && result.message).toMatch(/^needs 7,200 reviews, capacity 6,900/);
  });

  it('lists the projects with fewer than k reviewers free of conflicts', () => {
    const result = assignReviewers({
      projects: [project('p1'), project('p2')],
      reviewers: [reviewer('r1', 5), reviewer('r2', 5), reviewer('r3', 0), reviewer('r4', 5)],
      k: 2,
      conflicts: [
        { projectId: 'p2', reviewerId: 'r1' },
        { projectId: 'p2', reviewerId: 'r4' },
      ],
    });
    expect(result).toMatchObject({
      feasible: false,
      reason: InfeasibleReason.TOO_FEW_ELIGIBLE,
      shortfall: 1,
      projects: [{ projectId: 'p2', eligibleReviewers: 1 }],
    });
    expect(!result.feasible && result.message).toContain('p2 (1)');
  });

  it('finds structural dead ends that counts alone do not show', () => {
    // p1 and p2 can only have r1 and r2, who take one review each; the others have room but conflicts.
    const outsiders = ['r3', 'r4', 'r5'];
    const input: AssignmentInput = {
      projects: ids('p', 10).map((id) => project(id)),
      reviewers: [reviewer('r1', 1), reviewer('r2', 1), ...outsiders.map((id) => reviewer(id, 100))],
      k: 2,
      conflicts: ['p0', 'p1'].flatMap((projectId) =>
        outsiders.map((reviewerId) => ({ projectId, reviewerId })),
      ),
    };
    const result = assignReviewers(input);
    expect(result).toMatchObject({
      feasible: false,
      reason: InfeasibleReason.STRUCTURE,
      needed: 20,
      shortfall: 2,
    });
    expect(!result.feasible && result.projects.every((p) => ['p0', 'p1'].includes(p.projectId))).toBe(true);
    expect(maxFlow(input)).toBe(18);
  });

  it('keeps existing reviews and completes around them', () => {
    const input: AssignmentInput = {
      projects: [project('p1'), project('p2')],
      reviewers: [reviewer('r1', 2), reviewer('r2', 2), reviewer('r3', 2)],
      k: 2,
      conflicts: [{ projectId: 'p2', reviewerId: 'r3' }],
      existing: [
        { projectId: 'p1', reviewerId: 'r3' },
        { projectId: 'p2', reviewerId: 'r3' }, // conflicted: not kept
      ],
    };
    const result = feasible(assignReviewers(input));
    expect(result.assignments.some((a) => a.projectId === 'p1' && a.reviewerId === 'r3')).toBe(true);
    expect(checkAssignment(input, result.assignments)).toEqual([]);
  });

  it('refuses malformed input', () => {
    const base = { projects: [project('p1')], reviewers: [reviewer('r1', 1)], conflicts: [] };
    expect(() => assignReviewers({ ...base, k: 0 })).toThrow(RangeError);
    expect(() => assignReviewers({ ...base, k: 1.5 })).toThrow(RangeError);
    expect(() =>
      assignReviewers({ ...base, k: 1, reviewers: [reviewer('r1', 1), reviewer('r1', 2)] }),
    ).toThrow(/reviewer "r1" appears twice/);
    expect(assignReviewers({ ...base, k: 1, projects: [] })).toEqual({
      feasible: true,
      assignments: [],
      loads: { r1: 0 },
    });
  });

  it('assigns the reference round (2,400 × 3 over 150, 5% conflicts) within every rule', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const sectors = ['AI', 'IT', 'BIO'];
    const input: AssignmentInput = {
      projects: ids('p', 2400).map((id) =>
        project(id, must(sectors[Math.floor(random() * 3)]), random() < 0.5 ? ['zh'] : ['en', 'zh']),
      ),
      reviewers: ids('r', 150).map((id) =>
        reviewer(id, 60, [must(sectors[Math.floor(random() * 3)])], random() < 0.6 ? ['zh'] : ['en']),
      ),
      k: 3,
      conflicts: [],
    };
    input.projects.forEach((p) =>
      input.reviewers.forEach((r) => {
        if (random() < 0.05)
          (input.conflicts as { projectId: string; reviewerId: string }[]).push({
            projectId: p.id,
            reviewerId: r.id,
          });
      }),
    );
    const result = feasible(assignReviewers(input));
    expect(checkAssignment(input, result.assignments, { balance: true })).toEqual([]);
    expect(new Set(Object.values(result.loads))).toEqual(new Set([48]));
    expect(result.assignments.filter((a) => a.sectorMatch).length / 7200).toBeGreaterThan(0.9);
  });
});
