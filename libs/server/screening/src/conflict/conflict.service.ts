import { Injectable } from '@nestjs/common';
import {
  Actor,
  canMoveConflict,
  ConflictKind,
  ConflictSource,
  ConflictStatus,
  isBlockingConflict,
  ScreeningRoundStatus,
} from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  paginate,
  ScreeningIntake,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { isId } from '../access';
import { upsertConflict } from '../assignment/assignment.service';
import { ReviewAssignment } from '../assignment/review-assignment.entity';
import { ConflictResolution } from '../graphql-enums';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { ScreeningRound } from '../round/screening-round.entity';
import { ConflictOfInterest } from './conflict.entity';

/** Conflicts of interest as organizers manage them: list, add, confirm or dismiss. */
@Injectable()
export class ConflictService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly intake: ScreeningIntake,
  ) {}

  list(
    actor: Actor,
    args: {
      roundId?: string | null;
      programmeId?: string | null;
      status?: ConflictStatus | null;
      first: number;
      after?: string | null;
    },
  ): Promise<ConnectionShape<ConflictOfInterest>> {
    return this.tx.read((em) => {
      const qb = em
        .createQueryBuilder(ConflictOfInterest, 'c')
        .where('c.organizationId = :org', { org: actor.organizationId });
      if (args.programmeId) qb.andWhere('c.programmeId = :programme', { programme: args.programmeId });
      if (args.status) qb.andWhere('c.status = :status', { status: args.status });
      if (args.roundId)
        qb.andWhere(
          `(c.roundId = :round OR c.projectId IN (SELECT rp.project_id FROM screening_round_project rp WHERE rp.round_id = :round))`,
          { round: args.roundId },
        );
      return paginate(qb, args, [{ expression: 'c.createdAt', property: 'createdAt', direction: 'DESC' }]);
    });
  }

  add(
    actor: Actor,
    reviewerProfileId: string,
    projectId: string,
    reason: string,
  ): Promise<ConflictOfInterest> {
    return this.tx.run(async (em) => {
      const text = reason?.trim() ?? '';
      if (!text || text.length > 2000)
        throw DomainError.validation('Give the reason for the conflict (up to 2,000 characters)', [
          { field: 'reason', message: text ? 'too long' : 'required' },
        ]);
      const reviewer = isId(reviewerProfileId)
        ? await em.findOneBy(ReviewerProfile, { id: reviewerProfileId, organizationId: actor.organizationId })
        : null;
      if (!reviewer) throw DomainError.notFound('Reviewer profile');
      const [project] = await this.intake.details(em, actor.organizationId, [projectId]);
      if (!project) throw DomainError.notFound('Project');
      const conflict = await upsertConflict(em, {
        organizationId: actor.organizationId,
        programmeId: project.programmeId,
        roundId: null,
        reviewerProfileId: reviewer.id,
        projectId: project.id,
        kind: ConflictKind.OTHER,
        source: ConflictSource.ORGANIZER,
        reason: text,
        createdBy: actor.userId,
      });
      const vacated = await this.vacate(em, conflict);
      await this.audit.byActor(
        em,
        actor,
        'conflict.added',
        { type: 'ConflictOfInterest', id: conflict.id },
        { reviewerProfileId: reviewer.id, projectId: project.id, vacated },
      );
      return conflict;
    });
  }

  /** Confirms or dismisses a detected conflict, once. A dismissed one is never revived by detection. */
  resolve(actor: Actor, id: string, resolution: ConflictResolution): Promise<ConflictOfInterest> {
    return this.tx.run(async (em) => {
      const conflict = isId(id)
        ? await em.findOne(ConflictOfInterest, {
            where: { id, organizationId: actor.organizationId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!conflict) throw DomainError.notFound('Conflict');
      const to =
        resolution === ConflictResolution.CONFIRM ? ConflictStatus.CONFIRMED : ConflictStatus.DISMISSED;
      if (conflict.status === to) return conflict;
      if (!canMoveConflict(conflict.source, conflict.status, to))
        throw DomainError.conflict(
          conflict.source === ConflictSource.DETECTED
            ? `This conflict was already ${conflict.status.toLowerCase()}`
            : 'Only detected conflicts are confirmed or dismissed',
        );
      const from = conflict.status;
      conflict.status = to;
      conflict.resolvedAt = new Date();
      conflict.resolvedBy = actor.userId;
      const saved = await em.save(conflict);
      const vacated = isBlockingConflict(to) ? await this.vacate(em, saved) : 0;
      await this.audit.byActor(
        em,
        actor,
        `conflict.${to.toLowerCase()}`,
        { type: 'ConflictOfInterest', id: conflict.id },
        { from, to, vacated },
      );
      return saved;
    });
  }

  /**
   * Assignments of the pair in open rounds are taken away from the reviewer (to be reassigned). The open
   * rounds are share-locked, as for reviews: a round closing meanwhile waits, or is no longer open here, so a
   * closed round's reviews are never taken out of its results.
   */
  private async vacate(em: EntityManager, conflict: ConflictOfInterest): Promise<number> {
    const open = await em.find(ScreeningRound, {
      where: { organizationId: conflict.organizationId, status: ScreeningRoundStatus.OPEN },
      select: { id: true },
      lock: { mode: 'pessimistic_read' },
    });
    if (!open.length) return 0;
    const result = await em
      .createQueryBuilder()
      .update(ReviewAssignment)
      .set({ conflictId: conflict.id, noConflictAt: null })
      .where({
        roundId: In(open.map((r) => r.id)),
        projectId: conflict.projectId,
        reviewerProfileId: conflict.reviewerProfileId,
      })
      .andWhere('conflict_id IS NULL')
      .execute();
    return result.affected ?? 0;
  }
}
