import { Injectable } from '@nestjs/common';
import { Actor, parseRate, validateFxTable } from '@sixcan/domain';
import { AuditLog, DomainError, Transactions } from '@sixcan/server-core';
import { Not } from 'typeorm';
import { FxRate } from './bid.entity';
import { FxRateInput, FxTableModel } from './bid.models';
import { fxTableOf, toFxTableModel } from './bid-views';

/** The organizer's FX table, one rate per currency against one base. */
@Injectable()
export class FxService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
  ) {}

  table(actor: Actor): Promise<FxTableModel> {
    return this.tx.read(async (em) => toFxTableModel(await fxTableOf(em, actor.organizationId)));
  }

  /** Sets one rate. A new base currency starts a new table (the rates against the old base are removed). */
  set(actor: Actor, input: FxRateInput): Promise<FxTableModel> {
    return this.tx.run(async (em) => {
      const issues = validateFxTable({ base: input.base, rates: { [input.currency]: input.rate.trim() } });
      if (issues.length || input.currency === input.base || !parseRate(input.rate.trim()))
        throw DomainError.validation(
          issues[0]?.message ?? 'Give a positive rate for a currency other than the base',
          issues.length
            ? issues.map((i) => ({
                field: i.field.startsWith('rates.') ? 'input.rate' : `input.${i.field}`,
                message: i.message,
              }))
            : [
                {
                  field: input.currency === input.base ? 'input.currency' : 'input.rate',
                  message: 'invalid',
                },
              ],
        );
      // One table per organisation at a time: lock its rows while changing them.
      await em.query(`SELECT id FROM fx_rate WHERE organization_id = $1 FOR UPDATE`, [actor.organizationId]);
      const dropped = await em.delete(FxRate, {
        organizationId: actor.organizationId,
        baseCurrency: Not(input.base),
      });
      await em.query(
        `INSERT INTO fx_rate (organization_id, currency, base_currency, rate, updated_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organization_id, currency) DO UPDATE
           SET rate = EXCLUDED.rate, base_currency = EXCLUDED.base_currency, updated_by = EXCLUDED.updated_by,
               updated_at = now()`,
        [actor.organizationId, input.currency, input.base, input.rate.trim(), actor.userId],
      );
      await this.audit.byActor(
        em,
        actor,
        'fx.rate_set',
        { type: 'FxRate', id: actor.organizationId },
        {
          base: input.base,
          currency: input.currency,
          rate: input.rate.trim(),
          droppedOldBase: dropped.affected ?? 0,
        },
      );
      return toFxTableModel(await fxTableOf(em, actor.organizationId));
    });
  }
}
