import fc from 'fast-check';
import {
  AssignmentInput,
  AssignmentResult,
  AssignmentViolationCode,
  assignReviewers,
  canReassign,
  checkAssignment,
  FeasibleAssignment,
  formatCount,
  InfeasibleReason,
  ReassignRefusal,
} from './assignment';

const feasible = (result: AssignmentResult): FeasibleAssignment => {
  if (!result.feasible) throw new Error(`expected an assignment, got: ${result.message}`);
  return result;
};

const reviewer = (id: string, maxLoad: number, sectors: string[] = [], languages: string[] = ['zh']) => ({
  id,
  maxLoad,
  sectors,
  languages,
});
const project = (id: string, sector: string | null = null, languages: string[] = ['zh']) => ({
  id,
  sector,
  languages,
});
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/**
 * Maximum number of reviews that can be placed (Edmonds–Karp on source → project (k) → reviewer (1 per
 * pair without conflict) → sink (capacity)), written independently of the code under test. `caps` replaces
 * the max loads.
 */
function maxFlow(input: AssignmentInput, caps?: Record<string, number>): number {
  const P = input.projects.length;
  const R = input.reviewers.length;
  const n = P + R + 2;
  const s = P + R;
  const t = s + 1;
  const c = new Int32Array(n * n);
  const blocked = new Set(input.conflicts.map((x) => `${x.projectId}|${x.reviewerId}`));
  input.projects.forEach((p, i) => {
    c[s * n + i] = input.k;
    input.reviewers.forEach((r, j) => {
      if (!blocked.has(`${p.id}|${r.id}`)) c[i * n + P + j] = 1;
    });
  });
  input.reviewers.forEach((r, j) => (c[(P + j) * n + t] = Math.max(0, caps ? (caps[r.id] ?? 0) : r.maxLoad)));
  let flow = 0;
  for (;;) {
    const parent = new Int32Array(n).fill(-1);
    parent[s] = s;
    const queue = [s];
    for (let h = 0; h < queue.length && parent[t] === -1; h++) {
      const u = queue[h] ?? s;
      for (let v = 0; v < n; v++)
        if (parent[v] === -1 && (c[u * n + v] ?? 0) > 0) {
          parent[v] = u;
          queue.push(v);
        }
    }
    if (parent[t] === -1) return flow;
    let bottleneck = Infinity;
    for (let v = t; v !== s; v = parent[v] ?? s)
      bottleneck = Math.min(bottleneck, c[(parent[v] ?? s) * n + v] ?? 0);
    for (let v = t; v !== s; v = parent[v] ?? s) {
      const u = parent[v] ?? s;
      c[u * n + v] -= bottleneck;
      c[v * n + u] += bottleneck;
    }
    flow += bottleneck;
  }
}

/** The value, asserted to be there. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing value');
  return value;
}

/**
 * Random small pools: repeated capacities around what the round needs (so that some pools are just
 * short), sectors, languages, up to ~20% random conflicts (repeats too) and sometimes a block of them (a
 * group of projects none of a group of reviewers may take, as with a shared affiliation).
 */
const pools = (options: { conflicts?: boolean; maxLoads?: fc.Arbitrary<number> } = {}) =>
  fc
    .record({
      P: fc.integer({ min: 0, max: 10 }),
      R: fc.integer({ min: 1, max: 7 }),
      k: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ P, R, k }) => {
      const base = Math.ceil((P * k) / R);
      const pick = (list: readonly string[]) => fc.subarray([...list]);
      const projectIds = ids('p', P);
      const reviewerIds = ids('r', R);
      return fc.record({
        k: fc.constant(k),
        projects: fc.tuple(
          ...projectIds.map((id) =>
            fc.record({
              id: fc.constant(id),
              sector: fc.constantFrom<string | null>('A', 'B', 'C', null),
              languages: pick(['zh', 'en']),
            }),
          ),
        ),
        reviewers: fc.tuple(
          ...reviewerIds.map((id) =>
            fc.record({
              id: fc.constant(id),
              maxLoad:
                options.maxLoads ??
                fc
                  .constantFrom(0, base - 1, base, base + 1, base + 2, 2 * base + 1)
                  .map((m) => Math.max(0, m)),
              sectors: pick(['A', 'B', 'C']),
              languages: pick(['zh', 'en']),
            }),
          ),
        ),
        conflicts:
          options.conflicts === false || P === 0
            ? fc.constant([])
            : fc
                .tuple(
                  fc.array(fc.tuple(fc.constantFrom(...projectIds), fc.constantFrom(...reviewerIds)), {
                    maxLength: Math.floor(0.2 * P * R),
                  }),
                  fc.option(fc.tuple(pick(projectIds), pick(reviewerIds)), { freq: 5 }),
                )
                .map(([pairs, block]) =>
                  [
                    ...pairs,
                    ...(block ? block[0].flatMap((p) => block[1].map((r): [string, string] => [p, r])) : []),
                  ].map(([projectId, reviewerId]) => ({ projectId, reviewerId })),
                ),
      });
    })
    .map((pool): AssignmentInput => pool);

