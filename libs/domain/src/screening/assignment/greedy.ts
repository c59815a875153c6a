/**
 * The greedy pass, which places nearly every review: projects in a fixed order, each given the
 * least-loaded reviewers with room, from the best pool that still has one.
 */
import type { Limit } from './loads';
import type { Reviews } from './reviews';
import type { AssignmentProject, AssignmentReviewer } from './types';

/**
 * Reviewers by load, lowest first: one first-in-first-out bucket per load, so every step is O(1). Among
 * equal loads the reviewer who reached that load first comes first (at the start: the lower id).
 */
class LoadQueue {
  private readonly buckets: number[][] = [];
  private readonly heads: number[] = [];
  private low = 0;

  /** The load of the front reviewer, once `front()` has returned one. */
  get frontLoad(): number {
    return this.low;
  }

  push(r: number, load: number): void {
    while (this.buckets.length <= load) {
      this.buckets.push([]);
      this.heads.push(0);
    }
    (this.buckets[load] as number[]).push(r);
    if (load < this.low) this.low = load;
  }

  /** The front reviewer, or −1 when there is none. */
  front(): number {
    const { buckets, heads } = this;
    while (this.low < buckets.length) {
      const bucket = buckets[this.low] as number[];
      const head = heads[this.low] as number;
      if (head < bucket.length) return bucket[head] as number;
      this.low++;
    }
    return -1;
  }

  /** Removes the front reviewer. */
  shift(): void {
    this.heads[this.low] = (this.heads[this.low] as number) + 1;
  }

  /** Puts back reviewer r, shifted at `load`: in its old place when that is still just in front. */
  restore(r: number, load: number): void {
    const head = this.heads[load] as number;
    if (head > 0 && (this.buckets[load] as number[])[head - 1] === r) {
      this.heads[load] = head - 1;
      if (load < this.low) this.low = load;
    } else this.push(r, load);
  }
}

/**
 * The order of the greedy pass. Projects with a sector go first, those without last (anyone suits them, so
 * they should not use up the experts); within each, fewest eligible reviewers first, then input order. A
 * counting sort on eligible ≤ R.
 */
export function projectOrder(
  projects: readonly AssignmentProject[],
  eligible: Int32Array,
  R: number,
): number[] {
  const P = projects.length;
  const rankOf = (p: number) =>
    ((projects[p] as AssignmentProject).sector === null ? R + 1 : 0) + (eligible[p] as number);
  const start = new Int32Array(2 * R + 3);
  for (let p = 0; p < P; p++) {
    const next = rankOf(p) + 1;
    start[next] = (start[next] as number) + 1;
  }
  for (let e = 1; e < start.length; e++) start[e] = (start[e] as number) + (start[e - 1] as number);
  const order = new Array<number>(P);
  for (let p = 0; p < P; p++) {
    const rank = rankOf(p);
    const at = start[rank] as number;
    start[rank] = at + 1;
    order[at] = p;
  }
  return order;
}

/**
 * The greedy pass: for each project, the least-loaded reviewers below their target, from the best pool
 * that still has one (ties to the lower id). A pool is a load queue holding each of its reviewers once. An
 * entry is only moved when it comes to the front with an old load (loads only grow here, so an old entry
 * is never behind its place): a review costs a few O(1) steps, whatever the number of pools.
 */
