// The feed's entries and sources, read from the catalog (and the plan, for Interconnect routes). No address, host
// or port is written here: every value comes from TwilioCatalog or TwilioNetworkPlan, so a registered override or
// a catalog update reaches the feed like every other output.
import { compareText } from './canonical';
import { FeedEntry, FeedPortRange, FeedSource } from './types';
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection, NetworkProtocol, VoiceSdk } from '../catalog/types';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { compareCidrs } from '../util/cidr';

const sortedText = (values: Iterable<string>): string[] => [...new Set(values)].sort(compareText);
const sortedCidrs = (values: Iterable<string>): string[] => [...new Set(values)].sort(compareCidrs);
const names = (edges: readonly TwilioEdge[]): string[] => sortedText(edges.map((e) => e.name));
const single = (port: number): FeedPortRange => ({ fromPort: port, toPort: port });
const byPort = (a: FeedPortRange, b: FeedPortRange) => a.fromPort - b.fromPort || a.toPort - b.toPort;

/** The entry with its optional fields in a fixed order and empty lists left out, so that equal content prints equally. */
function entry(e: FeedEntry): FeedEntry {
  const out: Record<string, unknown> = {
    id: e.id,
    purpose: e.purpose,
    description: e.description,
    clients: e.clients,
    edges: e.edges,
    direction: e.direction,
    protocol: e.protocol,
    ports: e.ports,
    connection: e.connection,
    cidrs: e.cidrs && e.cidrs.length > 0 ? sortedCidrs(e.cidrs) : undefined,
    announcements: e.announcements,
    hosts: e.hosts && e.hosts.length > 0 ? sortedText(e.hosts) : undefined,
    source: e.source,
    note: e.note,
  };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as unknown as FeedEntry;
}

/** Every requirement the catalog holds, sorted by id. */
export function feedEntries(): FeedEntry[] {
  const all = TwilioEdge.all();
  const ix = all.filter((e) => e.isPrivateInterconnect);
  const sipEdges = all.filter((e) => e !== TwilioEdge.ROAMING);
  return [...media(all, sipEdges), ...sdkServices(all), ...stunTurn(all), ...interconnect(ix), ...sip(sipEdges, ix)]
    .map(entry)
    .sort((a, b) => compareText(a.id, b.id));
}

function media(all: TwilioEdge[], sipEdges: TwilioEdge[]): FeedEntry[] {
  const m = TwilioCatalog.media();
  const common = { purpose: 'media' as const, protocol: NetworkProtocol.UDP, ports: [{ fromPort: m.fromPort, toPort: m.toPort }], cidrs: m.cidrs, source: m.sourceUrl };
  return [
    {
      ...common,
      id: 'media:voice-sdk:udp',
      description: 'Voice SDK media (SRTP, ICE) to Twilio.',
      clients: ['javascript', 'mobile'],
      edges: names(all),
      direction: 'egress',
      note: 'Twilio never opens connections to Voice SDK clients: allow the replies (a stateful firewall does), nothing inbound.',
    },
    {
      ...common,
      id: 'media:sip:udp',
      description: 'SIP media (RTP) between a SIP endpoint and Twilio.',
      clients: ['sip'],
      edges: names(sipEdges),
      direction: 'both',
      note: 'RTP flows both ways on every call (early media arrives before the endpoint sends); the endpoint\'s side uses its own RTP port range.',
    },
  ];
}

