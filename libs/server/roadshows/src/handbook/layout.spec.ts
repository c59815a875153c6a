import { HandbookEntry } from '@sixcan/server-core';
import { HandbookLanguages } from './handbook.types';
import { fitBlocks, groupBySector, languagesOf, planHandbook, shareHeight, TocMetrics } from './layout';
import { formatFunding, label, texts } from './labels';
import { handbookOptions } from './handbook-options';

const SECTORS = [
  { code: 'AI', nameZh: '人工智能与智能制造', nameEn: 'AI and intelligent manufacturing' },
  { code: 'BIO', nameZh: '生物医药', nameEn: 'Biomedicine' },
  { code: 'ICT', nameZh: '新一代信息技术', nameEn: 'Next-generation ICT' },
];

const entry = (
  id: string,
  zh: string | null,
  en: string | null,
  sectorCode: string | null,
): HandbookEntry => ({
  id,
  title: { zh, en },
  sectorCode,
});

const ENTRIES = [
  entry('00000000-0000-4000-8000-000000000003', '智能焊接机器人', 'Welding robot', 'AI'),
  entry('00000000-0000-4000-8000-000000000001', '阿尔茨海默症早筛', 'Early Alzheimer screening', 'BIO'),
  entry('00000000-0000-4000-8000-000000000002', '白光激光雷达', 'White-light lidar', 'AI'),
  entry('00000000-0000-4000-8000-000000000004', null, 'Quantum sensor', 'GONE'),
  entry('00000000-0000-4000-8000-000000000005', '柔性电子皮肤', null, null),
];

const METRICS: TocMetrics = { firstPage: 100, otherPages: 130, sectorRow: 20, entryRow: 30 };

describe('groupBySector', () => {
  it('follows the programme’s sector order, sorts by the leading title (pinyin for Chinese) and puts the rest last', () => {
    const groups = groupBySector(ENTRIES, SECTORS, 'zh');
    expect(groups.map((g) => g.code)).toEqual(['AI', 'BIO', null]);
    // 白 (bái) before 智 (zhì).
    expect(groups[0]?.entries.map((e) => e.title.zh)).toEqual(['白光激光雷达', '智能焊接机器人']);
    expect(groups[2]).toMatchObject({ name: { zh: '其他', en: 'Other' } });
    // An unknown sector code and no sector at all both land in "Other".
    expect(groups[2]?.entries.map((e) => e.id).sort()).toEqual([
      '00000000-0000-4000-8000-000000000004',
      '00000000-0000-4000-8000-000000000005',
    ]);
  });

  it('sorts by the English title when English leads, then by id, whatever the input order', () => {
    const twins = [
      entry('00000000-0000-4000-8000-00000000000b', '乙', 'Same title', 'ICT'),
      entry('00000000-0000-4000-8000-00000000000a', '甲', 'same TITLE', 'ICT'),
    ];
    const forward = groupBySector([...ENTRIES, ...twins], SECTORS, 'en');
    const backward = groupBySector([...ENTRIES, ...twins].reverse(), SECTORS, 'en');
    expect(forward).toEqual(backward);
    expect(forward[0]?.entries.map((e) => e.title.en)).toEqual(['Welding robot', 'White-light lidar']);
    expect(forward.find((g) => g.code === 'ICT')?.entries.map((e) => e.id.slice(-1))).toEqual(['a', 'b']);
  });

  it('leaves out sectors without projects', () => {
    expect(groupBySector([], SECTORS, 'zh')).toEqual([]);
  });
});

