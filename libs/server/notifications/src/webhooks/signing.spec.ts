import { createHmac } from 'node:crypto';
import { decryptSecret, encryptSecret, newWebhookSecret, signatureHeader, verifySignature } from './signing';
import { retryDelayMs } from './webhook-jobs';

describe('webhook signatures', () => {
  const secret = newWebhookSecret();
  const body = '{"id":"e1","type":"bid.placed"}';

  it('signs "<t>.<raw body>" with HMAC-SHA256, as receivers recompute it', () => {
    const header = signatureHeader(secret, 1_790_000_000, body);
    const mac = createHmac('sha256', secret).update(`1790000000.${body}`).digest('hex');
    expect(header).toBe(`t=1790000000,v1=${mac}`);
    expect(verifySignature(secret, header, body, 1_790_000_100)).toBe(true);
  });

  it('rejects another body, another secret and old or future timestamps', () => {
    const header = signatureHeader(secret, 1_790_000_000, body);
    expect(verifySignature(secret, header, `${body} `, 1_790_000_000)).toBe(false);
    expect(verifySignature(newWebhookSecret(), header, body, 1_790_000_000)).toBe(false);
    expect(verifySignature(secret, header, body, 1_790_000_301)).toBe(false);
    expect(verifySignature(secret, header, body, 1_789_999_699)).toBe(false);
    expect(verifySignature(secret, 'garbage', body, 1_790_000_000)).toBe(false);
  });

  it('stores secrets encrypted: readable with the same AUTH_SECRET only', () => {
    const stored = encryptSecret(secret, 'auth secret one of at least thirty-two chars');
    expect(stored).not.toContain(secret);
    expect(stored).not.toBe(encryptSecret(secret, 'auth secret one of at least thirty-two chars'));
    expect(decryptSecret(stored, 'auth secret one of at least thirty-two chars')).toBe(secret);
    expect(decryptSecret(stored, 'another auth secret of at least thirty-two')).toBeNull();
    expect(decryptSecret('v0.x.y.z', 'auth secret one of at least thirty-two chars')).toBeNull();
  });

  it('backs off exponentially up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => retryDelayMs(n, 30_000, 3_600_000))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });
});
