import * as fs from 'fs';
import * as path from 'path';
import { TwilioCatalog, TwilioEdge, TwilioFlowKind, TwilioNetworkPlan, VoiceSdk } from '../../src';
import { probeTargets } from '../../src/probe/targets';

const roaming = TwilioNetworkPlan.compute({});
const london = TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], turnFallback: true });
const frankfurtTurn = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE], turnFallback: true });

describe('probeTargets', () => {
  describe('GIVEN the default plan (GLL, JavaScript SDK, no TURN)', () => {
    const targets = probeTargets(roaming);

    test('THEN every non-wildcard DNS name of the plan is resolved once', () => {
      const dns = targets.filter((t) => t.check === 'dns').map((t) => t.host);
      expect(dns).toEqual(roaming.dnsDomains);
      expect(new Set(dns).size).toBe(dns.length);
    });

    test('THEN each hostname flow gets a TLS handshake with SNI on its port, tied to the flow and its edge', () => {
      const hostnameFlows = roaming.flows.filter((f) => f.peerIsHostname);
      expect(targets.filter((t) => t.check === 'tls')).toEqual(hostnameFlows.map((f) => ({
        check: 'tls', flow: f.id, edge: 'roaming', host: f.peer, port: f.fromPort, protocol: 'tcp',
      })));
    });

    test('THEN no STUN or TURN checks without TURN flows, and one not-checkable media target per media flow', () => {
      expect(targets.filter((t) => t.check === 'stun' || t.check === 'tcp')).toEqual([]);
      const media = roaming.flows.filter((f) => f.kind === TwilioFlowKind.MEDIA);
      expect(targets.filter((t) => t.check === 'media')).toEqual(media.map((f) => ({ check: 'media', flow: f.id, edge: 'roaming', protocol: 'udp' })));
    });

    test('THEN every target names a flow of the plan and an edge', () => {
      const ids = new Set(roaming.flows.map((f) => f.id));
      for (const t of targets) {
        expect(ids.has(t.flow)).toBe(true);
        expect(t.edge).toBe('roaming');
      }
    });

    test('THEN the names a GLL client reconnects to are checked under the GLL signalling flow', () => {
      const gllFlow = roaming.flows.find((f) => f.peer === TwilioCatalog.signalingHostnames(TwilioEdge.ROAMING, VoiceSdk.JAVASCRIPT)[0])!;
      for (const host of TwilioCatalog.gllReconnectHostnames()) {
        expect(targets.find((t) => t.check === 'dns' && t.host === host)?.flow).toBe(gllFlow.id);
      }
    });
  });

  describe('GIVEN an Interconnect edge with TURN', () => {
    const targets = probeTargets(london);
    const [jsHost] = TwilioCatalog.signalingHostnames(TwilioEdge.LONDON_IX, VoiceSdk.JAVASCRIPT);
    const signalingFlow = london.flows.find((f) => f.kind === TwilioFlowKind.SIGNALING)!;

    test('THEN the edge\'s signalling host must resolve into the edge\'s published signalling CIDRs', () => {
      expect(targets.find((t) => t.check === 'dns' && t.host === jsHost)).toEqual({
        check: 'dns',
        flow: signalingFlow.id,
        edge: 'london-ix',
        host: jsHost,
        protocol: 'udp',
        expectCidrs: TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX).signalingCidrs,
      });
    });

    test('THEN the CIDR signalling flow is checked with TLS to that host, on the flow\'s port', () => {
      expect(targets.filter((t) => t.check === 'tls')).toEqual([
        { check: 'tls', flow: signalingFlow.id, edge: 'london-ix', host: jsHost, port: signalingFlow.fromPort, protocol: 'tcp' },
      ]);
    });

    test('THEN STUN goes to the STUN host of the public edge it serves, and TURN TCP connects to its TURN host on every TCP port', () => {
      const [stunHost, turnHost] = TwilioCatalog.ntsHostnames(TwilioEdge.LONDON_IX);
      const udp = TwilioCatalog.ntsPorts().filter((p) => p.protocol === 'udp').map((p) => p.port);
      const tcp = TwilioCatalog.ntsPorts().filter((p) => p.protocol === 'tcp').map((p) => p.port).sort((a, b) => a - b);
      expect(targets.filter((t) => t.check === 'stun').map((t) => [t.host, t.port, t.protocol])).toEqual(udp.map((p) => [stunHost, p, 'udp']));
      expect(targets.filter((t) => t.check === 'tcp').map((t) => [t.host, t.port, t.protocol])).toEqual(tcp.map((p) => [turnHost, p, 'tcp']));
      // Each is tied to a TURN flow of the plan admitting that protocol and port.
      for (const t of targets.filter((x) => x.check === 'stun' || x.check === 'tcp')) {
        const flow = london.flows.find((f) => f.id === t.flow)!;
        expect([flow.kind, flow.protocol, flow.fromPort <= t.port! && t.port! <= flow.toPort, t.edge]).toEqual([TwilioFlowKind.TURN, t.protocol, true, 'london-ix']);
      }
      expect(targets.filter((t) => t.check === 'dns').map((t) => t.host)).toEqual(expect.arrayContaining([stunHost, turnHost]));
    });
  });

  test('checks run in a fixed order: DNS, TLS, TCP, STUN, media; by host and port within each', () => {
    const targets = probeTargets(frankfurtTurn);
    const kinds = targets.map((t) => t.check);
    expect([...new Set(kinds)]).toEqual(['dns', 'tls', 'tcp', 'stun', 'media']);
    const key = (t: { host?: string; port?: number }) => `${t.host} ${String(t.port).padStart(5, '0')}`;
    for (const kind of ['dns', 'tls', 'tcp']) {
      const keys = targets.filter((t) => t.check === kind).map(key);
      expect(keys).toEqual([...keys].sort());
    }
  });

  test('the same choices in any order give the same targets; a flow serving several edges names them all', () => {
    const plan = (edges: TwilioEdge[], sdks: VoiceSdk[]) => TwilioNetworkPlan.compute({ edges, sdks });
    const a = plan([TwilioEdge.LONDON_IX, TwilioEdge.FRANKFURT], [VoiceSdk.MOBILE, VoiceSdk.JAVASCRIPT]);
    const b = plan([TwilioEdge.FRANKFURT, TwilioEdge.LONDON_IX], [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE]);
    expect(probeTargets(a)).toEqual(probeTargets(b));
    expect(probeTargets(a).find((t) => t.check === 'media')?.edge).toBe('frankfurt+london-ix');
  });

  test('wildcard DNS domains are not resolved; the hostname flows still are', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], dnsWildcards: true });
    const dns = probeTargets(plan).filter((t) => t.check === 'dns').map((t) => t.host!);
    expect(dns.some((h) => h.includes('*'))).toBe(false);
    expect(dns).toEqual(plan.flows.filter((f) => f.peerIsHostname).map((f) => f.peer).sort());
  });

  test('an Interconnect plan for mobile clients still checks the edge\'s documented signalling host', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN_IX], sdks: [VoiceSdk.MOBILE] });
    const [host] = TwilioCatalog.signalingHostnames(TwilioEdge.ASHBURN_IX, VoiceSdk.JAVASCRIPT);
    expect(probeTargets(plan).filter((t) => t.host === host).map((t) => t.check)).toEqual(['dns', 'tls']);
  });

  test('targets.ts holds no Twilio hostname, port or address: everything comes from the plan or the catalog', () => {
    const code = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'probe', 'targets.ts'), 'utf8').split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line)).join('\n');
    expect(code).not.toMatch(/twilio\.com|twiliocdn|\b(443|3478|5349|10194)\b|\d+\.\d+\.\d+\.\d+/);
  });
});
