/**
 * The handbook's layout as pure functions: chapters by sector, the order of the projects, the table of
 * contents with page numbers, and how two summaries share the space left on a project page. Every project
 * gets exactly one page, so page numbers are known before anything is drawn and the PDF is written front to
 * back in one pass.
 */
import { Bilingual, SectorDef } from '@sixcan/domain';
import { HandbookEntry } from '@sixcan/server-core';
import { FIELD_LABELS, pick } from './labels';
import { HandbookLanguages, Lang } from './handbook.types';

/** A chapter: the projects of one of the programme's sectors (or of none of them: code null, last). */
export interface SectorGroup {
  code: string | null;
  name: Bilingual;
  entries: HandbookEntry[];
}

/** The languages printed, the first one leading. */
export function languagesOf(languages: HandbookLanguages): Lang[] {
  return languages === HandbookLanguages.ZH
    ? ['zh']
    : languages === HandbookLanguages.EN
      ? ['en']
      : ['zh', 'en'];
}

const collators = new Map<Lang, Intl.Collator>();
const collator = (lang: Lang) => {
  let c = collators.get(lang);
  if (!c) {
    // zh-CN sorts Chinese titles by pinyin.
    c = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
};

/**
 * Chapters in the programme's sector order, projects sorted by title in the leading language (then by id,
 * so the order never depends on the database). Projects without a sector, or with a code the programme no
 * longer has, form a last "Other" chapter. Empty chapters are left out.
 */
export function groupBySector(
  entries: readonly HandbookEntry[],
  sectors: readonly SectorDef[],
  lead: Lang,
): SectorGroup[] {
  const known = new Map(sectors.map((s) => [s.code, s]));
  const buckets = new Map<string | null, HandbookEntry[]>();
  for (const entry of entries) {
    const key = entry.sectorCode && known.has(entry.sectorCode) ? entry.sectorCode : null;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(entry);
    else buckets.set(key, [entry]);
  }
  const compare = collator(lead);
  const sort = (list: HandbookEntry[]) =>
    list.sort(
      (a, b) =>
        compare.compare(pick(a.title, lead) ?? '', pick(b.title, lead) ?? '') ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const groups: SectorGroup[] = [];
  for (const sector of sectors) {
    const list = buckets.get(sector.code);
    if (list?.length)
      groups.push({ code: sector.code, name: { zh: sector.nameZh, en: sector.nameEn }, entries: sort(list) });
  }
  const rest = buckets.get(null);
  if (rest?.length) groups.push({ code: null, name: { ...FIELD_LABELS.other }, entries: sort(rest) });
  return groups;
}

/** Heights in points of what a table-of-contents page holds. */
export interface TocMetrics {
  /** Room for rows on the first contents page (below its heading). */
  firstPage: number;
  /** Room for rows on the following contents pages. */
  otherPages: number;
  sectorRow: number;
  entryRow: number;
}

export type TocRow =
  | { kind: 'sector'; code: string | null; name: Bilingual; count: number }
  | { kind: 'entry'; id: string; title: Bilingual; number: number; page: number };

export interface HandbookPlan {
  groups: SectorGroup[];
  /** Contents pages, each a list of rows. */
  tocPages: TocRow[][];
  /** Project ids in print order. */
  order: string[];
  /** The page of each project (the cover is page 1). */
  pageOf: Map<string, number>;
  /** The project's chapter. */
  groupOf: Map<string, SectorGroup>;
  /** Pages of the whole document: cover, contents, one per project. */
  pageCount: number;
}

/**
 * The print plan. Pages: 1 the cover, then the contents, then one page per project in chapter order. A
 * chapter heading never ends a contents page on its own: it moves to the next page with its first entry.
 */
export function planHandbook(groups: SectorGroup[], metrics: TocMetrics): HandbookPlan {
  if (metrics.entryRow <= 0 || metrics.sectorRow <= 0) throw new Error('row heights must be positive');
  if (
    metrics.firstPage < metrics.sectorRow + metrics.entryRow ||
    metrics.otherPages < metrics.sectorRow + metrics.entryRow
  )
    throw new Error('a contents page must hold a chapter heading and one entry');
  // First pass: which rows go on which contents page (page numbers of entries are not known yet).
  type Pending = { row: TocRow; entry?: HandbookEntry };
  const pages: Pending[][] = [[]];
  let room = metrics.firstPage;
  const place = (pending: Pending, height: number) => {
    if (height > room) {
      pages.push([]);
      room = metrics.otherPages;
    }
    (pages[pages.length - 1] as Pending[]).push(pending);
    room -= height;
  };
  let number = 0;
  for (const group of groups) {
    if (metrics.sectorRow + metrics.entryRow > room) {
      pages.push([]);
      room = metrics.otherPages;
    }
    place(
      { row: { kind: 'sector', code: group.code, name: group.name, count: group.entries.length } },
      metrics.sectorRow,
    );
    for (const entry of group.entries) {
      number++;
      place(
        { row: { kind: 'entry', id: entry.id, title: entry.title, number, page: 0 }, entry },
        metrics.entryRow,
      );
    }
  }
  const firstProjectPage = 2 + pages.length;
  const order: string[] = [];
  const pageOf = new Map<string, number>();
  const groupOf = new Map<string, SectorGroup>();
  for (const group of groups)
    for (const entry of group.entries) {
      pageOf.set(entry.id, firstProjectPage + order.length);
      groupOf.set(entry.id, group);
      order.push(entry.id);
    }
  const tocPages = pages.map((page) =>
    page.map(({ row }) => (row.kind === 'entry' ? { ...row, page: pageOf.get(row.id) as number } : row)),
  );
  return { groups, tocPages, order, pageOf, groupOf, pageCount: 1 + pages.length + order.length };
}

/** How the summaries of a project page are set: one font size for all, and the height each may take. */
export interface BlockFit {
  fontSize: number;
  heights: number[];
  /** True when some text had to be cut (with an ellipsis) to stay on the page. */
  truncated: boolean;
}

/**
 * Sets text blocks (the summaries) in `available` points of height: the largest of `sizes` at which every
 * block fits whole; otherwise the smallest size, with the room shared so that short blocks keep their full
 * height and the long ones split the rest evenly (they are cut with an ellipsis).
 * `need(size)` gives each block's full height at a font size.
 */
export function fitBlocks(
  need: (size: number) => number[],
  available: number,
  sizes: readonly number[],
): BlockFit {
  if (!sizes.length) throw new Error('at least one font size');
  const sorted = [...sizes].sort((a, b) => b - a);
  for (const size of sorted) {
    const heights = need(size);
    if (heights.reduce((a, b) => a + b, 0) <= available) return { fontSize: size, heights, truncated: false };
  }
  const smallest = sorted[sorted.length - 1] as number;
  return { fontSize: smallest, heights: shareHeight(need(smallest), available), truncated: true };
}

/** Shares `available` among blocks: each gets what it needs up to an even share of what is left. */
export function shareHeight(needs: readonly number[], available: number): number[] {
  const out = needs.map(() => 0);
  let left = Math.max(0, available);
  const byNeed = needs.map((n, i) => ({ n, i })).sort((a, b) => a.n - b.n);
  byNeed.forEach(({ n, i }, k) => {
    const share = left / (byNeed.length - k);
    out[i] = Math.min(n, share);
    left -= out[i] as number;
  });
  return out;
}
