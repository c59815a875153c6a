/** The texts and figures of one reference project: title, summary, team, money, windows, self-assessment. */
import {
  AvailabilityWindow,
  CooperationMode,
  IpStatus,
  ProjectFields,
  SIX_CANS,
  SelfAssessmentItem,
  duplicateKeys,
  parseMoney,
} from '@sixcan/domain';
import { CountryProfile } from './countries';
import { SeededRandom } from './random';
import { article, capitalise, fill, joinEn } from './text';
import { CAN_TEXTS, GOALS, LANDING_FORMS, MODE_TERMS, SectorWords, TITLE_PATTERNS, Term } from './words';

export type Language = 'both' | 'en' | 'zh';

/** What a project is about: technology, application and qualifier, each in English and Chinese. */
export interface Topic {
  tech: Term;
  app: Term;
  qual: Term;
}

const MAX_TITLE_ATTEMPTS = 50;
const CNY_PER: Readonly<Record<string, number>> = { CNY: 1, USD: 7.1, EUR: 7.8 };
const MINOR_UNITS = new Map<string, bigint>();

/** English, Chinese or both (one line each) as the project's language asks. */
export function say(language: Language, term: Term): string {
  if (language === 'en') return term[0];
  if (language === 'zh') return term[1];
  return `${term[0]}\n${term[1]}`;
}

/**
 * A topic and title whose duplicate keys (title per organisation) are not in `seen`, which is updated. After
 * 50 colliding attempts a number is appended, so this always ends.
 */
export function uniqueTitle(
  rng: SeededRandom,
  words: SectorWords,
  language: Language,
  organizationName: string,
  seen: Set<string>,
): { topic: Topic; title: ProjectFields['title'] } {
  for (let attempt = 0; ; attempt++) {
    const topic = {
      tech: rng.pick(words.technologies),
      app: rng.pick(words.applications),
      qual: rng.pick(words.qualifiers),
    };
    const [enPattern, zhPattern] = rng.pick(TITLE_PATTERNS);
    const suffix = attempt < MAX_TITLE_ATTEMPTS ? '' : ` ${attempt - MAX_TITLE_ATTEMPTS + 2}`;
    const vars = (lang: 0 | 1) => ({ q: topic.qual[lang], t: topic.tech[lang], a: topic.app[lang] });
    const title = {
      en: language === 'zh' ? null : capitalise(fill(enPattern, vars(0))) + suffix,
      zh: language === 'en' ? null : fill(zhPattern, vars(1)) + suffix,
    };
    const keys = duplicateKeys({ title, organizationName });
    if (keys.every((k) => !seen.has(k))) {
      keys.forEach((k) => seen.add(k));
      return { topic, title };
    }
  }
}

/** Two to four sentences: what it is, why it is better, and often where it stands and what the team wants. */
export function summaryOf(
  rng: SeededRandom,
  language: Language,
  p: {
    org: Term;
    topic: Topic;
    words: SectorWords;
    trl: number;
    ip: Term;
    modes: readonly CooperationMode[];
  },
): ProjectFields['summary'] {
  const [org, orgZh] = p.org;
  const { tech, app, qual } = p.topic;
  const n = rng.int(3, 12) * 5;
  const benefit = rng.pick(p.words.benefits);
  const goal = rng.pick(GOALS);
  const sentences: Term[] = [
    rng.chance(0.5)
      ? [
          `${org} has developed ${article(qual[0])} ${qual[0]} ${tech[0]} technology for ${app[0]}.`,
          `${orgZh}研发了面向${app[1]}的${qual[1]}${tech[1]}技术。`,
        ]
      : [
          `${org} presents ${article(qual[0])} ${qual[0]} ${tech[0]} technology designed for ${app[0]}.`,
          `${orgZh}的研究团队研制出用于${app[1]}的${qual[1]}${tech[1]}技术。`,
        ],
    [
      `Compared with current solutions, it ${fill(benefit[0], { n })}.`,
      `与现有方案相比，${fill(benefit[1], { n })}。`,
    ],
  ];
  if (rng.chance(0.75))
    sentences.push([
      `The technology is at TRL ${p.trl}; ${p.ip[0]}.`,
      `该技术成熟度为${p.trl}级，${p.ip[1]}。`,
    ]);
  if (rng.chance(0.6)) {
    const modes = p.modes.map((m) => MODE_TERMS[m]);
    sentences.push([
      `The team is looking for ${joinEn(modes.map((m) => m[0]))} with Chinese partners to ${goal[0]}.`,
      `团队希望与中国合作伙伴开展${modes.map((m) => m[1]).join('、')}，${goal[1]}。`,
    ]);
  }
  return {
    en: language === 'zh' ? null : sentences.map((s) => s[0]).join(' '),
    zh: language === 'en' ? null : sentences.map((s) => s[1]).join(''),
  };
}

