import { seedMatching } from '@sixcan/server-matching';
import { applySeededMoves, screeningSeedInput, seedIntake } from '@sixcan/server-programmes';
import { seedRoadshows, type SeedCandidate } from '@sixcan/server-roadshows';
import { seedScreening } from '@sixcan/server-screening';
import { InsightsJobsModule } from '@sixcan/server-insights';
import { startWorld as startTestWorld, World } from '../test-world';

export { must, signUpOrganizer, unique } from '../intake/intake.fixtures';
export type { Auth } from '../intake/intake.fixtures';
export type { World } from '../test-world';
export { partnerAccount, recordIntent } from '../matching/matching.fixtures';

/** The API and a worker running the insights jobs (refresh, sweep) besides the core ones. */
export function startWorld(): Promise<World> {
  return startTestWorld([InsightsJobsModule]);
}

/**
 * The demo's reference scenario in one organisation, seeded as `npm run demo` does: 2,400 projects from 40
 * channels, screening round 1 decided and round 2 open, 120 partners with intents, bids, deals and 17
 * agreements on 100 published projects, and a live roadshow of 12. Returns the programme id.
 */
export async function seedReferenceProgramme(world: World, organizationId: string): Promise<string> {
  const ds = world.db;
  await seedIntake(ds, { organizationId });
  const input = await screeningSeedInput(ds, organizationId);
  if (!input) throw new Error('no reference programme');
  const { moves } = await seedScreening(ds, { organizationId, ...input });
  await applySeededMoves(ds, organizationId, moves);
  const projects: { id: string; sector_code: string | null }[] = await ds.query(
    `SELECT id, sector_code FROM project WHERE organization_id = $1 AND status IN ('SHORTLISTED', 'IN_ROADSHOW', 'IN_SCREENING')
      ORDER BY (status = 'IN_SCREENING'), submitted_at, id LIMIT 100`,
    [organizationId],
  );
  await seedMatching(ds, {
    organizationId,
    projectIds: projects.map((p) => p.id),
    sectors: [...new Set(projects.flatMap((p) => (p.sector_code ? [p.sector_code] : [])))],
    showcaseProjectId: projects[0]?.id,
  });
  const programmeId = input.programme.id;
  const candidates: SeedCandidate[] = await ds.query(
    `SELECT p.id, p.country, p.presenter_time_zone AS "presenterTimeZone", p.availability FROM project p
      WHERE p.organization_id = $1 AND p.programme_id = $2 AND p.status NOT IN ('DRAFT', 'WITHDRAWN', 'REJECTED')
        AND (p.status IN ('SHORTLISTED', 'IN_ROADSHOW')
             OR EXISTS (SELECT 1 FROM published_project pp WHERE pp.project_id = p.id AND pp.organization_id = p.organization_id))
      ORDER BY (p.status NOT IN ('SHORTLISTED', 'IN_ROADSHOW')), p.submitted_at, p.id LIMIT 200`,
    [organizationId, programmeId],
  );
  const intents = await ds.query(
    `SELECT id AS "intentId", project_id AS "projectId", partner_id AS "partnerId" FROM match_intent
      WHERE organization_id = $1 AND source = 'ROADSHOW' ORDER BY created_at, id`,
    [organizationId],
  );
  await seedRoadshows(ds, { organizationId, programmeId, candidates, commentatorUserIds: [], intents });
  return programmeId;
}

export const MONEY = 'amount currency';
export const INSIGHTS = `programmeId currency source refreshedAt stale
  funnel { key roundId roundOrdinal roundName { zh en } count asOf }
  byCountry { key label { zh en } projects submitted advanced withIntents signed }
  bySector { key label { zh en } projects submitted advanced withIntents signed }
  byChannel { channelId name label { zh en } nominated submitted advanced signed yield }
  byPartnerKind { kind partners intents bids signed committed { ${MONEY} } }
  reviewerProgress { roundId roundOrdinal roundName { zh en } status assignments submitted reviewers reviewersDone }
  investment { currency committed { ${MONEY} } realised { ${MONEY} } agreements landed missingRates }
  trends { period submitted intents bids signed committed { ${MONEY} } }`;

export interface Bucket {
  key: string;
  label: { zh: string | null; en: string | null } | null;
  projects: number;
  submitted: number;
  advanced: number;
  withIntents: number;
  signed: number;
}

export interface Insights {
  programmeId: string;
  currency: string;
  source: 'AGGREGATE' | 'LIVE';
  refreshedAt: string;
  stale: boolean;
  funnel: {
    key: string;
    roundId: string | null;
    roundOrdinal: number | null;
    count: number;
    asOf: string | null;
  }[];
  byCountry: Bucket[];
  bySector: Bucket[];
  byChannel: {
    channelId: string;
    name: string;
    nominated: number;
    submitted: number;
    advanced: number;
    signed: number;
    yield: number;
  }[];
  byPartnerKind: {
    kind: string;
    partners: number;
    intents: number;
    bids: number;
    signed: number;
    committed: { amount: string; currency: string } | null;
  }[];
  reviewerProgress: {
    roundId: string;
    roundOrdinal: number;
    status: string;
    assignments: number;
    submitted: number;
    reviewers: number;
    reviewersDone: number;
  }[];
  investment: {
    currency: string;
    committed: { amount: string; currency: string } | null;
    realised: { amount: string; currency: string } | null;
    agreements: number;
    landed: number;
    missingRates: string[];
  };
  trends: {
    period: string;
    submitted: number;
    intents: number;
    bids: number;
    signed: number;
    committed: { amount: string; currency: string } | null;
  }[];
}

export const COUNTERS = 'programmeId at intents bids deals signed liveRoadshowId';
export interface Counters {
  programmeId: string;
  at: string;
  intents: number;
  bids: number;
  deals: number;
  signed: number;
  liveRoadshowId: string | null;
}

/** The figures without what says where and when they come from (to compare LIVE and AGGREGATE). */
export const figuresOf = ({ source: _s, refreshedAt: _r, stale: _t, ...figures }: Insights) => figures;
