/**
 * The report's printed labels in both languages, and how it writes numbers, money, dates and countries.
 * Kept here: the server does not read the web's string bundles.
 */
import {
  AgreementKind,
  Bilingual,
  CeremonyMode,
  ChannelKind,
  formatMoney,
  PartnerKind,
  RoadshowMode,
  RoadshowStatus,
  SlotDelivery,
  SlotStatus,
} from '@sixcan/domain';
import { countryName, Labels } from '@sixcan/server-core';
import { Lang } from './report.types';

export const L = {
  report: { zh: '成果报告', en: 'Programme report' },
  organization: { zh: '主办单位', en: 'Organiser' },
  generated: { zh: '编制日期', en: 'Date' },
  asOf: { zh: '数据截至', en: 'Data as of' },
  headline: { zh: '核心指标', en: 'Headline figures' },
  collected: { zh: '征集项目', en: 'Projects collected' },
  submitted: { zh: '提交项目', en: 'Projects submitted' },
  handbook: { zh: '入选项目手册', en: 'In the handbook' },
  onStage: { zh: '登台路演', en: 'On stage' },
  intents: { zh: '合作意向', en: 'Matching intents' },
  bids: { zh: '合作报价', en: 'Bids' },
  signed: { zh: '签约项目', en: 'Projects signed' },
  landed: { zh: '落地项目', en: 'Projects landed' },
  committed: { zh: '签约投资额', en: 'Committed investment' },
  realised: { zh: '到位投资额', en: 'Realised investment' },
  projects: { zh: '个项目', en: 'projects' },
  funnel: { zh: '项目漏斗', en: 'Project funnel' },
  countries: { zh: '项目来源国家/地区（前 10）', en: 'Top countries' },
  sectors: { zh: '技术领域分布', en: 'Sector mix' },
  channels: { zh: '推荐渠道成效', en: 'Channel yield' },
  investment: { zh: '投资额走势', en: 'Investment over time' },
  lineup: { zh: '路演安排', en: 'Roadshow line-up' },
  agreements: { zh: '签约协议', en: 'Signed agreements' },
  notes: { zh: '数据说明', en: 'About these figures' },
  other: { zh: '其他', en: 'Other' },
  none: { zh: '—', en: '—' },
  page: { zh: '页', en: 'Page' },
} satisfies Record<string, Labels>;

/** Both languages of a text, each once ("德国 Germany"; one of them when the other is missing or equal). */
export function both(text: Bilingual | null | undefined, separator = ' '): string {
  const zh = text?.zh?.trim();
  const en = text?.en?.trim();
  if (zh && en && zh !== en) return `${zh}${separator}${en}`;
  return zh || en || '—';
}

/** "核心指标 Headline figures". */
export const label = (labels: Labels, separator = ' ') => `${labels.zh}${separator}${labels.en}`;

export const countryLabels = (code: string | null): Labels =>
  code ? { zh: countryName(code, 'zh') ?? code, en: countryName(code, 'en') ?? code } : { ...L.other };

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** 2400 → "2,400". */
export const formatCount = (n: number): string => integer.format(n);

/** 0.1234 → "12.3%" (one decimal under 10%, none above). */
export function formatShare(part: number, whole: number): string {
  if (!whole) return '—';
  const pct = (part / whole) * 100;
  return `${pct < 10 && pct > 0 ? pct.toFixed(1) : Math.round(pct).toString()}%`;
}

const symbols = new Map<string, string>();

/** The currency's symbol as the report prints it (CNY "¥", USD "$", EUR "€"; the code when it has none). */
export function currencySymbol(currency: string): string {
  let symbol = symbols.get(currency);
  if (symbol === undefined) {
    const locale = currency === 'CNY' ? 'zh-CN' : 'en';
    const part = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
    })
      .formatToParts(0)
      .find((p) => p.type === 'currency');
    symbol = part?.value ?? currency;
    symbols.set(currency, symbol);
  }
  return symbol;
}

/** Major units as a decimal string, every digit kept (numbers would round above 2^53 minor units). */
const major = (minor: bigint, currency: string) => formatMoney(minor, currency);

/**
 * Full amount with the currency's symbol, whole units unless there are cents: "¥2,400,000,000",
 * "€1,250,000.50". The decimal string is formatted digit by digit, never through a float.
 */
export function formatAmount(minor: bigint, currency: string): string {
  const [whole = '0', fraction] = major(minor < 0n ? -minor : minor, currency).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = fraction && /[1-9]/.test(fraction) ? `.${fraction}` : '';
  const symbol = currencySymbol(currency);
  const sign = minor < 0n ? '-' : '';
  return symbol.length === 3 ? `${sign}${symbol} ${grouped}${cents}` : `${sign}${symbol}${grouped}${cents}`;
}

/**
 * A short amount: English in k / m / bn ("2.4 bn"), Chinese in 万 / 亿 ("24 亿"), up to three significant
 * digits; small amounts in full.
 */
export function formatCompact(minor: bigint, currency: string, lang: Lang): string {
  const value = Number(major(minor, currency));
  const abs = Math.abs(value);
  const steps: [number, string][] =
    lang === 'zh'
      ? [
          [1e8, ' 亿'],
          [1e4, ' 万'],
        ]
      : [
          [1e9, ' bn'],
          [1e6, ' m'],
          [1e3, ' k'],
        ];
  for (const [size, unit] of steps) if (abs >= size) return `${trim(value / size)}${unit}`;
  return trim(value);
}

