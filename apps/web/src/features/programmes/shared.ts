import type { AppLanguage } from '../../app/i18n';
import {
  accessTokenExpiresSoon,
  currentAccessToken,
  readRefreshToken,
  refreshSession,
} from '../identity/session-store';

/** Text people write in Chinese, English or both. */
export interface Bilingual {
  zh?: string | null;
  en?: string | null;
}

/** The text in the UI language, else the other one; '' when neither is set. */
export function pickText(text: Bilingual | null | undefined, language: AppLanguage): string {
  if (!text) return '';
  const zh = text.zh?.trim() ?? '';
  const en = text.en?.trim() ?? '';
  return language === 'zh-CN' ? zh || en : en || zh;
}

/** The text in the other language, when it differs (shown stacked under the first). */
export function otherText(text: Bilingual | null | undefined, language: AppLanguage): string {
  if (!text) return '';
  const first = pickText(text, language);
  const zh = text.zh?.trim() ?? '';
  const en = text.en?.trim() ?? '';
  const other = language === 'zh-CN' ? en : zh;
  return other && other !== first ? other : '';
}

/** "12 Mar 2026, 09:00" in `timeZone`, in the UI language. */
export function formatInstant(
  iso: string | null | undefined,
  language: AppLanguage,
  timeZone?: string,
): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
      date,
    );
  } catch {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}

/** A window "from – to" in `timeZone`, in the UI language. */
export function formatWindow(
  opensAt: string,
  closesAt: string,
  language: AppLanguage,
  timeZone?: string,
): string {
  return `${formatInstant(opensAt, language, timeZone)} – ${formatInstant(closesAt, language, timeZone)}`;
}

/** ISO 3166-1 alpha-2 codes the API accepts. */
const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
  'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI ' +
  'FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN ' +
  'IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
  'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF ' +
  'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
  'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE ' +
  'YT ZA ZM ZW'
).split(' ');

export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.includes(code);
}

/** A country's name in the UI language ("Germany", "德国"); the code when unknown. */
export function countryName(code: string | null | undefined, language: AppLanguage): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Select options for every country, sorted by name in the UI language. */
export function countryOptions(language: AppLanguage): { value: string; label: string }[] {
  const collator = new Intl.Collator(language);
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, language) })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}

/** Currencies a programme may use (amounts in the handbook and funding asks). */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'CHF', 'SGD', 'KRW', 'AUD', 'CAD'];

/** "EUR · Euro" in the UI language. */
export function currencyLabel(code: string, language: AppLanguage): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'currency' }).of(code);
    return name && name !== code ? `${code} · ${name}` : code;
  } catch {
    return code;
  }
}

/** A refused upload or download: HTTP status and the server's own (English) message. */
export class FileRequestError extends Error {
  constructor(
    readonly status: number,
    readonly serverMessage: string | undefined,
  ) {
    super(serverMessage ?? `HTTP ${status}`);
  }
}

async function bearer(): Promise<Record<string, string>> {
  if (accessTokenExpiresSoon() && readRefreshToken()) await refreshSession();
  const token = currentAccessToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Fetch with the session's bearer token; once more after a refresh when the token was refused. */
async function authorizedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  let response = await fetch(url, { ...init, headers: { ...(await bearer()), ...init.headers } });
  if (response.status === 401 && readRefreshToken() && (await refreshSession()))
    response = await fetch(url, { ...init, headers: { ...(await bearer()), ...init.headers } });
  return response;
}

async function readServerMessage(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown }; message?: unknown };
    const message = body.error?.message ?? body.message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
  } catch {
    // not JSON
  }
  return undefined;
}

/** A stored file as `POST /files` answers it. */
export interface UploadedFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

/** Uploads one file (multipart field `file`); rejects with FileRequestError on refusal. */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await authorizedFetch('/files', { method: 'POST', body });
  if (!response.ok) throw new FileRequestError(response.status, await readServerMessage(response));
  return (await response.json()) as UploadedFile;
}

/** Downloads a stored file with the bearer token and saves it under `filename`. */
export async function downloadFile(url: string, filename: string): Promise<void> {
  const response = await authorizedFetch(url);
  if (!response.ok) throw new FileRequestError(response.status, await readServerMessage(response));
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
