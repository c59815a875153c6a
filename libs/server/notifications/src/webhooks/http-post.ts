import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isPrivateAddress } from './endpoint-url';

export interface PostResult {
  /** The HTTP status, or null when no answer came. */
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  /** The first characters of the answer's body. */
  excerpt: string | null;
}

export interface PostOptions {
  timeoutMs: number;
  /** Refuse hosts that resolve to private addresses (production), checked on the address actually used. */
  publicOnly: boolean;
}

const EXCERPT = 500;

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** dns.lookup that fails for private addresses: applied when connecting, so a re-bound name cannot slip by. */
function publicLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const list = addresses as LookupAddress[];
    const blocked = list.find((a) => isPrivateAddress(a.address));
    if (blocked || !list.length)
      return callback(
        Object.assign(
          new Error(`${hostname} resolves to a private address (${blocked?.address ?? 'none'})`),
          {
            code: 'EPRIVATE',
          },
        ),
        '',
      );
    if (options.all) return callback(null, list);
    const first = list[0] as LookupAddress;
    return callback(null, first.address, first.family);
  });
}

/** POSTs a JSON body with the given headers; never throws: the outcome is in the result. */
export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<PostResult> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number((process.hrtime.bigint() - started) / 1_000_000n);
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    let statusCode: number | null = null;
    const finish = (error: string | null, excerpt: string | null = null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ statusCode, durationMs: elapsed(), error, excerpt });
    };
    const target = new URL(url);
    if (options.publicOnly && isPrivateAddress(target.hostname)) {
      finish(`${target.hostname} is a private address`);
      return;
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        ...(options.publicOnly ? { lookup: publicLookup as never } : {}),
      },
      (res) => {
        statusCode = res.statusCode ?? null;
        let excerpt = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (excerpt.length < EXCERPT) excerpt += chunk;
        });
        res.on('end', () =>
          finish(
            statusCode !== null && statusCode >= 200 && statusCode < 300 ? null : `HTTP ${statusCode ?? '?'}`,
            excerpt.slice(0, EXCERPT) || null,
          ),
        );
        res.on('error', (e) => finish(e.message));
        res.on('close', () => finish('the connection closed before the answer ended'));
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) => finish(e.message || e.code || 'network error'));
    req.end(body);
  });
}
