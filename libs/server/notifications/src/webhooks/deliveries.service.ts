import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import {
  AuditLog,
  byKeys,
  ConnectionShape,
  DomainError,
  DomainEvents,
  Outbox,
  paginate,
  Transactions,
  WEBHOOK_TEST_EVENT,
} from '@sixcan/server-core';
import { In } from 'typeorm';
import { WebhookEndpoints } from './endpoints.service';
import { webhookConflict, WebhookErrorReason } from './webhook-errors';
import { queueAttempt } from './webhook-jobs';
import { WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus } from './webhook.entities';
import { WebhookDeliveriesArgs } from './webhook.models';

const isId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** The delivery log of an endpoint, replays and test pings (organizers of the endpoint's organisation). */
@Injectable()
export class WebhookDeliveries {
  constructor(
    private readonly tx: Transactions,
    private readonly endpoints: WebhookEndpoints,
    private readonly outbox: Outbox,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
  ) {}

  /** Latest first. */
  list(actor: Actor, args: WebhookDeliveriesArgs): Promise<ConnectionShape<WebhookDelivery>> {
    return this.tx.read(async (em) => {
      await this.endpoints.find(em, actor, args.endpointId);
      const qb = em
        .createQueryBuilder(WebhookDelivery, 'd')
        .where('d.organizationId = :org AND d.endpointId = :endpoint', {
          org: actor.organizationId,
          endpoint: args.endpointId,
        });
      if (args.status) qb.andWhere('d.status = :status', { status: args.status });
      return paginate(qb, args, [{ expression: 'd.createdAt', property: 'createdAt', direction: 'DESC' }]);
    });
  }

  /** The attempts of deliveries of the actor's organisation, oldest first, by delivery id. */
  async attempts(actor: Actor, deliveryIds: readonly string[]): Promise<WebhookAttempt[][]> {
    const rows = await this.tx.read((em) =>
      em.find(WebhookAttempt, {
        where: { organizationId: actor.organizationId, deliveryId: In([...deliveryIds]) },
        order: { series: 'ASC', attempt: 'ASC' },
      }),
    );
    return deliveryIds.map((id) => rows.filter((r) => r.deliveryId === id));
  }

  /**
   * The latest delivery (the delivery log's first row: newest, ties by id) of each endpoint of the actor's
   * organisation, by endpoint id; null for endpoints without deliveries. One statement for any number of
   * endpoints, each an index lookup on (endpoint_id, created_at).
   */
  async latest(actor: Actor, endpointIds: readonly string[]): Promise<(WebhookDelivery | null)[]> {
    const rows = await this.tx.read((em) =>
      em
        .createQueryBuilder(WebhookDelivery, 'd')
        .where('d.organizationId = :org', { org: actor.organizationId })
        .andWhere(
          `d.id IN (SELECT (SELECT x.id FROM webhook_delivery x WHERE x.endpoint_id = e.id
             ORDER BY x.created_at DESC, x.id ASC LIMIT 1) FROM unnest(CAST(:ids AS uuid[])) AS e(id))`,
          { ids: [...new Set(endpointIds)] },
        )
        .getMany(),
    );
    return byKeys(endpointIds, rows, (d) => d.endpointId);
  }

  /** A new series of attempts for a delivered or failed delivery: the same body, event id and delivery id. */
  replay(actor: Actor, id: string): Promise<WebhookDelivery> {
    return this.tx.run(async (em) => {
      const delivery = isId(id)
        ? await em.findOne(WebhookDelivery, {
            where: { id, organizationId: actor.organizationId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!delivery) throw DomainError.notFound('Webhook delivery');
      const endpoint = await this.endpoints.find(em, actor, delivery.endpointId).catch(() => {
        throw DomainError.notFound('Webhook delivery');
      });
      if (!endpoint.enabled)
        throw webhookConflict(
          WebhookErrorReason.ENDPOINT_DISABLED,
          'This endpoint is disabled: enable it, then replay',
        );
      if (
        delivery.status !== WebhookDeliveryStatus.DELIVERED &&
        delivery.status !== WebhookDeliveryStatus.FAILED
      )
        throw webhookConflict(
          WebhookErrorReason.DELIVERY_IN_PROGRESS,
          'This delivery is still being attempted: wait until it is delivered or failed',
        );
      delivery.series += 1;
      delivery.seriesAttempts = 0;
      delivery.status = WebhookDeliveryStatus.PENDING;
      delivery.nextAttemptAt = new Date();
      delivery.leaseUntil = null;
      const saved = await em.save(delivery);
      await queueAttempt(em, this.outbox, saved, 1);
      await this.audit.byActor(
        em,
        actor,
        'webhook_delivery.replayed',
        { type: 'WebhookDelivery', id: saved.id },
        { eventId: saved.eventId, series: saved.series },
      );
      return saved;
    });
  }

  /** Sends a `webhook.test` ping to one endpoint (whatever its event types); the delivery is logged like others. */
  sendTest(actor: Actor, endpointId: string): Promise<WebhookDelivery> {
    return this.tx.run(async (em) => {
      const endpoint = await this.endpoints.find(em, actor, endpointId);
      if (!endpoint.enabled)
        throw webhookConflict(
          WebhookErrorReason.ENDPOINT_DISABLED,
          'This endpoint is disabled: enable it first',
        );
      const event = await this.events.record(em, {
        organizationId: actor.organizationId,
        programmeId: null,
        type: WEBHOOK_TEST_EVENT,
        objectType: 'WebhookEndpoint',
        objectId: endpoint.id,
        actorUserId: actor.userId,
        data: { endpointId: endpoint.id, url: endpoint.url, message: 'A test delivery from SixCan' },
      });
      const delivery = await em.save(
        em.create(WebhookDelivery, {
          organizationId: actor.organizationId,
          endpointId: endpoint.id,
          eventId: event.id,
          eventType: event.type,
          status: WebhookDeliveryStatus.PENDING,
          series: 1,
          seriesAttempts: 0,
          attemptCount: 0,
          nextAttemptAt: new Date(),
        }),
      );
      await queueAttempt(em, this.outbox, delivery, 1);
      await this.audit.byActor(em, actor, 'webhook_endpoint.tested', {
        type: 'WebhookEndpoint',
        id: endpoint.id,
      });
      return delivery;
    });
  }
}
