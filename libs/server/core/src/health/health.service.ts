import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QueueBackend } from '../queue/queue-backend';

export interface ComponentCheck {
  name: string;
  up: boolean;
  latencyMs: number;
  detail: string;
}

const TIMEOUT_MS = 3000;

async function timed(name: string, detail: string, probe: () => Promise<unknown>): Promise<ComponentCheck> {
  const started = performance.now();
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref(),
      ),
    ]);
    return { name, up: true, latencyMs: Math.round((performance.now() - started) * 10) / 10, detail };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      name,
      up: false,
      latencyMs: Math.round(performance.now() - started),
      detail: `${detail}: ${message}`,
    };
  }
}

/** Readiness of what the API depends on: PostgreSQL and the queue backend. */
@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
  ) {}

  check(): Promise<ComponentCheck[]> {
    return Promise.all([
      timed('database', 'postgresql', () => this.dataSource.query('SELECT 1')),
      timed('queue', this.queues.kind === 'redis' ? 'bullmq on redis' : 'bullmq on postgresql', () =>
        this.queues.ping(),
      ),
    ]);
  }
}
