import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProjectStatus, ScreeningRoundStatus } from '@sixcan/domain';
import {
  AuditLog,
  JobHandler,
  JobPayloads,
  JobProcessor,
  ScreeningIntake,
  Transactions,
} from '@sixcan/server-core';
import type { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { ReviewerNotices } from '../reminders/reviewer-notices';
import { RoundJobState, RoundProject, ScreeningRound } from '../round/screening-round.entity';
import { RoundPlanner } from './planner';
import { ReviewAssignment } from './review-assignment.entity';

const CHUNK = 1000;

/**
 * Writes a round's assignments: plans outside any transaction (progress is visible meanwhile), then writes
 * the conflicts found, the assignments, the round's projects and their status, the reviewers' e-mails and
 * the OPEN status in one transaction, after re-checking the round under a lock. Running twice changes nothing.
 */
@Injectable()
@JobProcessor('screening.assign')
export class AssignProcessor implements JobHandler<'screening.assign'> {
  private readonly logger = new Logger(AssignProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: Transactions,
    private readonly planner: RoundPlanner,
    private readonly intake: ScreeningIntake,
    private readonly notices: ReviewerNotices,
    private readonly audit: AuditLog,
  ) {}

  async handle(payload: JobPayloads['screening.assign'], job?: Job): Promise<string> {
    try {
      return await this.run(payload.roundId);
    } catch (error) {
      // On the last attempt the organizer sees the failure and may open the round again.
      if (!job || job.attemptsMade + 1 >= (job.opts.attempts ?? 1))
        await this.progress(
          payload.roundId,
          RoundJobState.FAILED,
          1,
          'The assignment failed: open the round again',
        );
      throw error;
    }
  }

  private async run(roundId: string): Promise<string> {
    const round = await this.dataSource.manager.findOneBy(ScreeningRound, { id: roundId });
    if (!round || round.status !== ScreeningRoundStatus.DRAFT) return 'nothing to do';
    if (round.jobState !== RoundJobState.QUEUED && round.jobState !== RoundJobState.RUNNING)
      return 'not requested';
    await this.progress(round.id, RoundJobState.RUNNING, 0.1, 'Reading projects, reviewers and conflicts');
    const plan = await this.planner.plan(this.dataSource.manager, round);
    await this.progress(round.id, RoundJobState.RUNNING, 0.5, 'Writing assignments');
    const outcome = await this.tx.run(async (em) => {
      const locked = await em.findOne(ScreeningRound, {
        where: { id: round.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked || locked.status !== ScreeningRoundStatus.DRAFT) return 'already open';
      await this.planner.recordDetected(em, locked, plan.newConflicts);
      if (!plan.result.feasible) {
        await em.update(ScreeningRound, locked.id, {
          jobState: RoundJobState.FAILED,
          jobProgress: 1,
          jobMessage: plan.result.message,
        });
        return `infeasible: ${plan.result.message}`;
      }
      await this.write(em, locked, plan.result.assignments);
      const moves = plan.projects
        .filter((p) => p.status === ProjectStatus.SUBMITTED)
        .map((p) => ({
          projectId: p.id,
          to: ProjectStatus.IN_SCREENING,
          note: `screening round ${locked.ordinal}`,
        }));
      await this.intake.move(em, null, locked.organizationId, moves);
      const loads = new Map<string, number>();
      for (const a of plan.result.assignments) loads.set(a.reviewerId, (loads.get(a.reviewerId) ?? 0) + 1);
      await this.notices.assigned(
        em,
        locked,
        plan.reviewers.filter((r) => loads.has(r.id)),
        loads,
      );
      await em.update(ScreeningRound, locked.id, {
        status: ScreeningRoundStatus.OPEN,
        openedAt: new Date(),
        jobState: RoundJobState.DONE,
        jobProgress: 1,
        jobMessage: `${plan.result.assignments.length} reviews assigned to ${loads.size} reviewers`,
      });
      await this.audit.record(em, {
        organizationId: locked.organizationId,
        actorUserId: null,
        action: 'screening_round.opened',
        objectType: 'ScreeningRound',
        objectId: locked.id,
        summary: {
          projects: plan.projects.length,
          reviews: plan.result.assignments.length,
          reviewers: loads.size,
          conflictsDetected: plan.newConflicts.length,
        },
      });
      return `${plan.result.assignments.length} reviews assigned`;
    });
    this.logger.log(`round ${round.id}: ${outcome}`);
    return outcome;
  }

  private async write(
    em: EntityManager,
    round: ScreeningRound,
    assignments: { projectId: string; reviewerId: string }[],
  ): Promise<void> {
    const projectIds = [...new Set(assignments.map((a) => a.projectId))];
    for (let i = 0; i < projectIds.length; i += CHUNK)
      await em
        .createQueryBuilder()
        .insert()
        .into(RoundProject)
        .values(
          projectIds
            .slice(i, i + CHUNK)
            .map((projectId) => ({ organizationId: round.organizationId, roundId: round.id, projectId })),
        )
        .orIgnore()
        .execute();
    const position = new Map<string, number>();
    const rows = assignments.map((a) => {
      const next = (position.get(a.reviewerId) ?? 0) + 1;
      position.set(a.reviewerId, next);
      return {
        organizationId: round.organizationId,
        roundId: round.id,
        projectId: a.projectId,
        reviewerProfileId: a.reviewerId,
        position: next,
        noConflictAt: null,
        conflictId: null,
      };
    });
    for (let i = 0; i < rows.length; i += CHUNK)
      await em
        .createQueryBuilder()
        .insert()
        .into(ReviewAssignment)
        .values(rows.slice(i, i + CHUNK))
        .orIgnore()
        .execute();
  }

  private progress(id: string, state: RoundJobState, progress: number, message: string): Promise<unknown> {
    return this.dataSource.manager
      .update(
        ScreeningRound,
        { id, status: ScreeningRoundStatus.DRAFT },
        { jobState: state, jobProgress: progress, jobMessage: message },
      )
      .catch((e: Error) => this.logger.warn(`progress of round ${id}: ${e.message}`));
  }
}
