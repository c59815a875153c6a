import { Injectable } from '@nestjs/common';
import { acceptsReviews, Actor, isScoreInScale, ReviewStatus } from '@sixcan/domain';
import {
  AuditLog,
  DomainError,
  ErrorCode,
  FieldProblem,
  ScreeningIntake,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { ScreeningAccess } from '../access';
import { ReviewAssignment } from '../assignment/review-assignment.entity';
import { ScreeningRound } from '../round/screening-round.entity';
import { Review } from './review.entity';
import { ReviewInput } from './review.models';

/**
 * A reviewer's own review: saved as a draft, submitted when complete, editable (and re-submittable) until the
 * round closes. Only after declaring no conflict on the assignment; never on someone else's (not found).
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: ScreeningAccess,
    private readonly intake: ScreeningIntake,
  ) {}

  save(actor: Actor, assignmentId: string, input: ReviewInput): Promise<Review> {
    return this.tx.run(async (em) => {
      const { assignment, round, scale } = await this.writable(em, actor, assignmentId);
      const review =
        (await em.findOneBy(Review, { assignmentId: assignment.id })) ??
        em.create(Review, {
          organizationId: assignment.organizationId,
          assignmentId: assignment.id,
          roundId: assignment.roundId,
          projectId: assignment.projectId,
          reviewerProfileId: assignment.reviewerProfileId,
          status: ReviewStatus.DRAFT,
          scores: [],
          verdicts: [],
          recommendation: null,
          comment: null,
          submittedAt: null,
        });
      const problems: FieldProblem[] = [];
      if (input.scores) {
        const seen = new Set<string>();
        input.scores.forEach((s, i) => {
          if (!round.criteria.includes(s.criterion))
            problems.push({
              field: `input.scores.${i}.criterion`,
              message: `"${s.criterion}" is not scored in this round (it scores ${round.criteria.join(', ') || 'no criterion'})`,
            });
          if (seen.has(s.criterion))
            problems.push({ field: `input.scores.${i}.criterion`, message: 'each criterion is scored once' });
          seen.add(s.criterion);
          if (!Number.isInteger(s.score) || !isScoreInScale({ scaleMin: 1, scaleMax: scale }, s.score))
            problems.push({ field: `input.scores.${i}.score`, message: `a whole number from 1 to ${scale}` });
        });
        review.scores = input.scores.map((s) => ({ criterion: s.criterion, score: s.score }));
      }
      if (input.verdicts) {
        const seen = new Set<string>();
        input.verdicts.forEach((v, i) => {
          if (!round.cans.includes(v.can))
            problems.push({
              field: `input.verdicts.${i}.can`,
              message: `${v.can} is not checked in this round (it checks ${round.cans.join(', ') || 'no can'})`,
            });
          if (seen.has(v.can))
            problems.push({ field: `input.verdicts.${i}.can`, message: 'each can is judged once' });
          seen.add(v.can);
        });
        review.verdicts = input.verdicts.map((v) => ({
          can: v.can,
          verdict: v.verdict,
          note: v.note?.trim() || null,
        }));
      }
      if (problems.length) throw DomainError.validation(problems.map((p) => p.message).join('; '), problems);
      if (input.recommendation !== undefined) review.recommendation = input.recommendation ?? null;
      if (input.comment !== undefined) review.comment = input.comment?.trim() || null;
      // A submitted review stays submitted while it is edited, so it must stay complete.
      if (review.status === ReviewStatus.SUBMITTED) completeness(review, round);
      const saved = await em.save(review);
      await this.audit.byActor(
        em,
        actor,
        'review.saved',
        { type: 'Review', id: saved.id },
        { assignmentId: assignment.id, status: saved.status },
      );
      return saved;
    });
  }

  submit(actor: Actor, assignmentId: string): Promise<Review> {
    return this.tx.run(async (em) => {
      const { assignment, round } = await this.writable(em, actor, assignmentId);
      const review = await em.findOneBy(Review, { assignmentId: assignment.id });
      if (!review)
        throw DomainError.validation('Score the project and judge the cans first (saveReview), then submit');
      completeness(review, round);
      const resubmitted = review.status === ReviewStatus.SUBMITTED;
      review.status = ReviewStatus.SUBMITTED;
      review.submittedAt = new Date();
      const saved = await em.save(review);
      await this.audit.byActor(
        em,
        actor,
        resubmitted ? 'review.resubmitted' : 'review.submitted',
        { type: 'Review', id: saved.id },
        { assignmentId: assignment.id },
      );
      return saved;
    });
  }

  private async writable(
    em: EntityManager,
    actor: Actor,
    assignmentId: string,
  ): Promise<{ assignment: ReviewAssignment; round: ScreeningRound; scale: number }> {
    const { assignment, round } = await this.access.ownAssignmentForChange(em, actor, assignmentId);
    if (!acceptsReviews(round.status))
      throw new DomainError(ErrorCode.CONFLICT, 'This round is closed: reviews can no longer change', {
        reason: 'ROUND_CLOSED',
      });
    if (assignment.conflictId)
      throw new DomainError(ErrorCode.CONFLICT, 'You declared a conflict with this project', {
        reason: 'CONFLICT_DECLARED',
      });
    if (!assignment.noConflictAt)
      throw new DomainError(
        ErrorCode.CONFLICT,
        'Declare that you have no conflict of interest with this project before scoring it',
        { reason: 'NO_CONFLICT_NOT_DECLARED' },
      );
    const programme = await this.intake.programme(em, round.organizationId, round.programmeId);
    return { assignment, round, scale: programme?.rubricScale ?? 10 };
  }
}

function completeness(review: Review, round: ScreeningRound): void {
  const problems: FieldProblem[] = [];
  for (const c of round.criteria)
    if (!review.scores.some((s) => s.criterion === c))
      problems.push({ field: `scores.${c}`, message: 'score every criterion of the round' });
  for (const can of round.cans)
    if (!review.verdicts.some((v) => v.can === can))
      problems.push({ field: `verdicts.${can}`, message: 'judge every can of the round' });
  if (problems.length)
    throw DomainError.validation(`Not complete yet: ${problems.map((p) => p.field).join(', ')}`, problems);
}
