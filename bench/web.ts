/**
 * P9 from QUALITY.md: gzipped JavaScript loaded for the first screen after login.
 * - builds the web in production mode (`npm run build:web`, NODE_ENV=production; BENCH_WEB_BUILD=0 reuses
 *   dist/apps/web);
 * - migrates a fresh `<DATABASE_URL database>_bench_web` and seeds the demo scenario into it (tools/seed.ts);
 * - starts the API in this process and serves dist/apps/web from a plain static server (no compression,
 *   no caching) that passes /graphql, /files and /health to the API;
 * - in Debian's Chromium (playwright-core, a fresh profile, so nothing is cached) opens /login, logs in as
 *   the demo organizer and waits until the first screen after login has settled (the user menu is shown
 *   and no request has been in flight for 500 ms);
 * - every JavaScript response the browser received from opening /login to then is gzipped here with zlib
 *   at level 9 and summed (KB = 1,000 bytes, as Vite prints them). The log-in page's own chunks count too:
 *   they are what a user downloads before the first screen. A second figure in the detail is the same sum
 *   for a direct load of that screen by a signed-in user (a reload with the session kept).
 * BENCH_WEB_LIST=1 prints every script of both loads with its gzipped size; BENCH_WEB_SCREENSHOTS=<dir> saves
 * the log-in page (empty and checked) and the first screen in both languages.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { createApi } from '../apps/api/src/bootstrap';
import accounts from '../tools/demo-accounts.json';
import { Figure, migratedDatabase } from './harness';

/** The repository (this file runs from dist/server/bench or any copy of dist/server). */
const ROOT = ((dir: string): string => {
  for (let at = dir; at !== dirname(at); at = dirname(at))
    if (existsSync(join(at, 'apps/web/vite.config.mts'))) return at;
  return process.cwd();
})(__dirname);
const DIST = join(ROOT, 'dist/apps/web');
const TARGET_KB = 350;
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}

