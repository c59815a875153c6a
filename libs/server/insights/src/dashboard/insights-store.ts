/**
 * The stored aggregates: computing them in one consistent read, writing them (never over newer ones), reading
 * the requested sections back with their freshness in one statement. Plain functions over a DataSource, so the
 * worker's job, the API and the demo seed share them.
 */
import { DataSource, EntityManager } from 'typeorm';
import {
  INSIGHTS_SECTIONS,
  InsightsFigures,
  InsightsProgramme,
  InsightsQueries,
  InsightsSection,
  programmeOf,
} from './insights-queries';

/**
 * Audit actions that never change a dashboard figure (sign-ins, accounts, exports, a partner's own list):
 * every other audited change of the organisation makes its programmes' aggregates stale.
 */
export const IRRELEVANT_ACTIONS = [
  'session.%',
  'user.%',
  'member.%',
  'organization.%',
  'match.%',
  '%.exported',
  '%_exported',
  'audit_events.%',
  'report.%',
  'programme_report.%',
] as const;

/** Intents created this long before a refresh are in its baseline; later ones are counted live. */
export const LIVE_COUNT_MARGIN_MS = 60_000;

/** Sections as JSON, with their instants revived. */
export function reviveSection<S extends InsightsSection>(section: S, value: unknown): InsightsFigures[S] {
  if (section === 'funnel')
    return (value as { asOf: string | null }[]).map((s) => ({
      ...s,
      asOf: s.asOf ? new Date(s.asOf) : null,
    })) as InsightsFigures[S];
  if (section === 'trends')
    return (value as { period: string }[]).map((t) => ({
      ...t,
      period: new Date(t.period),
    })) as InsightsFigures[S];
  return value as InsightsFigures[S];
}

export interface ComputedInsights {
  programme: InsightsProgramme;
  at: Date;
  figures: Partial<InsightsFigures>;
}

/**
 * Computes sections of a programme in one REPEATABLE READ, READ ONLY transaction (every statement sees the same
 * snapshot), `at` being its instant. Null when the programme is not the organisation's.
 */
export function computeInsights(
  dataSource: DataSource,
  organizationId: string,
  programmeId: string,
  sections: ReadonlySet<InsightsSection>,
  withBaseline = false,
): Promise<(ComputedInsights & { baseline?: { counted: number; until: Date } }) | null> {
  return dataSource.transaction('REPEATABLE READ', async (em) => {
    await em.query(`SET TRANSACTION READ ONLY`);
    // These statements read every project of a programme: their cost estimates cross the JIT threshold, and
    // compiling them takes several times longer than running them.
    await em.query(`SET LOCAL jit = off`);
    // The snapshot is taken by this first statement: `at` is the instant the figures describe.
    const [{ at }]: { at: Date }[] = await em.query(`SELECT now() AS at`);
    const programme = await programmeOf(em, organizationId, programmeId);
    if (!programme) return null;
    const figures = await new InsightsQueries(em).compute(programme, sections, at);
    return withBaseline
      ? { programme, at, figures, baseline: await intentBaseline(em, programme, at) }
      : { programme, at, figures };
  });
}

async function intentBaseline(
  em: EntityManager,
  programme: InsightsProgramme,
  at: Date,
): Promise<{ counted: number; until: Date }> {
  const until = new Date(at.getTime() - LIVE_COUNT_MARGIN_MS);
  const [row]: { n: number }[] = await em.query(
    `SELECT count(*)::int AS n FROM match_intent i JOIN project p ON p.id = i.project_id
      WHERE i.organization_id = $1 AND p.organization_id = $1 AND p.programme_id = $2 AND i.created_at <= $3`,
    [programme.organizationId, programme.id, until],
  );
  return { counted: row?.n ?? 0, until };
}

/**
 * Recomputes and stores every section of a programme's aggregates. Never overwrites aggregates computed from a
 * later snapshot (two refreshes racing keep the newer). Null when the programme is not the organisation's.
 */
