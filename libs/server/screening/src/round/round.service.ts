import { Injectable } from '@nestjs/common';
import {
  Actor,
  AdvanceRuleKind,
  Decision,
  ProgrammeStatus,
  ProjectStatus,
  ScreeningRoundStatus,
} from '@sixcan/domain';
import {
  AuditLog,
  DomainError,
  FieldProblem,
  ScreeningIntake,
  ScreeningProgramme,
  ScreeningProject,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { isOrganizer, ScreeningAccess } from '../access';
import { ScreeningRoundInput, ScreeningRoundUpdateInput } from './round.models';
import { RoundProject, ScreeningRound } from './screening-round.entity';

/** Rounds of a programme: creating and configuring them while DRAFT, listing, and their candidates. */
@Injectable()
export class RoundService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: ScreeningAccess,
    private readonly intake: ScreeningIntake,
  ) {}

  create(actor: Actor, input: ScreeningRoundInput): Promise<ScreeningRound> {
    return this.tx.run(async (em) => {
      const programme = await this.access.programme(em, actor, input.programmeId);
      if (programme.status === ProgrammeStatus.ARCHIVED || programme.status === ProgrammeStatus.DRAFT)
        throw DomainError.conflict(`A ${programme.status.toLowerCase()} programme cannot be screened`);
      // Rounds of a programme are created one at a time (the lock serialises concurrent creations).
      const previous = await em.findOne(ScreeningRound, {
        where: { programmeId: programme.id, organizationId: actor.organizationId },
        order: { ordinal: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (previous && previous.status !== ScreeningRoundStatus.DECIDED)
        throw DomainError.conflict(
          `Round ${previous.ordinal} is ${previous.status.toLowerCase()}: decide it before creating round ${previous.ordinal + 1}`,
        );
      if (previous?.lastRound)
        throw DomainError.conflict(`Round ${previous.ordinal} was the last round of this programme`);
      const round = em.create(ScreeningRound, {
        organizationId: actor.organizationId,
        programmeId: programme.id,
        ordinal: (previous?.ordinal ?? 0) + 1,
        status: ScreeningRoundStatus.DRAFT,
        jobState: null,
        jobProgress: 0,
        jobMessage: null,
        openedAt: null,
        closedAt: null,
        decidedAt: null,
      });
      apply(round, input);
      round.lastRound = input.lastRound ?? false;
      check(round, programme);
      const saved = await em.save(round).catch((error: { code?: string }) => {
        if (error.code === '23505') throw DomainError.conflict('Another round was just created: reload');
        throw error;
      });
      await this.audit.byActor(
        em,
        actor,
        'screening_round.created',
        { type: 'ScreeningRound', id: saved.id },
        { programmeId: programme.id, ordinal: saved.ordinal },
      );
      return saved;
    });
  }

  update(actor: Actor, id: string, input: ScreeningRoundUpdateInput): Promise<ScreeningRound> {
    return this.tx.run(async (em) => {
      const round = await this.access.round(em, actor, id, true);
      if (round.status !== ScreeningRoundStatus.DRAFT || round.jobState)
        throw DomainError.conflict('Only a draft round that is not being opened can change');
      const programme = await this.access.programme(em, actor, round.programmeId);
      apply(round, input);
      check(round, programme);
      const saved = await em.save(round);
      await this.audit.byActor(
        em,
        actor,
        'screening_round.updated',
        { type: 'ScreeningRound', id: saved.id },
        { fields: Object.keys(input) },
      );
      return saved;
    });
  }

  /** Organizers see every round of the programme; a reviewer the rounds they have assignments in. */
  list(actor: Actor, programmeId: string): Promise<ScreeningRound[]> {
    return this.tx.run(async (em) => {
      await this.access.programme(em, actor, programmeId);
      const qb = em
        .createQueryBuilder(ScreeningRound, 'r')
        .where('r.organizationId = :org AND r.programmeId = :programmeId', {
          org: actor.organizationId,
          programmeId,
        })
        .orderBy('r.ordinal', 'ASC');
      if (!isOrganizer(actor)) {
        const me = await this.access.reviewerOf(em, actor);
        if (!me) return [];
        qb.andWhere(
          `EXISTS (SELECT 1 FROM review_assignment a WHERE a.round_id = r.id AND a.reviewer_profile_id = :me)`,
          { me: me.id },
        );
      }
      return qb.getMany();
    });
  }

  get(actor: Actor, id: string): Promise<ScreeningRound> {
    return this.tx.run((em) => this.access.visibleRound(em, actor, id));
  }

  /**
   * The projects a round takes when it opens: round 1 the submitted projects, round r those advanced by
   * round r − 1 (still in screening).
   */
  async candidates(em: EntityManager, round: ScreeningRound): Promise<ScreeningProject[]> {
    if (round.ordinal === 1)
      return this.intake.projects(em, round.organizationId, round.programmeId, {
        statuses: [ProjectStatus.SUBMITTED],
      });
    const previous = await em.findOneByOrFail(ScreeningRound, {
      programmeId: round.programmeId,
      ordinal: round.ordinal - 1,
    });
    const advanced = await em.find(RoundProject, {
      where: { roundId: previous.id, decision: Decision.ADVANCE },
      select: { id: true, projectId: true },
    });
    return this.intake.projects(em, round.organizationId, round.programmeId, {
      statuses: [ProjectStatus.IN_SCREENING],
      ids: advanced.map((a) => a.projectId),
    });
  }

  /** Projects in the round (once open) or that it would take (while a draft). */
  async projectCount(em: EntityManager, round: ScreeningRound): Promise<number> {
    if (round.status !== ScreeningRoundStatus.DRAFT || round.jobState === 'DONE')
      return em.countBy(RoundProject, { roundId: round.id });
    return (await this.candidates(em, round)).length;
  }

  /** Assignments and submitted reviews: all of them for organizers, the reviewer's own otherwise. */
  async counts(
    em: EntityManager,
    actor: Actor,
    roundIds: readonly string[],
  ): Promise<Map<string, { assignments: number; submitted: number }>> {
    const me = isOrganizer(actor) ? null : await this.access.reviewerOf(em, actor);
    if (!isOrganizer(actor) && !me) return new Map();
    const rows: { id: string; assignments: number; submitted: number }[] = await em.query(
      `SELECT a.round_id AS id, count(*)::int AS assignments,
              count(*) FILTER (WHERE v.status = 'SUBMITTED' AND a.conflict_id IS NULL)::int AS submitted
         FROM review_assignment a LEFT JOIN review v ON v.assignment_id = a.id
        WHERE a.round_id = ANY($1) AND a.organization_id = $2 AND ($3::uuid IS NULL OR a.reviewer_profile_id = $3)
        GROUP BY a.round_id`,
      [roundIds, actor.organizationId, me?.id ?? null],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}

function apply(round: ScreeningRound, input: ScreeningRoundUpdateInput): void {
  if (input.cans) round.cans = [...new Set(input.cans)];
  if (input.criteria) round.criteria = [...new Set(input.criteria)];
  if (input.reviewersPerProject !== undefined) round.reviewersPerProject = input.reviewersPerProject;
  if (input.maxLoad !== undefined) round.maxLoad = input.maxLoad;
  if (input.deadline) round.deadline = input.deadline;
  if (input.lastRound !== undefined) round.lastRound = input.lastRound;
  if (input.advanceRule) {
    round.advanceRuleKind = input.advanceRule.kind;
    round.advanceN = input.advanceRule.kind === AdvanceRuleKind.TOP_N ? (input.advanceRule.n ?? null) : null;
    round.advanceMinScore =
      input.advanceRule.kind === AdvanceRuleKind.MIN_SCORE ? (input.advanceRule.minScore ?? null) : null;
  }
}

function check(round: ScreeningRound, programme: ScreeningProgramme): void {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field: `input.${field}`, message });
  const codes = programme.rubric.map((c) => c.code);
  const unknown = round.criteria.filter((c) => !codes.includes(c));
  if (unknown.length)
    add(
      'criteria',
      `not in the programme's rubric: ${unknown.join(', ')} (it has ${codes.join(', ') || 'none'})`,
    );
  if (!round.criteria.length && !round.cans.length) add('criteria', 'score at least one criterion or can');
  if (round.advanceRuleKind !== AdvanceRuleKind.MANUAL && !round.criteria.length)
    add('advanceRule', 'ranking by score needs at least one criterion');
  if (round.advanceRuleKind === AdvanceRuleKind.TOP_N && !round.advanceN)
    add('advanceRule.n', 'say how many projects advance');
  if (round.advanceRuleKind === AdvanceRuleKind.MIN_SCORE) {
    const min = round.advanceMinScore;
    if (min == null || !(min >= 1 && min <= programme.rubricScale))
      add('advanceRule.minScore', `give a score from 1 to ${programme.rubricScale}`);
  }
  if (!(round.deadline?.getTime() > Date.now())) add('deadline', 'the deadline must be in the future');
  if (problems.length) throw DomainError.validation(problems.map((p) => p.message).join('; '), problems);
}
