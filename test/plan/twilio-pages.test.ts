// Plans that follow Twilio's pages and the Voice JavaScript SDK's source where they are subtle: GLL reconnects,
// Insights hosts, TURN on pinned edges, Interconnect routes by connection, the SDK's edge ids (docs/catalog.md).
import * as fs from 'fs';
import * as path from 'path';
import { InterconnectConnection, TwilioCatalog, TwilioEdge, TwilioNetworkPlan, VoiceSdk } from '../../src';
import { AWS_SOURCES, TWILIO_SOURCES } from '../../src/catalog/sources';

const PUBLIC = ['ashburn', 'umatilla', 'dublin', 'frankfurt', 'sao-paulo', 'singapore', 'sydney', 'tokyo'];

describe('plans follow Twilio\'s pages', () => {
  test('GLL reconnects to the edge it landed on: roaming JavaScript clients resolve voice-js.{edge} of every public edge', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ROAMING], dnsFirewall: { blockOtherDomains: true } });
    for (const edge of PUBLIC) expect(plan.dnsFirewallRules[0].domains).toContain(`voice-js.${edge}.twilio.com`);
    expect(plan.dnsDomains).toContain('voice-js.roaming.twilio.com');
    // mobile-only GLL plans and pinned plans keep their own names only
    expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.ROAMING], sdks: [VoiceSdk.MOBILE] }).dnsDomains.filter((d) => d.startsWith('voice-js'))).toEqual([]);
    expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.TOKYO] }).dnsDomains.filter((d) => d.startsWith('voice-js'))).toEqual(['voice-js.tokyo.twilio.com']);
  });

  describe('home-region Insights', () => {
    test('homeRegion adds eventgw.{home}.twilio.com to the flows and the DNS names', () => {
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], homeRegion: 'ie1' });
      expect(plan.dnsDomains).toEqual(expect.arrayContaining(['eventgw.twilio.com', 'eventgw.ie1.twilio.com']));
      expect(plan.flows.find((f) => f.peer === 'eventgw.ie1.twilio.com')).toMatchObject({ kind: 'insights', protocol: 'tcp', fromPort: 443 });
      // homeRegion chooses the regional host instead of us1's
      expect(plan.dnsDomains.filter((d) => d.startsWith('eventgw'))).toEqual(['eventgw.ie1.twilio.com', 'eventgw.twilio.com']);
    });

    // The JavaScript SDK posts Insights to eventgw.{home}.twilio.com, home from the signalling server's connected
    // message (twilio-voice.js device.ts); us1 for most accounts (docs/choosing-an-edge.md).
    test('without homeRegion, eventgw.us1.twilio.com is allowed with eventgw.twilio.com', () => {
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], dnsFirewall: { blockOtherDomains: true } });
      expect(plan.dnsDomains.filter((d) => d.startsWith('eventgw'))).toEqual(['eventgw.twilio.com', 'eventgw.us1.twilio.com']);
      expect(TwilioCatalog.defaultHomeRegion()).toBe('us1');
      expect(TwilioCatalog.insights().hostnames).toEqual(['eventgw.twilio.com', 'eventgw.us1.twilio.com']);
      expect(TwilioCatalog.sources().map((x) => x.url)).toContain('https://github.com/twilio/twilio-voice.js/blob/34709fe/lib/twilio/device.ts');
    });

    test('an unknown value is an error naming the valid ones', () => {
      expect(() => TwilioNetworkPlan.compute({ homeRegion: 'eu1' })).toThrow(/^homeRegion must be a Twilio Region: one of us1, ie1, au1, got: 'eu1'\./);
      expect(TwilioCatalog.twilioRegions()).toEqual(['us1', 'ie1', 'au1']);
    });
  });

  test('no invented names: Interconnect edges list no mobile signalling hosts, and the plan says what is unknown', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.SYDNEY_IX], sdks: [VoiceSdk.MOBILE, VoiceSdk.JAVASCRIPT] });
    expect(plan.dnsDomains.filter((d) => d.startsWith('chunderm'))).toEqual([]);
    expect(plan.warnings.map((w) => w.id)).toEqual(['twilio-voice-network:interconnectMobileSignalingUnknown']);
  });

  describe('TURN on a pinned edge', () => {
    test('the notes say to rewrite global to the edge name; the DNS names are the edge\'s, not global.*', () => {
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], turnFallback: true });
      expect(plan.notes.join('\n')).toMatch(/Rewrite 'global' in the ICE server URLs to the edge name \(e\.g\. frankfurt\.stun\.twilio\.com, frankfurt\.turn\.twilio\.com\)/);
      expect(plan.dnsDomains).toEqual(expect.arrayContaining(['frankfurt.stun.twilio.com', 'frankfurt.turn.twilio.com']));
      expect(plan.dnsDomains.filter((d) => d.startsWith('global.'))).toEqual([]);
    });

    test('global.* only where the rules admit every region (roaming)', () => {
      const quotas = { securityGroupRulesPerDirection: 200, networkAclEntriesPerDirection: 40 };
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ROAMING], turnFallback: true, quotas });
      expect(plan.dnsDomains).toEqual(expect.arrayContaining(['global.stun.twilio.com', 'global.turn.twilio.com']));
      expect(plan.notes.join('\n')).not.toMatch(/Rewrite 'global'/);
    });
  });

  describe('Interconnect routes by connection type', () => {
    const routes = (edge: TwilioEdge, interconnectConnection?: InterconnectConnection) =>
      TwilioNetworkPlan.compute({ edges: [edge], interconnectConnection }).routes.map((r) => r.cidr);
    test.each<[TwilioEdge, InterconnectConnection | undefined, string[]]>([
      [TwilioEdge.ASHBURN_IX, undefined, ['168.86.128.0/18', '208.78.112.0/25']],
      [TwilioEdge.ASHBURN_IX, InterconnectConnection.BGP, ['168.86.128.0/18', '208.78.112.0/25']],
      [TwilioEdge.ASHBURN_IX, InterconnectConnection.VPN, ['168.86.160.0/21', '208.78.112.0/25']],
      [TwilioEdge.SAO_PAULO_IX, InterconnectConnection.BGP, ['159.183.255.0/24', '159.183.255.64/26', '168.86.175.0/24']],
      [TwilioEdge.SAO_PAULO_IX, InterconnectConnection.VPN, ['159.183.255.0/24', '168.86.175.0/24']],
      [TwilioEdge.LONDON_IX, InterconnectConnection.VPN, ['168.86.173.0/24', '185.187.132.0/25', '185.187.133.0/24']],
    ])('%s over %s', (edge, connection, expected) => {
      expect(routes(edge, connection)).toEqual(expected);
    });

    test('security group and ACL rules stay as they are: signalling CIDRs and the whole media range', () => {
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.SAO_PAULO_IX], interconnectConnection: InterconnectConnection.VPN });
      expect(plan.securityGroupRules.map((r) => r.cidr)).toEqual(['159.183.255.0/25', '168.86.128.0/18']);
    });

    test('a bad connection value names the enum', () => {
      expect(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN_IX], interconnectConnection: 'mpls' as any }))
        .toThrow("interconnectConnection must be InterconnectConnection.BGP or InterconnectConnection.VPN, got: 'mpls'.");
    });
  });

  test('Interconnect needs public source addresses: the notes say so, with the AWS pattern', () => {
    const notes = TwilioNetworkPlan.compute({ edges: [TwilioEdge.TOKYO_IX] }).notes.join('\n');
    expect(notes).toMatch(/globally unique \(no special-purpose range: not RFC 1918, not 100\.64\.0\.0\/10\) and announced by you/);
    expect(notes).toMatch(/private NAT gateway/);
    expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.TOKYO] }).notes.join('\n')).not.toMatch(/RFC 1918/);
  });

  test('the SDK\'s -tnx ids resolve as the SDK maps them', () => {
    expect(TwilioEdge.of('us1-tnx')).toBe(TwilioEdge.ASHBURN_IX);
    expect(TwilioEdge.of('US2-TNX')).toBe(TwilioEdge.ASHBURN_IX);
    expect(TwilioEdge.of('ie1-tnx')).toBe(TwilioEdge.LONDON_IX);
    expect(TwilioEdge.of('sg1-tnx')).toBe(TwilioEdge.SINGAPORE_IX);
    expect(() => TwilioEdge.of('jp1-tnx')).toThrow(/Unknown Twilio edge: 'jp1-tnx'\. Did you mean/);
  });

  test('one fact, one place: every source is used by a fact, and the dead data is gone', () => {
    const data = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'catalog', 'data.ts'), 'utf8');
    for (const key of Object.keys(TWILIO_SOURCES)) expect({ key, used: data.includes(`S.${key}.`) }).toEqual({ key, used: true });
    for (const key of Object.keys(AWS_SOURCES)) expect({ key, used: data.includes(`A.${key}.`) }).toEqual({ key, used: true });
    expect(data).not.toMatch(/clientPorts|wildcards|chunderw/);
    // the plan's ephemeral default is the catalog's client-port fact
    expect(TwilioNetworkPlan.compute({}).ephemeralPorts).toEqual(TwilioCatalog.clientEphemeralPorts());
  });

  test('sources carry their page date and when they were last checked', () => {
    expect(TwilioCatalog.sourceOf('https://www.twilio.com/docs/sip-trunking/ip-addresses')).toMatchObject({ dateModified: '2026-03-09', checked: '2026-11-28' });
    for (const s of TwilioCatalog.sources()) expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ix = TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX);
    expect(TwilioCatalog.sourceOf(ix.sourceUrl)?.title).toBe('Voice SDKs Network Connectivity Requirements');
  });
});
