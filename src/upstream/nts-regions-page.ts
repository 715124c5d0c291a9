import { PageFacts } from './page-facts';
import { edgeInHeading, normalizeEdge, slugOf } from './private/edges';
import { FactsBuilder } from './private/facts-builder';
import { cleanText, findTable, linesOf, sectionsOf } from './private/markdown';
import { cidrsIn, portRangeIn, protocolsIn } from './private/values';

/**
 * The docs path of "STUN-TURN IP Addresses & Ports" (Network Traversal Service regions).
 *
 * @see https://www.twilio.com/docs/stun-turn/regions
 */
export const NTS_REGIONS_PAGE = 'stun-turn/regions';

/**
 * Reads the STUN/TURN page: each edge's CIDRs and the ports.
 *
 * Keys: `nts.cidrs.<edge>` (from every heading whose table has a "CIDR" column; the edge is the
 * heading's code span, else a known edge name, legacy id or place in it, else the heading's words),
 * `nts.ports` (`udp/3478`, `tcp/3478`, `tcp/443`, `tcp/5349`), and `nts.relay-udp-ports`
 * (`10000-60000`, from the sentence about relay ports; absent if that sentence is gone, which then
 * reports as `missing` rather than failing the parse, since it is prose, not a table).
 *
 * @throws UpstreamParseError when no CIDR table or no port table is found
 */
export function parseNtsRegionsPage(markdown: string): PageFacts {
  const b: FactsBuilder = new FactsBuilder(NTS_REGIONS_PAGE);
  const sections = sectionsOf(markdown);
  let regions = 0;
  for (const section of sections) {
    const table = findTable(section.ownLines, [/^cidr/i]);
    if (!table) continue;
    const edge = edgeNamed(section.rawTitle, section.title);
    const cidrs = table.rows.flatMap((row) => cidrsIn(row[table.columns[0]] ?? ''));
    b.require(cidrs.length > 0, `the CIDR table under '${section.title}' has no CIDRs`);
    b.add(`nts.cidrs.${edge}`, ...cidrs);
    regions++;
  }
  b.require(regions > 0, "no heading with a table of 'CIDR block' rows (the per-edge IP ranges)");

  const ports = sections
    .filter((s) => /ports/i.test(s.title))
    .map((s) => findTable(s.ownLines, [/^port$/i, /^protocol$/i]))
    .find((t) => t !== undefined);
  b.require(ports, "no table with columns 'Port' and 'Protocol' under a heading about ports");
  for (const row of ports.rows) {
    const port = portRangeIn(row[ports.columns[0]] ?? '');
    const protocols = protocolsIn(row[ports.columns[1]] ?? '');
    b.require(port && protocols.length > 0, `the port row '${row.join(' | ')}' has no port or protocol`);
    protocols.forEach((p) => b.add('nts.ports', `${p}/${port}`));
  }

  const relay = /relay ports[^.]*?between\s+(\d[\d,]*)\s+and\s+(\d[\d,]*)/i.exec(cleanText(linesOf(markdown).join(' ')));
  if (relay) b.add('nts.relay-udp-ports', portRangeIn(`${relay[1]}-${relay[2]}`)!);
  return b.build();
}

/** The edge a region heading names: "Australia `sydney` IP ranges" -> `sydney`. */
function edgeNamed(rawTitle: string, title: string): string {
  const code = /`([^`]+)`/.exec(rawTitle)?.[1];
  if (code) return normalizeEdge(code);
  return edgeInHeading(title, false) ?? slugOf(title.replace(/ip ranges?/i, ''));
}
