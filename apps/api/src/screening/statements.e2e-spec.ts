import { captureStatements } from '@sixcan/server-testing';
import { ASSIGNMENT, must, openedRound, review, startWorld, World } from './screening.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.api.close());

describe('statements per list', () => {
  it('do not grow with the page size for assignments, results and round lists', async () => {
    const { org, reviewers, round, programmeId } = await openedRound(world, {
      projects: 14,
      reviewers: 2,
      k: 1,
    });
    const me = reviewers[0] as (typeof reviewers)[0];
    const { myAssignments } = await must<{ myAssignments: { edges: { node: { id: string } }[] } }>(
      world.api.gql(`{ myAssignments(first: 50) { edges { node { id } } } }`, {}, me.auth.accessToken),
    );
    for (const { node } of myAssignments.edges.slice(0, 3)) await review(world.api, me.auth, node.id, 6);
    // Nothing else may talk to the database meanwhile: the worker's outbox sweep would be counted.
    await world.worker.close();

    const count = async (query: string, variables: Record<string, unknown>, token: string) => {
      const { result, statements } = await captureStatements(() => world.api.gql(query, variables, token));
      expect(result.errors).toBeUndefined();
      return statements.length;
    };
    const lists: [string, Record<string, unknown>, string][] = [
      [
        `query($first: Int) { myAssignments(first: $first) { totalCount edges { node { ${ASSIGNMENT} } } } }`,
        {},
        me.auth.accessToken,
      ],
      [
        `query($r: ID!, $first: Int) { roundAssignments(roundId: $r, first: $first) { totalCount edges { node { ${ASSIGNMENT} } } } }`,
        { r: round.id },
        org.accessToken,
      ],
      [
        `query($r: ID!, $first: Int) { roundResults(roundId: $r, first: $first) { totalCount edges { node { rank rawMean override { by } gate { passed } } } } }`,
        { r: round.id },
        org.accessToken,
      ],
      [
        `query($first: Int) { reviewerProfiles(first: $first) { totalCount edges { node { id activeAssignments } } } }`,
        {},
        org.accessToken,
      ],
    ];
    for (const [query, variables, token] of lists) {
      const small = await count(query, { ...variables, first: 2 }, token);
      const large = await count(query, { ...variables, first: 50 }, token);
      expect({ query: query.slice(0, 40), small }).toEqual({ query: query.slice(0, 40), small: large });
    }
    const rounds = await count(
      `query($p: ID!) { screeningRounds(programmeId: $p) { id projectCount assignmentCount submittedReviewCount } }`,
      { p: programmeId },
      org.accessToken,
    );
    expect(rounds).toBeLessThanOrEqual(8);
  });
});
