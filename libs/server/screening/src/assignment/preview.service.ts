import { Injectable } from '@nestjs/common';
import { Actor, ScreeningRoundStatus } from '@sixcan/domain';
import { DomainError, Transactions } from '@sixcan/server-core';
import { ScreeningAccess } from '../access';
import { AssignmentPreviewModel } from '../results/results.models';
import { activeLoads } from '../reviewer/reviewer-models';
import { toReviewerModel } from '../reviewer/reviewer.models';
import { RoundPlanner } from './planner';

/** What opening a draft round would give: feasibility, the shortfall, reviewer loads, blocked projects. */
@Injectable()
export class PreviewService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: ScreeningAccess,
    private readonly planner: RoundPlanner,
  ) {}

  preview(actor: Actor, roundId: string): Promise<AssignmentPreviewModel> {
    return this.tx.read(async (em) => {
      const round = await this.access.round(em, actor, roundId);
      if (round.status !== ScreeningRoundStatus.DRAFT)
        throw DomainError.conflict('The preview is for draft rounds: this one is already assigned');
      const plan = await this.planner.plan(em, round);
      const result = plan.result;
      const needed = plan.projects.length * round.reviewersPerProject;
      const titles = new Map(plan.projects.map((p) => [p.id, p.title]));
      const active = await activeLoads(
        em,
        plan.reviewers.map((r) => r.id),
      );
      const base = {
        projectCount: plan.projects.length,
        newConflicts: plan.newConflicts.length,
      };
      if (!result.feasible)
        return {
          ...base,
          feasible: false,
          needed: result.needed,
          capacity: result.capacity,
          shortfall: result.shortfall,
          message: result.message,
          loads: plan.reviewers.map((r) => ({
            reviewer: toReviewerModel(r, active.get(r.id) ?? 0),
            load: 0,
            maxLoad: plan.maxLoad.get(r.id) ?? 0,
            sectorMatches: 0,
          })),
          blockedProjects: result.projects.slice(0, 200).map((p) => ({
            projectId: p.projectId,
            title: { zh: titles.get(p.projectId)?.zh ?? null, en: titles.get(p.projectId)?.en ?? null },
            eligibleReviewers: p.eligibleReviewers,
          })),
        };
      const matches = new Map<string, number>();
      for (const a of result.assignments)
        if (a.sectorMatch) matches.set(a.reviewerId, (matches.get(a.reviewerId) ?? 0) + 1);
      const capacity = plan.reviewers.reduce((sum, r) => sum + (plan.maxLoad.get(r.id) ?? 0), 0);
      return {
        ...base,
        feasible: true,
        needed,
        capacity,
        shortfall: 0,
        message: plan.projects.length ? null : 'No projects to screen yet',
        loads: plan.reviewers.map((r) => ({
          reviewer: toReviewerModel(r, active.get(r.id) ?? 0),
          load: result.loads[r.id] ?? 0,
          maxLoad: plan.maxLoad.get(r.id) ?? 0,
          sectorMatches: matches.get(r.id) ?? 0,
        })),
        blockedProjects: [],
      };
    });
  }
}
