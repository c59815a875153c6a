import { getDataSourceToken } from '@nestjs/typeorm';
import { MailMessage } from '@sixcan/server-core';
import { ApiHarness, captureStatements, startApi } from '@sixcan/server-testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApi } from '../bootstrap';
import {
  Auth,
  AUTH,
  codeOf,
  COMPLETE_PROJECT,
  createProgramme,
  createProject,
  must,
  signUpApplicant,
  signUpOrganizer,
  unique,
} from './intake.fixtures';

let api: ApiHarness;
let db: DataSource;
beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }), { PUBLIC_URL: 'https://sixcan.example.org' });
  db = api.app.get<DataSource>(getDataSourceToken());
});
afterAll(() => api.close());

const PROJECT = `query($id: ID!) { project(id: $id) { id status version timeline { fromStatus toStatus actorName at } } }`;
const update = (who: Auth, id: string, input: object, expectedVersion?: number) =>
  api.gql<{ updateProject: { version: number } }>(
    `mutation($id: ID!, $i: ProjectInput!, $v: Int) { updateProject(id: $id, input: $i, expectedVersion: $v) { version } }`,
    { id, i: input, v: expectedVersion },
    who.accessToken,
  );
const submit = (who: Auth, id: string) =>
  api.gql<{ submitProject: { status: string } }>(
    `mutation($id: ID!) { submitProject(id: $id) { status submittedAt } }`,
    { id },
    who.accessToken,
  );
const withdraw = (who: Auth, id: string) =>
  api.gql<{ withdrawProject: { status: string } }>(
    `mutation($id: ID!) { withdrawProject(id: $id, reason: "Signed elsewhere") { status } }`,
    { id },
    who.accessToken,
  );
const list = (who: Auth, programmeId: string, filter: object = {}, first = 50, after?: string) =>
  must(
    api.gql<{
      projects: {
        totalCount: number;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
        edges: { node: { id: string; title: { zh: string; en: string }; country: string } }[];
      };
    }>(
      `query($p: ID!, $f: ProjectFilter, $first: Int, $after: String) {
        projects(programmeId: $p, filter: $f, first: $first, after: $after) {
          totalCount pageInfo { endCursor hasNextPage } edges { node { id title { zh en } country } }
        }
      }`,
      { p: programmeId, f: filter, first, after },
      who.accessToken,
    ),
  ).then((d) => d.projects);
const mails = (to: string) =>
  db.getRepository(MailMessage).find({ where: { toAddress: to }, order: { createdAt: 'ASC' } });

