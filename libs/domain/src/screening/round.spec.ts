import {
  acceptsReviews,
  canMoveConflict,
  canMoveRound,
  ConflictSource,
  ConflictStatus,
  initialConflictStatus,
  isBlockingConflict,
  isScoreInScale,
  ScreeningRoundStatus,
  validateRubric,
} from './round';

const { DRAFT, OPEN, CLOSED, DECIDED } = ScreeningRoundStatus;

describe('screening round states', () => {
  it('moves DRAFT → OPEN → CLOSED → DECIDED, reopens until decided, and never goes back after', () => {
    const allowed = Object.values(ScreeningRoundStatus).flatMap((from) =>
      Object.values(ScreeningRoundStatus)
        .filter((to) => canMoveRound(from, to))
        .map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      `${DRAFT}→${OPEN}`,
      `${OPEN}→${CLOSED}`,
      `${CLOSED}→${OPEN}`,
      `${CLOSED}→${DECIDED}`,
    ]);
  });

  it('takes reviews only while open', () => {
    expect([DRAFT, OPEN, CLOSED, DECIDED].map(acceptsReviews)).toEqual([false, true, false, false]);
  });
});

describe('conflicts of interest', () => {
  it('blocks while confirmed or undismissed', () => {
    expect(isBlockingConflict(ConflictStatus.ACTIVE)).toBe(true);
    expect(isBlockingConflict(ConflictStatus.CONFIRMED)).toBe(true);
    expect(isBlockingConflict(ConflictStatus.DISMISSED)).toBe(false);
  });

  it('starts detected conflicts active, others confirmed; only detected ones are confirmed or dismissed, once', () => {
    expect(initialConflictStatus(ConflictSource.DETECTED)).toBe(ConflictStatus.ACTIVE);
    expect(initialConflictStatus(ConflictSource.DECLARED)).toBe(ConflictStatus.CONFIRMED);
    expect(initialConflictStatus(ConflictSource.ORGANIZER)).toBe(ConflictStatus.CONFIRMED);
    const { ACTIVE, CONFIRMED, DISMISSED } = ConflictStatus;
    expect(canMoveConflict(ConflictSource.DETECTED, ACTIVE, DISMISSED)).toBe(true);
    expect(canMoveConflict(ConflictSource.DETECTED, ACTIVE, CONFIRMED)).toBe(true);
    expect(canMoveConflict(ConflictSource.DETECTED, DISMISSED, ACTIVE)).toBe(false);
    expect(canMoveConflict(ConflictSource.DETECTED, DISMISSED, CONFIRMED)).toBe(false);
    expect(canMoveConflict(ConflictSource.DECLARED, CONFIRMED, DISMISSED)).toBe(false);
  });
});

describe('validateRubric', () => {
  it('accepts a sound rubric and names each problem of a broken one', () => {
    expect(validateRubric({ criteria: [{ code: 'NOVELTY', weight: 1 }], scaleMin: 1, scaleMax: 10 })).toEqual(
      [],
    );
    expect(
      validateRubric({
        criteria: [
          { code: 'A', weight: 0 },
          { code: 'A', weight: 1 },
          { code: ' ', weight: Number.NaN },
        ],
        scaleMin: 5,
        scaleMax: 5,
      }).map((i) => i.field),
    ).toEqual(['criteria.0.weight', 'criteria.1.code', 'criteria.2.code', 'criteria.2.weight', 'scale']);
    expect(validateRubric({ criteria: [], scaleMin: 0, scaleMax: 1 }).map((i) => i.field)).toEqual([
      'criteria',
    ]);
  });

  it('checks scores against the scale', () => {
    const scale = { scaleMin: 1, scaleMax: 10 };
    expect([0.5, 1, 7.5, 10, 11, Number.NaN].map((s) => isScoreInScale(scale, s))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
