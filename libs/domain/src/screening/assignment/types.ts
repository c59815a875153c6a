/**
 * The shapes of an assignment: what goes in (projects, reviewers, k, blocking conflicts, reviews to keep)
 * and what comes out (the reviews, or why they cannot be placed).
 */

export interface AssignmentProject {
  id: string;
  sector: string | null;
  languages: readonly string[];
}

export interface AssignmentReviewer {
  id: string;
  maxLoad: number;
  sectors: readonly string[];
  languages: readonly string[];
}

/** One review: a reviewer on a project. */
export interface ReviewPair {
  projectId: string;
  reviewerId: string;
}

export interface AssignmentInput {
  projects: readonly AssignmentProject[];
  reviewers: readonly AssignmentReviewer[];
  /** Reviewers per project. */
  k: number;
  /** Blocking conflicts only (confirmed, or detected and not dismissed). */
  conflicts: readonly ReviewPair[];
  /**
   * Reviews to keep, e.g. when a round is reassigned after a change. A pair that breaks a rule (unknown,
   * conflicted, repeated, beyond k on its project or beyond its reviewer's max load) is not kept.
   */
  existing?: readonly ReviewPair[];
}

export interface Assignment extends ReviewPair {
  /** The reviewer has the project's sector among their expertise. */
  sectorMatch: boolean;
  /** The reviewer and the project share a language. */
  languageMatch: boolean;
}

export interface FeasibleAssignment {
  feasible: true;
  /** Grouped by project in input order; within a project by reviewer id. */
  assignments: Assignment[];
  /** Reviews per reviewer id, every reviewer included. */
  loads: Record<string, number>;
}

export enum InfeasibleReason {
  /** The reviewers' usable capacity is below P·k. */
  CAPACITY = 'CAPACITY',
  /** Some projects have fewer than k reviewers without a conflict. */
  TOO_FEW_ELIGIBLE = 'TOO_FEW_ELIGIBLE',
  /** Capacity and eligibility add up, but conflicts and loads cannot be arranged to fill every project. */
  STRUCTURE = 'STRUCTURE',
}

export interface InfeasibleAssignment {
  feasible: false;
  reason: InfeasibleReason;
  /** P·k. */
  needed: number;
  /** Σ over reviewers of min(max load, projects they have no conflict with). */
  capacity: number;
  /** Reviews that cannot be placed. */
  shortfall: number;
  /** The projects that cannot get k reviewers (for CAPACITY: those with fewer than k eligible, if any). */
  projects: { projectId: string; eligibleReviewers: number }[];
  message: string;
}

export type AssignmentResult = FeasibleAssignment | InfeasibleAssignment;
