import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DomainEventType, PageArgs } from '@sixcan/server-core';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import '../graphql-enums';
import { WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from './webhook.entities';

@ObjectType('WebhookEndpoint', {
  description: 'An HTTPS endpoint of the organisation that receives signed POSTs for the chosen event types.',
})
export class WebhookEndpointModel {
  @Field(() => ID)
  id!: string;

  @Field()
  url!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [DomainEventType])
  eventTypes!: DomainEventType[];

  @Field({
    description: 'Disabled endpoints receive nothing; their pending deliveries fail (replay them later).',
  })
  enabled!: boolean;

  @Field({ description: 'The last characters of the signing secret (the secret itself is shown only once).' })
  secretHint!: string;

  @Field({ description: 'When the current secret was created (or rotated).' })
  secretCreatedAt!: Date;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const toEndpointModel = (e: WebhookEndpoint): WebhookEndpointModel => ({
  id: e.id,
  url: e.url,
  description: e.description,
  eventTypes: e.eventTypes as DomainEventType[],
  enabled: e.enabled,
  secretHint: e.secretHint,
  secretCreatedAt: e.secretCreatedAt,
  version: e.version,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

@ObjectType()
export class WebhookEndpointConnection extends Connection(WebhookEndpointModel, 'WebhookEndpoint') {}

@ObjectType('WebhookSecretPayload', {
  description: 'An endpoint with its signing secret: the only time the secret is shown. Store it now.',
})
export class WebhookSecretPayload {
  @Field(() => WebhookEndpointModel)
  endpoint!: WebhookEndpointModel;

  @Field({
    description:
      'The signing secret (`whsec_…`). Verify X-SixCan-Signature `t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.',
  })
  secret!: string;
}

@ObjectType('WebhookAttempt', { description: 'One HTTP attempt of a delivery.' })
export class WebhookAttemptModel {
  @Field(() => Int, { description: '1 for the first run, +1 for each replay.' })
  series!: number;

  @Field(() => Int, { description: 'The attempt within its series, from 1.' })
  attempt!: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when none came.' })
  statusCode!: number | null;

  @Field(() => Int, { description: 'From sending the request to the end of the answer, in ms.' })
  durationMs!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why it failed (non-2xx status, timeout, network error).',
  })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'The first 500 characters of the answer’s body.' })
  responseExcerpt!: string | null;

  @Field()
  at!: Date;
}

export const toAttemptModel = (a: WebhookAttempt): WebhookAttemptModel => ({
  series: a.series,
  attempt: a.attempt,
  statusCode: a.statusCode,
  durationMs: a.durationMs,
  error: a.error,
  responseExcerpt: a.responseExcerpt,
  at: a.createdAt,
});

@ObjectType('WebhookDelivery', {
  description:
    'One event for one endpoint. Its id is the X-SixCan-Delivery header (the same on every attempt and replay): receivers use it to ignore repeats.',
})
export class WebhookDeliveryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  endpointId!: string;

  @Field(() => ID, { description: 'The event: the `id` of the body.' })
  eventId!: string;

  @Field({ description: 'The dotted event type, e.g. `bid.placed` (`webhook.test` for test pings).' })
  eventType!: string;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts over all series.' })
  attemptCount!: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode!: number | null;

  @Field(() => Int, { nullable: true, description: 'Duration of the last attempt, in ms.' })
  lastResponseTimeMs!: number | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (RETRYING).' })
  nextRetryAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const toDeliveryModel = (d: WebhookDelivery): WebhookDeliveryModel => ({
  id: d.id,
  endpointId: d.endpointId,
  eventId: d.eventId,
  eventType: d.eventType,
  status: d.status,
  attemptCount: d.attemptCount,
  lastStatusCode: d.lastStatusCode,
  lastResponseTimeMs: d.lastDurationMs,
  lastError: d.lastError,
  nextRetryAt: d.status === WebhookDeliveryStatus.RETRYING ? d.nextAttemptAt : null,
  deliveredAt: d.deliveredAt,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDeliveryModel, 'WebhookDelivery') {}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'https:// (http://127.0.0.1 or localhost only outside production).' })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @Field(() => [DomainEventType])
  @ArrayMinSize(1, { message: 'choose at least one event type' })
  @ArrayMaxSize(50)
  @IsEnum(DomainEventType, { each: true })
  eventTypes!: DomainEventType[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'false registers the endpoint disabled: nothing is sent to it until it is enabled.',
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => [DomainEventType], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'choose at least one event type' })
  @ArrayMaxSize(50)
  @IsEnum(DomainEventType, { each: true })
  eventTypes?: DomainEventType[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Empty clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version read: refuses to overwrite a newer change.' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'endpointId must be an id' })
  endpointId!: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus | null;
}
