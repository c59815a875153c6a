import { DataSource } from 'typeorm';
import { refreshInsights } from './insights-store';

/**
 * The demo's dashboard: the aggregates of every programme of the organisation, refreshed after the other
 * seeds, so the dashboard opens populated and not stale. Idempotent (a second run stores a newer refresh).
 */
export async function seedInsights(ds: DataSource, input: { organizationId: string }): Promise<string> {
  const programmes: { id: string }[] = await ds.query(
    `SELECT id FROM programme WHERE organization_id = $1 ORDER BY created_at, id`,
    [input.organizationId],
  );
  const parts: string[] = [];
  for (const p of programmes) {
    const done = await refreshInsights(ds, input.organizationId, p.id);
    const funnel = done?.figures.funnel ?? [];
    parts.push(
      funnel
        .map((s) => `${s.key === 'PASSED_ROUND' ? `R${s.roundOrdinal}` : s.key.toLowerCase()} ${s.count}`)
        .join(' → '),
    );
  }
  return programmes.length
    ? `${programmes.length} programme(s) refreshed: ${parts.join('; ')}`
    : 'no programme';
}
