import { isIPv4 } from 'net';

/** The address as a number; arithmetic rather than bitwise ops, which are signed 32-bit in JavaScript. */
function toNumber(ip: string): number {
  return ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

/** True for `a.b.c.d/n` with a valid address and 0 <= n <= 32 (host bits may be set). */
export function isIpv4Cidr(cidr: unknown): cidr is string {
  if (typeof cidr !== 'string') return false;
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(cidr);
  return !!m && isIPv4(m[1]) && Number(m[2]) <= 32;
}

/** True when `ip` lies in `cidr` (both already validated). */
export function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(toNumber(ip) / size) === Math.floor(toNumber(base) / size);
}
