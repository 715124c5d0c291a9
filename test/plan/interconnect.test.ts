// Interconnect's public-source requirement: Twilio accepts Interconnect traffic only from globally unique addresses
// the customer announces (https://www.twilio.com/docs/interconnect; docs/interconnect.md), so every special-purpose
// range of the IANA registry RFC 6890 set up is refused, not only RFC 1918.
import { TwilioEdge, TwilioNetworkPlan } from '../../src';
import { specialPurposeRange } from '../../src/util/cidr';

describe('publicSourceCidrs', () => {
  test.each([
    ['10.20.0.0/16', '10.0.0.0/8, private use (RFC 1918)'],
    ['100.64.0.0/10', '100.64.0.0/10, shared address space (RFC 6598)'],
    ['100.100.0.0/24', '100.64.0.0/10, shared address space (RFC 6598)'],
    ['192.0.2.0/24', '192.0.2.0/24, documentation, TEST-NET-1 (RFC 5737)'],
    ['198.18.0.0/16', '198.18.0.0/15, benchmarking (RFC 2544)'],
    ['169.254.10.0/24', '169.254.0.0/16, link local (RFC 3927)'],
    ['96.0.0.0/3', '100.64.0.0/10, shared address space (RFC 6598)'],
    // the registry's entries after RFC 6890 (https://www.iana.org/assignments/iana-ipv4-special-registry/)
    ['192.31.196.0/24', '192.31.196.0/24, AS112-v4 (RFC 7535)'],
    ['192.52.193.0/25', '192.52.193.0/24, AMT (RFC 7450)'],
    ['192.175.48.0/24', '192.175.48.0/24, direct delegation AS112 service (RFC 7534)'],
  ])('%s is refused, naming the special-purpose range it overlaps', (cidr, range) => {
    expect(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], publicSourceCidrs: [cidr] })).toThrow(
      `publicSourceCidrs[0] must be globally unique, got: '${cidr}', which overlaps ${range}. Twilio accepts Interconnect traffic only from public addresses you announce`,
    );
  });

  test('a public block passes, and the notes name it as the block to announce', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], publicSourceCidrs: ['192.0.1.0/24', '8.8.4.0/24'] });
    expect(plan.notes).toContain('Interconnect public sources: announce 192.0.1.0/24, 8.8.4.0/24 to Twilio (BGP), or name them in the VPN\'s encryption domain.');
    expect(specialPurposeRange('100.63.255.0/24')).toBeUndefined();
    expect(specialPurposeRange('100.128.0.0/24')).toBeUndefined();
  });

  test('bad values and public edges only are one error each', () => {
    expect(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], publicSourceCidrs: ['192.0.1.0/24'] }))
      .toThrow(/publicSourceCidrs applies to Interconnect \(\*-ix\) edges only/);
    expect(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], publicSourceCidrs: ['192.0.1.1/24', 7 as any] }))
      .toThrow(/2 problems:\n- publicSourceCidrs\[0\] must be an IPv4 CIDR[^\n]*got: '192\.0\.1\.1\/24'\.\n- publicSourceCidrs\[1\] [^\n]*got: 7\./);
    expect(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], publicSourceCidrs: [] })).toThrow(/publicSourceCidrs must list/);
  });

  test('SIP endpoints on *-ix edges take it too', () => {
    expect(() => TwilioNetworkPlan.compute({
      edges: [TwilioEdge.LONDON_IX], publicSourceCidrs: ['100.64.1.0/24'], sip: { mediaPorts: { fromPort: 10000, toPort: 20000 } },
    })).toThrow(/shared address space \(RFC 6598\)/);
  });
});
