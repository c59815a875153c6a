/**
 * `npm run bench` (all figures) or `npm run bench -- <name>`: prints one line per figure from
 * QUALITY.md, `<name>: <value> (target <op> <target>) PASS|FAIL`, and exits 1 if any fails.
 */
import './production-env';
import 'reflect-metadata';
import { framework } from './framework';
import { insights } from './insights';
import { intake } from './intake';
import { notifications } from './notifications';
import { screening } from './screening';
import { tail } from './tail';
import { web } from './web';
import { Figure, report } from './harness';

const BENCHES: Record<string, () => Promise<Figure | Figure[]>> = {
  framework,
  intake,
  screening,
  insights,
  notifications,
  tail,
  web,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !BENCHES[w]);
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(', ')}; available: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  let ok = true;
  for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
    const bench = BENCHES[name];
    if (!bench) continue;
    for (const figure of [await bench()].flat()) ok = report(figure) && ok;
  }
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
