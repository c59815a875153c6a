/**
 * The dashboard's figures computed from the records of every context, in SQL over their tables (insights is a
 * read model and imports no other context). Each section costs one statement at most, and only the sections
 * asked for are computed. Every statement is scoped to the organisation and the programme.
 */
import { PARTNER_KINDS, PartnerKind, ScreeningRoundStatus, SectorDef } from '@sixcan/domain';
import { EntityManager } from 'typeorm';
import { CurrencySum, moneyIn, roundName, StoredFx, sumIn, weeksBetween, yieldOf } from './figures';
import {
  ChannelYieldInsightModel,
  FunnelStageKey,
  FunnelStageModel,
  InsightsBucketModel,
  InvestmentFiguresModel,
  PartnerKindBreakdownModel,
  ProgrammeInsightsModel,
  RoundReviewProgressModel,
  TrendPointModel,
} from './insights.models';

export const INSIGHTS_SECTIONS = [
  'funnel',
  'byCountry',
  'bySector',
  'byChannel',
  'byPartnerKind',
  'reviewerProgress',
  'investment',
  'trends',
] as const;
export type InsightsSection = (typeof INSIGHTS_SECTIONS)[number];

/** The computed sections of a programme's insights. */
export type InsightsFigures = Pick<ProgrammeInsightsModel, InsightsSection>;

/** Projects without a country or sector are counted under this key. */
export const UNKNOWN_KEY = 'UNKNOWN';
/** The trends cover at most this many weeks (the latest). */
export const MAX_WEEKS = 104;

/** What the dashboard needs of a programme. */
export interface InsightsProgramme {
  id: string;
  organizationId: string;
  timeZone: string;
  currency: string;
  sectors: SectorDef[];
  opensAt: Date;
}

interface RoundRow {
  id: string;
  ordinal: number;
  status: ScreeningRoundStatus;
  advanced: number;
}

interface FactRow {
  g_country: number;
  g_sector: number;
  g_channel: number;
  country: string | null;
  sector_code: string | null;
  channel_id: string | null;
  name_zh: string | null;
  name_en: string | null;
  projects: number;
  submitted: number;
  advanced: number;
  roadshow: number;
  selected: number;
  intents: number;
  bids: number;
  signed: number;
  landed: number;
}

interface AgreementRow {
  kind: PartnerKind;
  currency: string;
  week: Date;
  n: number;
  landed: number;
  committed: string;
  realised: string;
}

/** The programme of the organisation (null for absent and foreign ids alike). */
export async function programmeOf(
  em: EntityManager,
  organizationId: string,
  id: string,
): Promise<InsightsProgramme | null> {
  const rows: {
    id: string;
    organization_id: string;
    time_zone: string;
    currency: string;
    sectors: SectorDef[];
    opens_at: Date;
  }[] = await em.query(
    `SELECT id, organization_id, time_zone, currency, sectors, opens_at FROM programme
      WHERE id = $1 AND organization_id = $2`,
    [id, organizationId],
  );
  const p = rows[0];
  return p
    ? {
        id: p.id,
        organizationId: p.organization_id,
        timeZone: p.time_zone,
        currency: p.currency.trim(),
        sectors: p.sectors,
        opensAt: p.opens_at,
      }
    : null;
}

/** The grouping columns of the facts statement (each its own grouping set when asked for). */
const FACT_COLUMNS = { country: 'f.country', sector: 'f.sector_code', channel: 'f.channel_id' } as const;
const FACT_TYPES = { country: 'text', sector: 'text', channel: 'uuid' } as const;
type FactColumn = keyof typeof FACT_COLUMNS;

/**
 * Per project of the programme, what it reached, grouped by the requested sets: () for the funnel, (country),
 * (sector_code), (channel_id). One statement. Each fact is an EXISTS the planner answers with an index probe
 * per project (intents, bids: their (organization, project) indexes) or one hashed scan (rounds, roadshows,
 * published projects); agreements, which have no project index, are grouped once and hash-joined.
 */
