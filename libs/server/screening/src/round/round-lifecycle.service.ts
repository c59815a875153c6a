import { Injectable } from '@nestjs/common';
import { Actor, canDecide, Decision, ProjectStatus, ScreeningRoundStatus } from '@sixcan/domain';
import {
  AuditLog,
  DomainError,
  DomainEvents,
  DomainEventType,
  ErrorCode,
  Outbox,
  ProjectMove,
  ScreeningIntake,
  Transactions,
} from '@sixcan/server-core';
import { ScreeningAccess } from '../access';
import { RoundPlanner } from '../assignment/planner';
import { RoundResults } from '../results/round-results';
import { RoundJobState, RoundProject, ScreeningRound } from './screening-round.entity';
import { toRoundModel } from './round.models';

/** A round's life: open (assignment as a job), close, decide (applies the decisions), overrides. */
@Injectable()
export class RoundLifecycle {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly access: ScreeningAccess,
    private readonly planner: RoundPlanner,
    private readonly results: RoundResults,
    private readonly intake: ScreeningIntake,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Checks the assignment can be made and queues it; the round is OPEN once the job has written the
   * assignments. Detected conflicts are recorded first (and kept when the round cannot open), so the
   * organizer can review them.
   */
  async open(actor: Actor, id: string): Promise<ScreeningRound> {
    await this.tx.run(async (em) => {
      const round = await this.access.round(em, actor, id, true);
      if (round.status !== ScreeningRoundStatus.DRAFT) return;
      const plan = await this.planner.plan(em, round);
      await this.planner.recordDetected(em, round, plan.newConflicts);
    });
    return this.tx.run(async (em) => {
      const round = await this.access.round(em, actor, id, true);
      if (round.status !== ScreeningRoundStatus.DRAFT)
        throw DomainError.conflict(`This round is already ${round.status.toLowerCase()}`);
      if (round.jobState === RoundJobState.QUEUED || round.jobState === RoundJobState.RUNNING) return round;
      if (round.deadline.getTime() <= Date.now())
        throw DomainError.validation('The deadline has passed: move it before opening the round', [
          { field: 'deadline', message: 'in the past' },
        ]);
      const plan = await this.planner.plan(em, round);
      if (!plan.projects.length)
        throw DomainError.validation(
          round.ordinal === 1
            ? 'No submitted projects to screen'
            : `No project advanced from round ${round.ordinal - 1}`,
        );
      if (!plan.result.feasible) {
        const r = plan.result;
        throw new DomainError(ErrorCode.VALIDATION, `The round cannot open: ${r.message}`, {
          reason: r.reason,
          needed: r.needed,
          capacity: r.capacity,
          shortfall: r.shortfall,
          blockedProjects: r.projects.slice(0, 50),
        });
      }
      round.jobState = RoundJobState.QUEUED;
      round.jobProgress = 0;
      round.jobMessage = null;
      const saved = await em.save(round);
      await this.outbox.enqueue(
        em,
        'screening.assign',
        { roundId: round.id },
        { jobId: `screening.assign-${round.id}-v${saved.version}` },
      );
      await this.audit.byActor(
        em,
        actor,
        'screening_round.opening',
        { type: 'ScreeningRound', id: round.id },
        { projects: plan.projects.length, reviews: plan.result.assignments.length },
      );
      return saved;
    });
  }

  close(actor: Actor, id: string): Promise<ScreeningRound> {
    return this.tx.run(async (em) => {
      const round = await this.access.round(em, actor, id, true);
      if (round.status === ScreeningRoundStatus.CLOSED) return round;
      if (round.status !== ScreeningRoundStatus.OPEN)
        throw DomainError.conflict(`A ${round.status.toLowerCase()} round cannot be closed`);
      round.status = ScreeningRoundStatus.CLOSED;
      round.closedAt = new Date();
      const saved = await em.save(round);
      await this.audit.byActor(em, actor, 'screening_round.closed', { type: 'ScreeningRound', id: round.id });
      return saved;
    });
  }

