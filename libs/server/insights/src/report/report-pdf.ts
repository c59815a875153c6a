/**
 * The report's pages, written top to bottom: the cover; the headline figures; the charts (funnel, countries,
 * sector mix, channel yield, investment over time); the roadshow line-up; the signed agreements; notes on
 * the data. Sections flow down the pages and start a new one when the next block does not fit; table rows
 * are fixed-height (long texts cut with an ellipsis), so nothing is ever pushed off a page.
 */
import { formatDate, Labels, PdfFont } from '@sixcan/server-core';
import { ReportFigures } from './report-figures';
import { ReportAgreement, ReportFx, ReportProgramme, ReportRoadshow } from './report-source';
import {
  AGREEMENT_KIND_SHORT,
  both,
  clock,
  countryLabels,
  DELIVERY_LABELS,
  formatAmount,
  formatCompactMoney,
  formatCount,
  formatShare,
  isoDay,
  L,
  label,
  labelOf,
  ROADSHOW_MODE_LABELS,
  ROADSHOW_STATUS_LABELS,
  SLOT_STATUS_LABELS,
  zoneOffset,
} from './labels';
import {
  barRows,
  barRowsHeight,
  pairRows,
  pairRowsHeight,
  series,
  SERIES_HEIGHT,
  shareBar,
  shareBarHeight,
} from './charts';
import { COLORS, CONTENT, ReportCanvas } from './pdf-canvas';

export interface ReportContent {
  programme: ReportProgramme;
  figures: ReportFigures;
  roadshows: ReportRoadshow[];
  agreements: ReportAgreement[];
  fx: ReportFx;
  /** When the report was written. */
  generatedAt: Date;
}

/** Rows of a chart: the top ones, the rest summed into "Other". */
export const TOP_COUNTRIES = 10;
export const TOP_CHANNELS = 10;
export const TOP_SECTORS = 7;

export class ReportPdf {
  private readonly c: ReportCanvas;
  private y: number = CONTENT.top;
  private readonly zone: string;
  private readonly currency: string;

  constructor(
    font: PdfFont,
    private readonly content: ReportContent,
  ) {
    const title = both(content.programme.title, ' / ');
    this.c = new ReportCanvas(font, `${title} · ${label(L.report, ' / ')}`);
    this.zone = content.programme.timeZone;
    this.currency = content.figures.currency;
  }

  get pageCount(): number {
    return this.c.pageCount;
  }

  /** Draws every page; `progress` is told after each section (0–1). */
  async write(progress: (share: number) => Promise<unknown>): Promise<Buffer> {
    this.cover();
    this.headline();
    await progress(0.25);
    this.charts();
    await progress(0.5);
    this.lineup();
    await progress(0.7);
    this.agreementsSection();
    this.notes();
    await progress(0.85);
    const { programme, figures } = this.content;
    const running = `${programme.title.zh ?? programme.title.en ?? ''} · ${label(L.report)}`;
    const note = `${label(L.asOf, ' / ')} ${this.instant(figures.asOf)}`;
    this.c.footers(running, note);
    return this.c.finish();
  }

  // --- layout helpers -----------------------------------------------------------------------------------

  private newPage(): void {
    this.c.addPage();
    this.y = CONTENT.top;
  }

  /** Starts a new page unless `height` fits below the current position. */
  private ensure(height: number): void {
    if (this.y + height > CONTENT.bottom) this.newPage();
  }

  /** A section heading: Chinese large, English beside it, a rule under both. */
  private heading(labels: Labels, keepWith: number): void {
    const h = this.c.lineHeight(15) + 12;
    this.ensure(h + keepWith);
    this.c.line(labels.zh, {
      x: CONTENT.left,
      y: this.y,
      width: CONTENT.width * 0.5,
      size: 15,
      color: COLORS.accent,
    });
    const zhWidth = Math.min(this.c.width(labels.zh, 15), CONTENT.width * 0.5);
    this.c.line(labels.en, {
      x: CONTENT.left + zhWidth + 10,
      y: this.y + 4,
      width: CONTENT.width - zhWidth - 10,
      size: 11,
      color: COLORS.muted,
    });
    this.y += this.c.lineHeight(15) + 4;
    this.c.rule(this.y, COLORS.accent);
    this.y += 8;
  }

