// Requirements -> the flows a client must be able to open. Knows which Twilio facts apply to which choice.
import { HOSTS, NTS } from '../../catalog/data';
import { TwilioCatalog } from '../../catalog/twilio-catalog';
import { TwilioEdge } from '../../catalog/twilio-edge';
import { VoiceSdk } from '../../catalog/types';
import { NetworkProtocol, TwilioFlow, TwilioFlowKind } from '../types';
import { ports } from './rules';

export interface FlowChoices {
  readonly edges: readonly TwilioEdge[];
  readonly sdks: readonly VoiceSdk[];
  readonly publicServices: boolean;
  readonly insights: boolean;
  readonly legacyMobilePort: boolean;
  readonly turnFallback: boolean;
}

interface Draft {
  kind: TwilioFlowKind;
  protocol: NetworkProtocol;
  destination: string;
  hostname: boolean;
  fromPort: number;
  toPort: number;
  purpose: string;
  edge?: string;
  source: string;
}

export function flowId(kind: string, destination: string, protocol: string, fromPort: number, toPort: number): string {
  return `${kind}:${destination}:${protocol}-${ports(fromPort, toPort)}`;
}

/** Every flow for the choices, deduplicated by ID and sorted by ID. */
export function planFlows(c: FlowChoices): TwilioFlow[] {
  const drafts: Draft[] = [];
  const media = TwilioCatalog.media();
  const add = (d: Draft) => drafts.push(d);

  for (const edge of c.edges) {
    for (const cidr of media.cidrs) {
      add({
        kind: TwilioFlowKind.MEDIA,
        protocol: NetworkProtocol.UDP,
        destination: cidr,
        hostname: false,
        fromPort: media.fromPort,
        toPort: media.toPort,
        purpose: 'Voice media (SRTP/ICE)',
        edge: edge.name,
        source: media.source,
      });
    }
    if (edge.isPrivateInterconnect) {
      const def = TwilioCatalog.edgeDefinition(edge);
      for (const cidr of def.signalingCidrs ?? []) {
        add({
          kind: TwilioFlowKind.SIGNALING,
          protocol: NetworkProtocol.TCP,
          destination: cidr,
          hostname: false,
          fromPort: 443,
          toPort: 443,
          purpose: 'Voice SDK signalling over Interconnect (TLS)',
          edge: edge.name,
          source: def.source,
        });
      }
    } else {
      for (const sdk of c.sdks) {
        const signalingPorts = sdk === VoiceSdk.MOBILE && c.legacyMobilePort ? [HOSTS.mobile.port, HOSTS.mobile.legacyPort] : [443];
        for (const host of TwilioCatalog.signalingHostnames(edge, sdk)) {
          for (const port of signalingPorts) {
            add({
              kind: TwilioFlowKind.SIGNALING,
              protocol: NetworkProtocol.TCP,
              destination: host,
              hostname: true,
              fromPort: port,
              toPort: port,
              purpose: sdk === VoiceSdk.JAVASCRIPT ? 'JavaScript SDK signalling (WSS)' : `Mobile SDK signalling (TLS${port === HOSTS.mobile.legacyPort ? ', SDKs before 3.x' : ''})`,
              edge: edge.name,
              source: sdk === VoiceSdk.JAVASCRIPT ? HOSTS.voiceJs.source : HOSTS.mobile.source,
            });
          }
        }
      }
    }
    if (c.turnFallback) {
      for (const cidr of TwilioCatalog.ntsCidrs(edge)) {
        for (const p of NTS.ports) {
          add({
            kind: TwilioFlowKind.TURN,
            protocol: p.protocol as NetworkProtocol,
            destination: cidr,
            hostname: false,
            fromPort: p.port,
            toPort: p.port,
            purpose: p.purpose,
            edge: edge.name,
            source: NTS.source,
          });
        }
      }
    }
    if (c.publicServices) {
      const services: Array<[TwilioFlowKind, string, string, string]> = [];
      if (c.insights) services.push([TwilioFlowKind.INSIGHTS, HOSTS.insights.host, 'Insights call quality events', HOSTS.insights.source]);
      if (c.sdks.includes(VoiceSdk.MOBILE)) services.push([TwilioFlowKind.REGISTRATION, HOSTS.registration.host, 'Mobile push registration', HOSTS.registration.source]);
      if (c.sdks.includes(VoiceSdk.JAVASCRIPT)) {
        for (const h of HOSTS.jsAssets.hosts) services.push([TwilioFlowKind.SDK_ASSETS, h, 'JavaScript SDK sounds', HOSTS.jsAssets.source]);
      }
      for (const [kind, host, purpose, source] of services) {
        add({ kind, protocol: NetworkProtocol.TCP, destination: host, hostname: true, fromPort: 443, toPort: 443, purpose, edge: edge.name, source });
      }
    }
  }

  const byId = new Map<string, { draft: Draft; edges: Set<string> }>();
  for (const d of drafts) {
    const id = flowId(d.kind, d.destination, d.protocol, d.fromPort, d.toPort);
    const entry = byId.get(id) ?? { draft: d, edges: new Set<string>() };
    if (d.edge) entry.edges.add(d.edge);
    byId.set(id, entry);
  }
  const edgeOrder = TwilioEdge.all().map((e) => e.name);
  return [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, { draft: d, edges }]) => ({
      id,
      kind: d.kind,
      protocol: d.protocol,
      destination: d.destination,
      destinationIsHostname: d.hostname,
      fromPort: d.fromPort,
      toPort: d.toPort,
      purpose: d.purpose,
      edgeNames: [...edges].sort((a, b) => edgeOrder.indexOf(a) - edgeOrder.indexOf(b)),
      source: d.source,
    }));
}
