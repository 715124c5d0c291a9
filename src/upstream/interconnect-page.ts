import { PageFacts } from './page-facts';
import { edgeOf, edgePairsIn } from './private/edges';
import { FactsBuilder } from './private/facts-builder';
import { cleanText, sectionsOf } from './private/markdown';
import { cidrsIn } from './private/values';

/**
 * The docs path of the Interconnect overview (per-edge BGP prefixes and VPN encryption domains).
 *
 * @see https://www.twilio.com/docs/interconnect
 */
export const INTERCONNECT_PAGE = 'interconnect';

/** "Label: value" list items, the label in any case, with or without bold markers. */
const LABEL = /^\s*(?:[*+-]\s+)?([^:]{2,60}?)\s*:\s*(.*)$/;

/**
 * Reads the Interconnect overview: each `*-ix` edge's BGP prefixes and VPN encryption domain.
 *
 * Keys: `interconnect.bgp.<edge>` (values like `208.78.112.0/25`, `168.86.128.0/18 le 24`),
 * `interconnect.vpn.<edge>`, `edges.legacy-ids` (`ashburn-ix=us1-ix`). The edge comes from the
 * "Edge Location ID" item; `sau-paulo-ix` reads as `sao-paulo-ix`, and "singapore (sg1-ix)"
 * as `singapore-ix` (the legacy id decides when the name is not an Interconnect edge).
 *
 * @throws UpstreamParseError when the "IP details" section or its BGP/VPN items are gone
 */
export function parseInterconnectPage(markdown: string): PageFacts {
  const b: FactsBuilder = new FactsBuilder(INTERCONNECT_PAGE);
  const section = sectionsOf(markdown).find((s) => /ip details/i.test(s.title));
  b.require(section, "no heading 'Interconnect region's IP details'");
  let edge: string | undefined;
  const counts: Record<string, number> = { bgp: 0, vpn: 0 };
  for (const item of labelledItems(section.lines)) {
    if (/edge location id/i.test(item.label)) {
      const pair = edgePairsIn(item.value)[0];
      edge = pair?.edge ?? edgeOf(item.value);
      if (pair) b.add('edges.legacy-ids', `${pair.edge}=${pair.legacyId}`);
      continue;
    }
    const kind = /bgp prefix/i.test(item.label) ? 'bgp' : /encryption domain/i.test(item.label) ? 'vpn' : undefined;
    if (!kind) continue;
    b.require(edge, `'${item.label}' comes before any 'Twilio Edge Location ID'`);
    const cidrs = cidrsIn(item.value);
    b.require(cidrs.length > 0, `'${item.label}' of ${edge} lists no CIDR`);
    b.add(`interconnect.${kind}.${edge}`, ...cidrs);
    counts[kind]++;
  }
  b.require(counts.bgp > 0 && counts.vpn > 0, "no 'BGP Prefix' or no 'VPN (Policy Based) Encryption Domain' items under 'Interconnect region's IP details'");
  return b.build();
}

/**
 * The "Label: value" items in the lines; a value wrapped onto following lines (not an item, not a
 * heading, not blank) is joined back, so a re-flowed list reads the same.
 */
function labelledItems(lines: readonly string[]): Array<{ label: string; value: string }> {
  const items: Array<{ label: string; value: string }> = [];
  for (const raw of lines) {
    const line = cleanText(raw);
    const m = LABEL.exec(line);
    const last = items[items.length - 1];
    if (/^\s*#/.test(raw) || line === '') {
      items.push({ label: '', value: '' }); // a break: nothing continues across it
    } else if (m && (/^\s*[*+-]\s/.test(raw) || /^\s*(\*\*)?[^:]{2,60}:/.test(raw))) {
      items.push({ label: m[1], value: m[2] });
    } else if (last && last.label) {
      last.value += ' ' + line;
    }
  }
  return items.filter((i) => i.label);
}
