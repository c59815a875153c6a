/**
 * How many reviews a reviewer may take: the usable part of a max load, and the limits the search works
 * within (the water-filled targets first, then a raised level).
 */

/** A max load as a number of reviews: a whole number, at least 0 (0 when it is not finite). */
export const usableMaxLoad = (maxLoad: number) =>
  Number.isFinite(maxLoad) ? Math.max(0, Math.floor(maxLoad)) : 0;

/** How many reviews a reviewer may still take during a phase of the search. */
export interface Limit {
  /** Whether reviewer r, now at `load`, may take one more. */
  room(r: number, load: number): boolean;
  /** Records that reviewer r went from `load` to one more. */
  took(r: number, load: number): void;
}

/** Everyone up to `level` reviews, within [kept reviews, usable capacity]. */
export const levelLimit = (floor: Int32Array, cap: Int32Array, level: number): Limit => ({
  room: (r, load) => load < Math.min(cap[r] as number, Math.max(floor[r] as number, level)),
  took: () => undefined,
});

/**
 * The target loads: the most even ones summing to `total` with floor[r] ≤ load ≤ cap[r]. With L the smallest
 * level such that Σ clamp(L) ≥ total, everyone may go to clamp(L − 1), and the remainder is a shared
 * allowance of reviews that lets some of those who can reach L do so: whoever the assignment prefers
 * (sector, language) rather than fixed in advance. Assumes Σ floor ≤ total ≤ Σ cap.
 */
export function targetLimit(
  floor: Int32Array,
  cap: Int32Array,
  total: number,
): { limit: Limit; level: number } {
  const R = cap.length;
  const clamped = (level: number) => {
    let sum = 0;
    for (let r = 0; r < R; r++) sum += Math.min(cap[r] as number, Math.max(floor[r] as number, level));
    return sum;
  };
  let low = 0;
  let high = 0;
  for (let r = 0; r < R; r++) high = Math.max(high, cap[r] as number);
  while (low < high) {
    const mid = (low + high) >> 1;
    if (clamped(mid) >= total) high = mid;
    else low = mid + 1;
  }
  const level = low;
  const base = new Int32Array(R);
  let spare = total;
  for (let r = 0; r < R; r++) {
    base[r] = Math.min(cap[r] as number, Math.max(floor[r] as number, level - 1));
    spare -= base[r] as number;
  }
  const canRise = (r: number) => base[r] === level - 1 && (cap[r] as number) >= level;
  const limit: Limit = {
    room: (r, load) => load < (base[r] as number) || (spare > 0 && load === base[r] && canRise(r)),
    took: (r, load) => {
      if (load >= (base[r] as number)) spare--;
    },
  };
  return { limit, level };
}
