/**
 * The handbook as a spreadsheet: one row per project in print order (same fields as the PDF, in the printed
 * languages, with the page number and the link to the project's page), then a sheet of the sectors. Rows are
 * streamed (exceljs' workbook writer), so memory stays bounded whatever the number of projects.
 */
import ExcelJS from 'exceljs';
import { formatMoney } from '@sixcan/domain';
import { countryName, guardFormula, HandbookProject, Labels, XlsxBytes } from '@sixcan/server-core';
import { Lang } from './handbook.types';
import { formatFunding, modeLabels, projectLink, STATUS_LABELS } from './labels';
import { SectorGroup } from './layout';

type Cell = string | number | ExcelJS.CellHyperlinkValue | null;

export interface XlsxRow {
  project: HandbookProject;
  number: number;
  page: number;
  sector: SectorGroup | undefined;
  link: string;
}

interface Column {
  header: Labels;
  width: number;
  /** Only when this language is printed. */
  lang?: Lang;
  contact?: true;
  value: (row: XlsxRow) => Cell;
}

const COLUMNS: Column[] = [
  { header: { zh: '序号', en: 'No.' }, width: 6, value: (r) => r.number },
  { header: { zh: '页码', en: 'Page' }, width: 6, value: (r) => r.page },
  {
    header: { zh: '领域代码', en: 'Sector code' },
    width: 12,
    value: (r) => guardFormula(r.sector?.code ?? null),
  },
  {
    header: { zh: '技术领域', en: 'Sector (Chinese)' },
    lang: 'zh',
    width: 20,
    value: (r) => guardFormula(r.sector?.name.zh),
  },
  {
    header: { zh: '技术领域（英文）', en: 'Sector' },
    lang: 'en',
    width: 24,
    value: (r) => guardFormula(r.sector?.name.en),
  },
  {
    header: { zh: '项目名称', en: 'Title (Chinese)' },
    lang: 'zh',
    width: 32,
    value: (r) => guardFormula(r.project.title.zh),
  },
  {
    header: { zh: '项目名称（英文）', en: 'Title' },
    lang: 'en',
    width: 36,
    value: (r) => guardFormula(r.project.title.en),
  },
  {
    header: { zh: '项目简介', en: 'Summary (Chinese)' },
    lang: 'zh',
    width: 60,
    value: (r) => guardFormula(r.project.summary.zh),
  },
  {
    header: { zh: '项目简介（英文）', en: 'Summary' },
    lang: 'en',
    width: 60,
    value: (r) => guardFormula(r.project.summary.en),
  },
  {
    header: { zh: '所属单位', en: 'Organisation' },
    width: 30,
    value: (r) => guardFormula(r.project.organizationName),
  },
  { header: { zh: '国家/地区代码', en: 'Country code' }, width: 10, value: (r) => r.project.country },
  {
    header: { zh: '国家/地区', en: 'Country (Chinese)' },
    lang: 'zh',
    width: 14,
    value: (r) => countryName(r.project.country, 'zh'),
  },
  {
    header: { zh: '国家/地区（英文）', en: 'Country' },
    lang: 'en',
    width: 18,
    value: (r) => countryName(r.project.country, 'en'),
  },
  { header: { zh: '技术成熟度', en: 'TRL' }, width: 8, value: (r) => r.project.trl },
  {
    header: { zh: '合作方式', en: 'Cooperation (Chinese)' },
    lang: 'zh',
    width: 28,
    value: (r) => modeLabels(r.project.cooperationModes, 'zh'),
  },
  {
    header: { zh: '合作方式（英文）', en: 'Cooperation modes' },
    lang: 'en',
    width: 32,
    value: (r) => modeLabels(r.project.cooperationModes, 'en'),
  },
  {
    header: { zh: '融资需求金额', en: 'Funding amount' },
    width: 16,
    value: (r) =>
      r.project.fundingAmountMinor == null || !r.project.fundingCurrency
        ? null
        : Number(formatMoney(r.project.fundingAmountMinor, r.project.fundingCurrency)),
  },
  { header: { zh: '币种', en: 'Currency' }, width: 8, value: (r) => r.project.fundingCurrency },
  {
    header: { zh: '融资需求', en: 'Funding ask (Chinese)' },
    lang: 'zh',
    width: 20,
    value: (r) => formatFunding(r.project.fundingAmountMinor, r.project.fundingCurrency, 'zh'),
  },
  {
    header: { zh: '融资需求（英文）', en: 'Funding ask' },
    lang: 'en',
    width: 20,
    value: (r) => formatFunding(r.project.fundingAmountMinor, r.project.fundingCurrency, 'en'),
  },
  {
    header: { zh: '状态', en: 'Status (Chinese)' },
    lang: 'zh',
    width: 10,
    value: (r) => STATUS_LABELS[r.project.status]?.zh ?? r.project.status,
  },
  {
    header: { zh: '状态（英文）', en: 'Status' },
    lang: 'en',
    width: 14,
    value: (r) => STATUS_LABELS[r.project.status]?.en ?? r.project.status,
  },
  {
    header: { zh: '联系人', en: 'Contact name' },
    contact: true,
    width: 18,
    value: (r) => guardFormula(r.project.contact?.name),
  },
  {
    header: { zh: '联系邮箱', en: 'Contact e-mail' },
    contact: true,
    width: 28,
    value: (r) => guardFormula(r.project.contact?.email),
  },
  {
    header: { zh: '联系电话', en: 'Contact phone' },
    contact: true,
    width: 18,
    value: (r) => guardFormula(r.project.contact?.phone),
  },
  {
    header: { zh: '项目链接', en: 'Project page' },
    width: 50,
    value: (r) => ({ text: r.link, hyperlink: r.link }),
  },
];

