/**
 * Writes an import spreadsheet of the reference scenario's submitted projects:
 * `node dist/server/tools/reference-sheet.js <out.xlsx> [count] [seed]`.
 */
import { ProjectStatus } from '@sixcan/domain';
import { referenceProjects, referenceWorkbook } from '@sixcan/server-programmes';
import { writeFile } from 'node:fs/promises';

async function main(): Promise<void> {
  const [out, count = '2400', seed = '2026'] = process.argv.slice(2);
  if (!out) throw new Error('usage: reference-sheet <out.xlsx> [count] [seed]');
  const projects = referenceProjects(Number(count) * 2, Number(seed))
    .filter((p) => p.status === ProjectStatus.SUBMITTED)
    .slice(0, Number(count));
  await writeFile(out, await referenceWorkbook(projects));
  console.log(`wrote ${projects.length} projects to ${out}`);
}

void main();
