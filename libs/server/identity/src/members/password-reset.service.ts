import { Injectable } from '@nestjs/common';
import { isLocale } from '@sixcan/domain';
import { AppConfig, AuditLog, DomainError, MailService, Transactions } from '@sixcan/server-core';
import { IsNull } from 'typeorm';
import { PasswordReset } from '../password-reset/password-reset.entity';
import { hashPassword, hashToken, newToken, normalizeEmail } from '../secrets';
import { Sessions } from '../session/sessions.service';
import { User } from '../user/user.entity';

export const RESET_TTL_MINUTES = 60;

/** Password reset by e-mailed single-use link; ends every session of the account. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly tx: Transactions,
    private readonly mail: MailService,
    private readonly sessions: Sessions,
    private readonly audit: AuditLog,
    private readonly config: AppConfig,
  ) {}

  /** Always succeeds, so the answer never tells whether the e-mail has an account. */
  async request(email: string, locale?: string): Promise<void> {
    await this.tx.run(async (em) => {
      const user = await em.findOneBy(User, { email: normalizeEmail(email) });
      if (!user) return;
      const token = newToken();
      await em.insert(PasswordReset, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000),
        usedAt: null,
      });
      const lang = locale && isLocale(locale) ? locale : isLocale(user.locale) ? user.locale : 'zh-CN';
      await this.mail.queue(em, {
        to: user.email,
        template: 'identity.password_reset',
        locale: lang,
        organizationId: null,
        userId: user.id,
        subject: { type: 'User', id: user.id },
        params: {
          name: user.displayName,
          link: new URL(
            `/password/reset?token=${encodeURIComponent(token)}`,
            this.config.env.PUBLIC_URL,
          ).toString(),
        },
      });
    });
  }

  async reset(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.tx.run(async (em) => {
      const reset = await em.findOne(PasswordReset, {
        where: { tokenHash: hashToken(token), usedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset || reset.expiresAt.getTime() <= Date.now()) {
        throw DomainError.validation('This reset link is invalid, used or expired: ask for a new one', [
          { field: 'token', message: 'invalid or expired' },
        ]);
      }
      await em.update(PasswordReset, { id: reset.id }, { usedAt: new Date() });
      await em.update(User, { id: reset.userId }, { passwordHash });
      await this.sessions.revokeUser(em, reset.userId);
      await this.audit.record(em, {
        organizationId: null,
        actorUserId: reset.userId,
        action: 'user.password_reset',
        objectType: 'User',
        objectId: reset.userId,
      });
    });
  }
}
