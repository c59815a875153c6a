import { seedIntake } from '@sixcan/server-programmes';
import { readdirSync } from 'node:fs';
import {
  download,
  finished,
  generate,
  must,
  pageCount,
  poppler,
  signUpOrganizer,
  startWorld,
  World,
} from './handbook.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

describe('the demo programme’s handbook', () => {
  it('prints the reference call’s shortlist of 100 with its Chinese and English titles, and the PDF renders', async () => {
    // The demo's intake (2,400 reference projects), with the 100 the final round would shortlist.
    const org = await signUpOrganizer(world.api);
    const organizationId = org.me.organization.id;
    await seedIntake(world.db, { organizationId });
    const [{ id: programmeId }] = await world.db.query(
      `SELECT id FROM programme WHERE organization_id = $1`,
      [organizationId],
    );
    // An UPDATE answers [rows, count].
    const [shortlist]: [{ id: string; title_zh: string; title_en: string }[], number] = await world.db.query(
      `UPDATE project SET status = 'SHORTLISTED'
        WHERE id IN (SELECT id FROM project WHERE programme_id = $1 AND status = 'SUBMITTED'
                     AND title_zh IS NOT NULL AND title_en IS NOT NULL ORDER BY submitted_at, id LIMIT 100)
        RETURNING id, title_zh, title_en`,
      [programmeId],
    );
    expect(shortlist).toHaveLength(100);

    const { generateHandbook } = await must(generate(world, org, programmeId));
    const job = await finished(world, org, generateHandbook.id, 120_000);
    expect(job).toMatchObject({ status: 'SUCCEEDED', processed: 100, total: 100 });

    const pdf = await download(world, org.accessToken, job.pdfFileId as string);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf.bytes)).toBeGreaterThanOrEqual(102);
    const pngs = poppler('pdftoppm', pdf.bytes, ['-png', '-r', '40', '-f', '1', '-l', '4']);
    expect(readdirSync(pngs.dir).filter((f) => f.endsWith('.png'))).toHaveLength(4);
    const text = poppler('pdftotext', pdf.bytes).out.replace(/\s+/g, '');
    // pdftotext may break long titles over lines: compare without white space.
    for (const project of [shortlist[0], shortlist[57], shortlist[99]]) {
      expect(text).toContain(project?.title_zh.replace(/\s+/g, ''));
      expect(text).toContain(project?.title_en.replace(/\s+/g, ''));
    }
  });
});
