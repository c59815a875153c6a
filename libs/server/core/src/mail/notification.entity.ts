import { Locale } from '@sixcan/domain';
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { NotificationCategory } from './notification-category';

/** The params of a message in each language it was written for (secret params left out). */
export type NotificationParams = Partial<Record<Locale, Record<string, string>>>;

/**
 * The in-app copy of one e-mail to a user of the platform, written with the e-mail in the same transaction
 * (also when the user turned the category's e-mail off). Its text is rendered from the e-mail template in
 * the reader's language when it is read.
 */
@Entity('notification')
@Index('ix_notification_user_time', ['userId', 'createdAt'])
@Index('ix_notification_unread', ['userId', 'organizationId'], { where: '"read_at" IS NULL' })
export class InAppNotification extends BaseEntity {
  @Column('uuid')
  userId!: string;

  /** The organisation it is about; null for account messages (shown in every organisation). */
  @Column('uuid', { nullable: true })
  organizationId!: string | null;

  @Column('text')
  category!: NotificationCategory;

  /** The e-mail template (a `MailTemplate`). */
  @Column('text')
  template!: string;

  /** The language of the e-mail, whose params are always present. */
  @Column('text')
  locale!: Locale;

  @Column('jsonb', { default: {} })
  params!: NotificationParams;

  /** Relative web path (e.g. `/projects/<id>`), or null. */
  @Column('text', { nullable: true })
  link!: string | null;

  @Column('text', { nullable: true })
  objectType!: string | null;

  @Column('text', { nullable: true })
  objectId!: string | null;

  /** The e-mail it copies (sent, or suppressed by the user's preference). */
  @Column('uuid', { nullable: true })
  mailId!: string | null;

  /** False when the user's preference kept the e-mail from being sent. */
  @Column('boolean')
  emailed!: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;
}

/** A user's choice to receive (or not) the e-mails of one category. Absent: e-mailed. */
@Entity('email_preference')
export class EmailPreference {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn('text')
  category!: NotificationCategory;

  @Column('boolean')
  emailEnabled!: boolean;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
