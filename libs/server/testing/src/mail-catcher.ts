import { simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/** An in-process SMTP server: point SMTP_URL at it and read what the worker sent. */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  private readonly server: SMTPServer;
  private readonly waiters: (() => void)[] = [];
  /** Answers withheld by `hold()`: each records its message and sends the 250 when released. */
  private held: { session: string; accept: () => void }[] | null = null;
  private readonly closedSessions = new Set<string>();

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose: (session) => this.closedSessions.add(session.id),
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
            const accept = () => {
              // A client gone before the answer did not get its message accepted: it is not delivered.
              if (this.closedSessions.has(session.id)) return;
              this.messages.push({
                to: to.flatMap((a) => a.value.map((v) => v.address ?? '')),
                subject: mail.subject ?? '',
                text: mail.text ?? '',
                html: typeof mail.html === 'string' ? mail.html : '',
                messageId: mail.messageId ?? '',
              });
              this.waiters.splice(0).forEach((wake) => wake());
              callback();
            };
            if (this.held) this.held.push({ session: session.id, accept });
            else accept();
          })
          .catch((error: Error) => callback(error));
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Resolves once `count` messages have arrived (no sleeping: woken by each delivery). */
  async waitFor(count: number, timeoutMs = 15000): Promise<CaughtMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} e-mails, got ${this.messages.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages;
  }

  /** From now on, received messages wait for `release()` before they are accepted. */
  hold(): void {
    this.held ??= [];
  }

  /** Messages received and waiting for their answer, and how many of their clients are still connected. */
  get heldCount(): { held: number; connected: number } {
    const held = this.held ?? [];
    return { held: held.length, connected: held.filter((h) => !this.closedSessions.has(h.session)).length };
  }

  /** Accepts the held messages whose clients are still connected, and stops holding. */
  release(): void {
    const held = this.held ?? [];
    this.held = null;
    held.forEach((h) => h.accept());
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
