// Spreadsheet-import helpers shared by the intake end-to-end tests and the bad-input resilience test.
import { PROJECT_COLUMNS } from '@sixcan/server-programmes';
import { ApiHarness, eventually } from '@sixcan/server-testing';
import { Auth, must } from './intake.fixtures';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function upload(api: ApiHarness, who: Auth, bytes: Buffer, filename: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), filename);
  return fetch(`${api.url}/files`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${who.accessToken}` },
  });
}
export async function uploaded(api: ApiHarness, who: Auth, bytes: Buffer, filename: string): Promise<string> {
  const response = await upload(api, who, bytes, filename);
  if (response.status !== 201) throw new Error(`upload ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export interface ImportView {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  errorRowCount: number;
  duplicateCount: number;
  failureMessage: string | null;
  reportFileId: string | null;
  problems: { rowNumber: number; field: string; message: string }[];
}
export const IMPORT = `id status totalRows processedRows createdCount errorRowCount duplicateCount failureMessage reportFileId
  problems { rowNumber field value message }`;

export async function runImport(
  api: ApiHarness,
  who: Auth,
  programmeId: string,
  fileId: string,
  mode: string,
): Promise<ImportView> {
  const { startProjectImport } = await must(
    api.gql<{ startProjectImport: ImportView }>(
      `mutation($p: ID!, $f: ID!, $m: ImportMode!) { startProjectImport(programmeId: $p, fileId: $f, mode: $m) { ${IMPORT} } }`,
      { p: programmeId, f: fileId, m: mode },
      who.accessToken,
    ),
  );
  expect(startProjectImport.status).toBe('QUEUED');
  return eventually(
    async () =>
      (
        await must(
          api.gql<{ projectImport: ImportView }>(
            `query($id: ID!) { projectImport(id: $id) { ${IMPORT} } }`,
            {
              id: startProjectImport.id,
            },
            who.accessToken,
          ),
        )
      ).projectImport,
    (i) => i.status === 'SUCCEEDED' || i.status === 'FAILED',
    60_000,
  );
}

export function csvOf(rows: Record<string, string>[]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [
    PROJECT_COLUMNS.map((c) => c.header),
    ...rows.map((r) => PROJECT_COLUMNS.map((c) => r[c.key] ?? '')),
  ]
    .map((line) => line.map(quote).join(','))
    .join('\r\n');
}
