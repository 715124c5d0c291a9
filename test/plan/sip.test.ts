// A SIP endpoint's plan: ingress only from Twilio's published sources, to the endpoint's own ports; egress to the
// same sources on Twilio's ports; network ACL entries both ways; termination names for DNS.
import * as fc from 'fast-check';
import { FlowDirection, InterconnectConnection, SipTransport, TwilioCatalog, TwilioEdge, TwilioNetworkPlan, TwilioSipOptions } from '../../src';
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

  test('TLS alone (secure trunking), on the endpoint\'s own port; TCP and TLS signalling follow the call direction', () => {
    const tls = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], sip: sip({ transports: [SipTransport.TLS], sipTlsPort: 5071 }) });
    expect(rules(tls, FlowDirection.INGRESS).filter((r) => !r.includes(MEDIA))).toEqual(SLASH30.map((c) => `tcp 5071-5071 ${c}`).sort((a, b) => toBlock(a.split(' ')[2]).start - toBlock(b.split(' ')[2]).start));
    expect(new Set(rules(tls, FlowDirection.EGRESS).filter((r) => !r.includes(MEDIA)).map((r) => r.split(' ').slice(0, 2).join(' ')))).toEqual(new Set(['tcp 5061-5061']));
    const tlsInbound = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], sip: sip({ transports: [SipTransport.TLS], termination: false }) });
    expect(rules(tlsInbound, FlowDirection.EGRESS)).toEqual([`udp 10000-60000 ${MEDIA}`]);
    expect(tlsInbound.dnsDomains).toEqual([]);
    const tlsOutbound = TwilioNetworkPlan.compute({
      edges: [TwilioEdge.FRANKFURT], sip: sip({ transports: [SipTransport.TLS], origination: false }),
    });
    expect(rules(tlsOutbound, FlowDirection.INGRESS)).toEqual([`udp 10000-20000 ${MEDIA}`]);
    expect(tlsOutbound.quotas.securityGroupIngress.used).toBe(1);
  });

  // RTP flows both ways on every call, and early media (183 with SDP) comes from Twilio before the endpoint sends:
  // https://www.twilio.com/docs/sip-trunking/ip-addresses lists media without a call direction (docs/sip.md).
  test.each([
    ['termination only', { origination: false }],
    ['origination only', { termination: false }],
    ['both', {}],
  ])('media both ways whatever the call direction: %s', (_, choice) => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN], sip: sip({ transports: [SipTransport.TCP], ...choice }) });
    expect(rules(plan, FlowDirection.INGRESS)).toContain(`udp 10000-20000 ${MEDIA}`);
    expect(rules(plan, FlowDirection.EGRESS)).toContain(`udp 10000-60000 ${MEDIA}`);
  });

  // A security group tracks UDP for 30 s (one way) or 180 s (a stream); a quiet dialog's BYE is a new flow (docs/sip.md).
  test('UDP signalling both ways whatever the call direction; TCP and TLS only as the calls go', () => {
    const udpOnly = (choice: Partial<TwilioSipOptions>) => TwilioNetworkPlan.compute({
      edges: [TwilioEdge.DUBLIN], sip: sip({ transports: [SipTransport.UDP], sipPort: 5080, ...choice }),
    });
    for (const plan of [udpOnly({ origination: false }), udpOnly({ termination: false }), udpOnly({})]) {
      for (const cidr of SLASH30) {
        expect(rules(plan, FlowDirection.INGRESS)).toContain(`udp 5080-5080 ${cidr}`);
        expect(rules(plan, FlowDirection.EGRESS)).toContain(`udp 5060-5060 ${cidr}`);
      }
    }
    const termination = udpOnly({ origination: false });
    expect(termination.flows.find((f) => f.direction === FlowDirection.INGRESS && f.protocol === 'udp' && f.fromPort === 5080)!.purpose)
      .toBe('SIP signalling over UDP from Twilio (in-dialog requests)');
    const tcpTermination = TwilioNetworkPlan.compute({
      edges: [TwilioEdge.DUBLIN], sip: sip({ transports: [SipTransport.TCP, SipTransport.TLS], origination: false }),
    });
    expect(rules(tcpTermination, FlowDirection.INGRESS)).toEqual([`udp 10000-20000 ${MEDIA}`]);
    const tcpOrigination = TwilioNetworkPlan.compute({
      edges: [TwilioEdge.DUBLIN], sip: sip({ transports: [SipTransport.TCP], termination: false }),
    });
    expect(rules(tcpOrigination, FlowDirection.EGRESS)).toEqual([`udp 10000-60000 ${MEDIA}`]);
  });

  test('turning origination on for a termination-only UDP endpoint only adds rules', () => {
    const before = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN], sip: sip({ transports: [SipTransport.UDP], origination: false }) });
    const after = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN], sip: sip({ transports: [SipTransport.UDP] }) });
    const ids = (p: TwilioNetworkPlan) => p.securityGroupRules.map((r) => r.id);
    // UDP is already both ways: the same rules, only the purpose of the inbound ones changes
    expect(ids(after)).toEqual(ids(before));
  });

  test('the network ACL is the same whichever calls the endpoint takes, so turning a direction on replaces no entry', () => {
    const acl = (choice: Partial<TwilioSipOptions>) => TwilioNetworkPlan.compute({
      edges: [TwilioEdge.FRANKFURT], sip: sip({ transports: [SipTransport.UDP, SipTransport.TLS], ...choice }), networkAcl: {},
    });
    const both = acl({});
    const numbered = (p: TwilioNetworkPlan) => p.networkAclEntries.map((e) => `${e.id} ${e.ruleNumber} ${e.protocol} ${e.fromPort}-${e.toPort} ${e.cidr}`);
    for (const one of [acl({ origination: false }), acl({ termination: false })]) {
      expect(numbered(one)).toEqual(numbered(both));
      // every entry names flows of its own plan
      const ids = new Set(one.flows.map((f) => f.id));
      for (const e of one.networkAclEntries) {
        expect(e.flowIds.length).toBeGreaterThan(0);
        for (const id of e.flowIds) expect(ids.has(id)).toBe(true);
      }
    }
    // the security group keeps the direction: no TLS ingress without origination
    expect(rules(acl({ origination: false }), FlowDirection.INGRESS).filter((r) => r.startsWith('tcp'))).toEqual([]);
  });

  test('the summary says what the rules allow', () => {
    expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN], sip: sip({ transports: [SipTransport.TLS], origination: false }) }).summary)
      .toBe('SIP endpoint: inbound and outbound RTP media with Twilio\'s media range; outbound SIP over TLS to them (termination). '
        + 'Only Twilio\'s published sources are admitted; return traffic follows connection tracking.');
    expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN] }).summary).toMatch(/^Voice SDK clients: outbound connections to Twilio only/);
  });

  test('Interconnect: every exchange\'s gateways by default, exactly (never a block holding an address Twilio did not publish)', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN_IX], sip: sip({ transports: [SipTransport.UDP] }) });
    const ix = TwilioEdge.all().filter((e) => e.isPrivateInterconnect);
    expect(ix).toHaveLength(8);
    const ingress = rules(plan, FlowDirection.INGRESS);
    expect(ingress).toEqual(expect.arrayContaining(['udp 5060-5060 208.78.112.64/31', 'udp 5060-5060 208.78.112.66/32', 'udp 5060-5060 185.187.132.68/31',
      'udp 5060-5060 185.187.132.70/32']));
    for (const e of ix) {
      expect(plan.cidrSets.find((s) => s.name === `sip-gateways-${e.name}`)!.cidrs).toEqual(TwilioCatalog.edgeDefinition(e).sipGatewayCidrs);
    }
    // every admitted address is published: 8 regional /30s and 24 gateways
    const admitted = plan.securityGroupRules.filter((r) => r.direction === FlowDirection.INGRESS && r.protocol === 'udp' && r.fromPort === 5060)
      .reduce((n, r) => n + 2 ** (32 - toBlock(r.cidr!).prefix), 0);
    expect(admitted).toBe(8 * 4 + 24);
    expect(plan.flows.find((f) => f.peer === '185.187.132.68/32' && f.direction === FlowDirection.INGRESS)!.edgeNames).toEqual(['ashburn-ix']);
    expect(plan.notes.join('\n')).toMatch(/every exchange's SIP gateways are allowed, as Twilio strongly encourages/);
  });

  test('Interconnect: allInterconnectGateways false keeps only the chosen edges\' three gateways', () => {
    const plan = TwilioNetworkPlan.compute({
      edges: [TwilioEdge.ASHBURN_IX], sip: sip({ transports: [SipTransport.UDP], allInterconnectGateways: false }),
    });
    expect(rules(plan, FlowDirection.INGRESS).filter((r) => !r.includes(MEDIA) && !SLASH30.some((c) => r.endsWith(c))))
      .toEqual(['udp 5060-5060 208.78.112.64/31', 'udp 5060-5060 208.78.112.66/32']);
    expect(plan.cidrSets.filter((s) => s.name.startsWith('sip-gateways-')).map((s) => s.name)).toEqual(['sip-gateways-ashburn-ix']);
  });

  test('Interconnect: routes for the chosen *-ix edges carry every SIP flow of those edges (gateways and media)', () => {
    for (const allInterconnectGateways of [true, false]) {
      const plan = TwilioNetworkPlan.compute({
        edges: [TwilioEdge.LONDON_IX, TwilioEdge.FRANKFURT], sip: sip({ allInterconnectGateways }),
      });
      expect(plan.routes.map((r) => r.cidr)).toEqual(['168.86.128.0/18', '185.187.132.0/25', '185.187.133.0/24']);
      const own = [...TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX).sipGatewayCidrs!, MEDIA];
      for (const cidr of own) expect(plan.routes.some((r) => cidrContains(r.cidr!, cidr))).toBe(true);
      expect(plan.flows.filter((f) => f.edgeNames.includes('london-ix') && (own.includes(f.peer))).length).toBeGreaterThan(0);
    }
    const vpn = TwilioNetworkPlan.compute({
      edges: [TwilioEdge.LONDON_IX], sip: sip(), interconnectConnection: InterconnectConnection.VPN,
    });
    expect(vpn.routes.map((r) => r.cidr)).toEqual(['168.86.173.0/24', '185.187.132.0/25', '185.187.133.0/24']);
    expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], sip: sip() }).routes).toEqual([]);
  });

  test('DNS: the default termination name and the chosen edges\' names, in edge and legacy region id forms', () => {
    const plan = TwilioNetworkPlan.compute({
      edges: [TwilioEdge.DUBLIN, TwilioEdge.LONDON_IX],
      sip: sip(),
      dnsFirewall: { blockOtherDomains: true },
    });
    expect(plan.dnsDomains).toEqual(['*.pstn.dublin.twilio.com', '*.pstn.ie1-ix.twilio.com', '*.pstn.ie1.twilio.com', '*.pstn.london-ix.twilio.com', '*.pstn.twilio.com']);
    expect(plan.dnsFirewallRules.map((r) => r.action)).toEqual(['ALLOW', 'BLOCK']);
    expect(TwilioCatalog.sipTerminationDomains(TwilioEdge.ASHBURN)).toEqual(['*.pstn.ashburn.twilio.com', '*.pstn.us1.twilio.com']);
    expect(TwilioCatalog.sipDefaultTerminationDomain()).toBe('*.pstn.twilio.com');
  });

  test('DNS: sipDomains adds the SIP Domain names of the chosen edges, and changes no rule', () => {
    const props = { edges: [TwilioEdge.DUBLIN, TwilioEdge.LONDON_IX], dnsFirewall: { blockOtherDomains: true } };
    const trunk = TwilioNetworkPlan.compute({ ...props, sip: sip() });
    const domains = TwilioNetworkPlan.compute({ ...props, sip: sip({ sipDomains: true }) });
    // the global name every SIP Domain has (https://www.twilio.com/docs/voice/sip/api/sip-domain-resource), each edge's
    // localized name and its legacy region-id form (https://www.twilio.com/docs/global-infrastructure/localized-uris/sip-uris,
    // .../localized-uris/interconnect-sip-uris)
    expect(domains.dnsDomains.filter((d) => !trunk.dnsDomains.includes(d))).toEqual([
      '*.sip.dublin.twilio.com', '*.sip.ie1-ix.twilio.com', '*.sip.ie1.twilio.com', '*.sip.london-ix.twilio.com', '*.sip.twilio.com',
    ]);
    expect(domains.securityGroupRules).toEqual(trunk.securityGroupRules);
    expect(TwilioCatalog.sipDomainNames(TwilioEdge.TOKYO)).toEqual(['*.sip.twilio.com', '*.sip.tokyo.twilio.com', '*.sip.jp1.twilio.com']);
    expect(TwilioCatalog.sipDomainNames(TwilioEdge.ASHBURN_IX)).toEqual(['*.sip.twilio.com', '*.sip.ashburn-ix.twilio.com', '*.sip.us1-ix.twilio.com']);
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
      ['a non-boolean allInterconnectGateways', { edges: [TwilioEdge.ASHBURN_IX], sip: sip({ allInterconnectGateways: 0 as any }) },
        /sip\.allInterconnectGateways must be true or false, got: 0/],
    ])('%s', (_, props, message) => {
      expect(() => TwilioNetworkPlan.compute(props)).toThrow(message);
    });

    test('with every exchange\'s gateways over the network ACL quota, the error names allInterconnectGateways', () => {
      const tlsOnly = sip({ transports: [SipTransport.TLS] });
      expect(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], sip: tlsOnly, networkAcl: {} })).toThrow(
        /over the quota of 20 .*set sip\.allInterconnectGateways to false/,
      );
      const chosenOnly = sip({ transports: [SipTransport.TLS], allInterconnectGateways: false });
      expect(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], sip: chosenOnly, networkAcl: {} })).not.toThrow();
    });

    test('over the network ACL quota, the error names what to change: TLS only, or raising the quota', () => {
      const edges = [TwilioEdge.ASHBURN, TwilioEdge.LONDON_IX, TwilioEdge.SYDNEY_IX];
      expect(() => TwilioNetworkPlan.compute({ edges, sip: sip(), networkAcl: {} })).toThrow(
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
      allInterconnectGateways: fc.boolean(),
    }).filter((c) => c.origination || c.termination);

    test('every ingress source is a Twilio published source and every port one of the chosen ones; nothing to or from 0.0.0.0/0', () => {
      fc.assert(fc.property(arb, (c) => {
        const mediaPorts = { fromPort: c.from, toPort: Math.min(65535, c.from + c.width) };
        const plan = TwilioNetworkPlan.compute({
          edges: c.edges,
          sip: {
            mediaPorts,
            transports: c.transports,
            origination: c.origination,
            termination: c.termination,
            sipPort: c.sipPort,
            allInterconnectGateways: c.allInterconnectGateways,
          },
          quotas: { networkAclEntriesPerDirection: 40, securityGroupRulesPerDirection: 200 },
        });
        const anyIx = c.edges.some((e) => e.isPrivateInterconnect);
        const published = publishedAddresses(anyIx && c.allInterconnectGateways ? [...c.edges, ...ix] : c.edges);
        const localPorts = new Set([...(c.transports.some((t) => t !== SipTransport.TLS) ? [c.sipPort] : []),
          ...(c.transports.includes(SipTransport.TLS) ? [5061] : [])]);
        for (const r of plan.securityGroupRules) {
          expect(r.cidr).not.toBe('0.0.0.0/0');
          const isMedia = cidrContains(MEDIA, r.cidr!);
          if (!isMedia) {
            const b = toBlock(r.cidr!);
            for (let i = 0; i < 2 ** (32 - b.prefix); i++) expect(published.has(b.start + i)).toBe(true);
          }
          // media and SIP over UDP go both ways; TCP and TLS signalling only as the calls go
          if (!isMedia && r.protocol === 'tcp') expect(r.direction === FlowDirection.INGRESS ? c.origination : c.termination).toBe(true);
          if (r.direction === FlowDirection.INGRESS) {
            if (isMedia) expect([r.fromPort, r.toPort]).toEqual([mediaPorts.fromPort, mediaPorts.toPort]);
            else for (let p = r.fromPort; p <= r.toPort; p++) expect(localPorts.has(p)).toBe(true);
          } else {
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
          // every exchange's gateways take more network ACL entries than AWS allows: the chosen edges' only here
          sip: {
            mediaPorts,
            transports: c.transports,
            origination: c.origination,
            termination: c.termination,
            sipPort: c.sipPort,
            allInterconnectGateways: false,
          },
          quotas: { networkAclEntriesPerDirection: 40, securityGroupRulesPerDirection: 200 },
          networkAcl: {},
        });
        const admits = (egress: boolean, protocol: string, cidr: string, from: number,
          to: number) => plan.networkAclEntries.some((e) => e.egress === egress
          && e.protocol === protocol && cidrContains(e.cidr, cidr) && e.fromPort <= from && to <= e.toPort);
        for (const f of plan.flows) {
          const outbound = f.direction === FlowDirection.EGRESS;
          expect(admits(outbound, f.protocol, f.peer, f.fromPort, f.toPort)).toBe(true);
          const back = f.sourcePorts ?? (outbound ? plan.ephemeralPorts : { fromPort: 1024, toPort: 65535 });
          expect(admits(!outbound, f.protocol, f.peer, back.fromPort, back.toPort)).toBe(true);
        }
        for (const e of plan.networkAclEntries) expect(e.cidr).not.toBe('0.0.0.0/0');
      }), { numRuns: 60 });
    });
  });
});
