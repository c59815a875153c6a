import { EntityManager } from 'typeorm';
import { ReviewerProfile } from './reviewer-profile.entity';
import { ReviewerProfileModel, toReviewerModel } from './reviewer.models';

/** Assignments in open rounds that no conflict took away, per profile (one statement). */
export async function activeLoads(em: EntityManager, ids: readonly string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows: { id: string; n: number }[] = await em.query(
    `SELECT a.reviewer_profile_id AS id, count(*)::int AS n
       FROM review_assignment a JOIN screening_round r ON r.id = a.round_id
      WHERE a.reviewer_profile_id = ANY($1) AND r.status = 'OPEN' AND a.conflict_id IS NULL
      GROUP BY a.reviewer_profile_id`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** GraphQL models of these profiles with their active load, in the same order. */
export async function reviewerModels(
  em: EntityManager,
  profiles: ReviewerProfile[],
): Promise<ReviewerProfileModel[]> {
  const loads = await activeLoads(
    em,
    profiles.map((p) => p.id),
  );
  return profiles.map((p) => toReviewerModel(p, loads.get(p.id) ?? 0));
}
