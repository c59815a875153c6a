import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job written in the same transaction as the change that causes it. The relay moves it to the
 * queue after commit, so a job exists if and only if its transaction committed.
 */
@Entity('outbox_message')
@Index('uq_outbox_message_queue_job', ['queue', 'jobId'], { unique: true })
@Index('ix_outbox_message_pending', ['availableAt'], { where: 'dispatched_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  queue!: string;

  /**
   * The QUEUE_PREFIX of the process that wrote it: a relay moves only its own environment's rows, so
   * environments sharing a database (e.g. parallel test files) never take each other's jobs. Null on rows
   * written before the column existed (any relay takes those).
   */
  @Column('text', { nullable: true })
  queuePrefix!: string | null;

  @Column('text')
  name!: string;

  @Column('text')
  jobId!: string;

  @Column('jsonb')
  payload!: Record<string, unknown>;

  /** When the job should run (delayed jobs such as reminders). */
  @Column('timestamptz', { nullable: true })
  runAt!: Date | null;

  /** When the relay may next try to dispatch it (moves forward after a failed dispatch). */
  @Column('timestamptz', { default: () => 'now()' })
  availableAt!: Date;

  @Column('timestamptz', { nullable: true })
  dispatchedAt!: Date | null;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
