import { Injectable } from '@nestjs/common';
import {
  acceptsReviews,
  Actor,
  ConflictKind,
  ConflictSource,
  initialConflictStatus,
  ScreeningRoundStatus,
} from '@sixcan/domain';
import { AuditLog, ConnectionShape, DomainError, paginate, Transactions } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { isId, isOrganizer, ScreeningAccess } from '../access';
import { ConflictOfInterest } from '../conflict/conflict.entity';
import { Review } from '../review/review.entity';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { ScreeningRound } from '../round/screening-round.entity';
import { ReviewAssignment } from './review-assignment.entity';

const ORDER = [{ expression: 'a.position', property: 'position', direction: 'ASC' as const }];

/** A reviewer's side of assignments: their list, the next one to do, and conflict declarations. */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: ScreeningAccess,
  ) {}

  mine(
    actor: Actor,
    args: { roundId?: string | null; first: number; after?: string | null },
  ): Promise<{ page: ConnectionShape<ReviewAssignment>; reviewer: ReviewerProfile | null }> {
    return this.tx.run(async (em) => {
      const reviewer = await this.access.reviewerOf(em, actor);
      if (!reviewer) return { reviewer, page: emptyPage() };
      const qb = em
        .createQueryBuilder(ReviewAssignment, 'a')
        .where('a.organizationId = :org AND a.reviewerProfileId = :me', {
          org: actor.organizationId,
          me: reviewer.id,
        });
      if (args.roundId) qb.andWhere('a.roundId = :round', { round: args.roundId });
      return { reviewer, page: await paginate(qb, args, ORDER) };
    });
  }

  /** One assignment: a reviewer's own, or any of the organisation for organizers; NOT_FOUND otherwise. */
  get(actor: Actor, id: string): Promise<{ assignment: ReviewAssignment; reviewer: ReviewerProfile | null }> {
    return this.tx.run(async (em) => {
      const reviewer = await this.access.reviewerOf(em, actor);
      const found = isId(id)
        ? await em.findOneBy(ReviewAssignment, { id, organizationId: actor.organizationId })
        : null;
      if (!found || (!isOrganizer(actor) && found.reviewerProfileId !== reviewer?.id))
        throw DomainError.notFound('Assignment');
      return { assignment: found, reviewer };
    });
  }

  /** The first own assignment in an open round (of the given round, if any) without a submitted review. */
  next(
    actor: Actor,
    roundId?: string | null,
  ): Promise<{ assignment: ReviewAssignment | null; reviewer: ReviewerProfile | null }> {
    return this.tx.run(async (em) => {
      const reviewer = await this.access.reviewerOf(em, actor);
      if (!reviewer) return { reviewer, assignment: null };
      const qb = em
        .createQueryBuilder(ReviewAssignment, 'a')
        .innerJoin(ScreeningRound, 'r', 'r.id = a.roundId')
        .leftJoin(Review, 'v', "v.assignmentId = a.id AND v.status = 'SUBMITTED'")
        .where('a.organizationId = :org AND a.reviewerProfileId = :me AND a.conflictId IS NULL', {
          org: actor.organizationId,
          me: reviewer.id,
        })
        .andWhere('r.status = :open AND v.id IS NULL', { open: ScreeningRoundStatus.OPEN })
        .orderBy('r.deadline', 'ASC')
        .addOrderBy('a.position', 'ASC')
        .addOrderBy('a.id', 'ASC');
      if (roundId) qb.andWhere('a.roundId = :round', { round: roundId });
      return { reviewer, assignment: await qb.getOne() };
    });
  }

  declareNoConflict(actor: Actor, id: string): Promise<ReviewAssignment> {
    return this.tx.run(async (em) => {
      const { assignment, round } = await this.access.ownAssignmentForChange(em, actor, id);
      this.openRound(round);
      if (assignment.conflictId)
        throw DomainError.conflict('You declared a conflict with this project: it waits for reassignment');
      if (assignment.noConflictAt) return assignment;
      assignment.noConflictAt = new Date();
      const saved = await em.save(assignment);
      await this.audit.byActor(em, actor, 'assignment.no_conflict_declared', {
        type: 'ReviewAssignment',
        id: assignment.id,
      });
      return saved;
    });
  }

  /** The reviewer steps off the project: a DECLARED conflict, their review discarded, the slot vacant. */
  declareConflict(actor: Actor, id: string, reason: string): Promise<ReviewAssignment> {
    return this.tx.run(async (em) => {
      const text = reason?.trim() ?? '';
      if (!text || text.length > 2000)
        throw DomainError.validation('Say briefly what ties you to the project (up to 2,000 characters)', [
          { field: 'reason', message: text ? 'too long' : 'required' },
        ]);
      const { assignment, reviewer, round } = await this.access.ownAssignmentForChange(em, actor, id);
      this.openRound(round);
      if (assignment.conflictId) return assignment;
      const conflict = await upsertConflict(em, {
        organizationId: actor.organizationId,
        programmeId: round.programmeId,
        roundId: round.id,
        reviewerProfileId: reviewer.id,
        projectId: assignment.projectId,
        kind: ConflictKind.OTHER,
        source: ConflictSource.DECLARED,
        reason: text,
        createdBy: actor.userId,
      });
      await em.delete(Review, { assignmentId: assignment.id });
      assignment.conflictId = conflict.id;
      assignment.noConflictAt = null;
      const saved = await em.save(assignment);
      await this.audit.byActor(
        em,
        actor,
        'assignment.conflict_declared',
        { type: 'ReviewAssignment', id: assignment.id },
        { conflictId: conflict.id },
      );
      return saved;
    });
  }

  private openRound(round: ScreeningRound): void {
    if (!acceptsReviews(round.status))
      throw DomainError.conflict('This round is closed: nothing can change any more');
  }
}

/** Records a conflict of one source for a pair, or reconfirms the recorded one with the new reason. */
export async function upsertConflict(
  em: EntityManager,
  c: Pick<
    ConflictOfInterest,
    | 'organizationId'
    | 'programmeId'
    | 'roundId'
    | 'reviewerProfileId'
    | 'projectId'
    | 'kind'
    | 'source'
    | 'reason'
    | 'createdBy'
  >,
): Promise<ConflictOfInterest> {
  const existing = await em.findOne(ConflictOfInterest, {
    where: { reviewerProfileId: c.reviewerProfileId, projectId: c.projectId, source: c.source },
    lock: { mode: 'pessimistic_write' },
  });
  if (existing) {
    existing.reason = c.reason;
    existing.status = initialConflictStatus(c.source);
    existing.resolvedAt = null;
    existing.resolvedBy = null;
    return em.save(existing);
  }
  return em.save(
    em.create(ConflictOfInterest, {
      ...c,
      status: initialConflictStatus(c.source),
      resolvedAt: null,
      resolvedBy: null,
    }),
  );
}

const emptyPage = (): ConnectionShape<ReviewAssignment> => ({
  edges: [],
  totalCount: 0,
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
});
