import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_AUTH_SECRET, parseConfig } from './config.schema';
import { AppConfig } from './app-config';

const strong = 'k7V0q2mX9wL4sB1nR8tY3uE6iO5pA0zC';

describe('configuration', () => {
  it('has working defaults for a laptop', () => {
    const config = new AppConfig({});
    expect(config.env.PORT).toBe(3000);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/sixcan');
    expect(config.queueBackend).toBe('postgres');
    expect(config.env.AUTH_SECRET).toBe(DEV_AUTH_SECRET);
  });

  it('uses Redis for the queue when REDIS_URL is set, and treats an empty value as unset', () => {
    expect(new AppConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).queueBackend).toBe('redis');
    expect(new AppConfig({ REDIS_URL: '' }).queueBackend).toBe('postgres');
  });

  it('refuses to start in production without database, Redis and a strong secret, naming each', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL: is required in production[\s\S]*REDIS_URL: is required in production[\s\S]*AUTH_SECRET/,
    );
    expect(() =>
      parseConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/x',
        REDIS_URL: 'redis://r',
        AUTH_SECRET: 'short',
      }),
    ).toThrow(/AUTH_SECRET: must be a random secret/);
    expect(() =>
      parseConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/x',
        REDIS_URL: 'redis://r',
        AUTH_SECRET: DEV_AUTH_SECRET,
      }),
    ).toThrow(/AUTH_SECRET/);
    expect(
      parseConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/x',
        REDIS_URL: 'redis://r',
        AUTH_SECRET: strong,
      }).NODE_ENV,
    ).toBe('production');
  });

  it('rejects malformed values with the variable name', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(() => parseConfig({ QUEUE_PREFIX: 'Bad:Prefix' })).toThrow(/QUEUE_PREFIX/);
    expect(() => parseConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

describe('version', () => {
  it('is the root package version, wherever the process starts', () => {
    const root = JSON.parse(readFileSync(join(__dirname, '../../../../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(new AppConfig({}).version).toBe(root.version);
  });
});
