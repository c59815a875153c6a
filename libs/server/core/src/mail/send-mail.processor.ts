import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isLocale } from '@sixcan/domain';
import DataLoader from 'dataloader';
import { DelayedError, Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobHandler, JobProcessor } from '../queue/job-processor.decorator';
import { JobPayloads } from '../queue/jobs';
import { MailMessage } from './mail-message.entity';
import { MailSender } from './mail-sender';
import { isMailTemplate, renderMail } from './templates';

type Claimed = Pick<MailMessage, 'id' | 'toAddress' | 'template' | 'locale' | 'params' | 'attachments'>;

interface Sent {
  mailId: string;
  providerMessageId: string;
  sentAt: Date;
}

/** The jobs running at once share their claim and their result statements (a statement per batch, not per e-mail). */
const BATCH = { cache: false, maxBatchSize: 200, batchScheduleFn: (run: () => void) => setTimeout(run, 1) };

@Injectable()
@JobProcessor('mail.send')
export class SendMailProcessor implements JobHandler<'mail.send'> {
  /**
   * Claims messages atomically: of two runs of the same job, only one sends (also when both are in one batch).
   * A claim left by a process that died mid-send is taken over once its lease (MAIL_SEND_LEASE_MS) has run out.
   */
  private readonly claims = new DataLoader<string, Claimed | null>(async (ids) => {
    // TypeORM answers an UPDATE with [rows, count].
    const [rows] = (await this.dataSource.query(
      `UPDATE mail_message SET status = 'SENDING', updated_at = now()
       WHERE id = ANY($1::uuid[])
         AND (status = 'QUEUED' OR (status = 'SENDING' AND updated_at < now() - $2 * interval '1 millisecond'))
       RETURNING id, to_address AS "toAddress", template, locale, params, attachments`,
      [[...new Set(ids)], this.config.env.MAIL_SEND_LEASE_MS],
    )) as [Claimed[], number];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id) ?? null;
      byId.delete(id); // the same id twice in one batch: the first run sends, the second finds it handled
      return row;
    });
  }, BATCH);

  private readonly results = new DataLoader<Sent, true>(async (sent) => {
    await this.dataSource.query(
      `UPDATE mail_message m SET status = 'SENT', sent_at = v.sent_at, provider_message_id = v.pid, updated_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS v(id, pid, sent_at)
       WHERE m.id = v.id`,
      [sent.map((s) => s.mailId), sent.map((s) => s.providerMessageId), sent.map((s) => s.sentAt)],
    );
    return sent.map(() => true as const);
  }, BATCH);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: MailSender,
    private readonly config: AppConfig,
  ) {}

  async handle({ mailId }: JobPayloads['mail.send'], job?: Job): Promise<string> {
    const repo = this.dataSource.getRepository(MailMessage);
    const message = await this.claims.load(mailId);
    if (!message) {
      // Claimed by another run: a worker still sending it, or one that died mid-send (its job came back as
      // stalled). Look again when that claim's lease runs out, without spending an attempt.
      const held = await repo.findOne({
        where: { id: mailId, status: 'SENDING' },
        select: { id: true, updatedAt: true },
      });
      if (!held || !job?.token) return 'already handled';
      await job.moveToDelayed(
        held.updatedAt.getTime() + this.config.env.MAIL_SEND_LEASE_MS + 1000,
        job.token,
      );
      throw new DelayedError();
    }
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
      await this.results.load({ mailId, providerMessageId, sentAt: new Date() });
      return 'sent';
    } catch (error) {
      await repo.update({ id: mailId, status: 'SENDING' }, { status: 'QUEUED' }); // let the retry claim it
      throw error;
    }
  }
}