  /** A chart's caption, two languages on one line. */
  private caption(labels: Labels, keepWith: number, note?: string): void {
    const h = this.c.lineHeight(10) + 6;
    this.ensure(h + keepWith);
    this.c.line(`${labels.zh}  ${labels.en}`, {
      x: CONTENT.left,
      y: this.y,
      width: CONTENT.width * 0.7,
      size: 10,
    });
    if (note)
      this.c.line(note, {
        x: CONTENT.left + CONTENT.width * 0.5,
        y: this.y + 1.5,
        width: CONTENT.width * 0.5,
        size: 7,
        align: 'right',
        color: COLORS.muted,
      });
    this.y += h;
  }

  /** In place of a chart with nothing to show. */
  private noData(labels: Labels = { zh: '暂无数据', en: 'No data yet' }): void {
    this.c.rect(CONTENT.left, this.y, CONTENT.width, 26, COLORS.band);
    this.c.line(`${labels.zh} · ${labels.en}`, {
      x: CONTENT.left,
      y: this.y + 8,
      width: CONTENT.width,
      size: 8.5,
      align: 'center',
      color: COLORS.muted,
    });
    this.y += 26 + 16;
  }

  private instant(date: Date): string {
    return `${isoDay(date, this.zone)} ${clock(date, this.zone)} (${this.zone}, ${zoneOffset(date, this.zone)})`;
  }

  private money(minor: bigint): string {
    return formatAmount(minor, this.currency);
  }

  // --- sections ------------------------------------------------------------------------------------------

  private cover(): void {
    const c = this.c;
    const { programme, figures, generatedAt } = this.content;
    c.addPage();
    c.rect(0, 0, 595.28, 150, COLORS.accent);
    c.line('SixCan', { x: CONTENT.left, y: 52, width: 200, size: 11, color: '#dbe6f5' });
    c.line(`${L.report.zh}  ${L.report.en}`, {
      x: CONTENT.left,
      y: 82,
      width: CONTENT.width,
      size: 20,
      color: '#ffffff',
    });
    const top = 220;
    c.rule(top - 22, COLORS.accent, CONTENT.left, 64);
    const titles = [programme.title.zh, programme.title.en].filter((t): t is string => !!t?.trim());
    const y = c.titles([...new Set(titles)], top, [24, 15], 8) + 14;
    if (programme.organizationName)
      c.text(`${label(L.organization, ' / ')}：${programme.organizationName}`, {
        x: CONTENT.left,
        y,
        width: CONTENT.width,
        height: c.lineHeight(11) * 2,
        size: 11,
      });
    // Three figures at a glance.
    const tiles: [Labels, string][] = [
      [L.collected, formatCount(figures.collected)],
      [L.signed, formatCount(figures.signed)],
      [L.committed, formatCompactMoney(figures.committedMinor, this.currency, 'en')],
    ];
    const tileWidth = (CONTENT.width - 24) / 3;
    tiles.forEach(([name, value], i) => {
      const x = CONTENT.left + i * (tileWidth + 12);
      c.rect(x, 470, tileWidth, 84, COLORS.band);
      c.line(value, {
        x: x + 12,
        y: 482,
        width: tileWidth - 24,
        size: c.fitSize(value, 24, tileWidth - 24, 12),
        color: COLORS.accent,
      });
      c.line(name.zh, { x: x + 12, y: 520, width: tileWidth - 24, size: 9 });
      c.line(name.en, { x: x + 12, y: 533, width: tileWidth - 24, size: 8, color: COLORS.muted });
    });
    const dates = `${L.generated.zh} ${formatDate(generatedAt, this.zone, 'zh')} · ${L.generated.en} ${formatDate(generatedAt, this.zone, 'en')}`;
    c.line(dates, { x: CONTENT.left, y: 660, width: CONTENT.width, size: 10, color: COLORS.muted });
    c.line(`${label(L.asOf, ' / ')} ${this.instant(figures.asOf)}`, {
      x: CONTENT.left,
      y: 678,
      width: CONTENT.width,
      size: 10,
      color: COLORS.muted,
    });
  }

