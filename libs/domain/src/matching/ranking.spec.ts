import fc from 'fast-check';
import { CooperationMode } from '../intake';
import { PartnerKind } from './enums';
import type { MatchPartner, MatchProject } from './match-score';
import { rankMatches, rankPartners } from './ranking';

const partner: MatchPartner = {
  id: 'fund',
  kind: PartnerKind.INVESTOR,
  sectors: ['AI'],
  trlMin: 4,
  trlMax: 7,
  cooperationModes: [CooperationMode.EQUITY_INVESTMENT],
  regions: ['EU'],
};
const project = (id: string, fields: Partial<MatchProject> = {}): MatchProject => ({
  id,
  sectorCode: 'AI',
  trl: 5,
  cooperationModes: [CooperationMode.EQUITY_INVESTMENT],
  country: 'FR',
  ...fields,
});

describe('rankMatches', () => {
  it('ranks by score, then reason by reason, then id', () => {
    const projects = [
      project('c', { sectorCode: 'BIO' }), // 0 + 20 + 15 + 0 + 15 = 50
      project('b', { trl: 8, country: 'CN' }), // 30 + 13 + 15 = 58
      project('a', { trl: 9, country: 'CN' }), // 30 + 7 + 15 = 52
      project('d', { trl: 5, country: 'CN', cooperationModes: [] }), // 30 + 20 = 50, more sector points than c
      project('e'),
      project('f'),
    ];
    const ranked = rankMatches(partner, projects);
    expect(ranked.map((m) => [m.projectId, m.score])).toEqual([
      ['e', 80],
      ['f', 80],
      ['b', 58],
      ['a', 52],
      ['d', 50],
      ['c', 50],
    ]);
    expect(ranked[0]).toMatchObject({ partnerId: 'fund', projectId: 'e' });
    expect(ranked[0]?.reasons).toHaveLength(5);
  });

  it('leaves out projects marked not interested, low scores and beyond the limit', () => {
    const projects = [project('a'), project('b'), project('c', { sectorCode: 'BIO' })];
    expect(rankMatches(partner, projects, { notInterested: ['a'] }).map((m) => m.projectId)).toEqual([
      'b',
      'c',
    ]);
    expect(rankMatches(partner, projects, { minScore: 60 }).map((m) => m.projectId)).toEqual(['a', 'b']);
    expect(rankMatches(partner, projects, { limit: 1 }).map((m) => m.projectId)).toEqual(['a']);
    expect(rankMatches(partner, projects, { notInterested: new Set(['a', 'b', 'c']) })).toEqual([]);
  });

  it('gives the same order for any input order', () => {
    const arb = fc.uniqueArray(
      fc.record({
        id: fc.string({ maxLength: 4 }),
        sectorCode: fc.constantFrom('AI', 'BIO'),
        trl: fc.integer({ min: 1, max: 9 }),
        country: fc.constantFrom('FR', 'CN'),
      }),
      { selector: (p) => p.id, maxLength: 15 },
    );
    fc.assert(
      fc.property(arb, (projects) => {
        const forward = rankMatches(partner, projects);
        const backward = rankMatches(partner, [...projects].reverse());
        expect(backward).toEqual(forward);
        for (let i = 1; i < forward.length; i++)
          expect(forward[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(forward[i]?.score ?? 0);
      }),
    );
  });
});

describe('rankPartners', () => {
  it('ranks partners for a project without those not interested', () => {
    const park: MatchPartner = { id: 'park', kind: PartnerKind.PARK, sectors: ['AI'], availableSpaceM2: 500 };
    const other: MatchPartner = { ...partner, id: 'other', sectors: ['BIO'] };
    const ranked = rankPartners(project('p'), [park, other, partner]);
    expect(ranked.map((m) => [m.partnerId, m.score])).toEqual([
      ['fund', 80],
      ['other', 50],
      ['park', 30],
    ]);
    expect(ranked.every((m) => m.projectId === 'p')).toBe(true);
    expect(
      rankPartners(project('p'), [park, other, partner], { notInterested: ['fund'] }).map((m) => m.partnerId),
    ).toEqual(['other', 'park']);
  });
});