/** Signalling of each SDK on each public edge, Insights, push registration and the JavaScript SDK's sounds. */
function sdkServices(all: TwilioEdge[]): FeedEntry[] {
  const out: FeedEntry[] = [];
  const tcp = { protocol: NetworkProtocol.TCP, direction: 'egress' };
  for (const edge of all.filter((e) => !e.isPrivateInterconnect)) {
    for (const sdk of [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE]) {
      const s = TwilioCatalog.signaling(edge, sdk);
      if (s.hostnames.length === 0) continue;
      const roamingJs = sdk === VoiceSdk.JAVASCRIPT && edge === TwilioEdge.ROAMING;
      out.push({
        ...tcp,
        id: `signalling:${sdk}:${edge.name}:tcp`,
        purpose: 'signalling',
        description: `${sdk === VoiceSdk.JAVASCRIPT ? 'JavaScript' : 'Mobile'} Voice SDK signalling on ${edge.name}.`,
        clients: [sdk],
        edges: [edge.name],
        ports: [single(s.port)],
        hosts: roamingJs ? [...s.hostnames, ...TwilioCatalog.gllReconnectHostnames()] : s.hostnames,
        source: s.sourceUrl,
        note: roamingJs
          ? 'After connecting through roaming, the SDK may reconnect signalling to the edge the server names: every public edge\'s host is listed.'
          : sdk === VoiceSdk.MOBILE && s.hostnames.length > 1
            ? 'Twilio documents the first form of these names; the others are seen in mobile SDK builds and certificates. Allow all of them.'
            : undefined,
      });
    }
  }
  const insights = TwilioCatalog.insights();
  // the global Insights host for every client; the JavaScript SDK also posts to its account's home region's host
  const globalInsights = insights.hostnames[0];
  out.push({
    ...tcp,
    id: 'insights:tcp',
    purpose: 'insights',
    description: 'Insights call quality events from Voice SDK clients.',
    clients: ['javascript', 'mobile'],
    edges: names(all),
    ports: [single(insights.port)],
    hosts: [globalInsights],
    source: insights.sourceUrl,
  });
  for (const region of TwilioCatalog.twilioRegions()) {
    const home = TwilioCatalog.insights(region);
    out.push({
      ...tcp,
      id: `insights:home-${region}:tcp`,
      purpose: 'insights',
      description: `Insights events of the JavaScript SDK for accounts whose home Twilio Region is ${region}`
        + (region === TwilioCatalog.defaultHomeRegion() ? ' (most accounts).' : '.'),
      clients: ['javascript'],
      edges: names(all),
      ports: [single(home.port)],
      hosts: home.hostnames.filter((h) => h !== globalInsights),
      source: home.sourceUrl,
    });
  }
  const registration = TwilioCatalog.registration();
  const assets = TwilioCatalog.sdkAssets();
  out.push(
    {
      ...tcp,
      id: 'registration:tcp',
      purpose: 'registration',
      description: 'Push notification registration of the mobile Voice SDKs.',
      clients: ['mobile'],
      edges: names(all),
      ports: [single(registration.port)],
      hosts: registration.hostnames,
      source: registration.sourceUrl,
    },
    {
      ...tcp,
      id: 'sdk-assets:tcp',
      purpose: 'sdk-assets',
      description: 'Where the JavaScript Voice SDK downloads its sounds.',
      clients: ['javascript'],
      edges: names(all),
      ports: [single(assets.port)],
      hosts: assets.hostnames,
      source: assets.sourceUrl,
    },
  );
  return out;
}

/** STUN and TURN per public edge (roaming: every region's); an Interconnect edge shares the public edge it serves. */
function stunTurn(all: TwilioEdge[]): FeedEntry[] {
  const ports = TwilioCatalog.ntsPorts();
  const out: FeedEntry[] = [];
  for (const edge of all.filter((e) => !e.isPrivateInterconnect)) {
    const served = all.filter((e) => e.isPrivateInterconnect && TwilioCatalog.edgeDefinition(e).servesPublicEdge === edge.name);
    const cidrs = TwilioCatalog.ntsCidrs(edge);
    if (cidrs.length === 0) continue;
    for (const protocol of [NetworkProtocol.UDP, NetworkProtocol.TCP]) {
      const mine = ports.filter((p) => p.protocol === protocol);
      if (mine.length === 0) continue;
      out.push({
        id: `stun-turn:${edge.name}:${protocol}`,
        purpose: 'stun-turn',
        description: `STUN and TURN (Network Traversal Service) over ${protocol.toUpperCase()} for ${edge.name}${served.length ? ' and the Interconnect edges serving it' : ''}.`,
        clients: ['javascript', 'mobile'],
        edges: names([edge, ...served]),
        direction: 'egress',
        protocol,
        ports: mine.map((p) => single(p.port)).sort(byPort),
        cidrs,
        hosts: TwilioCatalog.ntsHostnames(edge),
        source: mine[0].sourceUrl,
        note: edge === TwilioEdge.ROAMING
          ? 'The global names may resolve to any region, including regions that are not Voice edges: every region\'s blocks are listed.'
          : 'A client pinned to this edge must use these names instead of the global ones that Network Traversal Service tokens return.',
      });
    }
  }
  return out;
}

