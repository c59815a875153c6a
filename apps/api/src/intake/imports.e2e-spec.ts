import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ProjectStatus } from '@sixcan/domain';
import { CoreModule, MailMessage, WorkerCoreModule } from '@sixcan/server-core';
import { IdentityModule } from '@sixcan/server-identity';
import {
  importCells,
  ProgrammesJobsModule,
  referenceProjects,
  referenceWorkbook,
} from '@sixcan/server-programmes';
import { ApiHarness, startApi } from '@sixcan/server-testing';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { createApi } from '../bootstrap';
import { csvOf, runImport, upload, uploaded, XLSX } from './import.fixtures';
import { Auth, AUTH, codeOf, createProgramme, must, signUpOrganizer } from './intake.fixtures';

let api: ApiHarness;
let worker: INestApplicationContext;
let db: DataSource;
beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }));
  const module = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({ applicationName: 'test-worker' }),
      WorkerCoreModule,
      IdentityModule,
      ProgrammesJobsModule,
    ],
  }).compile();
  worker = await module.init();
  db = api.app.get<DataSource>(getDataSourceToken());
});
afterAll(async () => {
  await worker.close();
  await api.close();
});

const submitted = referenceProjects(3000, 7).filter((p) => p.status === ProjectStatus.SUBMITTED);
const countIn = async (programmeId: string) =>
  Number((await db.query(`SELECT count(*) FROM project WHERE programme_id = $1`, [programmeId]))[0].count);

