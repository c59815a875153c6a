import { Role } from '@sixcan/domain';
import { ApiHarness, startApi } from '@sixcan/server-testing';
import { randomUUID } from 'node:crypto';
import { createApi } from './bootstrap';

let api: ApiHarness;
const orgA = randomUUID();
const orgB = randomUUID();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }), { UPLOAD_MAX_BYTES: String(64 * 1024) });
});
afterAll(() => api.close());

function upload(bytes: Buffer, filename: string, token?: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), filename);
  return fetch(`${api.url}/files`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

describe('POST /files', () => {
  it('stores a pitch deck for a signed-in member and serves it back to the same tenant only', async () => {
    const token = api.token({ organizationId: orgA, roles: [Role.APPLICANT] });
    const response = await upload(PDF, '路演 deck.pdf', token);
    expect(response.status).toBe(201);
    const file = (await response.json()) as {
      id: string;
      contentType: string;
      sizeBytes: number;
      filename: string;
    };
    expect(file).toMatchObject({
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      filename: '路演 deck.pdf',
    });

    const own = await fetch(`${api.url}/files/${file.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).equals(PDF)).toBe(true);

    // Another tenant: the same answer as for an id that does not exist.
    const other = api.token({ organizationId: orgB, roles: [Role.ORGANIZER] });
    const foreign = await fetch(`${api.url}/files/${file.id}`, {
      headers: { authorization: `Bearer ${other}` },
    });
    const missing = await fetch(`${api.url}/files/${randomUUID()}`, {
      headers: { authorization: `Bearer ${other}` },
    });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await missing.json());
  });

  it('refuses anonymous uploads', async () => {
    const response = await upload(PDF, 'deck.pdf');
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token', async () => {
    const token = `${api.token({ organizationId: orgA }).slice(0, -4)}AAAA`;
    expect((await upload(PDF, 'deck.pdf', token)).status).toBe(401);
  });

  it('judges the type by content, not by name', async () => {
    const token = api.token({ organizationId: orgA });
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const response = await upload(exe, 'deck.pdf', token);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.message).toMatch(/not an accepted file/);
    expect((await upload(PDF, 'deck.xlsx', token)).status).toBe(400);
    expect((await upload(Buffer.from('name,country\nA,DE\n'), 'projects.csv', token)).status).toBe(201);
  });

  it('refuses files over the size limit and requests without a file', async () => {
    const token = api.token({ organizationId: orgA });
    const big = Buffer.concat([PDF, Buffer.alloc(65 * 1024, 32)]);
    expect((await upload(big, 'big.pdf', token)).status).toBe(413);
    const empty = await fetch(`${api.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(empty.status).toBe(400);
  });
});

describe('health endpoints', () => {
  it('reports live and ready without authentication', async () => {
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { info: Record<string, unknown> }).info).toHaveProperty('database');
  });
});
