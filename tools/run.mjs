// Small process helpers shared by the test, e2e and demo scripts (plain Node, no dependencies,
// so they work before `npm ci` has run).
import { spawn } from 'node:child_process';
import net from 'node:net';

export const npmBin = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command to completion, inheriting stdio; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}

/** Starts a long-running process with a name prefix on its output. */
export function start(name, command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}`)
      .join('\n') + '\n';
  child.stdout?.on('data', (c) => options.quiet || process.stdout.write(prefix(c)));
  child.stderr?.on('data', (c) => process.stderr.write(prefix(c)));
  return child;
}

/** Waits until an HTTP URL answers 2xx (polling with back-off, bounded). */
export async function waitForHttp(url, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  let delay = 100;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 1000);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** True when something accepts TCP connections on host:port. */
export function canConnect(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Stops children (SIGTERM, then SIGKILL after a grace period). */
export async function stopAll(children, graceMs = 10000) {
  await Promise.all(
    children
      .filter((c) => c && c.exitCode === null && c.signalCode === null)
      .map(
        (child) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
  );
}

/** Starts the built api, worker and `vite preview` (web) with one environment; returns the children. */
export function startStack(root, env) {
  const node = (name, script, quiet = false) =>
    start(name, 'node', ['--enable-source-maps', ...script], { cwd: root, env, quiet });
  return [
    node('api', ['dist/server/apps/api/src/main.js']),
    node('worker', ['dist/server/apps/worker/src/main.js']),
    node('web', ['node_modules/vite/bin/vite.js', 'preview', '--config', 'apps/web/vite.config.mts'], true),
  ];
}
