import fc from 'fast-check';
import { COOPERATION_MODES, CooperationMode } from '../intake';
import { PARTNER_KINDS, PartnerKind } from './enums';
import type { FxTable } from './fx';
import { keywordMatches } from './keywords';
import {
  LANDING_REASONS,
  MATCH_REASON_CODES,
  MATCH_WEIGHTS,
  MatchReasonCode as R,
  ReasonOutcome,
  landingFit,
  scoreMatch,
  type MatchPartner,
  type MatchProject,
} from './match-score';
import { REGIONS, isRegionCode, regionsCovering } from './regions';

const fx: FxTable = { base: 'CNY', rates: { USD: '0.14', EUR: '0.125' } };

const investor: MatchPartner = {
  id: 'fund',
  kind: PartnerKind.INVESTOR,
  sectors: ['AI', 'BIO'],
  trlMin: 4,
  trlMax: 7,
  cooperationModes: [CooperationMode.EQUITY_INVESTMENT],
  ticketMinMinor: 5_000_000_00n,
  ticketMaxMinor: 50_000_000_00n,
  ticketCurrency: 'CNY',
  regions: ['EU', 'SG'],
};
const park: MatchPartner = {
  id: 'park',
  kind: PartnerKind.PARK,
  sectors: ['BIO'],
  trlMin: 5,
  trlMax: 9,
  cooperationModes: [CooperationMode.LOCAL_INCORPORATION, CooperationMode.JOINT_VENTURE],
  ticketMinMinor: 1_000_000_00n,
  ticketCurrency: 'CNY',
  regions: ['WORLD'],
  chainFocus: ['biomedicine', '医疗器械'],
  availableSpaceM2: 12_000,
  incentives: ['three years rent-free', 'talent housing'],
};
const project: MatchProject = {
  id: 'p1',
  sectorCode: 'BIO',
  keywords: ['Biomedicine & health', '可穿戴医疗器械'],
  trl: 6,
  cooperationModes: [CooperationMode.EQUITY_INVESTMENT, CooperationMode.LOCAL_INCORPORATION],
  fundingAmountMinor: 2_000_000_00n,
  fundingCurrency: 'USD',
  country: 'DE',
};
const reason = (partner: MatchPartner, p: MatchProject, code: R) =>
  scoreMatch(partner, p, { fx }).reasons.find((r) => r.code === code);
const pointsFor = (partner: MatchPartner, p: MatchProject, code: R) => reason(partner, p, code)?.points;

describe('MATCH_WEIGHTS', () => {
  it('add up to 100 for every kind, with landing fit for parks only', () => {
    for (const kind of PARTNER_KINDS) {
      const weights = MATCH_WEIGHTS[kind];
      expect(MATCH_REASON_CODES.reduce((sum, code) => sum + weights[code], 0)).toBe(100);
      for (const code of LANDING_REASONS) expect(weights[code] > 0).toBe(kind === PartnerKind.PARK);
    }
  });
});

