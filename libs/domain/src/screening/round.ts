/**
 * Screening rounds: their states, the advance rules, the verdicts and recommendations a review carries,
 * conflicts of interest and the rubric a round scores against. Pure; shared by the API and the web.
 */
import type { FieldIssue } from '../intake';

export enum ScreeningRoundStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  DECIDED = 'DECIDED',
}

/**
 * The moves a round may make. A closed round may be reopened (to extend the deadline) until it is decided;
 * a decided round is final.
 */
export const ROUND_TRANSITIONS: Readonly<Record<ScreeningRoundStatus, readonly ScreeningRoundStatus[]>> = {
  [ScreeningRoundStatus.DRAFT]: [ScreeningRoundStatus.OPEN],
  [ScreeningRoundStatus.OPEN]: [ScreeningRoundStatus.CLOSED],
  [ScreeningRoundStatus.CLOSED]: [ScreeningRoundStatus.OPEN, ScreeningRoundStatus.DECIDED],
  [ScreeningRoundStatus.DECIDED]: [],
};

export function canMoveRound(from: ScreeningRoundStatus, to: ScreeningRoundStatus): boolean {
  return ROUND_TRANSITIONS[from].includes(to);
}

/** Whether reviews of a round in this status may still be written or edited (until the round closes). */
export function acceptsReviews(status: ScreeningRoundStatus): boolean {
  return status === ScreeningRoundStatus.OPEN;
}

export enum AdvanceRuleKind {
  TOP_N = 'TOP_N',
  MIN_SCORE = 'MIN_SCORE',
  MANUAL = 'MANUAL',
}

/** How a round proposes which projects advance: the best n, all at or above a score, or the organiser alone. */
export type AdvanceRule =
  | { kind: AdvanceRuleKind.TOP_N; n: number }
  | { kind: AdvanceRuleKind.MIN_SCORE; minScore: number }
  | { kind: AdvanceRuleKind.MANUAL };

/** A reviewer's verdict on one of the six cans. */
export enum Verdict {
  PASS = 'PASS',
  FAIL = 'FAIL',
  UNSURE = 'UNSURE',
}
export const VERDICTS: readonly Verdict[] = Object.values(Verdict);

/** A reviewer's overall recommendation, strongest for first. */
export enum Recommendation {
  STRONG_ADVANCE = 'STRONG_ADVANCE',
  ADVANCE = 'ADVANCE',
  NEUTRAL = 'NEUTRAL',
  REJECT = 'REJECT',
  STRONG_REJECT = 'STRONG_REJECT',
}
export const RECOMMENDATIONS: readonly Recommendation[] = Object.values(Recommendation);

export enum ReviewStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

/** Who recorded a conflict of interest. */
export enum ConflictSource {
  DECLARED = 'DECLARED',
  ORGANIZER = 'ORGANIZER',
  DETECTED = 'DETECTED',
}

/** What ties the reviewer to the project. */
export enum ConflictKind {
  SAME_AFFILIATION = 'SAME_AFFILIATION',
  SAME_EMAIL_DOMAIN = 'SAME_EMAIL_DOMAIN',
  COLLABORATION = 'COLLABORATION',
  FINANCIAL = 'FINANCIAL',
  PERSONAL = 'PERSONAL',
  OTHER = 'OTHER',
}

/**
 * A conflict's standing. Declared and organiser conflicts start `CONFIRMED`; detected ones start `ACTIVE`
 * (not dismissed yet). An organiser may confirm or dismiss a detected conflict; a dismissed one stays
 * dismissed and no longer blocks.
 */
export enum ConflictStatus {
  ACTIVE = 'ACTIVE',
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
}

/** Whether a conflict in this status keeps the reviewer off the project. */
export function isBlockingConflict(status: ConflictStatus): boolean {
  return status === ConflictStatus.ACTIVE || status === ConflictStatus.CONFIRMED;
}

/** The status a new conflict starts in. */
export function initialConflictStatus(source: ConflictSource): ConflictStatus {
  return source === ConflictSource.DETECTED ? ConflictStatus.ACTIVE : ConflictStatus.CONFIRMED;
}

/** Moves an organiser may make on a conflict: only detected conflicts can be confirmed or dismissed, once. */
export function canMoveConflict(source: ConflictSource, from: ConflictStatus, to: ConflictStatus): boolean {
  return (
    source === ConflictSource.DETECTED &&
    from === ConflictStatus.ACTIVE &&
    (to === ConflictStatus.CONFIRMED || to === ConflictStatus.DISMISSED)
  );
}

/** The organiser's decision on a project at the end of a round. */
export enum Decision {
  ADVANCE = 'ADVANCE',
  REJECT = 'REJECT',
}

export interface RubricCriterion {
  code: string;
  weight: number;
}

/** The innovation rubric: weighted criteria scored on one scale, e.g. 1–10. */
export interface Rubric {
  criteria: RubricCriterion[];
  scaleMin: number;
  scaleMax: number;
}

/** Problems with a rubric: at least one criterion, unique codes, positive weights, a scale with some width. */
export function validateRubric(rubric: Rubric): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!rubric.criteria.length) issues.push({ field: 'criteria', message: 'add at least one criterion' });
  const seen = new Set<string>();
  rubric.criteria.forEach((c, i) => {
    if (!c.code.trim()) issues.push({ field: `criteria.${i}.code`, message: 'give the criterion a code' });
    if (seen.has(c.code)) issues.push({ field: `criteria.${i}.code`, message: `"${c.code}" appears twice` });
    seen.add(c.code);
    if (!(Number.isFinite(c.weight) && c.weight > 0))
      issues.push({ field: `criteria.${i}.weight`, message: 'the weight must be a positive number' });
  });
  if (!(
    Number.isFinite(rubric.scaleMin) &&
    Number.isFinite(rubric.scaleMax) &&
    rubric.scaleMin < rubric.scaleMax
  ))
    issues.push({ field: 'scale', message: 'the lowest score must be below the highest' });
  return issues;
}

/** Whether a score is a number on the rubric's scale. */
export function isScoreInScale(rubric: Pick<Rubric, 'scaleMin' | 'scaleMax'>, score: number): boolean {
  return Number.isFinite(score) && score >= rubric.scaleMin && score <= rubric.scaleMax;
}
