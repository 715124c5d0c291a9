import { EDGE_LOCATIONS_PAGE, parseEdgeLocationsPage } from './edge-locations-page';
import { INTERCONNECT_PAGE, parseInterconnectPage } from './interconnect-page';
import { NTS_REGIONS_PAGE, parseNtsRegionsPage } from './nts-regions-page';
import { PageFacts } from './page-facts';
import { parseSipInterconnectPage, SIP_INTERCONNECT_PAGE } from './sip-interconnect-page';
import { parseSipIpAddressesPage, SIP_IP_ADDRESSES_PAGE } from './sip-ip-addresses-page';
import { parseVoiceSdkNetworkPage, VOICE_SDK_NETWORK_PAGE } from './voice-sdk-network-page';

/**
 * A Twilio docs page the drift check reads, and how to read it.
 */
export interface UpstreamPage {
  /** The docs path, e.g. `stun-turn/regions`. */
  readonly path: string;

  /** Where Twilio serves the page as Markdown: `https://www.twilio.com/docs/<path>.md`. */
  readonly markdownUrl: string;

  /** Reads the page's facts; throws `UpstreamParseError` when the page's layout is no longer understood. */
  parse(markdown: string): PageFacts;
}

function page(path: string, parse: (markdown: string) => PageFacts): UpstreamPage {
  return { path, markdownUrl: `https://www.twilio.com/docs/${path}.md`, parse };
}

/**
 * Every Twilio docs page the catalog's facts come from, with its parser.
 */
export const UPSTREAM_PAGES: readonly UpstreamPage[] = [
  page(VOICE_SDK_NETWORK_PAGE, parseVoiceSdkNetworkPage),
  page(NTS_REGIONS_PAGE, parseNtsRegionsPage),
  page(INTERCONNECT_PAGE, parseInterconnectPage),
  page(EDGE_LOCATIONS_PAGE, parseEdgeLocationsPage),
  page(SIP_IP_ADDRESSES_PAGE, parseSipIpAddressesPage),
  page(SIP_INTERCONNECT_PAGE, parseSipInterconnectPage),
];
