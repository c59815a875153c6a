import {
  duplicateKeys,
  formatMoney,
  isCountryCode,
  parseMoney,
  ProjectFields,
  SixCan,
  validateProjectFields,
} from './intake';

const programme = {
  sectors: [{ code: 'NEM', nameZh: '新能源', nameEn: 'New energy' }],
  mandatoryCans: [SixCan.ATTEND, SixCan.LAND],
};

const complete: ProjectFields = {
  title: { en: 'Solid-state battery' },
  summary: { zh: '硫化物电解质' },
  sectorCode: 'NEM',
  country: 'DE',
  organizationName: 'TUM',
  trl: 6,
  ipStatus: 'PATENT_GRANTED' as ProjectFields['ipStatus'],
  cooperationModes: ['LICENSING' as never],
  contactName: 'Anna',
  contactEmail: 'anna@tum.example',
  presenterTimeZone: 'Europe/Berlin',
  selfAssessment: [
    { can: SixCan.ATTEND, claim: 'Presents online' },
    { can: SixCan.LAND, claim: 'Pilot line' },
  ],
};

describe('validateProjectFields', () => {
  it('accepts a complete project for submission, in one language', () => {
    expect(validateProjectFields(complete, programme, { forSubmission: true })).toEqual([]);
  });

  it('lets a draft be incomplete but never malformed', () => {
    const draft: ProjectFields = {
      title: { zh: '草稿' },
      summary: {},
      trl: 12,
      country: 'XX',
      fundingAmountMinor: -1n,
    };
    expect(validateProjectFields(draft, programme, { forSubmission: false }).map((i) => i.field)).toEqual([
      'country',
      'trl',
      'fundingAsk',
      'fundingAsk.currency',
    ]);
  });

  it('names every field missing for submission, including each mandatory can', () => {
    const issues = validateProjectFields({ title: {}, summary: {} }, programme, { forSubmission: true });
    expect(issues.map((i) => i.field)).toEqual([
      'title',
      'summary',
      'sectorCode',
      'country',
      'organizationName',
      'trl',
      'ipStatus',
      'contactName',
      'contactEmail',
      'presenterTimeZone',
      'cooperationModes',
      'selfAssessment.ATTEND.claim',
      'selfAssessment.LAND.claim',
    ]);
  });

  it('refuses unknown sectors, zones, currencies and windows that end before they start', () => {
    const bad: ProjectFields = {
      ...complete,
      sectorCode: 'BIO',
      presenterTimeZone: 'Moon/Base',
      fundingAmountMinor: 100n,
      fundingCurrency: 'ABC',
      availability: [{ startsAt: new Date('2027-03-22T10:00Z'), endsAt: new Date('2027-03-22T09:00Z') }],
    };
    expect(validateProjectFields(bad, programme, { forSubmission: true }).map((i) => i.field)).toEqual([
      'sectorCode',
      'fundingAsk.currency',
      'presenterTimeZone',
      'availability.0',
    ]);
  });
});

describe('money', () => {
  it('parses major units to minor units by the currency’s decimals', () => {
    expect(parseMoney('1,500,000.5', 'CNY')).toBe(150000050n);
    expect(parseMoney('2400000000', 'CNY')).toBe(240000000000n);
    expect(parseMoney('1500', 'JPY')).toBe(1500n);
    expect(parseMoney('15.5', 'JPY')).toBeUndefined();
    expect(parseMoney('-5', 'CNY')).toBeUndefined();
    expect(parseMoney('12abc', 'CNY')).toBeUndefined();
  });

  it('formats minor units back', () => {
    expect(formatMoney(150000050n, 'CNY')).toBe('1500000.50');
    expect(formatMoney(5n, 'EUR')).toBe('0.05');
    expect(formatMoney(1500n, 'JPY')).toBe('1500');
  });
});

describe('duplicates and codes', () => {
  it('treats the same title in either language and the same organisation as a duplicate', () => {
    const a = duplicateKeys({
      title: { zh: '固态电池', en: 'Solid-State  Battery' },
      organizationName: 'TUM ',
    });
    const b = duplicateKeys({ title: { en: 'solid-state battery' }, organizationName: 'tum' });
    const c = duplicateKeys({ title: { en: 'solid-state battery' }, organizationName: 'ETH' });
    expect(b.some((k) => a.includes(k))).toBe(true);
    expect(c.some((k) => a.includes(k))).toBe(false);
  });

  it('knows ISO countries', () => {
    expect(isCountryCode('DE')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
  });
});