describe('project import', () => {
  it('imports a valid 2,400-row XLSX as submitted projects, each with its status change', async () => {
    const org = await signUpOrganizer(api);
    const { id } = await createProgramme(api, org);
    const file = await uploaded(api, org, await referenceWorkbook(submitted.slice(0, 2400)), 'projects.xlsx');
    const result = await runImport(api, org, id, file, 'ALL_OR_NOTHING');
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      totalRows: 2400,
      processedRows: 2400,
      createdCount: 2400,
      errorRowCount: 0,
    });
    expect(await countIn(id)).toBe(2400);
    const [{ submittedCount, changes }] = await db.query(
      `SELECT count(*) FILTER (WHERE p.status = 'SUBMITTED')::int AS "submittedCount",
              (SELECT count(*)::int FROM project_status_change c JOIN project q ON q.id = c.project_id WHERE q.programme_id = $1) AS changes
       FROM project p WHERE p.programme_id = $1`,
      [id],
    );
    expect({ submittedCount, changes }).toEqual({ submittedCount: 2400, changes: 2400 });

    // The same file again: every row is a duplicate, nothing is doubled.
    const again = await runImport(api, org, id, file, 'VALID_ROWS_ONLY');
    expect(again).toMatchObject({ status: 'SUCCEEDED', createdCount: 0, duplicateCount: 2400 });
    expect(again.problems[0]?.message).toContain('already in this programme');
    expect(await countIn(id)).toBe(2400);
  });

  it('reads a GBK-encoded CSV with Chinese text', async () => {
    const org = await signUpOrganizer(api);
    const { id } = await createProgramme(api, org);
    const rows = submitted.slice(0, 5).map((p) => importCells(p.fields));
    rows[0] = { ...rows[0], titleZh: '高效钙钛矿叠层太阳能电池', organizationName: '慕尼黑工业大学' };
    const file = await uploaded(api, org, iconv.encode(csvOf(rows), 'gbk'), '项目清单.csv');
    const result = await runImport(api, org, id, file, 'ALL_OR_NOTHING');
    expect(result).toMatchObject({ status: 'SUCCEEDED', createdCount: 5 });
    const [row] = await db.query(
      `SELECT title_zh, organization_name FROM project WHERE programme_id = $1 AND title_zh LIKE '%钙钛矿%'`,
      [id],
    );
    expect(row).toEqual({ title_zh: '高效钙钛矿叠层太阳能电池', organization_name: '慕尼黑工业大学' });
  });

  describe('a file with 3 bad rows', () => {
    const rows = submitted.slice(0, 10).map((p) => importCells(p.fields));
    rows[2] = { ...rows[2], country: 'Atlantis' } as Record<string, string>; // row 4
    rows[5] = { ...rows[5], trl: '12' } as Record<string, string>; // row 7
    rows[8] = { ...rows[8], fundingAmount: '-5', presenterTimeZone: 'Mars/Base' } as Record<string, string>; // row 10
    const bytes = Buffer.from(csvOf(rows), 'utf8');

    it('writes nothing in ALL_OR_NOTHING and names each row and column', async () => {
      const org = await signUpOrganizer(api);
      const { id } = await createProgramme(api, org);
      const result = await runImport(
        api,
        org,
        id,
        await uploaded(api, org, bytes, 'bad.csv'),
        'ALL_OR_NOTHING',
      );
      expect(result).toMatchObject({ status: 'FAILED', createdCount: 0, errorRowCount: 3 });
      expect(result.failureMessage).toContain('nothing was imported');
      expect(result.problems.map((p) => [p.rowNumber, p.field])).toEqual(
        expect.arrayContaining([
          [4, 'country'],
          [7, 'trl'],
          [10, 'fundingAmount'],
          [10, 'presenterTimeZone'],
        ]),
      );
      expect(await countIn(id)).toBe(0);

      // The report lists the same problems, by row and column, as a spreadsheet.
      const report = await fetch(`${api.url}/files/${result.reportFileId}`, {
        headers: { authorization: `Bearer ${org.accessToken}` },
      });
      expect(report.headers.get('content-type')).toBe(XLSX);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await report.arrayBuffer()) as unknown as ArrayBuffer);
      const cells = workbook.worksheets[0]?.getColumn(1).values.filter((v) => typeof v === 'number');
      expect(cells).toEqual([4, 7, 10, 10]);
    });

    it('writes exactly the good rows in VALID_ROWS_ONLY', async () => {
      const org = await signUpOrganizer(api);
      const { id } = await createProgramme(api, org);
      const result = await runImport(
        api,
        org,
        id,
        await uploaded(api, org, bytes, 'bad.csv'),
        'VALID_ROWS_ONLY',
      );
      expect(result).toMatchObject({ status: 'SUCCEEDED', createdCount: 7, errorRowCount: 3 });
      const titles = (await db.query(`SELECT title_en FROM project WHERE programme_id = $1`, [id])).map(
        (r: { title_en: string }) => r.title_en,
      );
      const good = rows.filter((_, i) => ![2, 5, 8].includes(i)).map((r) => r['titleEn']);
      expect(titles.sort()).toEqual(good.sort());
    });
  });

  it('refuses an empty workbook, a header-only CSV, and a file that is no spreadsheet', async () => {
    const org = await signUpOrganizer(api);
    const { id } = await createProgramme(api, org);
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Projects');
    const emptyFile = await uploaded(api, org, Buffer.from(await empty.xlsx.writeBuffer()), 'empty.xlsx');
    const refused = await runImport(api, org, id, emptyFile, 'ALL_OR_NOTHING');
    expect(refused.status).toBe('FAILED');
    expect(refused.failureMessage).toMatch(/empty|no .*rows/i);
    const headerOnly = await uploaded(api, org, Buffer.from(csvOf([])), 'header.csv');
    expect((await runImport(api, org, id, headerOnly, 'ALL_OR_NOTHING')).status).toBe('FAILED');

    expect((await upload(api, org, Buffer.alloc(0), 'empty.csv')).status).toBe(400);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const renamed = await upload(api, org, png, 'projects.xlsx');
    expect(renamed.status).toBe(400);
    expect(((await renamed.json()) as { error: { message: string } }).error.message).toContain(
      'not an accepted file',
    );

    const pdf = await uploaded(
      api,
      org,
      Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'),
      'deck.pdf',
    );
    const start = await api.gql(
      `mutation($p: ID!, $f: ID!) { startProjectImport(programmeId: $p, fileId: $f, mode: ALL_OR_NOTHING) { id } }`,
      { p: id, f: pdf },
      org.accessToken,
    );
    expect(codeOf(start)).toBe('VALIDATION');
    expect(await countIn(id)).toBe(0);
  });

  it('refuses a 50 MB file at upload, before anything parses it', async () => {
    const org = await signUpOrganizer(api);
    const response = await upload(api, org, Buffer.alloc(50 * 1024 * 1024, 0x41), 'huge.csv');
    expect(response.status).toBe(413);
  });

  it('keeps imports and files of one tenant from another', async () => {
    const a = await signUpOrganizer(api);
    const b = await signUpOrganizer(api);
    const { id } = await createProgramme(api, a);
    const file = await uploaded(
      api,
      a,
      Buffer.from(csvOf(submitted.slice(0, 2).map((p) => importCells(p.fields)))),
      'a.csv',
    );
    const own = await runImport(api, a, id, file, 'ALL_OR_NOTHING');
    const { id: bProgramme } = await createProgramme(api, b);
    const foreignFile = await api.gql(
      `mutation($p: ID!, $f: ID!) { startProjectImport(programmeId: $p, fileId: $f, mode: ALL_OR_NOTHING) { id } }`,
      { p: bProgramme, f: file },
      b.accessToken,
    );
    expect(codeOf(foreignFile)).toBe('NOT_FOUND');
    expect(
      codeOf(
        await api.gql(`query($id: ID!) { projectImport(id: $id) { id } }`, { id: own.id }, b.accessToken),
      ),
    ).toBe('NOT_FOUND');
    const history = `query($p: ID!) { projectImports(programmeId: $p) { totalCount edges { node { id status } } } }`;
    const mine = await must(
      api.gql<{ projectImports: { edges: { node: { id: string } }[] } }>(history, { p: id }, a.accessToken),
    );
    expect(mine.projectImports.edges.map((e) => e.node.id)).toEqual([own.id]);
    const theirs = await must(
      api.gql<{ projectImports: { totalCount: number } }>(history, { p: id }, b.accessToken),
    );
    expect(theirs.projectImports.totalCount).toBe(0);
  });
});

