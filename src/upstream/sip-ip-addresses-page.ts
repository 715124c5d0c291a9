import { PageFacts } from './page-facts';
import { FactsBuilder } from './private/facts-builder';
import { linesOf, sectionsOf } from './private/markdown';
import { addMediaTable } from './private/media-table';
import { cidrsIn, portListIn } from './private/values';

/**
 * The docs path of "IP Addresses for Elastic SIP Trunking Services".
 *
 * @see https://www.twilio.com/docs/sip-trunking/ip-addresses
 */
export const SIP_IP_ADDRESSES_PAGE = 'sip-trunking/ip-addresses';

/**
 * Reads the SIP Trunking IP page: the signalling /30s and ports, and the media range and ports.
 *
 * Keys: `sip.signaling.cidrs` (every regional /30 in one list, because Twilio asks to allow all of
 * them whichever edge a number uses), `sip.ports` (`udp/5060`, `tcp/5060`, `tcp/5061`; TLS is TCP),
 * `sip.media.cidrs`, `sip.media.udp-ports`, `edges.legacy-ids` (from the media table).
 *
 * @throws UpstreamParseError when the media table or the signalling section is gone
 */
export function parseSipIpAddressesPage(markdown: string): PageFacts {
  const b: FactsBuilder = new FactsBuilder(SIP_IP_ADDRESSES_PAGE);
  addMediaTable(b, markdown, 'sip.media');
  const section = sectionsOf(markdown).find((s) => /signal+ing/i.test(s.title));
  b.require(section, "no heading about signalling IP gateways ('Regional signaling IP gateways')");
  // The /30s and ports sit in code blocks under one heading per region; read them as plain text.
  const text = section.lines.join('\n');
  const cidrs = cidrsIn(text);
  const ports = linesOf(text).filter((l) => /ports?\s*:/i.test(l)).flatMap(portListIn);
  b.require(cidrs.length > 0, "no CIDRs under 'Regional signaling IP gateways'");
  b.require(ports.length > 0, "no 'Ports: 5060 (UDP/TCP), ...' line under 'Regional signaling IP gateways'");
  b.add('sip.signaling.cidrs', ...cidrs);
  b.add('sip.ports', ...ports);
  return b.build();
}
