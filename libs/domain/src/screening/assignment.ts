/**
 * Reviewer assignment for a screening round (PRODUCT.md invariant 1): every project gets exactly k distinct
 * reviewers, none with a blocking conflict, nobody above their max load, loads as even as the conflicts
 * allow, sector expertise first and a shared language next.
 *
 * How: target loads are set first by water-filling the P·k reviews over the reviewers' usable capacities
 * (one level L for everyone, capped by each capacity; the remainder as a shared allowance of one more), so
 * reviewers with equal capacity end within one review of each other. A greedy pass then gives each project
 * (fewest eligible reviewers first) the least-loaded reviewers with room under their target, looking among
 * sector experts who share a language, then sector experts, then reviewers sharing a language, then
 * everyone: each of those pools is a queue ordered by load. The few projects the greedy pass cannot fill
 * are completed with augmenting paths (breadth-first search over the residual graph: a reviewer hands one
 * of their projects to another eligible reviewer so that they can take this one). Only when that fails are
 * the targets raised, a level at a time, up to the capacities; the loads are then evened out by moving
 * reviews along residual paths from a reviewer to one with at least two fewer until no such move is left,
 * which makes the load vector the most even one possible. (With a single max load, or without conflicts,
 * that means equal max loads within one of each other whenever any assignment achieves it. With several
 * max loads and conflicts that tie some reviewers together, the loads are the most even overall, which can
 * in rare cases leave two reviewers of equal max load further apart.) Reviewers are taken in id order and
 * projects in input order wherever nothing else decides, so the same input always gives the same output.
 *
 * Cost: near-linear in the reviews placed and the conflicts given; graph searches only for the projects
 * the greedy pass leaves short, and a search that fails retires the part of the graph it explored.
 */

export interface AssignmentProject {
  id: string;
  sector: string | null;
  languages: readonly string[];
}

export interface AssignmentReviewer {
  id: string;
  maxLoad: number;
  sectors: readonly string[];
  languages: readonly string[];
}

/** One review: a reviewer on a project. */
export interface ReviewPair {
  projectId: string;
  reviewerId: string;
}

export interface AssignmentInput {
  projects: readonly AssignmentProject[];
  reviewers: readonly AssignmentReviewer[];
  /** Reviewers per project. */
  k: number;
  /** Blocking conflicts only (confirmed, or detected and not dismissed). */
  conflicts: readonly ReviewPair[];
  /**
   * Reviews to keep, e.g. when a round is reassigned after a change. A pair that breaks a rule (unknown,
   * conflicted, repeated, beyond k on its project or beyond its reviewer's max load) is not kept.
   */
  existing?: readonly ReviewPair[];
}

export interface Assignment extends ReviewPair {
  /** The reviewer has the project's sector among their expertise. */
  sectorMatch: boolean;
  /** The reviewer and the project share a language. */
  languageMatch: boolean;
}

export interface FeasibleAssignment {
  feasible: true;
  /** Grouped by project in input order; within a project by reviewer id. */
  assignments: Assignment[];
  /** Reviews per reviewer id, every reviewer included. */
  loads: Record<string, number>;
}

export enum InfeasibleReason {
  /** The reviewers' usable capacity is below P·k. */
  CAPACITY = 'CAPACITY',
  /** Some projects have fewer than k reviewers without a conflict. */
  TOO_FEW_ELIGIBLE = 'TOO_FEW_ELIGIBLE',
  /** Capacity and eligibility add up, but conflicts and loads cannot be arranged to fill every project. */
  STRUCTURE = 'STRUCTURE',
}

export interface InfeasibleAssignment {
  feasible: false;
  reason: InfeasibleReason;
  /** P·k. */
  needed: number;
  /** Σ over reviewers of min(max load, projects they have no conflict with). */
  capacity: number;
  /** Reviews that cannot be placed. */
  shortfall: number;
  /** The projects that cannot get k reviewers (for CAPACITY: those with fewer than k eligible, if any). */
  projects: { projectId: string; eligibleReviewers: number }[];
  message: string;
}

export type AssignmentResult = FeasibleAssignment | InfeasibleAssignment;

/** Thousands separators, as in "needs 7,200 reviews". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** A set of (project, reviewer) index pairs, one bit each. */
class PairSet {
  /** Bit `p · width + r` is set for the pair (p, r). */
  readonly words: Uint32Array;

