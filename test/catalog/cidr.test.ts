/* eslint-disable no-bitwise */ // IPv4 and hash arithmetic is bitwise by nature.
import * as fc from 'fast-check';
import { cidrContains, isCanonicalCidr, mergeCidrs, toBlock, blockSize } from '../../src/util/cidr';

const arbCidr = fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 8, max: 32 }))
  .map(([addr, prefix]) => {
    const masked = prefix === 0 ? 0 : (addr & ((0xffffffff << (32 - prefix)) >>> 0)) >>> 0;
    return `${masked >>> 24}.${(masked >>> 16) & 255}.${(masked >>> 8) & 255}.${masked & 255}/${prefix}`;
  });

function contains(cidrs: string[], ip: number): boolean {
  return cidrs.some((c) => {
    const b = toBlock(c);
    return ip >= b.start && ip < b.start + blockSize(b);
  });
}

describe('cidr helpers', () => {
  test('isCanonicalCidr accepts network addresses and rejects host bits and junk', () => {
    expect(isCanonicalCidr('168.86.128.0/18')).toBe(true);
    expect(isCanonicalCidr('168.86.129.0/18')).toBe(false);
    expect(isCanonicalCidr('256.0.0.0/8')).toBe(false);
    expect(isCanonicalCidr('10.0.0.0/33')).toBe(false);
    expect(isCanonicalCidr('example.com')).toBe(false);
  });

  test('mergeCidrs joins sibling halves and drops contained blocks', () => {
    expect(mergeCidrs(['10.0.0.0/25', '10.0.0.128/25'])).toEqual(['10.0.0.0/24']);
    expect(mergeCidrs(['10.0.0.128/25', '10.0.1.0/25'])).toEqual(['10.0.0.128/25', '10.0.1.0/25']); // adjacent, not siblings
    expect(mergeCidrs(['54.172.60.0/23', '54.172.60.0/30'])).toEqual(['54.172.60.0/23']);
    expect(cidrContains('168.86.128.0/18', '168.86.175.0/24')).toBe(true);
  });

  test('property: mergeCidrs keeps exactly the same addresses, with no redundant block', () => {
    const arbProbes = fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 30 });
    fc.assert(fc.property(fc.array(arbCidr, { maxLength: 12 }), arbProbes, (cidrs, probes) => {
      const merged = mergeCidrs(cidrs);
      // probe addresses: random ones plus each block's first and last address
      const edges = cidrs.flatMap((c) => {
        const b = toBlock(c);
        return [b.start, b.start + blockSize(b) - 1, b.start + blockSize(b)];
      });
      for (const ip of [...probes, ...edges]) expect(contains(merged, ip)).toBe(contains(cidrs, ip));
      for (const a of merged) for (const b of merged) if (a !== b) expect(cidrContains(a, b)).toBe(false);
      expect(mergeCidrs(merged)).toEqual(merged);
    }));
  });
});
