import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEventRecord, DomainEvents, isDomainEventType, Outbox } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { queueAttempt } from './webhook-jobs';

/**
 * Listens to dispatched domain events: one delivery per (event, subscribed endpoint of the event's
 * organisation), unique, with its first attempt queued. Running again for the same event adds nothing.
 */
@Injectable()
export class WebhookFanOut implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly outbox: Outbox,
  ) {}

  onModuleInit(): void {
    this.events.listen('webhooks', async (em, event) => {
      await this.fanOut(em, event);
    });
  }

  async fanOut(em: EntityManager, event: DomainEventRecord): Promise<number> {
    if (!isDomainEventType(event.type)) return 0;
    const rows: { id: string }[] = await em.query(
      `INSERT INTO webhook_delivery (organization_id, endpoint_id, event_id, event_type, status, next_attempt_at)
       SELECT e.organization_id, e.id, $1, $2, 'PENDING', now() FROM webhook_endpoint e
        WHERE e.organization_id = $3 AND e.enabled AND e.deleted_at IS NULL AND $2 = ANY(e.event_types)
       ON CONFLICT (event_id, endpoint_id) DO NOTHING RETURNING id`,
      [event.id, event.type, event.organizationId],
    );
    for (const row of rows) await queueAttempt(em, this.outbox, { id: row.id, series: 1 }, 1);
    return rows.length;
  }
}
