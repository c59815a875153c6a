/**
 * Benchmarks measure the product as it runs in production (graphql-js and Nest skip development checks).
 * Imported first by run.ts, before any library reads NODE_ENV; fills what production mode requires.
 */
import { randomBytes } from 'node:crypto';

process.env['NODE_ENV'] = 'production';
process.env['AUTH_SECRET'] ??= randomBytes(32).toString('base64url');
process.env['REDIS_URL'] ??= 'redis://127.0.0.1:6379/0';
process.env['DATABASE_URL'] ??= 'postgres://postgres@127.0.0.1:5432/sixcan';
