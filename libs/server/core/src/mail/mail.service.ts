import { Injectable } from '@nestjs/common';
import { Locale } from '@sixcan/domain';
import { EntityManager } from 'typeorm';
import { Outbox } from '../queue/outbox';
import { MailMessage } from './mail-message.entity';
import { MailTemplate } from './templates';

/** A file sent with an e-mail (text content, e.g. an iCalendar invitation). */
export interface MailAttachment {
  filename: string;
  /** e.g. `text/calendar; method=REQUEST; charset=utf-8`. */
  contentType: string;
  content: string;
}

export interface MailRequest {
  to: string;
  template: MailTemplate;
  locale: Locale;
  params: Record<string, string>;
  attachments?: MailAttachment[];
}

/** Queues e-mail inside the caller's transaction; the worker sends it after commit. */
@Injectable()
export class MailService {
  constructor(private readonly outbox: Outbox) {}

  async queue(manager: EntityManager, request: MailRequest): Promise<MailMessage> {
    const message = await manager.save(
      manager.create(MailMessage, {
        toAddress: request.to.trim().toLowerCase(),
        template: request.template,
        locale: request.locale,
        params: request.params,
        attachments: request.attachments ?? [],
      }),
    );
    await this.outbox.enqueue(
      manager,
      'mail.send',
      { mailId: message.id },
      { jobId: `mail.send-${message.id}` },
    );
    return message;
  }
}
