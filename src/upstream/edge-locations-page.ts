import { PageFacts } from './page-facts';
import { normalizeEdge } from './private/edges';
import { FactsBuilder } from './private/facts-builder';
import { findTable, sectionsOf } from './private/markdown';

/**
 * The docs path of "Edge Locations" (public and Interconnect edge IDs).
 *
 * @see https://www.twilio.com/docs/global-infrastructure/edge-locations
 */
export const EDGE_LOCATIONS_PAGE = 'global-infrastructure/edge-locations';

/**
 * Reads the Edge Locations page: the public and the Interconnect edge IDs.
 *
 * Keys: `edges.public` (`ashburn`, ..., `roaming`) from the "Edge ID" table under the heading
 * with "Public", `edges.interconnect` (`ashburn-ix`, ...) from the one under the heading with
 * "Interconnect". Which list an edge is in follows the heading, not an `-ix` suffix, so an edge
 * moved between the tables shows as drift.
 *
 * @throws UpstreamParseError when either table is gone
 */
export function parseEdgeLocationsPage(markdown: string): PageFacts {
  const b: FactsBuilder = new FactsBuilder(EDGE_LOCATIONS_PAGE);
  const sections = sectionsOf(markdown);
  for (const [key, heading] of [['edges.public', /public/i], ['edges.interconnect', /interconnect/i]] as const) {
    const table = sections
      .filter((s) => heading.test(s.title))
      .map((s) => findTable(s.ownLines, [/^edge id$/i]))
      .find((t) => t !== undefined);
    b.require(table, `no table with an 'Edge ID' column under a heading matching ${heading}`);
    const edges = table.rows.map((row) => row[table.columns[0]] ?? '').filter((cell) => cell !== '');
    b.require(edges.length > 0, `the 'Edge ID' table under a heading matching ${heading} is empty`);
    b.add(key, ...edges.map(normalizeEdge));
  }
  return b.build();
}
