import { z } from 'zod';

export const DEV_AUTH_SECRET = 'dev-only-secret-change-me-dev-only-secret';

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.string().url().optional())
  .optional();

/** Every environment variable SixCan reads. `.env.example` documents each of them. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /**
     * How long the api keeps an idle keep-alive connection open. Above the idle timeout of the proxies and
     * clients in front of it (60 s on most load balancers), so they never send on a connection the api is
     * closing at that moment (the client sees ECONNRESET, a proxy answers 502).
     */
    HTTP_KEEP_ALIVE_TIMEOUT_MS: int(65_000),
    PUBLIC_URL: z.string().url().default('http://127.0.0.1:4200'),
    DATABASE_URL: optionalUrl,
    DATABASE_POOL_SIZE: int(10),
    /** How long a request waits for a free pool connection before it answers SERVICE_UNAVAILABLE (retryable). */
    DATABASE_POOL_TIMEOUT_MS: int(5000),
    /**
     * How long a statement waits for a lock (a row another request is changing) before it answers
     * SERVICE_UNAVAILABLE (retryable), so a pile-up on one row ends in bounded time; 0: no limit. Migrations
     * are not limited.
     */
    DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
    REDIS_URL: optionalUrl,
    AUTH_SECRET: z.string().default(DEV_AUTH_SECRET),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SMTP_URL: optionalUrl,
    MAIL_FROM: z.string().default('SixCan <no-reply@sixcan.local>'),
    MAIL_DROP_DIR: z.string().default('.data/mail'),
    STORAGE_DIR: z.string().default('.data/files'),
    UPLOAD_MAX_BYTES: int(25 * 1024 * 1024),
    GRAPHQL_MAX_DEPTH: int(12),
    GRAPHQL_MAX_ALIASES: int(30),
    GRAPHQL_MAX_COMPLEXITY: int(5000),
    GRAPHQL_MAX_TOKENS: int(20000),
    GRAPHQL_SCHEMA_FILE: z.string().optional(),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,40}$/, 'lower-case letters, digits and _ only')
      .default('sixcan'),
    WORKER_CONCURRENCY: int(8),
    /** Jobs in parallel per worker on the queues of short, I/O-bound jobs (mail, notifications): see LIGHT_QUEUES. */
    WORKER_LIGHT_CONCURRENCY: int(64),
    OUTBOX_POLL_MS: int(1000),
    /** How long a worker's job lock lasts (renewed at half of it): a dead worker's jobs return to the queue after it. */
    QUEUE_LOCK_MS: int(30_000),
    /** How long a claim on an e-mail being sent holds: a worker that died mid-send leaves it to be sent after it. */
    MAIL_SEND_LEASE_MS: int(600_000),
    DEAL_STALE_DAYS: int(14),
    /** Webhooks: how long one delivery attempt may take before it counts as failed. */
    WEBHOOK_TIMEOUT_MS: int(10_000),
    /** Webhooks: attempts per delivery (and per replay) before it is FAILED. */
    WEBHOOK_MAX_ATTEMPTS: int(10),
    /** Webhooks: delay before the second attempt; it doubles with each further attempt. */
    WEBHOOK_RETRY_BASE_MS: int(30_000),
    /** Webhooks: the longest delay between two attempts. */
    WEBHOOK_RETRY_MAX_MS: int(3_600_000),
    /** A TrueType/OpenType font (or collection) with Chinese glyphs, embedded in generated PDFs. */
    HANDBOOK_FONT_PATH: z
      .string()
      .trim()
      .min(1)
      .default('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.DATABASE_URL)
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    if (!env.REDIS_URL)
      ctx.addIssue({ code: 'custom', path: ['REDIS_URL'], message: 'is required in production' });
    if (env.AUTH_SECRET === DEV_AUTH_SECRET || env.AUTH_SECRET.length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'must be a random secret of at least 32 characters in production',
      });
    }
    if (env.GRAPHQL_SCHEMA_FILE) {
      ctx.addIssue({ code: 'custom', path: ['GRAPHQL_SCHEMA_FILE'], message: 'is for development only' });
    }
  });

export type Env = z.infer<typeof configSchema>;

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Validates a raw environment; throws a readable error naming every bad variable. */
export function parseConfig(raw: Record<string, string | undefined>): Env {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigValidationError(
      result.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`),
    );
  }
  return result.data;
}
