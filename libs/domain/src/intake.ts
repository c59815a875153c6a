/**
 * The call for projects: programmes, channels and projects, and the rules a project must meet to be
 * submitted. Pure; shared by the API, the worker (imports) and the web.
 */

/** The six-can criteria: can attend, convert, transfer, trade, cross borders, land locally. */
export enum SixCan {
  ATTEND = 'ATTEND',
  CONVERT = 'CONVERT',
  TRANSFER = 'TRANSFER',
  TRADE = 'TRADE',
  CROSS_BORDER = 'CROSS_BORDER',
  LAND = 'LAND',
}
export const SIX_CANS: readonly SixCan[] = Object.values(SixCan);

export enum ProgrammeStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
}

export enum ProjectStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_SCREENING = 'IN_SCREENING',
  SHORTLISTED = 'SHORTLISTED',
  IN_ROADSHOW = 'IN_ROADSHOW',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Statuses from which an applicant may still withdraw: before any final decision. */
export const WITHDRAWABLE: readonly ProjectStatus[] = [
  ProjectStatus.DRAFT,
  ProjectStatus.SUBMITTED,
  ProjectStatus.IN_SCREENING,
];

export enum CooperationMode {
  TECH_TRANSFER = 'TECH_TRANSFER',
  LICENSING = 'LICENSING',
  JOINT_VENTURE = 'JOINT_VENTURE',
  EQUITY_INVESTMENT = 'EQUITY_INVESTMENT',
  LOCAL_INCORPORATION = 'LOCAL_INCORPORATION',
  RD_COOPERATION = 'RD_COOPERATION',
}
export const COOPERATION_MODES: readonly CooperationMode[] = Object.values(CooperationMode);

export enum IpStatus {
  PATENT_GRANTED = 'PATENT_GRANTED',
  PATENT_PENDING = 'PATENT_PENDING',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
  TRADE_SECRET = 'TRADE_SECRET',
  NONE = 'NONE',
  OTHER = 'OTHER',
}
export const IP_STATUSES: readonly IpStatus[] = Object.values(IpStatus);

export enum ChannelKind {
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  ASSOCIATION = 'ASSOCIATION',
  TRANSFER_NETWORK = 'TRANSFER_NETWORK',
  OTHER = 'OTHER',
}

/** How a project entered the programme. */
export enum ProjectSource {
  APPLICANT = 'APPLICANT',
  NOMINATION = 'NOMINATION',
  IMPORT = 'IMPORT',
}

export interface Bilingual {
  zh?: string | null;
  en?: string | null;
}

export interface SectorDef {
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface SelfAssessmentItem {
  can: SixCan;
  claim: string;
  evidence?: string | null;
}

export interface AvailabilityWindow {
  startsAt: Date;
  endsAt: Date;
}

/** Everything an applicant (or a spreadsheet row) says about a project. Money in minor units. */
export interface ProjectFields {
  title: Bilingual;
  summary: Bilingual;
  sectorCode?: string | null;
  country?: string | null;
  organizationName?: string | null;
  trl?: number | null;
  ipStatus?: IpStatus | null;
  cooperationModes?: CooperationMode[] | null;
  fundingAmountMinor?: bigint | null;
  fundingCurrency?: string | null;
  team?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  presenterTimeZone?: string | null;
  availability?: AvailabilityWindow[] | null;
  selfAssessment?: SelfAssessmentItem[] | null;
  attachmentFileIds?: string[] | null;
}

export interface FieldIssue {
  field: string;
  message: string;
}

export const LIMITS = {
  title: 200,
  summary: 4000,
  organizationName: 200,
  team: 2000,
  contact: 200,
  claim: 1000,
  evidence: 2000,
  attachments: 10,
  availability: 20,
} as const;

// ISO 3166-1 alpha-2.
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
    'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI ' +
    'FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN ' +
    'IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
    'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF ' +
    'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
    'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE ' +
    'YT ZA ZM ZW'
  ).split(' '),
);

