import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token for links and refresh sessions (256 bits, URL-safe). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored instead of a token. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password, { type: argon2.argon2id });

// Verified against when the e-mail is unknown, so both answers take the same time.
const DUMMY = argon2.hash('not-a-real-password', { type: argon2.argon2id });

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash ?? (await DUMMY), password);
  } catch {
    return false;
  }
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}
