import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Loaders, PageArgs, Roles } from '@sixcan/server-core';
import { WebhookDeliveries } from './deliveries.service';
import { WebhookEndpoints } from './endpoints.service';
import { WebhookAttempt, WebhookDelivery } from './webhook.entities';
import {
  CreateWebhookEndpointInput,
  toAttemptModel,
  toDeliveryModel,
  toEndpointModel,
  UpdateWebhookEndpointInput,
  WebhookAttemptModel,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookDeliveryModel,
  WebhookEndpointConnection,
  WebhookEndpointModel,
  WebhookSecretPayload,
} from './webhook.models';

const mapNodes = <T, U>(page: { edges: { cursor: string; node: T }[] }, map: (t: T) => U) => ({
  ...page,
  edges: page.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })),
});

@Resolver()
export class WebhookEndpointsResolver {
  constructor(
    private readonly endpoints: WebhookEndpoints,
    private readonly deliveries: WebhookDeliveries,
  ) {}

  @Query(() => WebhookEndpointConnection, {
    description: 'The organisation’s webhook endpoints, newest first.',
  })
  @Roles(Role.ORGANIZER)
  async webhookEndpoints(
    @CurrentActor() actor: Actor,
    @Args() args: PageArgs,
  ): Promise<WebhookEndpointConnection> {
    const page = await this.endpoints.list(actor, args);
    return { ...mapNodes(page, toEndpointModel), totalCount: page.totalCount, pageInfo: page.pageInfo };
  }

  @Query(() => WebhookDeliveryConnection, {
    description: 'The delivery log of one endpoint, newest first, optionally of one status.',
  })
  @Roles(Role.ORGANIZER)
  async webhookDeliveries(
    @CurrentActor() actor: Actor,
    @Args() args: WebhookDeliveriesArgs,
  ): Promise<WebhookDeliveryConnection> {
    const page = await this.deliveries.list(actor, args);
    return { ...mapNodes(page, toDeliveryModel), totalCount: page.totalCount, pageInfo: page.pageInfo };
  }

  @Mutation(() => WebhookSecretPayload, {
    description:
      'Registers an HTTPS endpoint for the event types (enabled unless `enabled: false`); answers its signing secret, shown this once. Refused URLs are VALIDATION errors with a reason: INVALID_URL (not a full URL, credentials or a #fragment), INSECURE_URL (not https://; http://127.0.0.1 and localhost are accepted outside production), PRIVATE_ADDRESS (a private or local address, in production). CONFLICT with reason ENDPOINT_LIMIT_REACHED beyond 25 endpoints.',
  })
  @Roles(Role.ORGANIZER)
  async createWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateWebhookEndpointInput,
  ): Promise<WebhookSecretPayload> {
    const { endpoint, secret } = await this.endpoints.create(actor, input);
    return { endpoint: toEndpointModel(endpoint), secret };
  }

  @Mutation(() => WebhookEndpointModel, {
    description:
      'Changes the URL, event types, description or enabled flag. With `version`, CONFLICT (reason STALE_VERSION) when the endpoint was changed since; URLs are checked as on creation.',
  })
  @Roles(Role.ORGANIZER)
  async updateWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointModel> {
    return toEndpointModel(await this.endpoints.update(actor, id, input));
  }

  @Mutation(() => WebhookSecretPayload, {
    description: 'Replaces the signing secret; the new one is shown this once and signs from now on.',
  })
  @Roles(Role.ORGANIZER)
  async rotateWebhookSecret(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WebhookSecretPayload> {
    const { endpoint, secret } = await this.endpoints.rotate(actor, id);
    return { endpoint: toEndpointModel(endpoint), secret };
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes the endpoint: nothing more is sent to it (attempts under way fail); its log is kept.',
  })
  @Roles(Role.ORGANIZER)
  deleteWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.endpoints.delete(actor, id);
  }

  @Mutation(() => WebhookDeliveryModel, {
    description:
      'Sends a delivered or failed delivery again as a new series of attempts: the same body, event id and X-SixCan-Delivery. CONFLICT with reason DELIVERY_IN_PROGRESS while it is pending, sending or retrying, ENDPOINT_DISABLED when its endpoint is disabled.',
  })
  @Roles(Role.ORGANIZER)
  async replayWebhookDelivery(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WebhookDeliveryModel> {
    return toDeliveryModel(await this.deliveries.replay(actor, id));
  }

  @Mutation(() => WebhookDeliveryModel, {
    description:
      'Sends a `webhook.test` event to the endpoint (whatever its event types), logged like any delivery. CONFLICT with reason ENDPOINT_DISABLED when the endpoint is disabled.',
  })
  @Roles(Role.ORGANIZER)
  async sendTestWebhook(
    @CurrentActor() actor: Actor,
    @Args('endpointId', { type: () => ID }) endpointId: string,
  ): Promise<WebhookDeliveryModel> {
    return toDeliveryModel(await this.deliveries.sendTest(actor, endpointId));
  }
}

@Resolver(() => WebhookEndpointModel)
export class WebhookEndpointResolver {
  constructor(private readonly deliveries: WebhookDeliveries) {}

  @ResolveField(() => WebhookDeliveryModel, {
    nullable: true,
    description:
      'The latest delivery (the first row of its delivery log): status, HTTP status, time, event type; null before the first. Batched over a list.',
  })
  async lastDelivery(
    @Parent() endpoint: WebhookEndpointModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<WebhookDeliveryModel | null> {
    const latest = await loaders
      .get<string, WebhookDelivery | null>('webhooks.lastDelivery', (ids) =>
        this.deliveries.latest(actor, ids),
      )
      .load(endpoint.id);
    return latest ? toDeliveryModel(latest) : null;
  }
}

@Resolver(() => WebhookDeliveryModel)
export class WebhookDeliveryResolver {
  constructor(private readonly deliveries: WebhookDeliveries) {}

  @ResolveField(() => [WebhookAttemptModel], { description: 'Every attempt, oldest first.' })
  async attempts(
    @Parent() delivery: WebhookDeliveryModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<WebhookAttemptModel[]> {
    const rows = await loaders
      .get<string, WebhookAttempt[]>('webhooks.attempts', (ids) => this.deliveries.attempts(actor, ids))
      .load(delivery.id);
    return rows.map(toAttemptModel);
  }
}
