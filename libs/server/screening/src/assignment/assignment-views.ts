import { Injectable } from '@nestjs/common';
import { formatMoney } from '@sixcan/domain';
import { ScreeningIntake, ScreeningProgramme, StoredFile } from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { Review } from '../review/review.entity';
import { toReviewModel } from '../review/review.models';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { activeLoads } from '../reviewer/reviewer-models';
import { toReviewerModel } from '../reviewer/reviewer.models';
import { ScreeningRound } from '../round/screening-round.entity';
import { AssignmentModel, ReviewProjectModel, ReviewRoundModel } from './assignment.models';
import { ReviewAssignment } from './review-assignment.entity';

export const roundView = (round: ScreeningRound, programme: ScreeningProgramme): ReviewRoundModel => ({
  id: round.id,
  programmeId: round.programmeId,
  programmeTitle: { zh: programme.title.zh ?? null, en: programme.title.en ?? null },
  ordinal: round.ordinal,
  deadline: round.deadline,
  status: round.status,
  cans: round.cans,
  criteria: round.criteria,
  rubric: programme.rubric.filter((c) => round.criteria.includes(c.code)),
  scaleMin: 1,
  scaleMax: programme.rubricScale,
});

/**
 * Assignment models for a page, in a fixed number of statements: rounds, programmes, project details,
 * attachments, reviews and reviewers. The review is shown to its own reviewer only; the reviewer's profile
 * to organizers and to that reviewer.
 */
@Injectable()
export class AssignmentViews {
  constructor(private readonly intake: ScreeningIntake) {}

  async build(
    em: EntityManager,
    organizationId: string,
    assignments: ReviewAssignment[],
    viewer: { reviewerProfileId: string | null; organizer: boolean },
  ): Promise<AssignmentModel[]> {
    if (!assignments.length) return [];
    const roundIds = [...new Set(assignments.map((a) => a.roundId))];
    const rounds = await em.findBy(ScreeningRound, { id: In(roundIds), organizationId });
    const programmes = new Map<string, ScreeningProgramme>();
    for (const programmeId of new Set(rounds.map((r) => r.programmeId))) {
      const programme = await this.intake.programme(em, organizationId, programmeId);
      if (programme) programmes.set(programmeId, programme);
    }
    const details = await this.intake.details(em, organizationId, [
      ...new Set(assignments.map((a) => a.projectId)),
    ]);
    const fileIds = [...new Set(details.flatMap((d) => d.attachmentFileIds))];
    const files = fileIds.length ? await em.findBy(StoredFile, { id: In(fileIds), organizationId }) : [];
    const own = assignments.filter((a) => a.reviewerProfileId === viewer.reviewerProfileId).map((a) => a.id);
    const reviews = own.length ? await em.findBy(Review, { assignmentId: In(own) }) : [];
    const profileIds = [
      ...new Set(
        assignments
          .filter((a) => viewer.organizer || a.reviewerProfileId === viewer.reviewerProfileId)
          .map((a) => a.reviewerProfileId),
      ),
    ];
    const profiles = profileIds.length ? await em.findBy(ReviewerProfile, { id: In(profileIds) }) : [];
    const loads = await activeLoads(
      em,
      profiles.map((p) => p.id),
    );
    const roundById = new Map(rounds.map((r) => [r.id, r]));
    const detailById = new Map(details.map((d) => [d.id, d]));
    const fileById = new Map(files.map((f) => [f.id, f]));
    const reviewByAssignment = new Map(reviews.map((r) => [r.assignmentId, r]));
    const profileById = new Map(profiles.map((p) => [p.id, p]));
    return assignments.flatMap((a) => {
      const round = roundById.get(a.roundId);
      const programme = round && programmes.get(round.programmeId);
      const d = detailById.get(a.projectId);
      if (!round || !programme || !d) return [];
      const sector = programme.sectors.find((s) => s.code === d.sectorCode);
      const project: ReviewProjectModel = {
        id: d.id,
        title: { zh: d.title.zh ?? null, en: d.title.en ?? null },
        summary: { zh: d.summary.zh ?? null, en: d.summary.en ?? null },
        sectorCode: d.sectorCode,
        sectorName: sector ? { zh: sector.nameZh, en: sector.nameEn } : null,
        country: d.country,
        organizationName: d.organizationName,
        trl: d.trl,
        ipStatus: d.ipStatus,
        cooperationModes: d.cooperationModes,
        fundingAsk:
          d.fundingAmountMinor != null && d.fundingCurrency
            ? { amount: formatMoney(d.fundingAmountMinor, d.fundingCurrency), currency: d.fundingCurrency }
            : null,
        team: d.team,
        selfAssessment: d.selfAssessment.map((s) => ({
          can: s.can,
          claim: s.claim,
          evidence: s.evidence ?? null,
        })),
        attachments: d.attachmentFileIds.flatMap((id) => {
          const f = fileById.get(id);
          return f
            ? [
                {
                  id: f.id,
                  filename: f.filename,
                  contentType: f.contentType,
                  sizeBytes: f.sizeBytes,
                  url: `/files/${f.id}`,
                },
              ]
            : [];
        }),
      };
      const review = reviewByAssignment.get(a.id);
      const profile = profileById.get(a.reviewerProfileId);
      return [
        {
          id: a.id,
          roundId: a.roundId,
          round: roundView(round, programme),
          projectId: a.projectId,
          project,
          conflictDeclared: a.conflictId ? true : a.noConflictAt ? false : null,
          review: review ? toReviewModel(review) : null,
          reviewer: profile ? toReviewerModel(profile, loads.get(profile.id) ?? 0) : null,
        },
      ];
    });
  }
}