function factsStatement(total: boolean, columns: FactColumn[]): string {
  const sets = [...(total ? ['()'] : []), ...columns.map((c) => `(${FACT_COLUMNS[c]})`)];
  const grouping = (Object.keys(FACT_COLUMNS) as FactColumn[])
    .map((c) => {
      const [name] = FACT_COLUMNS[c].slice(2).split('_');
      return columns.includes(c)
        ? `GROUPING(${FACT_COLUMNS[c]}) AS g_${name}, ${FACT_COLUMNS[c]}`
        : `1 AS g_${name}, NULL::${FACT_TYPES[c]} AS ${FACT_COLUMNS[c].slice(2)}`;
    })
    .join(',\n         ');
  return `WITH f AS (
  SELECT p.country, p.sector_code, p.channel_id,
         p.submitted_at IS NOT NULL AS submitted,
         EXISTS (SELECT 1 FROM screening_round_project s JOIN screening_round r ON r.id = s.round_id
                  WHERE s.organization_id = $1 AND s.project_id = p.id AND s.decision = 'ADVANCE'
                    AND r.organization_id = $1 AND r.programme_id = $2) AS advanced,
         EXISTS (SELECT 1 FROM roadshow_project e JOIN roadshow_event r ON r.id = e.roadshow_id
                  WHERE e.organization_id = $1 AND e.project_id = p.id
                    AND r.organization_id = $1 AND r.programme_id = $2) AS roadshow,
         (p.status IN ('SHORTLISTED', 'IN_ROADSHOW')
          OR (p.status NOT IN ('WITHDRAWN', 'REJECTED', 'DRAFT')
              AND EXISTS (SELECT 1 FROM published_project pp
                           WHERE pp.organization_id = $1 AND pp.project_id = p.id))) AS selected,
         EXISTS (SELECT 1 FROM match_intent i WHERE i.organization_id = $1 AND i.project_id = p.id) AS intents,
         EXISTS (SELECT 1 FROM bid b WHERE b.organization_id = $1 AND b.project_id = p.id) AS bids,
         a.project_id IS NOT NULL AS signed,
         coalesce(a.landed, false) AS landed
    FROM project p
    LEFT JOIN (SELECT project_id, bool_or(realised_at IS NOT NULL) AS landed FROM agreement
                WHERE organization_id = $1 GROUP BY project_id) a ON a.project_id = p.id
   WHERE p.organization_id = $1 AND p.programme_id = $2
), g AS (
  SELECT ${grouping},
         count(*)::int AS projects,
         count(*) FILTER (WHERE f.submitted)::int AS submitted,
         count(*) FILTER (WHERE f.advanced)::int AS advanced,
         count(*) FILTER (WHERE f.roadshow)::int AS roadshow,
         count(*) FILTER (WHERE f.selected)::int AS selected,
         count(*) FILTER (WHERE f.intents)::int AS intents,
         count(*) FILTER (WHERE f.bids)::int AS bids,
         count(*) FILTER (WHERE f.signed)::int AS signed,
         count(*) FILTER (WHERE f.landed)::int AS landed
    FROM f
   GROUP BY GROUPING SETS (${sets.join(', ')})
)
SELECT g.*, c.name_zh, c.name_en
  FROM g LEFT JOIN channel c ON c.id = g.channel_id AND c.organization_id = $1`;
}

/** Computes the requested sections of a programme's insights from the records (a consistent read is the caller's). */
export class InsightsQueries {
  constructor(private readonly em: EntityManager) {}

  async compute(
    programme: InsightsProgramme,
    sections: ReadonlySet<InsightsSection>,
    now: Date,
  ): Promise<Partial<InsightsFigures>> {
    const out: Partial<InsightsFigures> = {};
    const has = (s: InsightsSection) => sections.has(s);
    const facts =
      has('funnel') || has('byCountry') || has('bySector') || has('byChannel')
        ? await this.facts(programme, {
            funnel: has('funnel'),
            country: has('byCountry'),
            sector: has('bySector'),
            channel: has('byChannel'),
          })
        : [];
    if (has('funnel')) out.funnel = await this.funnel(programme, facts);
    if (has('byCountry')) out.byCountry = countryBuckets(facts);
    if (has('bySector')) out.bySector = sectorBuckets(facts, programme.sectors);
    if (has('byChannel')) out.byChannel = channelYields(facts);
    if (has('reviewerProgress')) out.reviewerProgress = await this.reviewerProgress(programme);
    if (has('byPartnerKind') || has('investment') || has('trends')) {
      const fx = await this.fx(programme.organizationId);
      const agreements = await this.agreements(programme);
      if (has('byPartnerKind')) out.byPartnerKind = await this.byPartnerKind(programme, agreements, fx);
      if (has('investment')) out.investment = investmentOf(programme.currency, agreements, fx);
      if (has('trends')) out.trends = await this.trends(programme, agreements, fx, now);
    }
    return out;
  }

