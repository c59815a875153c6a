import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, CoreModule } from '@sixcan/server-core';
import { IdentityModule } from '@sixcan/server-identity';
import { ProgrammesJobsModule } from '@sixcan/server-programmes';
import { HandbookJobsModule } from '@sixcan/server-roadshows';
import { eventually } from '@sixcan/server-testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorld as startTestWorld, World } from '../test-world';
import { Auth, must, signUpApplicant, signUpOrganizer } from '../intake/intake.fixtures';
import { screeningProgramme, submitProjects } from '../screening/screening.fixtures';

export { codeOf, must, signUpApplicant, signUpOrganizer } from '../intake/intake.fixtures';
export { screeningProgramme } from '../screening/screening.fixtures';
export type { World } from '../test-world';
export type { Auth } from '../intake/intake.fixtures';

export const PUBLIC_URL = 'https://sixcan.example.org';

export function startWorld(): Promise<World> {
  return startTestWorld([HandbookJobsModule]);
}

/** The handbook processor alone (no queue workers), with configuration overrides. */
export async function bareProcessorContext(env: Record<string, string>): Promise<INestApplicationContext> {
  const module = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({ applicationName: 'test-handbook' }),
      IdentityModule,
      ProgrammesJobsModule,
      HandbookJobsModule,
    ],
  })
    .overrideProvider(AppConfig)
    .useValue(new AppConfig({ ...process.env, ...env }))
    .compile();
  return module.init();
}

export const JOB =
  'id programmeId status progress processed total pdfFileId xlsxFileId error createdAt finishedAt options { languages includeContacts sectorCodes title { zh en } }';

export interface JobView {
  id: string;
  programmeId: string;
  status: string;
  progress: number;
  processed: number;
  total: number;
  pdfFileId: string | null;
  xlsxFileId: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  options: {
    languages: string;
    includeContacts: boolean;
    sectorCodes: string[] | null;
    title: { zh: string | null; en: string | null } | null;
  };
}

export const generate = (
  world: World,
  who: Auth | string,
  programmeId: string,
  options?: Record<string, unknown>,
) =>
  world.api.gql<{ generateHandbook: JobView }>(
    `mutation($p: ID!, $o: HandbookOptionsInput) { generateHandbook(programmeId: $p, options: $o) { ${JOB} } }`,
    { p: programmeId, o: options ?? null },
    typeof who === 'string' ? who : who.accessToken,
  );

/** Polls handbookJob until it is SUCCEEDED or FAILED. */
export async function finished(world: World, who: Auth, id: string, timeoutMs = 60_000): Promise<JobView> {
  return eventually(
    async () =>
      (
        await must(
          world.api.gql<{ handbookJob: JobView }>(
            `query($id: ID!) { handbookJob(id: $id) { ${JOB} } }`,
            { id },
            who.accessToken,
          ),
        )
      ).handbookJob,
    (job) => job.status === 'SUCCEEDED' || job.status === 'FAILED',
    timeoutMs,
  );
}

export async function download(
  world: World,
  token: string,
  fileId: string,
): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${world.api.url}/files/${fileId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

const scratch = mkdtempSync(join(tmpdir(), 'sixcan-handbook-'));
// Removed when the test file that loaded these fixtures is done.
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a poppler tool (pdfinfo, pdftotext, pdftoppm) on the PDF; returns stdout and the scratch folder. */
export function poppler(tool: 'pdfinfo' | 'pdftotext' | 'pdftoppm', pdf: Buffer, args: string[] = []) {
  const dir = mkdtempSync(join(scratch, 'run-'));
  const file = join(dir, 'handbook.pdf');
  writeFileSync(file, pdf);
  const extra = tool === 'pdftotext' ? [file, '-'] : tool === 'pdftoppm' ? [file, join(dir, 'page')] : [file];
  return {
    out: execFileSync(tool, [...args, ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    dir,
  };
}

export const pageCount = (pdf: Buffer) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf).out)?.[1]);

export const CHINESE_TITLES = [
  '固态锂电池快速充电技术',
  '基于深度学习的工业缺陷检测',
  '高通量单细胞测序平台',
  '钙钛矿叠层太阳能电池',
  '毫米波车路协同雷达',
  '可降解心脏支架材料',
  '氢燃料电池双极板',
  '量子密钥分发网络',
  '柔性电子皮肤传感器',
  '阿尔茨海默症血液早筛',
  '海水淡化石墨烯膜',
  '智能微电网调度系统',
  '工业机器人视觉引导',
  'mRNA 疫苗递送系统',
  '钠离子储能电池',
  '边缘计算安全芯片',
];

/**
 * An organisation with an open programme and 16 projects: 11 shortlisted, 1 in the roadshow, 2 submitted
 * and published to partners (in the handbook), 1 published but rejected and 1 only submitted (both out).
 */
export async function handbookProgramme(world: World) {
  const org = await signUpOrganizer(world.api);
  const programmeId = await screeningProgramme(world.api, org);
  const applicant = await signUpApplicant(world.api, org.me.organization.id);
  const sectors = ['NEM', 'ICT', 'BIO'];
  const ids = await submitProjects(
    world.api,
    applicant,
    programmeId,
    CHINESE_TITLES.map((zh, i) => ({
      title: { zh, en: `Handbook project ${String.fromCharCode(65 + i)} ${zh.length}` },
      sectorCode: sectors[i % 3],
      contactEmail: `contact${i}@lab${i}.example`,
    })),
  );
  const [shortlisted, roadshow, published, rejected, submitted] = [
    ids.slice(0, 11),
    ids.slice(11, 12),
    ids.slice(12, 14),
    ids.slice(14, 15),
    ids.slice(15, 16),
  ] as [string[], string[], string[], string[], string[]];
  await world.db.query(`UPDATE project SET status = 'SHORTLISTED' WHERE id = ANY($1)`, [shortlisted]);
  await world.db.query(`UPDATE project SET status = 'IN_ROADSHOW' WHERE id = ANY($1)`, [roadshow]);
  for (const id of [...published, ...rejected])
    await must(
      world.api.gql(`mutation($id: ID!) { publishProject(projectId: $id) { id } }`, { id }, org.accessToken),
    );
  await world.db.query(`UPDATE project SET status = 'REJECTED' WHERE id = ANY($1)`, [rejected]);
  const included = [...shortlisted, ...roadshow, ...published];
  return { org, applicant, programmeId, ids, included, excluded: [...rejected, ...submitted] };
}