describe('scoreMatch', () => {
  it('gives full points when everything fits', () => {
    const result = scoreMatch(investor, project, { fx });
    expect(result.score).toBe(100);
    expect(result.reasons.map((r) => [r.code, r.points, r.outcome])).toEqual([
      [R.SECTOR, 30, ReasonOutcome.MATCH],
      [R.TRL, 20, ReasonOutcome.MATCH],
      [R.COOPERATION_MODES, 15, ReasonOutcome.MATCH],
      [R.TICKET_SIZE, 20, ReasonOutcome.MATCH],
      [R.REGION, 15, ReasonOutcome.MATCH],
    ]);
    expect(result.reasons[4]?.detail).toBe('DE is covered by EU');
    expect(scoreMatch(park, project, { fx }).score).toBe(100);
  });

  it('scores the sector all or nothing', () => {
    expect(pointsFor(investor, { ...project, sectorCode: 'ICT' }, R.SECTOR)).toBe(0);
    expect(reason(investor, { ...project, sectorCode: 'ICT' }, R.SECTOR)?.outcome).toBe(
      ReasonOutcome.NO_MATCH,
    );
  });

  it('gives partial TRL credit by distance', () => {
    expect([7, 8, 9].map((trl) => pointsFor(investor, { ...project, trl }, R.TRL))).toEqual([20, 13, 7]);
    expect([3, 2, 1].map((trl) => pointsFor(investor, { ...project, trl }, R.TRL))).toEqual([13, 7, 0]);
    expect(reason(investor, { ...project, trl: 9 }, R.TRL)).toMatchObject({
      outcome: ReasonOutcome.PARTIAL,
      detail: 'TRL 9 is 2 outside 4–7',
    });
    expect(pointsFor({ ...investor, trlMin: null }, { ...project, trl: 1 }, R.TRL)).toBe(20); // open lower end
  });

  it('needs one cooperation mode in common', () => {
    const sought = { ...project, cooperationModes: [CooperationMode.LICENSING] };
    expect(pointsFor(investor, sought, R.COOPERATION_MODES)).toBe(0);
  });

  it('compares the funding ask with the ticket size through the FX table', () => {
    const ask = (usd: bigint) => ({ ...project, fundingAmountMinor: usd * 100n });
    // USD 0.14 per CNY: 700,000 USD = 5,000,000 CNY, the minimum.
    expect(pointsFor(investor, ask(700_000n), R.TICKET_SIZE)).toBe(20);
    expect(pointsFor(investor, ask(525_000n), R.TICKET_SIZE)).toBe(10); // three quarters of the minimum
    expect(pointsFor(investor, ask(350_000n), R.TICKET_SIZE)).toBe(0); // half
    expect(pointsFor(investor, ask(7_000_000n), R.TICKET_SIZE)).toBe(20); // the maximum
    expect(pointsFor(investor, ask(10_500_000n), R.TICKET_SIZE)).toBe(7); // 1.5 × max: 2/1.5 − 1 = ⅓
    expect(pointsFor(investor, ask(14_000_000n), R.TICKET_SIZE)).toBe(0);
    expect(reason(investor, { ...project, fundingCurrency: 'GBP' }, R.TICKET_SIZE)).toMatchObject({
      points: 0,
      outcome: ReasonOutcome.MISSING,
      detail: 'no FX rate for GBP',
    });
    expect(scoreMatch(investor, project).reasons.find((r) => r.code === R.TICKET_SIZE)?.detail).toBe(
      'no FX table to convert USD to CNY',
    );
    const inCny = { ...project, fundingAmountMinor: 6_000_000_00n, fundingCurrency: 'CNY' };
    expect(scoreMatch(investor, inCny).reasons.find((r) => r.code === R.TICKET_SIZE)?.points).toBe(20);
  });

  it('matches regions by country, region code or worldwide', () => {
    expect(pointsFor(investor, { ...project, country: 'SG' }, R.REGION)).toBe(15);
    expect(pointsFor(investor, { ...project, country: 'CN' }, R.REGION)).toBe(0);
    expect(pointsFor({ ...investor, regions: ['asean'] }, { ...project, country: 'VN' }, R.REGION)).toBe(15);
    expect(regionsCovering(['EU', 'DE', 'WORLD', 'US'], 'de')).toEqual(['EU', 'DE', 'WORLD']);
    expect(isRegionCode('GCC') && isRegionCode('WORLD') && !isRegionCode('CN')).toBe(true);
    for (const members of Object.values(REGIONS)) for (const c of members) expect(c).toMatch(/^[A-Z]{2}$/);
  });

  it('gives 0 points and says why when data is missing', () => {
    const bare: MatchPartner = { id: 'x', kind: PartnerKind.INVESTOR };
    const result = scoreMatch(bare, project, { fx });
    expect(result.score).toBe(0);
    expect(result.reasons.map((r) => [r.outcome, r.detail])).toEqual([
      [ReasonOutcome.MISSING, 'the partner names no sectors of interest'],
      [ReasonOutcome.MISSING, 'the partner names no TRL range'],
      [ReasonOutcome.MISSING, 'the partner names no cooperation modes'],
      [ReasonOutcome.MISSING, 'the partner names no ticket size'],
      [ReasonOutcome.MISSING, 'the partner names no regions'],
    ]);
    const empty = scoreMatch(investor, { id: 'e' }, { fx });
    expect(empty.score).toBe(0);
    expect(empty.reasons.map((r) => r.detail)).toEqual([
      'the project has no sector',
      'the project has no TRL',
      'the project seeks no cooperation mode',
      'the project states no funding ask',
      'the project has no country',
    ]);
    expect(reason({ ...investor, ticketCurrency: null }, project, R.TICKET_SIZE)?.outcome).toBe(
      ReasonOutcome.MISSING,
    );
  });

  it('scores a park on its landing fit: chain focus, space and incentives', () => {
    const reasons = scoreMatch(park, project, { fx }).reasons.filter((r) => LANDING_REASONS.includes(r.code));
    expect(reasons.map((r) => [r.code, r.points])).toEqual([
      [R.CHAIN_FOCUS, 20],
      [R.SPACE, 10],
      [R.INCENTIVES, 10],
    ]);
    expect(reasons[0]?.detail).toBe("fits the park's chain: biomedicine, 医疗器械");
    expect(
      landingFit(scoreMatch(park, { ...project, keywords: ['semiconductors'], sectorCode: 'ICT' }, { fx })),
    ).toBe(20);
    expect(pointsFor({ ...park, incentives: [] }, project, R.INCENTIVES)).toBe(0);
    expect(pointsFor({ ...park, chainFocus: [] }, project, R.CHAIN_FOCUS)).toBe(0);
    expect(landingFit(scoreMatch(investor, project, { fx }))).toBe(0);
  });

  it('gives a park without space no landing fit at all', () => {
    for (const availableSpaceM2 of [0, null, -5]) {
      const result = scoreMatch({ ...park, availableSpaceM2 }, project, { fx });
      expect(landingFit(result)).toBe(0);
      expect(result.score).toBe(60);
      const landing = result.reasons.filter((r) => LANDING_REASONS.includes(r.code));
      expect(landing).toHaveLength(3);
      for (const r of landing) expect(r.detail).toBe('the park has no space available, so no landing fit');
    }
  });
});