export async function refreshInsights(
  dataSource: DataSource,
  organizationId: string,
  programmeId: string,
): Promise<ComputedInsights | null> {
  const started = Date.now();
  const computed = await computeInsights(
    dataSource,
    organizationId,
    programmeId,
    new Set(INSIGHTS_SECTIONS),
    true,
  );
  if (!computed?.baseline) return null;
  const { baseline } = computed;
  await dataSource.transaction(async (em) => {
    const rows: { id: string }[] = await em.query(
      `INSERT INTO programme_insights (organization_id, programme_id, refreshed_at, duration_ms, intents_counted,
                                       intents_counted_until)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (programme_id) DO UPDATE
          SET refreshed_at = EXCLUDED.refreshed_at, duration_ms = EXCLUDED.duration_ms,
              intents_counted = EXCLUDED.intents_counted, intents_counted_until = EXCLUDED.intents_counted_until,
              updated_at = now()
        WHERE programme_insights.refreshed_at < EXCLUDED.refreshed_at
       RETURNING id`,
      [organizationId, programmeId, computed.at, Date.now() - started, baseline.counted, baseline.until],
    );
    const id = rows[0]?.id;
    if (!id) return; // a refresh from a later snapshot is already stored
    await em.query(`DELETE FROM programme_insights_section WHERE aggregate_id = $1`, [id]);
    const sections = INSIGHTS_SECTIONS.filter((s) => computed.figures[s] !== undefined);
    await em.query(
      `INSERT INTO programme_insights_section (organization_id, aggregate_id, section, figures)
       SELECT $1, $2, s.section, s.figures FROM unnest($3::text[], $4::jsonb[]) AS s(section, figures)`,
      [organizationId, id, sections, sections.map((s) => JSON.stringify(computed.figures[s]))],
    );
  });
  return computed;
}

export interface StoredInsights {
  programmeId: string;
  /**
   * The currency of the stored money figures: the reporting currency at the refresh, which the stored investment
   * section carries (the programme's before the first refresh).
   */
  currency: string;
  /** Null when the programme has no aggregates yet. */
  refreshedAt: Date | null;
  stale: boolean;
  figures: Partial<InsightsFigures>;
}

/**
 * The programme's stored sections with their freshness, in one statement (null when the programme is not the
 * organisation's): stale when the organisation's audit trail holds a relevant change after the refresh.
 */
export async function readInsights(
  em: EntityManager,
  organizationId: string,
  programmeId: string,
  sections: readonly InsightsSection[],
): Promise<StoredInsights | null> {
  const rows: {
    id: string;
    currency: string;
    refreshed_at: Date | null;
    stale: boolean;
    figures: Record<string, unknown> | null;
  }[] = await em.query(
    `SELECT p.id, coalesce(
              (SELECT s.figures ->> 'currency' FROM programme_insights_section s
                WHERE s.aggregate_id = h.id AND s.section = 'investment'), p.currency) AS currency,
            h.refreshed_at,
            h.id IS NOT NULL AND EXISTS (
              SELECT 1 FROM audit_event a
               WHERE a.organization_id = p.organization_id AND a.created_at > h.refreshed_at
                 AND a.action NOT LIKE ALL ($3::text[])) AS stale,
            (SELECT json_object_agg(s.section, s.figures) FROM programme_insights_section s
              WHERE s.aggregate_id = h.id AND s.section = ANY ($4::text[])) AS figures
       FROM programme p
       LEFT JOIN programme_insights h ON h.programme_id = p.id AND h.organization_id = p.organization_id
      WHERE p.id = $1 AND p.organization_id = $2`,
    [programmeId, organizationId, IRRELEVANT_ACTIONS, sections],
  );
  const row = rows[0];
  if (!row) return null;
  const figures: Partial<InsightsFigures> = {};
  for (const section of sections) {
    const value = row.figures?.[section];
    if (value !== undefined) Object.assign(figures, { [section]: reviveSection(section, value) });
  }
  return {
    programmeId: row.id,
    currency: row.currency.trim(),
    refreshedAt: row.refreshed_at,
    stale: row.stale,
    figures,
  };
}
