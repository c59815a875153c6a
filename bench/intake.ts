/**
 * Intake figures from QUALITY.md over the reference scenario (2,400 projects, 40 channels) in a fresh
 * database `<DATABASE_URL database>_bench`:
 * - P1: SQL statements for a `projects` page with nested channel and sector, at 10 and 200 rows;
 * - P2: p50 of a page of 50 through GraphQL ÷ p50 of the very same SQL statements through `pg`, A/B;
 * - P4: rows/s of importing 10,000 projects from XLSX (parse, validation, duplicates, insert) ÷ rows/s of
 *   `COPY` of the same rows into the same table.
 */
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ProjectStatus } from '@sixcan/domain';
import { CoreModule, FileStore } from '@sixcan/server-core';
import { IdentityModule } from '@sixcan/server-identity';
import {
  ImportMode,
  ImportProcessor,
  ProjectImport,
  ProgrammesJobsModule,
  referenceProjects,
  referenceWorkbook,
} from '@sixcan/server-programmes';
import { captureStatements, Statement } from '@sixcan/server-testing';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApi } from '../apps/api/src/bootstrap';
import { Figure, freePort, median, migratedDatabase, startNode, stop, waitForHttp } from './harness';
import { graphqlClient, PROJECTS_PAGE, seedReferenceIntake } from './reference-intake';

const SAMPLES = Number(process.env['BENCH_SAMPLES'] ?? 200);
const PAGE = PROJECTS_PAGE;

@Module({
  imports: [CoreModule.forRoot({ applicationName: 'bench-worker' }), IdentityModule, ProgrammesJobsModule],
})
class ImportBenchModule {}

export async function intake(): Promise<Figure[]> {
  const url = await migratedDatabase('bench');
  Object.assign(process.env, {
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `bench${Date.now().toString(36)}`,
    STORAGE_DIR: join(tmpdir(), 'sixcan-bench-files'),
  });

  const app = await createApi({ logs: false });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  try {
    const gql = graphqlClient(base);
    const { token, programmeId, organizationId } = await seedReferenceIntake(app, gql, raw);
    const ds = app.get<DataSource>(getDataSourceToken());
    const page = (first: number) => gql(PAGE, { p: programmeId, first }, token);
    // The timed requests skip fetch and JSON parsing: a keep-alive http agent, the answer checked, not parsed.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const pageBody = JSON.stringify({ query: PAGE, variables: { p: programmeId, first: 50 } });
    const timedPage = (port: number) =>
      new Promise<void>((resolve, reject) => {
        const request = http.request(
          {
            agent,
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (c: Buffer) => chunks.push(c));
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              if (response.statusCode !== 200 || !text.startsWith('{"data"'))
                reject(new Error(text.slice(0, 300)));
              else resolve();
            });
          },
        );
        request.on('error', reject);
        request.end(pageBody);
      });

    // P1: statements per page, at two sizes (the best of three, so background work cannot add to it).
    const statementsAt = async (first: number) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++)
        best = Math.min(best, (await captureStatements(() => page(first))).statements.length);
      return best;
    };
    const [at10, at200] = [await statementsAt(10), await statementsAt(200)];

    // P2: the API answering a page of 50 against the same statements sent straight through pg.
    const { statements } = await captureStatements(() => page(50));
    const replay = async (list: Statement[]) => {
      for (const s of list) await raw.query(s.text, s.values as unknown[]);
    };
    // Timed against the API in its own process, as deployed (same Node flags as this one).
    const apiPort = await freePort();
    const server = startNode(join(__dirname, '../apps/api/src/main.js'), {
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    });
    const apiTimes: number[] = [];
    const sqlTimes: number[] = [];
    try {
      await waitForHttp(`http://127.0.0.1:${apiPort}/health/live`);
      for (let i = 0; i < 20; i++) await Promise.all([timedPage(apiPort), replay(statements)]); // warm-up
      for (let i = 0; i < SAMPLES; i++) {
        apiTimes.push(await timed(() => timedPage(apiPort)));
        sqlTimes.push(await timed(() => replay(statements)));
      }
    } finally {
      agent.destroy();
      await stop(server);
    }

    // P4: import 10,000 rows, then COPY the same rows.
    const importFigure = await importVersusCopy(ds, raw, programmeId, organizationId);
    return [
      {
        name: 'P1 statements per projects page',
        value: at200,
        op: '<=',
        target: at10 === at200 ? 4 : -1,
        detail: `${at10} at 10 rows, ${at200} at 200 rows (nesting: channel, sector → target 2 + 2, equal at both sizes)`,
      },
      {
        name: 'P2 API ÷ raw SQL',
        value: median(apiTimes) / median(sqlTimes),
        op: '<=',
        target: 2,
        detail: `p50 ${median(apiTimes).toFixed(2)} ms through GraphQL, ${median(sqlTimes).toFixed(2)} ms for its ${statements.length} statements through pg; ${SAMPLES} A/B pairs, page of 50`,
      },
      importFigure,
    ];
  } finally {
    await raw.end();
    await app.close();
  }
}

