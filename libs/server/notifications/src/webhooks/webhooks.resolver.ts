import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Loaders, PageArgs, Roles } from '@sixcan/server-core';
import { WebhookDeliveries } from './deliveries.service';
import { WebhookEndpoints } from './endpoints.service';
import { WebhookAttempt } from './webhook.entities';
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
      'Registers an HTTPS endpoint for the event types; answers its signing secret, shown this once. Non-https URLs are refused (VALIDATION, reason INSECURE_URL; http://127.0.0.1 and localhost are accepted outside production), private addresses in production too (reason PRIVATE_ADDRESS).',
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
    description: 'Changes the URL, event types, description or enabled flag.',
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
      'Sends a delivered or failed delivery again as a new series of attempts: the same body, event id and X-SixCan-Delivery.',
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
      'Sends a `webhook.test` event to the endpoint (whatever its event types), logged like any delivery.',
  })
  @Roles(Role.ORGANIZER)
  async sendTestWebhook(
    @CurrentActor() actor: Actor,
    @Args('endpointId', { type: () => ID }) endpointId: string,
  ): Promise<WebhookDeliveryModel> {
    return toDeliveryModel(await this.deliveries.sendTest(actor, endpointId));
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
