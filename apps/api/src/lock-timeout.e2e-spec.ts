import { ApiHarness, startApi } from '@sixcan/server-testing';
import { DataSource } from 'typeorm';
import { createApi } from './bootstrap';
import { createProgramme, createProject, must, signUpOrganizer } from './intake/intake.fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }), { DATABASE_LOCK_TIMEOUT_MS: '300' });
});
afterAll(() => api.close());

describe('DATABASE_LOCK_TIMEOUT_MS', () => {
  it('answers a request waiting for a row another transaction holds with a retryable SERVICE_UNAVAILABLE in bounded time', async () => {
    const org = await signUpOrganizer(api);
    const { id: programmeId } = await createProgramme(api, org);
    const project = await createProject(api, org, programmeId);
    const update = () =>
      api.gql(
        `mutation($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { id } }`,
        { id: project.id, i: { organizationName: 'Renamed Lab' } },
        org.accessToken,
      );
    // Another transaction holds the project's row (a long write, or a stuck session).
    const holder = api.app.get(DataSource).createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('SELECT id FROM project WHERE id = $1 FOR UPDATE', [project.id]);
      const started = Date.now();
      const refused = await update();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    // Once the row is free the same request goes through.
    await must(update());
  });
});
