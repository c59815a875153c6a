/**
 * Searches over the residual graph of the reviews placed so far, where a reviewer can pass one of their
 * projects to another eligible reviewer: augmenting paths complete the projects the greedy pass left
 * short, and paths between reviewers even the loads out.
 */
import type { Limit } from './loads';
import type { Reviews } from './reviews';

/** Augmenting-path search over the residual graph of the current reviews. */
export class ResidualSearch {
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