  private facts(
    programme: InsightsProgramme,
    want: { funnel: boolean; country: boolean; sector: boolean; channel: boolean },
  ): Promise<FactRow[]> {
    const columns = (['country', 'sector', 'channel'] as const).filter((c) => want[c]);
    return this.em.query(factsStatement(want.funnel, columns), [programme.organizationId, programme.id]);
  }

  private async funnel(programme: InsightsProgramme, facts: FactRow[]): Promise<FunnelStageModel[]> {
    const total = facts.find((f) => f.g_country && f.g_sector && f.g_channel);
    const rows: { rounds: RoundRow[]; handbook: { total: number; finishedAt: string | null } | null }[] =
      await this.em.query(
        `SELECT
           (SELECT coalesce(json_agg(json_build_object('id', r.id, 'ordinal', r.ordinal, 'status', r.status,
                     'advanced', (SELECT count(*) FROM screening_round_project s
                                   WHERE s.round_id = r.id AND s.decision = 'ADVANCE')) ORDER BY r.ordinal), '[]')
              FROM screening_round r WHERE r.organization_id = $1 AND r.programme_id = $2) AS rounds,
           (SELECT json_build_object('total', j.total, 'finishedAt', j.finished_at) FROM handbook_job j
             WHERE j.organization_id = $1 AND j.programme_id = $2 AND j.status = 'SUCCEEDED'
             ORDER BY j.finished_at DESC NULLS LAST, j.created_at DESC LIMIT 1) AS handbook`,
        [programme.organizationId, programme.id],
      );
    const { rounds, handbook } = rows[0] ?? { rounds: [], handbook: null };
    const stage = (key: FunnelStageKey, count: number): FunnelStageModel => ({
      key,
      count,
      roundId: null,
      roundOrdinal: null,
      roundName: null,
      asOf: null,
    });
    return [
      stage(FunnelStageKey.COLLECTED, total?.projects ?? 0),
      stage(FunnelStageKey.SUBMITTED, total?.submitted ?? 0),
      ...rounds.map((r) => ({
        ...stage(FunnelStageKey.PASSED_ROUND, Number(r.advanced)),
        roundId: r.id,
        roundOrdinal: r.ordinal,
        roundName: roundName(r.ordinal),
      })),
      handbook
        ? {
            ...stage(FunnelStageKey.HANDBOOK, handbook.total),
            asOf: handbook.finishedAt ? new Date(handbook.finishedAt) : null,
          }
        : stage(FunnelStageKey.HANDBOOK, total?.selected ?? 0),
      stage(FunnelStageKey.ROADSHOW, total?.roadshow ?? 0),
      stage(FunnelStageKey.WITH_INTENTS, total?.intents ?? 0),
      stage(FunnelStageKey.WITH_BIDS, total?.bids ?? 0),
      stage(FunnelStageKey.SIGNED, total?.signed ?? 0),
      stage(FunnelStageKey.LANDED, total?.landed ?? 0),
    ];
  }

  private async reviewerProgress(programme: InsightsProgramme): Promise<RoundReviewProgressModel[]> {
    const rows: {
      id: string;
      ordinal: number;
      status: ScreeningRoundStatus;
      assignments: number;
      submitted: number;
      reviewers: number;
      reviewers_done: number;
    }[] = await this.em.query(
      `WITH per AS (
         SELECT a.round_id, a.reviewer_profile_id, count(*)::int AS n, count(v.id)::int AS done
           FROM review_assignment a
           JOIN screening_round r ON r.id = a.round_id
           LEFT JOIN review v ON v.assignment_id = a.id AND v.status = 'SUBMITTED'
          WHERE r.organization_id = $1 AND r.programme_id = $2 AND a.conflict_id IS NULL
          GROUP BY a.round_id, a.reviewer_profile_id)
       SELECT r.id, r.ordinal, r.status,
              coalesce(sum(per.n), 0)::int AS assignments, coalesce(sum(per.done), 0)::int AS submitted,
              count(per.reviewer_profile_id)::int AS reviewers,
              count(*) FILTER (WHERE per.n = per.done)::int AS reviewers_done
         FROM screening_round r LEFT JOIN per ON per.round_id = r.id
        WHERE r.organization_id = $1 AND r.programme_id = $2
        GROUP BY r.id, r.ordinal, r.status
        ORDER BY r.ordinal`,
      [programme.organizationId, programme.id],
    );
    return rows.map((r) => ({
      roundId: r.id,
      roundOrdinal: r.ordinal,
      roundName: roundName(r.ordinal),
      status: r.status,
      assignments: r.assignments,
      submitted: r.submitted,
      reviewers: r.reviewers,
      reviewersDone: r.reviewers_done,
    }));
  }

