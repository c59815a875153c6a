import fc from 'fast-check';
import { canDecide, compareForRank, RankInput, rankRound, RankReason } from './ranking';
import { AdvanceRuleKind, Decision } from './round';

const row = (projectId: string, normalised: number | null, more: Partial<RankInput> = {}): RankInput => ({
  projectId,
  normalised,
  minReviewerScore: normalised,
  submittedAt: '2025-03-01T00:00:00Z',
  gatePassed: true,
  reviewCount: normalised === null ? 0 : 3,
  ...more,
});

describe('rankRound', () => {
  it('orders by score, then the higher minimum, then the earlier submission, then the id', () => {
    const ranked = rankRound(
      [
        row('late', 7, { minReviewerScore: 6, submittedAt: '2025-03-02T00:00:00Z' }),
        row('b', 7, { minReviewerScore: 6 }),
        row('a', 7, { minReviewerScore: 6 }),
        row('low-min', 7, { minReviewerScore: 4 }),
        row('early', 7, { minReviewerScore: 6, submittedAt: new Date('2025-02-01T00:00:00Z') }),
        row('best', 8),
      ],
      { kind: AdvanceRuleKind.TOP_N, n: 3 },
    );
    expect(ranked.map((r) => [r.rank, r.projectId, r.proposed, r.reason])).toEqual([
      [1, 'best', Decision.ADVANCE, RankReason.TOP_N],
      [2, 'early', Decision.ADVANCE, RankReason.TOP_N],
      [3, 'a', Decision.ADVANCE, RankReason.TOP_N],
      [4, 'b', Decision.REJECT, RankReason.BELOW_TOP_N],
      [5, 'late', Decision.REJECT, RankReason.BELOW_TOP_N],
      [6, 'low-min', Decision.REJECT, RankReason.BELOW_TOP_N],
    ]);
  });

  it('ranks gate failures after every pass and unreviewed projects last; neither advances', () => {
    const ranked = rankRound(
      [row('none', null), row('failed', 9.5, { gatePassed: false }), row('passed', 5)],
      { kind: AdvanceRuleKind.MIN_SCORE, minScore: 1 },
    );
    expect(ranked.map((r) => [r.projectId, r.proposed, r.reason])).toEqual([
      ['passed', Decision.ADVANCE, RankReason.MIN_SCORE_MET],
      ['failed', Decision.REJECT, RankReason.GATE_FAILED],
      ['none', null, RankReason.NO_REVIEWS],
    ]);
  });

  it('proposes by minimum score, or nothing under MANUAL', () => {
    const rows = [row('p1', 6.5), row('p2', 6.4999), row('p3', null, { reviewCount: 2 })];
    expect(rankRound(rows, { kind: AdvanceRuleKind.MIN_SCORE, minScore: 6.5 }).map((r) => r.reason)).toEqual([
      RankReason.MIN_SCORE_MET,
      RankReason.BELOW_MIN_SCORE,
      RankReason.NO_SCORE,
    ]);
    expect(rankRound(rows, { kind: AdvanceRuleKind.MANUAL }).map((r) => [r.proposed, r.reason])).toEqual([
      [null, RankReason.MANUAL],
      [null, RankReason.MANUAL],
      [null, RankReason.MANUAL],
    ]);
  });

  it('lets an organiser advance only a reviewed project that passed the gate', () => {
    expect(canDecide({ gatePassed: true, reviewCount: 3 }, Decision.ADVANCE)).toBe(true);
    expect(canDecide({ gatePassed: false, reviewCount: 3 }, Decision.ADVANCE)).toBe(false);
    expect(canDecide({ gatePassed: true, reviewCount: 0 }, Decision.ADVANCE)).toBe(false);
    expect(canDecide({ gatePassed: false, reviewCount: 0 }, Decision.REJECT)).toBe(true);
  });
});

const rows = fc
  .uniqueArray(
    fc.record({
      projectId: fc.string({ minLength: 1, maxLength: 3 }),
      normalised: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      minReviewerScore: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      submittedAt: fc.integer({ min: 0, max: 3 }).map((d) => new Date(Date.UTC(2025, 2, 1 + d))),
      gatePassed: fc.boolean(),
      reviewCount: fc.integer({ min: 0, max: 3 }),
    }),
    { selector: (r) => r.projectId, maxLength: 12 },
  )
  .map((list) => list.map((r): RankInput => (r.normalised === null ? { ...r, reviewCount: 0 } : r)));

const rules = fc.oneof(
  fc.integer({ min: 0, max: 15 }).map((n) => ({ kind: AdvanceRuleKind.TOP_N as const, n })),
  fc.integer({ min: 1, max: 5 }).map((minScore) => ({ kind: AdvanceRuleKind.MIN_SCORE as const, minScore })),
  fc.constant({ kind: AdvanceRuleKind.MANUAL as const }),
);

describe('rankRound, properties', () => {
  it('gives the same ranks whatever the input order (a total order with ties broken)', () => {
    fc.assert(
      fc.property(
        rows,
        rules,
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (list, rule, noise) => {
          const shuffled = list
            .map((r) => ({ r, key: noise.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.r);
          const first = rankRound(list, rule);
          expect(rankRound(shuffled, rule)).toEqual(first);
          expect(first.map((r) => r.rank)).toEqual(list.map((_, i) => i + 1));
          for (let i = 1; i < first.length; i++)
            expect(compareForRank(first[i - 1] as RankInput, first[i] as RankInput)).toBeLessThan(0);
        },
      ),
    );
  });

  it('never advances a gate failure or an unreviewed project; TOP_N advances exactly min(n, eligible)', () => {
    fc.assert(
      fc.property(rows, rules, (list, rule) => {
        const ranked = rankRound(list, rule);
        const eligible = ranked.filter((r) => r.reviewCount > 0 && r.gatePassed);
        for (const r of ranked) {
          if (r.proposed === Decision.ADVANCE) expect(r.reviewCount > 0 && r.gatePassed).toBe(true);
          if (r.reviewCount > 0 && !r.gatePassed) expect(r.reason).toBe(RankReason.GATE_FAILED);
        }
        // Everyone who passed ranks above every gate failure, who rank above every unreviewed project.
        const standing = ranked.map((r) => (r.reviewCount === 0 ? 2 : r.gatePassed ? 0 : 1));
        expect([...standing].sort()).toEqual(standing);
        if (rule.kind === AdvanceRuleKind.TOP_N) {
          const advanced = ranked.filter((r) => r.proposed === Decision.ADVANCE);
          expect(advanced).toHaveLength(Math.min(rule.n, eligible.length));
          expect(advanced).toEqual(eligible.slice(0, advanced.length));
        }
        if (rule.kind === AdvanceRuleKind.MIN_SCORE)
          for (const r of eligible)
            expect(r.proposed === Decision.ADVANCE).toBe(
              r.normalised !== null && r.normalised >= rule.minScore,
            );
      }),
    );
  });
});
