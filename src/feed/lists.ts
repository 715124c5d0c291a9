// The plain-text lists firewalls read (one CIDR per line, nothing else): one per purpose, and one per edge where the
// edges' sets differ. CIDRs are Twilio's, exactly: never merged into wider blocks, so /30s stay /30s.
import { canonicalJson, compareText } from './canonical';
import { CONNECTIONS, FEED_FILES, FeedEntry, PURPOSES } from './types';
import { compareCidrs } from '../util/cidr';

/** One list file. */
export interface FeedList {
  /** The path in the feed's folder, e.g. `ipv4/stun-turn-frankfurt.txt`. */
  readonly file: string;
  /** The purpose its CIDRs serve. */
  readonly purpose: string;
  /** The edge it is for; absent for the union over every edge. */
  readonly edge?: string;
  /** For `interconnect-route`: the connection type; absent for the union over both. */
  readonly connection?: string;
  /** The CIDRs, sorted by address, each once. */
  readonly cidrs: string[];
}

const union = (entries: readonly FeedEntry[]) => [...new Set(entries.flatMap((e) => e.cidrs ?? []))].sort(compareCidrs);
const path = (name: string) => `${FEED_FILES.ipv4Folder}/${name}.txt`;

/**
 * Every list, purpose by purpose: `ipv4/<purpose>.txt`, the union of the purpose's CIDRs; `ipv4/<purpose>-<edge>.txt`
 * for each edge when the edges' sets differ; for `interconnect-route`, which differs by connection type too,
 * `ipv4/interconnect-route-<connection>.txt` and `ipv4/interconnect-route-<edge>-<connection>.txt` instead of the
 * per-edge lists.
 * @param entries the feed's entries
 */
export function ipv4Lists(entries: readonly FeedEntry[]): FeedList[] {
  const lists: FeedList[] = [];
  for (const purpose of PURPOSES) {
    const mine = entries.filter((e) => e.purpose === purpose && (e.cidrs ?? []).length > 0);
    if (mine.length === 0) continue;
    lists.push({ file: path(purpose), purpose, cidrs: union(mine) });
    const edges = [...new Set(mine.flatMap((e) => e.edges))].sort(compareText);
    if (purpose === 'interconnect-route') {
      for (const connection of CONNECTIONS) {
        const routed = mine.filter((e) => e.connection === connection);
        if (routed.length === 0) continue;
        lists.push({ file: path(`${purpose}-${connection}`), purpose, connection, cidrs: union(routed) });
        for (const edge of edges) {
          const here = routed.filter((e) => e.edges.includes(edge));
          if (here.length > 0) lists.push({ file: path(`${purpose}-${edge}-${connection}`), purpose, edge, connection, cidrs: union(here) });
        }
      }
      continue;
    }
    const perEdge = edges.map((edge) => ({ edge, cidrs: union(mine.filter((e) => e.edges.includes(edge))) }));
    if (new Set(perEdge.map((p) => canonicalJson(p.cidrs))).size > 1) {
      for (const { edge, cidrs } of perEdge) lists.push({ file: path(`${purpose}-${edge}`), purpose, edge, cidrs });
    }
  }
  const seen = new Set<string>();
  for (const l of lists) {
    // an edge named like a connection type would make two lists share a name: refuse rather than overwrite
    if (seen.has(l.file)) throw new Error(`Two feed lists would both be written to ${l.file}`);
    seen.add(l.file);
  }
  return lists;
}

/**
 * A list's file content: one CIDR per line, no comments, a final newline.
 * @param list the list
 */
export function listText(list: FeedList): string {
  return list.cidrs.map((c) => `${c}\n`).join('');
}
