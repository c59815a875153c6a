import { Injectable } from '@nestjs/common';
import {
  Actor,
  canReassign,
  isBlockingConflict,
  ReassignRefusal,
  ReviewStatus,
  ScreeningRoundStatus,
} from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  ErrorCode,
  paginate,
  Transactions,
} from '@sixcan/server-core';
import { isId, ScreeningAccess } from '../access';
import { ConflictOfInterest } from '../conflict/conflict.entity';
import { Review } from '../review/review.entity';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { ReviewAssignment } from './review-assignment.entity';

const REFUSALS: Record<ReassignRefusal, string> = {
  SAME_REVIEWER: 'This reviewer already has the assignment',
  NOT_ASSIGNED: 'The assignment is not on this project any more: reload',
  UNKNOWN_REVIEWER: 'Reviewer profile not found',
  CONFLICT: 'This reviewer has a conflict of interest with the project',
  ALREADY_ASSIGNED: 'This reviewer already reviews the project in this round',
  AT_MAX_LOAD: 'This reviewer has reached their max load in this round',
};

/** The organizer's side of assignments: listing a round's and moving one to another reviewer. */
@Injectable()
export class ReassignService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: ScreeningAccess,
  ) {}

  list(
    actor: Actor,
    args: {
      roundId: string;
      projectId?: string | null;
      reviewerProfileId?: string | null;
      vacantOnly?: boolean | null;
      first: number;
      after?: string | null;
    },
  ): Promise<ConnectionShape<ReviewAssignment>> {
    return this.tx.read(async (em) => {
      const round = await this.access.round(em, actor, args.roundId);
      const qb = em
        .createQueryBuilder(ReviewAssignment, 'a')
        .where('a.organizationId = :org AND a.roundId = :round', {
          org: actor.organizationId,
          round: round.id,
        });
      if (args.projectId) qb.andWhere('a.projectId = :project', { project: args.projectId });
      if (args.reviewerProfileId)
        qb.andWhere('a.reviewerProfileId = :reviewer', { reviewer: args.reviewerProfileId });
      if (args.vacantOnly) qb.andWhere('a.conflictId IS NOT NULL');
      return paginate(qb, args, [{ expression: 'a.createdAt', property: 'createdAt', direction: 'ASC' }]);
    });
  }

  /**
   * Moves an assignment to another reviewer, checked with the same rules as the assignment (no blocking
   * conflict, not already on the project, below max load). Not once its review was submitted; a draft is
   * discarded.
   */
  reassign(actor: Actor, assignmentId: string, reviewerProfileId: string): Promise<ReviewAssignment> {
    return this.tx.run(async (em) => {
      const found = isId(assignmentId)
        ? await em.findOne(ReviewAssignment, {
            where: { id: assignmentId, organizationId: actor.organizationId },
          })
        : null;
      if (!found) throw DomainError.notFound('Assignment');
      // The round's lock serialises reassignments, so loads are counted on a stable state.
      const round = await this.access.round(em, actor, found.roundId, true);
      if (round.status !== ScreeningRoundStatus.OPEN)
        throw DomainError.conflict('Assignments can be moved only while the round is open');
      const assignment = await em.findOneOrFail(ReviewAssignment, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      const submitted = await em.existsBy(Review, {
        assignmentId: assignment.id,
        status: ReviewStatus.SUBMITTED,
      });
      if (submitted && !assignment.conflictId)
        throw DomainError.conflict('Its review was submitted: the assignment can no longer move');
      const target = isId(reviewerProfileId)
        ? await em.findOneBy(ReviewerProfile, { id: reviewerProfileId, organizationId: actor.organizationId })
        : null;
      if (!target) throw DomainError.notFound('Reviewer profile');
      const [conflicts, roundAssignments] = await Promise.all([
        em.find(ConflictOfInterest, {
          where: { projectId: assignment.projectId, reviewerProfileId: target.id },
          select: { id: true, status: true, projectId: true, reviewerProfileId: true },
        }),
        em.find(ReviewAssignment, {
          where: { roundId: round.id },
          select: { id: true, projectId: true, reviewerProfileId: true, conflictId: true },
        }),
      ]);
      const check = canReassign(
        {
          reviewers: [
            { id: target.id, maxLoad: Math.min(target.maxLoad, round.maxLoad) },
            { id: assignment.reviewerProfileId, maxLoad: round.maxLoad },
          ],
          conflicts: conflicts
            .filter((c) => isBlockingConflict(c.status))
            .map((c) => ({ projectId: c.projectId, reviewerId: c.reviewerProfileId })),
          // A slot a conflict made vacant still counts for its project, but not as anyone's load.
          assignments: roundAssignments
            .filter((a) => !a.conflictId || a.id === assignment.id)
            .map((a) => ({ projectId: a.projectId, reviewerId: a.reviewerProfileId })),
        },
        {
          projectId: assignment.projectId,
          fromReviewerId: assignment.reviewerProfileId,
          toReviewerId: target.id,
        },
      );
      if (!check.ok)
        throw new DomainError(
          check.reason === ReassignRefusal.UNKNOWN_REVIEWER ? ErrorCode.NOT_FOUND : ErrorCode.CONFLICT,
          REFUSALS[check.reason],
          { reason: check.reason },
        );
      const from = assignment.reviewerProfileId;
      await em.delete(Review, { assignmentId: assignment.id });
      const position =
        ((
          await em
            .createQueryBuilder(ReviewAssignment, 'a')
            .select('max(a.position)', 'max')
            .where('a.roundId = :round AND a.reviewerProfileId = :to', { round: round.id, to: target.id })
            .getRawOne<{ max: number | null }>()
        )?.max ?? 0) + 1;
      assignment.reviewerProfileId = target.id;
      assignment.conflictId = null;
      assignment.noConflictAt = null;
      assignment.position = position;
      const saved = await em.save(assignment);
      await this.audit.byActor(
        em,
        actor,
        'assignment.reassigned',
        { type: 'ReviewAssignment', id: assignment.id },
        { projectId: assignment.projectId, from, to: target.id },
      );
      return saved;
    });
  }
}