  /**
   * Applies the final decisions (the override, else the proposal) of a closed round: advanced projects stay
   * in screening for the next round, or are shortlisted after the last one; the others are rejected. Each
   * applicant is e-mailed once.
   */
  decide(actor: Actor, id: string): Promise<ScreeningRound> {
    return this.tx.run(async (em) => {
      const round = await this.access.round(em, actor, id, true);
      if (round.status !== ScreeningRoundStatus.CLOSED)
        throw DomainError.conflict(
          round.status === ScreeningRoundStatus.DECIDED
            ? 'This round is already decided'
            : 'Close the round before deciding it',
        );
      const { rows } = await this.results.compute(em, round);
      const open = rows.filter((r) => !r.decision);
      if (open.length)
        throw new DomainError(
          ErrorCode.CONFLICT,
          `${open.length} project(s) have no proposed decision (no reviews, no score or a manual rule): decide each of them (override) first`,
          { reason: 'UNDECIDED', projectIds: open.slice(0, 50).map((r) => r.projectId) },
        );
      await em.query(
        `UPDATE screening_round_project rp SET proposed_decision = x.proposed, decision = x.decision, updated_at = now()
           FROM unnest($2::uuid[], $3::text[], $4::text[]) AS x(project_id, proposed, decision)
          WHERE rp.round_id = $1 AND rp.project_id = x.project_id`,
        [round.id, rows.map((r) => r.projectId), rows.map((r) => r.proposed), rows.map((r) => r.decision)],
      );
      const moves: ProjectMove[] = [];
      for (const row of rows) {
        const advance = row.decision === Decision.ADVANCE;
        moves.push({
          projectId: row.projectId,
          to: advance
            ? round.lastRound
              ? ProjectStatus.SHORTLISTED
              : ProjectStatus.IN_SCREENING
            : ProjectStatus.REJECTED,
          note: `screening round ${round.ordinal}`,
          notice: advance ? (round.lastRound ? 'SHORTLISTED' : 'ADVANCED') : 'NOT_SELECTED',
          roundOrdinal: round.ordinal,
        });
      }
      const moved = await this.intake.move(em, actor, round.organizationId, moves);
      round.status = ScreeningRoundStatus.DECIDED;
      round.decidedAt = new Date();
      const saved = await em.save(round);
      const advanced = rows.filter((r) => r.decision === Decision.ADVANCE).length;
      await this.audit.byActor(
        em,
        actor,
        'screening_round.decided',
        { type: 'ScreeningRound', id: round.id },
        { advanced, rejected: rows.length - advanced, moved: moved.length, lastRound: round.lastRound },
      );
      await this.events.emit(em, {
        organizationId: saved.organizationId,
        programmeId: saved.programmeId,
        type: DomainEventType.ROUND_DECIDED,
        objectType: 'ScreeningRound',
        objectId: saved.id,
        actorUserId: actor.userId,
        data: toRoundModel(saved),
      });
      return saved;
    });
  }

  override(
    actor: Actor,
    roundId: string,
    projectId: string,
    decision: Decision,
    reason: string,
  ): Promise<ScreeningRound> {
    return this.tx.run(async (em) => {
      const text = reason?.trim() ?? '';
      if (!text)
        throw DomainError.validation('Give the reason for overriding the proposal', [
          { field: 'reason', message: 'required' },
        ]);
      if (text.length > 2000)
        throw DomainError.validation('Keep the reason under 2,000 characters', [
          { field: 'reason', message: 'too long' },
        ]);
      const round = await this.access.round(em, actor, roundId, true);
      if (round.status !== ScreeningRoundStatus.CLOSED)
        throw DomainError.conflict('Decisions can be overridden only while the round is closed');
      const { rows } = await this.results.compute(em, round);
      const row = rows.find((r) => r.projectId === projectId);
      if (!row) throw DomainError.notFound('Project in this round');
      if (!canDecide(row, decision))
        throw DomainError.conflict(
          row.reviewCount
            ? 'A project that failed the six-can gate cannot advance'
            : 'A project without reviews cannot advance',
        );
      await em.update(
        RoundProject,
        { roundId: round.id, projectId },
        {
          overrideDecision: decision,
          overrideReason: text,
          overrideBy: actor.userId,
          overrideAt: new Date(),
        },
      );
      await this.audit.byActor(
        em,
        actor,
        'screening_round.decision_overridden',
        { type: 'ScreeningRound', id: round.id },
        { projectId, proposed: row.proposed, decision, reason: text },
      );
      return round;
    });
  }
}