export function greedy(
  projects: readonly AssignmentProject[],
  reviewers: readonly AssignmentReviewer[],
  order: readonly number[],
  limit: Limit,
  reviews: Reviews,
): void {
  const R = reviewers.length;
  const { k, load, blocked } = reviews;
  // Sectors and languages as small numbers; only those some project asks for get a pool.
  const sectorIds = new Map<string, number>();
  const languageIds = new Map<string, number>();
  for (const p of projects) {
    if (p.sector !== null && !sectorIds.has(p.sector)) sectorIds.set(p.sector, sectorIds.size);
    for (const l of p.languages) if (!languageIds.has(l)) languageIds.set(l, languageIds.size);
  }
  const S = sectorIds.size;
  const L = languageIds.size;
  const bySectorLanguage = Array.from({ length: S * L }, () => new LoadQueue());
  const bySector = Array.from({ length: S }, () => new LoadQueue());
  const byLanguage = Array.from({ length: L }, () => new LoadQueue());
  const everyone = new LoadQueue();
  const ids = (values: readonly string[], known: Map<string, number>) => [
    ...new Set(values.flatMap((v) => known.get(v) ?? [])),
  ];
  for (let r = 0; r < R; r++) {
    if (!limit.room(r, load[r] as number)) continue;
    const reviewer = reviewers[r] as AssignmentReviewer;
    const at = load[r] as number;
    const spoken = ids(reviewer.languages, languageIds);
    for (const s of ids(reviewer.sectors, sectorIds)) {
      for (const l of spoken) (bySectorLanguage[s * L + l] as LoadQueue).push(r, at);
      (bySector[s] as LoadQueue).push(r, at);
    }
    for (const l of spoken) (byLanguage[l] as LoadQueue).push(r, at);
    everyone.push(r, at);
  }

  // The pools to look in, best first: sector and language, sector, language, anyone; one list per kind
  // of project (its sector and the set of its languages).
  const tierCache = new Map<number | string, LoadQueue[][]>();
  const tiersOf = (project: AssignmentProject) => {
    const s = project.sector === null ? -1 : (sectorIds.get(project.sector) as number);
    let id: number | string;
    if (L <= 24) {
      let mask = 0;
      for (const l of project.languages) mask |= 1 << (languageIds.get(l) as number);
      id = (s + 1) * 2 ** 24 + mask;
    } else id = `${s}:${ids(project.languages, languageIds).sort((x, y) => x - y)}`;
    let tiers = tierCache.get(id);
    if (tiers) return tiers;
    const spoken = ids(project.languages, languageIds).sort((x, y) => x - y);
    tiers = [];
    if (s >= 0) {
      tiers.push(spoken.map((l) => bySectorLanguage[s * L + l] as LoadQueue));
      tiers.push([bySector[s] as LoadQueue]);
    }
    tiers.push(spoken.map((l) => byLanguage[l] as LoadQueue));
    tiers.push([everyone]);
    tiers = tiers.filter((t) => t.length);
    tierCache.set(id, tiers);
    return tiers;
  };
  const tiersByProject = projects.map(tiersOf);

  // Reviewers set aside for the current project (conflicted or already on it), put back after it.
  const stashQueues: LoadQueue[] = [];
  const stashReviewers: number[] = [];
  for (const p of order) {
    if (reviews.reviewersOf(p) >= k) continue;
    for (const tier of tiersByProject[p] as LoadQueue[][]) {
      while (reviews.reviewersOf(p) < k) {
        let best: LoadQueue | null = null;
        let chosen = -1;
        for (const queue of tier) {
          let r: number;
          while ((r = queue.front()) >= 0) {
            const current = load[r] as number;
            if (!limit.room(r, current)) {
              queue.shift(); // full: out for good
            } else if (queue.frontLoad !== current) {
              queue.shift(); // taken from another pool since: back in at its load now
              queue.push(r, current);
            } else if (blocked.has(p, r) || reviews.has(p, r)) {
              queue.shift();
              stashQueues.push(queue);
              stashReviewers.push(r);
            } else break;
          }
          if (r < 0) continue;
          if (
            best === null ||
            queue.frontLoad < best.frontLoad ||
            (queue.frontLoad === best.frontLoad && r < chosen)
          ) {
            best = queue;
            chosen = r;
          }
        }
        if (!best) break;
        best.shift();
        limit.took(chosen, load[chosen] as number);
        reviews.add(p, chosen);
        if (limit.room(chosen, load[chosen] as number)) best.push(chosen, load[chosen] as number);
      }
      if (reviews.reviewersOf(p) >= k) break;
    }
    for (let i = stashReviewers.length - 1; i >= 0; i--) {
      const r = stashReviewers[i] as number;
      (stashQueues[i] as LoadQueue).restore(r, load[r] as number);
    }
    stashQueues.length = 0;
    stashReviewers.length = 0;
  }
}
