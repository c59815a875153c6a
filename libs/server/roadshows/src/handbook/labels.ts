/** Printed labels of the handbook, in both languages. Kept here: the server does not read the web's files. */
import { Bilingual, CooperationMode, formatMoney, ProjectStatus } from '@sixcan/domain';
import { Labels } from '@sixcan/server-core';
import { Lang } from './handbook.types';

export const COOPERATION_MODE_LABELS: Record<CooperationMode, Labels> = {
  [CooperationMode.TECH_TRANSFER]: { zh: '技术转让', en: 'Technology transfer' },
  [CooperationMode.LICENSING]: { zh: '技术许可', en: 'Licensing' },
  [CooperationMode.JOINT_VENTURE]: { zh: '合资合作', en: 'Joint venture' },
  [CooperationMode.EQUITY_INVESTMENT]: { zh: '股权投资', en: 'Equity investment' },
  [CooperationMode.LOCAL_INCORPORATION]: { zh: '本地设立公司', en: 'Local incorporation' },
  [CooperationMode.RD_COOPERATION]: { zh: '研发合作', en: 'R&D cooperation' },
};

export const STATUS_LABELS: Partial<Record<ProjectStatus, Labels>> = {
  [ProjectStatus.SUBMITTED]: { zh: '已提交', en: 'Submitted' },
  [ProjectStatus.IN_SCREENING]: { zh: '筛选中', en: 'In screening' },
  [ProjectStatus.SHORTLISTED]: { zh: '入围', en: 'Shortlisted' },
  [ProjectStatus.IN_ROADSHOW]: { zh: '路演中', en: 'In roadshow' },
};

export const FIELD_LABELS = {
  handbook: { zh: '项目手册', en: 'Project handbook' },
  contents: { zh: '目录', en: 'Contents' },
  generated: { zh: '编制日期', en: 'Date' },
  country: { zh: '国家/地区', en: 'Country' },
  organization: { zh: '所属单位', en: 'Organisation' },
  sector: { zh: '技术领域', en: 'Sector' },
  trl: { zh: '技术成熟度', en: 'TRL' },
  modes: { zh: '合作方式', en: 'Cooperation' },
  funding: { zh: '融资需求', en: 'Funding ask' },
  contact: { zh: '联系人', en: 'Contact' },
  summary: { zh: '项目简介', en: 'Summary' },
  scan: { zh: '扫码查看项目', en: 'Scan for the project page' },
  other: { zh: '其他', en: 'Other' },
  none: { zh: '—', en: '—' },
} satisfies Record<string, Labels>;

/** The text in one language, falling back to the other when it is missing. */
export function pick(text: Bilingual | null | undefined, lang: Lang): string | null {
  const first = lang === 'zh' ? text?.zh : text?.en;
  const second = lang === 'zh' ? text?.en : text?.zh;
  return first?.trim() || second?.trim() || null;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** A funding ask in the currency's style for the language, e.g. "¥15,000,000.00" or "€2,500,000.00". */
export function formatFunding(minor: bigint | null, currency: string | null, lang: Lang): string | null {
  if (minor == null || !currency) return null;
  const key = `${lang}:${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'currency', currency });
    moneyFormats.set(key, format);
  }
  // The decimal string keeps every digit; a number would round amounts above 2^53 minor units.
  return format.format(formatMoney(minor, currency) as `${number}`);
}

export function modeLabels(modes: readonly CooperationMode[], lang: Lang): string | null {
  const labels = modes.map((m) => COOPERATION_MODE_LABELS[m]?.[lang] ?? m);
  return labels.length ? labels.join(lang === 'zh' ? '、' : ', ') : null;
}

/** The project's page on the web market: the QR codes and the spreadsheet link to it. */
export function projectLink(publicUrl: string, projectId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/market/projects/${projectId}`;
}

/** A label in the printed languages, e.g. "目录 Contents". */
export function label(labels: Labels, langs: readonly Lang[], separator = ' '): string {
  return langs.map((l) => labels[l]).join(separator);
}

/**
 * What to print of a bilingual text: with both languages, each one present (once when they are equal); with
 * one language, that one or else the other.
 */
export function texts(
  text: Bilingual | null | undefined,
  langs: readonly Lang[],
): { lang: Lang; text: string }[] {
  if (langs.length === 1) {
    const only = langs[0] as Lang;
    const value = pick(text, only);
    return value ? [{ lang: only, text: value }] : [];
  }
  const out: { lang: Lang; text: string }[] = [];
  for (const lang of langs) {
    const value = (lang === 'zh' ? text?.zh : text?.en)?.trim();
    if (value && !out.some((o) => o.text === value)) out.push({ lang, text: value });
  }
  return out;
}
