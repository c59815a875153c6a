/**
 * The handbook's pages: the cover, the contents by sector with page numbers, and one page per project.
 * Written front to back: `begin` draws the cover and the contents from the plan, then `project` is called
 * once per project in plan order (each page is flushed when the next one starts), then `finish`.
 */
import { Bilingual } from '@sixcan/domain';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { formatDate, HandbookProject, PdfFont } from '@sixcan/server-core';
import { Lang } from './handbook.types';
import { HandbookFailure } from './handbook-failure';
import { FIELD_LABELS, label, texts } from './labels';
import { HandbookPlan, TocMetrics, TocRow } from './layout';
import { COLORS, CONTENT, HandbookCanvas } from './pdf-canvas';
import { ProjectPage } from './project-page';

export interface HandbookPdfSetup extends PdfFont {
  /** Printed languages, the leading one first. */
  langs: Lang[];
  title: Bilingual;
  date: Date;
  timeZone: string;
  publicUrl: string;
}

const TOC_HEADING = 44;

export class HandbookPdf {
  private readonly canvas: HandbookCanvas;
  private readonly page: ProjectPage;
  private readonly lead: Lang;
  private readonly runningTitle: string;
  private plan?: HandbookPlan;
  private drawn = 0;

  constructor(private readonly setup: HandbookPdfSetup) {
    this.lead = setup.langs[0] as Lang;
    const titles = texts(setup.title, setup.langs).map((t) => t.text);
    this.runningTitle = `${titles[0] ?? ''} · ${label(FIELD_LABELS.handbook, [this.lead])}`;
    this.canvas = new HandbookCanvas(setup, titles.join(' / ') || 'SixCan');
    this.page = new ProjectPage(this.canvas, setup.langs, setup.publicUrl, this.runningTitle);
  }

  /** Row heights of the contents with this font, for `planHandbook`. */
  tocMetrics(): TocMetrics {
    const c = this.canvas;
    const entry =
      this.setup.langs.length > 1 ? c.lineHeight(9.5) + c.lineHeight(8) + 5 : c.lineHeight(9.5) + 4;
    return {
      firstPage: CONTENT.bottom - CONTENT.top - TOC_HEADING,
      otherPages: CONTENT.bottom - CONTENT.top,
      sectorRow: 10 + c.lineHeight(11.5) + 4,
      entryRow: entry,
    };
  }

  /** The cover and the contents, letting the event loop turn between pages (a long contents takes a while). */
  async begin(plan: HandbookPlan): Promise<void> {
    this.plan = plan;
    this.cover(plan.order.length);
    for (const [i, rows] of plan.tocPages.entries()) {
      await nextTurn();
      this.toc(rows, i === 0, 2 + i);
    }
  }

  project(project: HandbookProject): void {
    const plan = this.plan;
    if (!plan) throw new Error('begin() first');
    const expected = plan.order[this.drawn];
    if (project.id !== expected) throw new Error(`project ${project.id} out of order (expected ${expected})`);
    this.drawn++;
    this.page.draw(project, plan, this.drawn);
  }

  async finish(): Promise<Buffer> {
    const plan = this.plan;
    if (!plan || this.drawn !== plan.order.length)
      throw new Error(`${this.drawn} of ${plan?.order.length ?? '?'} project pages drawn`);
    if (this.canvas.pageCount !== plan.pageCount)
      throw new HandbookFailure(
        `The layout went wrong: ${this.canvas.pageCount} pages instead of ${plan.pageCount}`,
      );
    return this.canvas.finish();
  }

  private cover(count: number): void {
    const c = this.canvas;
    const { langs } = this.setup;
    c.addPage();
    const top = 210;
    c.rule(top - 24, COLORS.accent, CONTENT.left, 64);
    const titles = texts(this.setup.title, langs).map((t) => t.text);
    const y = c.titles(titles, top, [26, 16], 8) + 16;
    c.line(label(FIELD_LABELS.handbook, langs, ' · '), {
      x: CONTENT.left,
      y,
      width: CONTENT.width,
      size: 14,
      color: COLORS.accent,
    });
    const dates = langs.map(
      (l) => `${FIELD_LABELS.generated[l]} ${formatDate(this.setup.date, this.setup.timeZone, l)}`,
    );
    c.line(dates.join(' · '), {
      x: CONTENT.left,
      y: 660,
      width: CONTENT.width,
      size: 10.5,
      color: COLORS.muted,
    });
    c.line(this.count(count, true), {
      x: CONTENT.left,
      y: 682,
      width: CONTENT.width,
      size: 10.5,
      color: COLORS.muted,
    });
  }

  /** "12 项 · 12 projects" ("收录项目 12 项 · 12 projects" on the cover). */
  private count(n: number, cover = false): string {
    return this.setup.langs
      .map((l) => (l === 'zh' ? `${cover ? '收录项目 ' : ''}${n} 项` : `${n} project${n === 1 ? '' : 's'}`))
      .join(' · ');
  }

  private toc(rows: TocRow[], first: boolean, page: number): void {
    const c = this.canvas;
    const { langs } = this.setup;
    c.addPage();
    let y = CONTENT.top;
    if (first) {
      c.line(label(FIELD_LABELS.contents, langs), { x: CONTENT.left, y, width: CONTENT.width, size: 20 });
      y += TOC_HEADING;
    }
    const metrics = this.tocMetrics();
    const numberWidth = 26;
    const pageWidth = 40;
    const titleWidth = CONTENT.width - numberWidth - pageWidth;
    for (const row of rows) {
      if (row.kind === 'sector') {
        const name = texts(row.name, langs)
          .map((t) => t.text)
          .join('  ');
        c.line(name, {
          x: CONTENT.left,
          y: y + 10,
          width: CONTENT.width - 110,
          size: 11.5,
          color: COLORS.accent,
        });
        c.line(this.count(row.count), {
          x: CONTENT.left,
          y: y + 12,
          width: CONTENT.width,
          size: 8.5,
          align: 'right',
          color: COLORS.muted,
        });
        y += metrics.sectorRow;
        continue;
      }
      const titles = texts(row.title, langs);
      c.line(String(row.number), {
        x: CONTENT.left,
        y: y + 1,
        width: numberWidth - 4,
        size: 8.5,
        color: COLORS.muted,
      });
      c.line(titles[0]?.text ?? '—', { x: CONTENT.left + numberWidth, y, width: titleWidth, size: 9.5 });
      if (langs.length > 1 && titles[1])
        c.line(titles[1].text, {
          x: CONTENT.left + numberWidth,
          y: y + c.lineHeight(9.5),
          width: titleWidth,
          size: 8,
          color: COLORS.muted,
        });
      c.line(String(row.page), { x: CONTENT.left, y, width: CONTENT.width, size: 9.5, align: 'right' });
      y += metrics.entryRow;
    }
    c.footer(page, this.runningTitle);
  }
}
