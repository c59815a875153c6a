import { Role } from '@sixcan/domain';
import { ReportProcessor } from '@sixcan/server-insights';
import ExcelJS from 'exceljs';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { screeningProgramme } from '../screening/screening.fixtures';
import {
  Auth,
  bareReportContext,
  codeOf,
  download,
  finished,
  generate,
  headersOf,
  Insights,
  INSIGHTS,
  must,
  pageCount,
  poppler,
  reportById,
  reportsOf,
  ReportView,
  rowsOf,
  seedReferenceProgramme,
  signUpOrganizer,
  startWorld,
  workbook,
  World,
} from './report.fixtures';

let world: World;
let org: Auth;
let programmeId: string;
beforeAll(async () => {
  world = await startWorld();
  org = await signUpOrganizer(world.api);
  programmeId = await seedReferenceProgramme(world, org.me.organization.id);
}, 600_000);
afterAll(() => world.close());

const fmt = (n: number) => new Intl.NumberFormat('en').format(n);

/** In `pdftotext -layout` output: the cells of the nearest non-empty line above the line holding `label`. */
function tileRow(layout: string, label: string): string[] {
  const lines = layout.split('\n');
  let i = lines.findIndex((l) => l.includes(label)) - 1;
  while (i >= 0 && !lines[i]?.trim()) i--;
  return (lines[i] ?? '').trim().split(/\s{2,}/);
}
/** pdftotext may break long lines: compare without white space. */
const squash = (s: string) => s.replace(/\s+/g, '');

const insightsOf = async (token: string) =>
  (
    await must(
      world.api.gql<{ programmeInsights: Insights }>(
        `query($p: ID!) { programmeInsights(programmeId: $p, fresh: true) { ${INSIGHTS} } }`,
        { p: programmeId },
        token,
      ),
    )
  ).programmeInsights;

