import { SectorDef } from '@sixcan/domain';
import { DomainError, ErrorCode, FieldProblem } from '@sixcan/server-core';
import { HandbookLanguages, HandbookOptions } from './handbook.types';

export const TITLE_MAX = 200;

export interface HandbookOptionsRequest {
  languages?: HandbookLanguages | null;
  includeContacts?: boolean | null;
  sectorCodes?: string[] | null;
  title?: { zh?: string | null; en?: string | null } | null;
}

const clean = (s: string | null | undefined) => s?.trim() || null;

/**
 * The options with their defaults (both languages, no contacts, every sector, the programme's title), checked
 * against the programme: VALIDATION naming each unknown sector code or over-long title.
 */
export function handbookOptions(
  input: HandbookOptionsRequest | null | undefined,
  sectors: readonly SectorDef[],
): HandbookOptions {
  const problems: FieldProblem[] = [];
  const known = new Set(sectors.map((s) => s.code));
  const codes = [...new Set((input?.sectorCodes ?? []).map((c) => c.trim()).filter(Boolean))];
  codes.forEach((code, i) => {
    if (!known.has(code))
      problems.push({
        field: `options.sectorCodes[${i}]`,
        message: `"${code}" is not a sector of this programme`,
      });
  });
  const title = { zh: clean(input?.title?.zh), en: clean(input?.title?.en) };
  for (const lang of ['zh', 'en'] as const)
    if ((title[lang]?.length ?? 0) > TITLE_MAX)
      problems.push({ field: `options.title.${lang}`, message: `at most ${TITLE_MAX} characters` });
  if (problems.length)
    throw new DomainError(
      ErrorCode.VALIDATION,
      `Check the handbook options: ${problems.map((p) => p.message).join('; ')}`,
      {
        fields: problems,
        reason: problems.some((p) => p.field.startsWith('options.sectorCodes'))
          ? 'UNKNOWN_SECTOR'
          : 'TITLE_TOO_LONG',
      },
    );
  return {
    languages: input?.languages ?? HandbookLanguages.ZH_EN,
    includeContacts: input?.includeContacts ?? false,
    sectorCodes: codes.length ? codes.sort() : null,
    title: title.zh || title.en ? title : null,
  };
}
