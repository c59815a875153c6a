import { Injectable } from '@nestjs/common';
import {
  assignReviewers,
  AssignmentResult,
  ConflictSource,
  initialConflictStatus,
  isBlockingConflict,
  ReviewPair,
} from '@sixcan/domain';
import { ScreeningProject } from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { ConflictOfInterest } from '../conflict/conflict.entity';
import { DetectedConflict, detectConflicts } from '../conflict/detect';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { RoundService } from '../round/round.service';
import { ScreeningRound } from '../round/screening-round.entity';

export interface RoundPlan {
  projects: ScreeningProject[];
  reviewers: ReviewerProfile[];
  /** Effective max load per reviewer in this round: the lower of theirs and the round's. */
  maxLoad: Map<string, number>;
  /** Detected conflicts not recorded yet (they start ACTIVE, so they block). */
  newConflicts: DetectedConflict[];
  /** Every blocking pair: recorded blocking conflicts and the new detected ones. */
  blocking: ReviewPair[];
  result: AssignmentResult;
}

/**
 * Everything the assignment of a round needs, read in one place: candidates, the reviewer pool,
 * conflicts recorded and detected, and the domain's assignment over them.
 */
@Injectable()
export class RoundPlanner {
  constructor(private readonly rounds: RoundService) {}

  async plan(em: EntityManager, round: ScreeningRound): Promise<RoundPlan> {
    const projects = await this.rounds.candidates(em, round);
    const reviewers = await em.find(ReviewerProfile, {
      where: { organizationId: round.organizationId },
      order: { id: 'ASC' },
    });
    const maxLoad = new Map(reviewers.map((r) => [r.id, Math.min(r.maxLoad, round.maxLoad)]));
    const recorded = projects.length
      ? await em.find(ConflictOfInterest, {
          where: { organizationId: round.organizationId, projectId: In(projects.map((p) => p.id)) },
          select: { id: true, projectId: true, reviewerProfileId: true, source: true, status: true },
        })
      : [];
    const key = (projectId: string, reviewerId: string) => `${projectId}|${reviewerId}`;
    const detectedBefore = new Set(
      recorded
        .filter((c) => c.source === ConflictSource.DETECTED)
        .map((c) => key(c.projectId, c.reviewerProfileId)),
    );
    // A detected conflict found again keeps its recorded status: a dismissed one stays dismissed.
    const newConflicts = detectConflicts(reviewers, projects).filter(
      (c) => !detectedBefore.has(key(c.projectId, c.reviewerId)),
    );
    const blocking: ReviewPair[] = [
      ...recorded
        .filter((c) => isBlockingConflict(c.status))
        .map((c) => ({ projectId: c.projectId, reviewerId: c.reviewerProfileId })),
      ...(isBlockingConflict(initialConflictStatus(ConflictSource.DETECTED)) ? newConflicts : []).map(
        (c) => ({
          projectId: c.projectId,
          reviewerId: c.reviewerId,
        }),
      ),
    ];
    const result = assignReviewers({
      projects: projects.map((p) => ({ id: p.id, sector: p.sectorCode, languages: p.languages })),
      reviewers: reviewers.map((r) => ({
        id: r.id,
        maxLoad: maxLoad.get(r.id) ?? 0,
        sectors: r.sectors,
        languages: r.languages,
      })),
      k: round.reviewersPerProject,
      conflicts: blocking,
    });
    return { projects, reviewers, maxLoad, newConflicts, blocking, result };
  }

  /** Records newly detected conflicts; a pair already recorded is left as it is. */
  async recordDetected(em: EntityManager, round: ScreeningRound, found: DetectedConflict[]): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < found.length; i += 1000) {
      const chunk = found.slice(i, i + 1000);
      const result = await em
        .createQueryBuilder()
        .insert()
        .into(ConflictOfInterest)
        .values(
          chunk.map((c) => ({
            organizationId: round.organizationId,
            programmeId: round.programmeId,
            roundId: round.id,
            reviewerProfileId: c.reviewerId,
            projectId: c.projectId,
            kind: c.kind,
            source: ConflictSource.DETECTED,
            status: initialConflictStatus(ConflictSource.DETECTED),
            reason: c.reason,
            createdBy: null,
            resolvedAt: null,
            resolvedBy: null,
          })),
        )
        .orIgnore()
        .execute();
      inserted += result.identifiers.filter(Boolean).length;
    }
    return inserted;
  }
}