/**
 * Pools crowded by one large block of conflicts: most projects cannot have the first few reviewers, so the
 * others must take more than an even share, or cannot take it all.
 */
const crowdedPools = (options: { maxLoads?: (base: number) => fc.Arbitrary<number> } = {}) =>
  fc
    .record({
      P: fc.integer({ min: 3, max: 10 }),
      R: fc.integer({ min: 3, max: 7 }),
      k: fc.integer({ min: 1, max: 2 }),
    })
    .chain(({ P, R, k }) => {
      const base = Math.ceil((P * k) / R);
      return fc.record({
        k: fc.constant(k),
        blockedProjects: fc.integer({ min: Math.ceil(P / 2), max: P }),
        blockedReviewers: fc.integer({ min: 1, max: R - k }),
        projects: fc.constant(ids('p', P).map((id) => project(id, 'A'))),
        reviewers: fc.tuple(
          ...ids('r', R).map((id) =>
            fc.record({
              id: fc.constant(id),
              maxLoad: options.maxLoads?.(base) ?? fc.constantFrom(base, base + 1, 2 * base + 2),
              sectors: fc.subarray(['A', 'B']),
              languages: fc.constant(['zh']),
            }),
          ),
        ),
        extra: fc.array(fc.tuple(fc.nat(P - 1), fc.nat(R - 1)), { maxLength: P }),
      });
    })
    .map(({ k, blockedProjects, blockedReviewers, projects, reviewers, extra }): AssignmentInput => {
      const conflicts = projects
        .slice(0, blockedProjects)
        .flatMap((p) =>
          reviewers.slice(0, blockedReviewers).map((r) => ({ projectId: p.id, reviewerId: r.id })),
        );
      for (const [p, r] of extra) conflicts.push({ projectId: `p${p}`, reviewerId: `r${r}` });
      return { projects, reviewers, k, conflicts };
    });

const spread = (loads: number[]) => (loads.length ? Math.max(...loads) - Math.min(...loads) : 0);

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

