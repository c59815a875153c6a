import fc from 'fast-check';
import { MIN_REVIEWS_TO_NORMALISE, normaliseRound, ScoredReview, weightedScore } from './normalisation';
import { Rubric } from './round';

const rubric: Rubric = {
  criteria: [
    { code: 'NOVELTY', weight: 2 },
    { code: 'MARKET', weight: 1 },
  ],
  scaleMin: 1,
  scaleMax: 10,
};

const review = (reviewerId: string, projectId: string, novelty: number, market: number): ScoredReview => ({
  reviewerId,
  projectId,
  scores: { NOVELTY: novelty, MARKET: market },
});

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

describe('weightedScore', () => {
  it('weights the criteria present and ignores unknown or missing ones', () => {
    expect(weightedScore(rubric, { NOVELTY: 8, MARKET: 5 })).toBeCloseTo((2 * 8 + 5) / 3, 12);
    expect(weightedScore(rubric, { NOVELTY: 8 })).toBe(8);
    expect(weightedScore(rubric, { OTHER: 3, MARKET: Number.NaN })).toBeNull();
  });
});

describe('normaliseRound', () => {
  it('z-scores reviewers with three or more reviews and maps them onto the round scale', () => {
    const reviews = [
      review('harsh', 'p1', 2, 2),
      review('harsh', 'p2', 4, 4),
      review('harsh', 'p3', 3, 3),
      review('kind', 'p1', 8, 8),
      review('kind', 'p2', 10, 10),
      review('kind', 'p3', 9, 9),
    ];
    const result = normaliseRound({ rubric, reviews });
    const all = [2, 4, 3, 8, 10, 9];
    expect(result.roundMean).toBeCloseTo(mean(all), 12);
    expect(result.roundSd).toBeCloseTo(sd(all), 12);
    // Both put p2 first and p1 last, one step apart: after normalisation they agree exactly.
    const z = Math.sqrt(1.5); // (4 − 3) / sd(2, 3, 4)
    const byProject = Object.fromEntries(result.projects.map((p) => [p.projectId, p]));
    expect(byProject['p2']?.normalised).toBeCloseTo(mean(all) + z * sd(all), 12);
    expect(byProject['p3']?.normalised).toBeCloseTo(mean(all), 12);
    expect(byProject['p1']?.normalised).toBeCloseTo(mean(all) - z * sd(all), 12);
    expect(byProject['p1']?.rawMean).toBeCloseTo(5, 12);
    expect(byProject['p1']?.disagreement).toBeCloseTo(3, 12);
    expect(byProject['p1']?.minReviewerScore).toBe(2);
    expect(byProject['p1']?.perCriterion).toEqual({ NOVELTY: 5, MARKET: 5 });
    expect(result.reviewers.map((r) => [r.reviewerId, r.normalised, r.reviewCount])).toEqual([
      ['harsh', true, 3],
      ['kind', true, 3],
    ]);
  });

  it('keeps raw scores below three reviews, and maps a flat reviewer to the round mean', () => {
    const result = normaliseRound({
      rubric,
      reviews: [
        review('few', 'p1', 9, 9),
        review('few', 'p2', 3, 3),
        review('flat', 'p1', 6, 6),
        review('flat', 'p2', 6, 6),
        review('flat', 'p3', 6, 6),
      ],
    });
    expect(result.reviews.filter((r) => r.reviewerId === 'few').map((r) => [r.z, r.normalised])).toEqual([
      [null, 9],
      [null, 3],
    ]);
    for (const r of result.reviews.filter((x) => x.reviewerId === 'flat')) {
      expect(r.z).toBe(0);
      expect(r.normalised).toBeCloseTo(result.roundMean, 12);
    }
  });

  it('clamps to the scale and leaves out reviews that score nothing', () => {
    const result = normaliseRound({
      rubric,
      reviews: [
        review('r', 'p1', 10, 10),
        review('r', 'p2', 1, 1),
        review('r', 'p3', 1, 1),
        review('r', 'p4', 1, 1),
        { reviewerId: 'r', projectId: 'p5', scores: {} },
      ],
    });
    expect(result.reviews).toHaveLength(4);
    expect(result.projects.map((p) => p.projectId)).toEqual(['p1', 'p2', 'p3', 'p4']);
    for (const r of result.reviews) {
      expect(r.normalised).toBeGreaterThanOrEqual(1);
      expect(r.normalised).toBeLessThanOrEqual(10);
    }
  });

  it('handles an empty round', () => {
    expect(normaliseRound({ rubric, reviews: [] })).toEqual({
      roundMean: 0,
      roundSd: 0,
      reviews: [],
      reviewers: [],
      projects: [],
    });
  });
});

/**
 * Rounds where every reviewer has 3–6 reviews on a 0–100 scale, scores in 40–60: mean + z · sd then stays
 * well inside the scale (|z| ≤ √5, sd ≤ 20), so nothing is clamped and normalisation is exactly affine.
 */
