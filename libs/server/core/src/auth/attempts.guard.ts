import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Injectable,
  OnApplicationShutdown,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { attemptClientKey } from './client-address';
import { requestOf } from './decorators';

export interface AttemptLimit {
  /** Counter name, e.g. `login`. */
  name: string;
  windowSeconds: number;
  perIp: number;
  /** Second counter keyed by the account the attempt is about (an e-mail, a token). */
  perAccount?: number;
  account?: (args: Record<string, unknown>) => string | undefined;
}

/** The throttler storage: Redis when configured, else process memory (embedded mode, one instance). */
@Injectable()
export class AttemptStorage implements OnApplicationShutdown {
  private readonly storage: ThrottlerStorage &
    Partial<OnApplicationShutdown> & { onModuleDestroy?: () => void };

  constructor(config: AppConfig) {
    this.storage = config.redisUrl
      ? new ThrottlerStorageRedisService(config.redisUrl)
      : new ThrottlerStorageService();
  }

  increment(key: string, ttlMs: number, limit: number, blockMs: number, name: string) {
    return this.storage.increment(key, ttlMs, limit, blockMs, name);
  }

  onApplicationShutdown(): void {
    this.storage.onApplicationShutdown?.();
    this.storage.onModuleDestroy?.();
  }
}

const LIMIT_KEY = 'sixcan:attempt-limit';

/**
 * Counts attempts per client (an IPv4 address, or an IPv6 /64) and per account in a fixed window;
 * the request after the limit gets RATE_LIMITED until the window ends. Counters live in Redis (shared by every API replica),
 * or in memory in embedded mode.
 */
@Injectable()
export class AttemptsGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly storage: AttemptStorage,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const limit = this.reflector.get<AttemptLimit | undefined>(LIMIT_KEY, context.getHandler());
    if (!limit) return true;
    const request = requestOf(context) as { ip?: string };
    const args =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getArgs<Record<string, unknown>>()
        : {};
    const prefix = `${this.config.env.QUEUE_PREFIX}:attempts:${limit.name}`;
    const checks: [string, number][] = [[`${prefix}:ip:${attemptClientKey(request.ip)}`, limit.perIp]];
    const account = limit.account?.(args)?.trim().toLowerCase();
    if (account && limit.perAccount) checks.push([`${prefix}:account:${account}`, limit.perAccount]);
    const windowMs = limit.windowSeconds * 1000;
    for (const [key, max] of checks) {
      const record = await this.storage.increment(key, windowMs, max, windowMs, limit.name);
      if (record.isBlocked || record.totalHits > max) {
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil(Math.max(record.timeToBlockExpire, record.timeToExpire)),
        );
        throw new DomainError(
          ErrorCode.RATE_LIMITED,
          `Too many attempts: wait ${retryAfterSeconds} seconds and try again`,
          { retryAfterSeconds },
        );
      }
    }
    return true;
  }
}

/** Limits how often a handler may be tried (sign-in, sign-up, invitation and password-reset links). */
export const LimitAttempts = (limit: AttemptLimit) =>
  applyDecorators(SetMetadata(LIMIT_KEY, limit), UseGuards(AttemptsGuard));
