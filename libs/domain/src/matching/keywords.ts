/**
 * Keyword matching for a park's industrial-chain focus against a project's sector and keywords.
 */
const norm = (s: string): string => s.normalize('NFKC').trim().toLowerCase();
const tokens = (s: string): string[] =>
  norm(s)
    .split(/[\s_\-/,;.&]+/)
    .filter(Boolean);
const ASCII = /^[\x20-\x7e]*$/;

/**
 * Whether a chain-focus keyword matches a project term. Latin text matches word by word: every word of the
 * side with fewer words must match a word of the other, equal or one a prefix of the other of at least 4
 * letters ("biomed" ~ "biomedicine", "manufacturing" ~ "intelligent manufacturing"); other scripts
 * (Chinese) match as substrings of at least 2 characters ("生物医药" ~ "医药").
 */
export function keywordMatches(keyword: string, term: string): boolean {
  const k = norm(keyword);
  const t = norm(term);
  if (!k || !t) return false;
  if (k === t) return true;
  if (ASCII.test(k) && ASCII.test(t)) {
    const ks = tokens(k);
    const ts = tokens(t);
    const prefix = (a: string, b: string) => a === b || (a.length >= 4 && b.startsWith(a));
    const [fewer, more] = ks.length <= ts.length ? [ks, ts] : [ts, ks];
    return fewer.length > 0 && fewer.every((a) => more.some((b) => prefix(a, b) || prefix(b, a)));
  }
  const [short, long] = k.length <= t.length ? [k, t] : [t, k];
  return short.length >= 2 && long.includes(short);
}
