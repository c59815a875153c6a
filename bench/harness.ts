import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import pg from 'pg';
import { createDataSource } from '../tools/migrate';

export interface Figure {
  name: string;
  value: number;
  op: '>=' | '<=';
  target: number;
  detail?: string;
}

/** `<name>: <value> (target <op> <target>) PASS|FAIL`, as QUALITY.md asks. */
export function report(f: Figure): boolean {
  const pass = f.op === '>=' ? f.value >= f.target : f.value <= f.target;
  console.log(
    `${f.name}: ${f.value.toFixed(3)} (target ${f.op} ${f.target}) ${pass ? 'PASS' : 'FAIL'}${f.detail ? `  [${f.detail}]` : ''}`,
  );
  return pass;
}

export { freePort } from '@sixcan/server-testing';

export async function waitForHttp(url: string, timeoutMs = 60000, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, init)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * Starts a Node process (same flags for every side of a comparison). BENCH_NODE_FLAGS adds flags to every
 * process started, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where their time goes.
 */
export function startNode(script: string, env: Record<string, string>): ChildProcess {
  const flags = (process.env['BENCH_NODE_FLAGS'] ?? '').split(' ').filter(Boolean);
  return spawn(process.execPath, [...flags, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export interface Load {
  url: string;
  body?: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

/** Requests per second (mean over the run) on loopback; fails on any non-2xx answer. */
export async function requestsPerSecond(load: Load): Promise<number> {
  const result = await autocannon({
    url: load.url,
    method: load.body ? 'POST' : 'GET',
    body: load.body,
    headers: load.headers,
    connections: load.connections,
    duration: load.seconds,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${load.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result.requests.average;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * DATABASE_URL as the run began: benchmarks point DATABASE_URL at their own database while they run, and the
 * next one's database must not be named after it.
 */
const BASE_DATABASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/sixcan';

/**
 * A fresh, migrated database `<DATABASE_URL database>_<suffix>` (dropped first when it exists), so a
 * benchmark never reads or writes another's data; returns its URL.
 */
export async function migratedDatabase(suffix: string): Promise<string> {
  const base = new URL(BASE_DATABASE_URL);
  const name = `${base.pathname.slice(1) || 'sixcan'}_${suffix}`;
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(base), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
  const migrations = createDataSource(url);
  await migrations.initialize();
  await migrations.runMigrations();
  await migrations.destroy();
  return url;
}