describe('an applicant’s project', () => {
  it('is drafted, refused for submission with every missing field named, then submitted with a receipt', async () => {
    const org = await signUpOrganizer(api);
    const { id: programmeId } = await createProgramme(api, org);
    const applicant = await signUpApplicant(api, org.me.organization.id);
    const draft = await createProject(api, applicant, programmeId, {
      title: { en: 'Perovskite tandem cells' },
    });
    expect(draft.status).toBe('DRAFT');

    const refused = await submit(applicant, draft.id);
    expect(codeOf(refused)).toBe('VALIDATION');
    const fields = (refused.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'summary',
        'country',
        'sectorCode',
        'cooperationModes',
        'selfAssessment.LAND.claim',
      ]),
    );
    const { project: withMissing } = await must(
      api.gql<{ project: { missingForSubmission: { field: string }[] } }>(
        `query($id: ID!) { project(id: $id) { missingForSubmission { field message } } }`,
        { id: draft.id },
        applicant.accessToken,
      ),
    );
    expect(withMissing.missingForSubmission.length).toBe(fields.length);

    const { title: _title, ...rest } = COMPLETE_PROJECT;
    const updated = await must(update(applicant, draft.id, rest, draft.version));
    // A second tab still holding the old version is refused instead of overwriting.
    const stale = await update(applicant, draft.id, { trl: 3 }, draft.version);
    expect(stale.errors?.[0]?.extensions?.['reason']).toBe('STALE_VERSION');
    expect(updated.updateProject.version).toBeGreaterThan(draft.version);

    expect((await must(submit(applicant, draft.id))).submitProject.status).toBe('SUBMITTED');
    const { project } = await must(
      api.gql<{
        project: { timeline: { fromStatus: string | null; toStatus: string; actorName: string }[] };
      }>(PROJECT, { id: draft.id }, applicant.accessToken),
    );
    expect(project.timeline.map((t) => [t.fromStatus, t.toStatus, t.actorName])).toEqual([
      [null, 'DRAFT', 'Anna Schmidt'],
      ['DRAFT', 'SUBMITTED', 'Anna Schmidt'],
    ]);
    const receipts = await mails(applicant.me.user.email);
    expect(receipts.map((m) => [m.template, m.locale])).toEqual([['intake.submitted', 'en']]);
    expect(receipts[0]?.params['link']).toBe(`https://sixcan.example.org/projects/${draft.id}`);
  });

  it('can be submitted only inside the window', async () => {
    const org = await signUpOrganizer(api);
    const later = await createProgramme(api, org, {
      opensAt: new Date(Date.now() + 86400_000),
      closesAt: new Date(Date.now() + 10 * 86400_000),
    });
    const ownDraft = await createProject(api, org, later.id); // organizers may prepare drafts early
    const early = await submit(org, ownDraft.id);
    expect(early.errors?.[0]?.extensions?.['reason']).toBe('WINDOW_NOT_OPEN');

    const open = await createProgramme(api, org);
    const applicant = await signUpApplicant(api, org.me.organization.id);
    const project = await createProject(api, applicant, open.id);
    await must(
      api.gql(`mutation($id: ID!) { closeProgramme(id: $id) { id } }`, { id: open.id }, org.accessToken),
    );
    const late = await submit(applicant, project.id);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors?.[0]?.extensions?.['reason']).toBe('WINDOW_CLOSED');
    expect(
      codeOf(
        await createProject(api, applicant, open.id)
          .catch(() => null)
          .then(() => late),
      ),
    ).toBe('CONFLICT');
  });

  it('is withdrawn before a decision, with a confirmation, and then frozen for the applicant', async () => {
    const org = await signUpOrganizer(api);
    const { id: programmeId } = await createProgramme(api, org);
    const applicant = await signUpApplicant(api, org.me.organization.id, 'zh-CN');
    const project = await createProject(api, applicant, programmeId);
    await must(submit(applicant, project.id));
    expect((await must(withdraw(applicant, project.id))).withdrawProject.status).toBe('WITHDRAWN');
    expect((await must(withdraw(applicant, project.id))).withdrawProject.status).toBe('WITHDRAWN');
    expect(codeOf(await update(applicant, project.id, { trl: 7 }))).toBe('CONFLICT');
    expect((await mails(applicant.me.user.email)).map((m) => [m.template, m.locale])).toEqual([
      ['intake.submitted', 'zh-CN'],
      ['intake.withdrawn', 'zh-CN'],
    ]);
  });

  it('is seen only by its applicant, the organizers of its tenant and its channel', async () => {
    const org = await signUpOrganizer(api);
    const { id: programmeId } = await createProgramme(api, org);
    const anna = await signUpApplicant(api, org.me.organization.id);
    const ben = await signUpApplicant(api, org.me.organization.id);
    const project = await createProject(api, anna, programmeId);

    const byBen = await api.gql(PROJECT, { id: project.id }, ben.accessToken);
    const random = await api.gql(PROJECT, { id: randomUUID() }, ben.accessToken);
    expect(codeOf(byBen)).toBe('NOT_FOUND');
    expect(byBen.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
    expect(codeOf(await update(ben, project.id, { trl: 2 }))).toBe('NOT_FOUND');
    expect(codeOf(await submit(ben, project.id))).toBe('NOT_FOUND');
    expect((await list(ben, programmeId)).totalCount).toBe(0);
    expect((await list(anna, programmeId)).totalCount).toBe(1);
    expect((await list(org, programmeId)).totalCount).toBe(1);

    const other = await signUpOrganizer(api);
    expect(codeOf(await api.gql(PROJECT, { id: project.id }, other.accessToken))).toBe('NOT_FOUND');
    expect(codeOf(await withdraw(other, project.id))).toBe('NOT_FOUND');
    expect((await list(other, programmeId)).totalCount).toBe(0);
    const reviewer = api.token({ organizationId: org.me.organization.id, roles: ['REVIEWER' as never] });
    const denied = await api.gql(PROJECT, { id: project.id }, reviewer);
    expect(codeOf(denied)).toBe('FORBIDDEN');
  });
});