  constructor(
    readonly width: number,
    height: number,
  ) {
    this.words = new Uint32Array(Math.ceil((width * height) / 32));
  }

  /** Adds the pair; false when it was there already. */
  add(p: number, r: number): boolean {
    const i = p * this.width + r;
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    const old = this.words[word] as number;
    if (old & bit) return false;
    this.words[word] = old | bit;
    return true;
  }

  has(p: number, r: number): boolean {
    const i = p * this.width + r;
    return ((this.words[i >>> 5] as number) & (1 << (i & 31))) !== 0;
  }
}

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

/** The reviews placed so far, by project (k slots each) and by reviewer, with the loads. */
class Reviews {
  private readonly slots: Int32Array;
  private readonly count: Int32Array;
  readonly ofReviewer: number[][];
  readonly load: Int32Array;
  /** Kept reviews: never moved. */
  private pinned: PairSet | null = null;

  constructor(
    P: number,
    R: number,
    readonly k: number,
    readonly blocked: PairSet,
    readonly cap: Int32Array,
  ) {
    this.slots = new Int32Array(P * k);
    this.count = new Int32Array(P);
    this.ofReviewer = Array.from({ length: R }, () => []);
    this.load = new Int32Array(R);
  }

  /** Keeps a review in place: no search moves it. */
  pin(p: number, r: number): void {
    (this.pinned ??= new PairSet(this.load.length, this.count.length)).add(p, r);
  }

  isPinned(p: number, r: number): boolean {
    return this.pinned !== null && this.pinned.has(p, r);
  }

  reviewersOf(p: number): number {
    return this.count[p] as number;
  }

  /** The reviewers of project p in index (id) order. */
  sortedOn(p: number): number[] {
    const list: number[] = [];
    const end = p * this.k + (this.count[p] as number);
    for (let i = p * this.k; i < end; i++) {
      const r = this.slots[i] as number;
      let j = list.length;
      for (; j > 0 && (list[j - 1] as number) > r; j--) list[j] = list[j - 1] as number;
      list[j] = r;
    }
    return list;
  }

  has(p: number, r: number): boolean {
    const end = p * this.k + (this.count[p] as number);
    for (let i = p * this.k; i < end; i++) if (this.slots[i] === r) return true;
    return false;
  }

  /** Whether reviewer r could be added to project p: some capacity, no conflict, not on it yet. */
  canTake(p: number, r: number): boolean {
    return (this.cap[r] as number) > 0 && !this.blocked.has(p, r) && !this.has(p, r);
  }

  add(p: number, r: number): void {
    this.slots[p * this.k + (this.count[p] as number)] = r;
    this.count[p] = (this.count[p] as number) + 1;
    (this.ofReviewer[r] as number[]).push(p);
    this.load[r] = (this.load[r] as number) + 1;
  }

  remove(p: number, r: number): void {
    const end = p * this.k + (this.count[p] as number) - 1;
    for (let i = p * this.k; i <= end; i++)
      if (this.slots[i] === r) {
        this.slots[i] = this.slots[end] as number;
        break;
      }
    this.count[p] = (this.count[p] as number) - 1;
    const projects = this.ofReviewer[r] as number[];
    projects.splice(projects.indexOf(p), 1);
    this.load[r] = (this.load[r] as number) - 1;
  }
}

const usableMaxLoad = (maxLoad: number) => (Number.isFinite(maxLoad) ? Math.max(0, Math.floor(maxLoad)) : 0);

/** Index by id; a repeated id is a malformed input. */
function indexById(items: readonly { id: string }[], what: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) throw new RangeError(`${what} "${item.id}" appears twice`);
    index.set(item.id, i);
  });
  return index;
}

/**
 * The blocking pairs as a bit set, with conflicts counted per reviewer, and per project among reviewers
 * who can take any review. This loop runs once per conflict, so it is kept tight: conflicts usually come
 * grouped by project, and the project look-up is reused while they do.
 */