  private headline(): void {
    const c = this.c;
    const f = this.content.figures;
    this.newPage();
    this.heading(L.headline, 200);
    const counts: [Labels, number, string | null][] = [
      [L.collected, f.collected, null],
      [L.submitted, f.submitted, null],
      [L.handbook, f.handbook, null],
      [L.onStage, f.onStage, null],
      [
        L.intents,
        f.intents,
        `${formatCount(f.projectsWithIntents)} 个项目 · ${formatCount(f.projectsWithIntents)} projects`,
      ],
      [
        L.bids,
        f.bids,
        `${formatCount(f.projectsWithBids)} 个项目 · ${formatCount(f.projectsWithBids)} projects`,
      ],
      [L.signed, f.signed, `${formatCount(f.agreements)} 份协议 · ${formatCount(f.agreements)} agreements`],
      [L.landed, f.landed, null],
    ];
    const columns = 4;
    const gap = 10;
    const w = (CONTENT.width - gap * (columns - 1)) / columns;
    const h = 70;
    counts.forEach(([name, value, sub], i) => {
      const x = CONTENT.left + (i % columns) * (w + gap);
      const y = this.y + Math.floor(i / columns) * (h + gap);
      c.rect(x, y, w, h, COLORS.band);
      const text = formatCount(value);
      c.line(text, {
        x: x + 10,
        y: y + 8,
        width: w - 20,
        size: c.fitSize(text, 22, w - 20, 12),
        color: COLORS.accent,
      });
      c.line(name.zh, { x: x + 10, y: y + 38, width: w - 20, size: 8.5 });
      c.line(sub ?? name.en, { x: x + 10, y: y + 51, width: w - 20, size: 7, color: COLORS.muted });
      if (sub)
        c.line(name.en, {
          x: x + 10 + Math.min(c.width(name.zh, 8.5) + 6, w - 20),
          y: y + 39.5,
          width: w - 20 - c.width(name.zh, 8.5) - 6,
          size: 7,
          color: COLORS.muted,
        });
    });
    this.y += 2 * (h + gap) + 4;
    // Money, full width: the full amount with its symbol, and the short forms.
    const money: [Labels, bigint][] = [
      [L.committed, f.committedMinor],
      [L.realised, f.realisedMinor],
    ];
    const mw = (CONTENT.width - gap) / 2;
    money.forEach(([name, minor], i) => {
      const x = CONTENT.left + i * (mw + gap);
      const y = this.y;
      c.rect(x, y, mw, 84, COLORS.band);
      const full = this.money(minor);
      c.line(full, {
        x: x + 12,
        y: y + 9,
        width: mw - 24,
        size: c.fitSize(full, 20, mw - 24, 11),
        color: COLORS.accent,
      });
      c.line(
        `${formatCompactMoney(minor, this.currency, 'en')} · ${formatCompactMoney(minor, this.currency, 'zh')}`,
        {
          x: x + 12,
          y: y + 37,
          width: mw - 24,
          size: 9,
          color: COLORS.text,
        },
      );
      c.line(`${name.zh} ${name.en} (${this.currency})`, {
        x: x + 12,
        y: y + 58,
        width: mw - 24,
        size: 8,
        color: COLORS.muted,
      });
    });
    this.y += 84 + 10;
    if (f.missingRates.length)
      this.y +=
        c.text(`未计入（缺少汇率）Not included (no FX rate): ${f.missingRates.join(', ')}`, {
          x: CONTENT.left,
          y: this.y,
          width: CONTENT.width,
          height: c.lineHeight(7.5) * 2,
          size: 7.5,
          color: COLORS.series[1],
        }) + 6;
    this.y += 10;
    this.funnel();
  }

  private funnel(): void {
    const f = this.content.figures;
    const first = f.funnel[0]?.count ?? 0;
    const rows = f.funnel.map((step, i) => ({
      label: step.label.zh,
      sublabel: step.label.en,
      value: step.count,
      valueText: formatCount(step.count),
      note: i === 0 ? null : formatShare(step.count, first),
    }));
    const height = barRowsHeight(this.c, rows.length, true);
    this.caption(
      L.funnel,
      height,
      `占${f.funnel[0]?.label.zh ?? ''}的比例 · share of ${f.funnel[0]?.label.en.toLowerCase() ?? ''}`,
    );
    this.y +=
      barRows(this.c, { x: CONTENT.left, y: this.y, width: CONTENT.width }, rows, { labelWidth: 150 }) + 18;
  }

