/**
 * The report as a workbook: one sheet per table of the PDF (Summary, Funnel, Countries, Sectors, Channels,
 * Partners, Trends, Roadshows, Agreements), bilingual headers, numbers and amounts as numbers (amounts in
 * major units with the currency in its own column), instants as the wall-clock time of the zone named next to
 * them. Rows are streamed (exceljs' workbook writer).
 */
import { formatMoney } from '@sixcan/domain';
import { guardFormula, Labels, XlsxBytes } from '@sixcan/server-core';
import { ReportContent } from './report-pdf';
import {
  AGREEMENT_KIND_LABELS,
  CEREMONY_MODE_LABELS,
  CHANNEL_KIND_LABELS,
  countryLabels,
  DELIVERY_LABELS,
  L,
  labelOf,
  ROADSHOW_MODE_LABELS,
  ROADSHOW_STATUS_LABELS,
  SLOT_STATUS_LABELS,
} from './labels';

type Cell = string | number | Date | null | undefined;

interface Column {
  header: Labels;
  width: number;
  /** Excel number format, e.g. '#,##0' or 'yyyy-mm-dd hh:mm'. */
  format?: string;
}

/** The sheets, in order: English name first (the sheet's key), then Chinese. */
export const SHEETS = {
  summary: 'Summary 摘要',
  funnel: 'Funnel 漏斗',
  countries: 'Countries 国家地区',
  sectors: 'Sectors 技术领域',
  channels: 'Channels 推荐渠道',
  partners: 'Partners 合作方',
  trends: 'Trends 趋势',
  roadshows: 'Roadshows 路演',
  agreements: 'Agreements 签约',
} as const;

const header = (l: Labels) => `${l.zh} / ${l.en}`;
const COUNT = '#,##0';
const MONEY = '#,##0.00';
const WHEN = 'yyyy-mm-dd hh:mm';

/** An amount in major units as a number (exact for any realistic amount: below 2^53 minor units). */
export const amount = (minor: bigint | null, currency: string): number | null =>
  minor == null ? null : Number(formatMoney(minor, currency));

/**
 * The wall-clock time of `date` in `timeZone`, as a Date whose UTC fields hold it: spreadsheets have no time
 * zones, so the zone goes into its own column.
 */
export function wallClock(date: Date | null, timeZone: string): Date | null {
  if (!date) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return new Date(
    Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second),
  );
}

export class ReportXlsx {
  private readonly file = new XlsxBytes();

