import { Role } from '@sixcan/domain';
import { HandbookJob, HandbookProcessor } from '@sixcan/server-roadshows';
import ExcelJS from 'exceljs';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  bareProcessorContext,
  CHINESE_TITLES,
  codeOf,
  download,
  finished,
  generate,
  handbookProgramme,
  JOB,
  JobView,
  must,
  pageCount,
  poppler,
  PUBLIC_URL,
  screeningProgramme,
  signUpApplicant,
  signUpOrganizer,
  startWorld,
  World,
} from './handbook.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const sheetOf = async (bytes: Buffer) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
};

const column = (sheet: ExcelJS.Worksheet, header: string): unknown[] => {
  const headers = sheet.getRow(1).values as unknown[];
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${JSON.stringify(headers)}`);
  const values: unknown[] = [];
  sheet.eachRow((row, n) => n > 1 && values.push(row.getCell(index).value));
  return values;
};

describe('generateHandbook', () => {
  it('writes a bilingual PDF and an XLSX of the shortlisted, roadshow and published projects, with progress', async () => {
    const { org, programmeId, included, excluded } = await handbookProgramme(world);
    const { generateHandbook } = await must(generate(world, org, programmeId));
    expect(generateHandbook).toMatchObject({
      programmeId,
      status: 'QUEUED',
      total: included.length,
      options: { languages: 'ZH_EN', includeContacts: false, sectorCodes: null, title: null },
    });
    const job = await finished(world, org, generateHandbook.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 100, processed: 14, total: 14, error: null });
    expect(job.finishedAt).not.toBeNull();

    const pdf = await download(world, org.accessToken, job.pdfFileId as string);
    expect(pdf.status).toBe(200);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // Cover, one page of contents, one page per project: nothing overflowed onto an extra page.
    expect(pageCount(pdf.bytes)).toBe(1 + 1 + 14);
    const pngs = poppler('pdftoppm', pdf.bytes, ['-png', '-r', '50', '-f', '1', '-l', '3']);
    const images = readdirSync(pngs.dir).filter((f) => f.endsWith('.png'));
    expect(images).toHaveLength(3);
    for (const image of images) expect(statSync(join(pngs.dir, image)).size).toBeGreaterThan(1000);

    const text = poppler('pdftotext', pdf.bytes).out;
    expect(text).toContain('固态锂电池快速充电技术');
    expect(text).toContain('Handbook project A');
    expect(text).toContain('2027 国际技术转移路演');
    expect(text).toMatch(/目录\s+Contents/);
    expect(text).toContain('新能源与新材料');
    expect(text).toContain('技术许可、合资合作');
    expect(text).toContain('¥15,000,000.00 (CNY)');
    expect(text).toContain('德国 · Germany');
    // Excluded projects and personal data stay out.
    expect(text).not.toContain(CHINESE_TITLES[14]);
    expect(text).not.toContain(CHINESE_TITLES[15]);
    expect(text).not.toContain('@lab');

    const xlsx = await download(world, org.accessToken, job.xlsxFileId as string);
    const book = await sheetOf(xlsx.bytes);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(1 + 14);
    const links = column(sheet, '项目链接 / Project page').map((v) => (v as { hyperlink: string }).hyperlink);
    expect(links.map((l) => l.replace(`${PUBLIC_URL}/market/projects/`, '')).sort()).toEqual(
      [...included].sort(),
    );
    expect(column(sheet, '项目名称 / Title (Chinese)')).toContain('固态锂电池快速充电技术');
    for (const id of excluded) expect(links.join()).not.toContain(id);
    expect(book.worksheets[1]?.rowCount).toBe(1 + 3);

    const audit = await world.db.query(
      `SELECT summary FROM audit_event WHERE action = 'handbook.generated' AND object_id = $1`,
      [job.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toMatchObject({ programmeId, projects: 14, includeContacts: false });

    const { handbookJobs } = await must(
      world.api.gql<{ handbookJobs: { totalCount: number; edges: { node: JobView }[] } }>(
        `query($p: ID!) { handbookJobs(programmeId: $p, first: 10) { totalCount edges { node { ${JOB} } } } }`,
        { p: programmeId },
        org.accessToken,
      ),
    );
    expect(handbookJobs.totalCount).toBe(1);
    expect(handbookJobs.edges[0]?.node).toEqual(job);
  });

  it('prints one language, the chosen sectors, a title of its own and, when asked, the contacts', async () => {
    const { org, programmeId } = await handbookProgramme(world);
    const { generateHandbook } = await must(
      generate(world, org, programmeId, {
        languages: 'EN',
        includeContacts: true,
        sectorCodes: ['NEM'],
        title: { en: 'Energy handbook for Hangzhou parks' },
      }),
    );
    const job = await finished(world, org, generateHandbook.id);
    // NEM is every third project: 0, 3, 6, 9 shortlisted; 12 published; 15 only submitted (left out).
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      total: 5,
      options: { sectorCodes: ['NEM'], includeContacts: true },
    });
    const pdf = (await download(world, org.accessToken, job.pdfFileId as string)).bytes;
    const text = poppler('pdftotext', pdf).out;
    expect(text).toContain('Energy handbook for Hangzhou parks');
    expect(text).toContain('contact0@lab0.example');
    expect(text).toContain('Germany');
    expect(text).not.toContain('德国');
    expect(text).not.toContain('Next-generation ICT');
    expect(pageCount(pdf)).toBe(1 + 1 + 5);
    const sheet = (await sheetOf((await download(world, org.accessToken, job.xlsxFileId as string)).bytes))
      .worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(1 + 5);
    expect(column(sheet, 'Contact e-mail')).toContain('contact0@lab0.example');
    expect(column(sheet, 'Sector code')).toEqual(Array(5).fill('NEM'));
  });

  it('fits a 100-project handbook with over-long texts on one page per project', async () => {
    const { org, programmeId } = await handbookProgramme(world);
    const [base] = await world.db.query(
      `SELECT id FROM project WHERE programme_id = $1 AND status = 'SHORTLISTED' LIMIT 1`,
      [programmeId],
    );
    // 86 more shortlisted projects: every 7th with a very long title, every 5th with summaries far too long for a page.
    await world.db.query(
      `INSERT INTO project (organization_id, programme_id, source, status, title_zh, title_en, summary_zh, summary_en,
         sector_code, country, organization_name, trl, cooperation_modes, funding_amount_minor, funding_currency)
       SELECT p.organization_id, p.programme_id, p.source, 'SHORTLISTED',
         '批量项目 ' || g || CASE WHEN g % 7 = 0 THEN repeat('很长的标题', 30) ELSE '' END, 'Bulk project ' || g,
         repeat('项目简介。', CASE WHEN g % 5 = 0 THEN 900 ELSE 40 END),
         repeat('A summary sentence. ', CASE WHEN g % 5 = 0 THEN 220 ELSE 10 END),
         (ARRAY['NEM', 'ICT', 'BIO', NULL])[g % 4 + 1], p.country, p.organization_name, p.trl, p.cooperation_modes,
         p.funding_amount_minor, p.funding_currency
       FROM project p, generate_series(0, 85) g WHERE p.id = $1`,
      [base.id],
    );
    const { generateHandbook } = await must(generate(world, org, programmeId));
    expect(generateHandbook.total).toBe(100);
    const job = await finished(world, org, generateHandbook.id, 120_000);
    expect(job.status).toBe('SUCCEEDED');
    const pdf = (await download(world, org.accessToken, job.pdfFileId as string)).bytes;
    const pages = pageCount(pdf);
    const text = poppler('pdftotext', pdf, ['-f', '2', '-l', String(pages - 100)]).out;
    expect(text).toContain('其他'); // projects without a sector: the last chapter
    // The contents take the pages between the cover and the first project.
    expect(pages - 100 - 1).toBeGreaterThanOrEqual(4);
    const last = poppler('pdftotext', pdf, ['-f', String(pages), '-l', String(pages)]).out;
    expect(last).toContain(`No. 100`);
  });

  it('asks for a known sector and for projects to print; a foreign or malformed programme is not found', async () => {
    const { programmeId: foreignProgramme } = await handbookProgramme(world);
    const org = await signUpOrganizer(world.api);
    const own = await screeningProgramme(world.api, org);
    expect(codeOf(await generate(world, org, foreignProgramme))).toBe('NOT_FOUND');
    expect(codeOf(await generate(world, org, 'not-an-id'))).toBe('NOT_FOUND');
    const bad = await generate(world, org, own, { sectorCodes: ['NEM', 'XYZ'] });
    expect(codeOf(bad)).toBe('VALIDATION');
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      reason: 'UNKNOWN_SECTOR',
      fields: [{ field: 'options.sectorCodes[1]', message: '"XYZ" is not a sector of this programme' }],
    });
    const empty = await generate(world, org, own);
    expect(codeOf(empty)).toBe('CONFLICT');
    expect(empty.errors?.[0]?.extensions?.['reason']).toBe('NO_PROJECTS');
  });

  it('starts one job for two identical requests at once, and running it again stores nothing more', async () => {
    const { org, programmeId } = await handbookProgramme(world);
    const [a, b] = await Promise.all([generate(world, org, programmeId), generate(world, org, programmeId)]);
    const id = (await must(Promise.resolve(a))).generateHandbook.id;
    expect((await must(Promise.resolve(b))).generateHandbook.id).toBe(id);
    const job = await finished(world, org, id);
    expect(job.status).toBe('SUCCEEDED');
    const processor = world.worker.get(HandbookProcessor);
    expect(await processor.handle({ handbookJobId: id })).toBe('already done');
    // Two runs racing on the same job (a stalled job picked up again): one set of files.
    await world.db
      .getRepository(HandbookJob)
      .update(id, { status: 'RUNNING' as never, pdfFileId: null, xlsxFileId: null });
    const outcomes = await Promise.all([
      processor.handle({ handbookJobId: id }),
      processor.handle({ handbookJobId: id }),
    ]);
    expect(outcomes.filter((o) => o === 'already done by another run')).toHaveLength(1);
    const files = await world.db.query(
      `SELECT count(*)::int AS n FROM stored_file WHERE organization_id = $1 AND filename LIKE 'handbook-%'`,
      [org.me.organization.id],
    );
    expect(files[0].n).toBe(2 + 2); // the first run's two files, and the racing runs' two
    const audits = await world.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'handbook.generated' AND object_id = $1`,
      [id],
    );
    expect(audits[0].n).toBe(2);
  });

  it('fails the job with a clear error when the font is missing', async () => {
    const { org, programmeId, included } = await handbookProgramme(world);
    const row = await world.db.getRepository(HandbookJob).save(
      world.db.getRepository(HandbookJob).create({
        organizationId: org.me.organization.id,
        programmeId,
        createdByUserId: org.me.user.id,
        options: { languages: 'ZH_EN' as never, includeContacts: false, sectorCodes: null, title: null },
        publishedProjectIds: [],
        total: included.length,
      }),
    );
    const context = await bareProcessorContext({
      HANDBOOK_FONT_PATH: '/nonexistent/NotoSansCJK-Regular.ttc',
    });
    try {
      const outcome = await context.get(HandbookProcessor).handle({ handbookJobId: row.id });
      expect(outcome).toMatch(/^failed/);
    } finally {
      await context.close();
    }
    const job = await finished(world, org, row.id);
    expect(job).toMatchObject({ status: 'FAILED', pdfFileId: null, xlsxFileId: null });
    expect(job.error).toBe(
      "The handbook font /nonexistent/NotoSansCJK-Regular.ttc is missing: install Debian's fonts-noto-cjk or set HANDBOOK_FONT_PATH to a font with Chinese glyphs",
    );
  });
});