async function importVersusCopy(
  ds: DataSource,
  raw: pg.Client,
  seededProgramme: string,
  organizationId: string,
) {
  const rows = referenceProjects(12_000, 99)
    .filter((p) => p.status === ProjectStatus.SUBMITTED)
    .slice(0, 10_000);
  const bytes = await referenceWorkbook(rows);
  const context = await NestFactory.createApplicationContext(ImportBenchModule, { logger: ['error'] });
  try {
    const programmeFor = async () =>
      (
        await raw.query(
          `INSERT INTO programme (organization_id, title_en, time_zone, opens_at, closes_at, sectors, mandatory_cans, status)
           SELECT organization_id, 'bench ' || gen_random_uuid(), time_zone, opens_at, closes_at, sectors, mandatory_cans, status
           FROM programme WHERE id = $1 RETURNING id`,
          [seededProgramme],
        )
      ).rows[0].id as string;
    const target = await programmeFor();
    const file = await context.get(FileStore).save(ds.manager, {
      organizationId,
      uploadedBy: organizationId,
      filename: 'bench.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
    });
    const job = await ds.getRepository(ProjectImport).save({
      organizationId,
      programmeId: target,
      fileId: file.id,
      createdByUserId: organizationId,
      mode: ImportMode.ALL_OR_NOTHING,
      problems: [],
    });
    const importMs = await timed(() => context.get(ImportProcessor).handle({ importId: job.id }));
    const created = Number(
      (await raw.query(`SELECT count(*) FROM project WHERE programme_id = $1`, [target])).rows[0].count,
    );
    if (created !== rows.length) throw new Error(`the import created ${created} of ${rows.length} rows`);

    // The same rows, as PostgreSQL's own bulk path loads them into the same table and indexes.
    const copyTarget = await programmeFor();
    const columns = (
      await raw.query(
        `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS list
         FROM information_schema.columns WHERE table_name = 'project' AND column_name NOT IN ('id', 'programme_id')`,
      )
    ).rows[0].list as string;
    const csv = join(tmpdir(), `sixcan-bench-${Date.now()}.csv`);
    await raw.query(
      `COPY (SELECT ${columns} FROM project WHERE programme_id = '${target}') TO '${csv}' WITH (FORMAT csv)`,
    );
    await raw.query(`ALTER TABLE project ALTER COLUMN programme_id SET DEFAULT '${copyTarget}'`);
    const copyMs = await timed(() => raw.query(`COPY project (${columns}) FROM '${csv}' WITH (FORMAT csv)`));
    await raw.query(`ALTER TABLE project ALTER COLUMN programme_id DROP DEFAULT`);
    const importRate = rows.length / (importMs / 1000);
    const copyRate = rows.length / (copyMs / 1000);
    return {
      name: 'P4 import ÷ COPY',
      value: importRate / copyRate,
      op: '>=' as const,
      target: 0.3,
      detail: `${rows.length} rows: import ${Math.round(importRate)} rows/s (${Math.round(importMs)} ms incl. XLSX parse, validation, duplicates, status history), COPY ${Math.round(copyRate)} rows/s (${Math.round(copyMs)} ms)`,
    };
  } finally {
    await context.close();
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}
