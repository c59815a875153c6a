import { ApiHarness, startApi } from '@sixcan/server-testing';
import { createApi } from './bootstrap';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }), {
    NODE_ENV: 'production',
    AUTH_SECRET: 'x'.repeat(16) + 'production-grade-secret-value',
  });
});
afterAll(() => api.close());

describe('production mode', () => {
  it('turns introspection off', async () => {
    const result = await api.gql('{ __schema { queryType { name } } }');
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
  });

  it('gives no field suggestions', async () => {
    const result = await api.gql('{ systemStatu { status } }');
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
  });

  it('hides component details from public answers', async () => {
    const result = await api.gql<{ systemStatus: { components: { detail: string | null }[] } }>(
      '{ systemStatus { components { detail } } }',
    );
    expect(result.data?.systemStatus.components.every((c) => c.detail === null)).toBe(true);
  });

  it('does not mount the queue dashboard', async () => {
    expect((await fetch(`${api.url}/admin/queues`)).status).toBe(404);
  });
});
