// Plan -> probe targets: how each flow of a plan is checked without placing a call. Framework-free, and free of
// Twilio literals: every hostname, port and CIDR comes from the plan or the catalog facade.
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { NetworkProtocol, VoiceSdk } from '../catalog/types';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { FlowDirection, TwilioFlow, TwilioFlowKind } from '../plan/types';
import { ProbeCheckKind, ProbeTarget } from './runtime/types';

/** The order checks are listed in: names first (everything else depends on them), then connections, then media. */
const CHECK_ORDER: ProbeCheckKind[] = ['dns', 'tls', 'tcp', 'stun', 'media'];

/**
 * The checks that verify a plan from inside the network, without placing a call.
 *
 * - `dns`: every hostname of the plan (its hostname flows, its non-wildcard DNS domains, and the STUN/TURN hosts it
 *   probes). For an Interconnect edge also the JavaScript SDK's signalling host of that edge, whose addresses must
 *   fall in the edge's published signalling CIDRs (`expectCidrs`): an answer outside them means the name resolves
 *   to the public edge and the traffic would not cross the Interconnect.
 * - `tls`: a verified handshake, with SNI, to each hostname flow on its port; for an Interconnect edge, to the edge's
 *   signalling host, which Twilio documents for the edge's signalling CIDRs.
 * - `stun` and `tcp` (plans with TURN flows only): a STUN Binding request over UDP to each edge's STUN host, and TCP
 *   connects to its TURN host on every TCP port of the Network Traversal Service.
 * - `media`: one per media flow, reported as not checkable (media servers answer only during a call).
 *
 * - with `stunAlways` (the CLI's probe), plans without TURN flows get an advisory STUN Binding check per edge as well:
 *   the SDKs gather STUN candidates whether or not TURN is allowed, but these rules admit Twilio's STUN servers only
 *   with TURN, so a failure is a warning, not a failed check.
 *
 * Every target carries the ID of the plan flow it checks and the edge(s) of that flow (`a+b` when the flow serves
 * several edges). The order is deterministic: by check kind, then host, port and flow.
 *
 * @param plan the plan to verify
 * @param options `stunAlways`: add the advisory STUN checks described above
 */
export function probeTargets(plan: TwilioNetworkPlan, options: { stunAlways?: boolean } = {}): ProbeTarget[] {
  // Twilio never opens connections to SDK clients, and an inbound flow cannot be proved from inside anyway.
  const flows = plan.flows.filter((f) => f.direction === FlowDirection.EGRESS);
  const targets: ProbeTarget[] = [];
  const dnsNames = new Map<string, { flow: TwilioFlow; edge: string; expectCidrs?: string[] }>();
  const addName = (host: string, flow: TwilioFlow, edge: string, expectCidrs?: string[]): void => {
    if (!dnsNames.has(host)) dnsNames.set(host, { flow, edge, expectCidrs });
  };

  // Hostname flows: the name must resolve and the service must complete a TLS handshake for it (every Twilio service
  // published by name is reached over TLS: WSS signalling, HTTPS, TLS to the mobile gateways).
  for (const f of flows.filter((x) => x.peerIsHostname)) {
    addName(f.peer, f, edgeOf(f));
    if (f.protocol === NetworkProtocol.TCP) {
      targets.push({ check: 'tls', flow: f.id, edge: edgeOf(f), host: f.peer, port: f.fromPort, protocol: 'tcp' });
    }
  }

  // Interconnect signalling is planned by CIDR; Twilio documents the edge's JavaScript SDK host for those CIDRs.
  for (const edge of plan.edges.filter((e) => e.isPrivateInterconnect)) {
    // The SDK signalling flow is the one to the edge's signalling CIDRs (not, say, SIP to its gateways).
    const cidrs = TwilioCatalog.edgeDefinition(edge).signalingCidrs ?? [];
    const flow = flows.find((f) => f.kind === TwilioFlowKind.SIGNALING && !f.peerIsHostname && f.edgeNames.includes(edge.name)
      && cidrs.includes(f.peer));
    if (!flow) continue;
    for (const host of TwilioCatalog.signalingHostnames(edge, VoiceSdk.JAVASCRIPT)) {
      addName(host, flow, edge.name, cidrs.length > 0 ? cidrs : undefined);
      targets.push({ check: 'tls', flow: flow.id, edge: edge.name, host, port: flow.fromPort, protocol: 'tcp' });
    }
  }

  // STUN/TURN: Twilio's hosts for each edge, on the ports the plan admits.
  const turn = flows.filter((f) => f.kind === TwilioFlowKind.TURN);
  if (turn.length > 0) targets.push(...ntsTargets(plan.edges, turn, addName));
  else if (options.stunAlways && plan.sdks.length > 0) targets.push(...advisoryStunTargets(plan.edges));

  // Names clients resolve without a flow of their own (e.g. the edges a GLL client may reconnect to).
  for (const host of plan.dnsDomains.filter((d) => !d.includes('*'))) {
    const flow = flowForName(host, plan, flows);
    if (flow) addName(host, flow, edgeOf(flow));
  }

  for (const [host, { flow, edge, expectCidrs }] of dnsNames) {
    targets.push({ check: 'dns', flow: flow.id, edge, host, protocol: 'udp', ...(expectCidrs ? { expectCidrs: [...expectCidrs] } : {}) });
  }
  for (const f of flows.filter((x) => x.kind === TwilioFlowKind.MEDIA)) {
    targets.push({ check: 'media', flow: f.id, edge: edgeOf(f), protocol: f.protocol === NetworkProtocol.TCP ? 'tcp' : 'udp' });
  }
  return targets.sort(compareTargets);
}

