// A SIP endpoint's plan: ingress only from Twilio's published sources, to the endpoint's own ports; egress to the
// same sources on Twilio's ports; network ACL entries both ways; termination names for DNS.
import * as fc from 'fast-check';
import { FlowDirection, SipTransport, TwilioCatalog, TwilioEdge, TwilioNetworkPlan, TwilioSipOptions } from '../../src';
import { cidrContains, toBlock } from '../../src/util/cidr';

const SLASH30 = ['54.172.60.0/30', '54.244.51.0/30', '54.171.127.192/30', '35.156.191.128/30', '54.65.63.192/30', '54.169.127.128/30', '54.252.254.64/30', '177.71.206.192/30'];
const MEDIA = '168.86.128.0/18';
const sip = (extra: Partial<TwilioSipOptions> = {}): TwilioSipOptions => ({ mediaPorts: { fromPort: 10000, toPort: 20000 }, ...extra });
const rules = (plan: TwilioNetworkPlan, d: FlowDirection) => plan.securityGroupRules.filter((r) => r.direction === d).map((r) => `${r.protocol} ${r.fromPort}-${r.toPort} ${r.cidr}`);

/** Every address Twilio publishes as a SIP source for the edges, one /32 each. */
function publishedAddresses(edges: TwilioEdge[]): Set<number> {
  const out = new Set<number>();
  const cidrs = [...TwilioCatalog.sipSignalingCidrs(), ...edges.flatMap((e) => TwilioCatalog.edgeDefinition(e).sipGatewayCidrs ?? [])];
  for (const c of cidrs) {
    const b = toBlock(c);
    for (let i = 0; i < 2 ** (32 - b.prefix); i++) out.add(b.start + i);
  }
  return out;
}

