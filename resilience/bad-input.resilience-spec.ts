// R9 bad input everywhere: a corpus of malformed spreadsheets (truncated XLSX, wrong headers, binary
// junk, too many rows, bad cells), GBK and GB18030 CSV (accepted: docs/intake.md promises both), a
// 50 MB upload, impossible and misspelt time zones, local times without an offset, dates in the
// wrong format, negative money and unknown currencies in bids and agreements. Each refusal must
// be clear (it names the row and column, or the field) and leave nothing behind (no project, bid,
// agreement, programme or roadshow written); nothing answers 5xx.
import { ProjectStatus } from '@sixcan/domain';
import { importCells, referenceProjects, referenceWorkbook } from '@sixcan/server-programmes';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { randomBytes } from 'node:crypto';
import { csvOf, runImport, upload, uploaded } from '../apps/api/src/intake/import.fixtures';
import { createProgramme, SECTORS } from '../apps/api/src/intake/intake.fixtures';
import {
  inDays,
  marketplace,
  must,
  placeBid,
  startWorld,
  World,
} from '../apps/api/src/matching/matching.fixtures';
import { REFERENCE_EVENT } from '../apps/api/src/roadshows/roadshows.fixtures';
import { expectFigures } from './support/figures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const submitted = referenceProjects(200, 11).filter((p) => p.status === ProjectStatus.SUBMITTED);
const cells = (n: number, from = 0) => submitted.slice(from, from + n).map((p) => importCells(p.fields));

interface Outcome {
  name: string;
  /** 5xx answers. */
  serverErrors: number;
  /** The refusal names what is wrong (row and column, or the field), or the file was accepted as promised. */
  clear: boolean;
  /** Rows written from a refused input. */
  written: number;
  detail?: string;
}
const outcomes: Outcome[] = [];

const countOf = async (sql: string, params: unknown[]) =>
  Number(((await world.db.query(sql, params)) as { n: string }[])[0]?.n ?? 0);
const projectsIn = (programmeId: string) =>
  countOf(`SELECT count(*) AS n FROM project WHERE programme_id = $1`, [programmeId]);

/** Text of a GraphQL refusal: message, code and details, lower-cased. */
const refusalText = (r: { errors?: unknown[] }) => JSON.stringify(r.errors ?? []).toLowerCase();
const codeIs = (r: { errors?: { extensions?: { code?: string } }[] }, ...codes: string[]) =>
  codes.includes(r.errors?.[0]?.extensions?.code ?? 'OK');