function readConflicts(
  conflicts: readonly ReviewPair[],
  pIndex: Map<string, number>,
  rIndex: Map<string, number>,
  maxLoad: Int32Array,
): { blocked: PairSet; blockedOfReviewer: Int32Array; blockedActive: Int32Array } {
  const R = rIndex.size;
  const blocked = new PairSet(R, pIndex.size);
  const words = blocked.words;
  const blockedOfReviewer = new Int32Array(R);
  const blockedActive = new Int32Array(pIndex.size);
  let lastProject: string | undefined;
  let p = -1;
  let row = 0;
  for (let i = 0; i < conflicts.length; i++) {
    const c = conflicts[i] as ReviewPair;
    if (c.projectId !== lastProject) {
      lastProject = c.projectId;
      p = pIndex.get(lastProject) ?? -1;
      row = p * R;
    }
    if (p < 0) continue;
    const r = rIndex.get(c.reviewerId);
    if (r === undefined) continue;
    const bit = row + r;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    const old = words[word] as number;
    if (old & mask) continue; // listed twice
    words[word] = old | mask;
    blockedOfReviewer[r] = (blockedOfReviewer[r] as number) + 1;
    if ((maxLoad[r] as number) > 0) blockedActive[p] = (blockedActive[p] as number) + 1;
  }
  return { blocked, blockedOfReviewer, blockedActive };
}

/**
 * Assigns k reviewers to every project, or explains why it cannot be done. Throws a RangeError on a
 * malformed input (k not a positive whole number, repeated ids); conflicts naming unknown ids are ignored.
 */
export function assignReviewers(input: AssignmentInput): AssignmentResult {
  const { k, projects } = input;
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`reviewers per project must be a whole number of at least 1, not ${k}`);
  const P = projects.length;
  // Reviewers are worked on in id order, so that their index is also the tie-break.
  const reviewers = [...input.reviewers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const R = reviewers.length;
  const rIndex = indexById(reviewers, 'reviewer');
  const pIndex = indexById(projects, 'project');

  const maxLoad = Int32Array.from(reviewers, (r) => usableMaxLoad(r.maxLoad));
  const { blocked, blockedOfReviewer, blockedActive } = readConflicts(
    input.conflicts,
    pIndex,
    rIndex,
    maxLoad,
  );
  let activeReviewers = 0;
  const cap = new Int32Array(R);
  let capacity = 0;
  for (let r = 0; r < R; r++) {
    if ((maxLoad[r] as number) > 0) activeReviewers++;
    cap[r] = Math.min(maxLoad[r] as number, P - (blockedOfReviewer[r] as number));
    capacity += cap[r] as number;
  }
  const eligible = Int32Array.from(blockedActive, (b) => activeReviewers - b);
  const needed = P * k;
  const underEligible: { projectId: string; eligibleReviewers: number }[] = [];
  let eligibleShortfall = 0;
  for (let p = 0; p < P; p++) {
    const e = eligible[p] as number;
    if (e < k) {
      underEligible.push({ projectId: (projects[p] as AssignmentProject).id, eligibleReviewers: e });
      eligibleShortfall += k - e;
    }
  }
  if (capacity < needed) {
    return {
      feasible: false,
      reason: InfeasibleReason.CAPACITY,
      needed,
      capacity,
      shortfall: needed - capacity,
      projects: underEligible,
      message: `needs ${plural(needed, 'review')}, capacity ${formatCount(capacity)}: raise max loads or add reviewers for ${plural(needed - capacity, 'more review')}`,
    };
  }
  if (underEligible.length) {
    const listed = underEligible
      .slice(0, 10)
      .map((p) => `${p.projectId} (${p.eligibleReviewers})`)
      .join(', ');
    const more = underEligible.length > 10 ? ` and ${formatCount(underEligible.length - 10)} more` : '';
    return {
      feasible: false,
      reason: InfeasibleReason.TOO_FEW_ELIGIBLE,
      needed,
      capacity,
      shortfall: eligibleShortfall,
      projects: underEligible,
      message: `${plural(underEligible.length, 'project')} ${underEligible.length === 1 ? 'has' : 'have'} fewer than ${k} reviewers without a conflict: ${listed}${more}; add reviewers or lower the reviewers per project`,
    };
  }

  const reviews = new Reviews(P, R, k, blocked, cap);
  for (const e of input.existing ?? []) {
    const p = pIndex.get(e.projectId);
    const r = rIndex.get(e.reviewerId);
    if (p === undefined || r === undefined || !reviews.canTake(p, r)) continue;
    if (reviews.reviewersOf(p) >= k || (reviews.load[r] as number) >= (cap[r] as number)) continue;
    reviews.add(p, r);
    reviews.pin(p, r);
  }

  // Target loads: one water level for everyone, within [kept reviews, usable capacity].
  const kept = Int32Array.from(reviews.load);
  const { limit: targets, level } = targetLimit(kept, cap, needed);

  // Projects with a sector go first, those without last (anyone suits them, so they should not use up the
  // experts); within each, fewest eligible reviewers first, then input order. A counting sort on eligible ≤ R.
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

  greedy(projects, reviewers, order, targets, reviews);

  let short = order.filter((p) => reviews.reviewersOf(p) < k);
  if (short.length) {
    const search = new ResidualSearch(P, R, reviews);
    short = search.fill(short, targets);
    if (short.length) {
      // The targets cannot be met: let everyone reach the level (no shared allowance), then raise it one
      // review at a time up to the capacities, then even the loads out again.
      let top = 0;
      for (let r = 0; r < R; r++) top = Math.max(top, cap[r] as number);
      for (let raised = level; short.length && raised <= top; raised++)
        short = search.fill(short, levelLimit(kept, cap, raised));
      if (short.length) {
        let missing = 0;
        for (const p of short) missing += k - reviews.reviewersOf(p);
        return {
          feasible: false,
          reason: InfeasibleReason.STRUCTURE,
          needed,
          capacity,
          shortfall: missing,
          projects: short.map((p) => ({
            projectId: (projects[p] as AssignmentProject).id,
            eligibleReviewers: eligible[p] as number,
          })),
          message: `needs ${plural(needed, 'review')}, but conflicts and max loads leave room for ${formatCount(needed - missing)}: ${plural(short.length, 'project')} cannot get ${k} reviewers; raise the max loads of the reviewers they can have or add reviewers`,
        };
      }
      search.even();
    }
  }

  const assignments: Assignment[] = [];
  for (let p = 0; p < P; p++) {
    const project = projects[p] as AssignmentProject;
    for (const r of reviews.sortedOn(p)) {
      const reviewer = reviewers[r] as AssignmentReviewer;
      assignments.push({
        projectId: project.id,
        reviewerId: reviewer.id,
        sectorMatch: project.sector !== null && reviewer.sectors.includes(project.sector),
        languageMatch: project.languages.some((l) => reviewer.languages.includes(l)),
      });
    }
  }
  const loads: Record<string, number> = {};
  reviewers.forEach((r, i) => (loads[r.id] = reviews.load[i] as number));
  return { feasible: true, assignments, loads };
}