describe('access', () => {
  it('is for organizers of the programme’s organisation only', async () => {
    const { org, programmeId } = await handbookProgramme(world);
    const { generateHandbook } = await must(generate(world, org, programmeId));
    const job = await finished(world, org, generateHandbook.id);
    const orgId = org.me.organization.id;

    const applicant = await signUpApplicant(world.api, orgId);
    const partner = world.api.token({ organizationId: orgId, roles: [Role.PARTNER] });
    for (const token of [applicant.accessToken, partner]) {
      expect(codeOf(await generate(world, token, programmeId))).toBe('FORBIDDEN');
      expect(
        codeOf(await world.api.gql(`query($id: ID!) { handbookJob(id: $id) { id } }`, { id: job.id }, token)),
      ).toBe('FORBIDDEN');
      expect(
        codeOf(
          await world.api.gql(
            `query($p: ID!) { handbookJobs(programmeId: $p) { totalCount } }`,
            { p: programmeId },
            token,
          ),
        ),
      ).toBe('FORBIDDEN');
    }

    const other = await signUpOrganizer(world.api);
    const foreign = await world.api.gql(
      `query($id: ID!) { handbookJob(id: $id) { id } }`,
      { id: job.id },
      other.accessToken,
    );
    const absent = await world.api.gql(
      `query($id: ID!) { handbookJob(id: $id) { id } }`,
      { id: '00000000-0000-4000-8000-000000000000' },
      other.accessToken,
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(absent.errors?.[0]?.message);
    expect(
      codeOf(
        await world.api.gql(
          `query($p: ID!) { handbookJobs(programmeId: $p) { totalCount } }`,
          { p: programmeId },
          other.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await generate(world, other, programmeId))).toBe('NOT_FOUND');
    for (const fileId of [job.pdfFileId, job.xlsxFileId])
      expect((await download(world, other.accessToken, fileId as string)).status).toBe(404);
  });
});