export async function web(): Promise<Figure> {
  if (process.env['BENCH_WEB_BUILD'] !== '0')
    await run('npm', ['run', 'build:web'], { ...process.env, NODE_ENV: 'production' });
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no build`);

  const url = await migratedDatabase('bench_web');
  Object.assign(process.env, {
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `benchweb${Date.now().toString(36)}`,
    STORAGE_DIR: join(tmpdir(), 'sixcan-bench-web-files'),
  });
  await run(process.execPath, [join(__dirname, '../tools/seed.js')], { ...process.env, DATABASE_URL: url });

  const app = await createApi({ logs: false });
  await app.listen(0, '127.0.0.1');
  const api = new URL((await app.getUrl()).replace('[::1]', '127.0.0.1'));
  const server = staticServer(api);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const organizer = accounts.organizations[0]?.members.find((m) => m.roles.includes('ORGANIZER'));
    if (!organizer) throw new Error('no demo organizer in tools/demo-accounts.json');

    // BENCH_WEB_SCREENSHOTS=<dir>: a look at the log-in page and the first screen in both languages.
    const shots = process.env['BENCH_WEB_SCREENSHOTS'];
    if (shots) mkdirSync(shots, { recursive: true });
    const journey = await measure(page, async () => {
      await page.goto(`${base}/login`);
      if (shots) {
        await page.locator('input[autocomplete="username"]').waitFor();
        await page.screenshot({ path: join(shots, 'login.png') });
        await page.locator('button[type="submit"]').click();
        await page.locator('#password_help').waitFor();
        await page.waitForTimeout(400); // antd's 0.2 s colour transitions, as the journeys' screenshots do
        await page.screenshot({ path: join(shots, 'login-checked.png') });
      }
      await page.locator('input[autocomplete="username"]').fill(organizer.email);
      await page.locator('input[autocomplete="current-password"]').fill(accounts.password);
      await page.locator('button[type="submit"]').click();
    });
    const screen = new URL(page.url()).pathname;
    if (screen.startsWith('/login')) throw new Error('the organizer was not logged in');
    const direct = await measure(page, async () => {
      await page.reload();
    });
    if (process.env['BENCH_WEB_LIST'] === '1')
      for (const [label, list] of [
        ['login → first screen', journey],
        ['direct load', direct],
      ] as const)
        console.error(
          `${label}:\n${[...list]
            .sort((a, b) => b.gzip - a.gzip)
            .map((c) => `  ${(c.gzip / 1000).toFixed(1).padStart(6)} KB  ${c.file}`)
            .join('\n')}`,
        );
    if (shots) {
      for (const language of ['中文', 'English']) {
        await page.getByTestId('language-switch').getByText(language, { exact: true }).click();
        await page.getByTestId('user-menu').waitFor();
        await page.mouse.move(0, 0);
        await page.screenshot({
          path: join(shots, `first-screen-${language === 'English' ? 'en' : 'zh'}.png`),
          fullPage: true,
        });
      }
    }
    const sum = (chunks: Chunk[]) => chunks.reduce((total, c) => total + c.gzip, 0) / 1000;
    const kb = sum(journey);
    const biggest = [...journey]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 12)
      .map((c) => `${c.file} ${(c.gzip / 1000).toFixed(1)}`)
      .join(', ');
    return {
      name: `P9 first screen JS gzipped (KB)`,
      value: kb,
      op: '<=',
      target: TARGET_KB,
      detail: `login → ${screen} as ${organizer.email}: ${journey.length} scripts, ${(journey.reduce((t, c) => t + c.raw, 0) / 1000).toFixed(0)} KB raw, gzip -9 each; a direct load of ${screen} signed in: ${sum(direct).toFixed(1)} KB in ${direct.length} scripts; biggest (KB): ${biggest}`,
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
  }
}

/** Runs `act`, waits for the signed-in shell and for the network to settle; returns the JS received. */
async function measure(page: Page, act: () => Promise<void>): Promise<Chunk[]> {
  const scripts = new Map<string, Promise<Chunk | undefined>>();
  let inFlight = 0;
  let lastActivity = Date.now();
  const onRequest = () => {
    inFlight++;
    lastActivity = Date.now();
  };
  const onDone = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  const onResponse = (response: import('playwright-core').Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!/javascript/.test(type) || scripts.has(response.url())) return;
    scripts.set(
      response.url(),
      response.body().then(
        (body) => ({
          file: new URL(response.url()).pathname.replace(/^\/assets\//, ''),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        }),
        () => undefined,
      ),
    );
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);
  try {
    await act();
    await page.getByTestId('user-menu').waitFor({ state: 'visible', timeout: 60_000 });
    const deadline = Date.now() + 60_000;
    while (inFlight > 0 || Date.now() - lastActivity < 500) {
      if (Date.now() > deadline) throw new Error('the first screen did not settle');
      await page.waitForTimeout(50);
    }
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
    page.off('response', onResponse);
  }
  const chunks = await Promise.all(scripts.values());
  return chunks.filter((c): c is Chunk => c !== undefined);
}

/** dist/apps/web as it is (index.html for app paths), API paths passed on; nothing compressed or cached. */
function staticServer(api: URL): http.Server {
  return http.createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    if (/^\/(graphql|files|health)(\/|$)/.test(path)) {
      const upstream = http.request(
        {
          host: api.hostname,
          port: api.port,
          path: request.url,
          method: request.method,
          headers: { ...request.headers, host: api.host, 'accept-encoding': 'identity' },
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      upstream.on('error', () => response.writeHead(502).end());
      request.pipe(upstream);
      return;
    }
    const file = normalize(join(DIST, path));
    const target =
      file.startsWith(DIST) && existsSync(file) && extname(file) ? file : join(DIST, 'index.html');
    response.writeHead(200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(target));
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}
