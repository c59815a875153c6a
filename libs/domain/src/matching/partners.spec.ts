import { CooperationMode } from '../intake';
import { IntentKind, IntentLevel, PartnerKind } from './enums';
import { validateIntent, validatePartnerInterests, type PartnerInterests } from './partners';

const fields = (p: PartnerInterests) => validatePartnerInterests(p).map((i) => i.field);

describe('validatePartnerInterests', () => {
  const park: PartnerInterests = {
    kind: PartnerKind.PARK,
    sectors: ['BIO'],
    trlMin: 4,
    trlMax: 9,
    cooperationModes: [CooperationMode.LOCAL_INCORPORATION],
    ticketMinMinor: 0n,
    ticketMaxMinor: 10_000_000_00n,
    ticketCurrency: 'CNY',
    regions: ['EU', 'sg', 'WORLD'],
    chainFocus: ['生物医药'],
    availableSpaceM2: 0,
    incentives: ['rent-free'],
  };

  it('accepts complete interests, and empty ones', () => {
    expect(validatePartnerInterests(park)).toEqual([]);
    expect(validatePartnerInterests({ kind: PartnerKind.INVESTOR })).toEqual([]);
    expect(
      validatePartnerInterests({ kind: PartnerKind.ENTERPRISE, chainFocus: [], incentives: null }),
    ).toEqual([]);
  });

  it('checks the TRL range', () => {
    expect(fields({ ...park, trlMin: 0 })).toEqual(['trlMin']);
    expect(fields({ ...park, trlMax: 4.5 })).toEqual(['trlMax']);
    expect(fields({ ...park, trlMin: 8, trlMax: 3 })).toEqual(['trlMax']);
  });

  it('checks modes, the ticket range and regions', () => {
    expect(fields({ ...park, cooperationModes: ['BARTER' as CooperationMode] })).toEqual([
      'cooperationModes',
    ]);
    expect(fields({ ...park, ticketMinMinor: -1n })).toEqual(['ticketMinMinor']);
    expect(fields({ ...park, ticketMinMinor: 5n, ticketMaxMinor: 4n })).toEqual(['ticketMaxMinor']);
    expect(fields({ ...park, ticketCurrency: null })).toEqual(['ticketCurrency']);
    expect(fields({ ...park, ticketCurrency: 'RMB' })).toEqual(['ticketCurrency']);
    expect(fields({ ...park, regions: ['EUROPE'] })).toEqual(['regions']);
  });

  it('keeps landing to parks', () => {
    expect(fields({ ...park, availableSpaceM2: -1 })).toEqual(['availableSpaceM2']);
    expect(fields({ ...park, chainFocus: ['x'.repeat(501)] })).toEqual(['chainFocus']);
    expect(fields({ ...park, kind: PartnerKind.INVESTOR })).toEqual([
      'chainFocus',
      'availableSpaceM2',
      'incentives',
    ]);
  });
});

describe('validateIntent', () => {
  const intent = { kind: IntentKind.INVESTMENT, level: IntentLevel.CONSIDERING };

  it('accepts an intent with or without an amount', () => {
    expect(validateIntent(intent)).toEqual([]);
    expect(validateIntent({ ...intent, amountMinor: 3_000_000n, currency: 'JPY' })).toEqual([]);
  });

  it('names bad kinds, levels, amounts and currencies', () => {
    const issues = (i: Parameters<typeof validateIntent>[0]) => validateIntent(i).map((x) => x.field);
    expect(issues({ ...intent, kind: 'GIFT' as IntentKind })).toEqual(['kind']);
    expect(issues({ ...intent, level: 'MAYBE' as IntentLevel })).toEqual(['level']);
    expect(issues({ ...intent, amountMinor: -1n, currency: 'CNY' })).toEqual(['amountMinor']);
    expect(issues({ ...intent, amountMinor: 1n })).toEqual(['currency']);
    expect(issues({ ...intent, currency: 'ABC' })).toEqual(['currency']);
    expect(issues({ ...intent, note: 'x'.repeat(2001) })).toEqual(['note']);
  });
});
