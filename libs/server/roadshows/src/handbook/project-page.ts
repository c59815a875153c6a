/** One project's page: chapter header, titles, facts beside the QR code, and the summaries fitted above the footer. */
import { Bilingual } from '@sixcan/domain';
import { countryName, HandbookProject } from '@sixcan/server-core';
import { Lang } from './handbook.types';
import { FIELD_LABELS, formatFunding, label, modeLabels, projectLink, texts } from './labels';
import { fitBlocks, HandbookPlan } from './layout';
import { COLORS, CONTENT, HandbookCanvas } from './pdf-canvas';

const SUMMARY_SIZES = [10.5, 10, 9.5, 9, 8.5, 8, 7.5];
const QR_SIZE = 96;

export class ProjectPage {
  private readonly lead: Lang;

  constructor(
    private readonly c: HandbookCanvas,
    private readonly langs: Lang[],
    private readonly publicUrl: string,
    private readonly runningTitle: string,
  ) {
    this.lead = langs[0] as Lang;
  }

  draw(p: HandbookProject, plan: HandbookPlan, number: number): void {
    const { c } = this;
    const { langs } = this;
    const page = plan.pageOf.get(p.id) as number;
    const group = plan.groupOf.get(p.id);
    c.addPage();
    // Header: the chapter and the project's number.
    const sectorName = texts(group?.name, langs)
      .map((t) => t.text)
      .join(' · ');
    c.line(sectorName, {
      x: CONTENT.left,
      y: CONTENT.top,
      width: CONTENT.width - 60,
      size: 8,
      color: COLORS.accent,
    });
    c.line(`No. ${number}`, {
      x: CONTENT.left,
      y: CONTENT.top,
      width: CONTENT.width,
      size: 8,
      align: 'right',
      color: COLORS.muted,
    });
    c.rule(CONTENT.top + 14);
    // Titles: the leading language large, the other below; three lines each at most.
    const titles = texts(p.title, langs).map((t) => t.text);
    let y = c.titles(titles, CONTENT.top + 26, [17, 12.5], 4) + 8;
    c.rule(y);
    y += 12;
    const factsEnd = this.facts(p, group?.name ?? null, y);
    // The QR code to the project's page on the market, with its caption.
    const qrX = CONTENT.left + CONTENT.width - QR_SIZE;
    c.qr(projectLink(this.publicUrl, p.id), qrX, y - 4, QR_SIZE);
    const captionEnd =
      y -
      4 +
      QR_SIZE +
      c.text(label(FIELD_LABELS.scan, langs, '\n'), {
        x: qrX,
        y: y - 4 + QR_SIZE,
        width: QR_SIZE,
        height: c.lineHeight(7.5) * 2,
        size: 7.5,
        align: 'center',
        color: COLORS.muted,
      });
    y = Math.max(factsEnd, captionEnd) + 10;
    c.rule(y);
    y += 12;
    this.summaries(p, y);
    c.footer(page, this.runningTitle);
  }

  /** Label–value rows beside the QR code; returns where they end. */
  private facts(p: HandbookProject, sector: Bilingual | null, top: number): number {
    const { c } = this;
    const { langs } = this;
    const labelWidth = 96;
    const width = CONTENT.width - QR_SIZE - 16;
    const join = (values: (string | null)[]) =>
      [...new Set(values.filter((v): v is string => !!v))].join(' · ') || null;
    const rows: [keyof typeof FIELD_LABELS, string | null][] = [
      ['organization', p.organizationName],
      ['country', join(langs.map((l) => countryName(p.country, l)))],
      ['sector', join(texts(sector, langs).map((t) => t.text))],
      ['trl', p.trl == null ? null : `${p.trl} / 9`],
      ['modes', join(langs.map((l) => modeLabels(p.cooperationModes, l)))],
      [
        'funding',
        formatFunding(p.fundingAmountMinor, p.fundingCurrency, this.lead)?.concat(
          ` (${p.fundingCurrency})`,
        ) ?? null,
      ],
    ];
    if (p.contact) rows.push(['contact', join([p.contact.name, p.contact.email, p.contact.phone])]);
    let y = top;
    for (const [key, value] of rows) {
      c.line(label(FIELD_LABELS[key], langs), {
        x: CONTENT.left,
        y: y + 1,
        width: labelWidth - 6,
        size: 8,
        color: COLORS.muted,
      });
      const used = c.text(value ?? '—', {
        x: CONTENT.left + labelWidth,
        y,
        width: width - labelWidth,
        height: c.lineHeight(9.5) * 2,
        size: 9.5,
      });
      y += Math.max(used, c.lineHeight(9.5)) + 5;
    }
    return y;
  }

  /** The summaries in the room left above the footer: as large as they fit, cut with an ellipsis otherwise. */
  private summaries(p: HandbookProject, top: number): void {
    const { c } = this;
    const blocks = texts(p.summary, this.langs);
    if (!blocks.length) return;
    const heading = c.lineHeight(9) + 3;
    const gap = 10;
    const fit = fitBlocks(
      (size) => blocks.map((b) => heading + c.measure(b.text, size, CONTENT.width) + gap),
      CONTENT.bottom - top,
      SUMMARY_SIZES,
    );
    let y = top;
    blocks.forEach((block, i) => {
      const height = fit.heights[i] as number;
      c.line(FIELD_LABELS.summary[block.lang], {
        x: CONTENT.left,
        y,
        width: CONTENT.width,
        size: 9,
        color: COLORS.accent,
      });
      c.text(block.text, {
        x: CONTENT.left,
        y: y + heading,
        width: CONTENT.width,
        height: Math.max(0, height - heading - gap),
        size: fit.fontSize,
      });
      y += height;
    });
  }
}