const calibratedRound = fc
  .record({ reviewers: fc.integer({ min: 2, max: 5 }), projects: fc.integer({ min: 3, max: 8 }) })
  .chain(({ reviewers, projects }) =>
    fc.tuple(
      ...Array.from({ length: reviewers }, (_, r) =>
        fc
          .uniqueArray(fc.integer({ min: 0, max: projects - 1 }), {
            minLength: 3,
            maxLength: Math.min(6, projects),
          })
          .chain((seen) =>
            fc.tuple(
              ...seen.map((p) =>
                fc
                  .tuple(fc.integer({ min: 40, max: 60 }), fc.integer({ min: 40, max: 60 }))
                  .map(([a, b]): ScoredReview => ({
                    reviewerId: `r${r}`,
                    projectId: `p${p}`,
                    scores: { A: a, B: b },
                  })),
              ),
            ),
          ),
      ),
    ),
  )
  .map((perReviewer) => perReviewer.flat());

const wide: Rubric = {
  criteria: [
    { code: 'A', weight: 3 },
    { code: 'B', weight: 1 },
  ],
  scaleMin: 0,
  scaleMax: 100,
};

/** Pairs of projects in a strict order (beyond rounding noise) must keep that order. */
function sameOrder(before: Map<string, number>, after: Map<string, number>): void {
  for (const [a, x] of before)
    for (const [b, y] of before) {
      if (x - y <= 1e-9) continue;
      expect((after.get(a) ?? 0) - (after.get(b) ?? 0)).toBeGreaterThan(-1e-9);
    }
}

const normalisedBy = (reviews: ScoredReview[]) =>
  new Map(normaliseRound({ rubric: wide, reviews }).projects.map((p) => [p.projectId, p.normalised]));

describe('normaliseRound, properties', () => {
  it('is not moved by a uniformly harsh or lenient reviewer', () => {
    fc.assert(
      fc.property(calibratedRound, fc.integer({ min: -10, max: 10 }), (reviews, shift) => {
        const shifted = reviews.map((r) =>
          r.reviewerId === 'r0'
            ? { ...r, scores: Object.fromEntries(Object.entries(r.scores).map(([c, s]) => [c, s + shift])) }
            : r,
        );
        sameOrder(normalisedBy(reviews), normalisedBy(shifted));
      }),
      { numRuns: 150 },
    );
  });

  it('is not moved by a reviewer who uses a narrower or wider part of the scale', () => {
    fc.assert(
      fc.property(calibratedRound, fc.double({ min: 0.25, max: 1.5, noNaN: true }), (reviews, factor) => {
        const scaled = reviews.map((r) =>
          r.reviewerId === 'r1'
            ? {
                ...r,
                scores: Object.fromEntries(
                  Object.entries(r.scores).map(([c, s]) => [c, 50 + factor * (s - 50)]),
                ),
              }
            : r,
        );
        sameOrder(normalisedBy(reviews), normalisedBy(scaled));
      }),
      { numRuns: 150 },
    );
  });

  it('uses raw weighted scores for reviewers with fewer than three reviews, z-scores otherwise', () => {
    const anyRound = fc.array(
      fc.record({
        reviewerId: fc.constantFrom('a', 'b', 'c', 'd'),
        projectId: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
        scores: fc.record({
          NOVELTY: fc.integer({ min: 1, max: 10 }),
          MARKET: fc.integer({ min: 1, max: 10 }),
        }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(anyRound, (reviews) => {
        const result = normaliseRound({ rubric, reviews });
        const counts = new Map<string, number>();
        for (const r of reviews) counts.set(r.reviewerId, (counts.get(r.reviewerId) ?? 0) + 1);
        for (const r of result.reviews) {
          const few = (counts.get(r.reviewerId) ?? 0) < MIN_REVIEWS_TO_NORMALISE;
          if (few) {
            expect(r.z).toBeNull();
            expect(r.normalised).toBe(r.weighted);
          } else expect(r.z).not.toBeNull();
          expect(r.normalised).toBeGreaterThanOrEqual(rubric.scaleMin);
          expect(r.normalised).toBeLessThanOrEqual(rubric.scaleMax);
        }
        for (const p of result.projects) {
          const own = result.reviews.filter((r) => r.projectId === p.projectId);
          expect(p.reviewCount).toBe(own.length);
          expect(p.rawMean).toBeCloseTo(mean(own.map((r) => r.weighted)), 9);
          expect(p.normalised).toBeCloseTo(mean(own.map((r) => r.normalised)), 9);
          expect(p.disagreement).toBeCloseTo(sd(own.map((r) => r.weighted)), 9);
          expect(p.minReviewerScore).toBe(Math.min(...own.map((r) => r.weighted)));
        }
      }),
      { numRuns: 200 },
    );
  });
});
