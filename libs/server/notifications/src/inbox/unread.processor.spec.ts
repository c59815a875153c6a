import { LiveEvents } from '@sixcan/server-core';
import { UnreadCountProcessor } from './unread.processor';
import { unreadTopic } from './unread-topic';

describe('the unread-count signal job', () => {
  const published: [string, unknown][] = [];
  const live = {
    publish: async (topic: string, payload: unknown) => void published.push([topic, payload]),
  } as unknown as LiveEvents;
  const processor = new UnreadCountProcessor(live);
  beforeEach(() => (published.length = 0));

  it('tells every recipient of the transaction, each in the organisation of their notification', async () => {
    await expect(
      processor.handle({
        recipients: [
          { userId: 'u1', organizationId: 'o1' },
          { userId: 'u2', organizationId: null },
        ],
      }),
    ).resolves.toBe('2 published');
    expect(published).toEqual([
      [unreadTopic('u1'), { organizationId: 'o1' }],
      [unreadTopic('u2'), { organizationId: null }],
    ]);
  });

  it('still runs the jobs queued with one user before the list existed', async () => {
    await expect(processor.handle({ userId: 'u3', organizationId: 'o3' })).resolves.toBe('1 published');
    expect(published).toEqual([[unreadTopic('u3'), { organizationId: 'o3' }]]);
  });
});
