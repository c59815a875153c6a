import {
  codeOf,
  inviteReviewer,
  mailsTo,
  must,
  openedRound,
  PROFILE,
  Profile,
  reviewerAccount,
  screeningProgramme,
  signUpApplicant,
  signUpOrganizer,
  startWorld,
  unique,
  World,
} from './screening.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const update = (token: string, id: string, input: object) =>
  world.api.gql<{ updateReviewerProfile: Profile & { sectors: string[]; affiliation: string | null } }>(
    `mutation($id: ID!, $i: ReviewerProfileInput!) { updateReviewerProfile(id: $id, input: $i) { ${PROFILE} } }`,
    { id, i: input },
    token,
  );

describe('reviewer profiles', () => {
  it('invites a new reviewer by e-mail; the profile binds to the account that accepts', async () => {
    const org = await signUpOrganizer(world.api);
    const { profile, auth } = await reviewerAccount(world, org, {
      displayName: 'Dr. Anna Müller',
      affiliation: 'ETH Zürich',
      country: 'ch',
      sectors: ['BIO', 'NEM'],
    });
    expect(profile).toMatchObject({
      userId: null,
      affiliation: 'ETH Zürich',
      maxLoad: 10,
      activeAssignments: 0,
    });
    expect(profile.email.endsWith('@example.org')).toBe(true);
    const [invitation] = await mailsTo(world.db, profile.email, 'identity.invitation');
    expect(invitation?.params['roles']).toMatch(/reviewer/i);
    const { myReviewerProfile } = await must<{
      myReviewerProfile: Profile & { country: string; emailDomain: string };
    }>(world.api.gql(`query { myReviewerProfile { ${PROFILE} } }`, {}, auth.accessToken));
    expect(myReviewerProfile).toMatchObject({
      id: profile.id,
      userId: auth.me.user.id,
      country: 'CH',
      emailDomain: 'example.org',
    });

    // Inviting the same address again updates the profile.
    const again = await inviteReviewer(world.api, org, { email: profile.email.toUpperCase(), maxLoad: 25 });
    expect(again).toMatchObject({ id: profile.id, maxLoad: 25, userId: auth.me.user.id });
  });

  it('gives an existing member the reviewer role at once, without an invitation', async () => {
    const org = await signUpOrganizer(world.api);
    await screeningProgramme(world.api, org);
    const member = await signUpApplicant(world.api, org.me.organization.id);
    const profile = await inviteReviewer(world.api, org, { email: member.me.user.email });
    expect(profile.userId).toBe(member.me.user.id);
    expect(await mailsTo(world.db, member.me.user.email, 'identity.invitation')).toHaveLength(0);
    const { members } = await must<{ members: { edges: { node: { email: string; roles: string[] } }[] } }>(
      world.api.gql(`{ members(first: 10) { edges { node { email roles } } } }`, {}, org.accessToken),
    );
    expect(
      members.edges
        .map((e) => e.node)
        .find((m) => m.email === member.me.user.email)
        ?.roles.sort(),
    ).toEqual(['APPLICANT', 'REVIEWER']);
  });

  it('lets organizers change every field and reviewers only their own sectors, languages and affiliation', async () => {
    const org = await signUpOrganizer(world.api);
    const { profile, auth } = await reviewerAccount(world, org);
    const other = await inviteReviewer(world.api, org);
    const own = await must(
      update(auth.accessToken, profile.id, { sectors: ['ICT'], affiliation: 'KTH', languages: ['en'] }),
    );
    expect(own.updateReviewerProfile).toMatchObject({ sectors: ['ICT'], affiliation: 'KTH' });
    expect(codeOf(await update(auth.accessToken, profile.id, { maxLoad: 500 }))).toBe('FORBIDDEN');
    expect(codeOf(await update(auth.accessToken, other.id, { sectors: ['BIO'] }))).toBe('NOT_FOUND');
    expect(
      (await must(update(org.accessToken, profile.id, { maxLoad: 40 }))).updateReviewerProfile.maxLoad,
    ).toBe(40);
    expect(codeOf(await update(org.accessToken, profile.id, { country: 'XX' }))).toBe('VALIDATION');
    const invalid = await world.api.gql(
      `mutation($i: InviteReviewerInput!) { inviteReviewer(input: $i) { id } }`,
      { i: { email: 'not-an-address', locale: 'fr', sectors: [], languages: ['de'], maxLoad: 0 } },
      org.accessToken,
    );
    expect(codeOf(invalid)).toBe('VALIDATION');
  });

  it('lists and searches the organisation’s reviewers with their active load; other organisations see none', async () => {
    const { org, reviewers } = await openedRound(world, { projects: 3, reviewers: 3, k: 2 });
    await inviteReviewer(world.api, org, {
      displayName: 'Prof. Zhang Wei',
      affiliation: 'Tsinghua University',
      email: unique('zhang'),
    });
    const list = (token: string, search?: string, first = 10, after?: string) =>
      world.api.gql<{
        reviewerProfiles: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: Profile & { displayName: string } }[];
        };
      }>(
        `query($s: String, $f: Int, $a: String) { reviewerProfiles(search: $s, first: $f, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${PROFILE} } } } }`,
        { s: search, f: first, a: after },
        token,
      );
    const all = (await must(list(org.accessToken))).reviewerProfiles;
    expect(all.totalCount).toBe(4);
    expect(all.edges.map((e) => e.node.activeAssignments).sort()).toEqual([0, 2, 2, 2]);
    const found = (await must(list(org.accessToken, 'tsinghua'))).reviewerProfiles;
    expect(found.edges.map((e) => e.node.displayName)).toEqual(['Prof. Zhang Wei']);
    const page1 = (await must(list(org.accessToken, undefined, 2))).reviewerProfiles;
    const page2 = (await must(list(org.accessToken, undefined, 2, page1.pageInfo.endCursor)))
      .reviewerProfiles;
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id).sort()).toEqual(
      all.edges.map((e) => e.node.id).sort(),
    );

    const stranger = await signUpOrganizer(world.api);
    expect((await must(list(stranger.accessToken))).reviewerProfiles.totalCount).toBe(0);
    const foreign = await update(stranger.accessToken, reviewers[0]?.profile.id as string, { maxLoad: 1 });
    expect([codeOf(foreign), foreign.errors?.[0]?.message]).toEqual([
      'NOT_FOUND',
      'Reviewer profile not found',
    ]);
    // A reviewer of one organisation has no profile in another.
    const elsewhere = world.api.token({
      userId: reviewers[0]?.auth.me.user.id,
      organizationId: stranger.me.organization.id,
      roles: ['REVIEWER' as never],
    });
    expect(
      (
        await must(
          world.api.gql<{ myReviewerProfile: unknown }>(`query { myReviewerProfile { id } }`, {}, elsewhere),
        )
      ).myReviewerProfile,
    ).toBeNull();
  });
});
