import { DomainError } from '@sixcan/server-core';
import { checkWebhookUrl, isPrivateAddress } from './endpoint-url';

const reasonOf = (url: string, production: boolean): string | undefined => {
  try {
    checkWebhookUrl(url, production);
    return undefined;
  } catch (error) {
    return (error as DomainError).details?.['reason'] as string;
  }
};

describe('webhook URLs', () => {
  it('accepts https anywhere and http only for loopback outside production', () => {
    expect(checkWebhookUrl(' https://erp.example.com/hooks/sixcan ', true)).toBe(
      'https://erp.example.com/hooks/sixcan',
    );
    expect(checkWebhookUrl('http://127.0.0.1:8123/in', false)).toBe('http://127.0.0.1:8123/in');
    expect(checkWebhookUrl('http://localhost:9000/', false)).toBe('http://localhost:9000/');
    expect(reasonOf('http://127.0.0.1:8123/in', true)).toBe('INSECURE_URL');
    expect(reasonOf('http://erp.example.com/in', false)).toBe('INSECURE_URL');
    expect(reasonOf('ws://erp.example.com/in', false)).toBe('INSECURE_URL');
  });

  it('refuses private and local addresses in production', () => {
    for (const url of [
      'https://127.0.0.1/in',
      'https://10.1.2.3/in',
      'https://172.20.0.5/in',
      'https://192.168.1.1/in',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/in',
      'https://[fd00::1]/in',
      'https://[::ffff:10.0.0.1]/in',
      'https://localhost/in',
      'https://api.localhost/in',
    ])
      expect([url, reasonOf(url, true)]).toEqual([url, 'PRIVATE_ADDRESS']);
    expect(reasonOf('https://8.8.8.8/in', true)).toBeUndefined();
    // Outside production a local https receiver is fine.
    expect(reasonOf('https://127.0.0.1/in', false)).toBeUndefined();
  });

  it('refuses credentials, fragments and what is not a URL', () => {
    expect(reasonOf('https://user:secret@erp.example.com/', false)).toBe('INVALID_URL');
    expect(reasonOf('https://erp.example.com/#x', false)).toBe('INVALID_URL');
    expect(reasonOf('erp.example.com/in', false)).toBe('INVALID_URL');
    expect(reasonOf(`https://erp.example.com/${'a'.repeat(2100)}`, false)).toBe('INVALID_URL');
  });

  it('classifies addresses', () => {
    expect(isPrivateAddress('100.64.0.1')).toBe(true);
    expect(isPrivateAddress('0.0.0.0')).toBe(true);
    expect(isPrivateAddress('fe80::1')).toBe(true);
    expect(isPrivateAddress('93.184.216.34')).toBe(false);
    expect(isPrivateAddress('2606:2800:220:1:248:1893:25c8:1946')).toBe(false);
    expect(isPrivateAddress('erp.example.com')).toBe(false);
  });
});