  private charts(): void {
    const c = this.c;
    const f = this.content.figures;
    const box = () => ({ x: CONTENT.left, y: this.y, width: CONTENT.width });

    // Top countries (the rest as one row).
    const countries = [...f.countries].sort(
      (a, b) => b.projects - a.projects || String(a.code).localeCompare(String(b.code)),
    );
    const top = countries.slice(0, TOP_COUNTRIES);
    const rest = countries.slice(TOP_COUNTRIES).reduce((n, r) => n + r.projects, 0);
    const total = countries.reduce((n, r) => n + r.projects, 0);
    const countryRows = [
      ...top.map((r) => {
        const name = countryLabels(r.code);
        return {
          label: `${name.zh}  ${name.en}`,
          value: r.projects,
          valueText: formatCount(r.projects),
          note: formatShare(r.projects, total),
        };
      }),
    ];
    this.caption(
      L.countries,
      countryRows.length ? barRowsHeight(c, countryRows.length, false) + (rest ? 14 : 0) : 42,
      `${formatCount(countries.length)} 个国家/地区 · countries`,
    );
    if (!countryRows.length) this.noData();
    this.y += barRows(c, box(), countryRows, { labelWidth: 150 });
    if (rest) {
      const others = countries.length - top.length;
      c.line(
        `其他 ${others} 个国家/地区：${formatCount(rest)} 个项目（${formatShare(rest, total)}） · ${others} other countries: ${formatCount(rest)} projects (${formatShare(rest, total)})`,
        { x: CONTENT.left, y: this.y + 2, width: CONTENT.width, size: 7.5, color: COLORS.muted },
      );
      this.y += c.lineHeight(7.5) + 2;
    }
    this.y += 16;

    // Sector mix.
    const sectors = [...f.sectors].sort((a, b) => b.projects - a.projects);
    const shown = sectors.slice(0, TOP_SECTORS);
    const others = sectors.slice(TOP_SECTORS).reduce((n, s) => n + s.projects, 0);
    const sectorTotal = sectors.reduce((n, s) => n + s.projects, 0);
    const parts = [
      ...shown.map((s) => ({
        label: s.name.zh,
        sublabel: s.name.en,
        value: s.projects,
        valueText: formatCount(s.projects),
        note: formatShare(s.projects, sectorTotal),
      })),
      ...(others
        ? [
            {
              label: L.other.zh,
              sublabel: L.other.en,
              value: others,
              valueText: formatCount(others),
              note: formatShare(others, sectorTotal),
            },
          ]
        : []),
    ];
    this.caption(L.sectors, sectorTotal ? shareBarHeight(c, parts.length) : 42);
    if (sectorTotal) this.y += shareBar(c, box(), parts) + 16;
    else this.noData();

    // Channel yield.
    const channels = [...f.channels]
      .sort(
        (a, b) => b.advanced - a.advanced || b.collected - a.collected || a.name.en.localeCompare(b.name.en),
      )
      .slice(0, TOP_CHANNELS);
    const channelRows = channels.map((ch) => ({
      label: ch.name.zh || ch.name.en,
      sublabel: ch.name.zh && ch.name.en !== ch.name.zh ? ch.name.en : null,
      a: ch.collected,
      b: ch.advanced,
      note: formatShare(ch.advanced, ch.collected),
    }));
    this.caption(
      L.channels,
      channelRows.length ? pairRowsHeight(c, channelRows.length) : 42,
      `共 ${f.channels.length} 个渠道，列出前 ${channels.length} 个 · ${channels.length} of ${f.channels.length} channels`,
    );
    if (channelRows.length)
      this.y +=
        pairRows(
          c,
          box(),
          channelRows,
          [`推荐项目 Nominated`, `${f.channelYieldLabel.zh} ${f.channelYieldLabel.en}`],
          { labelWidth: 170 },
        ) + 16;
    else this.noData({ zh: '暂无推荐渠道的项目', en: 'No project came through a channel yet' });

    // Investment over time: committed per week and the running total.
    let running = 0n;
    const points = f.trends.map((t) => {
      running += t.committedMinor;
      return {
        label: isoDay(t.weekStart, this.zone).slice(5),
        bar: Number(t.committedMinor),
        barText: formatCompactMoney(t.committedMinor, this.currency, 'en'),
        line: Number(running),
        lineText: formatCompactMoney(running, this.currency, 'en'),
      };
    });
    this.caption(L.investment, running > 0n ? SERIES_HEIGHT : 42, `${this.currency}; 按周 · by week`);
    if (running > 0n)
      this.y +=
        series(c, box(), points, {
          bar: '当周签约 Signed in the week',
          line: '累计签约投资额 Committed to date',
        }) + 16;
    else this.noData({ zh: '暂无签约投资', en: 'No investment committed yet' });
  }

