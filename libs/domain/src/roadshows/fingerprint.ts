/**
 * A plan's fingerprint: 64-bit FNV-1a over its JSON, as 16 hex digits. Plans are built with a fixed key
 * order, so equal plans serialise equally. Not cryptographic; it tells a recomputed plan from the stored
 * one (and works in the browser: no `node:crypto`).
 */
const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

export function fnv1a64(text: string): string {
  let hash = OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * PRIME) & MASK;
  return hash.toString(16).padStart(16, '0');
}

export function fingerprintOf(value: unknown): string {
  return fnv1a64(JSON.stringify(value));
}
