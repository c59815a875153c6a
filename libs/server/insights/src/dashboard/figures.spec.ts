import { moneyIn, roundName, sumIn, weekStart, weeksBetween, yieldOf } from './figures';

const iso = (d: Date) => d.toISOString();

describe('weekStart', () => {
  it('is Monday 00:00 in the programme’s zone, as an instant', () => {
    // Sunday 2026-03-01 23:30 in Shanghai is still the week of Monday 23 February.
    expect(iso(weekStart(new Date('2026-03-01T15:30:00Z'), 'Asia/Shanghai'))).toBe(
      '2026-02-22T16:00:00.000Z',
    );
    // Five minutes later it is Monday 2 March 00:05 there: a new week.
    expect(iso(weekStart(new Date('2026-03-01T16:05:00Z'), 'Asia/Shanghai'))).toBe(
      '2026-03-01T16:00:00.000Z',
    );
    // The same instant is still Sunday in Berlin.
    expect(iso(weekStart(new Date('2026-03-01T16:05:00Z'), 'Europe/Berlin'))).toBe(
      '2026-02-22T23:00:00.000Z',
    );
  });

  it('follows daylight saving: the Monday after the change starts an hour earlier in UTC', () => {
    // Berlin moves to summer time on Sunday 29 March 2026: Monday 23 March 00:00 is UTC+1, Monday 30 March UTC+2.
    expect(iso(weekStart(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin'))).toBe(
      '2026-03-22T23:00:00.000Z',
    );
    expect(iso(weekStart(new Date('2026-03-30T10:00:00Z'), 'Europe/Berlin'))).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    // New York falls back on Sunday 1 November 2026.
    expect(iso(weekStart(new Date('2026-11-04T12:00:00Z'), 'America/New_York'))).toBe(
      '2026-11-02T05:00:00.000Z',
    );
    expect(iso(weekStart(new Date('2026-10-28T12:00:00Z'), 'America/New_York'))).toBe(
      '2026-10-26T04:00:00.000Z',
    );
  });
});

describe('weeksBetween', () => {
  it('lists every week once, oldest first, across a DST change (a 167-hour week)', () => {
    const weeks = weeksBetween(
      new Date('2026-03-18T12:00:00Z'),
      new Date('2026-04-08T12:00:00Z'),
      'Europe/Berlin',
      104,
    ).map(iso);
    expect(weeks).toEqual([
      '2026-03-15T23:00:00.000Z',
      '2026-03-22T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      '2026-04-05T22:00:00.000Z',
    ]);
  });

  it('keeps the latest weeks when the span is longer than the maximum, and one week for a reversed span', () => {
    const weeks = weeksBetween(new Date('2020-01-01T00:00:00Z'), new Date('2026-06-10T00:00:00Z'), 'UTC', 3);
    expect(weeks.map(iso)).toEqual([
      '2026-05-25T00:00:00.000Z',
      '2026-06-01T00:00:00.000Z',
      '2026-06-08T00:00:00.000Z',
    ]);
    expect(
      weeksBetween(new Date('2026-06-10T00:00:00Z'), new Date('2026-06-01T00:00:00Z'), 'UTC', 10).map(iso),
    ).toEqual(['2026-06-01T00:00:00.000Z']);
  });
});

describe('sumIn', () => {
  // Rates are units of each currency per one unit of the base.
  const fx = { base: 'CNY', rates: { USD: '0.1378', JPY: '21.05', EUR: '0.1291' } };

  it('adds the reporting currency as is and converts the others through the base, exactly', () => {
    const total = sumIn(
      [
        { currency: 'CNY', minor: 1_000_000_00n },
        { currency: 'USD', minor: 1_378_00n }, // $1,378 = ¥10,000
        { currency: 'CNY', minor: 50n },
      ],
      'CNY',
      fx,
    );
    expect(total).toEqual({ minor: 1_000_000_00n + 10_000_00n + 50n, missingRates: [] });
  });

  it('converts into a reporting currency other than the base, with its minor unit (JPY has none)', () => {
    // ¥10,000 CNY → 210,500 JPY; $1,378 → ¥10,000 CNY → 210,500 JPY.
    expect(sumIn([{ currency: 'CNY', minor: 10_000_00n }], 'JPY', fx)).toEqual({
      minor: 210_500n,
      missingRates: [],
    });
    expect(sumIn([{ currency: 'USD', minor: 1_378_00n }], 'JPY', fx)).toEqual({
      minor: 210_500n,
      missingRates: [],
    });
  });

  it('leaves out and lists currencies without a rate, and needs no table for one currency', () => {
    expect(
      sumIn(
        [
          { currency: 'GBP', minor: 100n },
          { currency: 'CHF', minor: 5n },
          { currency: 'USD', minor: 1_378_00n },
        ],
        'CNY',
        fx,
      ),
    ).toEqual({ minor: 10_000_00n, missingRates: ['CHF', 'GBP'] });
    expect(sumIn([{ currency: 'EUR', minor: 7n }], 'EUR', { base: null, rates: {} })).toEqual({
      minor: 7n,
      missingRates: [],
    });
    expect(sumIn([{ currency: 'EUR', minor: 7n }], 'CNY', { base: null, rates: {} })).toEqual({
      minor: 0n,
      missingRates: ['EUR'],
    });
  });

  it('sums per currency before converting, so rounding happens once per currency', () => {
    // Three amounts of US$0.01 are US$0.03 = ¥0.2177… → ¥0.22, not 3 × ¥0.07.
    const pieces = Array.from({ length: 3 }, () => ({ currency: 'USD', minor: 1n }));
    expect(sumIn(pieces, 'CNY', fx).minor).toBe(22n);
  });
});

describe('small figures', () => {
  it('formats money, names rounds and divides yield safely', () => {
    expect(moneyIn(240_000_000_000n, 'CNY')).toEqual({ amount: '2400000000.00', currency: 'CNY' });
    expect(moneyIn(1500n, 'JPY')).toEqual({ amount: '1500', currency: 'JPY' });
    expect(roundName(2)).toEqual({ zh: '第2轮', en: 'Round 2' });
    expect(yieldOf(3, 12)).toBe(0.25);
    expect(yieldOf(0, 0)).toBe(0);
  });
});
