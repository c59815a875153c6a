/** Small text helpers for the reference generator. */

const COMPILED = new Map<string, readonly string[]>();

/**
 * Replace `{name}` placeholders; unknown names are left as they are. Templates are split once and cached
 * (odd entries are names), as this runs tens of thousands of times per intake.
 */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  let parts = COMPILED.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    COMPILED.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in vars ? String(vars[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/** Upper-case the first letter unless the word is already mixed-case ("mRNA", "iPSC"). */
export function capitalise(text: string): string {
  if (/^[a-z][A-Z]/.test(text)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a" or "an" before an English phrase. */
export function article(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? 'an' : 'a';
}

const FOLD: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', æ: 'ae', ł: 'l', đ: 'd', œ: 'oe', ı: 'i' };

/** Lower-case ASCII letters and digits only, for e-mail local parts and domains. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßøæłđœı]/g, (ch) => FOLD[ch] ?? '')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/** Initials of the significant words: "University of Oxford" → "uo". */
export function initials(name: string): string {
  return name
    .split(/[\s\-–,&()’']+/)
    .filter((w) => w && !/^(of|the|and|for|in|de|di|du)$/i.test(w))
    .map((w) => slug(w).charAt(0))
    .join('');
}

/** "a, b and c". */
export function joinEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
