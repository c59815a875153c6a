import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

// Function words that carry no meaning on their own and are often left out of the text searched.
const STOP_WORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '在',
  '是',
  '对',
  'the',
  'of',
  'and',
  'a',
  'an',
  'for',
]);

const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

/** What a project is found by: titles, summaries and organisation, normalised (full-width → ASCII, lower case). */
export function searchDocumentOf(parts: (string | null | undefined)[]): string {
  return normalize(parts.filter(Boolean).join('\n'));
}

/**
 * The words of a search: Chinese is segmented with jieba ("固态锂电池" → 固态, 锂电池), other scripts split on
 * spaces and punctuation. Every word must occur in the document, in any order.
 */
export function searchTerms(query: string): string[] {
  const words = segmenter()
    .cut(normalize(query), true)
    .map((w) => w.trim())
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && !STOP_WORDS.has(w));
  return [...new Set(words)].slice(0, 12);
}

/** A LIKE pattern matching the term anywhere (LIKE wildcards in the term are literal). */
export const containsPattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
