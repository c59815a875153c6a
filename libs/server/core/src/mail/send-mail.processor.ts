import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isLocale } from '@sixcan/domain';
import { DataSource } from 'typeorm';
import { JobHandler, JobProcessor } from '../queue/job-processor.decorator';
import { JobPayloads } from '../queue/jobs';
import { MailMessage } from './mail-message.entity';
import { MailSender } from './mail-sender';
import { isMailTemplate, renderMail } from './templates';

@Injectable()
@JobProcessor('mail.send')
export class SendMailProcessor implements JobHandler<'mail.send'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: MailSender,
  ) {}

  async handle({ mailId }: JobPayloads['mail.send']): Promise<string> {
    const message = await this.dataSource.getRepository(MailMessage).findOneBy({ id: mailId });
    if (!message) return 'missing';
    if (message.status === 'SENT') return 'already sent';
    if (!isMailTemplate(message.template) || !isLocale(message.locale)) {
      await this.dataSource.getRepository(MailMessage).update(mailId, { status: 'FAILED' });
      return 'unknown template';
    }
    const rendered = renderMail(message.template, message.locale, message.params);
    const providerMessageId = await this.sender.send(message.toAddress, rendered, message.id);
    await this.dataSource
      .getRepository(MailMessage)
      .update({ id: mailId, status: 'QUEUED' }, { status: 'SENT', sentAt: new Date(), providerMessageId });
    return 'sent';
  }
}