  private async fx(organizationId: string): Promise<StoredFx> {
    const rows: { currency: string; base_currency: string; rate: string }[] = await this.em.query(
      `SELECT currency, base_currency, rate FROM fx_rate WHERE organization_id = $1 ORDER BY currency`,
      [organizationId],
    );
    return {
      base: rows[0]?.base_currency.trim() ?? null,
      rates: Object.fromEntries(rows.map((r) => [r.currency.trim(), r.rate])),
    };
  }

  /** The programme's agreements summed per partner kind, currency and signing week (a few rows). */
  private agreements(programme: InsightsProgramme): Promise<AgreementRow[]> {
    return this.em.query(
      `SELECT pa.kind, a.currency,
              date_trunc('week', a.signed_at AT TIME ZONE $3) AT TIME ZONE $3 AS week,
              count(*)::int AS n, count(a.realised_at)::int AS landed,
              sum(a.committed_minor)::text AS committed, sum(a.realised_minor)::text AS realised
         FROM agreement a
         JOIN project p ON p.id = a.project_id
         JOIN partner pa ON pa.id = a.partner_id
        WHERE a.organization_id = $1 AND p.organization_id = $1 AND p.programme_id = $2
        GROUP BY 1, 2, 3`,
      [programme.organizationId, programme.id, programme.timeZone],
    );
  }

  private async byPartnerKind(
    programme: InsightsProgramme,
    agreements: AgreementRow[],
    fx: StoredFx,
  ): Promise<PartnerKindBreakdownModel[]> {
    const rows: { kind: PartnerKind; partners: number; intents: number; bids: number }[] =
      await this.em.query(
        `WITH x AS (SELECT i.partner_id, count(*)::int AS intents, 0 AS bids
                    FROM match_intent i JOIN project p ON p.id = i.project_id
                   WHERE i.organization_id = $1 AND p.organization_id = $1 AND p.programme_id = $2
                   GROUP BY i.partner_id
                  UNION ALL
                  SELECT b.partner_id, 0, count(*)::int
                    FROM bid b JOIN project p ON p.id = b.project_id
                   WHERE b.organization_id = $1 AND p.organization_id = $1 AND p.programme_id = $2
                   GROUP BY b.partner_id)
       SELECT pa.kind, count(DISTINCT x.partner_id)::int AS partners,
              sum(x.intents)::int AS intents, sum(x.bids)::int AS bids
         FROM x JOIN partner pa ON pa.id = x.partner_id
        GROUP BY pa.kind`,
        [programme.organizationId, programme.id],
      );
    const byKind = new Map(rows.map((r) => [r.kind, r]));
    return PARTNER_KINDS.map((kind) => {
      const own = agreements.filter((a) => a.kind === kind);
      const row = byKind.get(kind);
      return {
        kind,
        partners: row?.partners ?? 0,
        intents: row?.intents ?? 0,
        bids: row?.bids ?? 0,
        signed: own.reduce((n, a) => n + a.n, 0),
        committed: moneyIn(sumIn(sums(own, 'committed'), programme.currency, fx).minor, programme.currency),
      };
    });
  }

