import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, CoreModule } from '@sixcan/server-core';
import { InsightsJobsModule, ReportJobsModule } from '@sixcan/server-insights';
import { seedMatching } from '@sixcan/server-matching';
import { applySeededMoves, screeningSeedInput, seedIntake } from '@sixcan/server-programmes';
import { SeedCandidate, seedRoadshows } from '@sixcan/server-roadshows';
import { seedScreening } from '@sixcan/server-screening';
import { eventually } from '@sixcan/server-testing';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Auth, must } from '../intake/intake.fixtures';
import { startWorld as startTestWorld, World } from '../test-world';

export { codeOf, must, signUpOrganizer } from '../intake/intake.fixtures';
export type { Auth } from '../intake/intake.fixtures';
export type { World } from '../test-world';

/** The API and a worker running the insights jobs (the report, the dashboard's refresh) besides the core ones. */
export function startWorld(): Promise<World> {
  return startTestWorld([InsightsJobsModule]);
}

/**
 * The demo's reference scenario in one organisation, seeded as `npm run demo` does: 2,400 projects from 40
 * channels, screening round 1 decided and round 2 open, 120 partners with intents, bids, deals and 17
 * agreements (≈ ¥2.4 bn) on 100 published projects, and a live roadshow of 12. Returns the programme id.
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

/** What the report takes from `programmeInsights`. */
export const INSIGHTS = `refreshedAt
  funnel { key roundOrdinal count }
  byCountry { key projects }
  bySector { key projects }
  byChannel { channelId nominated advanced }
  byPartnerKind { kind intents bids signed }
  investment { currency committed { amount currency } realised { amount currency } agreements landed missingRates }
  trends { period signed }`;

export interface Insights {
  refreshedAt: string;
  funnel: { key: string; roundOrdinal: number | null; count: number }[];
  byCountry: { key: string; projects: number }[];
  bySector: { key: string; projects: number }[];
  byChannel: { channelId: string; nominated: number; advanced: number }[];
  byPartnerKind: { kind: string; intents: number; bids: number; signed: number }[];
  investment: {
    currency: string;
    committed: { amount: string; currency: string } | null;
    realised: { amount: string; currency: string } | null;
    agreements: number;
    landed: number;
    missingRates: string[];
  };
  trends: { period: string; signed: number }[];
}

export const REPORT = 'id programmeId status progress pdfFileId xlsxFileId error createdAt finishedAt';

export interface ReportView {
  id: string;
  programmeId: string;
  status: string;
  progress: number;
  pdfFileId: string | null;
  xlsxFileId: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export const generate = (world: World, who: Auth | string, programmeId: string) =>
  world.api.gql<{ generateProgrammeReport: ReportView }>(
    `mutation($p: ID!) { generateProgrammeReport(programmeId: $p) { ${REPORT} } }`,
    { p: programmeId },
    typeof who === 'string' ? who : who.accessToken,
  );

export const reportById = (world: World, token: string, id: string) =>
  world.api.gql<{ programmeReport: ReportView }>(
    `query($id: ID!) { programmeReport(id: $id) { ${REPORT} } }`,
    { id },
    token,
  );

export const reportsOf = (world: World, token: string, programmeId: string, first = 10, after?: string) =>
  world.api.gql<{
    programmeReports: {
      totalCount: number;
      edges: { cursor: string; node: ReportView }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }>(
    `query($p: ID!, $f: Int, $a: String) { programmeReports(programmeId: $p, first: $f, after: $a) {
       totalCount edges { cursor node { ${REPORT} } } pageInfo { hasNextPage endCursor } } }`,
    { p: programmeId, f: first, a: after ?? null },
    token,
  );

/** Polls programmeReport until it is SUCCEEDED or FAILED. */
export function finished(world: World, who: Auth, id: string, timeoutMs = 120_000): Promise<ReportView> {
  return eventually(
    async () => (await must(reportById(world, who.accessToken, id))).programmeReport,
    (r) => r.status === 'SUCCEEDED' || r.status === 'FAILED',
    timeoutMs,
  );
}

export async function download(world: World, token: string, fileId: string) {
  const response = await fetch(`${world.api.url}/files/${fileId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'sixcan-report-'));
// Removed when the test file that loaded these fixtures is done.
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a poppler tool (pdfinfo, pdftotext, pdftoppm) on the PDF; returns stdout and the scratch folder. */
export function poppler(tool: 'pdfinfo' | 'pdftotext' | 'pdftoppm', pdf: Buffer, args: string[] = []) {
  const dir = mkdtempSync(join(scratch, 'run-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const extra = tool === 'pdftotext' ? [file, '-'] : tool === 'pdftoppm' ? [file, join(dir, 'page')] : [file];
  return {
    out: execFileSync(tool, [...args, ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    dir,
  };
}

export const pageCount = (pdf: Buffer) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf).out)?.[1]);

export async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** A sheet's rows below the header, as plain values (index 0 is the first column). */
export function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

export const headersOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

/** The report job alone (no queue workers), with configuration overrides. */
export async function bareReportContext(env: Record<string, string>): Promise<INestApplicationContext> {
  const module = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ applicationName: 'test-report' }), ReportJobsModule],
  })
    .overrideProvider(AppConfig)
    .useValue(new AppConfig({ ...process.env, ...env }))
    .compile();
  return module.init();
}
