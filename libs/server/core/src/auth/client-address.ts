import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key attempt limits count a client under. An IPv4 address counts as itself (also when written
 * IPv4-mapped, `::ffff:203.0.113.7`). An IPv6 address counts as its /64: one subscriber or host gets
 * a whole /64 and can pick any address in it, so counting single IPv6 addresses would give such a
 * client an unlimited number of fresh allowances.
 */
export function attemptClientKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const address = ip.trim().replace(/%.*$/, ''); // no zone id (fe80::1%eth0)
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.split('::');
  const groupsOf = (part: string) =>
    part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const front = groupsOf(head);
  const back = tail === undefined ? [] : groupsOf(tail);
  const groups =
    tail === undefined ? front : [...front, ...Array(8 - front.length - back.length).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