  private sheet(name: string, columns: Column[], rows: Iterable<Cell[]>): void {
    const sheet = this.file.workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({
      header: header(c.header),
      width: c.width,
      style: c.format ? { numFmt: c.format } : {},
    }));
    const head = sheet.getRow(1);
    head.font = { bold: true };
    head.alignment = { vertical: 'middle', wrapText: true };
    head.commit();
    for (const row of rows)
      sheet.addRow(row.map((v) => (typeof v === 'string' ? guardFormula(v) : (v ?? null)))).commit();
    sheet.commit();
  }

  async write(content: ReportContent): Promise<Buffer> {
    const { programme, figures: f, roadshows, agreements } = content;
    const cur = f.currency;
    const zone = programme.timeZone;

    const summary: [Labels, Cell, string | null | undefined, string | null][] = [
      [{ zh: '项目名称', en: 'Programme' }, programme.title.zh, programme.title.en, null],
      [L.organization, programme.organizationName, null, null],
      [L.asOf, wallClock(f.asOf, zone), zone, WHEN],
      [L.generated, wallClock(content.generatedAt, zone), zone, WHEN],
      [{ zh: '币种', en: 'Currency' }, cur, null, null],
      [L.collected, f.collected, null, COUNT],
      [L.submitted, f.submitted, null, COUNT],
      [L.handbook, f.handbook, null, COUNT],
      [L.onStage, f.onStage, null, COUNT],
      [L.intents, f.intents, null, COUNT],
      [{ zh: '有合作意向的项目', en: 'Projects with intents' }, f.projectsWithIntents, null, COUNT],
      [L.bids, f.bids, null, COUNT],
      [{ zh: '有报价的项目', en: 'Projects with bids' }, f.projectsWithBids, null, COUNT],
      [L.signed, f.signed, null, COUNT],
      [{ zh: '签约协议数', en: 'Agreements signed' }, f.agreements, null, COUNT],
      [L.landed, f.landed, null, COUNT],
      [L.committed, amount(f.committedMinor, cur), cur, MONEY],
      [L.realised, amount(f.realisedMinor, cur), cur, MONEY],
      [
        { zh: '缺少汇率的币种', en: 'Currencies without an FX rate' },
        f.missingRates.join(', ') || null,
        null,
        null,
      ],
    ];
    {
      const sheet = this.file.workbook.addWorksheet(SHEETS.summary);
      sheet.columns = [
        { header: header({ zh: '指标', en: 'Figure' }), width: 40 },
        { header: header({ zh: '数值', en: 'Value' }), width: 28 },
        { header: header({ zh: '单位 / 时区 / 英文', en: 'Unit / zone / English' }), width: 44 },
      ];
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      for (const [name, value, unit, format] of summary) {
        const row = sheet.addRow([
          header(name),
          typeof value === 'string' ? guardFormula(value) : value,
          guardFormula(unit),
        ]);
        if (format) row.getCell(2).numFmt = format;
        row.commit();
      }
      sheet.commit();
    }

    this.sheet(
      SHEETS.funnel,
      [
        { header: { zh: '阶段', en: 'Step' }, width: 30 },
        { header: { zh: '阶段（英文）', en: 'Step (English)' }, width: 30 },
        { header: { zh: '项目数', en: 'Projects' }, width: 12, format: COUNT },
        { header: { zh: '较上一阶段', en: 'Of the previous step' }, width: 16, format: '0.0%' },
        { header: { zh: '占征集总数', en: 'Of all collected' }, width: 16, format: '0.0%' },
      ],
      f.funnel.map((s, i) => {
        const previous = i > 0 ? f.funnel[i - 1]?.count : undefined;
        return [
          s.label.zh,
          s.label.en,
          s.count,
          previous ? s.count / previous : null,
          f.funnel[0]?.count ? s.count / (f.funnel[0]?.count ?? 1) : null,
        ];
      }),
    );

    const extraKeys = (rows: { extra: Record<string, number> }[]) => [
      ...new Set(rows.flatMap((r) => Object.keys(r.extra))),
    ];
    const extraLabel = (key: string): Labels => EXTRA_LABELS[key] ?? { zh: key, en: key };

    const countryKeys = extraKeys(f.countries);
    this.sheet(
      SHEETS.countries,
      [
        { header: { zh: '国家/地区代码', en: 'Country code' }, width: 12 },
        { header: { zh: '国家/地区', en: 'Country (Chinese)' }, width: 18 },
        { header: { zh: '国家/地区（英文）', en: 'Country' }, width: 24 },
        { header: { zh: '项目数', en: 'Projects' }, width: 12, format: COUNT },
        ...countryKeys.map((k) => ({ header: extraLabel(k), width: 14, format: COUNT })),
      ],
      [...f.countries]
        .sort((a, b) => b.projects - a.projects)
        .map((r) => {
          const name = countryLabels(r.code);
          return [r.code, name.zh, name.en, r.projects, ...countryKeys.map((k) => r.extra[k] ?? 0)];
        }),
    );

    const sectorKeys = extraKeys(f.sectors);
    this.sheet(
      SHEETS.sectors,
      [
        { header: { zh: '领域代码', en: 'Sector code' }, width: 12 },
        { header: { zh: '技术领域', en: 'Sector (Chinese)' }, width: 26 },
        { header: { zh: '技术领域（英文）', en: 'Sector' }, width: 34 },
        { header: { zh: '项目数', en: 'Projects' }, width: 12, format: COUNT },
        ...sectorKeys.map((k) => ({ header: extraLabel(k), width: 14, format: COUNT })),
      ],
      f.sectors.map((s) => [
        s.code,
        s.name.zh,
        s.name.en,
        s.projects,
        ...sectorKeys.map((k) => s.extra[k] ?? 0),
      ]),
    );

    const channelKeys = extraKeys(f.channels);
    this.sheet(
      SHEETS.channels,
      [
        { header: { zh: '渠道', en: 'Channel (Chinese)' }, width: 32 },
        { header: { zh: '渠道（英文）', en: 'Channel' }, width: 36 },
        { header: { zh: '类型', en: 'Kind' }, width: 20 },
        { header: { zh: '国家/地区代码', en: 'Country code' }, width: 12 },
        { header: { zh: '推荐项目', en: 'Nominated' }, width: 12, format: COUNT },
        { header: f.channelYieldLabel, width: 14, format: COUNT },
        { header: { zh: '成效', en: 'Yield' }, width: 10, format: '0.0%' },
        ...channelKeys.map((k) => ({ header: extraLabel(k), width: 14, format: COUNT })),
      ],
      f.channels.map((ch) => {
        const kind = ch.kind ? labelOf(CHANNEL_KIND_LABELS, ch.kind) : null;
        return [
          ch.name.zh,
          ch.name.en,
          kind ? `${kind.zh} ${kind.en}` : null,
          ch.country,
          ch.collected,
          ch.advanced,
          ch.collected ? ch.advanced / ch.collected : null,
          ...channelKeys.map((k) => ch.extra[k] ?? 0),
        ];
      }),
    );

    this.sheet(
      SHEETS.partners,
      [
        { header: { zh: '合作方类型', en: 'Partner kind' }, width: 24 },
        { header: { zh: '合作方数', en: 'Partners' }, width: 12, format: COUNT },
        { header: L.intents, width: 12, format: COUNT },
        { header: L.bids, width: 12, format: COUNT },
        { header: { zh: '签约协议', en: 'Agreements' }, width: 12, format: COUNT },
        { header: L.committed, width: 20, format: MONEY },
        { header: { zh: '币种', en: 'Currency' }, width: 8 },
      ],
      f.partners.map((p) => [
        `${p.label.zh} ${p.label.en}`,
        p.partners,
        p.intents,
        p.bids,
        p.agreements,
        amount(p.committedMinor, cur),
        cur,
      ]),
    );

    this.sheet(
      SHEETS.trends,
      [
        { header: { zh: '周起始日', en: 'Week starting' }, width: 14, format: 'yyyy-mm-dd' },
        ...f.trendCounts.map((t) => ({ header: t.label, width: 14, format: COUNT })),
        { header: { zh: '当周签约投资额', en: 'Committed in the week' }, width: 20, format: MONEY },
        { header: { zh: '累计签约投资额', en: 'Committed to date' }, width: 20, format: MONEY },
        { header: { zh: '币种', en: 'Currency' }, width: 8 },
      ],
      (() => {
        let running = 0n;
        return f.trends.map((t) => {
          running += t.committedMinor;
          return [
            wallClock(t.weekStart, zone),
            ...f.trendCounts.map((k) => t.counts[k.key] ?? 0),
            amount(t.committedMinor, cur),
            amount(running, cur),
            cur,
          ];
        });
      })(),
    );

    this.sheet(
      SHEETS.roadshows,
      [
        { header: { zh: '路演', en: 'Roadshow (Chinese)' }, width: 30 },
        { header: { zh: '路演（英文）', en: 'Roadshow' }, width: 34 },
        { header: { zh: '形式', en: 'Mode' }, width: 12 },
        { header: { zh: '路演状态', en: 'Roadshow status' }, width: 12 },
        { header: { zh: '顺序', en: 'Order' }, width: 8, format: COUNT },
        { header: { zh: '开始时间', en: 'Starts' }, width: 18, format: WHEN },
        { header: { zh: '结束时间', en: 'Ends' }, width: 18, format: WHEN },
        { header: { zh: '路演时区', en: 'Event time zone' }, width: 18 },
        { header: { zh: '路演人当地时间', en: 'Presenter’s local start' }, width: 18, format: WHEN },
        { header: { zh: '路演人时区', en: 'Presenter’s time zone' }, width: 20 },
        { header: { zh: '项目名称', en: 'Project (Chinese)' }, width: 32 },
        { header: { zh: '项目名称（英文）', en: 'Project' }, width: 36 },
        { header: { zh: '国家/地区代码', en: 'Country code' }, width: 10 },
        { header: { zh: '国家/地区', en: 'Country' }, width: 22 },
        { header: { zh: '方式', en: 'Delivery' }, width: 12 },
        { header: { zh: '时段状态', en: 'Slot status' }, width: 12 },
      ],
      roadshows.flatMap((e) => {
        const mode = labelOf(ROADSHOW_MODE_LABELS, e.mode);
        const status = labelOf(ROADSHOW_STATUS_LABELS, e.status);
        return e.slots.map((s, i): Cell[] => {
          const country = countryLabels(s.country);
          const delivery = labelOf(DELIVERY_LABELS, s.delivery);
          const state = labelOf(SLOT_STATUS_LABELS, s.status);
          return [
            e.title.zh,
            e.title.en,
            `${mode.zh} ${mode.en}`,
            `${status.zh} ${status.en}`,
            i + 1,
            wallClock(s.startsAt, e.timeZone),
            wallClock(s.endsAt, e.timeZone),
            e.timeZone,
            wallClock(s.startsAt, s.presenterTimeZone),
            s.presenterTimeZone,
            s.title.zh,
            s.title.en,
            s.country,
            s.country ? `${country.zh} ${country.en}` : null,
            `${delivery.zh} ${delivery.en}`,
            `${state.zh} ${state.en}`,
          ];
        });
      }),
    );

    this.sheet(
      SHEETS.agreements,
      [
        { header: { zh: '签约日期', en: 'Signed' }, width: 18, format: WHEN },
        { header: { zh: '时区', en: 'Time zone' }, width: 16 },
        { header: { zh: '协议类型', en: 'Kind' }, width: 18 },
        { header: { zh: '合作方', en: 'Partner (Chinese)' }, width: 30 },
        { header: { zh: '合作方（英文）', en: 'Partner' }, width: 34 },
        { header: { zh: '项目名称', en: 'Project (Chinese)' }, width: 32 },
        { header: { zh: '项目名称（英文）', en: 'Project' }, width: 36 },
        { header: { zh: '签约金额', en: 'Committed' }, width: 18, format: MONEY },
        { header: { zh: '币种', en: 'Currency' }, width: 8 },
        { header: { zh: `折合 ${cur}`, en: `Committed in ${cur}` }, width: 18, format: MONEY },
        { header: { zh: '已到位金额', en: 'Realised' }, width: 18, format: MONEY },
        { header: { zh: `已到位折合 ${cur}`, en: `Realised in ${cur}` }, width: 18, format: MONEY },
        { header: { zh: '最近到位记录', en: 'Last realisation' }, width: 18, format: WHEN },
        { header: { zh: '注册主体', en: 'Registered entity' }, width: 28 },
        { header: { zh: '新增就业', en: 'Jobs created' }, width: 10, format: COUNT },
        { header: { zh: '签约仪式', en: 'Ceremony' }, width: 28 },
        { header: { zh: '对接阶段', en: 'Deal stage' }, width: 12 },
      ],
      agreements.map((a) => {
        const z = a.ceremony?.timeZone ?? zone;
        const kind = labelOf(AGREEMENT_KIND_LABELS, a.kind);
        const ceremony = a.ceremony
          ? `${a.ceremony.title.zh ?? a.ceremony.title.en ?? ''} (${labelOf(CEREMONY_MODE_LABELS, a.ceremony.mode).en})`
          : null;
        return [
          wallClock(a.signedAt, z),
          z,
          `${kind.zh} ${kind.en}`,
          a.partner.zh,
          a.partner.en,
          a.project.zh,
          a.project.en,
          amount(a.committedMinor, a.currency),
          a.currency,
          amount(a.committedConvertedMinor, cur),
          amount(a.realisedMinor, a.currency),
          amount(a.realisedConvertedMinor, cur),
          wallClock(a.realisedAt, z),
          a.registeredEntity,
          a.jobsCreated,
          ceremony,
          a.dealStage,
        ];
      }),
    );

    return this.file.finish();
  }
}

/** Headers of the dashboard's further per-row counts. */
export const EXTRA_LABELS: Record<string, Labels> = {
  submitted: L.submitted,
  advanced: { zh: '通过评审', en: 'Advanced in screening' },
  withIntents: { zh: '有合作意向', en: 'With intents' },
  handbook: L.handbook,
  roadshow: L.onStage,
  onStage: L.onStage,
  intents: L.intents,
  bids: L.bids,
  signed: L.signed,
  landed: L.landed,
};
