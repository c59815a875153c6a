import { Injectable } from '@nestjs/common';
import { Actor, Role } from '@sixcan/domain';
import { DomainError, MemberDirectory, ScreeningIntake, ScreeningProgramme } from '@sixcan/server-core';
import { EntityManager, IsNull } from 'typeorm';
import { ReviewAssignment } from './assignment/review-assignment.entity';
import { ReviewerProfile } from './reviewer/reviewer-profile.entity';
import { ScreeningRound } from './round/screening-round.entity';

export const isId = (id: string | null | undefined): id is string =>
  !!id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export const isOrganizer = (actor: Actor) => actor.roles.includes(Role.ORGANIZER);

/**
 * Who sees which screening object: organizers everything of their organisation; a reviewer their own
 * profile, the rounds they have assignments in and their own assignments. Everything else: not found.
 */
@Injectable()
export class ScreeningAccess {
  constructor(
    private readonly directory: MemberDirectory,
    private readonly intake: ScreeningIntake,
  ) {}

  /**
   * The actor's reviewer profile in their organisation, or null. A profile invited by e-mail is bound to
   * the account the first time its owner signs in with that address.
   */
  async reviewerOf(em: EntityManager, actor: Actor): Promise<ReviewerProfile | null> {
    if (!actor.roles.includes(Role.REVIEWER)) return null;
    const bound = await em.findOneBy(ReviewerProfile, {
      organizationId: actor.organizationId,
      userId: actor.userId,
    });
    if (bound) return bound;
    const email = await this.directory.emailOf(em, actor.userId);
    if (!email) return null;
    const waiting = await em.findOneBy(ReviewerProfile, { organizationId: actor.organizationId, email });
    if (!waiting || waiting.userId) return null;
    await em.update(ReviewerProfile, { id: waiting.id, userId: IsNull() }, { userId: actor.userId });
    waiting.userId = actor.userId;
    return waiting;
  }

  /** The reviewer profile of the actor, or NOT_FOUND. */
  async requireReviewer(em: EntityManager, actor: Actor): Promise<ReviewerProfile> {
    const profile = await this.reviewerOf(em, actor);
    if (!profile) throw DomainError.notFound('Reviewer profile');
    return profile;
  }

  async programme(em: EntityManager, actor: Actor, programmeId: string): Promise<ScreeningProgramme> {
    const programme = isId(programmeId)
      ? await this.intake.programme(em, actor.organizationId, programmeId)
      : null;
    if (!programme) throw DomainError.notFound('Programme');
    return programme;
  }

  /** A round of the actor's organisation (locked for update when asked), or NOT_FOUND. */
  async round(em: EntityManager, actor: Actor, id: string, lock = false): Promise<ScreeningRound> {
    const round = isId(id)
      ? await em.findOne(ScreeningRound, {
          where: { id, organizationId: actor.organizationId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!round) throw DomainError.notFound('Screening round');
    return round;
  }

  /** A round the actor may see: organizers any, reviewers those they have assignments in. */
  async visibleRound(em: EntityManager, actor: Actor, id: string): Promise<ScreeningRound> {
    const round = await this.round(em, actor, id);
    if (isOrganizer(actor)) return round;
    const me = await this.reviewerOf(em, actor);
    if (!me || !(await em.existsBy(ReviewAssignment, { roundId: round.id, reviewerProfileId: me.id })))
      throw DomainError.notFound('Screening round');
    return round;
  }

  /** The reviewer's own assignment (locked when asked), or NOT_FOUND (the same for anyone else's). */
  async ownAssignment(
    em: EntityManager,
    actor: Actor,
    id: string,
    lock = false,
  ): Promise<{ assignment: ReviewAssignment; reviewer: ReviewerProfile }> {
    const reviewer = isId(id) ? await this.reviewerOf(em, actor) : null;
    const assignment = reviewer
      ? await em.findOne(ReviewAssignment, {
          where: { id, organizationId: actor.organizationId, reviewerProfileId: reviewer.id },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!assignment || !reviewer) throw DomainError.notFound('Assignment');
    return { assignment, reviewer };
  }

  /**
   * The reviewer's own assignment locked for a change of its review, with its round share-locked first (the
   * order reassignment takes too). Closing and deciding lock the round for update, so a review or
   * declaration in flight finishes before the round closes, and one that starts meanwhile waits and then
   * finds the round closed: nothing changes a round's reviews after it closed.
   */
  async ownAssignmentForChange(
    em: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<{ assignment: ReviewAssignment; reviewer: ReviewerProfile; round: ScreeningRound }> {
    const { assignment: found } = await this.ownAssignment(em, actor, id);
    const round = await em.findOneOrFail(ScreeningRound, {
      where: { id: found.roundId },
      lock: { mode: 'pessimistic_read' },
    });
    return { ...(await this.ownAssignment(em, actor, id, true)), round };
  }
}
