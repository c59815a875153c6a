import fc from 'fast-check';
import { minorDigits } from '../intake';
import { FxError, convertMinor, divideHalfEven, parseRate, validateFxTable, type FxTable } from './fx';

const table: FxTable = { base: 'USD', rates: { CNY: '7.1', JPY: 150, KWD: '0.307', EUR: '0.5' } };
const ok = (amountMinor: bigint) => ({ ok: true, amountMinor });

describe('parseRate', () => {
  it('reads decimal strings and numbers exactly', () => {
    expect(parseRate('7.1')).toEqual({ num: 71n, den: 10n });
    expect(parseRate(7.1)).toEqual({ num: 71n, den: 10n });
    expect(parseRate(150)).toEqual({ num: 150n, den: 1n });
    expect(parseRate('1e-3')).toEqual({ num: 1n, den: 1000n });
    expect(parseRate(2.5e21)).toEqual({ num: 25n * 10n ** 20n, den: 1n });
  });

  it('refuses zero, negative, non-finite and non-numeric rates', () => {
    for (const bad of ['0', '0.000', '-1', 'abc', '', '1,5', Number.NaN, Number.POSITIVE_INFINITY, -2])
      expect(parseRate(bad)).toBeUndefined();
  });
});

describe('divideHalfEven', () => {
  it('rounds halves to the even neighbour and symmetrically for negatives', () => {
    expect([1n, 3n, 5n, 7n].map((n) => divideHalfEven(n, 2n))).toEqual([0n, 2n, 2n, 4n]);
    expect(divideHalfEven(-5n, 2n)).toBe(-2n);
    expect(divideHalfEven(-7n, 2n)).toBe(-4n);
    expect(divideHalfEven(10n, 3n)).toBe(3n);
    expect(divideHalfEven(11n, 3n)).toBe(4n);
  });
});

describe('convertMinor', () => {
  it('returns the same amount in the same currency without a rate', () => {
    expect(convertMinor(12345n, 'GBP', 'GBP', table)).toEqual(ok(12345n));
  });

  it('converts through the base to the minor unit of the target', () => {
    expect(convertMinor(100_00n, 'USD', 'CNY', table)).toEqual(ok(710_00n));
    expect(convertMinor(710_00n, 'CNY', 'USD', table)).toEqual(ok(100_00n));
    expect(convertMinor(100_00n, 'USD', 'JPY', table)).toEqual(ok(15_000n)); // JPY has no minor unit
    expect(convertMinor(15_000n, 'JPY', 'USD', table)).toEqual(ok(100_00n));
    expect(convertMinor(1_000n, 'KWD', 'USD', table)).toEqual(ok(326n)); // 1 / 0.307 = 3.2573…
    expect(convertMinor(100_00n, 'USD', 'KWD', table)).toEqual(ok(30_700n)); // three digits
    expect(convertMinor(150n, 'JPY', 'KWD', table)).toEqual(ok(307n));
    expect(minorDigits('KWD')).toBe(3);
  });

  it('rounds half to even', () => {
    expect(convertMinor(1n, 'USD', 'EUR', table)).toEqual(ok(0n)); // 0.5 cent
    expect(convertMinor(3n, 'USD', 'EUR', table)).toEqual(ok(2n)); // 1.5 cents
    expect(convertMinor(5n, 'USD', 'EUR', table)).toEqual(ok(2n)); // 2.5 cents
  });

  it('fails on a missing or invalid rate and on unknown currencies', () => {
    expect(convertMinor(1n, 'USD', 'GBP', table)).toEqual({
      ok: false,
      error: FxError.MISSING_RATE,
      currency: 'GBP',
    });
    expect(convertMinor(1n, 'GBP', 'USD', table)).toEqual({
      ok: false,
      error: FxError.MISSING_RATE,
      currency: 'GBP',
    });
    expect(convertMinor(1n, 'USD', 'CNY', { base: 'USD', rates: { CNY: '0' } })).toMatchObject({
      error: FxError.INVALID_RATE,
    });
    expect(convertMinor(1n, 'USD', 'CNY', { base: 'USD', rates: { USD: 2, CNY: 7 } })).toMatchObject({
      error: FxError.INVALID_RATE,
      currency: 'USD',
    });
    expect(convertMinor(1n, 'USD', 'XYZ', table)).toMatchObject({
      error: FxError.UNKNOWN_CURRENCY,
      currency: 'XYZ',
    });
    expect(convertMinor(1n, 'XYZ', 'XYZ', table)).toMatchObject({ error: FxError.UNKNOWN_CURRENCY });
    expect(convertMinor(1n, 'USD', 'CNY', { base: 'XYZ', rates: { USD: 1, CNY: 7 } })).toMatchObject({
      error: FxError.UNKNOWN_CURRENCY,
    });
  });

  it('is exact for integer rates between currencies with the same minor unit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 1, max: 100_000 }),
        (amount, rate) => {
          const t: FxTable = { base: 'USD', rates: { CNY: rate, EUR: String(rate * 3) } };
          expect(convertMinor(amount, 'USD', 'CNY', t)).toEqual(ok(amount * BigInt(rate)));
          expect(convertMinor(amount * BigInt(rate), 'CNY', 'USD', t)).toEqual(ok(amount));
          expect(convertMinor(amount, 'CNY', 'EUR', t)).toEqual(ok(amount * 3n));
        },
      ),
    );
  });

  it('comes back within half a unit of the coarser currency on a round trip', () => {
    const rate = fc
      .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 4 }))
      .map(([digits, scale]) => (digits / 10 ** scale).toFixed(scale));
    const currency = fc.constantFrom('USD', 'CNY', 'JPY', 'KWD', 'EUR');
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 14n }),
        currency,
        currency,
        rate,
        rate,
        (a, from, to, r1, r2) => {
          const t: FxTable = { base: 'GBP', rates: { [from]: r1, [to]: r2 } };
          if (from === to) return;
          const there = convertMinor(a, from, to, t);
          if (!there.ok) throw new Error('expected a conversion');
          const back = convertMinor(there.amountMinor, to, from, t);
          if (!back.ok) throw new Error('expected a conversion');
          // k = target minor units per source minor unit; |back − a| ≤ 1/(2k) + 1/2.
          const p = parseRate(r1);
          const q = parseRate(r2);
          if (!p || !q) throw new Error('expected rates');
          const shift = minorDigits(to) - minorDigits(from);
          let kNum = q.num * p.den;
          let kDen = q.den * p.num;
          if (shift >= 0) kNum *= 10n ** BigInt(shift);
          else kDen *= 10n ** BigInt(-shift);
          const error = back.amountMinor > a ? back.amountMinor - a : a - back.amountMinor;
          expect(2n * error * kNum <= kDen + kNum).toBe(true);
        },
      ),
    );
  });
});

describe('validateFxTable', () => {
  it('names bad codes and rates', () => {
    expect(validateFxTable(table)).toEqual([]);
    expect(validateFxTable({ base: 'USD', rates: { USD: 1 } })).toEqual([]);
    expect(validateFxTable({ base: 'XX', rates: { ABC: 1, CNY: '-7', USD: '1.5' } })).toEqual([
      { field: 'base', message: '"XX" is not an ISO 4217 currency code' },
      { field: 'rates.ABC', message: '"ABC" is not an ISO 4217 currency code' },
      { field: 'rates.CNY', message: '"-7" is not a positive rate' },
    ]);
    expect(validateFxTable({ base: 'USD', rates: { USD: '2' } })).toEqual([
      { field: 'rates.USD', message: 'the base currency is 1' },
    ]);
  });
});
