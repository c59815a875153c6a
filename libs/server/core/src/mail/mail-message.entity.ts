import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import type { MailAttachment } from './mail.service';

/** SUPPRESSED: not sent, the recipient turned the category's e-mail off (the in-app notification stays). */
export type MailStatus = 'QUEUED' | 'SENDING' | 'SENT' | 'FAILED' | 'SUPPRESSED';

/** One e-mail to one recipient. The `mail.send` job carries only its id. */
@Entity('mail_message')
@Index('ix_mail_message_to', ['toAddress'])
export class MailMessage extends BaseEntity {
  @Column('text')
  toAddress!: string;

  @Column('text')
  template!: string;

  @Column('text')
  locale!: string;

  @Column('jsonb', { default: {} })
  params!: Record<string, string>;

  @Column('jsonb', { default: [] })
  attachments!: MailAttachment[];

  @Column('text', { default: 'QUEUED' })
  status!: MailStatus;

  @Column('text', { nullable: true })
  providerMessageId!: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;
}
