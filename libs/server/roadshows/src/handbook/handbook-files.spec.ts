import { CooperationMode, ProjectStatus } from '@sixcan/domain';
import { fontSetting, HandbookProject } from '@sixcan/server-core';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { HandbookPdf } from './handbook-pdf';
import { HandbookXlsx } from './handbook-xlsx';
import { groupBySector, planHandbook } from './layout';

// The font CI installs (Debian fonts-noto-cjk); the PDF part is skipped on a machine without it.
const FONT = fontSetting('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
const withFont = existsSync(FONT.path) ? describe : describe.skip;

const SECTORS = [
  { code: 'AI', nameZh: '人工智能', nameEn: 'Artificial intelligence' },
  { code: 'BIO', nameZh: '生物医药', nameEn: 'Biomedicine' },
];

const project = (i: number, overrides: Partial<HandbookProject> = {}): HandbookProject => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  status: ProjectStatus.SHORTLISTED,
  title: { zh: `智能项目 ${i}`, en: `Smart project ${i}` },
  summary: { zh: '基于深度学习的缺陷检测。', en: 'Defect detection with deep learning.' },
  sectorCode: i % 2 ? 'AI' : 'BIO',
  country: 'DE',
  organizationName: 'Technische Universität München',
  trl: 6,
  cooperationModes: [CooperationMode.LICENSING, CooperationMode.JOINT_VENTURE],
  fundingAmountMinor: 1500000000n,
  fundingCurrency: 'CNY',
  contact: null,
  ...overrides,
});

const LONG = {
  title: { zh: '超长标题'.repeat(60), en: 'A very long English title '.repeat(20) },
  summary: {
    zh: '这是一段非常长的项目简介，'.repeat(400),
    en: 'An extremely long summary sentence. '.repeat(300),
  },
  organizationName: 'Organisation '.repeat(40),
  cooperationModes: Object.values(CooperationMode),
};

async function render(projects: HandbookProject[]) {
  const pdf = new HandbookPdf({
    font: readFileSync(FONT.path),
    face: FONT.face,
    langs: ['zh', 'en'],
    title: { zh: '国际技术转移路演', en: 'International Technology Roadshow' },
    date: new Date('2026-12-01T04:00:00Z'),
    timeZone: 'Asia/Shanghai',
    publicUrl: 'https://sixcan.example.org/',
  });
  const plan = planHandbook(groupBySector(projects, SECTORS, 'zh'), pdf.tocMetrics());
  await pdf.begin(plan);
  const byId = new Map(projects.map((p) => [p.id, p]));
  for (const id of plan.order) pdf.project(byId.get(id) as HandbookProject);
  return { plan, bytes: pdf.finish() };
}

withFont('HandbookPdf', () => {
  it('gives every project exactly one page, however long its texts', async () => {
    const projects = Array.from({ length: 12 }, (_, i) => project(i + 1, i === 3 ? LONG : {}));
    const { plan, bytes } = await render(projects);
    const pdf = await bytes;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(plan.pageCount).toBe(1 + plan.tocPages.length + 12);
    // pdfkit writes one uncompressed page object per page.
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(plan.pageCount);
  });

  it('refuses pages out of the planned order', async () => {
    const pdf = new HandbookPdf({
      font: readFileSync(FONT.path),
      face: FONT.face,
      langs: ['en'],
      title: { en: 'T' },
      date: new Date(),
      timeZone: 'UTC',
      publicUrl: 'https://x.example',
    });
    const projects = [project(1), project(3)];
    const plan = planHandbook(groupBySector(projects, SECTORS, 'en'), pdf.tocMetrics());
    await pdf.begin(plan);
    expect(() => pdf.project(project(99))).toThrow(/out of order/);
  });
});

describe('HandbookXlsx', () => {
  it('writes one row per project in the printed languages, contacts only when asked, and a sectors sheet', async () => {
    const projects = [project(1, { title: { zh: '=1+1', en: 'Formula-looking' } }), project(2)];
    const groups = groupBySector(projects, SECTORS, 'zh');
    const write = async (includeContacts: boolean) => {
      const xlsx = new HandbookXlsx(['zh', 'en'], includeContacts, 'https://sixcan.example.org');
      projects.forEach((p, i) =>
        xlsx.add({
          project: {
            ...p,
            contact: includeContacts ? { name: 'Anna', email: 'a@x.example', phone: null } : null,
          },
          number: i + 1,
          page: 3 + i,
          sector: groups[0],
        }),
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await xlsx.finish(groups, new Map([['AI', 3]]))) as unknown as ExcelJS.Buffer);
      return book;
    };
    const book = await write(false);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(3);
    const headers = (sheet.getRow(1).values as (string | undefined)[]).filter(Boolean);
    expect(headers).toContain('项目名称 / Title (Chinese)');
    expect(headers.some((h) => /联系/.test(String(h)))).toBe(false);
    const row = sheet.getRow(2).values as unknown[];
    expect(row).toContain("'=1+1");
    expect(row).toContainEqual(
      expect.objectContaining({
        hyperlink: 'https://sixcan.example.org/market/projects/00000000-0000-4000-8000-000000000001',
      }),
    );
    expect(book.worksheets[1]?.getRow(2).values).toEqual([
      undefined,
      'AI',
      '人工智能',
      'Artificial intelligence',
      1,
      3,
    ]);
    const withContacts = await write(true);
    expect((withContacts.worksheets[0]?.getRow(2).values as unknown[]).includes('a@x.example')).toBe(true);
  });
});
