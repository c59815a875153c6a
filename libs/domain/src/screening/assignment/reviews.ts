/** The state the search works on: the blocking pairs and the reviews placed so far. */

/** A set of (project, reviewer) index pairs, one bit each. */
export class PairSet {
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

/** The reviews placed so far, by project (k slots each) and by reviewer, with the loads. */
export class Reviews {
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