/** Three significant digits at most, no trailing zeros: 2.4, 24, 240, 2,400. */
function trim(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);
}

/** "¥2.4 bn" / "¥24 亿". */
export const formatCompactMoney = (minor: bigint, currency: string, lang: Lang) =>
  `${currencySymbol(currency)}${formatCompact(minor, currency, lang)}`;

/** "2026-12-01" in a time zone. */
export const isoDay = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    date,
  );

/** "20:05" in a time zone. */
export const clock = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    date,
  );

/** "2026-12-01 20:05" in a time zone. */
export const dayAndClock = (date: Date, timeZone: string) =>
  `${isoDay(date, timeZone)} ${clock(date, timeZone)}`;

/** "UTC+8" for the zone at that instant. */
export function zoneOffset(date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return (part?.value ?? timeZone).replace(/^GMT/, 'UTC').replace(/^UTC$/, 'UTC+0');
}

export const DELIVERY_LABELS: Record<SlotDelivery, Labels> = {
  [SlotDelivery.LIVE]: { zh: '现场直播', en: 'Live' },
  [SlotDelivery.PRERECORDED]: { zh: '预录播放', en: 'Pre-recorded' },
};

export const SLOT_STATUS_LABELS: Record<SlotStatus, Labels> = {
  [SlotStatus.SCHEDULED]: { zh: '待路演', en: 'Scheduled' },
  [SlotStatus.ON_STAGE]: { zh: '路演中', en: 'On stage' },
  [SlotStatus.DONE]: { zh: '已完成', en: 'Done' },
  [SlotStatus.NO_SHOW]: { zh: '缺席', en: 'No-show' },
};

export const ROADSHOW_STATUS_LABELS: Record<RoadshowStatus, Labels> = {
  [RoadshowStatus.DRAFT]: { zh: '草稿', en: 'Draft' },
  [RoadshowStatus.PUBLISHED]: { zh: '已发布', en: 'Published' },
  [RoadshowStatus.LIVE]: { zh: '直播中', en: 'Live' },
  [RoadshowStatus.ENDED]: { zh: '已结束', en: 'Ended' },
};

export const ROADSHOW_MODE_LABELS: Record<RoadshowMode, Labels> = {
  [RoadshowMode.ONLINE]: { zh: '线上', en: 'Online' },
  [RoadshowMode.ON_SITE]: { zh: '线下', en: 'On site' },
  [RoadshowMode.HYBRID]: { zh: '线上线下结合', en: 'Hybrid' },
};

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, Labels> = {
  [AgreementKind.COOPERATION]: { zh: '合作协议', en: 'Cooperation' },
  [AgreementKind.INVESTMENT]: { zh: '投资协议', en: 'Investment' },
  [AgreementKind.LANDING]: { zh: '落地协议', en: 'Landing' },
  [AgreementKind.LICENSING]: { zh: '许可协议', en: 'Licensing' },
  [AgreementKind.TALENT]: { zh: '人才协议', en: 'Talent' },
};

/** The kinds as a table cell holds them. */
export const AGREEMENT_KIND_SHORT: Record<AgreementKind, Labels> = {
  [AgreementKind.COOPERATION]: { zh: '合作', en: 'Cooperation' },
  [AgreementKind.INVESTMENT]: { zh: '投资', en: 'Investment' },
  [AgreementKind.LANDING]: { zh: '落地', en: 'Landing' },
  [AgreementKind.LICENSING]: { zh: '许可', en: 'Licensing' },
  [AgreementKind.TALENT]: { zh: '人才', en: 'Talent' },
};

export const CEREMONY_MODE_LABELS: Record<CeremonyMode, Labels> = {
  [CeremonyMode.CLOUD]: { zh: '云签约', en: 'Cloud signing' },
  [CeremonyMode.ON_SITE]: { zh: '现场签约', en: 'On-site signing' },
};

export const PARTNER_KIND_LABELS: Record<PartnerKind, Labels> = {
  [PartnerKind.INVESTOR]: { zh: '投资机构', en: 'Investors' },
  [PartnerKind.PARK]: { zh: '产业园区', en: 'Parks' },
  [PartnerKind.ENTERPRISE]: { zh: '企业', en: 'Enterprises' },
};

export const CHANNEL_KIND_LABELS: Record<ChannelKind, Labels> = {
  [ChannelKind.UNIVERSITY]: { zh: '高校', en: 'University' },
  [ChannelKind.RESEARCH_INSTITUTE]: { zh: '科研院所', en: 'Research institute' },
  [ChannelKind.ASSOCIATION]: { zh: '行业协会', en: 'Association' },
  [ChannelKind.TRANSFER_NETWORK]: { zh: '技术转移网络', en: 'Transfer network' },
  [ChannelKind.OTHER]: { zh: '其他', en: 'Other' },
};

/** The label of a stored enum value, or the value itself when it is one this version does not know. */
export const labelOf = <K extends string>(labels: Record<K, Labels>, value: string): Labels =>
  labels[value as K] ?? { zh: value, en: value };