/** Voice SDK signalling over each Interconnect edge, and the prefixes routed over it for each connection type. */
function interconnect(ix: TwilioEdge[]): FeedEntry[] {
  const out: FeedEntry[] = [];
  for (const edge of ix) {
    const def = TwilioCatalog.edgeDefinition(edge);
    const js = TwilioCatalog.signaling(edge, VoiceSdk.JAVASCRIPT);
    out.push({
      id: `interconnect-signalling:${edge.name}:tcp`,
      purpose: 'interconnect-signalling',
      description: `Voice SDK signalling over the Interconnect edge ${edge.name}.`,
      clients: ['javascript', 'mobile'],
      edges: [edge.name],
      direction: 'egress',
      protocol: NetworkProtocol.TCP,
      ports: [single(js.port)],
      cidrs: def.signalingCidrs ?? [],
      hosts: js.hostnames,
      source: def.sourceUrl,
      note: 'The host name is the JavaScript SDK\'s; Twilio publishes none for the mobile SDKs over Interconnect.',
    });
    for (const connection of [InterconnectConnection.BGP, InterconnectConnection.VPN]) {
      const routes = TwilioNetworkPlan.compute({ edges: [edge], interconnectConnection: connection }).routes;
      const bgp = connection === InterconnectConnection.BGP;
      out.push({
        id: `interconnect-route:${edge.name}:${connection}`,
        purpose: 'interconnect-route',
        description: `Prefixes routed over the Interconnect edge ${edge.name} on a ${bgp ? 'BGP (Cross Connect or exchange)' : 'policy-based VPN'} connection.`,
        clients: ['javascript', 'mobile', 'sip'],
        edges: [edge.name],
        connection,
        cidrs: routes.flatMap((r) => (r.cidr ? [r.cidr] : [])),
        announcements: bgp ? [...def.bgpPrefixes ?? []] : undefined,
        source: routes[0]?.sourceUrl ?? def.routingSourceUrl ?? def.sourceUrl,
        note: bgp
          ? 'Routing prefixes, not firewall rules: Twilio announces these (an announcement with le N also covers its more specific prefixes up to /N).'
          : 'Routing prefixes, not firewall rules: only these (the encryption domain) are reachable through Twilio\'s VPN.',
      });
    }
  }
  return out;
}

/** SIP signalling (every region's gateways, for every SIP edge) and each Interconnect edge's SIP gateways. */
function sip(sipEdges: TwilioEdge[], ix: TwilioEdge[]): FeedEntry[] {
  const ports = TwilioCatalog.sipPorts();
  const out: FeedEntry[] = [];
  const notes: Record<string, string> = {
    [NetworkProtocol.UDP]: 'Both ways: either side sends requests within a call, and a stateful firewall forgets a quiet dialog. '
      + 'Traffic Twilio opens goes to the endpoint\'s own SIP port.',
    [NetworkProtocol.TCP]: 'Twilio opens the connection for calls to the endpoint (origination: ingress, to its own SIP port) and the endpoint '
      + 'opens it for calls to Twilio (termination: egress); an endpoint that does only one needs only that direction. TLS uses the second port.',
  };
  for (const protocol of [NetworkProtocol.UDP, NetworkProtocol.TCP]) {
    const mine = ports.filter((p) => p.protocol === protocol);
    if (mine.length === 0) continue;
    const transports = mine.map((p) => p.transport!.toUpperCase()).join(' and ');
    out.push({
      id: `sip-signalling:${protocol}`,
      purpose: 'sip-signalling',
      description: `SIP signalling over ${transports} with every region's signalling gateways (Twilio asks to allow all of them, whatever the edge).`,
      clients: ['sip'],
      edges: names(sipEdges),
      direction: 'both',
      protocol,
      ports: mine.map((p) => single(p.port)).sort(byPort),
      cidrs: TwilioCatalog.sipSignalingCidrs(),
      source: mine[0].sourceUrl,
      note: notes[protocol],
    });
    for (const edge of ix) {
      const def = TwilioCatalog.edgeDefinition(edge);
      if (!def.sipGatewayCidrs?.length) continue;
      out.push({
        id: `sip-interconnect-gateway:${edge.name}:${protocol}`,
        purpose: 'sip-interconnect-gateway',
        description: `SIP signalling over ${transports} with the SIP gateways of the Interconnect edge ${edge.name}.`,
        clients: ['sip'],
        edges: [edge.name],
        direction: 'both',
        protocol,
        ports: mine.map((p) => single(p.port)).sort(byPort),
        cidrs: def.sipGatewayCidrs,
        source: def.sipSourceUrl ?? def.sourceUrl,
        note: notes[protocol],
      });
    }
  }
  return out;
}

/**
 * The pages the entries come from, with their dates, sorted by address. A page the catalog does not list (a
 * registered override's) appears under its address, checked when the catalog was.
 */
export function feedSources(entries: readonly FeedEntry[]): FeedSource[] {
  const known = TwilioCatalog.sources();
  return [...new Set(entries.map((e) => e.source))].sort(compareText).map((url) => {
    const s = known.find((k) => k.url === url) ?? { url, title: url, checked: TwilioCatalog.lastChecked() };
    return s.dateModified === undefined
      ? { url: s.url, title: s.title, checked: s.checked }
      : { url: s.url, title: s.title, dateModified: s.dateModified, checked: s.checked };
  });
}