describe('nominations', () => {
  it('invites the applicant, who completes and submits the nominated project; the channel sees its yield', async () => {
    const org = await signUpOrganizer(api);
    const { id: programmeId } = await createProgramme(api, org);
    const { createChannel } = await must(
      api.gql<{ createChannel: { id: string } }>(
        `mutation($i: ChannelInput!) { createChannel(input: $i) { id } }`,
        { i: { name: { en: 'Fraunhofer Transfer' }, kind: 'RESEARCH_INSTITUTE', country: 'DE' } },
        org.accessToken,
      ),
    );
    const tto = unique('tto');
    await must(
      api.gql(
        `mutation($i: InviteChannelMemberInput!) { inviteChannelMember(input: $i) { email } }`,
        { i: { channelId: createChannel.id, email: tto } },
        org.accessToken,
      ),
    );
    const channel = await accept(tto, 'TTO Fraunhofer');
    const applicantEmail = unique('inventor');
    const { nominateProject } = await must(
      api.gql<{ nominateProject: { id: string; status: string; source: string; channelId: string } }>(
        `mutation($p: ID!, $i: NominationInput!) { nominateProject(programmeId: $p, input: $i) { id status source channelId } }`,
        {
          p: programmeId,
          i: {
            applicantEmail,
            locale: 'en',
            project: { title: { en: 'Laser cladding' }, organizationName: 'Fraunhofer IWS', country: 'DE' },
          },
        },
        channel.accessToken,
      ),
    );
    expect(nominateProject).toMatchObject({
      status: 'DRAFT',
      source: 'NOMINATION',
      channelId: createChannel.id,
    });
    const duplicate = await api.gql(
      `mutation($p: ID!, $i: NominationInput!) { nominateProject(programmeId: $p, input: $i) { id } }`,
      {
        p: programmeId,
        i: {
          applicantEmail,
          project: { title: { en: 'laser  CLADDING' }, organizationName: 'Fraunhofer IWS' },
        },
      },
      channel.accessToken,
    );
    expect(codeOf(duplicate)).toBe('CONFLICT');
    expect((await mails(applicantEmail)).map((m) => m.template).sort()).toEqual([
      'identity.invitation',
      'intake.nominated',
    ]);

    const inventor = await accept(applicantEmail, 'Dr. Keller');
    expect(inventor.me.roles).toEqual(['APPLICANT']);
    const mine = await list(inventor, programmeId);
    expect(mine.edges.map((e) => e.node.id)).toEqual([nominateProject.id]);
    const { title: _t, organizationName: _o, ...rest } = COMPLETE_PROJECT;
    await must(update(inventor, nominateProject.id, rest));
    await must(submit(inventor, nominateProject.id));

    const { channelYields } = await must(
      api.gql<{ channelYields: { nominated: number; submitted: number; channel: { id: string } }[] }>(
        `query($p: ID!) { channelYields(programmeId: $p) { nominated submitted withdrawn channel { id } } }`,
        { p: programmeId },
        channel.accessToken,
      ),
    );
    expect(channelYields).toEqual([
      { nominated: 1, submitted: 1, withdrawn: 0, channel: { id: createChannel.id } },
    ]);
    // The channel sees its nomination's status but cannot change it.
    expect((await list(channel, programmeId)).totalCount).toBe(1);
    expect(codeOf(await withdraw(channel, nominateProject.id))).toBe('FORBIDDEN');
  });
});

