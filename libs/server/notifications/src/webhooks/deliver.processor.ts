import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  DomainEventRecord,
  JobHandler,
  JobPayloads,
  JobProcessor,
  Outbox,
  Transactions,
} from '@sixcan/server-core';
import { DataSource } from 'typeorm';
import { postJson, PostResult } from './http-post';
import { decryptSecret, signatureHeader } from './signing';
import { queueAttempt, retryDelayMs } from './webhook-jobs';
import { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from './webhook.entities';

/** The JSON a receiver gets: the same bytes on every attempt and replay of the event. */
export function webhookBody(event: DomainEventRecord): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    createdAt: event.createdAt.toISOString(),
    organizationId: event.organizationId,
    programmeId: event.programmeId,
    data: event.data,
  });
}

/**
 * One attempt of one delivery. The attempt is claimed first (a second run of the same job finds it taken and
 * does nothing; a claim whose sender died is taken over once its lease ends), the POST goes out without a
 * database connection held, then the outcome is logged and, on failure, the next attempt is queued with
 * exponential backoff until WEBHOOK_MAX_ATTEMPTS; then the delivery is FAILED (replay starts a new series).
 */
@Injectable()
@JobProcessor('webhooks.deliver')
export class DeliverWebhookProcessor implements JobHandler<'webhooks.deliver'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: Transactions,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  async handle({ deliveryId, series, attempt }: JobPayloads['webhooks.deliver']): Promise<string> {
    const env = this.config.env;
    const leaseMs = env.WEBHOOK_TIMEOUT_MS + 60_000;
    const claimed: { id: string }[] = await this.dataSource.query(
      `UPDATE webhook_delivery
          SET status = 'SENDING',
              attempt_count = attempt_count + CASE WHEN series_attempts < $3 THEN 1 ELSE 0 END,
              series_attempts = $3,
              lease_until = now() + $4 * interval '1 millisecond',
              updated_at = now()
        WHERE id = $1 AND series = $2
          AND ((status IN ('PENDING', 'RETRYING') AND series_attempts = $3 - 1)
               OR (status = 'SENDING' AND series_attempts = $3 AND lease_until < now()))
        RETURNING id`,
      [deliveryId, series, attempt, leaseMs],
    );
    const repo = this.dataSource.getRepository(WebhookDelivery);
    if (!claimed.length) {
      const current = await repo.findOneBy({ id: deliveryId });
      if (
        current?.status === WebhookDeliveryStatus.SENDING &&
        current.series === series &&
        current.seriesAttempts === attempt
      )
        throw new Error('this attempt is being sent by another run: retry once its lease ends');
      return 'already handled';
    }
    const delivery = await repo.findOneByOrFail({ id: deliveryId });
    const endpoint = await this.dataSource
      .getRepository(WebhookEndpoint)
      .findOneBy({ id: delivery.endpointId });
    if (!endpoint || endpoint.deletedAt || !endpoint.enabled) {
      await this.close(delivery, attempt, WebhookDeliveryStatus.FAILED, {
        lastError: endpoint?.deletedAt || !endpoint ? 'The endpoint was deleted' : 'The endpoint is disabled',
      });
      return 'endpoint disabled';
    }
    const secret = decryptSecret(endpoint.secretCiphertext, env.AUTH_SECRET);
    if (!secret) {
      await this.close(delivery, attempt, WebhookDeliveryStatus.FAILED, {
        lastError: 'The signing secret cannot be read (AUTH_SECRET changed): rotate the secret, then replay',
      });
      return 'no secret';
    }
    const event = await this.dataSource
      .getRepository(DomainEventRecord)
      .findOneByOrFail({ id: delivery.eventId });
    const body = webhookBody(event);
    const timestamp = Math.floor(Date.now() / 1000);
    const result = await postJson(
      endpoint.url,
      body,
      {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': `SixCan-Webhooks/${this.config.version}`,
        'x-sixcan-event': event.type,
        'x-sixcan-delivery': delivery.id,
        'x-sixcan-timestamp': String(timestamp),
        'x-sixcan-signature': signatureHeader(secret, timestamp, body),
      },
      { timeoutMs: env.WEBHOOK_TIMEOUT_MS, publicOnly: this.config.isProduction },
    );
    return this.record(delivery, attempt, result);
  }

  private async record(delivery: WebhookDelivery, attempt: number, result: PostResult): Promise<string> {
    const env = this.config.env;
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    return this.tx.run(async (em) => {
      await em.query(
        `INSERT INTO webhook_attempt (organization_id, delivery_id, series, attempt, status_code, duration_ms, error, response_excerpt)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (delivery_id, series, attempt) DO UPDATE
           SET status_code = EXCLUDED.status_code, duration_ms = EXCLUDED.duration_ms, error = EXCLUDED.error,
               response_excerpt = EXCLUDED.response_excerpt, created_at = now()`,
        [
          delivery.organizationId,
          delivery.id,
          delivery.series,
          attempt,
          result.statusCode,
          result.durationMs,
          result.error,
          result.excerpt,
        ],
      );
      const last = {
        lastStatusCode: result.statusCode,
        lastDurationMs: result.durationMs,
        lastError: result.error,
      };
      if (ok) {
        await this.close(
          delivery,
          attempt,
          WebhookDeliveryStatus.DELIVERED,
          { ...last, deliveredAt: new Date() },
          em,
        );
        return 'delivered';
      }
      if (attempt >= env.WEBHOOK_MAX_ATTEMPTS) {
        await this.close(delivery, attempt, WebhookDeliveryStatus.FAILED, last, em);
        return `failed after ${attempt} attempts`;
      }
      const next = new Date(
        Date.now() + retryDelayMs(attempt, env.WEBHOOK_RETRY_BASE_MS, env.WEBHOOK_RETRY_MAX_MS),
      );
      await this.close(
        delivery,
        attempt,
        WebhookDeliveryStatus.RETRYING,
        { ...last, nextAttemptAt: next },
        em,
      );
      await queueAttempt(em, this.outbox, delivery, attempt + 1, next);
      return `attempt ${attempt} failed; next at ${next.toISOString()}`;
    });
  }

  /** Ends the claimed attempt with a status (only while this attempt still holds the claim). */
  private async close(
    delivery: WebhookDelivery,
    attempt: number,
    status: WebhookDeliveryStatus,
    fields: Partial<
      Pick<
        WebhookDelivery,
        'lastStatusCode' | 'lastDurationMs' | 'lastError' | 'nextAttemptAt' | 'deliveredAt'
      >
    >,
    em = this.dataSource.manager,
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .update(WebhookDelivery)
      .set({ status, leaseUntil: null, nextAttemptAt: null, ...fields })
      .where('id = :id AND series = :series AND series_attempts = :attempt AND status = :sending', {
        id: delivery.id,
        series: delivery.series,
        attempt,
        sending: WebhookDeliveryStatus.SENDING,
      })
      .execute();
  }
}
