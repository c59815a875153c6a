import { EntityManager } from 'typeorm';
import { InsightsLiveCountersModel } from './insights.models';

/**
 * A programme's live counters in two cheap statements: intents are the stored baseline plus those created since
 * (an index range over the latest intents of the organisation); bids, deals and agreements are counted through
 * their project index. Null when the programme is not the organisation's.
 */
export async function liveCountersOf(
  em: EntityManager,
  organizationId: string,
  programmeId: string,
  at: Date,
): Promise<InsightsLiveCountersModel | null> {
  const [base]: { id: string; counted: number | null; until: Date | null }[] = await em.query(
    `SELECT p.id, h.intents_counted AS counted, h.intents_counted_until AS until
       FROM programme p
       LEFT JOIN programme_insights h ON h.programme_id = p.id AND h.organization_id = p.organization_id
      WHERE p.id = $1 AND p.organization_id = $2`,
    [programmeId, organizationId],
  );
  if (!base) return null;
  const [row]: { intents: number; bids: number; deals: number; signed: number; live: string | null }[] =
    await em.query(
      `SELECT
         (SELECT count(*) FROM match_intent i JOIN project p ON p.id = i.project_id
           WHERE i.organization_id = $1 AND i.created_at > $3 AND p.organization_id = $1
             AND p.programme_id = $2)::int AS intents,
         (SELECT count(*) FROM bid b JOIN project p ON p.id = b.project_id
           WHERE b.organization_id = $1 AND p.organization_id = $1 AND p.programme_id = $2)::int AS bids,
         (SELECT count(*) FROM deal d JOIN project p ON p.id = d.project_id
           WHERE d.organization_id = $1 AND p.organization_id = $1 AND p.programme_id = $2)::int AS deals,
         (SELECT count(*) FROM agreement a JOIN project p ON p.id = a.project_id
           WHERE a.organization_id = $1 AND p.organization_id = $1 AND p.programme_id = $2)::int AS signed,
         (SELECT r.id FROM roadshow_event r
           WHERE r.organization_id = $1 AND r.programme_id = $2 AND r.status = 'LIVE'
           ORDER BY r.started_at DESC NULLS LAST, r.id LIMIT 1) AS live`,
      [organizationId, base.id, base.until ?? '-infinity'],
    );
  return {
    programmeId: base.id,
    at,
    intents: (base.counted ?? 0) + (row?.intents ?? 0),
    bids: row?.bids ?? 0,
    deals: row?.deals ?? 0,
    signed: row?.signed ?? 0,
    liveRoadshowId: row?.live ?? null,
  };
}