  private lineup(): void {
    const c = this.c;
    const { roadshows } = this.content;
    const rowH = c.lineHeight(8) + c.lineHeight(7) + 6;
    this.ensure(220);
    if (this.y > CONTENT.top) this.y += 6;
    this.heading(L.lineup, 60);
    if (!roadshows.length) {
      c.line('本项目暂无路演 · No roadshow in this programme yet', {
        x: CONTENT.left,
        y: this.y,
        width: CONTENT.width,
        size: 9,
        color: COLORS.muted,
      });
      this.y += 20;
      return;
    }
    const cols = [
      { key: 'n', zh: '#', en: '', width: 18 },
      { key: 'time', zh: '时间', en: 'Time', width: 62 },
      { key: 'local', zh: '路演人当地时间', en: 'Local time', width: 82 },
      { key: 'title', zh: '项目', en: 'Project', width: 168 },
      { key: 'country', zh: '国家/地区', en: 'Country', width: 66 },
      { key: 'delivery', zh: '方式', en: 'Delivery', width: 54 },
      { key: 'status', zh: '状态', en: 'Status', width: 49 },
    ];
    const header = () => {
      let x = CONTENT.left;
      for (const col of cols) {
        c.line(col.zh, { x, y: this.y, width: col.width - 4, size: 7.5, color: COLORS.muted });
        if (col.en)
          c.line(col.en, {
            x,
            y: this.y + c.lineHeight(7.5),
            width: col.width - 4,
            size: 6.5,
            color: COLORS.faint,
          });
        x += col.width;
      }
      this.y += c.lineHeight(7.5) + c.lineHeight(6.5) + 2;
      c.rule(this.y);
      this.y += 3;
    };
    for (const event of roadshows) {
      const titleH = c.lineHeight(11) + c.lineHeight(8.5) + c.lineHeight(8) + 10;
      this.ensure(titleH + 30 + rowH * Math.min(3, Math.max(1, event.slots.length)));
      const title = [event.title.zh, event.title.en].filter(Boolean);
      c.line(title[0] ?? '—', { x: CONTENT.left, y: this.y, width: CONTENT.width, size: 11 });
      this.y += c.lineHeight(11);
      if (title[1] && title[1] !== title[0]) {
        c.line(title[1], {
          x: CONTENT.left,
          y: this.y,
          width: CONTENT.width,
          size: 8.5,
          color: COLORS.muted,
        });
        this.y += c.lineHeight(8.5);
      }
      const day = `${formatDate(event.startsAt, event.timeZone, 'zh')} · ${formatDate(event.startsAt, event.timeZone, 'en')}`;
      const window = `${clock(event.startsAt, event.timeZone)}–${clock(event.endsAt, event.timeZone)} ${event.timeZone} (${zoneOffset(event.startsAt, event.timeZone)})`;
      const mode = labelOf(ROADSHOW_MODE_LABELS, event.mode);
      const status = labelOf(ROADSHOW_STATUS_LABELS, event.status);
      c.line(
        `${day}  ${window} · ${mode.zh} ${mode.en}${event.venue ? ` · ${event.venue}` : ''} · ${status.zh} ${status.en}`,
        {
          x: CONTENT.left,
          y: this.y,
          width: CONTENT.width,
          size: 8,
          color: COLORS.muted,
        },
      );
      this.y += c.lineHeight(8) + 8;
      if (!event.slots.length) {
        c.line('尚未安排路演时段 · No slots planned yet', {
          x: CONTENT.left,
          y: this.y,
          width: CONTENT.width,
          size: 8,
          color: COLORS.muted,
        });
        this.y += 20;
        continue;
      }
      header();
      event.slots.forEach((slot, i) => {
        if (this.y + rowH > CONTENT.bottom) {
          this.newPage();
          c.line(`${title[0] ?? ''}（续）· continued`, {
            x: CONTENT.left,
            y: this.y,
            width: CONTENT.width,
            size: 9,
            color: COLORS.muted,
          });
          this.y += c.lineHeight(9) + 4;
          header();
        }
        const country = countryLabels(slot.country);
        const delivery = labelOf(DELIVERY_LABELS, slot.delivery);
        const state = labelOf(SLOT_STATUS_LABELS, slot.status);
        const sameDay =
          isoDay(slot.startsAt, slot.presenterTimeZone) === isoDay(slot.startsAt, event.timeZone);
        const cells: [string, string | null][] = [
          [String(i + 1), null],
          [
            `${clock(slot.startsAt, event.timeZone)}–${clock(slot.endsAt, event.timeZone)}`,
            sameDay ? null : isoDay(slot.startsAt, event.timeZone),
          ],
          [
            `${clock(slot.startsAt, slot.presenterTimeZone)}${sameDay ? '' : ` (${isoDay(slot.startsAt, slot.presenterTimeZone).slice(5)})`}`,
            slot.presenterTimeZone,
          ],
          [slot.title.zh ?? slot.title.en ?? '—', slot.title.zh && slot.title.en ? slot.title.en : null],
          [country.zh, country.en],
          [delivery.zh, delivery.en],
          [state.zh, state.en],
        ];
        if (i % 2 === 1) c.rect(CONTENT.left, this.y - 1.5, CONTENT.width, rowH, COLORS.band);
        let x = CONTENT.left;
        cells.forEach(([first, second], k) => {
          const width = (cols[k]?.width ?? 40) - 4;
          c.line(first, {
            x,
            y: this.y,
            width,
            size: 8,
            color: k === 5 && slot.delivery !== 'LIVE' ? COLORS.series[1] : COLORS.text,
          });
          if (second) c.line(second, { x, y: this.y + c.lineHeight(8), width, size: 7, color: COLORS.muted });
          x += cols[k]?.width ?? 40;
        });
        this.y += rowH;
      });
      this.y += 14;
    }
  }