describe('R9 bad input everywhere', () => {
  jest.setTimeout(5 * 60_000);

  let market: Awaited<ReturnType<typeof marketplace>>;
  beforeAll(async () => {
    market = await marketplace(world, { partners: 1 });
  });
  const org = () => market.org;

  /** Uploads the file and imports it ALL_OR_NOTHING into a fresh programme. */
  async function importFile(
    name: string,
    bytes: Buffer,
    filename: string,
    expectProblem: (text: string) => boolean,
  ) {
    const { id } = await createProgramme(world.api, org());
    const response = await upload(world.api, org(), bytes, filename);
    if (response.status !== 201) {
      const body = await response.text();
      outcomes.push({
        name,
        serverErrors: response.status >= 500 ? 1 : 0,
        clear: response.status >= 400 && expectProblem(body.toLowerCase()),
        written: await projectsIn(id),
        detail: `upload ${response.status}: ${body.slice(0, 120)}`,
      });
      return;
    }
    const fileId = ((await response.json()) as { id: string }).id;
    const result = await runImport(world.api, org(), id, fileId, 'ALL_OR_NOTHING');
    const text = `${result.failureMessage ?? ''} ${JSON.stringify(result.problems)}`.toLowerCase();
    outcomes.push({
      name,
      serverErrors: 0,
      clear: result.status === 'FAILED' && expectProblem(text),
      written: await projectsIn(id),
      detail: `${result.status}: ${text.slice(0, 160)}`,
    });
  }

  it('refuses malformed and oversized spreadsheets clearly, importing nothing from them', async () => {
    const good = await referenceWorkbook(submitted.slice(0, 5));
    await importFile('truncated XLSX', good.subarray(0, Math.floor(good.length / 2)), 'cut.xlsx', (t) =>
      /xlsx|workbook|spreadsheet|read|damaged|corrupt|not an accepted file/.test(t),
    );

    const wrong = new ExcelJS.Workbook();
    const sheet = wrong.addWorksheet('Projects');
    sheet.addRow(['Name', 'Land', 'Money', 'Stuff']);
    sheet.addRow(['A project', 'DE', '100', 'x']);
    await importFile(
      'XLSX with wrong headers',
      Buffer.from(await wrong.xlsx.writeBuffer()),
      'wrong.xlsx',
      (t) => /column|header/.test(t),
    );

    await importFile('binary junk named .csv', randomBytes(4096), 'junk.csv', (t) =>
      /not an accepted file|csv|text|encoding|read/.test(t),
    );

    const tooMany = csvOf(Array.from({ length: 10_001 }, (_, i) => cells(1, i % submitted.length)[0] ?? {}));
    await importFile('CSV over 10,000 rows', Buffer.from(tooMany, 'utf8'), 'many.csv', (t) =>
      /10[,.]?000/.test(t),
    );

    // One row per kind of bad cell, each at a known row of the sheet (header = row 1).
    const rows = cells(8);
    const planted: [row: number, field: string, value: string][] = [
      [2, 'fundingAmount', '-1500000'],
      [3, 'fundingCurrency', 'XYZ'],
      [4, 'presenterTimeZone', 'Mars/Olympus_Mons'],
      [5, 'presenterTimeZone', 'GMT+8 Beijing'],
      [6, 'fundingAmount', '1.500.000,00,0'],
      [7, 'trl', '-3'],
      [8, 'contactEmail', 'not-an-address'],
    ];
    for (const [row, field, value] of planted) rows[row - 2] = { ...rows[row - 2], [field]: value };
    let missing: string[] = [];
    await importFile(
      'CSV with bad cells (money, currency, time zones, TRL, e-mail)',
      Buffer.from(csvOf(rows), 'utf8'),
      'bad.csv',
      (t) => {
        missing = planted
          .filter(([row, field]) => !t.includes(`"rownumber":${row},"field":"${field.toLowerCase()}"`))
          .map(([row, field, value]) => `row ${row} ${field}=${value} not reported`);
        return missing.length === 0;
      },
    );
    const last = outcomes[outcomes.length - 1];
    if (last && missing.length) last.detail = missing.join('; ');

    const huge = await upload(world.api, org(), Buffer.alloc(50 * 1024 * 1024, 0x41), 'huge.csv');
    const hugeText = (await huge.text()).toLowerCase();
    outcomes.push({
      name: '50 MB upload',
      serverErrors: huge.status >= 500 ? 1 : 0,
      clear: huge.status === 413 && /large|limit|bytes|mib|mb/.test(hugeText),
      written: await countOf(
        `SELECT count(*) AS n FROM stored_file WHERE organization_id = $1 AND size_bytes > $2`,
        [org().me.organization.id, 26_214_400],
      ),
      detail: `${huge.status}: ${hugeText.slice(0, 120)}`,
    });
  });

  it('reads GBK and GB18030 CSV as promised, Chinese text intact', async () => {
    for (const [encoding, title] of [
      ['gbk', '高效钙钛矿叠层太阳能电池'],
      ['gb18030', '㐀䶵鿃 稀有字符的氢能储运'],
    ] as const) {
      const { id } = await createProgramme(world.api, org());
      const rows = cells(3, 20);
      rows[0] = { ...rows[0], titleZh: title, organizationName: '慕尼黑工业大学' };
      const file = await uploaded(
        world.api,
        org(),
        iconv.encode(csvOf(rows), encoding),
        `项目-${encoding}.csv`,
      );
      const result = await runImport(world.api, org(), id, file, 'ALL_OR_NOTHING');
      const [row] = await world.db.query(
        `SELECT title_zh FROM project WHERE programme_id = $1 AND organization_name = $2`,
        [id, '慕尼黑工业大学'],
      );
      outcomes.push({
        name: `${encoding.toUpperCase()} CSV`,
        serverErrors: 0,
        clear: result.status === 'SUCCEEDED' && result.createdCount === 3 && row?.title_zh === title,
        written: 0,
        detail: `${result.status}, ${result.createdCount} rows, title ${row?.title_zh ?? 'missing'}`,
      });
    }
  });

  it('refuses bad money, time zones and dates in the API, naming the field and writing nothing', async () => {
    const [p] = market.partners;
    if (!p) throw new Error('a partner expected');
    const projectId = market.projectIds[0] as string;
    const bidsOf = () => countOf(`SELECT count(*) AS n FROM bid WHERE partner_id = $1`, [p.partner.id]);
    const tenant = org().me.organization.id;
    const programmesOf = () =>
      countOf(`SELECT count(*) AS n FROM programme WHERE organization_id = $1`, [tenant]);
    const roadshowsOf = () =>
      countOf(`SELECT count(*) AS n FROM roadshow_event WHERE organization_id = $1`, [tenant]);
    const agreementsOf = () =>
      countOf(`SELECT count(*) AS n FROM agreement WHERE organization_id = $1`, [tenant]);

    type Call = () => Promise<{ status: number; errors?: { extensions?: { code?: string } }[] }>;
    const tryCall = async (name: string, call: Call, field: string, count: () => Promise<number>) => {
      const before = await count();
      const r = await call();
      const text = refusalText(r);
      outcomes.push({
        name,
        serverErrors: r.status >= 500 || codeIs(r, 'INTERNAL_SERVER_ERROR') ? 1 : 0,
        clear: codeIs(r, 'VALIDATION', 'BAD_USER_INPUT') && text.includes(field.toLowerCase()),
        written: (await count()) - before,
        detail: `${r.status} ${r.errors?.[0]?.extensions?.code ?? 'OK'}: ${text.slice(0, 160)}`,
      });
    };

    const bid =
      (investment: Record<string, string>, extra: Record<string, unknown> = {}): Call =>
      () =>
        placeBid(world, p.auth, { partnerId: p.partner.id, projectId, investment, ...extra });
    const cny = (amount: string) => ({ amount, currency: 'CNY' });
    for (const [name, call, field] of [
      ['bid with a negative amount', bid(cny('-5000000')), 'amount'],
      ['bid in an unknown currency', bid({ amount: '5000000', currency: 'XYZ' }), 'currency'],
      ['bid with a malformed amount', bid(cny('5,000,000.00.1')), 'amount'],
      [
        'bid valid until a date in the wrong format',
        bid(cny('5000000'), { validUntil: '31/12/2027' }),
        'validUntil',
      ],
    ] as const)
      await tryCall(name, call, field, bidsOf);

    // A real deal for the agreement: the partner's bid opens it.
    await must(placeBid(world, p.auth, { partnerId: p.partner.id, projectId }));
    const [deal] = await world.db.query(`SELECT id FROM deal WHERE partner_id = $1`, [p.partner.id]);
    const agreement =
      (committed: Record<string, string>, signedAt = '2027-04-20T06:30:00Z'): Call =>
      () =>
        world.api.gql(
          `mutation($i: RecordAgreementInput!) { recordAgreement(input: $i) { id } }`,
          {
            i: {
              dealId: deal.id,
              kind: 'INVESTMENT',
              parties: ['Galaxy Capital', 'TU München'],
              signedAt,
              committed,
            },
          },
          org().accessToken,
        );
    for (const [name, call, field] of [
      ['agreement with a negative amount', agreement(cny('-150000000')), 'committed'],
      ['agreement in an unknown currency', agreement({ amount: '150000000', currency: 'ABC' }), 'currency'],
      [
        'agreement signed at a date in the wrong format',
        agreement(cny('150000000'), '2027-13-45'),
        'signedAt',
      ],
    ] as const)
      await tryCall(name, call, field, agreementsOf);

    const programme =
      (input: Record<string, unknown>): Call =>
      () =>
        world.api.gql(
          `mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`,
          {
            i: {
              title: { zh: '坏输入', en: 'Bad input' },
              timeZone: 'Asia/Shanghai',
              opensAt: new Date().toISOString(),
              closesAt: inDays(30),
              sectors: SECTORS,
              mandatoryCans: ['ATTEND'],
              rubric: [{ code: 'NOVELTY', nameZh: '创新性', nameEn: 'Novelty', weight: 1 }],
              ...input,
            },
          },
          org().accessToken,
        );
    for (const [name, call, field] of [
      ['programme in a made-up time zone', programme({ timeZone: 'Mars/Base' }), 'timeZone'],
      ['programme in a UTC offset instead of a zone', programme({ timeZone: '+08:00' }), 'timeZone'],
      ['programme opening on a day-first date', programme({ opensAt: '01/12/2026' }), 'opensAt'],
    ] as const)
      await tryCall(name, call, field, programmesOf);

    const roadshow =
      (input: Record<string, unknown>): Call =>
      () =>
        world.api.gql(
          `mutation($i: CreateRoadshowInput!) { createRoadshow(input: $i) { id } }`,
          { i: { programmeId: market.programmeId, ...REFERENCE_EVENT, ...input } },
          org().accessToken,
        );
    for (const [name, call, field] of [
      ['roadshow in a misspelt time zone', roadshow({ timeZone: 'Asia/Shangai' }), 'timeZone'],
      ['roadshow in a UTC offset instead of a zone', roadshow({ timeZone: 'UTC+8' }), 'timeZone'],
      [
        'roadshow ending before it starts',
        roadshow({ startsAt: '2026-12-10T15:00:00Z', endsAt: '2026-12-10T12:00:00Z' }),
        'endsAt',
      ],
    ] as const)
      await tryCall(name, call, field, roadshowsOf);
  });

  it('counts unclear refusals, half-imports and 5xx answers over the whole corpus', () => {
    const unclear = outcomes.filter((o) => !o.clear);
    const halfImports = outcomes.filter((o) => o.written !== 0);
    const serverErrors = outcomes.reduce((n, o) => n + o.serverErrors, 0);
    const list = (os: Outcome[]) => os.map((o) => `${o.name} — ${o.detail ?? ''}`).join(' | ');
    expectFigures([
      {
        id: 'R9',
        name: 'unclear errors (no row/column or field named)',
        value: unclear.length,
        op: '==',
        target: 0,
        detail: list(unclear),
      },
      {
        id: 'R9',
        name: 'half-imports (rows written from a refused input)',
        value: halfImports.length,
        op: '==',
        target: 0,
        detail: list(halfImports),
      },
      { id: 'R9', name: '5xx answers', value: serverErrors, op: '==', target: 0 },
      {
        id: 'R9',
        name: 'bad inputs tried',
        value: outcomes.length,
        op: '>=',
        target: 20,
        detail: outcomes.map((o) => o.name).join(', '),
      },
    ]);
  });
});
