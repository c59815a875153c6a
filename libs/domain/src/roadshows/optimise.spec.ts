import fc from 'fast-check';
import { bestAssignment, MAX_PRESENTERS } from './optimise';

const total = (scores: number[][], chosen: number[]) =>
  chosen.reduce((sum, i, j) => sum + (scores[i]?.[j] ?? 0), 0);

/** The best total and, among the assignments reaching it, the lexicographically first. */
function bruteForce(scores: number[][], m: number): { total: number; first: number[] } {
  let best = { total: -1, first: [] as number[] };
  const walk = (chosen: number[]) => {
    if (chosen.length === m) {
      const t = total(scores, chosen);
      if (t > best.total) best = { total: t, first: [...chosen] };
      return;
    }
    for (let i = 0; i < scores.length; i++) if (!chosen.includes(i)) walk([...chosen, i]);
  };
  walk([]);
  return best;
}

describe('bestAssignment', () => {
  it('finds the best total, not the greedy one', () => {
    // Greedy would give position 0 to presenter 0 (5) and leave 1 with nothing: 5 + 0 < 4 + 4.
    expect(
      bestAssignment(
        [
          [5, 4],
          [4, 0],
        ],
        2,
      ),
    ).toEqual([1, 0]);
  });

  it('breaks ties by giving each position in turn to the lowest index', () => {
    expect(
      bestAssignment(
        [
          [1, 1],
          [1, 1],
          [1, 1],
        ],
        2,
      ),
    ).toEqual([0, 1]);
    expect(
      bestAssignment(
        [
          [0, 0],
          [3, 3],
        ],
        1,
      ),
    ).toEqual([1]);
    expect(bestAssignment([], 0)).toEqual([]);
  });

  it('agrees with brute force, first optimum included', () => {
    const cases = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.record({
        scores: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }), {
          minLength: n,
          maxLength: n,
        }),
        m: fc.integer({ min: 0, max: n }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ scores, m }) => {
        const chosen = bestAssignment(scores, m);
        const expected = bruteForce(scores, m);
        expect(total(scores, chosen)).toBe(expected.total);
        expect(chosen).toEqual(expected.first);
      }),
    );
  });

  it('refuses more positions than presenters, too many presenters and scores it cannot add exactly', () => {
    expect(() => bestAssignment([[1]], 2)).toThrow(RangeError);
    expect(() =>
      bestAssignment(
        Array.from({ length: MAX_PRESENTERS + 1 }, () => [0]),
        1,
      ),
    ).toThrow(RangeError);
    expect(() => bestAssignment([[0.5]], 1)).toThrow(RangeError);
  });
});
