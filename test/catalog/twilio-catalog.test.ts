import { TwilioCatalog, TwilioEdge, TwilioFactConfidence, TwilioNetworkPlan, VoiceSdk } from '../../src';
import { CLIENT_EPHEMERAL_PORTS, HOSTS, INTERCONNECT_EDGES, LEGACY_MEDIA_DECOMMISSIONED, MEDIA, NTS, NTS_ONLY_REGIONS, PUBLIC_EDGES, QUALITY } from '../../src/catalog/data';
import { AWS_REGION_LOCATIONS } from '../../src/catalog/private/aws-regions';
import { TWILIO_SOURCES } from '../../src/catalog/sources';
import { cidrContains, isCanonicalCidr } from '../../src/util/cidr';

const ALL_RAW_CIDRS: Array<[string, string]> = [
  ...MEDIA.cidrs.map((c): [string, string] => ['media', c]),
  ...PUBLIC_EDGES.flatMap((e) => [...(e.ntsCidrs ?? []), ...(e.legacyMedia?.cidrs ?? [])].map((c): [string, string] => [e.id, c])),
  ...INTERCONNECT_EDGES.flatMap((e) => e.signalingCidrs.map((c): [string, string] => [e.id, c])),
  ...NTS_ONLY_REGIONS.flatMap((r) => r.ntsCidrs.map((c): [string, string] => [r.id, c])),
];

