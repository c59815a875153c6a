import { liveValues } from './live-count';

/** A source that hands out pushed events and records when it is released. */
function source<E>() {
  const queue: E[] = [];
  const waiting: ((r: IteratorResult<E>) => void)[] = [];
  let released = false;
  const it: AsyncIterableIterator<E> = {
    next: () =>
      new Promise((resolve) => {
        const e = queue.shift();
        if (e !== undefined) resolve({ value: e, done: false });
        else waiting.push(resolve);
      }),
    return: async () => {
      released = true;
      waiting.splice(0).forEach((w) => w({ value: undefined, done: true }));
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => it,
  };
  return {
    it,
    push: (e: E) => {
      const w = waiting.shift();
      if (w) w({ value: e, done: false });
      else queue.push(e);
    },
    released: () => released,
  };
}

describe('liveValues', () => {
  it('yields the first value, then mapped accepted events, and releases the source on return', async () => {
    const s = source<{ org: string | null }>();
    let count = 5;
    const values = liveValues(
      s.it,
      async () => count,
      (e) => e.org === null || e.org === 'a',
      async () => count,
    );
    expect(await values.next()).toEqual({ value: 5, done: false });
    count = 6;
    s.push({ org: 'b' }); // another organisation: skipped
    s.push({ org: 'a' });
    expect(await values.next()).toEqual({ value: 6, done: false });
    count = 7;
    s.push({ org: null });
    expect(await values.next()).toEqual({ value: 7, done: false });
    const pending = values.next(); // waiting on the source
    await values.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(s.released()).toBe(true);
    expect(await values.next()).toEqual({ value: undefined, done: true });
  });
});
