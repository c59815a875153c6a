import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The worker writes e-mails here as .eml files (tools/e2e.mjs sets it and passes it through). */
const MAIL_DROP_DIR = process.env.MAIL_DROP_DIR;

/**
 * The decoded text/plain part of a raw e-mail. Nodemailer picks the transfer encoding per part:
 * quoted-printable (soft line breaks `=\r\n`, `=3D`) for mostly-ASCII text, base64 for mostly-Chinese text.
 */
export function plainText(raw: string): string {
  const start = raw.search(/^Content-Type:\s*text\/plain/im);
  let part = start === -1 ? raw : raw.slice(start);
  const end = part.search(/\r?\n--/);
  if (end !== -1) part = part.slice(0, end);
  const split = /\r?\n\r?\n/.exec(part);
  const headers = split ? part.slice(0, split.index) : '';
  const body = split ? part.slice(split.index + split[0].length) : part;
  const encoding = /^Content-Transfer-Encoding:\s*([\w-]+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return body.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  return body;
}

/**
 * Polls MAIL_DROP_DIR (up to `timeoutMs`) for the newest .eml addressed to `to` whose headers match
 * `subject` (any, when absent); returns its raw text.
 */
export async function waitForMail(to: string, subject?: RegExp, timeoutMs = 15_000): Promise<string> {
  if (!MAIL_DROP_DIR) throw new Error('MAIL_DROP_DIR is not set: run the journeys with node tools/e2e.mjs');
  const toHeader = new RegExp(`^To:.*${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'im');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await readdir(MAIL_DROP_DIR).catch(() => [] as string[]);
    const mails = await Promise.all(
      names
        .filter((name) => name.endsWith('.eml'))
        .map(async (name) => {
          const path = join(MAIL_DROP_DIR, name);
          return { raw: await readFile(path, 'utf8'), mtime: (await stat(path)).mtimeMs };
        }),
    );
    const match = mails
      .filter((mail) => {
        const headers = mail.raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
        return toHeader.test(headers) && (!subject || subject.test(headers));
      })
      .sort((a, b) => b.mtime - a.mtime)[0];
    if (match) return match.raw;
    if (Date.now() > deadline)
      throw new Error(`no e-mail to ${to} in ${MAIL_DROP_DIR} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
