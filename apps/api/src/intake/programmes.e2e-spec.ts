import { getDataSourceToken } from '@nestjs/typeorm';
import { MailMessage } from '@sixcan/server-core';
import { ApiHarness, startApi } from '@sixcan/server-testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApi } from '../bootstrap';
import {
  Auth,
  AUTH,
  codeOf,
  createProgramme,
  must,
  PROGRAMME_FIELDS,
  SECTORS,
  signUpApplicant,
  signUpOrganizer,
  unique,
} from './intake.fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }), { PUBLIC_URL: 'https://sixcan.example.org' });
});
afterAll(() => api.close());

const PROGRAMME = `query($id: ID!) { programme(id: $id) { ${PROGRAMME_FIELDS} } }`;
const move = (verb: string, id: string, who: Auth) =>
  api.gql<Record<string, { status: string }>>(
    `mutation($id: ID!) { ${verb}(id: $id) { status } }`,
    { id },
    who.accessToken,
  );

describe('programmes', () => {
  it('creates a DRAFT programme and refuses bad windows, zones and currencies with field errors', async () => {
    const org = await signUpOrganizer(api);
    const bad = await api.gql(
      `mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`,
      {
        i: {
          title: { en: 'Call' },
          timeZone: 'Mars/Olympus',
          opensAt: '2027-02-01T00:00:00Z',
          closesAt: '2027-01-01T00:00:00Z',
          currency: 'XYZ',
        },
      },
      org.accessToken,
    );
    expect(codeOf(bad)).toBe('VALIDATION');
    const fields = (bad.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.timeZone', 'input.closesAt', 'input.currency']));
    const noWindow = await api.gql(
      `mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`,
      { i: { title: { en: 'Call' } } },
      org.accessToken,
    );
    expect(codeOf(noWindow)).toBe('VALIDATION');

    const { id } = await createProgramme(api, org, { open: false });
    const { programme } = await must(
      api.gql<{ programme: { status: string; sectors: unknown[] } }>(PROGRAMME, { id }, org.accessToken),
    );
    expect(programme.status).toBe('DRAFT');
    expect(programme.sectors).toHaveLength(3);
  });

  it('moves DRAFT → OPEN → CLOSED → ARCHIVED, refuses skipped steps, and freezes archived ones', async () => {
    const org = await signUpOrganizer(api);
    const { id } = await createProgramme(api, org, { open: false });
    expect(codeOf(await move('archiveProgramme', id, org))).toBe('CONFLICT');
    expect((await move('openProgramme', id, org)).data?.['openProgramme']?.status).toBe('OPEN');
    expect((await move('closeProgramme', id, org)).data?.['closeProgramme']?.status).toBe('CLOSED');
    expect((await move('openProgramme', id, org)).data?.['openProgramme']?.status).toBe('OPEN');
    await move('closeProgramme', id, org);
    expect((await move('archiveProgramme', id, org)).data?.['archiveProgramme']?.status).toBe('ARCHIVED');
    const update = await api.gql(
      `mutation($id: ID!, $i: ProgrammeInput!) { updateProgramme(id: $id, input: $i) { id } }`,
      { id, i: { handbookSize: 80 } },
      org.accessToken,
    );
    expect(codeOf(update)).toBe('CONFLICT');
  });

  it('will not open a programme without sectors', async () => {
    const org = await signUpOrganizer(api);
    const { id } = await createProgramme(api, org, { open: false });
    await must(
      api.gql(
        `mutation($id: ID!, $i: ProgrammeInput!) { updateProgramme(id: $id, input: $i) { id } }`,
        {
          id,
          i: { sectors: [] },
        },
        org.accessToken,
      ),
    );
    expect(codeOf(await move('openProgramme', id, org))).toBe('VALIDATION');
  });

  it('answers NOT_FOUND for another tenant’s programme exactly as for a random id, and FORBIDDEN to applicants', async () => {
    const a = await signUpOrganizer(api);
    const b = await signUpOrganizer(api);
    const { id } = await createProgramme(api, a);
    const foreign = await api.gql(PROGRAMME, { id }, b.accessToken);
    const random = await api.gql(PROGRAMME, { id: randomUUID() }, b.accessToken);
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
    expect(codeOf(await move('closeProgramme', id, b))).toBe('NOT_FOUND');

    const applicant = await signUpApplicant(api, a.me.organization.id);
    const create = await api.gql(
      `mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`,
      { i: { title: { en: 'Mine' } } },
      applicant.accessToken,
    );
    expect(codeOf(create)).toBe('FORBIDDEN');
  });

  it('hides drafts from everyone but organizers', async () => {
    const org = await signUpOrganizer(api);
    const open = await createProgramme(api, org);
    const draft = await createProgramme(api, org, { open: false });
    const applicant = await signUpApplicant(api, org.me.organization.id);
    const list = `{ programmes { totalCount edges { node { id status } } } }`;
    const mine = await must(
      api.gql<{ programmes: { edges: { node: { id: string } }[] } }>(list, {}, applicant.accessToken),
    );
    expect(mine.programmes.edges.map((e) => e.node.id)).toEqual([open.id]);
    expect(codeOf(await api.gql(PROGRAMME, { id: draft.id }, applicant.accessToken))).toBe('NOT_FOUND');
    const all = await must(api.gql<{ programmes: { totalCount: number } }>(list, {}, org.accessToken));
    expect(all.programmes.totalCount).toBe(2);
  });
});

describe('the public call and applicant sign-up', () => {
  it('lists open calls to anonymous visitors, with the organisation, and not drafts', async () => {
    const org = await signUpOrganizer(api);
    // The public list shows the 100 nearest deadlines across organisations; other test files' calls close in
    // 30 days, so this one closes first.
    const open = await createProgramme(api, org, { closesAt: new Date(Date.now() + 3600_000) });
    const draft = await createProgramme(api, org, { open: false });
    const { openCalls } = await must(
      api.gql<{ openCalls: { id: string; organizationName: string; sectors: { nameZh: string }[] }[] }>(
        `{ openCalls { id organizationId organizationName closesAt acceptingSubmissions sectors { code nameZh nameEn } } }`,
      ),
    );
    const mine = openCalls.find((c) => c.id === open.id);
    expect(mine?.sectors.map((s) => s.nameZh)).toEqual(SECTORS.map((s) => s.nameZh));
    expect(mine?.organizationName).toMatch(/^Bureau /);
    expect(openCalls.some((c) => c.id === draft.id)).toBe(false);
    expect(codeOf(await api.gql(`query($id: ID!) { openCall(id: $id) { id } }`, { id: draft.id }))).toBe(
      'NOT_FOUND',
    );
  });

  it('signs up applicants only where a call is open, and tells an existing account to sign in', async () => {
    const org = await signUpOrganizer(api);
    const noCall = await api.gql(
      `mutation($i: ApplicantSignUpInput!) { signUpApplicant(input: $i) { accessToken } }`,
      {
        i: {
          organizationId: org.me.organization.id,
          email: unique('x'),
          password: 'long enough pw',
          displayName: 'X',
        },
      },
    );
    expect(codeOf(noCall)).toBe('NOT_FOUND');

    await createProgramme(api, org);
    const applicant = await signUpApplicant(api, org.me.organization.id);
    expect(applicant.me.roles).toEqual(['APPLICANT']);
    expect(applicant.me.organization.id).toBe(org.me.organization.id);

    const again = await api.gql(
      `mutation($i: ApplicantSignUpInput!) { signUpApplicant(input: $i) { accessToken } }`,
      {
        i: {
          organizationId: org.me.organization.id,
          email: applicant.me.user.email,
          password: 'long enough pw',
          displayName: 'X',
        },
      },
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.['reason']).toBe('ACCOUNT_EXISTS');
  });

  it('lets a signed-in user of another organisation join as an applicant', async () => {
    const bureau = await signUpOrganizer(api);
    await createProgramme(api, bureau);
    const other = await signUpOrganizer(api);
    const { joinAsApplicant } = await must(
      api.gql<{ joinAsApplicant: Auth }>(
        `mutation($o: ID!) { joinAsApplicant(organizationId: $o) { ${AUTH} } }`,
        { o: bureau.me.organization.id },
        other.accessToken,
      ),
    );
    expect(joinAsApplicant.me.organization.id).toBe(bureau.me.organization.id);
    expect(joinAsApplicant.me.roles).toEqual(['APPLICANT']);
  });
});

describe('channels', () => {
  const CREATE = `mutation($i: ChannelInput!) { createChannel(input: $i) { id name { zh en } kind country } }`;
  const input = (en: string) => ({ name: { zh: '慕尼黑工业大学', en }, kind: 'UNIVERSITY', country: 'DE' });

  it('creates channels with unique names and a real country', async () => {
    const org = await signUpOrganizer(api);
    await must(api.gql(CREATE, { i: input('TUM') }, org.accessToken));
    expect(codeOf(await api.gql(CREATE, { i: input('tum') }, org.accessToken))).toBe('CONFLICT');
    expect(codeOf(await api.gql(CREATE, { i: { ...input('X'), country: 'XX' } }, org.accessToken))).toBe(
      'VALIDATION',
    );
    const applicant = await signUpApplicant(api, org.me.organization.id).catch(() => null);
    expect(applicant).toBeNull(); // no open call: nobody can sign up as applicant
  });

  it('invites a channel member who then sees only their own channel', async () => {
    const org = await signUpOrganizer(api);
    const { createChannel: mine } = await must(
      api.gql<{ createChannel: { id: string } }>(CREATE, { i: input('TUM') }, org.accessToken),
    );
    await must(api.gql(CREATE, { i: input('ETH Zürich') }, org.accessToken));
    const email = unique('tto');
    const { inviteChannelMember } = await must(
      api.gql<{ inviteChannelMember: { email: string; joined: boolean } }>(
        `mutation($i: InviteChannelMemberInput!) { inviteChannelMember(input: $i) { email joined } }`,
        { i: { channelId: mine.id, email, locale: 'en' } },
        org.accessToken,
      ),
    );
    expect(inviteChannelMember).toEqual({ email, joined: false });
    const mail = await api.app
      .get<DataSource>(getDataSourceToken())
      .getRepository(MailMessage)
      .findOneByOrFail({ toAddress: email, template: 'identity.invitation' });
    const token = new URL(mail.params['link'] ?? '').searchParams.get('token');
    const { acceptInvitation } = await must(
      api.gql<{ acceptInvitation: Auth }>(
        `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { ${AUTH} } }`,
        { i: { token, password: 'channel password', displayName: 'TTO' } },
      ),
    );
    expect(acceptInvitation.me.roles).toEqual(['CHANNEL']);
    const { channels } = await must(
      api.gql<{ channels: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `{ channels { totalCount edges { node { id } } } }`,
        {},
        acceptInvitation.accessToken,
      ),
    );
    expect(channels.edges.map((e) => e.node.id)).toEqual([mine.id]);
    expect(codeOf(await api.gql(CREATE, { i: input('Mine') }, acceptInvitation.accessToken))).toBe(
      'FORBIDDEN',
    );
  });

  it('renames a channel, keeping names unique', async () => {
    const org = await signUpOrganizer(api);
    const { createChannel: a } = await must(
      api.gql<{ createChannel: { id: string } }>(CREATE, { i: input('TUM') }, org.accessToken),
    );
    await must(api.gql(CREATE, { i: input('ETH') }, org.accessToken));
    const UPDATE = `mutation($id: ID!, $i: ChannelInput!) { updateChannel(id: $id, input: $i) { name { en } kind } }`;
    const renamed = await must(
      api.gql<{ updateChannel: { name: { en: string }; kind: string } }>(
        UPDATE,
        { id: a.id, i: { ...input('TU München'), kind: 'TRANSFER_NETWORK' } },
        org.accessToken,
      ),
    );
    expect(renamed.updateChannel).toEqual({ name: { en: 'TU München' }, kind: 'TRANSFER_NETWORK' });
    expect(codeOf(await api.gql(UPDATE, { id: a.id, i: input('eth') }, org.accessToken))).toBe('CONFLICT');
    const other = await signUpOrganizer(api);
    expect(codeOf(await api.gql(UPDATE, { id: a.id, i: input('Mine') }, other.accessToken))).toBe(
      'NOT_FOUND',
    );
  });

  it('keeps one tenant’s channels from another', async () => {
    const a = await signUpOrganizer(api);
    const b = await signUpOrganizer(api);
    const { createChannel } = await must(
      api.gql<{ createChannel: { id: string } }>(CREATE, { i: input('TUM') }, a.accessToken),
    );
    const { channels } = await must(
      api.gql<{ channels: { totalCount: number } }>(`{ channels { totalCount } }`, {}, b.accessToken),
    );
    expect(channels.totalCount).toBe(0);
    const invite = await api.gql(
      `mutation($i: InviteChannelMemberInput!) { inviteChannelMember(input: $i) { email } }`,
      { i: { channelId: createChannel.id, email: unique('x') } },
      b.accessToken,
    );
    expect(codeOf(invite)).toBe('NOT_FOUND');
  });
});
