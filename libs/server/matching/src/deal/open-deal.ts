import { Actor, DealStage } from '@sixcan/domain';
import { AuditLog } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';

/**
 * Opens the deal of a (partner, project) pair at INTENT when it has none yet; the unique pair makes
 * concurrent openers agree on one row. Returns the deal id.
 */
export async function openDeal(
  em: EntityManager,
  audit: AuditLog,
  actor: Actor,
  pair: { partnerId: string; projectId: string },
  openedBy: 'intent' | 'bid',
): Promise<string> {
  const inserted: { id: string }[] = await em.query(
    `INSERT INTO deal (organization_id, partner_id, project_id, stage, last_activity_at)
     VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (partner_id, project_id) DO NOTHING RETURNING id`,
    [actor.organizationId, pair.partnerId, pair.projectId, DealStage.INTENT],
  );
  if (inserted[0]) {
    await audit.byActor(
      em,
      actor,
      'deal.opened',
      { type: 'Deal', id: inserted[0].id },
      { ...pair, openedBy },
    );
    return inserted[0].id;
  }
  const [row]: { id: string }[] = await em.query(
    `SELECT id FROM deal WHERE partner_id = $1 AND project_id = $2`,
    [pair.partnerId, pair.projectId],
  );
  return (row as { id: string }).id;
}