  private agreementsSection(): void {
    const c = this.c;
    const { agreements, programme } = this.content;
    const rowH = c.lineHeight(7.8) + c.lineHeight(6.8) + 6;
    this.ensure(200);
    if (this.y > CONTENT.top) this.y += 6;
    this.heading(L.agreements, 60);
    if (!agreements.length) {
      c.line('暂无签约协议 · No agreement signed yet', {
        x: CONTENT.left,
        y: this.y,
        width: CONTENT.width,
        size: 9,
        color: COLORS.muted,
      });
      this.y += 20;
      return;
    }
    const cols = [
      { zh: '#', en: '', width: 18 },
      { zh: '签约日期', en: 'Signed', width: 62 },
      { zh: '合作方', en: 'Partner', width: 100 },
      { zh: '项目', en: 'Project', width: 117 },
      { zh: '签约金额', en: 'Committed', width: 72 },
      { zh: `折合 ${programme.currency}`, en: `In ${programme.currency}`, width: 72 },
      { zh: '已到位', en: 'Realised', width: 58 },
    ];
    const header = () => {
      let x = CONTENT.left;
      cols.forEach((col, k) => {
        const align = k >= 4 ? 'right' : 'left';
        c.line(col.zh, { x, y: this.y, width: col.width - 4, size: 7.5, color: COLORS.muted, align });
        if (col.en)
          c.line(col.en, {
            x,
            y: this.y + c.lineHeight(7.5),
            width: col.width - 4,
            size: 6.5,
            color: COLORS.faint,
            align,
          });
        x += col.width;
      });
      this.y += c.lineHeight(7.5) + c.lineHeight(6.5) + 2;
      c.rule(this.y);
      this.y += 3;
    };
    header();
    agreements.forEach((a, i) => {
      if (this.y + rowH > CONTENT.bottom) {
        this.newPage();
        c.line(`${L.agreements.zh}（续）· ${L.agreements.en}, continued`, {
          x: CONTENT.left,
          y: this.y,
          width: CONTENT.width,
          size: 9,
          color: COLORS.muted,
        });
        this.y += c.lineHeight(9) + 4;
        header();
      }
      const kind = labelOf(AGREEMENT_KIND_SHORT, a.kind);
      const zone = a.ceremony?.timeZone ?? programme.timeZone;
      const landed = a.dealStage === 'LANDED' || !!a.registeredEntity;
      const cells: [string, string | null][] = [
        [String(i + 1), null],
        [isoDay(a.signedAt, zone), `${kind.zh} ${kind.en}`],
        [a.partner.zh ?? a.partner.en ?? '—', a.partner.zh && a.partner.en ? a.partner.en : null],
        [a.project.zh ?? a.project.en ?? '—', a.project.zh && a.project.en ? a.project.en : null],
        [formatAmount(a.committedMinor, a.currency), a.currency],
        [
          a.committedConvertedMinor == null
            ? '—'
            : formatAmount(a.committedConvertedMinor, programme.currency),
          a.committedConvertedMinor == null ? '无汇率 no rate' : null,
        ],
        [
          a.realisedMinor > 0n ? formatAmount(a.realisedMinor, a.currency) : '—',
          landed ? `已落地 Landed` : a.realisedAt ? isoDay(a.realisedAt, zone) : null,
        ],
      ];
      if (i % 2 === 1) c.rect(CONTENT.left, this.y - 1.5, CONTENT.width, rowH, COLORS.band);
      let x = CONTENT.left;
      cells.forEach(([first, second], k) => {
        const width = (cols[k]?.width ?? 40) - 4;
        const align = k >= 4 ? 'right' : 'left';
        c.line(first, { x, y: this.y, width, size: 7.8, align });
        if (second)
          c.line(second, { x, y: this.y + c.lineHeight(7.8), width, size: 6.8, color: COLORS.muted, align });
        x += cols[k]?.width ?? 40;
      });
      this.y += rowH;
    });
    this.y += 14;
  }

