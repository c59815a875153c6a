import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import IORedis from 'ioredis';
import { AppConfig } from '../config/app-config';

/**
 * GraphQL subscription events. On Redis (REDIS_URL set) every api replica hears what any of them publishes;
 * without Redis (embedded mode) events stay in the process that published them (one instance only). Topics
 * are prefixed with QUEUE_PREFIX, so environments sharing a Redis do not hear each other. Connections open
 * on first use: a process that never publishes or subscribes opens none.
 */
@Injectable()
export class LiveEvents implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveEvents.name);
  private engine?: PubSubEngine;
  private redis?: RedisPubSub;

  constructor(private readonly config: AppConfig) {}

  get kind(): 'redis' | 'memory' {
    return this.config.redisUrl ? 'redis' : 'memory';
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.pubsub().publish(this.topic(topic), payload);
  }

  /** The events of one topic, for a subscription resolver. */
  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.pubsub().asyncIterableIterator<T>(this.topic(topic));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close().catch(() => undefined);
  }

  private topic(name: string): string {
    return `${this.config.env.QUEUE_PREFIX}:${name}`;
  }

  private pubsub(): PubSubEngine {
    if (this.engine) return this.engine;
    const url = this.config.redisUrl;
    if (url) {
      const connect = () => {
        const connection = new IORedis(url, { maxRetriesPerRequest: null });
        connection.on('error', (e) => this.logger.warn(`redis pub/sub: ${e.message}`));
        return connection;
      };
      this.redis = new RedisPubSub({ publisher: connect(), subscriber: connect() });
      this.engine = this.redis;
    } else {
      this.engine = new PubSub();
    }
    return this.engine;
  }
}

/** What `programmeActivityTopic` carries: one committed state change of a programme (a domain event). */
export interface ProgrammeActivity {
  programmeId: string;
  /** The domain event type, e.g. `intent.recorded`. */
  type: string;
  /** ISO instant of the change. */
  at: string;
}

/** The topic on which every committed state change of a programme is announced, for live dashboards. */
export function programmeActivityTopic(programmeId: string): string {
  return `programme-activity:${programmeId}`;
}