export function isCountryCode(code: string): boolean {
  return COUNTRIES.has(code);
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return CURRENCIES.has(code);
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(value: string): boolean {
  return EMAIL.test(value) && value.length <= 254;
}

const DIGITS = new Map<string, number>();

/** Digits after the decimal point for an ISO 4217 currency (CNY 2, JPY 0). */
export function minorDigits(currency: string): number {
  let digits = DIGITS.get(currency);
  if (digits === undefined) {
    // Building a NumberFormat is slow: ask once per currency.
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    DIGITS.set(currency, digits);
  }
  return digits;
}

/**
 * A decimal amount in major units ("1,500,000.50") to integer minor units. Returns undefined when the text
 * is not a non-negative amount with at most the currency's decimals.
 */
export function parseMoney(text: string, currency: string): bigint | undefined {
  const cleaned = text.replace(/[,\s_]/g, '');
  const digits = minorDigits(currency);
  const [, whole, decimals] = /^(\d{1,15})(?:\.(\d+))?$/.exec(cleaned) ?? [];
  if (whole === undefined) return undefined;
  const fraction = (decimals ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return undefined;
  return BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
}

/** Minor units back to a plain decimal string in major units ("1500000.5" → "1500000.50"). */
export function formatMoney(minor: bigint, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return minor.toString();
  const s = minor.toString().padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

const blank = (s: string | null | undefined): boolean => !s || !s.trim();

/**
 * Problems with a project's fields. Shape and range problems always count; with `forSubmission` the fields
 * required to submit (and a claim for every mandatory can) must be present too.
 */
export function validateProjectFields(
  p: ProjectFields,
  programme: { sectors: readonly SectorDef[]; mandatoryCans: readonly SixCan[] },
  options: { forSubmission: boolean },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const tooLong = (field: string, value: string | null | undefined, max: number) => {
    if (value && value.length > max) add(field, `at most ${max} characters`);
  };
  tooLong('title.zh', p.title.zh, LIMITS.title);
  tooLong('title.en', p.title.en, LIMITS.title);
  tooLong('summary.zh', p.summary.zh, LIMITS.summary);
  tooLong('summary.en', p.summary.en, LIMITS.summary);
  tooLong('organizationName', p.organizationName, LIMITS.organizationName);
  tooLong('team', p.team, LIMITS.team);
  tooLong('contactName', p.contactName, LIMITS.contact);
  tooLong('contactPhone', p.contactPhone, LIMITS.contact);
  if (blank(p.title.zh) && blank(p.title.en)) add('title', 'a title in Chinese or English is required');
  if (p.sectorCode && !programme.sectors.some((s) => s.code === p.sectorCode))
    add('sectorCode', `unknown sector "${p.sectorCode}"`);
  if (p.country && !isCountryCode(p.country))
    add('country', `"${p.country}" is not an ISO 3166-1 country code`);
  if (p.trl != null && (!Number.isInteger(p.trl) || p.trl < 1 || p.trl > 9))
    add('trl', 'technology readiness level is a whole number from 1 to 9');
  if (p.ipStatus && !IP_STATUSES.includes(p.ipStatus)) add('ipStatus', `unknown IP status "${p.ipStatus}"`);
  for (const mode of p.cooperationModes ?? [])
    if (!COOPERATION_MODES.includes(mode)) add('cooperationModes', `unknown cooperation mode "${mode}"`);
  if (p.fundingAmountMinor != null && p.fundingAmountMinor < 0n)
    add('fundingAsk', 'the amount cannot be negative');
  if (p.fundingAmountMinor != null && !p.fundingCurrency)
    add('fundingAsk.currency', 'give the currency of the amount');
  if (p.fundingCurrency && !isCurrencyCode(p.fundingCurrency))
    add('fundingAsk.currency', `"${p.fundingCurrency}" is not an ISO 4217 currency code`);
  if (p.contactEmail && !isEmail(p.contactEmail))
    add('contactEmail', `"${p.contactEmail}" is not an e-mail address`);
  if (p.presenterTimeZone && !isTimeZone(p.presenterTimeZone))
    add(
      'presenterTimeZone',
      `"${p.presenterTimeZone}" is not a time zone; use an IANA name such as Europe/Berlin`,
    );
  const windows = p.availability ?? [];
  if (windows.length > LIMITS.availability) add('availability', `at most ${LIMITS.availability} windows`);
  windows.forEach((w, i) => {
    if (!(w.endsAt.getTime() > w.startsAt.getTime()))
      add(`availability.${i}`, 'the window must end after it starts');
  });
  const seen = new Set<SixCan>();
  for (const item of p.selfAssessment ?? []) {
    if (seen.has(item.can)) add(`selfAssessment.${item.can}`, 'each can appears once');
    seen.add(item.can);
    tooLong(`selfAssessment.${item.can}.claim`, item.claim, LIMITS.claim);
    tooLong(`selfAssessment.${item.can}.evidence`, item.evidence, LIMITS.evidence);
  }
  if ((p.attachmentFileIds?.length ?? 0) > LIMITS.attachments)
    add('attachmentFileIds', `at most ${LIMITS.attachments} attachments`);

  if (options.forSubmission) {
    if (blank(p.summary.zh) && blank(p.summary.en))
      add('summary', 'a summary in Chinese or English is required');
    const required: [keyof ProjectFields, unknown][] = [
      ['sectorCode', p.sectorCode],
      ['country', p.country],
      ['organizationName', p.organizationName?.trim()],
      ['trl', p.trl],
      ['ipStatus', p.ipStatus],
      ['contactName', p.contactName?.trim()],
      ['contactEmail', p.contactEmail],
      ['presenterTimeZone', p.presenterTimeZone],
    ];
    for (const [field, value] of required)
      if (value == null || value === '') add(field, 'required to submit');
    if (!p.cooperationModes?.length) add('cooperationModes', 'choose at least one cooperation mode');
    for (const can of programme.mandatoryCans) {
      const item = p.selfAssessment?.find((s) => s.can === can);
      if (!item || blank(item.claim))
        add(`selfAssessment.${can}.claim`, 'this can is mandatory: state your claim');
    }
  }
  return issues;
}

/** The key that makes two projects in one programme duplicates: same title (either language) and organisation. */
export function duplicateKeys(p: Pick<ProjectFields, 'title' | 'organizationName'>): string[] {
  const norm = (s: string | null | undefined) =>
    (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const org = norm(p.organizationName);
  return [p.title.zh, p.title.en].filter((t) => !blank(t)).map((t) => `${org}|${norm(t)}`);
}