describe('TwilioNetworkPlan with sip', () => {
  test('the eight regional signalling /30s, whatever the edge; media from the media range to the endpoint\'s RTP ports', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.SYDNEY], sip: sip() });
    const ingress = rules(plan, FlowDirection.INGRESS);
    for (const cidr of SLASH30) expect(ingress).toEqual(expect.arrayContaining([`tcp 5060-5061 ${cidr}`, `udp 5060-5060 ${cidr}`]));
    expect(ingress).toContain(`udp 10000-20000 ${MEDIA}`);
    expect(ingress).toHaveLength(17);
    const egress = rules(plan, FlowDirection.EGRESS);
    for (const cidr of SLASH30) expect(egress).toEqual(expect.arrayContaining([`tcp 5060-5061 ${cidr}`, `udp 5060-5060 ${cidr}`]));
    expect(egress).toContain(`udp 10000-60000 ${MEDIA}`);
    expect(plan.securityGroupDescription).toBe('Twilio SIP endpoint (twilio-voice-network): rules per Twilio published requirements');
  });

  test('TLS alone (secure trunking), on the endpoint\'s own port; origination or termination only', () => {
    const tls = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], sip: sip({ transports: [SipTransport.TLS], sipTlsPort: 5071 }) });
    expect(rules(tls, FlowDirection.INGRESS).filter((r) => !r.includes(MEDIA))).toEqual(SLASH30.map((c) => `tcp 5071-5071 ${c}`).sort((a, b) => toBlock(a.split(' ')[2]).start - toBlock(b.split(' ')[2]).start));
    expect(new Set(rules(tls, FlowDirection.EGRESS).filter((r) => !r.includes(MEDIA)).map((r) => r.split(' ').slice(0, 2).join(' ')))).toEqual(new Set(['tcp 5061-5061']));
    const inbound = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], sip: sip({ termination: false }) });
    expect(rules(inbound, FlowDirection.EGRESS)).toEqual([]);
    expect(inbound.dnsDomains).toEqual([]);
    const outbound = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], sip: sip({ origination: false }) });
    expect(rules(outbound, FlowDirection.INGRESS)).toEqual([]);
    expect(outbound.quotas.securityGroupIngress.used).toBe(0);
  });

  test('Interconnect edges add their three gateways, exactly (never a block holding an address Twilio did not publish)', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN_IX], sip: sip({ transports: [SipTransport.UDP] }) });
    expect(rules(plan, FlowDirection.INGRESS)).toEqual(expect.arrayContaining(['udp 5060-5060 208.78.112.64/31', 'udp 5060-5060 208.78.112.66/32']));
    expect(plan.cidrSets.find((s) => s.name === 'sip-gateways-ashburn-ix')!.cidrs).toEqual(['208.78.112.64/32', '208.78.112.65/32', '208.78.112.66/32']);
  });

  test('DNS: the termination names of the chosen edges', () => {
    const plan = TwilioNetworkPlan.compute({
      edges: [TwilioEdge.DUBLIN, TwilioEdge.LONDON_IX],
      sip: sip(),
      dnsFirewall: { blockOtherDomains: true },
      networkAcl: false,
    });
    expect(plan.dnsDomains).toEqual(['*.pstn.dublin.twilio.com', '*.pstn.london-ix.twilio.com']);
    expect(plan.dnsFirewallRules.map((r) => r.action)).toEqual(['ALLOW', 'BLOCK']);
  });

  test('DNS: sipDomains adds the SIP Domain names of the chosen edges, and changes no rule', () => {
    const props = { edges: [TwilioEdge.DUBLIN, TwilioEdge.LONDON_IX], dnsFirewall: { blockOtherDomains: true }, networkAcl: false };
    const trunk = TwilioNetworkPlan.compute({ ...props, sip: sip() });
    const domains = TwilioNetworkPlan.compute({ ...props, sip: sip({ sipDomains: true }) });
    expect(domains.dnsDomains).toEqual(['*.pstn.dublin.twilio.com', '*.pstn.london-ix.twilio.com', '*.sip.dublin.twilio.com', '*.sip.london-ix.twilio.com']);
    expect(domains.securityGroupRules).toEqual(trunk.securityGroupRules);
    expect(TwilioCatalog.sipDomainNames(TwilioEdge.TOKYO)).toEqual(['*.sip.tokyo.twilio.com']);
    expect(TwilioCatalog.sources().map((s) => s.url)).toContain('https://twilio.com/en-us/changelog/sip-registration-edge-location-support');
  });

  describe('bad input', () => {
    test.each<[string, any, RegExp]>([
      ['roaming', { edges: [TwilioEdge.ROAMING], sip: sip() }, /edges\[0\] must not be roaming: Twilio offers no Global Low Latency for SIP/],
      ['no edges', { sip: sip() }, /edges must list the edges in the termination URIs/],
      ['no media ports', { edges: [TwilioEdge.ASHBURN], sip: {} }, /sip\.mediaPorts is required/],
      ['inverted media ports', { edges: [TwilioEdge.ASHBURN], sip: sip({ mediaPorts: { fromPort: 20000, toPort: 10000 } }) }, /sip\.mediaPorts must run from the lower to the higher port/],
      ['nothing to do', { edges: [TwilioEdge.ASHBURN], sip: sip({ origination: false, termination: false }) }, /both false/],
      ['SIP Domains without termination', { edges: [TwilioEdge.ASHBURN], sip: sip({ termination: false, sipDomains: true }) },
        /sip\.sipDomains needs sip\.termination: sending to a SIP Domain is traffic from the endpoint to Twilio/],
      ['a non-boolean sipDomains', { edges: [TwilioEdge.ASHBURN], sip: sip({ sipDomains: 'yes' as any }) }, /sip\.sipDomains must be true or false, got: 'yes'/],
      ['a bad transport', { edges: [TwilioEdge.ASHBURN], sip: sip({ transports: ['sctp' as any] }) }, /sip\.transports\[0\] must be SipTransport\.UDP, SipTransport\.TCP or SipTransport\.TLS, got: 'sctp'/],
      ['SDK options', { edges: [TwilioEdge.ASHBURN], sip: sip(), sdks: ['javascript'], turnFallback: true }, /sdks applies to Voice SDK clients, not to a SIP endpoint[\s\S]*turnFallback applies/],
      ['a bad SIP port', { edges: [TwilioEdge.ASHBURN], sip: sip({ sipPort: 70000 }) }, /sip\.sipPort must be an integer port 1-65535, got: 70000/],
    ])('%s', (_, props, message) => {
      expect(() => TwilioNetworkPlan.compute(props)).toThrow(message);
    });

    test('over the network ACL quota, the error names what to change: TLS only, or raising the quota', () => {
      expect(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN, TwilioEdge.LONDON_IX, TwilioEdge.SYDNEY_IX], sip: sip() })).toThrow(
        /network ACL (outbound|inbound) entries \(with the default deny\), over the quota of 20 .* sip\.transports: \[SipTransport\.TLS\], the secure-trunking profile.*raise the AWS quota/,
      );
    });
  });

  describe('properties', () => {
    const public4 = [TwilioEdge.ASHBURN, TwilioEdge.DUBLIN, TwilioEdge.TOKYO, TwilioEdge.SAO_PAULO];
    const ix = TwilioEdge.all().filter((e) => e.isPrivateInterconnect);
    const arb = fc.record({
      edges: fc.uniqueArray(fc.constantFrom(...public4, ...ix), { minLength: 1, maxLength: 2 }),
      transports: fc.uniqueArray(fc.constantFrom(SipTransport.UDP, SipTransport.TCP, SipTransport.TLS), { minLength: 1, maxLength: 3 }),
      origination: fc.boolean(),
      termination: fc.boolean(),
      from: fc.integer({ min: 1024, max: 60000 }),
      width: fc.integer({ min: 0, max: 5000 }),
      sipPort: fc.integer({ min: 1024, max: 9000 }),
    }).filter((c) => c.origination || c.termination);

    test('every ingress source is a Twilio published source and every port one of the chosen ones; nothing to or from 0.0.0.0/0', () => {
      fc.assert(fc.property(arb, (c) => {
        const mediaPorts = { fromPort: c.from, toPort: Math.min(65535, c.from + c.width) };
        const plan = TwilioNetworkPlan.compute({
          edges: c.edges,
          sip: { mediaPorts, transports: c.transports, origination: c.origination, termination: c.termination, sipPort: c.sipPort },
          quotas: { networkAclEntriesPerDirection: 40 },
          networkAcl: false,
        });
        const published = publishedAddresses(c.edges);
        const localPorts = new Set([...(c.transports.some((t) => t !== SipTransport.TLS) ? [c.sipPort] : []),
          ...(c.transports.includes(SipTransport.TLS) ? [5061] : [])]);
        for (const r of plan.securityGroupRules) {
          expect(r.cidr).not.toBe('0.0.0.0/0');
          const isMedia = cidrContains(MEDIA, r.cidr!);
          if (!isMedia) {
            const b = toBlock(r.cidr!);
            for (let i = 0; i < 2 ** (32 - b.prefix); i++) expect(published.has(b.start + i)).toBe(true);
          }
          if (r.direction === FlowDirection.INGRESS) {
            expect(c.origination).toBe(true);
            if (isMedia) expect([r.fromPort, r.toPort]).toEqual([mediaPorts.fromPort, mediaPorts.toPort]);
            else for (let p = r.fromPort; p <= r.toPort; p++) expect(localPorts.has(p)).toBe(true);
          } else {
            expect(c.termination).toBe(true);
            if (isMedia) expect([r.fromPort, r.toPort]).toEqual([10000, 60000]);
            else for (let p = r.fromPort; p <= r.toPort; p++) expect([5060, 5061]).toContain(p);
          }
        }
      }), { numRuns: 100 });
    });

    test('the network ACL admits every flow both ways: the flow itself and its return traffic', () => {
      fc.assert(fc.property(arb, (c) => {
        const mediaPorts = { fromPort: c.from, toPort: Math.min(65535, c.from + c.width) };
        const plan = TwilioNetworkPlan.compute({
          edges: c.edges,
          sip: { mediaPorts, transports: c.transports, origination: c.origination, termination: c.termination, sipPort: c.sipPort },
          quotas: { networkAclEntriesPerDirection: 40, securityGroupRulesPerDirection: 200 },
        });
        const admits = (egress: boolean, protocol: string, cidr: string, from: number,
          to: number) => plan.networkAclEntries.some((e) => e.egress === egress
          && e.protocol === protocol && cidrContains(e.cidr, cidr) && e.fromPort <= from && to <= e.toPort);
        for (const f of plan.flows) {
          const outbound = f.direction === FlowDirection.EGRESS;
          expect(admits(outbound, f.protocol, f.destination, f.fromPort, f.toPort)).toBe(true);
          const back = f.sourcePorts ?? (outbound ? plan.ephemeralPorts : { fromPort: 1024, toPort: 65535 });
          expect(admits(!outbound, f.protocol, f.destination, back.fromPort, back.toPort)).toBe(true);
        }
        for (const e of plan.networkAclEntries) expect(e.cidr).not.toBe('0.0.0.0/0');
      }), { numRuns: 60 });
    });
  });
});
