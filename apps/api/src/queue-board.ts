import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { INestApplication } from '@nestjs/common';
import { QueueBackend, QueueName } from '@sixcan/server-core';

export const QUEUE_BOARD_PATH = '/admin/queues';

/** The BullMQ dashboard at /admin/queues. */
export function mountQueueBoard(
  app: INestApplication,
  queues: QueueBackend,
  names: readonly QueueName[],
): void {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    // The adapter reads queues through BullMQ's public API, which both backends implement.
    queues: names.map(
      (name) => new BullMQAdapter(queues.queue(name) as ConstructorParameters<typeof BullMQAdapter>[0]),
    ),
    serverAdapter: adapter,
  });
  app.use(QUEUE_BOARD_PATH, adapter.getRouter());
}
