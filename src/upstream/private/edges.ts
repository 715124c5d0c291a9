// Edge names as the catalog spells them, and the ways Twilio's pages spell them otherwise.
// Kept here rather than imported from src/catalog so the drift checker stays independent of the
// data it checks (docs/catalog.md lists the edges and their legacy region ids).

/** Legacy region ids (`us1`, `sg1-ix`, `gll`) to edge names. */
const LEGACY_TO_EDGE: Record<string, string> = {
  'us1': 'ashburn',
  'us2': 'umatilla',
  'ie1': 'dublin',
  'de1': 'frankfurt',
  'br1': 'sao-paulo',
  'sg1': 'singapore',
  'au1': 'sydney',
  'jp1': 'tokyo',
  'in1': 'mumbai',
  'gll': 'roaming',
  'us1-ix': 'ashburn-ix',
  'us2-ix': 'san-jose-ix',
  'ie1-ix': 'london-ix',
  'de1-ix': 'frankfurt-ix',
  'sg1-ix': 'singapore-ix',
  'jp1-ix': 'tokyo-ix',
  'au1-ix': 'sydney-ix',
  'br1-ix': 'sao-paulo-ix',
};

/** Misspellings seen on Twilio's pages (the Interconnect page writes `sau-paulo-ix`). */
const ALIASES: Record<string, string> = {
  'sau-paulo': 'sao-paulo',
  'sau-paulo-ix': 'sao-paulo-ix',
};

const KNOWN_EDGES = new Set(Object.values(LEGACY_TO_EDGE));

/**
 * Place names in headings that name a location rather than an edge ("North America Virginia
 * gateways"), to the public edge and the Interconnect edge serving it.
 */
const PLACES: Array<[RegExp, string, string]> = [
  [/(^|-)(virginia|ashburn)(-|$)/, 'ashburn', 'ashburn-ix'],
  [/(^|-)(oregon|umatilla|san-jose)(-|$)/, 'umatilla', 'san-jose-ix'],
  [/(^|-)(ireland|dublin|london)(-|$)/, 'dublin', 'london-ix'],
  [/(^|-)frankfurt(-|$)/, 'frankfurt', 'frankfurt-ix'],
  [/(^|-)singapore(-|$)/, 'singapore', 'singapore-ix'],
  [/(^|-)tokyo(-|$)/, 'tokyo', 'tokyo-ix'],
  [/(^|-)sydney(-|$)/, 'sydney', 'sydney-ix'],
  [/(^|-)sao-paulo(-|$)/, 'sao-paulo', 'sao-paulo-ix'],
  [/(^|-)mumbai(-|$)/, 'mumbai', 'mumbai-ix'],
];

/** Lower-case ASCII words joined by hyphens: `São Paulo` -> `sao-paulo`. */
export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The catalog spelling of an edge name or legacy id; an unknown name comes back slugged, so it reports as new. */
export function normalizeEdge(name: string): string {
  const slug = slugOf(name);
  return ALIASES[slug] ?? LEGACY_TO_EDGE[slug] ?? slug;
}

/**
 * The edge a page means by "name (legacy id)".
 *
 * The name wins when it agrees with the legacy id on being an Interconnect edge; otherwise the
 * legacy id decides, because the Interconnect page writes "singapore (sg1-ix)" for singapore-ix.
 */
export function edgeOf(name: string, legacyId?: string): string {
  const edge = normalizeEdge(name);
  if (legacyId === undefined) return edge;
  const fromLegacy = LEGACY_TO_EDGE[slugOf(legacyId)];
  const agrees = KNOWN_EDGES.has(edge) && edge.endsWith('-ix') === slugOf(legacyId).endsWith('-ix');
  return agrees || fromLegacy === undefined ? edge : fromLegacy;
}

/**
 * The edge a heading names: a known edge name or legacy id among its words, else a place name.
 *
 * @returns undefined when the heading names none
 */
export function edgeInHeading(heading: string, interconnect: boolean): string | undefined {
  const slug = slugOf(heading);
  const words = `-${slug}-`;
  const names = [...KNOWN_EDGES, ...Object.keys(LEGACY_TO_EDGE), ...Object.keys(ALIASES)]
    .filter((n) => n.endsWith('-ix') === interconnect)
    .sort((a, b) => b.length - a.length);
  const named = names.find((n) => words.includes(`-${n}-`));
  if (named) return normalizeEdge(named);
  const place = PLACES.find(([re]) => re.test(slug));
  return place ? place[interconnect ? 2 : 1] : undefined;
}

/** Every `name (legacy-id)` pair in a cell, e.g. `sydney (au1 )`. */
export function edgePairsIn(text: string): Array<{ edge: string; legacyId: string }> {
  return [...text.matchAll(/([a-z][a-z0-9-]*)\s*\(\s*([a-z]+\d*(?:-[a-z]+)?)\s*\)/gi)]
    .map((m) => ({ edge: edgeOf(m[1], m[2]), legacyId: m[2].toLowerCase() }));
}
