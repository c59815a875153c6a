import { SixCan } from '../intake';
import {
  COMMENTARY_DIMENSIONS,
  CommentaryDimension,
  CommentaryProblemCode,
  isCommentaryDimension,
  validateCommentary,
} from './commentary';

const codes = (input: Parameters<typeof validateCommentary>[0]) =>
  validateCommentary(input).map((p) => [p.code, p.field]);

describe('commentary dimensions', () => {
  it('are the six cans, with their screening codes, plus innovation', () => {
    expect(COMMENTARY_DIMENSIONS).toEqual([
      'ATTEND',
      'CONVERT',
      'TRANSFER',
      'TRADE',
      'CROSS_BORDER',
      'LAND',
      'INNOVATION',
    ]);
    expect(CommentaryDimension.LAND).toBe(SixCan.LAND);
    expect(isCommentaryDimension('INNOVATION')).toBe(true);
    expect(isCommentaryDimension('innovation')).toBe(false);
  });
});

describe('validateCommentary', () => {
  it('accepts a full critique, and a partial one', () => {
    const entries = COMMENTARY_DIMENSIONS.map((dimension, i) => ({
      dimension,
      rating: (i % 5) + 1,
      note: '好',
    }));
    expect(
      validateCommentary({ entries, text: 'Strong team; IP needs a freedom-to-operate check.' }),
    ).toEqual([]);
    expect(validateCommentary({ entries: [{ dimension: 'LAND', rating: 4 }] })).toEqual([]);
    expect(validateCommentary({ entries: [], text: '仅有评论' })).toEqual([]);
  });

  it('wants whole ratings from 1 to 5', () => {
    expect(
      codes({
        entries: [
          { dimension: 'ATTEND', rating: 0 },
          { dimension: 'CONVERT', rating: 6 },
          { dimension: 'TRADE', rating: 3.5 },
          { dimension: 'LAND', rating: Number.NaN },
          { dimension: 'INNOVATION', rating: 5 },
        ],
      }),
    ).toEqual([
      [CommentaryProblemCode.RATING_OUT_OF_RANGE, 'entries[0].rating'],
      [CommentaryProblemCode.RATING_OUT_OF_RANGE, 'entries[1].rating'],
      [CommentaryProblemCode.RATING_NOT_INTEGER, 'entries[2].rating'],
      [CommentaryProblemCode.RATING_NOT_INTEGER, 'entries[3].rating'],
    ]);
  });

  it('refuses unknown and repeated dimensions', () => {
    const problems = validateCommentary({
      entries: [
        { dimension: 'TEAM', rating: 3 },
        { dimension: 'TRADE', rating: 3 },
        { dimension: 'TRADE', note: 'again' },
      ],
    });
    expect(problems.map((p) => [p.code, p.field, p.dimension])).toEqual([
      [CommentaryProblemCode.UNKNOWN_DIMENSION, 'entries[0].dimension', 'TEAM'],
      [CommentaryProblemCode.DUPLICATE_DIMENSION, 'entries[2].dimension', 'TRADE'],
    ]);
  });

  it('limits notes to 2,000 and free text to 10,000 characters, counting an emoji once', () => {
    expect(
      codes({ entries: [{ dimension: 'LAND', note: '落'.repeat(2000) }], text: '🙂'.repeat(10000) }),
    ).toEqual([]);
    expect(
      codes({ entries: [{ dimension: 'LAND', note: 'x'.repeat(2001) }], text: 'y'.repeat(10001) }),
    ).toEqual([
      [CommentaryProblemCode.NOTE_TOO_LONG, 'entries[0].note'],
      [CommentaryProblemCode.TEXT_TOO_LONG, 'text'],
    ]);
  });

  it('refuses a critique with nothing in it', () => {
    expect(codes({ entries: [{ dimension: 'LAND', note: '  ' }], text: '' })).toEqual([
      [CommentaryProblemCode.EMPTY, 'entries'],
    ]);
  });
});