describe('generateProgrammeReport over the demo programme', () => {
  let report: ReportView;
  let pdf: Buffer;
  let xlsx: Buffer;
  let insights: Insights;

  it('queues one report for two requests, shows its progress and finishes with a PDF and a workbook', async () => {
    const [a, b] = await Promise.all([generate(world, org, programmeId), generate(world, org, programmeId)]);
    const first = (await must(Promise.resolve(a))).generateProgrammeReport;
    expect(first).toMatchObject({
      programmeId,
      pdfFileId: null,
      xlsxFileId: null,
      error: null,
      finishedAt: null,
    });
    expect(['QUEUED', 'RUNNING']).toContain(first.status);
    expect((await must(Promise.resolve(b))).generateProgrammeReport.id).toBe(first.id);
    // A third request while it is still queued or running gets the same report too.
    const third = (await must(generate(world, org, programmeId))).generateProgrammeReport;
    if (third.status === 'QUEUED' || third.status === 'RUNNING') expect(third.id).toBe(first.id);

    report = await finished(world, org, first.id);
    expect(report).toMatchObject({ id: first.id, status: 'SUCCEEDED', progress: 100, error: null });
    expect(report.finishedAt).not.toBeNull();
    const files = await Promise.all([
      download(world, org.accessToken, report.pdfFileId as string),
      download(world, org.accessToken, report.xlsxFileId as string),
    ]);
    expect(files.map((f) => [f.status, f.type])).toEqual([
      [200, 'application/pdf'],
      [200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    [pdf, xlsx] = files.map((f) => f.bytes) as [Buffer, Buffer];
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    insights = await insightsOf(org.accessToken);

    const audit = await world.db.query(
      `SELECT actor_user_id, summary FROM audit_event WHERE action = 'programme_report.generated' AND object_id = $1`,
      [report.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_user_id: org.me.user.id,
      summary: { programmeId, pdfFileId: report.pdfFileId, xlsxFileId: report.xlsxFileId, agreements: 17 },
    });
    const { programmeReports } = await must(reportsOf(world, org.accessToken, programmeId));
    expect(programmeReports.totalCount).toBe(1);
    expect(programmeReports.edges[0]?.node).toEqual(report);
  });

  it('prints the headline figures the dashboard shows, counted again here, and every page renders', async () => {
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(5);
    const pngs = poppler('pdftoppm', pdf, ['-png', '-r', '50']);
    const images = readdirSync(pngs.dir).filter((f) => f.endsWith('.png'));
    expect(images).toHaveLength(pages);
    for (const image of images) expect(statSync(join(pngs.dir, image)).size).toBeGreaterThan(2000);

    const orgId = org.me.organization.id;
    const [counted] = await world.db.query(
      `SELECT (SELECT count(*)::int FROM project WHERE organization_id = $1 AND programme_id = $2) AS collected,
              (SELECT count(*)::int FROM project WHERE organization_id = $1 AND programme_id = $2 AND submitted_at IS NOT NULL) AS submitted,
              (SELECT count(*)::int FROM match_intent i JOIN project p ON p.id = i.project_id
                WHERE i.organization_id = $1 AND p.programme_id = $2) AS intents,
              (SELECT count(*)::int FROM bid b JOIN project p ON p.id = b.project_id
                WHERE b.organization_id = $1 AND p.programme_id = $2) AS bids,
              (SELECT count(DISTINCT a.project_id)::int FROM agreement a JOIN project p ON p.id = a.project_id
                WHERE a.organization_id = $1 AND p.programme_id = $2) AS signed,
              (SELECT count(*)::int FROM agreement a JOIN project p ON p.id = a.project_id
                WHERE a.organization_id = $1 AND p.programme_id = $2) AS agreements,
              (SELECT sum(a.committed_minor)::text FROM agreement a JOIN project p ON p.id = a.project_id
                WHERE a.organization_id = $1 AND p.programme_id = $2 AND a.currency = 'CNY') AS committed,
              (SELECT count(DISTINCT rp.project_id)::int FROM roadshow_project rp JOIN roadshow_event e ON e.id = rp.roadshow_id
                WHERE rp.organization_id = $1 AND e.programme_id = $2) AS on_stage`,
      [orgId, programmeId],
    );
    const stage = (key: string) => insights.funnel.find((s) => s.key === key)?.count;
    const sum = (k: 'intents' | 'bids') => insights.byPartnerKind.reduce((n, p) => n + p[k], 0);
    // The dashboard and the independent count agree (the reference scenario's sizes).
    expect({
      collected: stage('COLLECTED'),
      submitted: stage('SUBMITTED'),
      intents: sum('intents'),
      bids: sum('bids'),
      signed: stage('SIGNED'),
      agreements: insights.investment.agreements,
      committed: insights.investment.committed,
      onStage: stage('ROADSHOW'),
    }).toEqual({
      collected: counted.collected,
      submitted: counted.submitted,
      intents: counted.intents,
      bids: counted.bids,
      signed: counted.signed,
      agreements: counted.agreements,
      committed: { amount: '2400000000.00', currency: 'CNY' },
      onStage: counted.on_stage,
    });
    expect(counted).toMatchObject({
      collected: 2400,
      agreements: 17,
      committed: '240000000000',
      on_stage: 12,
    });

    const headline = poppler('pdftotext', pdf, ['-f', '2', '-l', '2']).out;
    expect(headline).toContain('核心指标');
    expect(headline).toContain('Headline figures');
    // The tiles, row by row: the figures stand on the line above their labels.
    const layout = poppler('pdftotext', pdf, ['-layout', '-f', '2', '-l', '2']).out;
    expect(tileRow(layout, '征集项目')).toEqual(
      [stage('COLLECTED'), stage('SUBMITTED'), stage('HANDBOOK'), stage('ROADSHOW')].map((n) =>
        fmt(n as number),
      ),
    );
    expect(tileRow(layout, '合作意向')).toEqual(
      [sum('intents'), sum('bids'), stage('SIGNED'), stage('LANDED')].map((n) => fmt(n as number)),
    );
    expect(tileRow(layout, '签约投资额')).toEqual([
      '¥2.4 bn · ¥24 亿',
      expect.stringMatching(/^¥[\d.]+ [mk]? ?· /),
    ]);
    expect(headline).toContain('¥2,400,000,000');
    expect(headline).toContain('¥2.4 bn');
    expect(headline).toContain('¥24 亿');
    expect(headline).toContain(`${fmt(insights.investment.agreements)} agreements`);

    const text = poppler('pdftotext', pdf).out;
    for (const heading of [
      '项目漏斗',
      'Project funnel',
      '技术领域分布',
      'Sector mix',
      '推荐渠道成效',
      'Channel yield',
      '投资额走势',
      'Investment over time',
      '路演安排',
      'Roadshow line-up',
      '签约协议',
      'Signed agreements',
      '数据说明',
    ])
      expect(text).toContain(heading);
    // The cover: both titles and the organisation.
    const [programme] = await world.db.query(`SELECT title_zh, title_en FROM programme WHERE id = $1`, [
      programmeId,
    ]);
    const cover = squash(poppler('pdftotext', pdf, ['-f', '1', '-l', '1']).out);
    expect(cover).toContain(squash(programme.title_zh));
    expect(cover).toContain(squash(programme.title_en));
    // The top country and the first sector with their figures.
    const top = insights.byCountry[0];
    expect(squash(text)).toContain(
      `${new Intl.DisplayNames(['en'], { type: 'region' }).of(top?.key as string)}`.replace(/\s+/g, ''),
    );
    // A slot of the line-up, in the event's zone, and an agreement.
    const [slot] = await world.db.query(
      `SELECT p.title_zh, p.title_en, s.delivery, to_char(s.starts_at AT TIME ZONE e.time_zone, 'HH24:MI') AS starts
         FROM roadshow_slot s JOIN roadshow_event e ON e.id = s.roadshow_id JOIN project p ON p.id = s.project_id
        WHERE e.programme_id = $1 ORDER BY s.position LIMIT 1`,
      [programmeId],
    );
    const lineup = squash(text);
    expect(lineup).toContain(squash(slot.title_zh ?? slot.title_en).slice(0, 8));
    expect(lineup).toContain(slot.starts);
    const [agreement] = await world.db.query(
      `SELECT pa.name_zh, pa.name_en, p.title_zh, a.committed_minor FROM agreement a
         JOIN partner pa ON pa.id = a.partner_id JOIN project p ON p.id = a.project_id
        WHERE p.programme_id = $1 ORDER BY a.signed_at, a.id LIMIT 1`,
      [programmeId],
    );
    expect(lineup).toContain(squash(agreement.name_zh).slice(0, 6));
    expect(lineup).toContain(`¥${fmt(Number(agreement.committed_minor) / 100)}`);
    expect(text).toMatch(/第 1 \/ \d+ 页 · Page 1 of \d+/);
  });

  it('writes the same figures into the workbook, as numbers', async () => {
    const book = await workbook(xlsx);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Summary 摘要',
      'Funnel 漏斗',
      'Countries 国家地区',
      'Sectors 技术领域',
      'Channels 推荐渠道',
      'Partners 合作方',
      'Trends 趋势',
      'Roadshows 路演',
      'Agreements 签约',
    ]);
    const [summary, funnel, countries, sectors, channels, partners, trends, roadshows, agreements] =
      book.worksheets as ExcelJS.Worksheet[];
    const value = (name: string) =>
      rowsOf(summary as ExcelJS.Worksheet).find((r) => String(r[0]).includes(name))?.[1];
    expect(value('Projects collected')).toBe(2400);
    expect(value('Committed investment')).toBe(2_400_000_000);
    expect(value('Agreements signed')).toBe(17);
    expect(rowsOf(funnel as ExcelJS.Worksheet).map((r) => r[2])).toEqual(insights.funnel.map((s) => s.count));
    expect(headersOf(funnel as ExcelJS.Worksheet)).toContain('项目数 / Projects');
    expect(
      rowsOf(countries as ExcelJS.Worksheet)
        .map((r) => r[3])
        .reduce((a, b) => (a as number) + (b as number), 0),
    ).toBe(2400);
    expect(rowsOf(sectors as ExcelJS.Worksheet)).toHaveLength(insights.bySector.length);
    expect(rowsOf(channels as ExcelJS.Worksheet)).toHaveLength(insights.byChannel.length);
    expect(rowsOf(partners as ExcelJS.Worksheet).map((r) => r[2])).toEqual(
      insights.byPartnerKind.map((p) => p.intents),
    );
    expect(rowsOf(trends as ExcelJS.Worksheet)).toHaveLength(insights.trends.length);
    expect(rowsOf(roadshows as ExcelJS.Worksheet)).toHaveLength(12);
    const signed = rowsOf(agreements as ExcelJS.Worksheet);
    expect(signed).toHaveLength(17);
    expect(signed.reduce((n, r) => n + (r[9] as number), 0)).toBe(2_400_000_000);
    expect(signed.every((r) => typeof r[7] === 'number' && r[0] instanceof Date)).toBe(true);
  });

  it('runs a finished report again without effect, and racing runs store one result', async () => {
    const processor = world.worker.get(ReportProcessor);
    expect(await processor.handle({ reportId: report.id })).toBe('already done');
    // A stalled job picked up twice: both write, one stores.
    await world.db.query(
      `UPDATE programme_report SET status = 'RUNNING', pdf_file_id = NULL, xlsx_file_id = NULL WHERE id = $1`,
      [report.id],
    );
    const outcomes = await Promise.all([
      processor.handle({ reportId: report.id }),
      processor.handle({ reportId: report.id }),
    ]);
    expect(outcomes.filter((o) => o === 'already done by another run')).toHaveLength(1);
    const [files] = await world.db.query(
      `SELECT count(*)::int AS n FROM stored_file WHERE organization_id = $1 AND filename LIKE 'programme-report-%'`,
      [org.me.organization.id],
    );
    expect(files.n).toBe(2 + 2); // the first run's PDF and XLSX, and the winning racer's
    const [audits] = await world.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'programme_report.generated' AND object_id = $1`,
      [report.id],
    );
    expect(audits.n).toBe(2);
    expect((await must(reportById(world, org.accessToken, report.id))).programmeReport.status).toBe(
      'SUCCEEDED',
    );
  });
});

describe('programme report access', () => {
  it('is for the organizers of the programme’s organisation; others get FORBIDDEN or NOT_FOUND', async () => {
    const { programmeReports } = await must(reportsOf(world, org.accessToken, programmeId));
    const id = programmeReports.edges[0]?.node.id as string;
    const fileId = programmeReports.edges[0]?.node.pdfFileId as string;
    const organizationId = org.me.organization.id;
    for (const role of [Role.REVIEWER, Role.APPLICANT, Role.CHANNEL, Role.PARTNER, Role.COMMENTATOR]) {
      const token = world.api.token({ organizationId, roles: [role] });
      expect(codeOf(await generate(world, token, programmeId))).toBe('FORBIDDEN');
      expect(codeOf(await reportById(world, token, id))).toBe('FORBIDDEN');
      expect(codeOf(await reportsOf(world, token, programmeId))).toBe('FORBIDDEN');
    }
    const other = await signUpOrganizer(world.api);
    expect(codeOf(await generate(world, other, programmeId))).toBe('NOT_FOUND');
    expect(codeOf(await generate(world, other, 'not-an-id'))).toBe('NOT_FOUND');
    expect(codeOf(await reportById(world, other.accessToken, id))).toBe('NOT_FOUND');
    expect(codeOf(await reportById(world, other.accessToken, '00000000-0000-4000-8000-000000000000'))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await reportsOf(world, other.accessToken, programmeId))).toBe('NOT_FOUND');
    expect((await download(world, other.accessToken, fileId)).status).toBe(404);
    expect(codeOf(await reportsOf(world, other.accessToken, 'nope'))).toBe('VALIDATION');
  });
});

describe('a programme with nothing yet', () => {
  it('still writes a report, saying there is no roadshow and no agreement', async () => {
    const owner = await signUpOrganizer(world.api);
    const empty = await screeningProgramme(world.api, owner);
    const { generateProgrammeReport } = await must(generate(world, owner, empty));
    const done = await finished(world, owner, generateProgrammeReport.id);
    expect(done.status).toBe('SUCCEEDED');
    const text = poppler(
      'pdftotext',
      (await download(world, owner.accessToken, done.pdfFileId as string)).bytes,
    ).out;
    expect(text).toContain('No roadshow in this programme yet');
    expect(text).toContain('No agreement signed yet');
    expect(text).toContain('¥0');
    const book = await workbook((await download(world, owner.accessToken, done.xlsxFileId as string)).bytes);
    expect(rowsOf(book.getWorksheet('Agreements 签约') as ExcelJS.Worksheet)).toHaveLength(0);
    // Reports are listed newest first, a page at a time.
    const again = (await must(generate(world, owner, empty))).generateProgrammeReport;
    expect(again.id).not.toBe(done.id);
    await finished(world, owner, again.id);
    const page1 = (await must(reportsOf(world, owner.accessToken, empty, 1))).programmeReports;
    expect(page1).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(page1.edges[0]?.node.id).toBe(again.id);
    const page2 = (
      await must(reportsOf(world, owner.accessToken, empty, 1, page1.pageInfo.endCursor ?? undefined))
    ).programmeReports;
    expect(page2.edges.map((e) => e.node.id)).toEqual([done.id]);
  });

  it('fails the report with a clear error when the font is missing', async () => {
    const owner = await signUpOrganizer(world.api);
    const programme = await screeningProgramme(world.api, owner);
    const [row] = await world.db.query(
      `INSERT INTO programme_report (organization_id, programme_id, created_by_user_id) VALUES ($1, $2, $3) RETURNING id`,
      [owner.me.organization.id, programme, owner.me.user.id],
    );
    const context = await bareReportContext({ HANDBOOK_FONT_PATH: '/nonexistent/NotoSansCJK-Regular.ttc' });
    try {
      expect(await context.get(ReportProcessor).handle({ reportId: row.id })).toMatch(/^failed/);
    } finally {
      await context.close();
    }
    const failed = await finished(world, owner, row.id);
    expect(failed).toMatchObject({ status: 'FAILED', pdfFileId: null, xlsxFileId: null });
    expect(failed.error).toMatch(/font .*NotoSansCJK-Regular\.ttc is missing.*HANDBOOK_FONT_PATH/);
  });
});