describe('planHandbook', () => {
  it('numbers pages: cover, contents, then one page per project in chapter order', () => {
    const plan = planHandbook(groupBySector(ENTRIES, SECTORS, 'zh'), METRICS);
    // Page 1 holds 100 pt: AI heading (20) + 2 entries (60) = 80; the BIO heading and its entry move on.
    expect(plan.tocPages.map((rows) => rows.map((r) => r.kind))).toEqual([
      ['sector', 'entry', 'entry'],
      ['sector', 'entry', 'sector', 'entry', 'entry'],
    ]);
    expect(plan.pageCount).toBe(1 + 2 + 5);
    expect(plan.order.map((id) => plan.pageOf.get(id))).toEqual([4, 5, 6, 7, 8]);
    const entries = plan.tocPages.flat().filter((r) => r.kind === 'entry');
    expect(entries.map((r) => (r.kind === 'entry' ? [r.number, r.page] : null))).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
      [4, 7],
      [5, 8],
    ]);
    expect(plan.groupOf.get(plan.order[2] as string)?.code).toBe('BIO');
  });

  it('never leaves a chapter heading alone at the bottom of a contents page', () => {
    const groups = groupBySector(ENTRIES, SECTORS, 'zh');
    // 20 + 30 + 30 = 80 used; 25 left: room for a heading but not for a heading and an entry.
    const plan = planHandbook(groups, { ...METRICS, firstPage: 105 });
    const first = plan.tocPages[0] ?? [];
    expect(first[first.length - 1]?.kind).toBe('entry');
  });

  it('plans 2,400 projects in one pass with every contents page full', () => {
    const many = Array.from({ length: 2400 }, (_, i) =>
      entry(
        `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        `项目${i}`,
        `Project ${i}`,
        SECTORS[i % 3]?.code ?? null,
      ),
    );
    const plan = planHandbook(groupBySector(many, SECTORS, 'zh'), {
      firstPage: 700,
      otherPages: 720,
      sectorRow: 26,
      entryRow: 30,
    });
    expect(plan.order).toHaveLength(2400);
    expect(new Set(plan.pageOf.values()).size).toBe(2400);
    expect(plan.pageCount).toBe(1 + plan.tocPages.length + 2400);
    for (const page of plan.tocPages.slice(1, -1)) expect(page.length).toBeGreaterThanOrEqual(23);
  });
});

describe('fitBlocks', () => {
  const need = (lengths: number[]) => (size: number) => lengths.map((l) => l * size);

  it('takes the largest size at which everything fits', () => {
    expect(fitBlocks(need([10, 10]), 200, [8, 10, 9])).toEqual({
      fontSize: 10,
      heights: [100, 100],
      truncated: false,
    });
    expect(fitBlocks(need([10, 10]), 185, [8, 10, 9])).toEqual({
      fontSize: 9,
      heights: [90, 90],
      truncated: false,
    });
  });

  it('at the smallest size, keeps a short block whole and gives the long one the rest', () => {
    const fit = fitBlocks(need([5, 100]), 300, [10, 8]);
    expect(fit).toEqual({ fontSize: 8, heights: [40, 260], truncated: true });
  });

  it('shares evenly between blocks that are both too long, and never more than available', () => {
    expect(shareHeight([500, 900], 300)).toEqual([150, 150]);
    expect(shareHeight([10, 20, 500], 100)).toEqual([10, 20, 70]);
    expect(shareHeight([10], -5)).toEqual([0]);
  });
});

describe('labels and options', () => {
  it('prints both languages once each, or one with the other as fallback', () => {
    expect(languagesOf(HandbookLanguages.ZH_EN)).toEqual(['zh', 'en']);
    expect(texts({ zh: '电池', en: 'Battery' }, ['zh', 'en']).map((t) => t.text)).toEqual([
      '电池',
      'Battery',
    ]);
    expect(texts({ zh: 'Same', en: 'Same' }, ['zh', 'en'])).toHaveLength(1);
    expect(texts({ zh: null, en: 'Battery' }, ['zh'])).toEqual([{ lang: 'zh', text: 'Battery' }]);
    expect(label({ zh: '目录', en: 'Contents' }, ['en'])).toBe('Contents');
  });

  it('formats a funding ask with its currency without losing digits', () => {
    expect(formatFunding(1500000000n, 'CNY', 'zh')).toBe('¥15,000,000.00');
    expect(formatFunding(250000000n, 'EUR', 'en')).toBe('€2,500,000.00');
    expect(formatFunding(900719925474099312n, 'USD', 'en')).toBe('$9,007,199,254,740,993.12');
    expect(formatFunding(null, 'CNY', 'en')).toBeNull();
  });

  it('applies defaults and names unknown sectors and over-long titles', () => {
    expect(handbookOptions(null, SECTORS)).toEqual({
      languages: HandbookLanguages.ZH_EN,
      includeContacts: false,
      sectorCodes: null,
      title: null,
    });
    expect(
      handbookOptions({ sectorCodes: ['BIO', ' AI', 'BIO'], title: { zh: ' 手册 ', en: '' } }, SECTORS),
    ).toMatchObject({
      sectorCodes: ['AI', 'BIO'],
      title: { zh: '手册', en: null },
    });
    expect(() => handbookOptions({ sectorCodes: ['AI', 'XYZ'] }, SECTORS)).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        details: expect.objectContaining({
          reason: 'UNKNOWN_SECTOR',
          fields: [{ field: 'options.sectorCodes[1]', message: '"XYZ" is not a sector of this programme' }],
        }),
      }),
    );
    expect(() => handbookOptions({ title: { en: 'x'.repeat(201) } }, SECTORS)).toThrow(/at most 200/);
  });
});
