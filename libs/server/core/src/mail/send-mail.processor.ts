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
    const repo = this.dataSource.getRepository(MailMessage);
    // Claim the message atomically: of two runs of the same job, only one sends. A claim left by a
    // process that died mid-send is taken over after ten minutes.
    const claim = await repo
      .createQueryBuilder()
      .update()
      .set({ status: 'SENDING' })
      .where(
        `id = :mailId AND (status = 'QUEUED' OR (status = 'SENDING' AND updated_at < now() - interval '10 minutes'))`,
        {
          mailId,
        },
      )
      .returning('to_address AS "toAddress", template, locale, params, attachments')
      .execute();
    const message = (
      claim.raw as Pick<MailMessage, 'toAddress' | 'template' | 'locale' | 'params' | 'attachments'>[]
    )[0];
    if (!message) return 'already handled';
    if (!isMailTemplate(message.template) || !isLocale(message.locale)) {
      await repo.update(mailId, { status: 'FAILED' });
      return 'unknown template';
    }
    try {
      const rendered = renderMail(message.template, message.locale, message.params);
      const providerMessageId = await this.sender.send(
        message.toAddress,
        rendered,
        mailId,
        message.attachments,
      );
      await repo.update({ id: mailId }, { status: 'SENT', sentAt: new Date(), providerMessageId });
      return 'sent';
    } catch (error) {
      await repo.update({ id: mailId, status: 'SENDING' }, { status: 'QUEUED' }); // let the retry claim it
      throw error;
    }
  }
}