  private async trends(
    programme: InsightsProgramme,
    agreements: AgreementRow[],
    fx: StoredFx,
    now: Date,
  ): Promise<TrendPointModel[]> {
    const rows: { week: Date; submitted: number; intents: number; bids: number }[] = await this.em.query(
      `SELECT week, sum(submitted)::int AS submitted, sum(intents)::int AS intents, sum(bids)::int AS bids FROM (
         SELECT date_trunc('week', p.submitted_at AT TIME ZONE $3) AT TIME ZONE $3 AS week,
                count(*) AS submitted, 0 AS intents, 0 AS bids
           FROM project p
          WHERE p.organization_id = $1 AND p.programme_id = $2 AND p.submitted_at IS NOT NULL GROUP BY 1
         UNION ALL
         SELECT date_trunc('week', i.created_at AT TIME ZONE $3) AT TIME ZONE $3, 0, count(*), 0
           FROM match_intent i JOIN project p ON p.id = i.project_id
          WHERE i.organization_id = $1 AND p.organization_id = $1 AND p.programme_id = $2 GROUP BY 1
         UNION ALL
         SELECT date_trunc('week', b.created_at AT TIME ZONE $3) AT TIME ZONE $3, 0, 0, count(*)
           FROM bid b JOIN project p ON p.id = b.project_id
          WHERE b.organization_id = $1 AND p.organization_id = $1 AND p.programme_id = $2 GROUP BY 1
       ) w GROUP BY week ORDER BY week`,
      [programme.organizationId, programme.id, programme.timeZone],
    );
    const byWeek = new Map(rows.map((r) => [new Date(r.week).getTime(), r]));
    const signedByWeek = new Map<number, AgreementRow[]>();
    for (const a of agreements) {
      const key = new Date(a.week).getTime();
      signedByWeek.set(key, [...(signedByWeek.get(key) ?? []), a]);
    }
    const first = Math.min(programme.opensAt.getTime(), ...[...byWeek.keys(), ...signedByWeek.keys()]);
    const last = Math.max(now.getTime(), ...[...byWeek.keys(), ...signedByWeek.keys()]);
    return weeksBetween(new Date(first), new Date(last), programme.timeZone, MAX_WEEKS).map((period) => {
      const row = byWeek.get(period.getTime());
      const signed = signedByWeek.get(period.getTime()) ?? [];
      return {
        period,
        submitted: row?.submitted ?? 0,
        intents: row?.intents ?? 0,
        bids: row?.bids ?? 0,
        signed: signed.reduce((n, a) => n + a.n, 0),
        committed: moneyIn(
          sumIn(sums(signed, 'committed'), programme.currency, fx).minor,
          programme.currency,
        ),
      };
    });
  }
}

const sums = (rows: AgreementRow[], field: 'committed' | 'realised'): CurrencySum[] =>
  rows.map((r) => ({ currency: r.currency.trim(), minor: BigInt(r[field]) }));

function investmentOf(currency: string, agreements: AgreementRow[], fx: StoredFx): InvestmentFiguresModel {
  const committed = sumIn(sums(agreements, 'committed'), currency, fx);
  const realised = sumIn(sums(agreements, 'realised'), currency, fx);
  return {
    currency,
    committed: moneyIn(committed.minor, currency),
    realised: moneyIn(realised.minor, currency),
    agreements: agreements.reduce((n, a) => n + a.n, 0),
    landed: agreements.reduce((n, a) => n + a.landed, 0),
    missingRates: [...new Set([...committed.missingRates, ...realised.missingRates])].sort(),
  };
}

const bucketOf = (key: string, label: InsightsBucketModel['label'], f: FactRow): InsightsBucketModel => ({
  key,
  label,
  projects: f.projects,
  submitted: f.submitted,
  advanced: f.advanced,
  withIntents: f.intents,
  signed: f.signed,
});

function countryBuckets(facts: FactRow[]): InsightsBucketModel[] {
  return facts
    .filter((f) => !f.g_country && f.g_sector && f.g_channel)
    .map((f) => bucketOf(f.country ?? UNKNOWN_KEY, null, f))
    .sort((a, b) => b.projects - a.projects || a.key.localeCompare(b.key));
}

function sectorBuckets(facts: FactRow[], sectors: SectorDef[]): InsightsBucketModel[] {
  const order = new Map(sectors.map((s, i) => [s.code, i]));
  const names = new Map(sectors.map((s) => [s.code, { zh: s.nameZh, en: s.nameEn }]));
  return facts
    .filter((f) => f.g_country && !f.g_sector && f.g_channel)
    .map((f) => bucketOf(f.sector_code ?? UNKNOWN_KEY, names.get(f.sector_code ?? '') ?? null, f))
    .sort(
      (a, b) =>
        (order.get(a.key) ?? sectors.length) - (order.get(b.key) ?? sectors.length) ||
        a.key.localeCompare(b.key),
    );
}

function channelYields(facts: FactRow[]): ChannelYieldInsightModel[] {
  return facts
    .filter((f) => f.g_country && f.g_sector && !f.g_channel && f.channel_id)
    .map((f) => ({
      channelId: f.channel_id as string,
      name: f.name_en ?? f.name_zh ?? '',
      label: { zh: f.name_zh, en: f.name_en },
      nominated: f.projects,
      submitted: f.submitted,
      advanced: f.advanced,
      signed: f.signed,
      yield: yieldOf(f.advanced, f.projects),
    }))
    .sort((a, b) => b.nominated - a.nominated || a.name.localeCompare(b.name));
}
