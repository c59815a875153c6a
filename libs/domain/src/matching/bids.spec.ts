import fc from 'fast-check';
import {
  BidColumn,
  compareBids,
  equityBasisPoints,
  isExpired,
  validateBid,
  type BidSummary,
  type BidTerms,
} from './bids';
import { BidStatus } from './enums';
import { FxError, type FxTable } from './fx';

const now = new Date('2026-12-01T08:00:00Z');
const later = new Date('2027-01-31T00:00:00Z');
const fx: FxTable = { base: 'CNY', rates: { USD: '0.14', EUR: '0.125', JPY: 20 } };
const fields = (terms: BidTerms) => validateBid(terms, now).map((i) => i.field);

describe('validateBid', () => {
  const good: BidTerms = {
    currency: 'CNY',
    investmentMinor: 5_000_000_00n,
    equityPercent: 12.5,
    validUntil: later,
  };

  it('accepts a complete offer', () => {
    expect(validateBid(good, now)).toEqual([]);
    expect(validateBid({ spaceM2: 2000, rentFreeMonths: 24, validUntil: later }, now)).toEqual([]);
    expect(validateBid({ otherTerms: 'talent apartments for the team', validUntil: later }, now)).toEqual([]);
    expect(validateBid({ ...good, equityPercent: 0 }, now)).toEqual([]);
    expect(validateBid({ ...good, equityPercent: 100 }, now)).toEqual([]);
  });

  it('checks money and its currency', () => {
    expect(fields({ ...good, investmentMinor: -1n })).toEqual(['investmentMinor', 'terms']);
    expect(fields({ ...good, subsidyMinor: -5n })).toEqual(['subsidyMinor']);
    expect(fields({ ...good, currency: null })).toEqual(['currency']);
    expect(fields({ ...good, currency: 'RMB' })).toEqual(['currency']);
    expect(fields({ spaceM2: 10, currency: 'XXQ', validUntil: later })).toEqual(['currency']);
  });

  it('checks the equity share', () => {
    expect(fields({ ...good, equityPercent: 100.01 })).toEqual(['equityPercent']);
    expect(fields({ ...good, equityPercent: -1 })).toEqual(['equityPercent']);
    expect(fields({ ...good, equityPercent: 12.345 })).toEqual(['equityPercent']);
    expect(fields({ ...good, equityPercent: Number.NaN })).toEqual(['equityPercent']);
    expect(fields({ spaceM2: 100, equityPercent: 5, validUntil: later })).toEqual(['equityPercent']);
    expect(equityBasisPoints(12.34)).toBe(1234);
    expect(equityBasisPoints(0.07)).toBe(7);
    expect(equityBasisPoints(1.005)).toBeUndefined();
  });

  it('checks space and rent-free months', () => {
    expect(fields({ spaceM2: -1, otherTerms: 'x', validUntil: later })).toEqual(['spaceM2']);
    expect(fields({ spaceM2: 100, rentFreeMonths: 1.5, validUntil: later })).toEqual(['rentFreeMonths']);
    expect(fields({ spaceM2: 100, rentFreeMonths: 121, validUntil: later })).toEqual(['rentFreeMonths']);
    expect(fields({ ...good, rentFreeMonths: 6 })).toEqual(['rentFreeMonths']);
  });

  it('needs a valid-until in the future', () => {
    expect(fields({ ...good, validUntil: null })).toEqual(['validUntil']);
    expect(fields({ ...good, validUntil: now })).toEqual(['validUntil']);
    expect(fields({ ...good, validUntil: new Date('nope') })).toEqual(['validUntil']);
  });

  it('needs something on offer', () => {
    expect(fields({ validUntil: later })).toEqual(['terms']);
    expect(
      fields({ currency: 'CNY', investmentMinor: 0n, spaceM2: 0, otherTerms: ' ', validUntil: later }),
    ).toEqual(['terms']);
    expect(fields({ currency: 'CNY', subsidyMinor: 1n, validUntil: later })).toEqual([]);
    expect(fields({ otherTerms: 'x'.repeat(4001), validUntil: later })).toEqual(['otherTerms']);
  });
});

describe('isExpired', () => {
  it('expires live bids whose valid-until has passed', () => {
    expect(isExpired({ status: BidStatus.SUBMITTED, validUntil: now }, now)).toBe(true);
    expect(isExpired({ status: BidStatus.SUBMITTED, validUntil: later }, now)).toBe(false);
    expect(isExpired({ status: BidStatus.ACCEPTED, validUntil: new Date('2026-01-01T00:00:00Z') }, now)).toBe(
      false,
    );
    expect(isExpired({ status: BidStatus.SUBMITTED, validUntil: null }, now)).toBe(false);
  });
});

const bid = (id: string, terms: Partial<BidSummary>): BidSummary => ({
  id,
  partnerId: `partner-${id}`,
  status: BidStatus.SUBMITTED,
  validUntil: later,
  ...terms,
});