describe('batch nomination', () => {
  it('turns a channel member’s rows into nominations of their channel and invites each applicant', async () => {
    const org = await signUpOrganizer(api);
    const { id } = await createProgramme(api, org);
    const { createChannel } = await must(
      api.gql<{ createChannel: { id: string } }>(
        `mutation($i: ChannelInput!) { createChannel(input: $i) { id } }`,
        { i: { name: { en: 'Technion TTO' }, kind: 'UNIVERSITY', country: 'IL' } },
        org.accessToken,
      ),
    );
    const tto = `tto-${Date.now()}@example.org`;
    await must(
      api.gql(
        `mutation($i: InviteChannelMemberInput!) { inviteChannelMember(input: $i) { email } }`,
        { i: { channelId: createChannel.id, email: tto } },
        org.accessToken,
      ),
    );
    const mail = await db
      .getRepository(MailMessage)
      .findOneByOrFail({ toAddress: tto, template: 'identity.invitation' });
    const { acceptInvitation: channel } = await must(
      api.gql<{ acceptInvitation: Auth }>(
        `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { ${AUTH} } }`,
        {
          i: {
            token: new URL(mail.params['link'] ?? '').searchParams.get('token'),
            password: 'a long password',
            displayName: 'TTO',
          },
        },
      ),
    );
    const rows = submitted
      .slice(0, 3)
      .map((p, i) => importCells(p.fields, i < 2 ? `inventor${i}-${Date.now()}@example.org` : ''));
    // A spreadsheet the organizer uploaded is not the channel member's to import (its cells would come back
    // in the problems and the report): not found, as an absent file.
    const theirs = await uploaded(api, org, Buffer.from(csvOf(rows)), 'organizer.csv');
    const refused = await api.gql(
      `mutation($p: ID!, $f: ID!) { startProjectImport(programmeId: $p, fileId: $f, mode: VALID_ROWS_ONLY) { id } }`,
      { p: id, f: theirs },
      channel.accessToken,
    );
    expect(codeOf(refused)).toBe('NOT_FOUND');
    const result = await runImport(
      api,
      channel,
      id,
      await uploaded(api, channel, Buffer.from(csvOf(rows)), 'nominations.csv'),
      'VALID_ROWS_ONLY',
    );
    expect(result).toMatchObject({ status: 'SUCCEEDED', createdCount: 2, errorRowCount: 1 });
    expect(result.problems).toEqual([expect.objectContaining({ rowNumber: 4, field: 'applicantEmail' })]);
    const nominated = await db.query(
      `SELECT status, source, channel_id, applicant_email FROM project WHERE programme_id = $1 ORDER BY applicant_email`,
      [id],
    );
    expect(nominated).toEqual(
      rows.slice(0, 2).map((r) => ({
        status: 'DRAFT',
        source: 'NOMINATION',
        channel_id: createChannel.id,
        applicant_email: r['applicantEmail'],
      })),
    );
    for (const r of rows.slice(0, 2)) {
      const templates = (await db.getRepository(MailMessage).findBy({ toAddress: r['applicantEmail'] })).map(
        (m) => m.template,
      );
      expect(templates.sort()).toEqual(['identity.invitation', 'intake.nominated']);
    }
  });
});

describe('export and template', () => {
  it('exports the filtered list as CSV with a BOM and as XLSX, and offers the template', async () => {
    const org = await signUpOrganizer(api);
    const { id } = await createProgramme(api, org);
    const rows = submitted.slice(0, 12);
    await runImport(
      api,
      org,
      id,
      await uploaded(api, org, await referenceWorkbook(rows), 'p.xlsx'),
      'ALL_OR_NOTHING',
    );
    const country = rows[0]?.fields.country as string;
    const expected = rows.filter((r) => r.fields.country === country).length;
    const exportAs = async (format: string) => {
      const { exportProjects } = await must(
        api.gql<{ exportProjects: { url: string; filename: string } }>(
          `mutation($p: ID!, $f: ProjectFilter, $fmt: SpreadsheetFormat!) {
            exportProjects(programmeId: $p, filter: $f, format: $fmt, locale: "zh-CN") { url filename contentType }
          }`,
          { p: id, f: { countries: [country] }, fmt: format },
          org.accessToken,
        ),
      );
      const response = await fetch(`${api.url}${exportProjects.url}`, {
        headers: { authorization: `Bearer ${org.accessToken}` },
      });
      return Buffer.from(await response.arrayBuffer());
    };
    const csv = await exportAs('CSV');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv
      .toString('utf8')
      .trim()
      .split(/\r?\n(?=[0-9a-f]{8}-)/);
    expect(lines.length).toBe(expected + 1);
    const xlsx = await exportAs('XLSX');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.actualRowCount).toBe(expected + 1);

    const { projectImportTemplate } = await must(
      api.gql<{ projectImportTemplate: { url: string; contentType: string } }>(
        `mutation($p: ID!) { projectImportTemplate(programmeId: $p, format: XLSX) { url contentType } }`,
        { p: id },
        org.accessToken,
      ),
    );
    expect(projectImportTemplate.contentType).toBe(XLSX);
  });
});
