/**
 * Demo data for `npm run demo`: each capability adds its part of the reference scenario here.
 * Idempotent: running it again changes nothing.
 */
import 'reflect-metadata';
import { DemoOrganization, Organization, seedIdentity } from '@sixcan/server-identity';
import { applySeededMoves, screeningSeedInput, seedIntake } from '@sixcan/server-programmes';
import { seedMatching } from '@sixcan/server-matching';
import { seedInsights } from '@sixcan/server-insights';
import { seedRoadshows } from '@sixcan/server-roadshows';
import { seedScreening } from '@sixcan/server-screening';
import { DataSource } from 'typeorm';
import accounts from './demo-accounts.json';
import { createDataSource } from './migrate';

const PARTS: { name: string; run: (ds: DataSource) => Promise<string> }[] = [
  {
    name: 'organisations and users',
    run: (ds) => seedIdentity(ds, accounts.password, accounts.organizations as DemoOrganization[]),
  },
  {
    name: 'call for projects (reference intake)',
    run: async (ds) => {
      const [first] = accounts.organizations;
      const organization = await ds.getRepository(Organization).findOneByOrFail({ name: first?.name });
      const email = (role: string) => first?.members.find((m) => m.roles.includes(role))?.email;
      return seedIntake(ds, {
        organizationId: organization.id,
        channelEmail: email('CHANNEL'),
        applicantEmail: email('APPLICANT'),
      });
    },
  },
  {
    name: 'screening (150 reviewers, round 1 decided, round 2 open)',
    run: async (ds) => {
      const [first] = accounts.organizations;
      const organization = await ds.getRepository(Organization).findOneByOrFail({ name: first?.name });
      const input = await screeningSeedInput(ds, organization.id);
      if (!input) return 'no reference programme';
      const email = (role: string) => first?.members.find((m) => m.roles.includes(role))?.email;
      const [organizer] = await ds.query(`SELECT id FROM app_user WHERE email = $1`, [email('ORGANIZER')]);
      const { summary, moves } = await seedScreening(ds, {
        organizationId: organization.id,
        ...input,
        reviewerEmail: email('REVIEWER'),
        organizerUserId: (organizer as { id: string } | undefined)?.id,
      });
      await applySeededMoves(ds, organization.id, moves);
      return summary;
    },
  },
  {
    name: 'matchmaking (120 partners, intents, bids, deals, 17 agreements ≈ ¥2.4 bn; the demo partner and applicant)',
    run: async (ds) => {
      const [first] = accounts.organizations;
      const organization = await ds.getRepository(Organization).findOneByOrFail({ name: first?.name });
      const email = (role: string) => first?.members.find((m) => m.roles.includes(role))?.email;
      // The shortlisted projects first, then those still in screening: 100 published to partners.
      const projects: { id: string; sector_code: string | null }[] = await ds.query(
        `SELECT id, sector_code FROM project WHERE organization_id = $1 AND status IN ('SHORTLISTED', 'IN_ROADSHOW', 'IN_SCREENING')
          ORDER BY (status = 'IN_SCREENING'), submitted_at, id LIMIT 100`,
        [organization.id],
      );
      // The demo applicant also owns the first of them, on which two parks hold live bids to compare.
      const showcase = projects[0]?.id;
      const summary = await seedMatching(ds, {
        organizationId: organization.id,
        projectIds: projects.map((p) => p.id),
        sectors: [...new Set(projects.flatMap((p) => (p.sector_code ? [p.sector_code] : [])))],
        partnerEmail: email('PARTNER'),
        showcaseProjectId: showcase,
      });
      const applicant = email('APPLICANT');
      if (showcase && applicant)
        await ds.query(
          `UPDATE project SET applicant_email = $1, owner_user_id = (SELECT id FROM app_user WHERE email = $1)
            WHERE id = $2`,
          [applicant, showcase],
        );
      return summary;
    },
  },
  {
    name: 'roadshow (12 projects from 8 countries, live, two commentators)',
    run: async (ds) => {
      const [first] = accounts.organizations;
      const organization = await ds.getRepository(Organization).findOneByOrFail({ name: first?.name });
      const [programme] = await ds.query(
        `SELECT id FROM programme WHERE organization_id = $1 ORDER BY created_at LIMIT 1`,
        [organization.id],
      );
      if (!programme) return 'no reference programme';
      // Shortlisted projects first, then those published to partners (the demo's round 3 is still to come).
      const candidates = await ds.query(
        `SELECT p.id, p.country, p.presenter_time_zone AS "presenterTimeZone", p.availability FROM project p
          WHERE p.organization_id = $1 AND p.programme_id = $2 AND p.status NOT IN ('DRAFT', 'WITHDRAWN', 'REJECTED')
            AND (p.status IN ('SHORTLISTED', 'IN_ROADSHOW')
                 OR EXISTS (SELECT 1 FROM published_project pp WHERE pp.project_id = p.id AND pp.organization_id = p.organization_id))
          ORDER BY (p.status NOT IN ('SHORTLISTED', 'IN_ROADSHOW')), p.submitted_at, p.id LIMIT 200`,
        [organization.id, (programme as { id: string }).id],
      );
      const commentators = await ds.query(
        `SELECT m.user_id AS id FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.organization_id = $1 AND 'COMMENTATOR' = ANY(m.roles) ORDER BY u.email LIMIT 2`,
        [organization.id],
      );
      const intents = await ds.query(
        `SELECT id AS "intentId", project_id AS "projectId", partner_id AS "partnerId" FROM match_intent
          WHERE organization_id = $1 AND source = 'ROADSHOW' ORDER BY created_at, id`,
        [organization.id],
      );
      return seedRoadshows(ds, {
        organizationId: organization.id,
        programmeId: (programme as { id: string }).id,
        candidates,
        commentatorUserIds: (commentators as { id: string }[]).map((c) => c.id),
        intents,
      });
    },
  },
  {
    // Last: the dashboard's aggregates over everything seeded above.
    name: 'programme dashboard (aggregates refreshed)',
    run: async (ds) => {
      const [first] = accounts.organizations;
      const organization = await ds.getRepository(Organization).findOneByOrFail({ name: first?.name });
      return seedInsights(ds, { organizationId: organization.id });
    },
  },
];

/** Seeds every part into an initialised data source; answers one summary line per part. */
export async function seedDemo(dataSource: DataSource): Promise<string[]> {
  const lines: string[] = [];
  for (const part of PARTS) lines.push(`${part.name}: ${await part.run(dataSource)}`);
  return lines;
}

async function main(): Promise<void> {
  const dataSource = createDataSource();
  await dataSource.initialize();
  try {
    for (const part of PARTS) console.log(`  ${part.name}: ${await part.run(dataSource)}`);
  } finally {
    await dataSource.destroy();
  }
}

// Run as a script (`node dist/server/tools/seed.js`); imported (the backup drill), it only exports.
if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
