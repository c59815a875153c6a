/**
 * A commentator's structured critique of a pitch: a rating and a note per six-can dimension and for
 * technical innovation, plus free text. Pure checks; the server stamps the time and the author.
 */
import { SIX_CANS, SixCan } from '../intake';

/** The six cans plus innovation; the six-can values are those of `SixCan`. */
export const CommentaryDimension = { ...SixCan, INNOVATION: 'INNOVATION' } as const;
export type CommentaryDimension = (typeof CommentaryDimension)[keyof typeof CommentaryDimension];
export const COMMENTARY_DIMENSIONS: readonly CommentaryDimension[] = [
  ...SIX_CANS,
  CommentaryDimension.INNOVATION,
];

export const COMMENTARY_LIMITS = {
  minRating: 1,
  maxRating: 5,
  /** Characters (Unicode code points) per dimension note. */
  note: 2000,
  /** Characters (Unicode code points) of free text. */
  text: 10000,
} as const;

/** One dimension's part of a critique; either part may be left out. */
export interface CommentaryEntry {
  dimension: string;
  rating?: number | null;
  note?: string | null;
}

export interface CommentaryInput {
  entries: readonly CommentaryEntry[];
  text?: string | null;
}

export enum CommentaryProblemCode {
  UNKNOWN_DIMENSION = 'UNKNOWN_DIMENSION',
  DUPLICATE_DIMENSION = 'DUPLICATE_DIMENSION',
  RATING_NOT_INTEGER = 'RATING_NOT_INTEGER',
  RATING_OUT_OF_RANGE = 'RATING_OUT_OF_RANGE',
  NOTE_TOO_LONG = 'NOTE_TOO_LONG',
  TEXT_TOO_LONG = 'TEXT_TOO_LONG',
  /** No rating, no note and no free text at all. */
  EMPTY = 'EMPTY',
}

export interface CommentaryProblem {
  code: CommentaryProblemCode;
  /** `entries[i].dimension`, `entries[i].rating`, `entries[i].note`, `text`, or `entries` for EMPTY. */
  field: string;
  dimension?: string;
  message: string;
}

export function isCommentaryDimension(value: string): value is CommentaryDimension {
  return (COMMENTARY_DIMENSIONS as readonly string[]).includes(value);
}

/** Length in Unicode code points (what PostgreSQL counts), so that an emoji counts once. */
const characters = (text: string): number => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

const blank = (text: string | null | undefined): boolean => !text || !text.trim();

/**
 * Every problem with a critique, in input order (empty when it may be saved). Ratings are whole numbers
 * 1–5; each dimension appears at most once; notes up to 2,000 characters, free text up to 10,000; a
 * critique with nothing in it is `EMPTY`. Dimensions may be left out (a critique can be partial).
 */
export function validateCommentary(input: CommentaryInput): CommentaryProblem[] {
  const problems: CommentaryProblem[] = [];
  const seen = new Set<string>();
  let hasContent = !blank(input.text);
  input.entries.forEach((entry, i) => {
    const at = `entries[${i}]`;
    const add = (code: CommentaryProblemCode, field: string, message: string) =>
      problems.push({ code, field: `${at}.${field}`, dimension: entry.dimension, message });
    if (!isCommentaryDimension(entry.dimension))
      add(CommentaryProblemCode.UNKNOWN_DIMENSION, 'dimension', `unknown dimension "${entry.dimension}"`);
    else if (seen.has(entry.dimension))
      add(CommentaryProblemCode.DUPLICATE_DIMENSION, 'dimension', `${entry.dimension} appears twice`);
    seen.add(entry.dimension);
    const { rating, note } = entry;
    if (rating != null) {
      hasContent = true;
      const { minRating: min, maxRating: max } = COMMENTARY_LIMITS;
      if (!Number.isInteger(rating))
        add(CommentaryProblemCode.RATING_NOT_INTEGER, 'rating', `a whole number from ${min} to ${max}`);
      else if (rating < min || rating > max)
        add(CommentaryProblemCode.RATING_OUT_OF_RANGE, 'rating', `from ${min} to ${max}`);
    }
    if (!blank(note)) hasContent = true;
    if (note && characters(note) > COMMENTARY_LIMITS.note)
      add(CommentaryProblemCode.NOTE_TOO_LONG, 'note', `at most ${COMMENTARY_LIMITS.note} characters`);
  });
  if (input.text && characters(input.text) > COMMENTARY_LIMITS.text)
    problems.push({
      code: CommentaryProblemCode.TEXT_TOO_LONG,
      field: 'text',
      message: `at most ${COMMENTARY_LIMITS.text} characters`,
    });
  if (!hasContent)
    problems.push({
      code: CommentaryProblemCode.EMPTY,
      field: 'entries',
      message: 'rate or note at least one dimension, or write a comment',
    });
  return problems;
}