describe('compareBids', () => {
  const bids = [
    bid('park-a', { currency: 'CNY', subsidyMinor: 2_000_000_00n, spaceM2: 3000, rentFreeMonths: 36 }),
    bid('fund-b', { currency: 'USD', investmentMinor: 1_400_000_00n, equityPercent: 10 }),
    bid('park-c', { currency: 'EUR', investmentMinor: 500_000_00n, equityPercent: 2.5, spaceM2: 3000 }),
    bid('fund-d', { currency: 'USD', investmentMinor: 9_000_000_00n, status: BidStatus.WITHDRAWN }),
    bid('fund-e', { currency: 'GBP', investmentMinor: 1_00n }),
  ];

  it('normalises money to one currency with valuations', () => {
    const { rows, missingRates, currency } = compareBids(bids, fx, 'CNY');
    expect(currency).toBe('CNY');
    const byId = Object.fromEntries(rows.map((r) => [r.bidId, r]));
    expect(byId['fund-b']).toMatchObject({
      currency: 'USD',
      bidInvestmentMinor: 1_400_000_00n,
      bidSubsidyMinor: null,
      investmentMinor: 10_000_000_00n,
      subsidyMinor: 0n,
      totalMinor: 10_000_000_00n,
      impliedValuationMinor: 100_000_000_00n,
    });
    expect(byId['park-c']).toMatchObject({
      investmentMinor: 4_000_000_00n,
      impliedValuationMinor: 160_000_000_00n,
    });
    expect(byId['park-a']).toMatchObject({
      investmentMinor: 0n,
      subsidyMinor: 2_000_000_00n,
      impliedValuationMinor: null,
    });
    expect(byId['fund-e']).toMatchObject({
      investmentMinor: null,
      totalMinor: null,
      fxError: { error: FxError.MISSING_RATE, currency: 'GBP' },
    });
    expect(missingRates).toEqual(['GBP']);
  });

  it('orders by status then total, and marks the best among standing bids', () => {
    const { rows } = compareBids(bids, fx, 'CNY');
    expect(rows.map((r) => r.bidId)).toEqual(['fund-b', 'park-c', 'park-a', 'fund-e', 'fund-d']);
    const best = Object.fromEntries(rows.map((r) => [r.bidId, r.best]));
    expect(best['fund-b']).toEqual([BidColumn.INVESTMENT, BidColumn.TOTAL, BidColumn.VALID_UNTIL]);
    expect(best['park-c']).toEqual([
      BidColumn.EQUITY,
      BidColumn.VALUATION,
      BidColumn.SPACE,
      BidColumn.VALID_UNTIL,
    ]);
    expect(best['park-a']).toEqual([
      BidColumn.SUBSIDY,
      BidColumn.SPACE,
      BidColumn.RENT_FREE,
      BidColumn.VALID_UNTIL,
    ]);
    expect(best['fund-d']).toEqual([]); // withdrawn: shown, never best
  });

  it('treats an investment without equity as the least equity for the money', () => {
    const { rows } = compareBids(
      [
        bid('a', { currency: 'CNY', investmentMinor: 100n, equityPercent: 0 }),
        bid('b', { currency: 'CNY', investmentMinor: 1000n, equityPercent: 1 }),
      ],
      fx,
      'CNY',
    );
    expect(rows.find((r) => r.bidId === 'a')?.best).toContain(BidColumn.EQUITY);
    expect(rows.find((r) => r.bidId === 'b')?.best).toContain(BidColumn.VALUATION);
    expect(rows.find((r) => r.bidId === 'b')?.best).not.toContain(BidColumn.EQUITY);
  });

  it('gives the same rows in the same order for any input order', () => {
    const currency = fc.constantFrom('CNY', 'USD', 'EUR', 'JPY', 'GBP');
    const arbBid = fc.record({
      status: fc.constantFrom(...Object.values(BidStatus)),
      currency,
      investmentMinor: fc.option(fc.bigInt({ min: 0n, max: 10n ** 12n }), { nil: null }),
      subsidyMinor: fc.option(fc.bigInt({ min: 0n, max: 10n ** 10n }), { nil: null }),
      equityPercent: fc.option(
        fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
        { nil: null },
      ),
      spaceM2: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
      rentFreeMonths: fc.option(fc.integer({ min: 0, max: 36 }), { nil: null }),
    });
    const arbBids = fc
      .uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), arbBid), {
        selector: ([id]) => id,
        maxLength: 12,
      })
      .map((list) => list.map(([id, terms]) => bid(id, terms)));
    fc.assert(
      fc.property(arbBids, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (list, noise) => {
        const target = 'CNY';
        const shuffled = list
          .map((b) => ({ b, k: noise.next().value }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.b);
        const a = compareBids(list, fx, target);
        const b = compareBids(shuffled, fx, target);
        expect(b).toEqual(a);
        for (const row of a.rows) {
          if (row.totalMinor != null)
            expect(row.totalMinor).toBe((row.investmentMinor ?? 0n) + (row.subsidyMinor ?? 0n));
          if (![BidStatus.SUBMITTED, BidStatus.ACCEPTED].includes(row.status)) expect(row.best).toEqual([]);
        }
      }),
    );
  });
});
