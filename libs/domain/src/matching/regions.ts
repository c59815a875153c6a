/**
 * The region codes a partner may name instead of countries. Kept small on purpose: add a region here when
 * partners ask for it. Members are ISO 3166-1 alpha-2 codes.
 */

/** Any country at all. */
export const WORLDWIDE = 'WORLD';

export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  /** European Union (27). */
  EU: 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
  /** European Free Trade Association. */
  EFTA: 'CH IS LI NO'.split(' '),
  /** Association of Southeast Asian Nations (Timor-Leste since October 2025). */
  ASEAN: 'BN ID KH LA MM MY PH SG TH TL VN'.split(' '),
  /** Gulf Cooperation Council. */
  GCC: 'AE BH KW OM QA SA'.split(' '),
  NORDICS: 'DK FI IS NO SE'.split(' '),
  G7: 'CA DE FR GB IT JP US'.split(' '),
  /** North America. */
  NA: 'CA MX US'.split(' '),
  /** Australia and New Zealand. */
  ANZ: 'AU NZ'.split(' '),
  /** Greater China (mainland, Hong Kong, Macao, Taiwan as ISO 3166-1 lists them). */
  GREATER_CHINA: 'CN HK MO TW'.split(' '),
};

export function isRegionCode(code: string): boolean {
  return code === WORLDWIDE || Object.hasOwn(REGIONS, code);
}

/**
 * Which of the partner's regions (country codes, region codes or `WORLD`) cover a country, in the order
 * given; codes compare case-insensitively.
 */
export function regionsCovering(regions: readonly string[], country: string): string[] {
  const target = country.toUpperCase();
  return regions.filter((raw) => {
    const code = raw.trim().toUpperCase();
    return (
      code === WORLDWIDE ||
      code === target ||
      (Object.hasOwn(REGIONS, code) && !!REGIONS[code]?.includes(target))
    );
  });
}