describe('the projects list', () => {
  it('filters, searches Chinese and English text and paginates stably over rows created together', async () => {
    const org = await signUpOrganizer(api);
    const { id: programmeId } = await createProgramme(api, org);
    const make = (title: object, extra: object) =>
      createProject(api, org, programmeId, { ...COMPLETE_PROJECT, title, ...extra });
    await make(
      { zh: '基于石墨烯的高效储能电池', en: 'Graphene energy storage battery' },
      { country: 'IL', trl: 4 },
    );
    await make(
      { en: 'CRISPR diagnostics on a chip' },
      { country: 'SG', sectorCode: 'BIO', cooperationModes: ['EQUITY_INVESTMENT'] },
    );
    await make(
      { zh: '工业机器人视觉系统' },
      { country: 'DE', organizationName: 'Fraunhofer IPA', sectorCode: 'ICT' },
    );

    const titles = async (filter: object) =>
      (await list(org, programmeId, filter)).edges.map((e) => e.node.title.en ?? e.node.title.zh).sort();
    expect(await titles({ search: '储能 石墨烯' })).toEqual(['Graphene energy storage battery']);
    expect(await titles({ search: '高效电池' })).toEqual(['Graphene energy storage battery']);
    expect(await titles({ search: 'fraunhofer' })).toEqual(['工业机器人视觉系统']);
    expect(await titles({ search: 'crispr CHIP' })).toEqual(['CRISPR diagnostics on a chip']);
    expect(await titles({ search: '100%_' })).toEqual([]);
    expect(await titles({ countries: ['sg', 'IL'] })).toHaveLength(2);
    expect(await titles({ trlMin: 5 })).toHaveLength(2);
    expect(await titles({ sectorCodes: ['BIO'], cooperationModes: ['EQUITY_INVESTMENT'] })).toEqual([
      'CRISPR diagnostics on a chip',
    ]);
    expect(await titles({ statuses: ['SUBMITTED'] })).toEqual([]);

    // 25 rows written in one transaction share created_at: the cursor still walks each exactly once.
    await db.transaction(async (em) => {
      for (let i = 0; i < 25; i++)
        await em.query(
          `INSERT INTO project (organization_id, programme_id, source, title_en, search_document) VALUES ($1, $2, 'IMPORT', $3, $4)`,
          [org.me.organization.id, programmeId, `Batch ${i}`, `batch ${i}`],
        );
    });
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list(org, programmeId, { search: 'batch' }, 10, after);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it('uses the same number of SQL statements for 10 and 200 rows with nested channel and sector (P1)', async () => {
    const org = await signUpOrganizer(api);
    const { id: programmeId } = await createProgramme(api, org);
    const channels = await Promise.all(
      ['A', 'B', 'C'].map((n) =>
        must(
          api.gql<{ createChannel: { id: string } }>(
            `mutation($i: ChannelInput!) { createChannel(input: $i) { id } }`,
            { i: { name: { en: `Channel ${n}` }, kind: 'UNIVERSITY', country: 'GB' } },
            org.accessToken,
          ),
        ),
      ),
    );
    await db.query(
      `INSERT INTO project (organization_id, programme_id, channel_id, source, title_en, sector_code)
       SELECT $1, $2, ($3::uuid[])[1 + i % 3], 'IMPORT', 'P' || i, (ARRAY['BIO','ICT','NEM'])[1 + i % 3]
       FROM generate_series(1, 250) i`,
      [org.me.organization.id, programmeId, channels.map((c) => c.createChannel.id)],
    );
    const query = `query($p: ID!, $first: Int) { projects(programmeId: $p, first: $first) {
      totalCount edges { node { id title { en } channel { name { en } } sector { nameEn } } } } }`;
    const count = async (first: number) => {
      const { result, statements } = await captureStatements(() =>
        api.gql(query, { p: programmeId, first }, org.accessToken),
      );
      expect(result.errors).toBeUndefined();
      return statements.length;
    };
    const [small, large] = [await count(10), await count(200)];
    expect(small).toBe(large);
    expect(large).toBeLessThanOrEqual(2 + 2); // count + page, then one batch per nesting level
  });
});

async function accept(email: string, displayName: string): Promise<Auth> {
  const mail = await db
    .getRepository(MailMessage)
    .findOneByOrFail({ toAddress: email, template: 'identity.invitation' });
  const token = new URL(mail.params['link'] ?? '').searchParams.get('token');
  const { acceptInvitation } = await must(
    api.gql<{ acceptInvitation: Auth }>(
      `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { ${AUTH} } }`,
      {
        i: { token, password: 'a long password', displayName },
      },
    ),
  );
  return acceptInvitation;
}
