import { Injectable, Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import type { MailAttachment } from './mail.service';
import { RenderedMail } from './templates';

/** Delivers rendered mail through SMTP, or into MAIL_DROP_DIR as .eml files when no SMTP is configured. */
@Injectable()
export class MailSender {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = config.env.SMTP_URL
      ? createTransport(config.env.SMTP_URL)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(
    to: string,
    mail: RenderedMail,
    messageId: string,
    attachments: MailAttachment[] = [],
  ): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.config.env.MAIL_FROM,
      to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${messageId}@sixcan>`,
      attachments: attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
    });
    if (!this.config.env.SMTP_URL) {
      const dir = this.config.env.MAIL_DROP_DIR;
      const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId}.eml`);
      const bytes = (info as unknown as { message: Buffer }).message;
      // The directory is made when missing (not checked before every message).
      await writeFile(file, bytes).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        await mkdir(dir, { recursive: true });
        await writeFile(file, bytes);
      });
      this.logger.log(`mail to ${to} written to ${file}`);
    }
    return String(info.messageId);
  }
}
