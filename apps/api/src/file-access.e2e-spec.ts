import { ScreeningJobsModule } from '@sixcan/server-screening';
import { randomUUID } from 'node:crypto';
import {
  codeOf,
  must,
  nodes,
  Page,
  partnerAccount,
  recordIntent,
  uploadFile,
} from './matching/matching.fixtures';
import {
  Auth,
  createRound,
  openRound,
  reviewerAccount,
  screeningProgramme,
  signUpApplicant,
  signUpOrganizer,
  submitProjects,
} from './screening/screening.fixtures';
import { createProject } from './intake/intake.fixtures';
import { startWorld, World } from './test-world';

let world: World;
beforeAll(async () => {
  world = await startWorld([ScreeningJobsModule]);
});
afterAll(() => world.close());

/** The status `GET /files/:id` answers the actor, and the error code when it refuses. */
async function download(who: Auth, id: string): Promise<number | string> {
  const response = await fetch(`${world.api.url}/files/${id}`, {
    headers: { authorization: `Bearer ${who.accessToken}` },
  });
  if (response.status === 200) return 200;
  return ((await response.json()) as { error: { code: string } }).error.code;
}

const updateProject = (who: Auth, id: string, input: Record<string, unknown>) =>
  world.api.gql(
    `mutation($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { id } }`,
    { id, i: input },
    who.accessToken,
  );

describe('GET /files/:id: a file is read through an object the actor may read', () => {
  it('a project’s attachments: organizers, its applicant and the reviewers it is assigned to; nobody else in the tenant', async () => {
    const org = await signUpOrganizer(world.api);
    const organizationId = org.me.organization.id;
    const programmeId = await screeningProgramme(world.api, org);
    const applicant = await signUpApplicant(world.api, organizationId);
    const other = await signUpApplicant(world.api, organizationId);
    const [projectId] = (await submitProjects(world.api, applicant, programmeId, [{}])) as [string];
    const { id: otherProjectId } = await createProject(world.api, other, programmeId);
    // The organizer attaches the deck: the applicant reads it through the project, not as its uploader.
    const deck = await uploadFile(world, org, 'deck.pdf');
    await must(updateProject(org, projectId, { attachmentFileIds: [deck] }));
    // The applicant keeps the deck when editing the project (readable through it) and adds their own upload.
    const own = await uploadFile(world, applicant, 'appendix.pdf');
    await must(updateProject(applicant, projectId, { attachmentFileIds: [deck, own] }));
    const reviewers = [];
    for (let i = 0; i < 3; i++)
      reviewers.push(await reviewerAccount(world, org, { displayName: `Reviewer ${i + 1}` }));
    const round = await createRound(world.api, org, programmeId, { reviewersPerProject: 1 });
    expect((await openRound(world.api, org, round.id)).status).toBe('OPEN');
    const [{ reviewer_profile_id: assignedId }] = await world.db.query(
      `SELECT reviewer_profile_id FROM review_assignment WHERE project_id = $1`,
      [projectId],
    );
    const assigned = reviewers.find((r) => r.profile.id === assignedId) as (typeof reviewers)[0];
    const unassigned = reviewers.find((r) => r.profile.id !== assignedId) as (typeof reviewers)[0];
    const partner = (await partnerAccount(world, org)).auth;

    expect(await download(org, deck)).toBe(200);
    expect(await download(applicant, deck)).toBe(200);
    expect(await download(assigned.auth, deck)).toBe(200);
    // The same answer as for a file that does not exist.
    const absent = randomUUID();
    for (const who of [other, unassigned.auth, partner]) {
      expect(await download(who, deck)).toBe('NOT_FOUND');
      expect(await download(who, absent)).toBe('NOT_FOUND');
    }

    // Naming a file in an input does not make it readable: only files the actor may read already.
    const stolen = await updateProject(other, otherProjectId, { attachmentFileIds: [deck] });
    expect(codeOf(stolen)).toBe('VALIDATION');
    expect(await download(other, deck)).toBe('NOT_FOUND');
    // A row naming another organisation's file (written around the API) does not show it.
    const elsewhere = await signUpOrganizer(world.api);
    const foreign = await uploadFile(world, elsewhere, 'foreign.pdf');
    await world.db.query(
      `UPDATE project SET attachment_file_ids = attachment_file_ids || $2::uuid WHERE id = $1`,
      [projectId, foreign],
    );
    const { project } = await must(
      world.api.gql<{ project: { attachments: { id: string }[] } }>(
        `query($id: ID!) { project(id: $id) { attachments { id } } }`,
        { id: projectId },
        org.accessToken,
      ),
    );
    expect(project.attachments.map((f) => f.id)).toEqual([deck, own]);
    expect(await download(org, own)).toBe(200);
    expect(await download(assigned.auth, own)).toBe(200);
    expect(await download(other, own)).toBe('NOT_FOUND');
  });

  it('a deal’s NDA: organizers and the members of the deal’s partner; not another partner or the applicant', async () => {
    const org = await signUpOrganizer(world.api);
    const programmeId = await screeningProgramme(world.api, org);
    const applicant = await signUpApplicant(world.api, org.me.organization.id);
    const [projectId] = (await submitProjects(world.api, applicant, programmeId, [{}])) as [string];
    await must(
      world.api.gql(
        `mutation($id: ID!) { publishProject(projectId: $id) { id } }`,
        { id: projectId },
        org.accessToken,
      ),
    );
    const a = await partnerAccount(world, org, { name: { en: 'Partner A' } });
    const b = await partnerAccount(world, org, { name: { en: 'Partner B' }, kind: 'PARK' });
    const deals: Record<string, string> = {};
    for (const p of [a, b]) {
      await must(recordIntent(world, p.auth, { partnerId: p.partner.id, projectId }));
      const { deals: page } = await must(
        world.api.gql<{ deals: Page<{ id: string }> }>(
          `{ deals { edges { node { id } } } }`,
          {},
          p.auth.accessToken,
        ),
      );
      deals[p.partner.id] = (nodes(page)[0] as { id: string }).id;
    }
    const move = (who: Auth, dealId: string, ndaFileId: string) =>
      world.api.gql(
        `mutation($id: ID!, $i: MoveDealInput!) { moveDeal(id: $id, input: $i) { id } }`,
        { id: dealId, i: { to: 'NDA', ndaFileId } },
        who.accessToken,
      );
    // Filed by the organizer: partner A's member reads it through the deal.
    const nda = await uploadFile(world, org, 'nda.pdf');
    await must(move(org, deals[a.partner.id] as string, nda));

    expect(await download(org, nda)).toBe(200);
    expect(await download(a.auth, nda)).toBe(200);
    expect(await download(b.auth, nda)).toBe('NOT_FOUND');
    expect(await download(applicant, nda)).toBe('NOT_FOUND');
    // Partner B cannot make it theirs by naming it on their own deal.
    const stolen = await move(b.auth, deals[b.partner.id] as string, nda);
    expect(stolen.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', reason: 'FILE_NOT_FOUND' });
    expect(await download(b.auth, nda)).toBe('NOT_FOUND');
  });
});
