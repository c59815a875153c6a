/**
 * Turns a stream of events into a stream of fresh values, computing at most one value per burst: events that
 * arrive while a value is being computed (or within `minGapMs` of the last one) are folded into the next
 * computation. A failed computation is reported and skipped; the stream goes on. Ending it (return) ends the
 * source too (which unsubscribes).
 */
export class Coalesced<E, T> implements AsyncIterableIterator<T> {
  private pending = false;
  private ended = false;
  private stopped = false;
  private wake?: () => void;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly source: AsyncIterator<E>,
    private readonly compute: () => Promise<T>,
    private readonly options: {
      minGapMs: number;
      onError?: (error: unknown) => void;
      now?: () => number;
      delay?: (ms: number) => Promise<void>;
    },
  ) {
    void this.pump();
  }

  private async pump(): Promise<void> {
    try {
      for (;;) {
        const next = await this.source.next();
        if (next.done) break;
        this.pending = true;
        this.wake?.();
      }
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.ended = true;
      this.wake?.();
    }
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      while (!this.pending && !this.ended && !this.stopped)
        await new Promise<void>((resolve) => (this.wake = resolve));
      if (this.stopped || !this.pending) return { done: true, value: undefined };
      const now = this.options.now ?? Date.now;
      const wait = this.last + this.options.minGapMs - now();
      if (wait > 0) await (this.options.delay ?? sleep)(wait);
      if (this.stopped) return { done: true, value: undefined };
      this.pending = false;
      this.last = now();
      try {
        return { done: false, value: await this.compute() };
      } catch (error) {
        this.options.onError?.(error);
      }
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.stopped = true;
    this.wake?.();
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