export function teamOf(
  rng: SeededRandom,
  language: Language,
  leader: string,
  academic: boolean,
  tech: Term,
): string {
  const size = rng.int(4, 30);
  const phds = rng.int(1, Math.max(1, Math.floor(size * 0.6)));
  const years = rng.int(3, 20);
  const lead: Term = academic ? ['Prof.', '教授'] : ['Dr.', '博士'];
  return say(language, [
    `A team of ${size} led by ${lead[0]} ${leader}, including ${phds} PhD holders, with ${years} years of experience in ${tech[0]} technology.`,
    `团队共${size}人，由${leader}${lead[1]}带领，其中博士${phds}人，在${tech[1]}领域深耕${years}年。`,
  ]);
}

/** Log-uniform between ¥2 million and ¥200 million, skewed low; three in four in yuan, else euros or dollars. */
export function fundingAsk(
  rng: SeededRandom,
  profile: CountryProfile,
): { amountMinor: bigint; currency: string } {
  const cnyMajor = 2e6 * Math.pow(100, Math.pow(rng.float(), 1.4));
  const currency = rng.chance(0.75) ? 'CNY' : profile.euro || rng.chance(0.2) ? 'EUR' : 'USD';
  const step = currency === 'CNY' ? 10_000 : 1_000;
  const major = Math.max(step, Math.round(cnyMajor / CNY_PER[currency] / step) * step);
  return { amountMinor: BigInt(major) * minorUnit(currency), currency };
}

/** Minor units in one major unit (100n for CNY), from the domain's money parser; cached, as Intl is slow. */
function minorUnit(currency: string): bigint {
  let unit = MINOR_UNITS.get(currency);
  if (unit === undefined) {
    unit = parseMoney('1', currency);
    if (unit === undefined) throw new Error(`unknown currency ${currency}`);
    MINOR_UNITS.set(currency, unit);
  }
  return unit;
}

export function ipWeight(status: IpStatus, sectorCode: string): number {
  switch (status) {
    case IpStatus.PATENT_GRANTED:
      return 35;
    case IpStatus.PATENT_PENDING:
      return 30;
    case IpStatus.SOFTWARE_COPYRIGHT:
      return sectorCode === 'ICT' ? 25 : 2;
    case IpStatus.TRADE_SECRET:
      return 10;
    case IpStatus.NONE:
      return 4;
    case IpStatus.OTHER:
      return 6;
  }
}

/** One or two windows on different weekdays of 22–31 March 2027, in Beijing office hours (UTC instants). */
export function availabilityWindows(rng: SeededRandom): AvailabilityWindow[] {
  const days = rng.sample([22, 23, 24, 25, 26, 29, 30, 31], rng.int(1, 2)).sort((a, b) => a - b);
  return days.map((day) => {
    const start = rng.int(0, 7);
    const hours = rng.int(2, Math.min(6, 10 - start));
    return {
      startsAt: new Date(Date.UTC(2027, 2, day, start)),
      endsAt: new Date(Date.UTC(2027, 2, day, start + hours)),
    };
  });
}

/** A claim for each of the six cans, usually with evidence. */
export function selfAssessment(
  rng: SeededRandom,
  language: Language,
  p: { contactName: string; trl: number; org: Term; ip: Term },
): SelfAssessmentItem[] {
  const inPerson = rng.chance(0.7);
  const form = rng.pick(LANDING_FORMS);
  const months = rng.int(6, 24);
  const vars = (lang: 0 | 1, k: number, y: number): Record<string, string | number> => ({
    name: p.contactName,
    how: inPerson ? ['in person in China', '现场'][lang] : ['online', '线上'][lang],
    trl: p.trl,
    m: months,
    k,
    org: p.org[lang],
    ip: capitalise(p.ip[lang]),
    y,
    form: form[lang],
  });
  return SIX_CANS.map((can) => {
    const text = CAN_TEXTS[can];
    const k = rng.int(2, 6);
    const y = rng.int(2025, 2026);
    const [en, zh] = [vars(0, k, y), vars(1, k, y)];
    const claim = say(language, [fill(text.claim[0], en), fill(text.claim[1], zh)]);
    const evidence = rng.chance(0.85)
      ? say(language, [fill(text.evidence[0], en), fill(text.evidence[1], zh)])
      : null;
    return { can, claim, evidence };
  });
}

/** Drafts are often unfinished: no summary yet, some cans not assessed, no availability, no modes. */
export function trimDraft(rng: SeededRandom, fields: ProjectFields): void {
  if (rng.chance(0.3)) fields.summary = { en: null, zh: null };
  if (rng.chance(0.4)) fields.selfAssessment = fields.selfAssessment?.filter(() => rng.chance(0.5)) ?? null;
  if (rng.chance(0.3)) fields.availability = [];
  if (rng.chance(0.2)) fields.cooperationModes = [];
}
