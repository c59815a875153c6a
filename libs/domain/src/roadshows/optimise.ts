/**
 * The exact assignment of presenters to slot positions, by dynamic programming over the set of presenters
 * already placed (a bitmask): O(2ⁿ·n) time and 2ⁿ numbers of memory — about 50,000 steps (well under a
 * millisecond) for the 12 pitches of a roadshow, 21 million (~0.15 s, 4 MB) for the cap of 20.
 *
 * The objective is lexicographic — first the number of presenters at acceptable times, then the number at
 * preferred times, then the fewest minutes outside preferred hours — folded into one integer per
 * (presenter, position) with weights large enough that no lower tier can outweigh one unit of a higher one.
 * Among equal optima the programme takes, position by position, the presenter that comes first in the
 * canonical order (by project id), so the result is unique.
 */
import type { Fit } from './zones';

/** The most presenters one plan takes (2²⁰ states). */
export const MAX_PRESENTERS = 20;

/** 20 presenters × at most 1,440 minutes each = 28,800 < 2¹⁵. */
const PREFERRED_WEIGHT = 2 ** 15;
/** 20 × 2¹⁵ + 28,800 = 684,160 < 2²⁰. */
const ACCEPTABLE_WEIGHT = 2 ** 20;

/** The value of giving a position to a presenter: 0 unless they can pitch live there. */
export function fitScore(fit: Fit): number {
  if (!fit.acceptable) return 0;
  return ACCEPTABLE_WEIGHT + (fit.preferred ? PREFERRED_WEIGHT : 0) - fit.offMinutes;
}

/** Scores are whole numbers below 2²⁶, so that the sum over 20 positions fits an Int32. */
const MAX_SCORE = 2 ** 26;

/**
 * The best assignment of positions `0 … m−1` to distinct presenters (`m ≤ n`), given `scores[i][j]`, the
 * value (a whole number, 0 ≤ value < 2²⁶) of presenter `i` at position `j`. Returns the presenter index
 * of each position. When `m < n`, the presenters left out are those whose absence costs least.
 */
export function bestAssignment(scores: readonly (readonly number[])[], m: number): number[] {
  const n = scores.length;
  if (n > MAX_PRESENTERS) throw new RangeError(`at most ${MAX_PRESENTERS} presenters, not ${n}`);
  if (m > n) throw new RangeError(`${m} positions for ${n} presenters`);
  for (const row of scores)
    for (const score of row)
      if (!Number.isInteger(score) || score < 0 || score >= MAX_SCORE)
        throw new RangeError(`bad score ${score}`);
  const states = 1 << n;
  // Flat Int32 arrays (exact: sums stay below 2³¹): the loop below runs 2ⁿ·n times.
  const value = new Int32Array(Math.max(1, m * n)); // value[position·n + i]
  scores.forEach((row, i) => {
    for (let position = 0; position < m; position++) value[position * n + i] = row[position] ?? 0;
  });
  const placed = new Uint8Array(states); // placed[mask] = presenters in mask = the next position
  for (let mask = 1; mask < states; mask++) placed[mask] = (placed[mask >> 1] ?? 0) + (mask & 1);
  // best[mask]: the most the positions from placed[mask] on can still add, with the presenters in `mask`
  // already used. Every successor `mask | bit` is larger than `mask`, so a downward sweep sees it first.
  const best = new Int32Array(states);
  for (let mask = states - 1; mask >= 0; mask--) {
    const position = placed[mask] ?? 0;
    if (position >= m) continue;
    const row = position * n;
    let top = -1;
    for (let i = 0, bit = 1; i < n; i++, bit <<= 1) {
      if (mask & bit) continue;
      const candidate = (value[row + i] ?? 0) + (best[mask | bit] ?? 0);
      if (candidate > top) top = candidate;
    }
    best[mask] = top;
  }
  const chosen: number[] = [];
  let mask = 0;
  for (let position = 0; position < m; position++) {
    for (let i = 0, bit = 1; i < n; i++, bit <<= 1) {
      if (mask & bit || (value[position * n + i] ?? 0) + (best[mask | bit] ?? 0) !== best[mask]) continue;
      chosen.push(i);
      mask |= bit;
      break;
    }
  }
  return chosen;
}