const header = (labels: Labels, langs: readonly Lang[]) => langs.map((l) => labels[l]).join(' / ');
/** Sheet names may not hold / \\ ? * : [ ] and have at most 31 characters. */
const sheetName = (labels: Labels, langs: readonly Lang[]) =>
  langs
    .map((l) => labels[l])
    .join(' ')
    .slice(0, 31);

export class HandbookXlsx {
  private readonly file = new XlsxBytes();
  private readonly sheet: ExcelJS.Worksheet;
  private readonly columns: Column[];

  constructor(
    private readonly langs: readonly Lang[],
    includeContacts: boolean,
    private readonly publicUrl: string,
  ) {
    this.columns = COLUMNS.filter(
      (c) => (!c.lang || langs.includes(c.lang)) && (!c.contact || includeContacts),
    );
    this.sheet = this.file.workbook.addWorksheet(sheetName({ zh: '项目', en: 'Projects' }, langs), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    this.sheet.columns = this.columns.map((c) => ({ header: header(c.header, langs), width: c.width }));
    const head = this.sheet.getRow(1);
    head.font = { bold: true };
    head.alignment = { vertical: 'middle', wrapText: true };
    head.commit();
  }

  add(row: Omit<XlsxRow, 'link'>): void {
    const full: XlsxRow = { ...row, link: projectLink(this.publicUrl, row.project.id) };
    const added = this.sheet.addRow(this.columns.map((c) => c.value(full)));
    added.alignment = { vertical: 'top', wrapText: true };
    added.commit();
  }

  /** Closes the projects sheet, writes the sectors sheet and returns the file's bytes. */
  async finish(groups: readonly SectorGroup[], firstPage: Map<string | null, number>): Promise<Buffer> {
    this.sheet.commit();
    const sectors = this.file.workbook.addWorksheet(sheetName({ zh: '领域', en: 'Sectors' }, this.langs));
    sectors.columns = [
      { header: header({ zh: '领域代码', en: 'Sector code' }, this.langs), width: 12 },
      { header: header({ zh: '领域（中文）', en: 'Sector (Chinese)' }, this.langs), width: 24 },
      { header: header({ zh: '领域（英文）', en: 'Sector (English)' }, this.langs), width: 30 },
      { header: header({ zh: '项目数', en: 'Projects' }, this.langs), width: 10 },
      { header: header({ zh: '起始页码', en: 'First page' }, this.langs), width: 10 },
    ];
    sectors.getRow(1).font = { bold: true };
    sectors.getRow(1).commit();
    for (const g of groups)
      sectors
        .addRow([
          guardFormula(g.code),
          guardFormula(g.name.zh),
          guardFormula(g.name.en),
          g.entries.length,
          firstPage.get(g.code) ?? null,
        ])
        .commit();
    sectors.commit();
    return this.file.finish();
  }
}
