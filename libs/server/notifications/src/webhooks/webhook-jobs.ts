import { Outbox } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';

/** The deterministic id of one attempt's job: a delivery, its series and the attempt within it. */
export const attemptJobId = (deliveryId: string, series: number, attempt: number) =>
  `webhooks.deliver-${deliveryId}-${series}-${attempt}`;

/** Queues an attempt (after commit), optionally not before `runAt`. */
export function queueAttempt(
  em: EntityManager,
  outbox: Outbox,
  delivery: { id: string; series: number },
  attempt: number,
  runAt?: Date,
): Promise<void> {
  return outbox.enqueue(
    em,
    'webhooks.deliver',
    { deliveryId: delivery.id, series: delivery.series, attempt },
    { jobId: attemptJobId(delivery.id, delivery.series, attempt), runAt },
  );
}

/** The delay after failed attempt `n` (1-based): base × 2^(n−1), at most `max`. */
export function retryDelayMs(failedAttempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempt - 1));
}
