import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One committed state change of an organisation, with the whole record after the change. Append-only: the
 * database refuses updates and deletes. Written by `DomainEvents.emit` in the writer's transaction.
 */
@Entity('domain_event')
@Index('ix_domain_event_org_time', ['organizationId', 'createdAt'])
@Index('ix_domain_event_programme_time', ['programmeId', 'createdAt'])
@Index('ix_domain_event_object', ['objectType', 'objectId'])
export class DomainEventRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid', { nullable: true })
  programmeId!: string | null;

  /** A `DomainEventType` value, e.g. `bid.placed` (or `webhook.test`). */
  @Column('text')
  type!: string;

  @Column('text')
  objectType!: string;

  @Column('text')
  objectId!: string;

  /** Null for changes made by the system (jobs). */
  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  /** The record after the change, as the API shows it to an organizer (JSON: instants as ISO strings). */
  @Column('jsonb')
  data!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
