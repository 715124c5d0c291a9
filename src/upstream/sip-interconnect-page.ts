import { PageFacts } from './page-facts';
import { edgeInHeading, normalizeEdge, slugOf } from './private/edges';
import { FactsBuilder } from './private/facts-builder';
import { findTable, linesOf, sectionsOf } from './private/markdown';
import { addMediaTable } from './private/media-table';
import { addressesIn, portListIn } from './private/values';

/**
 * The docs path of "Configure your Trunk using Twilio Interconnect".
 *
 * @see https://www.twilio.com/docs/sip-trunking/configure-with-interconnect
 */
export const SIP_INTERCONNECT_PAGE = 'sip-trunking/configure-with-interconnect';

/**
 * Reads the SIP-over-Interconnect page: each `*-ix` edge's SIP gateways, the ports, the media range.
 *
 * Keys: `sip.interconnect-gateways.<edge>` (bare addresses such as `208.78.112.64`; a `/32` on the
 * page reads the same), `sip.ports`, `interconnect.media.cidrs`, `interconnect.media.udp-ports`,
 * `edges.legacy-ids` (`sydney-ix=au1-ix`, `roaming=gll-ix`), `edges.interconnect` (the edges in
 * the termination URI table). Gateway headings name places ("North America Virginia"), mapped to
 * edges (Virginia -> `ashburn-ix`); a place we don't know keeps its words as the key suffix so its
 * addresses still report as new.
 *
 * @throws UpstreamParseError when the termination table, media table or gateway section is gone
 */
export function parseSipInterconnectPage(markdown: string): PageFacts {
  const b: FactsBuilder = new FactsBuilder(SIP_INTERCONNECT_PAGE);
  const sections = sectionsOf(markdown);
  addMediaTable(b, markdown, 'interconnect.media');

  const termination = findTable(linesOf(markdown), [/termination sip uri/i]);
  b.require(termination, "no table with a 'Termination SIP URI' column");
  const edges = termination.rows
    .map((row) => /\.pstn\.([a-z0-9-]+)\.twilio\.com/i.exec(row[termination.columns[0]] ?? '')?.[1])
    .filter((e): e is string => e !== undefined);
  b.require(edges.length > 0, "the 'Termination SIP URI' table has no '{example}.pstn.<edge>.twilio.com' rows");
  b.add('edges.interconnect', ...edges.map(normalizeEdge));

  const gateways = sections.filter((s) => /gateways/i.test(s.title) && addressesIn(s.ownLines.join('\n')).length > 0);
  b.require(gateways.length > 0, "no '... Interconnect Gateways' heading with addresses under it");
  for (const section of gateways) {
    const text = section.ownLines.join('\n');
    const edge = edgeInHeading(section.title, true) ?? slugOf(section.title.replace(/(interconnect\s+)?gateways/i, ''));
    b.add(`sip.interconnect-gateways.${edge}`, ...addressesIn(text));
    const ports = linesOf(text).filter((l) => /ports?\s*:/i.test(l)).flatMap(portListIn);
    b.require(ports.length > 0, `no 'Ports: ...' line under '${section.title}'`);
    b.add('sip.ports', ...ports);
  }
  return b.build();
}