describe('assignReviewers, properties', () => {
  it('succeeds exactly when an assignment exists, and then keeps every rule', () => {
    fc.assert(
      fc.property(fc.oneof(pools(), crowdedPools()), (input) => {
        const result = assignReviewers(input);
        const needed = input.projects.length * input.k;
        const best = maxFlow(input);
        expect(result.feasible).toBe(best === needed);
        if (result.feasible) {
          expect(checkAssignment(input, result.assignments)).toEqual([]);
          const counted: Record<string, number> = Object.fromEntries(input.reviewers.map((r) => [r.id, 0]));
          for (const a of result.assignments) counted[a.reviewerId] = (counted[a.reviewerId] ?? 0) + 1;
          expect(result.loads).toEqual(counted);
          for (const a of result.assignments) {
            const p = must(input.projects.find((x) => x.id === a.projectId));
            const r = must(input.reviewers.find((x) => x.id === a.reviewerId));
            expect(a.sectorMatch).toBe(p.sector !== null && r.sectors.includes(p.sector));
            expect(a.languageMatch).toBe(p.languages.some((l) => r.languages.includes(l)));
          }
          return;
        }
        expect(result.needed).toBe(needed);
        expect(result.shortfall).toBeGreaterThan(0);
        expect(result.shortfall).toBeLessThanOrEqual(needed - best);
        const blocked = new Set(input.conflicts.map((c) => `${c.projectId}|${c.reviewerId}`));
        const eligible = (p: string) =>
          input.reviewers.filter((r) => r.maxLoad > 0 && !blocked.has(`${p}|${r.id}`)).length;
        const capacity = input.reviewers.reduce(
          (sum, r) =>
            sum + Math.min(r.maxLoad, input.projects.filter((p) => !blocked.has(`${p.id}|${r.id}`)).length),
          0,
        );
        expect(result.capacity).toBe(capacity);
        const fewer = input.projects.filter((p) => eligible(p.id) < input.k).map((p) => p.id);
        const listed = result.projects.map((p) => p.projectId);
        if (result.reason === InfeasibleReason.CAPACITY) expect(capacity).toBeLessThan(needed);
        if (result.reason === InfeasibleReason.TOO_FEW_ELIGIBLE) expect(listed).toEqual(fewer);
        if (result.reason === InfeasibleReason.STRUCTURE) {
          expect(fewer).toEqual([]);
          expect(result.shortfall).toBe(needed - best);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no move that would even the loads out (most even load vector)', () => {
    fc.assert(
      fc.property(fc.oneof(pools(), crowdedPools()), (input) => {
        const result = assignReviewers(input);
        if (!result.feasible) return;
        const needed = input.projects.length * input.k;
        const load = (id: string) => result.loads[id] ?? 0;
        for (const u of input.reviewers)
          for (const v of input.reviewers) {
            if (load(u.id) < load(v.id) + 2 || load(v.id) >= v.maxLoad) continue;
            // One review from u to v must be impossible: no assignment has exactly those loads.
            const moved = { ...result.loads, [u.id]: load(u.id) - 1, [v.id]: load(v.id) + 1 };
            expect(maxFlow(input, moved)).toBeLessThan(needed);
          }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps equal max loads within one of each other whenever any assignment does', () => {
    // One max load for everyone: if the loads spread by more than one, no balanced load vector is possible.
    fc.assert(
      fc.property(
        fc.oneof(
          pools({ maxLoads: fc.constant(4) }),
          crowdedPools({ maxLoads: (base) => fc.constant(base + 1) }),
          crowdedPools({ maxLoads: (base) => fc.constant(2 * base) }),
        ),
        (input) => {
          const result = assignReviewers(input);
          if (!result.feasible) return;
          const loads = input.reviewers.map((r) => result.loads[r.id] ?? 0);
          if (spread(loads) <= 1) return;
          const total = input.projects.length * input.k;
          const R = input.reviewers.length;
          const low = Math.floor(total / R);
          const extra = total - low * R;
          // Every way of giving `extra` reviewers one more than the rest.
          for (let mask = 0; mask < 1 << R; mask++) {
            let bits = 0;
            for (let b = 0; b < R; b++) bits += (mask >> b) & 1;
            if (bits !== extra) continue;
            const caps = Object.fromEntries(input.reviewers.map((r, b) => [r.id, low + ((mask >> b) & 1)]));
            expect(maxFlow(input, caps)).toBeLessThan(total);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('balances equal max loads within one when there are no conflicts', () => {
    fc.assert(
      fc.property(pools({ conflicts: false }), (input) => {
        const result = assignReviewers(input);
        if (result.feasible)
          expect(checkAssignment(input, result.assignments, { balance: true })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic, whatever the order of the reviewers', () => {
    fc.assert(
      fc.property(
        fc.oneof(pools(), crowdedPools()),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (input, noise) => {
          const first = assignReviewers(input);
          expect(assignReviewers(input)).toEqual(first);
          const shuffled = input.reviewers
            .map((r) => ({ r, key: noise.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.r);
          expect(assignReviewers({ ...input, reviewers: shuffled })).toEqual(first);
        },
      ),
      { numRuns: 200 },
    );
  });
});

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

describe('formatCount', () => {
  it('groups thousands', () => {
    expect([0, 999, 6900, 1234567].map(formatCount)).toEqual(['0', '999', '6,900', '1,234,567']);
  });
});
