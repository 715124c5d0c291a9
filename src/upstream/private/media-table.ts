import { edgePairsIn } from './edges';
import { FactsBuilder } from './facts-builder';
import { findTable, linesOf } from './markdown';
import { cidrsIn, portRangeIn, protocolsIn } from './values';

/**
 * Reads a "Global Media IP Range" table (Voice SDK, SIP and SIP-over-Interconnect pages share it):
 * `<prefix>.cidrs`, `<prefix>.<protocol>-ports` and the `edges.legacy-ids` listed in its edge cell.
 *
 * Found by its column names anywhere on the page, because on the SIP Interconnect page it sits
 * under an unrelated heading after a bold caption.
 */
export function addMediaTable(b: FactsBuilder, markdown: string, prefix: string): void {
  const table = findTable(linesOf(markdown), [/edge locations?$/i, /^protocol$/i, /^destination ip/i, /^destination port/i]);
  b.require(table, "no media table with columns 'Edge Locations', 'Protocol', 'Destination IP Ranges' and 'Destination Port Range'");
  b.require(table.rows.length > 0, 'the media table has no rows');
  for (const row of table.rows) {
    const [edges, protocol, destination, ports] = table.columns.map((c) => row[c] ?? '');
    const cidrs = cidrsIn(destination);
    const portRange = portRangeIn(ports);
    const protocols = protocolsIn(protocol);
    b.require(cidrs.length > 0 && portRange && protocols.length > 0, `the media table row '${row.join(' | ')}' has no CIDR, port range or protocol`);
    b.add(`${prefix}.cidrs`, ...cidrs);
    protocols.forEach((p) => b.add(`${prefix}.${p}-ports`, portRange));
    b.add('edges.legacy-ids', ...edgePairsIn(edges).map((e) => `${e.edge}=${e.legacyId}`));
  }
}
