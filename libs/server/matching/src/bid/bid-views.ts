import { Injectable } from '@nestjs/common';
import { Actor, compareBids } from '@sixcan/domain';
import { ConnectionShape, DomainError, MatchingCatalog, paginate, Transactions } from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { isApplicant, isId, isOrganizer, MatchingAccess } from '../access';
import { moneyOf } from '../money-input';
import { mapPage } from '../page';
import { Bid, BidRevision, FxRate } from './bid.entity';
import { BidComparisonModel, BidModel, BidsArgs, FxTableModel } from './bid.models';
import { snapshotOf, termsModelOf } from './bid-terms';

/**
 * Who reads which bid: a partner's members its own; the applicant the bids on their own projects;
 * organizers all. Any other bid answers as if it did not exist.
 */
@Injectable()
export class BidViews {
  constructor(
    private readonly tx: Transactions,
    private readonly access: MatchingAccess,
    private readonly catalog: MatchingCatalog,
  ) {}

  /** Latest change first. */
  list(actor: Actor, args: BidsArgs): Promise<ConnectionShape<BidModel>> {
    return this.tx.read(async (em) => {
      const qb = em
        .createQueryBuilder(Bid, 'b')
        .where('b.organizationId = :org', { org: actor.organizationId });
      if (args.projectId) qb.andWhere('b.projectId = :project', { project: args.projectId });
      if (args.partnerId) qb.andWhere('b.partnerId = :partner', { partner: args.partnerId });
      if (args.status) qb.andWhere('b.status = :status', { status: args.status });
      if (!isOrganizer(actor)) {
        const mine = await this.access.myPartnerIds(em, actor);
        const owned =
          isApplicant(actor) && args.projectId
            ? await this.catalog.ownedBy(em, actor.organizationId, actor.userId, [args.projectId])
            : [];
        qb.andWhere('(b.partnerId = ANY(:mine) OR b.projectId = ANY(:owned))', { mine, owned });
      }
      const page = await paginate(qb, args, [
        { expression: 'b.updatedAt', property: 'updatedAt', direction: 'DESC' },
      ]);
      return mapPage(page, (rows) => this.models(em, rows));
    });
  }

  async one(actor: Actor, id: string): Promise<BidModel> {
    return this.tx.read(async (em) => {
      const bid = isId(id) ? await em.findOneBy(Bid, { id, organizationId: actor.organizationId }) : null;
      if (!bid || !(await this.mayRead(em, actor, bid))) throw DomainError.notFound('Bid');
      return (await this.models(em, [bid]))[0] as BidModel;
    });
  }

  async byId(em: EntityManager, bid: Bid): Promise<BidModel> {
    return (await this.models(em, [bid]))[0] as BidModel;
  }

  /** All bids on a project side by side in one currency: the applicant of the project and organizers only. */
  compare(actor: Actor, projectId: string, currency?: string | null): Promise<BidComparisonModel> {
    return this.tx.read(async (em) => {
      const project = await this.access.ownedOrOrganized(em, actor, projectId);
      const bids = await em.find(Bid, {
        where: { organizationId: actor.organizationId, projectId: project.id },
      });
      const table = await fxTableOf(em, actor.organizationId);
      const target = currency ?? table.base ?? project.fundingCurrency ?? 'CNY';
      const comparison = compareBids(bids, { base: table.base ?? target, rates: table.rates }, target);
      const models = new Map((await this.models(em, bids)).map((m) => [m.id, m]));
      return {
        projectId: project.id,
        currency: target,
        missingRates: comparison.missingRates,
        rows: comparison.rows.map((r) => ({
          bid: models.get(r.bidId) as BidModel,
          investment: moneyOf(r.investmentMinor, target),
          subsidy: moneyOf(r.subsidyMinor, target),
          total: moneyOf(r.totalMinor, target),
          impliedValuation: moneyOf(r.impliedValuationMinor, target),
          best: r.best,
          missingRate: r.fxError?.currency ?? null,
        })),
      };
    });
  }

  private async mayRead(em: EntityManager, actor: Actor, bid: Bid): Promise<boolean> {
    if (isOrganizer(actor)) return true;
    if ((await this.access.myPartnerIds(em, actor)).includes(bid.partnerId)) return true;
    return (
      isApplicant(actor) &&
      (await this.catalog.ownedBy(em, actor.organizationId, actor.userId, [bid.projectId])).length > 0
    );
  }

  /** Models of bids the caller may read, with their history (one statement for all of them). */
  async models(em: EntityManager, rows: Bid[]): Promise<BidModel[]> {
    if (!rows.length) return [];
    const revisions = await em.find(BidRevision, {
      where: { bidId: In(rows.map((r) => r.id)) },
      order: { revision: 'ASC' },
    });
    return rows.map((b) => {
      return {
        id: b.id,
        partnerId: b.partnerId,
        projectId: b.projectId,
        status: b.status,
        revision: b.revision,
        terms: termsModelOf(snapshotOf(b)),
        history: revisions
          .filter((r) => r.bidId === b.id)
          .map((r) => ({ revision: r.revision, terms: termsModelOf(r.terms), createdAt: r.createdAt })),
        responseMessage: b.responseMessage,
        closedAt: b.closedAt,
        version: b.version,
        createdAt: b.createdAt,
        updatedAt: b.updatedAt,
      };
    });
  }
}

/** The organisation's FX table: the base of its rates and the rates (empty until a first one is set). */
export async function fxTableOf(
  em: EntityManager,
  organizationId: string,
): Promise<{ base: string | null; rates: Record<string, string>; rows: FxRate[] }> {
  const rows = await em.find(FxRate, { where: { organizationId }, order: { currency: 'ASC' } });
  const base = rows[0]?.baseCurrency ?? null;
  return { base, rates: Object.fromEntries(rows.map((r) => [r.currency, r.rate])), rows };
}

export const toFxTableModel = (t: { base: string | null; rows: FxRate[] }): FxTableModel => ({
  base: t.base,
  rates: t.rows.map((r) => ({ currency: r.currency, rate: r.rate, updatedAt: r.updatedAt })),
});
