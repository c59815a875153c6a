import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which object, when. Append-only: the database refuses updates and deletes. */
@Entity('audit_event')
@Index('ix_audit_event_org_time', ['organizationId', 'createdAt'])
@Index('ix_audit_event_object', ['objectType', 'objectId'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  organizationId!: string | null;

  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  /** e.g. `member.invited`, `session.signed_in`. */
  @Column('text')
  action!: string;

  @Column('text')
  objectType!: string;

  @Column('text', { nullable: true })
  objectId!: string | null;

  /** What changed, without secrets. */
  @Column('jsonb', { default: {} })
  summary!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
