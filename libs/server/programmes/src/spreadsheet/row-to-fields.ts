/** One spreadsheet row to project fields, with per-field issues named by column key. */
import {
  CooperationMode,
  FieldIssue,
  isCurrencyCode,
  isEmail,
  minorDigits,
  parseMoney,
  ProjectFields,
  SectorDef,
  SelfAssessmentItem,
  SIX_CANS,
  SixCan,
  validateProjectFields,
} from '@sixcan/domain';
import { COLUMN_INDEX, normalizeLabel } from './columns';
import { SheetRow } from './read-rows';
import { parseCooperationMode, parseCountry, parseIpStatus, parseTrl, splitList } from './values';

export interface ProgrammeRules {
  sectors: SectorDef[];
  mandatoryCans: SixCan[];
}

export type ImportedProjectFields = ProjectFields & { applicantEmail?: string | null };

export interface RowConversion {
  fields: ImportedProjectFields;
  /** `field` is a column key of PROJECT_COLUMNS. */
  issues: FieldIssue[];
}

const DOMAIN_FIELD_TO_COLUMN: Record<string, string> = {
  title: 'titleZh',
  'title.zh': 'titleZh',
  'title.en': 'titleEn',
  summary: 'summaryZh',
  'summary.zh': 'summaryZh',
  'summary.en': 'summaryEn',
  fundingAsk: 'fundingAmount',
  'fundingAsk.currency': 'fundingCurrency',
};

/** Maps a domain issue field ("selfAssessment.ATTEND.claim") to the column key ("claimATTEND"). */
export function columnForDomainField(field: string): string {
  const mapped = DOMAIN_FIELD_TO_COLUMN[field];
  if (mapped) return mapped;
  const can = /^selfAssessment\.([A-Z_]+)(?:\.(claim|evidence))?$/.exec(field);
  if (can) return `${can[2] ?? 'claim'}${can[1]}`;
  return field;
}

function findSector(text: string, sectors: readonly SectorDef[]): string {
  const exact = sectors.find((s) => s.code === text);
  if (exact) return exact.code;
  const wanted = normalizeLabel(text);
  const match = sectors.find((s) => [s.code, s.nameZh, s.nameEn].some((n) => normalizeLabel(n) === wanted));
  return match ? match.code : text;
}

const CURRENCY_MARKS = /^[¥￥$€£]|[¥￥$€£]$|元$/g;

export function rowToProject(
  row: Pick<SheetRow, 'cells'>,
  programme: ProgrammeRules,
  options: { forSubmission: boolean },
): RowConversion {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const text = (key: string): string | null => {
    const value = row.cells[key]?.trim();
    return value ? value : null;
  };

  const sector = text('sectorCode');
  const country = text('country');
  const trlText = text('trl');
  let trl: number | null = null;
  if (trlText !== null) {
    const parsed = parseTrl(trlText);
    if (parsed === undefined)
      add('trl', `"${trlText}" is not a technology readiness level; write a whole number from 1 to 9`);
    else trl = parsed;
  }
  const ipText = text('ipStatus');
  const ipStatus = ipText === null ? null : (parseIpStatus(ipText) ?? null);
  if (ipText !== null && ipStatus === null)
    add('ipStatus', `unknown IP status "${ipText}"; see the Instructions`);

  const modesText = text('cooperationModes');
  let cooperationModes: CooperationMode[] | null = null;
  if (modesText !== null) {
    const modes = new Set<CooperationMode>();
    for (const part of splitList(modesText)) {
      const mode = parseCooperationMode(part);
      if (mode) modes.add(mode);
      else add('cooperationModes', `unknown cooperation mode "${part}"; see the Instructions`);
    }
    cooperationModes = [...modes];
  }

  const currency = text('fundingCurrency')?.toUpperCase() ?? null;
  const amountText = text('fundingAmount');
  let fundingAmountMinor: bigint | null = null;
  if (amountText !== null) {
    const cleaned = amountText
      .normalize('NFKC')
      .replace(CURRENCY_MARKS, '')
      .replace(currency ?? '\0', '')
      .trim();
    if (!currency) add('fundingCurrency', 'give the currency of the amount');
    else if (isCurrencyCode(currency)) {
      const minor = parseMoney(cleaned, currency);
      if (minor !== undefined) fundingAmountMinor = minor;
      else if (/^-\s*\d/.test(cleaned)) add('fundingAmount', 'the amount cannot be negative');
      else
        add(
          'fundingAmount',
          `"${amountText}" is not an amount; write digits in major units with at most ` +
            `${minorDigits(currency)} decimals, e.g. 1500000.50`,
        );
    }
    // An unknown currency is reported by the domain rule below.
  }

  const selfAssessment: SelfAssessmentItem[] = [];
  for (const can of SIX_CANS) {
    const claim = text(`claim${can}`);
    const evidence = text(`evidence${can}`);
    if (claim === null && evidence !== null && !programme.mandatoryCans.includes(can))
      add(`claim${can}`, 'state the claim this evidence supports');
    if (claim !== null || evidence !== null) selfAssessment.push({ can, claim: claim ?? '', evidence });
  }

  const applicantEmail = text('applicantEmail');
  if (applicantEmail !== null && !isEmail(applicantEmail))
    add('applicantEmail', `"${applicantEmail}" is not an e-mail address`);

  const fields: ImportedProjectFields = {
    title: { zh: text('titleZh'), en: text('titleEn') },
    summary: { zh: text('summaryZh'), en: text('summaryEn') },
    organizationName: text('organizationName'),
    sectorCode: sector === null ? null : findSector(sector, programme.sectors),
    country: country === null ? null : parseCountry(country),
    trl,
    ipStatus,
    cooperationModes,
    fundingAmountMinor,
    fundingCurrency: currency,
    team: text('team'),
    contactName: text('contactName'),
    contactEmail: text('contactEmail'),
    contactPhone: text('contactPhone'),
    presenterTimeZone: text('presenterTimeZone'),
    selfAssessment: selfAssessment.length ? selfAssessment : null,
    applicantEmail,
  };

  // A conversion issue is more precise than "required to submit" for the same column: keep only it.
  const converted = new Set(issues.map((i) => i.field));
  for (const issue of validateProjectFields(fields, programme, options)) {
    const field = columnForDomainField(issue.field);
    if (!converted.has(field)) issues.push({ field, message: issue.message });
  }
  return { fields, issues: sortIssues(issues) };
}

function sortIssues(issues: FieldIssue[]): FieldIssue[] {
  const order = (field: string) => COLUMN_INDEX.get(field) ?? Number.MAX_SAFE_INTEGER;
  return issues.sort((a, b) => order(a.field) - order(b.field));
}
