import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import {
  AppConfig,
  AuditLog,
  ConnectionShape,
  DomainError,
  paginate,
  PageArgs,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager, IsNull } from 'typeorm';
import { checkWebhookUrl } from './endpoint-url';
import { encryptSecret, newWebhookSecret, secretHint } from './signing';
import { webhookConflict, WebhookErrorReason } from './webhook-errors';
import { WebhookEndpoint } from './webhook.entities';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './webhook.models';

export const MAX_ENDPOINTS = 25;

const isId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** The organisation's webhook endpoints: organizers register, change, rotate and delete them. */
@Injectable()
export class WebhookEndpoints {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly config: AppConfig,
  ) {}

  create(
    actor: Actor,
    input: CreateWebhookEndpointInput,
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const url = checkWebhookUrl(input.url, this.config.isProduction);
    return this.tx.run(async (em) => {
      const count = await em.countBy(WebhookEndpoint, {
        organizationId: actor.organizationId,
        deletedAt: IsNull(),
      });
      if (count >= MAX_ENDPOINTS)
        throw webhookConflict(
          WebhookErrorReason.ENDPOINT_LIMIT_REACHED,
          `An organisation has at most ${MAX_ENDPOINTS} endpoints: delete one first`,
        );
      const secret = newWebhookSecret();
      const endpoint = await em.save(
        em.create(WebhookEndpoint, {
          organizationId: actor.organizationId,
          url,
          description: input.description?.trim() || null,
          eventTypes: [...new Set(input.eventTypes)],
          enabled: input.enabled ?? true,
          secretCiphertext: encryptSecret(secret, this.config.env.AUTH_SECRET),
          secretHint: secretHint(secret),
          secretCreatedAt: new Date(),
          createdBy: actor.userId,
          deletedAt: null,
        }),
      );
      await this.audit.byActor(
        em,
        actor,
        'webhook_endpoint.created',
        { type: 'WebhookEndpoint', id: endpoint.id },
        { url, eventTypes: endpoint.eventTypes, enabled: endpoint.enabled },
      );
      return { endpoint, secret };
    });
  }

  update(actor: Actor, id: string, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const url = input.url != null ? checkWebhookUrl(input.url, this.config.isProduction) : undefined;
    return this.tx.run(async (em) => {
      const endpoint = await this.find(em, actor, id, true);
      if (input.version != null && input.version !== endpoint.version)
        throw webhookConflict(
          WebhookErrorReason.STALE_VERSION,
          'This endpoint was changed meanwhile: reload it and try again',
        );
      const changed: string[] = [];
      if (url !== undefined && url !== endpoint.url) {
        endpoint.url = url;
        changed.push('url');
      }
      if (input.eventTypes) {
        endpoint.eventTypes = [...new Set(input.eventTypes)];
        changed.push('eventTypes');
      }
      if (input.enabled != null && input.enabled !== endpoint.enabled) {
        endpoint.enabled = input.enabled;
        changed.push('enabled');
      }
      if (input.description !== undefined) {
        endpoint.description = input.description?.trim() || null;
        changed.push('description');
      }
      if (!changed.length) return endpoint;
      endpoint.version += 1;
      const saved = await em.save(endpoint);
      await this.audit.byActor(
        em,
        actor,
        'webhook_endpoint.updated',
        { type: 'WebhookEndpoint', id: endpoint.id },
        { changed, url: saved.url, eventTypes: saved.eventTypes, enabled: saved.enabled },
      );
      return saved;
    });
  }

  /** A new secret, shown once; the old one stops signing at once. */
  rotate(actor: Actor, id: string): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    return this.tx.run(async (em) => {
      const endpoint = await this.find(em, actor, id, true);
      const secret = newWebhookSecret();
      endpoint.secretCiphertext = encryptSecret(secret, this.config.env.AUTH_SECRET);
      endpoint.secretHint = secretHint(secret);
      endpoint.secretCreatedAt = new Date();
      endpoint.version += 1;
      const saved = await em.save(endpoint);
      await this.audit.byActor(em, actor, 'webhook_endpoint.secret_rotated', {
        type: 'WebhookEndpoint',
        id: endpoint.id,
      });
      return { endpoint: saved, secret };
    });
  }

  /** Stops all deliveries; the endpoint disappears from lists, its delivery log is kept. */
  delete(actor: Actor, id: string): Promise<boolean> {
    return this.tx.run(async (em) => {
      const endpoint = await this.find(em, actor, id, true);
      await em.update(WebhookEndpoint, { id: endpoint.id }, { deletedAt: new Date(), enabled: false });
      await this.audit.byActor(
        em,
        actor,
        'webhook_endpoint.deleted',
        { type: 'WebhookEndpoint', id: endpoint.id },
        { url: endpoint.url },
      );
      return true;
    });
  }

  list(actor: Actor, args: PageArgs): Promise<ConnectionShape<WebhookEndpoint>> {
    return this.tx.read((em) =>
      paginate(
        em
          .createQueryBuilder(WebhookEndpoint, 'e')
          .where('e.organizationId = :org AND e.deletedAt IS NULL', { org: actor.organizationId }),
        args,
        [{ expression: 'e.createdAt', property: 'createdAt', direction: 'DESC' }],
      ),
    );
  }

  /** The endpoint of the actor's organisation (not deleted), or NOT_FOUND. */
  async find(em: EntityManager, actor: Actor, id: string, lock = false): Promise<WebhookEndpoint> {
    const endpoint = isId(id)
      ? await em.findOne(WebhookEndpoint, {
          where: { id, organizationId: actor.organizationId, deletedAt: IsNull() },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!endpoint) throw DomainError.notFound('Webhook endpoint');
    return endpoint;
  }
}
