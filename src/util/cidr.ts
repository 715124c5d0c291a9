/* eslint-disable no-bitwise */ // IPv4 and hash arithmetic is bitwise by nature.
// IPv4 CIDR arithmetic used by every layer. Framework-free.

export interface Ipv4Block {
  /** Network address as an unsigned 32-bit integer. */
  readonly start: number;
  readonly prefix: number;
}

const CIDR_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses `a.b.c.d/n`; undefined when malformed. Host bits may be set (see `isCanonicalCidr`). */
export function parseCidr(cidr: string): { address: number; prefix: number } | undefined {
  const m = CIDR_RE.exec(cidr);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
  return { address, prefix };
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** True when `cidr` is well formed and has no host bits set (what AWS stores and displays). */
export function isCanonicalCidr(cidr: string): boolean {
  const p = parseCidr(cidr);
  return p !== undefined && ((p.address & ~mask(p.prefix)) >>> 0) === 0;
}

/**
 * Parsed blocks by CIDR text. Parsing is a pure function of the text (no catalog facts), and plans compare the same
 * few dozen CIDRs many times, so it is cached; the cache holds only well-formed CIDRs and stays small.
 */
const BLOCKS = new Map<string, Ipv4Block>();

export function toBlock(cidr: string): Ipv4Block {
  const cached = BLOCKS.get(cidr);
  if (cached) return cached;
  const p = parseCidr(cidr);
  if (!p) throw new Error(`not an IPv4 CIDR: ${cidr}`);
  const block = { start: (p.address & mask(p.prefix)) >>> 0, prefix: p.prefix };
  if (BLOCKS.size < 10_000) BLOCKS.set(cidr, block);
  return block;
}

export function blockToCidr(b: Ipv4Block): string {
  const a = b.start;
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}/${b.prefix}`;
}

export function blockSize(b: Ipv4Block): number {
  return 2 ** (32 - b.prefix);
}

/** True when every address of `inner` is in `outer`. */
export function cidrContains(outer: string, inner: string): boolean {
  const o = toBlock(outer);
  const i = toBlock(inner);
  return i.prefix >= o.prefix && i.start >= o.start && i.start + blockSize(i) <= o.start + blockSize(o);
}

/** Orders CIDRs by address, then by prefix (wider first). */
export function compareCidrs(a: string, b: string): number {
  const x = toBlock(a);
  const y = toBlock(b);
  return x.start - y.start || x.prefix - y.prefix;
}

/**
 * The smallest set of CIDRs covering exactly the same addresses: contained blocks are dropped and
 * two halves of one block become that block. Never adds an address.
 */
export function mergeCidrs(cidrs: readonly string[]): string[] {
  let blocks = [...new Set(cidrs)].map(toBlock).sort((x, y) => x.start - y.start || x.prefix - y.prefix);
  let changed = true;
  while (changed) {
    changed = false;
    const out: Ipv4Block[] = [];
    for (const b of blocks) {
      const last = out[out.length - 1];
      if (last && b.start >= last.start && b.start + blockSize(b) <= last.start + blockSize(last)) {
        changed = true; // contained
        continue;
      }
      if (last && last.prefix === b.prefix && last.prefix > 0 && last.start + blockSize(last) === b.start
        && (last.start & ~mask(last.prefix - 1)) >>> 0 === 0) {
        out[out.length - 1] = { start: last.start, prefix: last.prefix - 1 }; // sibling halves
        changed = true;
        continue;
      }
      out.push(b);
    }
    blocks = out;
  }
  return blocks.map(blockToCidr);
}

/**
 * A route announcement in the notation Twilio uses on its Interconnect page: a CIDR, optionally followed by
 * `le N` (the prefix and any more specific prefix up to length N). Undefined when malformed.
 */
export function parseAnnouncement(text: string): { cidr: string; maxLength?: number } | undefined {
  const m = /^\s*(\S+)(?:\s+le\s+(\d{1,2}))?\s*$/.exec(text);
  if (!m || !isCanonicalCidr(m[1])) return undefined;
  if (m[2] === undefined) return { cidr: m[1] };
  const maxLength = Number(m[2]);
  return maxLength >= toBlock(m[1]).prefix && maxLength <= 32 ? { cidr: m[1], maxLength } : undefined;
}

/**
 * IPv4 special-purpose ranges (the IANA registry RFC 6890 set up, with its later entries) and multicast: addresses that
 * are not globally unique unicast addresses, so no one can announce them as their own.
 * @see https://www.iana.org/assignments/iana-ipv4-special-registry/iana-ipv4-special-registry.xhtml
 */
const SPECIAL_PURPOSE: ReadonlyArray<{ cidr: string; name: string }> = [
  { cidr: '0.0.0.0/8', name: '"this network" (RFC 791)' },
  { cidr: '10.0.0.0/8', name: 'private use (RFC 1918)' },
  { cidr: '100.64.0.0/10', name: 'shared address space (RFC 6598)' },
  { cidr: '127.0.0.0/8', name: 'loopback (RFC 1122)' },
  { cidr: '169.254.0.0/16', name: 'link local (RFC 3927)' },
  { cidr: '172.16.0.0/12', name: 'private use (RFC 1918)' },
  { cidr: '192.0.0.0/24', name: 'IETF protocol assignments (RFC 6890)' },
  { cidr: '192.0.2.0/24', name: 'documentation, TEST-NET-1 (RFC 5737)' },
  { cidr: '192.31.196.0/24', name: 'AS112-v4 (RFC 7535)' },
  { cidr: '192.52.193.0/24', name: 'AMT (RFC 7450)' },
  { cidr: '192.88.99.0/24', name: '6to4 relay anycast (RFC 7526)' },
  { cidr: '192.168.0.0/16', name: 'private use (RFC 1918)' },
  { cidr: '192.175.48.0/24', name: 'direct delegation AS112 service (RFC 7534)' },
  { cidr: '198.18.0.0/15', name: 'benchmarking (RFC 2544)' },
  { cidr: '198.51.100.0/24', name: 'documentation, TEST-NET-2 (RFC 5737)' },
  { cidr: '203.0.113.0/24', name: 'documentation, TEST-NET-3 (RFC 5737)' },
  { cidr: '224.0.0.0/4', name: 'multicast (RFC 5771)' },
  { cidr: '240.0.0.0/4', name: 'reserved (RFC 1112)' },
  { cidr: '255.255.255.255/32', name: 'limited broadcast (RFC 919)' },
];

/** The special-purpose range a CIDR overlaps (holds addresses of), or undefined for a globally unique unicast block. */
export function specialPurposeRange(cidr: string): { cidr: string; name: string } | undefined {
  return SPECIAL_PURPOSE.find((s) => cidrContains(s.cidr, cidr) || cidrContains(cidr, s.cidr));
}
