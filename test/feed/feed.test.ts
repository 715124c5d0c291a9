// The feed's entries (docs/feed.md): every value from the catalog or the plan, the direction facts of Twilio's pages,
// stable ids, and nothing Twilio-specific written into src/feed.
import * as fs from 'fs';
import * as path from 'path';
import { TwilioCatalog } from '../../src/catalog/twilio-catalog';
import { TwilioEdge } from '../../src/catalog/twilio-edge';
import { InterconnectConnection, VoiceSdk } from '../../src/catalog/types';
import { syncTokenOf } from '../../src/feed/canonical';
import { feedEntries, feedSources } from '../../src/feed/feed';
import { FeedEntry, PURPOSES } from '../../src/feed/types';
import { TwilioNetworkPlan } from '../../src/plan/twilio-network-plan';
import { compareCidrs, isCanonicalCidr, parseAnnouncement } from '../../src/util/cidr';

const byId = (entries: FeedEntry[]) => new Map(entries.map((e) => [e.id, e]));
const sorted = (values: readonly string[]) => [...values].sort();

describe('feedEntries', () => {
  afterEach(() => TwilioCatalog.reset());
  const entries = feedEntries();
  const ids = byId(entries);
  const publicEdges = TwilioEdge.all().filter((e) => !e.isPrivateInterconnect);
  const ix = TwilioEdge.all().filter((e) => e.isPrivateInterconnect);

  test('GIVEN the catalog THEN every purpose has entries, ids are unique and the entries are sorted by id', () => {
    expect(new Set(entries.map((e) => e.purpose))).toEqual(new Set(PURPOSES));
    expect(ids.size).toBe(entries.length);
    expect(entries.map((e) => e.id)).toEqual([...entries.map((e) => e.id)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  test('the ids are stable, readable and name purpose, qualifier and protocol (inventory per purpose, as docs/feed.md lists them)', () => {
    const count = (purpose: string) => entries.filter((e) => e.purpose === purpose).length;
    expect(['media:sip:udp', 'media:voice-sdk:udp', 'insights:tcp', 'registration:tcp', 'sdk-assets:tcp', 'sip-signalling:tcp', 'sip-signalling:udp']
      .filter((id) => !ids.has(id))).toEqual([]);
    for (const edge of publicEdges) {
      expect(ids.has(`signalling:javascript:${edge.name}:tcp`)).toBe(true);
      expect(ids.has(`stun-turn:${edge.name}:udp`) && ids.has(`stun-turn:${edge.name}:tcp`)).toBe(true);
    }
    for (const edge of ix) {
      for (const id of [`interconnect-signalling:${edge.name}:tcp`, `interconnect-route:${edge.name}:bgp`, `interconnect-route:${edge.name}:vpn`,
        `sip-interconnect-gateway:${edge.name}:udp`, `sip-interconnect-gateway:${edge.name}:tcp`]) expect(ids.has(id)).toBe(true);
    }
    expect(count('insights')).toBe(1 + TwilioCatalog.twilioRegions().length);
    expect(count('stun-turn')).toBe(2 * publicEdges.length);
    expect(count('interconnect-route')).toBe(2 * ix.length);
  });

  test('media: Twilio\'s media CIDRs and UDP ports, egress for Voice SDK clients and both ways for SIP endpoints', () => {
    const m = TwilioCatalog.media();
    const sdk = ids.get('media:voice-sdk:udp')!;
    const sip = ids.get('media:sip:udp')!;
    for (const e of [sdk, sip]) expect([e.cidrs, e.protocol, e.ports]).toEqual([m.cidrs, 'udp', [{ fromPort: m.fromPort, toPort: m.toPort }]]);
    expect([sdk.direction, sip.direction]).toEqual(['egress', 'both']);
    expect(sdk.edges).toEqual(sorted(TwilioEdge.all().map((e) => e.name)));
    // Twilio offers no Global Low Latency for SIP
    expect(sip.edges).toEqual(sorted(TwilioEdge.all().filter((e) => e !== TwilioEdge.ROAMING).map((e) => e.name)));
  });

  test('Voice SDK clients are egress only: Twilio never opens a connection to them', () => {
    const sdkOnly = entries.filter((e) => !e.clients.includes('sip') && e.purpose !== 'interconnect-route');
    expect(sdkOnly.length).toBeGreaterThan(40);
    expect(new Set(sdkOnly.map((e) => e.direction))).toEqual(new Set(['egress']));
  });

  test('SIP signalling and SIP gateways go both ways, on Twilio\'s ports per protocol (UDP 5060; TCP 5060 and TLS 5061)', () => {
    const sip = entries.filter((e) => e.purpose === 'sip-signalling' || e.purpose === 'sip-interconnect-gateway');
    expect(new Set(sip.map((e) => e.direction))).toEqual(new Set(['both']));
    const ports = (protocol: string) => TwilioCatalog.sipPorts().filter((p) => p.protocol === protocol).map((p) => p.port).sort((a, b) => a - b);
    for (const e of sip) expect(e.ports!.map((p) => p.fromPort)).toEqual(ports(e.protocol!));
    for (const p of ['udp', 'tcp']) expect(ids.get(`sip-signalling:${p}`)!.cidrs).toEqual([...TwilioCatalog.sipSignalingCidrs()].sort(compareCidrs));
    for (const edge of ix) expect(ids.get(`sip-interconnect-gateway:${edge.name}:udp`)!.cidrs).toEqual(TwilioCatalog.edgeDefinition(edge).sipGatewayCidrs);
  });

  test('signalling: each SDK\'s host names on each public edge; roaming lists every public edge\'s JavaScript host (GLL reconnect)', () => {
    for (const edge of publicEdges) {
      for (const sdk of [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE]) {
        const s = TwilioCatalog.signaling(edge, sdk);
        const e = ids.get(`signalling:${sdk}:${edge.name}:tcp`)!;
        const reconnect = edge === TwilioEdge.ROAMING && sdk === VoiceSdk.JAVASCRIPT ? TwilioCatalog.gllReconnectHostnames() : [];
        const expected = [...s.hostnames, ...reconnect];
        expect([e.hosts, e.ports, e.cidrs]).toEqual([sorted([...new Set(expected)]), [{ fromPort: s.port, toPort: s.port }], undefined]);
      }
    }
  });

  test('stun-turn: each edge\'s NTS CIDRs and names, shared with the Interconnect edges serving it; roaming has every region\'s', () => {
    for (const edge of publicEdges) {
      const e = ids.get(`stun-turn:${edge.name}:udp`)!;
      expect(sorted(e.cidrs!)).toEqual(sorted(TwilioCatalog.ntsCidrs(edge)));
      expect(e.hosts).toEqual(sorted(TwilioCatalog.ntsHostnames(edge)));
      const served = ix.filter((x) => TwilioCatalog.edgeDefinition(x).servesPublicEdge === edge.name).map((x) => x.name);
      expect(e.edges).toEqual(sorted([edge.name, ...served]));
    }
    const all = TwilioCatalog.ntsRegions().flatMap((r) => r.cidrs);
    expect(sorted(ids.get('stun-turn:roaming:tcp')!.cidrs!)).toEqual(sorted([...new Set(all)]));
    expect(ids.get('stun-turn:roaming:tcp')!.ports!.map((p) => p.fromPort))
      .toEqual(TwilioCatalog.ntsPorts().filter((p) => p.protocol === 'tcp').map((p) => p.port).sort((a, b) => a - b));
  });

  test('interconnect-route: routing prefixes from the plan, no direction, protocol or ports; BGP entries carry Twilio\'s announcements', () => {
    for (const edge of ix) {
      for (const connection of [InterconnectConnection.BGP, InterconnectConnection.VPN]) {
        const e = ids.get(`interconnect-route:${edge.name}:${connection}`)!;
        const routes = TwilioNetworkPlan.compute({ edges: [edge], interconnectConnection: connection }).routes.map((r) => r.cidr!);
        expect(e.cidrs).toEqual(routes);
        expect([e.direction, e.protocol, e.ports, e.hosts, e.connection]).toEqual([undefined, undefined, undefined, undefined, connection]);
        if (connection === InterconnectConnection.BGP) {
          expect(e.announcements).toEqual(TwilioCatalog.edgeDefinition(edge).bgpPrefixes);
          expect(e.announcements!.map((a) => parseAnnouncement(a)!.cidr)).toEqual(expect.arrayContaining(e.cidrs!));
        } else {
          expect(sorted(e.cidrs!)).toEqual(sorted(TwilioCatalog.edgeDefinition(edge).vpnEncryptionDomain!));
          expect(e.announcements).toBeUndefined();
        }
      }
    }
  });

  test('every CIDR is canonical and Twilio\'s own (never aggregated): each is in the catalog as written', () => {
    const catalogCidrs = new Set([
      ...TwilioCatalog.media().cidrs, ...TwilioCatalog.sipSignalingCidrs(), ...TwilioCatalog.ntsRegions().flatMap((r) => r.cidrs),
      ...TwilioEdge.all().flatMap((e) => {
        const d = TwilioCatalog.edgeDefinition(e);
        const announced = (d.bgpPrefixes ?? []).map((p) => parseAnnouncement(p)!.cidr);
        return [...d.signalingCidrs ?? [], ...d.sipGatewayCidrs ?? [], ...d.vpnEncryptionDomain ?? [], ...announced];
      }),
    ]);
    const all = entries.flatMap((e) => e.cidrs ?? []);
    expect(all.filter((c) => !isCanonicalCidr(c) || !catalogCidrs.has(c))).toEqual([]);
  });

  test('every entry names its source page, and every source is the catalog\'s, with its dates', () => {
    const sources = feedSources(entries);
    expect(new Set(entries.map((e) => e.source))).toEqual(new Set(sources.map((s) => s.url)));
    for (const s of sources) {
      const { url, title, dateModified, checked } = TwilioCatalog.sourceOf(s.url)!;
      expect(s).toEqual({ url, title, dateModified, checked });
    }
    expect(sources.find((s) => s.dateModified)).toBeDefined();
  });

  test('a registered override reaches the feed (no value is written into src/feed), and reset() restores it', () => {
    const before = syncTokenOf(entries, feedSources(entries));
    // documentation-only addresses (RFC 5737): an override, not a Twilio fact
    TwilioCatalog.registerMedia({ ...TwilioCatalog.media(), cidrs: [...TwilioCatalog.media().cidrs, '198.51.100.0/24'] });
    const changed = feedEntries();
    expect(byId(changed).get('media:voice-sdk:udp')!.cidrs).toContain('198.51.100.0/24');
    expect(syncTokenOf(changed, feedSources(changed))).not.toBe(before);
    TwilioCatalog.reset();
    const again = feedEntries();
    expect(syncTokenOf(again, feedSources(again))).toBe(before);
  });

  test('src/feed and the feed command hold no Twilio address, host name or port (they come from the catalog)', () => {
    const root = path.join(__dirname, '..', '..', 'src');
    const files = [...fs.readdirSync(path.join(root, 'feed')).map((f) => path.join(root, 'feed', f)), path.join(root, 'cli', 'feed-command.ts')];
    const leaks = files.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').map((text, i) => ({ file: path.basename(file), line: i + 1, text }))
      .filter(({ text }) => /\b\d{1,3}(\.\d{1,3}){3}\b|twilio\.com|twiliocdn|\b(443|5060|5061|3478|5349|10000|60000|10194)\b/.test(text)));
    expect(leaks).toEqual([]);
  });
});
