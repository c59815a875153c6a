import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

export enum ReminderKind {
  /** The presenter, 24 hours before the slot. */
  PRESENTER_24H = 'PRESENTER_24H',
  /** The presenter, one hour before the slot. */
  PRESENTER_1H = 'PRESENTER_1H',
  /** The commentators, one hour before the event. */
  COMMENTATORS_1H = 'COMMENTATORS_1H',
}

/**
 * A reminder sent: (event, slot or the event, kind, start it was due for). Written with the e-mails in one
 * transaction, so a second run of the same job, or of the scheduler, sends nothing.
 */
@Entity('roadshow_reminder')
@Index('uq_roadshow_reminder', ['roadshowId', 'target', 'kind', 'dueKey'], { unique: true })
export class RoadshowReminder extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  roadshowId!: string;

  /** The slot id, or `event`. */
  @Column('text')
  target!: string;

  @Column('text')
  kind!: ReminderKind;

  /** The start (ISO) the reminder was for. */
  @Column('text')
  dueKey!: string;

  @Column('int')
  recipients!: number;
}
