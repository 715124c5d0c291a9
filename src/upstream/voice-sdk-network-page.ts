import { PageFacts } from './page-facts';
import { edgeOf, edgePairsIn, slugOf } from './private/edges';
import { FactsBuilder } from './private/facts-builder';
import { findTable, sectionsOf } from './private/markdown';
import { addMediaTable } from './private/media-table';
import { cidrsIn, portRangeIn, protocolsIn } from './private/values';

/**
 * The docs path of "Voice SDKs Network Connectivity Requirements".
 *
 * @see https://www.twilio.com/docs/voice/sdks/network-connectivity-requirements
 */
export const VOICE_SDK_NETWORK_PAGE = 'voice/sdks/network-connectivity-requirements';

/**
 * Reads the Voice SDK connectivity page: media range and ports, signalling hosts and ports, Interconnect CIDRs.
 *
 * Keys: `media.cidrs`, `media.udp-ports`, `edges.legacy-ids` (`sydney=au1`, `ashburn-ix=us1-ix`),
 * `signaling.<sdk>.hosts` and `.legacy-hosts` (host names; templates such as
 * `voice-js.{edge-location}.twilio.com` expanded over the page's "one of" list; legacy = marked `*`,
 * used only by JS SDKs before 2.3.0), `signaling.<sdk>.ports` and `.legacy-ports` (`tcp/443`;
 * legacy = the parenthesised pre-3.x port) with `<sdk>` = `js` or `mobile`,
 * `interconnect.signaling.<edge>` (TCP CIDRs), `interconnect.signaling-ports`,
 * `interconnect.media.cidrs` and `interconnect.media.udp-ports` (the union over all `*-ix` rows).
 *
 * @throws UpstreamParseError when the media, signalling or Interconnect table is gone
 */
export function parseVoiceSdkNetworkPage(markdown: string): PageFacts {
  const b: FactsBuilder = new FactsBuilder(VOICE_SDK_NETWORK_PAGE);
  const sections = sectionsOf(markdown);
  addMediaTable(b, markdown, 'media');
  addSignalling(b, sections);
  addInterconnect(b, sections);
  return b.build();
}

function addSignalling(b: FactsBuilder, sections: ReturnType<typeof sectionsOf>): void {
  const section = sections.find((s) => /^signal+ing connectivity/i.test(s.title));
  b.require(section, "no heading 'Signalling connectivity requirements'");
  const table = findTable(section.lines, [/^protocol$/i, /^destination$/i, /^destination port$/i]);
  b.require(table, "no table with columns 'Protocol', 'Destination' and 'Destination Port' under 'Signalling connectivity requirements'");
  const [protocolCol, destinationCol, portCol] = table.columns;
  let sdk: string | undefined;
  for (const row of table.rows) {
    // A row with only its first cell filled names the SDK the rows below it apply to.
    if (row[0] && row.slice(1).every((c) => c === '')) {
      sdk = /javascript/i.test(row[0]) ? 'js' : /mobile/i.test(row[0]) ? 'mobile' : slugOf(row[0]);
      continue;
    }
    b.require(sdk, `the signalling row '${row.join(' | ')}' comes before any SDK row ('Voice JavaScript SDK', 'Mobile Voice SDKs')`);
    const hosts = hostsIn(row[destinationCol] ?? '');
    b.require(hosts.length > 0, `the signalling row '${row.join(' | ')}' names no twilio.com host`);
    hosts.forEach((h) => b.add(`signaling.${sdk}.${h.legacy ? 'legacy-hosts' : 'hosts'}`, h.host));
    const portCell = row[portCol] ?? '';
    // "443 (10194 §)": the parenthesised port is for pre-3.x mobile SDKs (the § footnote).
    const port = portRangeIn(portCell.replace(/\([^)]*\)/g, ''));
    const legacyPorts = [...portCell.matchAll(/\(\s*(\d+)[^)]*\)/g)].map((m) => m[1]);
    const protocols = protocolsIn(row[protocolCol] ?? '');
    b.require(port && protocols.length > 0, `the signalling row '${row.join(' | ')}' has no protocol or port`);
    for (const p of protocols) {
      b.add(`signaling.${sdk}.ports`, `${p}/${port}`);
      legacyPorts.forEach((l) => b.add(`signaling.${sdk}.legacy-ports`, `${p}/${l}`));
    }
  }
}

/** Host names in a destination cell; `{name}` templates expand over a following "{Where name is one of: a, b}". */
function hostsIn(cell: string): Array<{ host: string; legacy: boolean }> {
  const choices = new Map<string, string[]>();
  const text = cell.replace(/\{\s*where\s+([a-z-]+)\s+is\s+one\s+of\s*:?([^}]*)\}/gi, (_, name: string, list: string) => {
    choices.set(name.toLowerCase(), list.toLowerCase().split(/[\s,.;]+/).filter((w) => /^[a-z0-9-]+$/.test(w) && w !== 'and' && w !== 'or'));
    return ' ';
  });
  return [...text.matchAll(/([a-z0-9{}-]+(?:\.[a-z0-9{}-]+)*\.twilio\.com)(\*?)/gi)].flatMap((m) => {
    const host = m[1].toLowerCase();
    const variable = /\{([a-z-]+)\}/.exec(host)?.[1];
    const expanded = variable && choices.has(variable) ? choices.get(variable)!.map((c) => host.replace(`{${variable}}`, c)) : [host];
    return expanded.map((h) => ({ host: h, legacy: m[2] === '*' }));
  });
}

function addInterconnect(b: FactsBuilder, sections: ReturnType<typeof sectionsOf>): void {
  const wanted = [/^edge location$/i, /^protocol$/i, /^destination$/i, /^destination port$/i];
  const table = sections
    .filter((s) => /interconnect/i.test(s.title))
    .map((s) => findTable(s.ownLines, wanted))
    .find((t) => t !== undefined);
  b.require(table, "no table with columns 'Edge Location', 'Protocol', 'Destination' and 'Destination Port' under an Interconnect heading");
  const [edgeCol, protocolCol, destinationCol, portCol] = table.columns;
  let edge: string | undefined;
  for (const row of table.rows) {
    // An empty edge cell continues the edge above (each edge has a TCP row and a UDP row).
    if (row[edgeCol]) {
      const pair = edgePairsIn(row[edgeCol])[0];
      edge = pair?.edge ?? edgeOf(row[edgeCol].replace(/[*†‡§]/g, ''));
      if (pair) b.add('edges.legacy-ids', `${pair.edge}=${pair.legacyId}`);
    }
    b.require(edge, `the Interconnect row '${row.join(' | ')}' comes before any edge`);
    const cidrs = cidrsIn(row[destinationCol] ?? '');
    const port = portRangeIn(row[portCol] ?? '');
    const protocols = protocolsIn(row[protocolCol] ?? '');
    b.require(cidrs.length > 0 && port && protocols.length > 0, `the Interconnect row '${row.join(' | ')}' has no CIDR, protocol or port`);
    for (const p of protocols) {
      // TCP rows are the signalling gateways (443); UDP rows the shared media range.
      if (p === 'tcp') {
        b.add(`interconnect.signaling.${edge}`, ...cidrs);
        b.add('interconnect.signaling-ports', `tcp/${port}`);
      } else {
        b.add('interconnect.media.cidrs', ...cidrs);
        b.add(`interconnect.media.${p}-ports`, port);
      }
    }
  }
}
