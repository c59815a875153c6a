import { Coalesced } from './coalesce';

/** An event source the test pushes into (like a pub/sub iterator). */
function source<E>() {
  const queue: E[] = [];
  const waiting: ((r: IteratorResult<E>) => void)[] = [];
  let ended = false;
  const iterator: AsyncIterator<E> = {
    next: () =>
      new Promise((resolve) => {
        const value = queue.shift();
        if (value !== undefined) resolve({ done: false, value });
        else if (ended) resolve({ done: true, value: undefined });
        else waiting.push(resolve);
      }),
    return: async () => {
      ended = true;
      for (const w of waiting.splice(0)) w({ done: true, value: undefined });
      return { done: true, value: undefined };
    },
  };
  return {
    iterator,
    push(value: E) {
      const w = waiting.shift();
      if (w) w({ done: false, value });
      else queue.push(value);
    },
    get ended() {
      return ended;
    },
  };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Coalesced', () => {
  it('computes one fresh value per event, and one for a burst that arrived while computing', async () => {
    const events = source<string>();
    let computed = 0;
    let release: (() => void) | undefined;
    const stream = new Coalesced(
      events.iterator,
      async () => {
        computed += 1;
        await new Promise<void>((resolve) => (release = resolve));
        return computed;
      },
      { minGapMs: 0 },
    );
    events.push('a');
    const first = stream.next();
    await settle();
    expect(computed).toBe(1);
    // A burst while the first value is computed.
    events.push('b');
    events.push('c');
    events.push('d');
    await settle();
    release?.();
    expect(await first).toEqual({ done: false, value: 1 });
    const second = stream.next();
    await settle();
    release?.();
    expect(await second).toEqual({ done: false, value: 2 });
    expect(computed).toBe(2);
    await stream.return();
    expect(events.ended).toBe(true);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('waits out the minimum gap after a value before computing the next', async () => {
    const events = source<number>();
    let clock = 1_000;
    const delays: number[] = [];
    const stream = new Coalesced(events.iterator, async () => clock, {
      minGapMs: 500,
      now: () => clock,
      delay: async (ms) => {
        delays.push(ms);
        clock += ms;
      },
    });
    events.push(1);
    expect(await stream.next()).toEqual({ done: false, value: 1_000 });
    clock += 200;
    events.push(2);
    expect(await stream.next()).toEqual({ done: false, value: 1_500 });
    expect(delays).toEqual([300]);
    await stream.return();
  });

  it('reports a failed computation and goes on with the next event', async () => {
    const events = source<number>();
    const errors: unknown[] = [];
    let calls = 0;
    const stream = new Coalesced(
      events.iterator,
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('database away');
        return calls;
      },
      { minGapMs: 0, onError: (e) => errors.push(e) },
    );
    events.push(1);
    const next = stream.next();
    await settle();
    events.push(2);
    expect(await next).toEqual({ done: false, value: 2 });
    expect((errors[0] as Error).message).toBe('database away');
    await stream.return();
  });

  it('ends when the source ends, after a last value for events not yet computed', async () => {
    const events = source<number>();
    const stream = new Coalesced(events.iterator, async () => 'fresh', { minGapMs: 0 });
    events.push(1);
    await settle();
    await events.iterator.return?.();
    expect(await stream.next()).toEqual({ done: false, value: 'fresh' });
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });
});