/** One STUN target and the TURN TCP targets per edge with TURN flows. */
function ntsTargets(
  edges: readonly TwilioEdge[], turn: readonly TwilioFlow[], addName: (host: string, flow: TwilioFlow, edge: string) => void,
): ProbeTarget[] {
  const ports = TwilioCatalog.ntsPorts();
  const udpPort = ports.find((p) => p.protocol === NetworkProtocol.UDP)?.port;
  const tcpPorts = [...new Set(ports.filter((p) => p.protocol === NetworkProtocol.TCP).map((p) => p.port))];
  const out: ProbeTarget[] = [];
  for (const edge of edges) {
    const mine = turn.filter((f) => f.edgeNames.includes(edge.name));
    // The flow admitting `port`: the TURN flows are per CIDR, and any of them stands for the edge's rule.
    const admitting = (protocol: NetworkProtocol, port: number): TwilioFlow | undefined =>
      mine.find((f) => f.protocol === protocol && f.fromPort <= port && port <= f.toPort);
    const [stunHost, turnHost] = TwilioCatalog.ntsHostnames(edge);
    const stunFlow = udpPort === undefined ? undefined : admitting(NetworkProtocol.UDP, udpPort);
    if (stunHost && stunFlow) {
      addName(stunHost, stunFlow, edge.name);
      out.push({ check: 'stun', flow: stunFlow.id, edge: edge.name, host: stunHost, port: udpPort, protocol: 'udp' });
    }
    for (const port of turnHost ? tcpPorts : []) {
      const flow = admitting(NetworkProtocol.TCP, port);
      if (!flow) continue;
      addName(turnHost, flow, edge.name);
      out.push({ check: 'tcp', flow: flow.id, edge: edge.name, host: turnHost, port, protocol: 'tcp' });
    }
  }
  return out;
}

/**
 * One advisory STUN Binding check per edge, to the edge's STUN host on the UDP port of the Network Traversal Service,
 * for plans that admit no STUN; its flow ID names what it checks, as no plan flow does.
 */
function advisoryStunTargets(edges: readonly TwilioEdge[]): ProbeTarget[] {
  const udpPort = TwilioCatalog.ntsPorts().find((p) => p.protocol === NetworkProtocol.UDP)?.port;
  if (udpPort === undefined) return [];
  const byHost = new Map<string, string[]>();
  for (const edge of edges) {
    const [stunHost] = TwilioCatalog.ntsHostnames(edge);
    if (stunHost) byHost.set(stunHost, [...(byHost.get(stunHost) ?? []), edge.name]);
  }
  return [...byHost].map(([host, names]) => ({
    check: 'stun' as const, flow: `stun:${host}:udp-${udpPort}`, edge: names.join('+'), host, port: udpPort, protocol: 'udp' as const, advisory: true,
  }));
}

/**
 * The flow a DNS name without a hostname flow of its own belongs to: the signalling flow of the GLL host for the
 * edges a GLL client reconnects to, the signalling flow of the Interconnect edge whose host it is, the TURN flows of
 * the edge whose STUN/TURN host it is; else the first signalling flow.
 */
function flowForName(host: string, plan: TwilioNetworkPlan, flows: readonly TwilioFlow[]): TwilioFlow | undefined {
  const byHost = flows.find((f) => f.peerIsHostname && f.peer === host);
  if (byHost) return byHost;
  if (TwilioCatalog.gllReconnectHostnames().includes(host)) {
    const gll = TwilioCatalog.signalingHostnames(TwilioEdge.ROAMING, VoiceSdk.JAVASCRIPT);
    const flow = flows.find((f) => f.peerIsHostname && gll.includes(f.peer));
    if (flow) return flow;
  }
  for (const edge of plan.edges) {
    const sdkHosts = [...TwilioCatalog.signalingHostnames(edge, VoiceSdk.JAVASCRIPT), ...TwilioCatalog.signalingHostnames(edge, VoiceSdk.MOBILE)];
    const kind = sdkHosts.includes(host) ? TwilioFlowKind.SIGNALING
      : TwilioCatalog.ntsHostnames(edge).includes(host) ? TwilioFlowKind.TURN : undefined;
    const flow = kind && flows.find((f) => f.kind === kind && f.edgeNames.includes(edge.name));
    if (flow) return flow;
  }
  return flows.find((f) => f.kind === TwilioFlowKind.SIGNALING) ?? flows[0];
}

/** The metrics dimension of a flow: its edge, or its edges joined with `+` when it serves several. */
function edgeOf(flow: TwilioFlow): string {
  return flow.edgeNames.join('+');
}

function compareTargets(a: ProbeTarget, b: ProbeTarget): number {
  return CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check)
    || compareText(a.host ?? '', b.host ?? '')
    || (a.port ?? 0) - (b.port ?? 0)
    || compareText(a.flow, b.flow);
}

/** Code-unit order, not the locale's, so that the order is the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
