// Compiles the server side (api, worker, libs, tools, bench) to dist/server with swc, keeping the
// folder layout so the rewritten @sixcan/* imports resolve as relative paths.
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/server');
const swcOptions = createRequire(import.meta.url)('./swc-options.cjs')({ paths: true });
const SOURCES = ['apps/api/src', 'apps/worker/src', 'libs/domain/src', 'libs/server', 'tools', 'bench'];
const SKIP = /\.(spec|int-spec|e2e-spec)\.ts$|\.d\.ts$/;
// JSON data imported by the code (not manifests or configs) is copied as it is.
const isData = (name) => name.endsWith('.json') && !/^(package|tsconfig|project)(\..*)?\.json$/.test(name);

async function* walk(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* walk(path);
    } else if ((entry.name.endsWith('.ts') && !SKIP.test(entry.name)) || isData(entry.name)) {
      yield path;
    }
  }
}

const started = Date.now();
await rm(out, { recursive: true, force: true });
const files = [];
for (const src of SOURCES) for await (const file of walk(join(root, src))) files.push(file);
await Promise.all(
  files.map(async (file) => {
    if (isData(file.split('/').pop())) {
      const target = join(out, relative(root, file));
      await mkdir(dirname(target), { recursive: true });
      await copyFile(file, target);
      return;
    }
    const rel = relative(root, file).replace(/\.ts$/, '.js');
    const target = join(out, rel);
    const { code, map } = await transformFile(file, { ...swcOptions, filename: file, outputPath: target });
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${rel.split('/').pop()}.map`);
    if (map) await writeFile(`${target}.map`, map);
  }),
);
console.log(`built ${files.length} files into dist/server in ${Date.now() - started} ms`);
