import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { JOB_PROCESSOR, JobHandler } from './job-processor.decorator';
import { JobName, LIGHT_QUEUES, queueOf, QueueName } from './jobs';
import { OutboxRelay } from './outbox';
import { QueueBackend } from './queue-backend';

/**
 * In the worker process: finds every @JobProcessor, starts one BullMQ worker per queue, and sweeps
 * the outbox for rows whose post-commit hand-over did not happen.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private sweepTimer?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly queues: QueueBackend,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = new Map<JobName, JobHandler<JobName>>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandler<JobName> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const name = this.reflector.get<JobName | undefined>(JOB_PROCESSOR, wrapper.metatype);
      if (!name) continue;
      if (handlers.has(name)) throw new Error(`Two processors for job ${name}`);
      handlers.set(name, instance);
    }
    const byQueue = new Map<QueueName, Map<string, JobHandler<JobName>>>();
    for (const [name, handler] of handlers) {
      const queue = queueOf(name);
      byQueue.set(queue, (byQueue.get(queue) ?? new Map()).set(name, handler));
    }
    for (const [queue, map] of byQueue) {
      const worker = this.queues.worker(
        queue,
        async (job: Job) => {
          const handler = map.get(job.name);
          if (!handler) throw new Error(`No processor for job ${job.name}`);
          return handler.handle(job.data, job);
        },
        {
          concurrency: LIGHT_QUEUES.includes(queue)
            ? this.config.env.WORKER_LIGHT_CONCURRENCY
            : this.config.env.WORKER_CONCURRENCY,
        },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn(
          `job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`,
        ),
      );
      await worker.waitUntilReady();
      this.logger.log(`processing queue ${queue}: ${[...map.keys()].join(', ')}`);
    }
    this.sweepTimer = setInterval(() => this.sweep(), this.config.env.OUTBOX_POLL_MS);
    this.sweepTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.sweeping;
  }

  private sweep(): void {
    if (this.sweeping) return;
    this.sweeping = this.relay
      .dispatch()
      .catch((e: Error) => this.logger.warn(`outbox sweep: ${e.message}`))
      .finally(() => (this.sweeping = undefined));
  }
}