describe('TwilioCatalog', () => {
  afterEach(() => TwilioCatalog.reset());

  describe('invariants over the raw tables', () => {
    test.each(ALL_RAW_CIDRS)('%s: %s is a canonical IPv4 CIDR', (_, cidr) => {
      expect(isCanonicalCidr(cidr)).toBe(true);
    });

    test('edge ids and legacy ids are unique across public and Interconnect edges', () => {
      const ids = [...PUBLIC_EDGES, ...INTERCONNECT_EDGES].flatMap((e) => [e.id, e.legacyRegionId]);
      expect(new Set(ids).size).toBe(ids.length);
    });

    test('every cross-reference resolves', () => {
      const publicIds = PUBLIC_EDGES.map((e) => e.id);
      for (const ix of INTERCONNECT_EDGES) {
        expect(publicIds).toContain(ix.servesPublicEdge);
        expect(ix.servesPublicEdge).not.toBe('roaming');
      }
      for (const e of PUBLIC_EDGES) if (e.awsRegion) expect(AWS_REGION_LOCATIONS[e.awsRegion]).toBeDefined();
      const urls = Object.values(TWILIO_SOURCES).map((x) => x.url) as string[];
      for (const e of [...PUBLIC_EDGES, ...INTERCONNECT_EDGES]) expect(urls).toContain(e.source);
      for (const s of [MEDIA.source, QUALITY.source, NTS.source, HOSTS.insights.source, ...LEGACY_MEDIA_DECOMMISSIONED.sources]) {
        expect(urls).toContain(s);
      }
    });

    test('ports are in range and ranges are ordered', () => {
      const legacy = PUBLIC_EDGES.flatMap((e) => (e.legacyMedia ? [e.legacyMedia.udpPorts] : []));
      const ranges = [MEDIA.udpPorts, CLIENT_EPHEMERAL_PORTS, ...legacy];
      for (const r of ranges) {
        expect(r.fromPort).toBeGreaterThanOrEqual(1);
        expect(r.toPort).toBeLessThanOrEqual(65535);
        expect(r.fromPort).toBeLessThanOrEqual(r.toPort);
      }
      for (const p of [...NTS.ports.map((x) => x.port), HOSTS.mobile.port, HOSTS.mobile.legacyPort]) expect(p).toBeGreaterThan(0);
    });

    test('no legacy media range overlaps the current media range (audit data never matches live traffic)', () => {
      for (const e of PUBLIC_EDGES) {
        for (const c of e.legacyMedia?.cidrs ?? []) expect(cidrContains(MEDIA.cidrs[0], c) || cidrContains(c, MEDIA.cidrs[0])).toBe(false);
      }
    });

    test('every public edge but GLL has an AWS region, NTS ranges, a SIP /30 and legacy media CIDRs; GLL has only the legacy row over all', () => {
      for (const e of PUBLIC_EDGES) {
        const gll = e.id === 'roaming';
        const has = [!!e.awsRegion, !!e.ntsCidrs, !!e.sipSignalingCidrs, !!e.legacyMedia?.cidrs, !!e.legacyMedia?.allRanges];
        expect(has).toEqual([!gll, !gll, !gll, !gll, gll]);
      }
    });
  });

  describe('spot checks against the Voice SDK page (seed copy, January 2024)', () => {
    test.each([
      [TwilioEdge.ASHBURN_IX, ['208.78.112.0/25']],
      [TwilioEdge.SAN_JOSE_IX, ['67.213.136.0/25']],
      [TwilioEdge.LONDON_IX, ['185.187.132.0/25', '185.187.133.0/24']],
      [TwilioEdge.FRANKFURT_IX, ['185.194.136.0/25']],
      [TwilioEdge.SINGAPORE_IX, ['103.75.151.0/25']],
      [TwilioEdge.TOKYO_IX, ['103.144.142.0/25']],
      [TwilioEdge.SYDNEY_IX, ['103.146.214.0/25']],
      // newer than the seed; from the current page
      [TwilioEdge.SAO_PAULO_IX, ['159.183.255.0/25']],
    ])('%s signalling CIDRs on TCP 443', (edge, cidrs) => {
      expect(TwilioCatalog.edgeDefinition(edge).signalingCidrs).toEqual(cidrs);
    });

    test('media is 168.86.128.0/18 on UDP 10000-60000 for every edge', () => {
      expect(TwilioCatalog.media()).toMatchObject({ cidrs: ['168.86.128.0/18'], fromPort: 10000, toPort: 60000 });
    });

    test('quality thresholds', () => {
      expect(TwilioCatalog.qualityThresholds()).toMatchObject({
        opusKbps: 40, pcmuKbps: 100, rttMsMax: 200, jitterMsMax: 30, packetLossPercentMax: 3,
      });
    });

    test('signalling hostnames', () => {
      expect(TwilioCatalog.signalingHostnames(TwilioEdge.ROAMING, VoiceSdk.JAVASCRIPT)).toEqual(['voice-js.roaming.twilio.com']);
      expect(TwilioCatalog.signalingHostnames(TwilioEdge.SAO_PAULO, VoiceSdk.JAVASCRIPT)).toEqual(['voice-js.sao-paulo.twilio.com']);
      expect(TwilioCatalog.signalingHostnames(TwilioEdge.ROAMING, VoiceSdk.MOBILE)).toEqual(['chunderm.gll.twilio.com']);
      expect(TwilioCatalog.signalingHostnames(TwilioEdge.SYDNEY, VoiceSdk.MOBILE)).toEqual(['chunderm.au1.gll.twilio.com', 'chunderm.au1.twilio.com', 'chunderm-au1.twilio.com']);
      // Interconnect: no source names mobile signalling hosts for -ix edges, so the catalog invents none
      expect(TwilioCatalog.signalingHostnames(TwilioEdge.LONDON_IX, VoiceSdk.MOBILE)).toEqual([]);
      expect(TwilioCatalog.signalingHostnames(TwilioEdge.LONDON_IX, VoiceSdk.JAVASCRIPT)).toEqual(['voice-js.london-ix.twilio.com']);
    });

    test('NTS: roaming covers every region including NTS-only mumbai; Interconnect uses the served edge', () => {
      const all = TwilioCatalog.ntsCidrs(TwilioEdge.ROAMING);
      expect(all).toContain('3.7.35.128/25');
      expect(all).toContain('54.172.60.0/23');
      expect(TwilioCatalog.ntsCidrs(TwilioEdge.ASHBURN_IX)).toEqual(TwilioCatalog.ntsCidrs(TwilioEdge.ASHBURN));
      expect(TwilioCatalog.ntsHostnames(TwilioEdge.ROAMING)).toEqual(['global.stun.twilio.com', 'global.turn.twilio.com']);
      expect(TwilioCatalog.ntsHostnames(TwilioEdge.TOKYO_IX)).toEqual(['tokyo.stun.twilio.com', 'tokyo.turn.twilio.com']);
    });

    test('legacy media ranges are audit data with their decommission dates and confidence', () => {
      const legacy = TwilioCatalog.legacyMediaRanges();
      expect(legacy.map((l) => l.edgeName)).toEqual(['ashburn', 'umatilla', 'dublin', 'frankfurt', 'sao-paulo', 'singapore', 'sydney', 'tokyo', 'roaming']);
      const ashburn = legacy.find((l) => l.edgeName === 'ashburn')!;
      expect(ashburn).toMatchObject({
        cidrs: ['54.172.60.0/23', '34.203.250.0/23'],
        fromPort: 10000,
        toPort: 20000,
        decommissioned: '2024-01-23',
        decommissionedSipInterconnect: '2024-02-21',
        confidence: TwilioFactConfidence.MEDIUM,
      });
      expect(legacy.find((l) => l.edgeName === 'frankfurt')!.note).toMatch(/third-party/);
      // the seed's single-range row (umatilla) on UDP 1024-65535, and the roaming row over every range
      expect(legacy.find((l) => l.edgeName === 'umatilla')).toMatchObject({ cidrs: ['54.244.51.0/24'], fromPort: 1024, toPort: 65535, confidence: TwilioFactConfidence.LOW });
      const roaming = legacy.find((l) => l.edgeName === 'roaming')!;
      expect([roaming.fromPort, roaming.toPort]).toEqual([1024, 65535]);
      expect(roaming.cidrs).toEqual(legacy.filter((l) => l.edgeName !== 'roaming').flatMap((l) => l.cidrs));
    });
  });

  describe('overrides (registerEdge / registerMedia)', () => {
    test('a new Interconnect edge is usable by name and in plans', () => {
      const edge = TwilioCatalog.registerEdge({
        name: 'montreal-ix',
        legacyRegionId: 'ca1-ix',
        isPrivateInterconnect: true,
        servesPublicEdge: 'ashburn',
        signalingCidrs: ['192.0.2.0/25'],
        sourceUrl: 'https://www.twilio.com/docs/interconnect',
        confidence: TwilioFactConfidence.LOW,
      });
      expect(TwilioEdge.of('CA1-IX')).toBe(edge);
      const plan = TwilioNetworkPlan.compute({ edges: [edge] });
      expect(plan.securityGroupRules.map((r) => r.cidr)).toContain('192.0.2.0/25');
    });

    test('replacing an edge needs allowReplacing, keeps its identity, and reset() restores the built-in facts', () => {
      const current = TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX);
      const changed = { ...current, signalingCidrs: ['185.187.132.0/24'], sourceUrl: 'https://www.twilio.com/docs/interconnect' };
      expect(() => TwilioCatalog.registerEdge(changed)).toThrow("edge 'london-ix' is already in the catalog. Pass allowReplacing=true to replace its facts.");
      expect(TwilioCatalog.registerEdge(changed, true)).toBe(TwilioEdge.LONDON_IX);
      expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX] }).securityGroupRules.map((r) => r.cidr)).toContain('185.187.132.0/24');
      expect(() => TwilioCatalog.registerEdge({ ...changed, legacyRegionId: 'uk1-ix' }, true)).toThrow(/may change its facts but not its identity/);
      TwilioCatalog.reset();
      expect(TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX).signalingCidrs).toEqual(['185.187.132.0/25', '185.187.133.0/24']);
    });

    test('bad definitions report every problem at once', () => {
      expect(() => TwilioCatalog.registerEdge({
        name: 'Bad Name', legacyRegionId: 'us1', isPrivateInterconnect: true, servesPublicEdge: 'nowhere', signalingCidrs: ['10.0.0.1/24'], sourceUrl: 'twilio.com',
      })).toThrow(/edge name must be lower-case words[\s\S]*clashes with edge 'ashburn'[\s\S]*servesPublicEdge must name a public edge, got: 'nowhere'[\s\S]*signalingCidrs\[0\] must be a canonical IPv4 CIDR, got: '10.0.0.1\/24'[\s\S]*sourceUrl must be the https URL/);
    });

    test('bgpPrefixes as one string instead of a list is one clear error, not a crash when planning routes', () => {
      const def = { ...TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX), bgpPrefixes: '203.0.113.0/24' };
      expect(() => TwilioCatalog.registerEdge(def as any, true))
        .toThrow("edge 'london-ix' bgpPrefixes must be a list of announcements such as ['168.86.128.0/18 le 24'], got: '203.0.113.0/24'.");
      expect(TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX).bgpPrefixes).toEqual(expect.arrayContaining([expect.stringMatching(/^\d/)]));
    });

    test('a JavaScript caller still using the 0.x field names gets one error naming each new field', () => {
      const { sourceUrl, routingSourceUrl, sipSourceUrl, ...rest } = TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX);
      const old = { ...rest, source: sourceUrl, routingSource: routingSourceUrl, sipSource: sipSourceUrl };
      expect(() => TwilioCatalog.registerEdge(old as any, true)).toThrow(new RegExp([
        "edge 'london-ix' source is now sourceUrl: rename the field",
        "edge 'london-ix' routingSource is now routingSourceUrl",
        "edge 'london-ix' sipSource is now sipSourceUrl",
        "edge 'london-ix' sourceUrl must be the https URL",
      ].join('[\\s\\S]*')));
      expect(() => TwilioCatalog.registerMedia({ cidrs: ['168.86.128.0/18'], fromPort: 10000, toPort: 60000, source: 'https://www.twilio.com/docs/voice' } as any))
        .toThrow(/media source is now sourceUrl: rename the field/);
    });

    test('registerMedia replaces the media range used by every plan', () => {
      TwilioCatalog.registerMedia({ cidrs: ['168.86.128.0/18', '192.0.2.0/24'], fromPort: 10000, toPort: 60000, sourceUrl: 'https://www.twilio.com/docs/voice/sdks/network-connectivity-requirements' });
      const udp = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN] }).securityGroupRules.filter((r) => r.protocol === 'udp').map((r) => r.cidr);
      expect(udp).toEqual(['168.86.128.0/18', '192.0.2.0/24']);
      expect(() => TwilioCatalog.registerMedia({ cidrs: [], fromPort: 6, toPort: 5, sourceUrl: 'x' })).toThrow(
        /media cidrs must not be empty[\s\S]*media fromPort must not exceed toPort, got: 6-5[\s\S]*media sourceUrl must be the https URL/,
      );
    });
  });
});