describe('keywordMatches', () => {
  it('matches Latin words by word and prefix, other scripts by substring', () => {
    expect(keywordMatches('biomedicine', 'BIOMED')).toBe(true);
    expect(keywordMatches('Intelligent manufacturing', 'AI & intelligent manufacturing')).toBe(true);
    expect(keywordMatches('manufacturing', 'smart-manufacturing')).toBe(true);
    expect(keywordMatches('ai', 'maintenance')).toBe(false);
    expect(keywordMatches('AI', 'ai')).toBe(true);
    expect(keywordMatches('new energy', 'energy storage')).toBe(false);
    expect(keywordMatches('生物医药', '医药')).toBe(true);
    expect(keywordMatches('医', '医药')).toBe(false);
    expect(keywordMatches('', 'x')).toBe(false);
  });
});

describe('scoreMatch properties', () => {
  const sector = fc.constantFrom('AI', 'BIO', 'ICT', 'ENERGY', 'AUTO');
  const trl = fc.option(fc.integer({ min: 1, max: 9 }), { nil: null });
  const modes = fc.option(fc.subarray([...COOPERATION_MODES]), { nil: null });
  const money = fc.option(fc.bigInt({ min: 0n, max: 10n ** 13n }), { nil: null });
  const currency = fc.constantFrom('CNY', 'USD', 'EUR', 'GBP');
  const country = fc.constantFrom('DE', 'SG', 'CN', 'US', 'VN', 'AE');
  const words = fc.array(fc.constantFrom('biomedicine', 'semiconductor', '医疗器械', 'battery', 'robotics'), {
    maxLength: 3,
  });
  const partner: fc.Arbitrary<MatchPartner> = fc.record({
    id: fc.string(),
    kind: fc.constantFrom(...PARTNER_KINDS),
    sectors: fc.option(fc.array(sector, { maxLength: 3 }), { nil: null }),
    trlMin: trl,
    trlMax: trl,
    cooperationModes: modes,
    ticketMinMinor: money,
    ticketMaxMinor: money,
    ticketCurrency: fc.option(currency, { nil: null }),
    regions: fc.option(
      fc.array(fc.constantFrom('EU', 'ASEAN', 'GCC', 'WORLD', 'CN', 'US'), { maxLength: 3 }),
      { nil: null },
    ),
    chainFocus: fc.option(words, { nil: null }),
    availableSpaceM2: fc.option(fc.integer({ min: -10, max: 50_000 }), { nil: null }),
    incentives: fc.option(fc.array(fc.string(), { maxLength: 2 }), { nil: null }),
  });
  const arbProject: fc.Arbitrary<MatchProject> = fc.record({
    id: fc.string(),
    sectorCode: fc.option(sector, { nil: null }),
    keywords: fc.option(words, { nil: null }),
    trl,
    cooperationModes: modes,
    fundingAmountMinor: money,
    fundingCurrency: fc.option(currency, { nil: null }),
    country: fc.option(country, { nil: null }),
  });

  it('stays within 0–100 and equals the sum of its reasons', () => {
    fc.assert(
      fc.property(partner, arbProject, (pa, pr) => {
        const { score, reasons } = scoreMatch(pa, pr, { fx });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(score).toBe(reasons.reduce((s, r) => s + r.points, 0));
        for (const r of reasons) {
          expect(Number.isInteger(r.points)).toBe(true);
          expect(r.points).toBeGreaterThanOrEqual(0);
          expect(r.points).toBeLessThanOrEqual(r.weight);
          expect(r.weight).toBe(MATCH_WEIGHTS[pa.kind][r.code]);
          if (r.outcome === ReasonOutcome.MISSING) expect(r.points).toBe(0);
        }
      }),
    );
  });

  it('never goes down when the partner adds the project’s sector', () => {
    fc.assert(
      fc.property(partner, arbProject, sector, (pa, pr, code) => {
        const p = { ...pr, sectorCode: code };
        const before = scoreMatch(pa, p, { fx }).score;
        const after = scoreMatch({ ...pa, sectors: [...(pa.sectors ?? []), code] }, p, { fx }).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('gives a park without space no landing fit', () => {
    fc.assert(
      fc.property(partner, arbProject, fc.constantFrom(0, null, -1), (pa, pr, space) => {
        const noSpace = { ...pa, kind: PartnerKind.PARK, availableSpaceM2: space };
        expect(landingFit(scoreMatch(noSpace, pr, { fx }))).toBe(0);
      }),
    );
  });
});
