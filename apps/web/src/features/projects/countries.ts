import type { AppLanguage } from '../../app/i18n';

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

/** Currencies offered for the funding ask (the programme's own currency is added first). */
export const CURRENCIES = [
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'HKD',
  'CHF',
  'SGD',
  'KRW',
  'AUD',
  'CAD',
  'SEK',
];

function displayNames(language: AppLanguage, type: 'region' | 'currency'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([language], { type });
  } catch {
    return undefined;
  }
}

/** A country's name in the UI language ("Germany", "德国"); the code when unknown. */
export function countryName(code: string | null | undefined, language: AppLanguage): string {
  if (!code) return '';
  try {
    return displayNames(language, 'region')?.of(code) ?? code;
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

/** Select options for currencies: "EUR · Euro". */
export function currencyOptions(language: AppLanguage, first?: string): { value: string; label: string }[] {
  const names = displayNames(language, 'currency');
  const codes = first && !CURRENCIES.includes(first) ? [first, ...CURRENCIES] : CURRENCIES;
  return codes.map((code) => {
    let name = code;
    try {
      name = names?.of(code) ?? code;
    } catch {
      name = code;
    }
    return { value: code, label: name === code ? code : `${code} · ${name}` };
  });
}