/** How many reviews a reviewer may still take during a phase of the search. */
interface Limit {
  /** Whether reviewer r, now at `load`, may take one more. */
  room(r: number, load: number): boolean;
  /** Records that reviewer r went from `load` to one more. */
  took(r: number, load: number): void;
}

/** Everyone up to `level` reviews, within [kept reviews, usable capacity]. */
const levelLimit = (floor: Int32Array, cap: Int32Array, level: number): Limit => ({
  room: (r, load) => load < Math.min(cap[r] as number, Math.max(floor[r] as number, level)),
  took: () => undefined,
});

/**
 * The target loads: the most even ones summing to `total` with floor[r] ≤ load ≤ cap[r]. With L the smallest
 * level such that Σ clamp(L) ≥ total, everyone may go to clamp(L − 1), and the remainder is a shared
 * allowance of reviews that lets some of those who can reach L do so: whoever the assignment prefers
 * (sector, language) rather than fixed in advance. Assumes Σ floor ≤ total ≤ Σ cap.
 */
function targetLimit(floor: Int32Array, cap: Int32Array, total: number): { limit: Limit; level: number } {
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

/**
 * The greedy pass: for each project, the least-loaded reviewers below their target, from the best pool
 * that still has one (ties to the lower id). A pool is a load queue holding each of its reviewers once. An
 * entry is only moved when it comes to the front with an old load (loads only grow here, so an old entry
 * is never behind its place): a review costs a few O(1) steps, whatever the number of pools.
 */
function greedy(
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

/** Augmenting-path search over the residual graph of the current reviews. */
class ResidualSearch {
  private epoch = 0;
  private readonly seenProject: Int32Array;
  /** The reviewer a project was reached from: the one who would release it. */
  private readonly viaReviewer: Int32Array;
  /** The project a reviewer was reached from: the one they would take. */
  private readonly viaProject: Int32Array;
  private readonly deadProject: Uint8Array;
  private readonly deadReviewer: Uint8Array;
  /** Reviewers not reached yet in the current search. */
  private readonly unseen: Int32Array;

  constructor(
    P: number,
    private readonly R: number,
    private readonly reviews: Reviews,
  ) {
    this.seenProject = new Int32Array(P);
    this.viaReviewer = new Int32Array(P);
    this.viaProject = new Int32Array(R);
    this.deadProject = new Uint8Array(P);
    this.deadReviewer = new Uint8Array(R);
    this.unseen = new Int32Array(R);
  }

  /**
   * Completes the given projects to k reviewers with augmenting paths ending at a reviewer with room.
   * Returns the projects still short. A search that fails marks everything it reached as dead: that part
   * of the graph has no way out, and no later augmentation can enter it.
   */
  fill(short: readonly number[], limit: Limit): number[] {
    const { reviews } = this;
    this.deadProject.fill(0);
    this.deadReviewer.fill(0);
    const left: number[] = [];
    for (const p of short) {
      while (reviews.reviewersOf(p) < reviews.k && !this.deadProject[p] && this.augment(p, limit));
      if (reviews.reviewersOf(p) < reviews.k) left.push(p);
    }
    return left;
  }

  /** One more reviewer for project `start`, along a shortest residual path; false when there is none. */
  private augment(start: number, limit: Limit): boolean {
    const { R, reviews, seenProject, viaReviewer, viaProject, deadProject, deadReviewer, unseen } = this;
    const stamp = ++this.epoch;
    const queue = [start];
    seenProject[start] = stamp;
    const reached: number[] = [];
    let left = 0;
    for (let r = 0; r < R; r++) if (!deadReviewer[r] && (reviews.cap[r] as number) > 0) unseen[left++] = r;
    // Each reviewer is reached once; once all are, the rest of the queue has nowhere new to go.
    for (let head = 0; head < queue.length && left > 0; head++) {
      const p = queue[head] as number;
      let kept = 0;
      for (let i = 0; i < left; i++) {
        const r = unseen[i] as number;
        if (!reviews.canTake(p, r)) {
          unseen[kept++] = r;
          continue;
        }
        viaProject[r] = p;
        reached.push(r);
        if (limit.room(r, reviews.load[r] as number)) {
          limit.took(r, reviews.load[r] as number);
          this.apply(r, start);
          return true;
        }
        for (const q of reviews.ofReviewer[r] as number[]) {
          if (seenProject[q] === stamp || deadProject[q] || reviews.isPinned(q, r)) continue;
          seenProject[q] = stamp;
          viaReviewer[q] = r;
          queue.push(q);
        }
      }
      left = kept;
    }
    for (const p of queue) deadProject[p] = 1;
    for (const r of reached) deadReviewer[r] = 1;
    return false;
  }

  /** Flips the path ending at reviewer `end`: it takes a project, each reviewer before it swaps one. */
  private apply(end: number, start: number): void {
    const { reviews } = this;
    for (let r = end; ;) {
      const p = this.viaProject[r] as number;
      if (p === start) {
        reviews.add(p, r);
        return;
      }
      const releasing = this.viaReviewer[p] as number;
      reviews.remove(p, releasing);
      reviews.add(p, r);
      r = releasing;
    }
  }

  /**
   * Evens the loads out: while some reviewer u can hand a review, along a residual path, to a reviewer v
   * below capacity with load(v) ≤ load(u) − 2, do so (to the least-loaded such v). When no such move is
   * left, no assignment has a more even load vector. A search from u that finds nothing also settles every
   * reviewer it reached with a load no higher than u's, so a quiet pass costs a few graph traversals.
   */
  even(): void {
    const { R, reviews } = this;
    const { load, cap } = reviews;
    const settled = new Uint8Array(R);
    for (let moved = true; moved;) {
      moved = false;
      settled.fill(0);
      const byLoad = Array.from({ length: R }, (_, r) => r).sort(
        (a, b) => (load[b] as number) - (load[a] as number) || a - b,
      );
      for (const u of byLoad) {
        const high = load[u] as number;
        if (settled[u] || high < 2) continue;
        const reached = this.reachFrom(u);
        let best = -1;
        for (const v of reached) {
          const at = load[v] as number;
          if (v === u || at >= (cap[v] as number) || at > high - 2) continue;
          if (best < 0 || at < (load[best] as number) || (at === load[best] && v < best)) best = v;
        }
        if (best >= 0) {
          this.applyFrom(best, u);
          moved = true;
          break;
        }
        for (const v of reached) if ((load[v] as number) <= high) settled[v] = 1;
      }
    }
  }

  /** Reviewers reachable from reviewer u by releasing one of u's (unpinned) projects, and so on. */
  private reachFrom(u: number): number[] {
    const { R, reviews, seenProject, viaReviewer, viaProject, unseen } = this;
    const stamp = ++this.epoch;
    const reached = [u];
    let left = 0;
    for (let r = 0; r < R; r++) if (r !== u && (reviews.cap[r] as number) > 0) unseen[left++] = r;
    for (let head = 0; head < reached.length && left > 0; head++) {
      const r = reached[head] as number;
      for (const p of reviews.ofReviewer[r] as number[]) {
        if (seenProject[p] === stamp || reviews.isPinned(p, r)) continue;
        seenProject[p] = stamp;
        viaReviewer[p] = r;
        let kept = 0;
        for (let i = 0; i < left; i++) {
          const v = unseen[i] as number;
          if (!reviews.canTake(p, v)) {
            unseen[kept++] = v;
            continue;
          }
          viaProject[v] = p;
          reached.push(v);
        }
        left = kept;
        if (!left) break;
      }
    }
    return reached;
  }

  /** Flips the path from reviewer `start` (one review fewer) to reviewer `end` (one more). */
  private applyFrom(end: number, start: number): void {
    const { reviews } = this;
    for (let r = end; ;) {
      const p = this.viaProject[r] as number;
      const releasing = this.viaReviewer[p] as number;
      reviews.remove(p, releasing);
      reviews.add(p, r);
      if (releasing === start) return;
      r = releasing;
    }
  }
}

export enum AssignmentViolationCode {
  UNKNOWN_PROJECT = 'UNKNOWN_PROJECT',
  UNKNOWN_REVIEWER = 'UNKNOWN_REVIEWER',
  DUPLICATE = 'DUPLICATE',
  CONFLICT = 'CONFLICT',
  REVIEWER_COUNT = 'REVIEWER_COUNT',
  OVER_MAX_LOAD = 'OVER_MAX_LOAD',
  UNBALANCED = 'UNBALANCED',
}

export interface AssignmentViolation {
  code: AssignmentViolationCode;
  projectId?: string;
  reviewerId?: string;
  message: string;
}

/**
 * The rules a set of reviews breaks: unknown ids, a pair twice, a conflicted pair, a project without
 * exactly k reviewers, a reviewer above max load, and with `balance` reviewers of equal max load whose
 * loads differ by more than one. Empty when all hold.
 */
export function checkAssignment(
  input: Pick<AssignmentInput, 'projects' | 'reviewers' | 'k' | 'conflicts'>,
  assignments: readonly ReviewPair[],
  options: { balance?: boolean } = {},
): AssignmentViolation[] {
  const violations: AssignmentViolation[] = [];
  const projects = new Set(input.projects.map((p) => p.id));
  const reviewers = new Map(input.reviewers.map((r) => [r.id, r]));
  const key = (p: string, r: string) => `${p}\u0000${r}`;
  const conflicts = new Set(input.conflicts.map((c) => key(c.projectId, c.reviewerId)));
  const seen = new Set<string>();
  const perProject = new Map<string, number>();
  const loads = new Map<string, number>();
  for (const a of assignments) {
    const known = projects.has(a.projectId) && reviewers.has(a.reviewerId);
    if (!projects.has(a.projectId))
      violations.push({
        code: AssignmentViolationCode.UNKNOWN_PROJECT,
        projectId: a.projectId,
        message: `unknown project ${a.projectId}`,
      });
    if (!reviewers.has(a.reviewerId))
      violations.push({
        code: AssignmentViolationCode.UNKNOWN_REVIEWER,
        reviewerId: a.reviewerId,
        message: `unknown reviewer ${a.reviewerId}`,
      });
    if (!known) continue;
    const pair = key(a.projectId, a.reviewerId);
    if (seen.has(pair)) {
      violations.push({
        code: AssignmentViolationCode.DUPLICATE,
        ...a,
        message: `${a.reviewerId} is on ${a.projectId} twice`,
      });
      continue;
    }
    seen.add(pair);
    if (conflicts.has(pair))
      violations.push({
        code: AssignmentViolationCode.CONFLICT,
        ...a,
        message: `${a.reviewerId} has a conflict with ${a.projectId}`,
      });
    perProject.set(a.projectId, (perProject.get(a.projectId) ?? 0) + 1);
    loads.set(a.reviewerId, (loads.get(a.reviewerId) ?? 0) + 1);
  }
  for (const p of input.projects) {
    const count = perProject.get(p.id) ?? 0;
    if (count !== input.k)
      violations.push({
        code: AssignmentViolationCode.REVIEWER_COUNT,
        projectId: p.id,
        message: `${p.id} has ${count} reviewers instead of ${input.k}`,
      });
  }
  const byMaxLoad = new Map<number, number[]>();
  for (const r of input.reviewers) {
    const count = loads.get(r.id) ?? 0;
    const max = usableMaxLoad(r.maxLoad);
    if (count > max)
      violations.push({
        code: AssignmentViolationCode.OVER_MAX_LOAD,
        reviewerId: r.id,
        message: `${r.id} has ${count} reviews, above the max load of ${max}`,
      });
    let group = byMaxLoad.get(max);
    if (!group) byMaxLoad.set(max, (group = []));
    group.push(count);
  }
  if (options.balance)
    for (const [max, group] of [...byMaxLoad].sort((a, b) => a[0] - b[0])) {
      const low = Math.min(...group);
      const high = Math.max(...group);
      if (high - low > 1)
        violations.push({
          code: AssignmentViolationCode.UNBALANCED,
          message: `reviewers with max load ${max} have between ${low} and ${high} reviews`,
        });
    }
  return violations;
}

export enum ReassignRefusal {
  SAME_REVIEWER = 'SAME_REVIEWER',
  NOT_ASSIGNED = 'NOT_ASSIGNED',
  UNKNOWN_REVIEWER = 'UNKNOWN_REVIEWER',
  CONFLICT = 'CONFLICT',
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
  AT_MAX_LOAD = 'AT_MAX_LOAD',
}

export type ReassignCheck = { ok: true } | { ok: false; reason: ReassignRefusal };

/**
 * Whether moving one review of a project from one reviewer to another keeps the hard rules: the review
 * exists, the new reviewer is known, has no blocking conflict with the project, is not already on it and
 * is below their max load. (Balance is not required of a move an organiser makes by hand.)
 */
export function canReassign(
  state: {
    reviewers: readonly Pick<AssignmentReviewer, 'id' | 'maxLoad'>[];
    conflicts: readonly ReviewPair[];
    assignments: readonly ReviewPair[];
  },
  move: { projectId: string; fromReviewerId: string; toReviewerId: string },
): ReassignCheck {
  const refuse = (reason: ReassignRefusal): ReassignCheck => ({ ok: false, reason });
  if (move.fromReviewerId === move.toReviewerId) return refuse(ReassignRefusal.SAME_REVIEWER);
  const onProject = state.assignments.filter((a) => a.projectId === move.projectId);
  if (!onProject.some((a) => a.reviewerId === move.fromReviewerId))
    return refuse(ReassignRefusal.NOT_ASSIGNED);
  const target = state.reviewers.find((r) => r.id === move.toReviewerId);
  if (!target) return refuse(ReassignRefusal.UNKNOWN_REVIEWER);
  if (state.conflicts.some((c) => c.projectId === move.projectId && c.reviewerId === move.toReviewerId))
    return refuse(ReassignRefusal.CONFLICT);
  if (onProject.some((a) => a.reviewerId === move.toReviewerId))
    return refuse(ReassignRefusal.ALREADY_ASSIGNED);
  const load = state.assignments.filter((a) => a.reviewerId === move.toReviewerId).length;
  if (load >= usableMaxLoad(target.maxLoad)) return refuse(ReassignRefusal.AT_MAX_LOAD);
  return { ok: true };
}
