import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import {
  AuditLog,
  DomainError,
  EmailPreference,
  ErrorCode,
  MANDATORY_CATEGORIES,
  NOTIFICATION_CATEGORIES,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { EmailPreferenceModel, UpdateEmailPreferencesInput } from './preference.models';

/** Per-user e-mail preferences by category (the same in every organisation of the user). */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
  ) {}

  list(actor: Actor): Promise<EmailPreferenceModel[]> {
    return this.tx.read((em) => this.read(em, actor.userId));
  }

  update(actor: Actor, input: UpdateEmailPreferencesInput): Promise<EmailPreferenceModel[]> {
    const categories = input.preferences.map((p) => p.category);
    if (new Set(categories).size !== categories.length)
      throw DomainError.validation('Name each category once', [
        { field: 'input.preferences', message: 'a category appears twice' },
      ]);
    const mandatory = input.preferences.findIndex(
      (p) => MANDATORY_CATEGORIES.includes(p.category) && !p.emailEnabled,
    );
    if (mandatory >= 0)
      throw new DomainError(
        ErrorCode.VALIDATION,
        'Security e-mails (invitations, password resets) cannot be turned off',
        {
          reason: 'MANDATORY_CATEGORY',
          fields: [{ field: `input.preferences.${mandatory}.emailEnabled`, message: 'always on' }],
        },
      );
    return this.tx.run(async (em) => {
      for (const p of input.preferences) {
        if (MANDATORY_CATEGORIES.includes(p.category)) continue;
        await em.query(
          `INSERT INTO email_preference (user_id, category, email_enabled, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (user_id, category) DO UPDATE SET email_enabled = EXCLUDED.email_enabled, updated_at = now()`,
          [actor.userId, p.category, p.emailEnabled],
        );
      }
      await this.audit.byActor(
        em,
        actor,
        'email_preferences.updated',
        { type: 'User', id: actor.userId },
        { preferences: Object.fromEntries(input.preferences.map((p) => [p.category, p.emailEnabled])) },
      );
      return this.read(em, actor.userId);
    });
  }

  private async read(em: EntityManager, userId: string): Promise<EmailPreferenceModel[]> {
    const rows = await em.findBy(EmailPreference, { userId });
    const stored = new Map(rows.map((r) => [r.category, r.emailEnabled]));
    return NOTIFICATION_CATEGORIES.map((category) => {
      const mandatory = MANDATORY_CATEGORIES.includes(category);
      return { category, mandatory, emailEnabled: mandatory || (stored.get(category) ?? true) };
    });
  }
}
