/**
 * An async iterator that yields `first` at once, then `map(event)` for each event of `source` that `accept`s,
 * and releases `source` when the client unsubscribes (its `return` is passed on, even while waiting).
 */
export function liveValues<E, V>(
  source: AsyncIterableIterator<E>,
  first: () => Promise<V>,
  accept: (event: E) => boolean,
  map: (event: E) => Promise<V>,
): AsyncIterableIterator<V> {
  let started = false;
  let done = false;
  // Subscribing first (a source subscribes on its first next()), then reading the first value, so a change
  // between the two is not missed.
  let pending: Promise<IteratorResult<E>> | undefined;
  const finish = async (): Promise<IteratorResult<V>> => {
    done = true;
    await source.return?.();
    return { value: undefined, done: true };
  };
  const iterator: AsyncIterableIterator<V> = {
    async next(): Promise<IteratorResult<V>> {
      if (done) return { value: undefined, done: true };
      if (!started) {
        started = true;
        pending = source.next();
        return { value: await first(), done: false };
      }
      for (;;) {
        const event = await (pending ?? source.next());
        pending = undefined;
        if (event.done || done) return finish();
        if (accept(event.value)) return { value: await map(event.value), done: false };
      }
    },
    return: finish,
    async throw(error?: unknown): Promise<IteratorResult<V>> {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
