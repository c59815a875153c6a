import { Injectable } from '@nestjs/common';
import { Actor, convertMinor, DealStage } from '@sixcan/domain';
import {
  byKeys,
  LocalizedText,
  Loaders,
  MatchingCatalog,
  MoneyModel,
  Transactions,
} from '@sixcan/server-core';
import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Agreement, SigningCeremony } from './agreement/agreement.entity';
import { fxTableOf } from './bid/bid-views';
import { Deal, DealActivity } from './deal/deal.entity';
import { DealActivityModel } from './deal/deal.models';
import { moneyOf } from './money-input';
import { Partner } from './partner/partner.entity';

const NO_TEXT: LocalizedText = { zh: null, en: null };

export interface FxTable {
  base: string | null;
  rates: Record<string, string>;
}

/** Sums per currency, converted to the FX table's base: null without a base; unconvertible currencies listed. */
export function totalInBase(
  sums: { currency: string; minor: bigint }[],
  fx: FxTable,
): { total: MoneyModel | null; missingRates: string[] } {
  if (!fx.base) return { total: null, missingRates: [] };
  let total = 0n;
  const missing = new Set<string>();
  for (const s of sums) {
    const converted = convertMinor(s.minor, s.currency, fx.base, { base: fx.base, rates: fx.rates });
    if (converted.ok) total += converted.amountMinor;
    else missing.add(s.currency);
  }
  return { total: moneyOf(total, fx.base), missingRates: [...missing].sort() };
}

export interface CeremonyTotals {
  count: number;
  sums: { currency: string; minor: bigint }[];
}

/**
 * The per-request DataLoaders of matching's field resolvers: one statement per field and request, whatever
 * the page size. Every statement is scoped to the actor's organisation.
 */
@Injectable()
export class MatchingLoaders {
  constructor(
    private readonly tx: Transactions,
    private readonly catalog: MatchingCatalog,
  ) {}

  partnerName(loaders: Loaders, actor: Actor): DataLoader<string, LocalizedText> {
    return loaders.get<string, LocalizedText>('matching.partner-name', (ids) =>
      this.tx.read(async (em) => {
        const rows = await em.find(Partner, {
          where: { organizationId: actor.organizationId, id: In([...ids]) },
          select: { id: true, nameZh: true, nameEn: true },
        });
        return byKeys(ids, rows, (p) => p.id).map((p) => (p ? { zh: p.nameZh, en: p.nameEn } : NO_TEXT));
      }),
    );
  }

  projectTitle(loaders: Loaders, actor: Actor): DataLoader<string, LocalizedText> {
    return loaders.get<string, LocalizedText>('matching.project-title', (ids) =>
      this.tx.read(async (em) => {
        const titles = await this.catalog.titles(em, actor.organizationId, [...ids]);
        return ids.map((id) => {
          const t = titles.get(id);
          return t ? { zh: t.zh ?? null, en: t.en ?? null } : NO_TEXT;
        });
      }),
    );
  }

  /** Activities of each deal, newest first. */
  dealActivities(loaders: Loaders, actor: Actor): DataLoader<string, DealActivityModel[]> {
    return loaders.get<string, DealActivityModel[]>('matching.deal-activities', (ids) =>
      this.tx.read(async (em) => {
        const rows = await em.find(DealActivity, {
          where: { organizationId: actor.organizationId, dealId: In([...ids]) },
          order: { createdAt: 'DESC', id: 'ASC' },
        });
        return ids.map((id) =>
          rows
            .filter((a) => a.dealId === id)
            .map((a) => ({
              id: a.id,
              kind: a.kind,
              note: a.note,
              nextStepAt: a.nextStepAt,
              createdBy: a.createdBy,
              createdAt: a.createdAt,
            })),
        );
      }),
    );
  }

  dealStage(loaders: Loaders, actor: Actor): DataLoader<string, DealStage | null> {
    return loaders.get<string, DealStage | null>('matching.deal-stage', (ids) =>
      this.tx.read(async (em) => {
        const rows = await em.find(Deal, {
          where: { organizationId: actor.organizationId, id: In([...ids]) },
          select: { id: true, stage: true },
        });
        return byKeys(ids, rows, (d) => d.id).map((d) => d?.stage ?? null);
      }),
    );
  }

  /** The id of each deal's agreement (one per deal), or null before it is recorded. */
  dealAgreement(loaders: Loaders, actor: Actor): DataLoader<string, string | null> {
    return loaders.get<string, string | null>('matching.deal-agreement', (ids) =>
      this.tx.read(async (em) => {
        const rows = await em.find(Agreement, {
          where: { organizationId: actor.organizationId, dealId: In([...ids]) },
          select: { id: true, dealId: true },
        });
        return byKeys(ids, rows, (a) => a.dealId).map((a) => a?.id ?? null);
      }),
    );
  }

  ceremonyTitle(loaders: Loaders, actor: Actor): DataLoader<string, LocalizedText | null> {
    return loaders.get<string, LocalizedText | null>('matching.ceremony-title', (ids) =>
      this.tx.read(async (em) => {
        const rows = await em.find(SigningCeremony, {
          where: { organizationId: actor.organizationId, id: In([...ids]) },
          select: { id: true, titleZh: true, titleEn: true },
        });
        return byKeys(ids, rows, (c) => c.id).map((c) => (c ? { zh: c.titleZh, en: c.titleEn } : null));
      }),
    );
  }

  /** The agreements signed at each ceremony, in signing order. */
  ceremonyAgreements(loaders: Loaders, actor: Actor): DataLoader<string, Agreement[]> {
    return loaders.get<string, Agreement[]>('matching.ceremony-agreements', (ids) =>
      this.tx.read(async (em) => {
        const rows = await em.find(Agreement, {
          where: { organizationId: actor.organizationId, ceremonyId: In([...ids]) },
          order: { signedAt: 'ASC', id: 'ASC' },
        });
        return ids.map((id) => rows.filter((a) => a.ceremonyId === id));
      }),
    );
  }

  /** How many agreements each ceremony has and what they commit, per currency (summed in SQL). */
  ceremonyTotals(loaders: Loaders, actor: Actor): DataLoader<string, CeremonyTotals> {
    return loaders.get<string, CeremonyTotals>('matching.ceremony-totals', (ids) =>
      this.tx.read(async (em) => {
        const rows: { ceremony_id: string; currency: string; n: number; minor: string }[] = await em.query(
          `SELECT ceremony_id, currency, count(*)::int AS n, sum(committed_minor)::text AS minor
             FROM agreement WHERE organization_id = $1 AND ceremony_id = ANY($2::uuid[])
            GROUP BY ceremony_id, currency`,
          [actor.organizationId, [...ids]],
        );
        return ids.map((id) => {
          const mine = rows.filter((r) => r.ceremony_id === id);
          return {
            count: mine.reduce((n, r) => n + r.n, 0),
            sums: mine.map((r) => ({ currency: r.currency, minor: BigInt(r.minor) })),
          };
        });
      }),
    );
  }

  /** The organisation's FX table, read once per request. */
  fxTable(loaders: Loaders, actor: Actor): Promise<FxTable> {
    return loaders
      .get<string, FxTable>('matching.fx-table', (orgs) =>
        this.tx.read((em) => Promise.all(orgs.map((org) => fxTableOf(em, org)))),
      )
      .load(actor.organizationId);
  }
}
