import fc from 'fast-check';
import { assignReviewers } from './assign';
import { checkAssignment } from './check';
import { ids, maxFlow, must, project } from './testing';
import { type AssignmentInput, InfeasibleReason } from './types';

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
