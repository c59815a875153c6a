/** Parsers for single cell values: cooperation modes, IP status, TRL, country. */
import { CooperationMode, IpStatus, isCountryCode } from '@sixcan/domain';
import { COOPERATION_MODE_LABELS, IP_STATUS_LABELS, labelLookup, normalizeLabel } from './columns';

const MODES = labelLookup(COOPERATION_MODE_LABELS);
const IP_STATUSES = labelLookup(IP_STATUS_LABELS);

/** Splits a multi-valued cell on , ; ， ； 、 or line breaks. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;，；、\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseCooperationMode(text: string): CooperationMode | undefined {
  return MODES.get(normalizeLabel(text));
}

export function parseIpStatus(text: string): IpStatus | undefined {
  return IP_STATUSES.get(normalizeLabel(text));
}

/** "7", "TRL 7", "TRL-7", "7.0" → 7; undefined when not a whole number. Range is checked by the domain. */
export function parseTrl(text: string): number | undefined {
  // "7", "TRL 7", "TRL-7", "TRL：7"; a separator only after "TRL", so "-3" is refused, not read as 3.
  const match = /^(?:trl\s*[-:：]?\s*)?(\d{1,3})(?:\.0+)?$/i.exec(text.normalize('NFKC').trim());
  return match ? Number(match[1]) : undefined;
}

let countryNames: Map<string, string> | undefined;

/** English and Chinese country names → code, computed once on first use. */
function countryNameLookup(): Map<string, string> {
  if (countryNames) return countryNames;
  const map = new Map<string, string>();
  const displays = ['en', 'zh-CN'].map((locale) => new Intl.DisplayNames([locale], { type: 'region' }));
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++)
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      if (!isCountryCode(code)) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (name && name !== code) map.set(normalizeLabel(name), code);
      }
    }
  countryNames = map;
  return map;
}

/**
 * A country cell to an ISO 3166-1 alpha-2 code: the code in any case, or the English/Chinese name.
 * Unknown text is returned as written so the domain rule can name it.
 */
export function parseCountry(text: string): string {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return upper;
  return countryNameLookup().get(normalizeLabel(trimmed)) ?? trimmed;
}
