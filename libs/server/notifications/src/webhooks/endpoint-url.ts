import { DomainError, ErrorCode } from '@sixcan/server-core';
import { BlockList, isIP } from 'node:net';

/** Addresses a webhook must never reach in production: loopback, private, link-local, shared, reserved. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address (v4, v6 or v4-mapped v6) is not a public internet address. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1]) return PRIVATE.check(mapped[1], 'ipv4');
  const family = isIP(bare);
  if (family === 4) return PRIVATE.check(bare, 'ipv4');
  if (family === 6) return PRIVATE.check(bare, 'ipv6');
  return false;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const refuse = (reason: string, message: string) =>
  new DomainError(ErrorCode.VALIDATION, message, { reason, fields: [{ field: 'input.url', message }] });

/**
 * Checks a webhook URL: HTTPS only, no credentials, no fragment; outside production also
 * `http://127.0.0.1`, `http://localhost` or `http://[::1]` (any port, for local receivers). In production
 * literal private addresses and localhost are refused (the resolved addresses are checked again at delivery).
 * Returns the normalised URL.
 */
export function checkWebhookUrl(raw: string, production: boolean): string {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse('INVALID_URL', 'Give a full URL, e.g. https://example.com/sixcan/webhooks');
  }
  if (text.length > 2000) throw refuse('INVALID_URL', 'The URL is too long (at most 2,000 characters)');
  if (url.username || url.password)
    throw refuse('INVALID_URL', 'Leave credentials out of the URL: requests are signed instead');
  if (url.hash) throw refuse('INVALID_URL', 'Leave the #fragment out of the URL');
  const local = LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost');
  if (url.protocol === 'http:') {
    if (production || !local)
      throw refuse(
        'INSECURE_URL',
        production
          ? 'Webhook URLs must use https://'
          : 'Webhook URLs must use https:// (http:// only for 127.0.0.1 or localhost outside production)',
      );
  } else if (url.protocol !== 'https:') {
    throw refuse('INSECURE_URL', 'Webhook URLs must use https://');
  }
  if (production && (local || isPrivateAddress(url.hostname)))
    throw refuse(
      'PRIVATE_ADDRESS',
      'This URL points to a private or local address: give an address reachable on the internet',
    );
  return url.toString();
}
