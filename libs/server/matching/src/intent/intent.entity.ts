import { IntentKind, IntentLevel, IntentSource } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';
import { bigintMoney } from '../money';

/** A partner's intent of one kind on a project: one row per (partner, project, kind), moved up the ladder. */
@Entity('match_intent')
@Index('uq_match_intent', ['partnerId', 'projectId', 'kind'], { unique: true })
@Index('ix_match_intent_project', ['organizationId', 'projectId'])
@Index('ix_match_intent_list', ['organizationId', 'createdAt'])
export class MatchIntent extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  partnerId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('text')
  kind!: IntentKind;

  @Column('text')
  level!: IntentLevel;

  @Column('text')
  source!: IntentSource;

  @Column('bigint', { nullable: true, transformer: bigintMoney })
  amountMinor!: bigint | null;

  @Column('char', { length: 3, nullable: true })
  currency!: string | null;

  /** The partner's own note: never shown to anyone outside the partner and the organizers. */
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { nullable: true })
  committedAt!: Date | null;

  @Column('integer', { default: 1 })
  version!: number;
}
