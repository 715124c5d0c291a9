// Requirements -> the flows that must be possible. Knows which Twilio facts apply to which choice; reads them
// through the catalog's facade only, so registered overrides apply.
import { TwilioCatalog } from '../../catalog/twilio-catalog';
import { TwilioEdge } from '../../catalog/twilio-edge';
import { NetworkProtocol, PortRange, VoiceSdk } from '../../catalog/types';
import { portLabel } from '../../util/text';
import { FlowDirection, TwilioFlow, TwilioFlowKind } from '../types';

export interface FlowChoices {
  readonly edges: readonly TwilioEdge[];
  readonly sdks: readonly VoiceSdk[];
  readonly publicServices: boolean;
  readonly insights: boolean;
  readonly homeRegion?: string;
  readonly legacyMobilePort: boolean;
  readonly turnFallback: boolean;
}

/** A flow before deduplication: one per (edge, destination, ports). */
export interface DraftFlow {
  readonly kind: TwilioFlowKind;
  readonly direction: FlowDirection;
  readonly protocol: NetworkProtocol;
  readonly destination: string;
  readonly hostname: boolean;
  readonly cidrSet?: string;
  readonly fromPort: number;
  readonly toPort: number;
  readonly sourcePorts?: PortRange;
  readonly purpose: string;
  readonly edge?: string;
  readonly source: string;
}

/** Names of the CIDR sets flows belong to; a managed prefix list can stand for each. */
export const CIDR_SETS = {
  media: 'media',
  nts: 'nts',
  interconnectSignaling: (edge: string) => `interconnect-signaling-${edge}`,
  sipSignaling: 'sip-signaling',
  sipGateways: (edge: string) => `sip-gateways-${edge}`,
  interconnectRoutes: (edge: string) => `interconnect-routes-${edge}`,
} as const;

export function flowId(kind: string, direction: FlowDirection, destination: string, protocol: string, fromPort: number, toPort: number): string {
  const id = `${kind}:${destination}:${protocol}-${portLabel(fromPort, toPort)}`;
  return direction === FlowDirection.INGRESS ? `ingress-${id}` : id;
}

/** Every SDK client flow for the choices (not yet deduplicated). */
export function sdkDrafts(c: FlowChoices): DraftFlow[] {
  const drafts: DraftFlow[] = [];
  const media = TwilioCatalog.media();
  const egress = FlowDirection.EGRESS;

  for (const edge of c.edges) {
    for (const cidr of media.cidrs) {
      drafts.push({
        kind: TwilioFlowKind.MEDIA,
        direction: egress,
        protocol: NetworkProtocol.UDP,
        destination: cidr,
        hostname: false,
        cidrSet: CIDR_SETS.media,
        fromPort: media.fromPort,
        toPort: media.toPort,
        purpose: 'Voice media (SRTP/ICE)',
        edge: edge.name,
        source: media.sourceUrl,
      });
    }
    if (edge.isPrivateInterconnect) {
      const def = TwilioCatalog.edgeDefinition(edge);
      const port = TwilioCatalog.signaling(edge, VoiceSdk.JAVASCRIPT).port;
      for (const cidr of def.signalingCidrs ?? []) {
        drafts.push({
          kind: TwilioFlowKind.SIGNALING,
          direction: egress,
          protocol: NetworkProtocol.TCP,
          destination: cidr,
          hostname: false,
          cidrSet: CIDR_SETS.interconnectSignaling(edge.name),
          fromPort: port,
          toPort: port,
          purpose: 'Voice SDK signalling over Interconnect (TLS)',
          edge: edge.name,
          source: def.sourceUrl,
        });
      }
    } else {
      for (const sdk of c.sdks) {
        const gateway = TwilioCatalog.signaling(edge, sdk);
        const legacy = sdk === VoiceSdk.MOBILE && c.legacyMobilePort ? [TwilioCatalog.legacyMobileSignalingPort()] : [];
        for (const host of gateway.hostnames) {
          for (const p of [gateway.port, ...legacy]) {
            drafts.push({
              kind: TwilioFlowKind.SIGNALING,
              direction: egress,
              protocol: NetworkProtocol.TCP,
              destination: host,
              hostname: true,
              fromPort: p,
              toPort: p,
              purpose: p === gateway.port ? gateway.purpose : gateway.purpose.replace(/\)$/, ', SDKs before 3.x)'),
              edge: edge.name,
              source: gateway.sourceUrl,
            });
          }
        }
      }
    }
    if (c.turnFallback) {
      for (const cidr of TwilioCatalog.ntsCidrs(edge)) {
        for (const p of TwilioCatalog.ntsPorts()) {
          drafts.push({
            kind: TwilioFlowKind.TURN,
            direction: egress,
            protocol: p.protocol,
            destination: cidr,
            hostname: false,
            cidrSet: CIDR_SETS.nts,
            fromPort: p.port,
            toPort: p.port,
            purpose: p.purpose,
            edge: edge.name,
            source: p.sourceUrl,
          });
        }
      }
    }
    const services = [];
    if (c.insights) services.push({ kind: TwilioFlowKind.INSIGHTS, service: TwilioCatalog.insights(c.homeRegion) });
    if (c.publicServices) {
      if (c.sdks.includes(VoiceSdk.MOBILE)) services.push({ kind: TwilioFlowKind.REGISTRATION, service: TwilioCatalog.registration() });
      if (c.sdks.includes(VoiceSdk.JAVASCRIPT)) services.push({ kind: TwilioFlowKind.SDK_ASSETS, service: TwilioCatalog.sdkAssets() });
    }
    for (const { kind, service } of services) {
      for (const host of service.hostnames) {
        drafts.push({
          kind,
          direction: egress,
          protocol: NetworkProtocol.TCP,
          destination: host,
          hostname: true,
          fromPort: service.port,
          toPort: service.port,
          purpose: service.purpose,
          edge: edge.name,
          source: service.sourceUrl,
        });
      }
    }
  }
  return drafts;
}

/** Drafts merged by ID (their edges joined), sorted by ID. */
export function mergeDrafts(drafts: readonly DraftFlow[]): TwilioFlow[] {
  const byId = new Map<string, { draft: DraftFlow; edges: Set<string> }>();
  for (const d of drafts) {
    const id = flowId(d.kind, d.direction, d.destination, d.protocol, d.fromPort, d.toPort);
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
      direction: d.direction,
      protocol: d.protocol,
      peer: d.destination,
      peerIsHostname: d.hostname,
      cidrSet: d.cidrSet,
      fromPort: d.fromPort,
      toPort: d.toPort,
      sourcePorts: d.sourcePorts,
      purpose: d.purpose,
      edgeNames: [...edges].sort((a, b) => edgeOrder.indexOf(a) - edgeOrder.indexOf(b)),
      sourceUrl: d.source,
    }));
}
