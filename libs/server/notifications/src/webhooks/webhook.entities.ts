import { BaseEntity } from '@sixcan/server-core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  RETRYING = 'RETRYING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/** An organisation's HTTPS endpoint and the event types it receives. Deleted endpoints keep their log. */
@Entity('webhook_endpoint')
@Index('ix_webhook_endpoint_org', ['organizationId', 'createdAt'])
export class WebhookEndpoint extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('text')
  url!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  /** `DomainEventType` values, e.g. `bid.placed`. */
  @Column('text', { array: true })
  eventTypes!: string[];

  @Column('boolean', { default: true })
  enabled!: boolean;

  /** The signing secret, encrypted (AES-256-GCM, key derived from AUTH_SECRET). Never returned after creation. */
  @Column('text')
  secretCiphertext!: string;

  /** The secret's last characters, to tell secrets apart. */
  @Column('text')
  secretHint!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  secretCreatedAt!: Date;

  @Column('uuid')
  createdBy!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt!: Date | null;

  @Column('int', { default: 1 })
  version!: number;
}

/**
 * One event for one endpoint: the same id (the X-SixCan-Delivery header) on every attempt and replay. A series
 * is one run of attempts; a replay starts the next series.
 */
@Entity('webhook_delivery')
@Index('uq_webhook_delivery', ['eventId', 'endpointId'], { unique: true })
@Index('ix_webhook_delivery_endpoint', ['endpointId', 'createdAt'])
export class WebhookDelivery extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  endpointId!: string;

  @Column('uuid')
  eventId!: string;

  @Column('text')
  eventType!: string;

  @Column('text', { default: WebhookDeliveryStatus.PENDING })
  status!: WebhookDeliveryStatus;

  @Column('int', { default: 1 })
  series!: number;

  /** Attempts made in the current series. */
  @Column('int', { default: 0 })
  seriesAttempts!: number;

  /** Attempts made over all series. */
  @Column('int', { default: 0 })
  attemptCount!: number;

  @Column('int', { nullable: true })
  lastStatusCode!: number | null;

  @Column('int', { nullable: true })
  lastDurationMs!: number | null;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;

  /** While SENDING: after this instant another run may take the attempt over (the sender died). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  leaseUntil!: Date | null;
}

/** One HTTP attempt of a delivery, as logged. */
@Entity('webhook_attempt')
@Index('uq_webhook_attempt', ['deliveryId', 'series', 'attempt'], { unique: true })
export class WebhookAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  deliveryId!: string;

  @Column('int')
  series!: number;

  @Column('int')
  attempt!: number;

  /** The HTTP status answered, or null when none came (network error, timeout). */
  @Column('int', { nullable: true })
  statusCode!: number | null;

  @Column('int')
  durationMs!: number;

  @Column('text', { nullable: true })
  error!: string | null;

  /** The first characters of the answer's body. */
  @Column('text', { nullable: true })
  responseExcerpt!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

export const WEBHOOK_ENTITIES = [WebhookEndpoint, WebhookDelivery, WebhookAttempt];