  private notes(): void {
    const c = this.c;
    const { figures, fx, programme, generatedAt } = this.content;
    const lines: string[] = [
      `数据截至 ${this.instant(figures.asOf)}；报告生成于 ${this.instant(generatedAt)}。`,
      `Figures as of ${this.instant(figures.asOf)}; report written ${this.instant(generatedAt)}.`,
      `金额以项目币种 ${programme.currency} 计，按主办单位汇率表折算；签约金额为协议承诺额，到位金额为已记录的实际到位额。`,
      `Amounts are in the programme currency (${programme.currency}), converted through the organiser's FX table; committed is what the agreements commit, realised what has been recorded as received.`,
    ];
    if (fx.base && fx.rates.length)
      lines.push(
        `汇率 FX (1 ${fx.base} =): ${fx.rates.map((r) => `${r.currency} ${Number(r.rate)}`).join(', ')}`,
      );
    const missing = [...new Set([...figures.missingRates, ...fx.missing])];
    if (missing.length)
      lines.push(
        `缺少汇率、未计入合计：${missing.join(', ')} · No FX rate, left out of the totals: ${missing.join(', ')}`,
      );
    const height = lines.reduce((h, l) => h + c.measure(l, 8, CONTENT.width) + 4, 0);
    this.ensure(40 + height);
    this.y += 6;
    this.heading(L.notes, height);
    for (const l of lines)
      this.y +=
        c.text(l, {
          x: CONTENT.left,
          y: this.y,
          width: CONTENT.width,
          height: c.lineHeight(8) * 4,
          size: 8,
          color: COLORS.muted,
        }) + 4;
  }
}
