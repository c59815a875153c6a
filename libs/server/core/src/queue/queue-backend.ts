import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Job, JobsOptions, Processor, Queue, Worker, createPostgresBackend, withBackend } from 'bullmq';
import IORedis, { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { DEFAULT_JOB_OPTIONS, QueueName } from './jobs';

/** What SixCan needs of a BullMQ queue, whichever backend holds it. */
export interface JobQueue {
  add(name: string, data: unknown, opts?: JobsOptions): Promise<Job>;
  /** Adds many jobs in one round trip (ids deduplicate as with `add`). */
  addBulk(jobs: { name: string; data: unknown; opts?: JobsOptions }[]): Promise<Job[]>;
  getJob(id: string): Promise<Job | undefined>;
  getJobCounts(...types: string[]): Promise<Record<string, number>>;
  /** Creates or updates a repeating job (BullMQ job scheduler): one per id, whatever the replicas. */
  upsertJobScheduler(
    id: string,
    repeat: { every: number },
    template: { name: string; data: unknown },
  ): Promise<unknown>;
  close(): Promise<void>;
}

export interface JobWorker {
  close(force?: boolean): Promise<void>;
  on(event: 'failed', listener: (job: Job | undefined, error: Error) => void): unknown;
  waitUntilReady(): Promise<unknown>;
}

export interface WorkerSettings {
  concurrency: number;
}

/**
 * Creates queues and workers on Redis (REDIS_URL set) or on BullMQ's PostgreSQL backend (embedded
 * mode), and closes them on shutdown. Producers share one connection per process.
 */
@Injectable()
export class QueueBackend implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(QueueBackend.name);
  private readonly queues = new Map<QueueName, JobQueue>();
  private readonly workers: JobWorker[] = [];
  private readonly redisConnections: Redis[] = [];
  private readonly pg = withBackend(createPostgresBackend);

  constructor(private readonly config: AppConfig) {}

  get kind(): 'redis' | 'postgres' {
    return this.config.queueBackend;
  }

  queue(name: QueueName): JobQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.createQueue(name);
      this.queues.set(name, queue);
    }
    return queue;
  }

  worker(name: QueueName, processor: Processor, settings: WorkerSettings): JobWorker {
    const redisUrl = this.config.redisUrl;
    const worker: JobWorker = redisUrl
      ? new Worker(name, processor, {
          connection: this.redis(redisUrl, true),
          prefix: this.config.env.QUEUE_PREFIX,
          concurrency: settings.concurrency,
          ...this.locks(),
        })
      : new this.pg.Worker(name, processor, {
          connection: this.pgConnection(),
          concurrency: settings.concurrency,
          ...this.locks(),
        });
    this.workers.push(worker);
    return worker;
  }

  /** A job's lock lasts QUEUE_LOCK_MS; stalled jobs (their worker died) are looked for as often. */
  private locks() {
    return { lockDuration: this.config.env.QUEUE_LOCK_MS, stalledInterval: this.config.env.QUEUE_LOCK_MS };
  }

  /** Round trip to the queue backend, for readiness checks. */
  async ping(): Promise<void> {
    await this.queue('system').getJobCounts('waiting');
  }

  /**
   * Workers first, before any module closes its connections (TypeORM closes the database in
   * onApplicationShutdown): close() waits for the jobs in progress, which still write their results.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    this.workers.length = 0;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.beforeApplicationShutdown();
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    await Promise.allSettled(this.redisConnections.map((c) => c.quit()));
    this.queues.clear();
  }

  private createQueue(name: QueueName): JobQueue {
    const redisUrl = this.config.redisUrl;
    if (redisUrl) {
      return new Queue(name, {
        connection: this.redis(redisUrl, false),
        prefix: this.config.env.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
    }
    return new this.pg.Queue(name, {
      connection: this.pgConnection(),
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
  }

  private redis(url: string, blocking: boolean): Redis {
    // Producers fail fast when Redis is down (the outbox keeps the job); workers wait for it.
    const connection = new IORedis(url, {
      maxRetriesPerRequest: blocking ? null : 1,
      enableOfflineQueue: blocking,
      lazyConnect: false,
    });
    connection.on('error', (e) => this.logger.warn(`redis: ${e.message}`));
    this.redisConnections.push(connection);
    return connection;
  }

  private pgConnection() {
    return {
      connectionString: this.config.databaseUrl,
      schema: `${this.config.env.QUEUE_PREFIX}_queue`,
      migrate: true,
      max: 4,
    };
  }
}
