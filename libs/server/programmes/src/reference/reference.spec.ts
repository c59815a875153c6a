import { ProjectStatus, duplicateKeys, isTimeZone, validateProjectFields } from '@sixcan/domain';
import { REFERENCE_PROGRAMME, referenceChannels, referenceProjects, referenceTimeZoneOf } from './index';

describe('reference scenario', () => {
  const projects = referenceProjects();
  const channels = referenceChannels();

  it('defines a programme with a rubric whose weights sum to 1', () => {
    expect(REFERENCE_PROGRAMME.sectors.map((s) => s.code)).toEqual(['BIO', 'ICT', 'NEM']);
    const total = REFERENCE_PROGRAMME.rubric.reduce((sum, c) => sum + c.weight, 0);
    expect(total).toBeCloseTo(1, 10);
    expect(REFERENCE_PROGRAMME.timeZone).toBe('Asia/Shanghai');
  });

  it('has 40 distinct channels by default', () => {
    expect(channels).toHaveLength(40);
    expect(new Set(channels.map((c) => c.key)).size).toBe(40);
    expect(new Set(channels.map((c) => c.country)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(referenceChannels(120).map((c) => c.key)).size).toBe(120);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(referenceProjects()).toEqual(projects);
    expect(referenceProjects(50, 7)).toEqual(referenceProjects(50, 7));
    expect(referenceProjects(50, 7)).not.toEqual(referenceProjects(50, 8));
  });

  it('generates 2,400 projects from 30+ countries over all channels and sectors', () => {
    expect(projects).toHaveLength(2400);
    expect(new Set(projects.map((p) => p.fields.country)).size).toBeGreaterThanOrEqual(30);
    const used = new Set(projects.map((p) => p.channelKey).filter((k) => k !== null));
    expect([...used].sort()).toEqual(channels.map((c) => c.key).sort());
    const withoutChannel = projects.filter((p) => p.channelKey === null).length / projects.length;
    expect(withoutChannel).toBeGreaterThan(0.05);
    expect(withoutChannel).toBeLessThan(0.15);
    const sectors = new Set(projects.map((p) => p.fields.sectorCode));
    expect([...sectors].sort()).toEqual(['BIO', 'ICT', 'NEM']);
  });

  it('uses mostly submitted projects, some drafts and a few withdrawn', () => {
    const share = (s: ProjectStatus) => projects.filter((p) => p.status === s).length / projects.length;
    expect(share(ProjectStatus.SUBMITTED)).toBeGreaterThan(0.8);
    expect(share(ProjectStatus.DRAFT)).toBeGreaterThan(0.04);
    expect(share(ProjectStatus.WITHDRAWN)).toBeGreaterThan(0.01);
    expect(share(ProjectStatus.WITHDRAWN)).toBeLessThan(share(ProjectStatus.DRAFT));
  });

  it('makes every submitted project valid for submission', () => {
    const submitted = projects.filter((p) => p.status === ProjectStatus.SUBMITTED);
    const invalid = submitted
      .map((p) => ({
        p,
        issues: validateProjectFields(p.fields, REFERENCE_PROGRAMME, { forSubmission: true }),
      }))
      .filter((r) => r.issues.length > 0);
    expect(invalid.slice(0, 3)).toEqual([]);
    for (const p of projects)
      expect(validateProjectFields(p.fields, REFERENCE_PROGRAMME, { forSubmission: false })).toEqual([]);
  });

  it('has no duplicate (title, organisation) keys', () => {
    const keys = projects.flatMap((p) => duplicateKeys(p.fields));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is bilingual for at least 80% of projects, with some English-only and Chinese-only ones', () => {
    const both = projects.filter((p) => p.fields.title.en && p.fields.title.zh).length;
    const enOnly = projects.filter((p) => p.fields.title.en && !p.fields.title.zh).length;
    const zhOnly = projects.filter((p) => !p.fields.title.en && p.fields.title.zh).length;
    expect(both / projects.length).toBeGreaterThanOrEqual(0.8);
    expect(enOnly).toBeGreaterThan(0);
    expect(zhOnly).toBeGreaterThan(0);
  });

  it('keeps money, time zones, availability and submission times plausible', () => {
    const rates: Record<string, number> = { CNY: 1, USD: 7.1, EUR: 7.8 };
    const problems: string[] = [];
    projects.forEach((p, i) => {
      const f = p.fields;
      const cny = (Number(f.fundingAmountMinor) / 100) * (rates[f.fundingCurrency ?? ''] ?? NaN);
      if (!(cny >= 1.9e6 && cny <= 2.05e8)) problems.push(`${i}: funding ${f.fundingAmountMinor}`);
      if (!f.trl || f.trl < 3) problems.push(`${i}: trl ${f.trl}`);
      if (!isTimeZone(f.presenterTimeZone ?? '')) problems.push(`${i}: zone ${f.presenterTimeZone}`);
      for (const w of f.availability ?? [])
        if (w.startsAt.toISOString() < '2027-03-20' || w.endsAt.toISOString() >= '2027-04-01')
          problems.push(`${i}: window ${w.startsAt.toISOString()}`);
      const at = p.submittedAt?.getTime();
      if (p.status === ProjectStatus.DRAFT ? at !== undefined : at === undefined)
        problems.push(`${i}: submittedAt`);
      if (at !== undefined && (at < Date.UTC(2027, 0, 1) || at >= REFERENCE_PROGRAMME.closesAt.getTime()))
        problems.push(`${i}: submitted ${p.submittedAt?.toISOString()}`);
    });
    expect(problems).toEqual([]);
    const inYuan = projects.filter((p) => p.fields.fundingCurrency === 'CNY').length;
    expect(inYuan / projects.length).toBeGreaterThan(0.6);
    expect(referenceTimeZoneOf('DE')).toBe('Europe/Berlin');
    expect(referenceTimeZoneOf('XX')).toBeUndefined();
  });

  it('generates the same 2,400 projects for the same seed', () => {
    expect(referenceProjects(2400, 99)).toEqual(referenceProjects(2400, 99));
  });
});
