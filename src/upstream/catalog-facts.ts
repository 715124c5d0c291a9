// Our side of the drift check: the catalog's facts, keyed the way the page parsers key Twilio's. Read through the
// catalog's facade, so facts registered at run time are what gets compared.
import { EDGE_LOCATIONS_PAGE } from './edge-locations-page';
import { INTERCONNECT_PAGE } from './interconnect-page';
import { NTS_REGIONS_PAGE } from './nts-regions-page';
import { definePageFacts, PageFacts } from './page-facts';
import { SIP_INTERCONNECT_PAGE } from './sip-interconnect-page';
import { SIP_IP_ADDRESSES_PAGE } from './sip-ip-addresses-page';
import { VOICE_SDK_NETWORK_PAGE } from './voice-sdk-network-page';
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { VoiceSdk } from '../catalog/types';

/**
 * Facts a page carries that the catalog deliberately does not hold, and why. They are left out of the comparison;
 * every other fact on a page, including any key the page gains later (a new region, a new edge), is compared.
 */
export const IGNORED_FACTS: Readonly<Record<string, ReadonlyArray<{ readonly fact: string; readonly why: string }>>> = {
  [VOICE_SDK_NETWORK_PAGE]: [
    { fact: 'signaling.js.legacy-hosts', why: 'chunderw* names are used only by JavaScript SDKs before 2.3.0 (1.x reached end of life on 2025-04-01); the library never opens them' },
  ],
  [NTS_REGIONS_PAGE]: [
    { fact: 'nts.relay-udp-ports', why: 'the TURN relay\'s peer ports are on Twilio\'s side; clients never connect to them, so no rule uses them' },
  ],
  [SIP_INTERCONNECT_PAGE]: [
    { fact: 'edges.legacy-ids', why: 'compared on the Voice SDK and Interconnect pages; this page also lists roaming as gll-ix, an id no other source uses' },
  ],
};

const portRange = (fromPort: number, toPort: number) => `${fromPort}-${toPort}`;
const address = (cidr: string) => cidr.replace(/\/32$/, '');

/** The catalog's facts, page by page, in the parsers' keys. */
export function catalogPageFacts(): PageFacts[] {
  const all = TwilioEdge.all();
  const publicEdges = all.filter((e) => !e.isPrivateInterconnect);
  const ix = all.filter((e) => e.isPrivateInterconnect);
  const media = TwilioCatalog.media();
  const mediaPorts = [portRange(media.fromPort, media.toPort)];
  const legacyIds = (edges: TwilioEdge[]) => edges.map((e) => `${e.name}=${e.legacyRegionId}`);
  const def = (e: TwilioEdge) => TwilioCatalog.edgeDefinition(e);
  const perEdge = (prefix: string, edges: TwilioEdge[], values: (e: TwilioEdge) => readonly string[] | undefined) =>
    Object.fromEntries(edges.map((e) => [`${prefix}.${e.name}`, [...(values(e) ?? [])]]));
  const sipPorts = TwilioCatalog.sipPorts().map((p) => `${p.protocol}/${p.port}`);
  // the page documents eventgw.twilio.com only; the home-region host comes from the SDK's source
  const insights = TwilioCatalog.insights().hostnames.slice(0, 1);
  const jsPort = TwilioCatalog.signaling(TwilioEdge.ROAMING, VoiceSdk.JAVASCRIPT).port;
  const mobilePort = TwilioCatalog.signaling(TwilioEdge.ROAMING, VoiceSdk.MOBILE).port;

  return [
    definePageFacts(VOICE_SDK_NETWORK_PAGE, {
      'media.cidrs': media.cidrs,
      'media.udp-ports': mediaPorts,
      'edges.legacy-ids': legacyIds(all),
      'signaling.js.hosts': [...publicEdges.flatMap((e) => TwilioCatalog.signalingHostnames(e, VoiceSdk.JAVASCRIPT)), ...insights],
      'signaling.js.ports': [`tcp/${jsPort}`],
      // the documented form only: the two observed forms are the catalog's own (low confidence) addition
      'signaling.mobile.hosts': [
        ...publicEdges.map((e) => TwilioCatalog.signalingHostnames(e, VoiceSdk.MOBILE)[0]), ...TwilioCatalog.registration().hostnames, ...insights,
      ],
      'signaling.mobile.ports': [`tcp/${mobilePort}`],
      'signaling.mobile.legacy-ports': [`tcp/${TwilioCatalog.legacyMobileSignalingPort()}`],
      'interconnect.media.cidrs': media.cidrs,
      'interconnect.media.udp-ports': mediaPorts,
      'interconnect.signaling-ports': [`tcp/${jsPort}`],
      ...perEdge('interconnect.signaling', ix, (e) => def(e).signalingCidrs),
    }),
    definePageFacts(NTS_REGIONS_PAGE, {
      ...Object.fromEntries(TwilioCatalog.ntsRegions().map((r) => [`nts.cidrs.${r.name}`, r.cidrs])),
      'nts.ports': TwilioCatalog.ntsPorts().map((p) => `${p.protocol}/${p.port}`),
    }),
    definePageFacts(INTERCONNECT_PAGE, {
      'edges.legacy-ids': legacyIds(ix),
      ...perEdge('interconnect.bgp', ix, (e) => def(e).bgpPrefixes),
      ...perEdge('interconnect.vpn', ix, (e) => def(e).vpnEncryptionDomain),
    }),
    definePageFacts(EDGE_LOCATIONS_PAGE, {
      'edges.public': publicEdges.map((e) => e.name),
      'edges.interconnect': ix.map((e) => e.name),
    }),
    definePageFacts(SIP_IP_ADDRESSES_PAGE, {
      'edges.legacy-ids': legacyIds(publicEdges),
      'sip.signaling.cidrs': TwilioCatalog.sipSignalingCidrs(),
      'sip.ports': sipPorts,
      'sip.media.cidrs': media.cidrs,
      'sip.media.udp-ports': mediaPorts,
    }),
    definePageFacts(SIP_INTERCONNECT_PAGE, {
      'edges.interconnect': ix.map((e) => e.name),
      'interconnect.media.cidrs': media.cidrs,
      'interconnect.media.udp-ports': mediaPorts,
      'sip.ports': sipPorts,
      ...perEdge('sip.interconnect-gateways', ix, (e) => def(e).sipGatewayCidrs?.map(address)),
    }),
  ];
}

/** A page's facts without the ones the catalog deliberately does not hold. */
export function withoutIgnored(facts: PageFacts): PageFacts {
  const ignored = new Set((IGNORED_FACTS[facts.page] ?? []).map((i) => i.fact));
  return { page: facts.page, facts: Object.fromEntries(Object.entries(facts.facts).filter(([k]) => !ignored.has(k))) };
}
