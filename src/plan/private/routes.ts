// Interconnect routes: exactly the prefixes Twilio makes reachable over the edge's connection type.
import { TwilioCatalog } from '../../catalog/twilio-catalog';
import { TwilioEdge } from '../../catalog/twilio-edge';
import { InterconnectConnection } from '../../catalog/types';
import { cidrContains, compareCidrs, parseAnnouncement } from '../../util/cidr';
import { TwilioRoute } from '../types';

/**
 * One route per prefix Twilio announces over BGP (a `le` announcement is routed as its covering prefix) or
 * encrypts over its policy-based VPN, for every Interconnect edge; identical prefixes of several edges become one
 * route. Never wider than Twilio's prefixes: routing all of 168.86.128.0/18 where Twilio serves only part of it
 * over the connection would blackhole the rest of the media range, including public-edge calls.
 */
export function planRoutes(edges: readonly TwilioEdge[], connection: InterconnectConnection): TwilioRoute[] {
  const media = TwilioCatalog.media().cidrs;
  const byCidr = new Map<string, { edges: string[]; purposes: Set<string>; source: string }>();
  for (const edge of edges.filter((e) => e.isPrivateInterconnect)) {
    const def = TwilioCatalog.edgeDefinition(edge);
    const prefixes = connection === InterconnectConnection.VPN
      ? def.vpnEncryptionDomain ?? []
      : (def.bgpPrefixes ?? []).map((p) => parseAnnouncement(p)!.cidr);
    for (const cidr of prefixes) {
      const entry = byCidr.get(cidr) ?? { edges: [], purposes: new Set<string>(), source: def.routingSourceUrl ?? def.sourceUrl };
      if (!entry.edges.includes(edge.name)) entry.edges.push(edge.name);
      const isMedia = media.some((m) => cidrContains(m, cidr) || cidrContains(cidr, m));
      entry.purposes.add(isMedia ? 'Voice media' : 'Interconnect signalling');
      byCidr.set(cidr, entry);
    }
  }
  return [...byCidr.entries()]
    .sort(([a], [b]) => compareCidrs(a, b))
    .map(([cidr, { edges: names, purposes, source }]) => ({ cidr, edgeNames: names, purpose: [...purposes].join(', '), sourceUrl: source }));
}
