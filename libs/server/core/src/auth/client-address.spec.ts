import { attemptClientKey } from './client-address';

describe('attemptClientKey', () => {
  it('counts an IPv4 address as itself, also when IPv4-mapped', () => {
    expect(attemptClientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(attemptClientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(attemptClientKey('::FFFF:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every address of one IPv6 /64 as one client', () => {
    const keys = [
      '2001:db8:1:2::1',
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:0db8:0001:0002:abcd::9',
      '2001:db8:1:2::1%eth0',
    ].map(attemptClientKey);
    expect(new Set(keys)).toEqual(new Set(['2001:db8:1:2::/64']));
    expect(attemptClientKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(attemptClientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(attemptClientKey('::1')).toBe('0:0:0:0::/64');
    expect(attemptClientKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('keeps anything else as given', () => {
    expect(attemptClientKey(undefined)).toBe('unknown');
    expect(attemptClientKey('')).toBe('unknown');
    expect(attemptClientKey('not an address')).toBe('not an address');
  });
});
