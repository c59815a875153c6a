/**
 * Score normalisation within a round (PRODUCT.md invariant 3). A harsh or lenient reviewer, or one who uses
 * only part of the scale, should not decide a project's fate by style alone: each reviewer's weighted scores
 * are z-scored over their own reviews and mapped back onto the rubric scale with the round's mean and
 * spread. Reviewers with fewer than three reviews have too little to calibrate on and count as scored.
 * Nothing is rounded here; round only for display.
 */
import type { Rubric } from './round';

/** Reviewers with fewer reviews than this in a round keep their raw weighted scores. */
export const MIN_REVIEWS_TO_NORMALISE = 3;

export interface ScoredReview {
  reviewerId: string;
  projectId: string;
  /** Score per criterion code, on the rubric scale. */
  scores: Readonly<Record<string, number>>;
}

export interface NormalisationInput {
  rubric: Rubric;
  /** Submitted reviews only. */
  reviews: readonly ScoredReview[];
}

export interface ReviewScore {
  reviewerId: string;
  projectId: string;
  /** Σ weight · score ÷ Σ weight over the rubric criteria the review scores. */
  weighted: number;
  /** The reviewer's z-score for this review, or null when the reviewer has too few reviews. */
  z: number | null;
  /** On the rubric scale: the round mean + z · round spread (clamped to the scale), or `weighted`. */
  normalised: number;
}

export interface ReviewerCalibration {
  reviewerId: string;
  reviewCount: number;
  /** Mean and population standard deviation of the reviewer's weighted scores. */
  mean: number;
  sd: number;
  /** Whether their scores were z-scored (enough reviews). */
  normalised: boolean;
}

export interface ProjectScore {
  projectId: string;
  reviewCount: number;
  /** Mean of the reviews' weighted scores. */
  rawMean: number;
  /** Mean of the reviews' normalised scores. */
  normalised: number;
  /** Population standard deviation of the reviews' weighted scores. */
  disagreement: number;
  /** The lowest weighted score any reviewer gave (the first tie-break when ranking). */
  minReviewerScore: number;
  /** Mean raw score per criterion code, over the reviews that score it. */
  perCriterion: Record<string, number>;
}

export interface RoundScores {
  /** Mean and population standard deviation of all weighted scores in the round. */
  roundMean: number;
  roundSd: number;
  /** In input order; reviews that score no rubric criterion are left out. */
  reviews: ReviewScore[];
  /** In order of first appearance. */
  reviewers: ReviewerCalibration[];
  /** In order of first appearance. */
  projects: ProjectScore[];
}

const mean = (values: readonly number[]) => {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length ? sum / values.length : 0;
};

/** Population standard deviation. */
const spread = (values: readonly number[], centre = mean(values)) => {
  let sum = 0;
  for (const v of values) sum += (v - centre) ** 2;
  return values.length ? Math.sqrt(sum / values.length) : 0;
};

/**
 * Σ weight · score ÷ Σ weight over the rubric criteria the review gives a finite score for; null when it
 * scores none of them. Codes outside the rubric are ignored.
 */
export function weightedScore(rubric: Rubric, scores: Readonly<Record<string, number>>): number | null {
  let total = 0;
  let weights = 0;
  for (const c of rubric.criteria) {
    const score = scores[c.code];
    if (score === undefined || !Number.isFinite(score) || !(c.weight > 0)) continue;
    total += c.weight * score;
    weights += c.weight;
  }
  return weights > 0 ? total / weights : null;
}

/** Raw and normalised scores of a round's submitted reviews, per review, per reviewer and per project. */
export function normaliseRound(input: NormalisationInput): RoundScores {
  const { rubric } = input;
  const reviews: ReviewScore[] = [];
  const byReviewer = new Map<string, ReviewScore[]>();
  const byProject = new Map<string, { reviews: ReviewScore[]; criteria: Map<string, number[]> }>();
  for (const review of input.reviews) {
    const weighted = weightedScore(rubric, review.scores);
    if (weighted === null) continue;
    const row: ReviewScore = {
      reviewerId: review.reviewerId,
      projectId: review.projectId,
      weighted,
      z: null,
      normalised: weighted,
    };
    reviews.push(row);
    let own = byReviewer.get(review.reviewerId);
    if (!own) byReviewer.set(review.reviewerId, (own = []));
    own.push(row);
    let project = byProject.get(review.projectId);
    if (!project) byProject.set(review.projectId, (project = { reviews: [], criteria: new Map() }));
    project.reviews.push(row);
    for (const c of rubric.criteria) {
      const score = review.scores[c.code];
      if (score === undefined || !Number.isFinite(score)) continue;
      let list = project.criteria.get(c.code);
      if (!list) project.criteria.set(c.code, (list = []));
      list.push(score);
    }
  }

  const all = reviews.map((r) => r.weighted);
  const roundMean = mean(all);
  const roundSd = spread(all, roundMean);
  // Below this a spread is rounding noise from averaging equal scores, not a spread.
  const tiny = 1e-9 * Math.max(1, Math.abs(rubric.scaleMax - rubric.scaleMin));
  const clamp = (v: number) => Math.min(rubric.scaleMax, Math.max(rubric.scaleMin, v));

  const reviewers: ReviewerCalibration[] = [];
  for (const [reviewerId, own] of byReviewer) {
    const scores = own.map((r) => r.weighted);
    const m = mean(scores);
    const sd = spread(scores, m);
    const normalised = own.length >= MIN_REVIEWS_TO_NORMALISE;
    if (normalised)
      for (const r of own) {
        r.z = sd > tiny ? (r.weighted - m) / sd : 0;
        r.normalised = clamp(roundMean + r.z * roundSd);
      }
    reviewers.push({ reviewerId, reviewCount: own.length, mean: m, sd, normalised });
  }

  const projects: ProjectScore[] = [];
  for (const [projectId, { reviews: own, criteria }] of byProject) {
    const raw = own.map((r) => r.weighted);
    const rawMean = mean(raw);
    const perCriterion: Record<string, number> = {};
    for (const [code, scores] of criteria) perCriterion[code] = mean(scores);
    projects.push({
      projectId,
      reviewCount: own.length,
      rawMean,
      normalised: mean(own.map((r) => r.normalised)),
      disagreement: spread(raw, rawMean),
      minReviewerScore: Math.min(...raw),
      perCriterion,
    });
  }
  return { roundMean, roundSd, reviews, reviewers, projects };
}
