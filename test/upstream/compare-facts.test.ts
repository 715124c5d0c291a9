import * as fs from 'fs';
import * as path from 'path';
import {
  compareFacts, definePageFacts, Drift, DriftKind, formatDrift, PageFacts, parseEdgeLocationsPage, parseNtsRegionsPage,
} from '../../src/upstream';

const NTS = 'stun-turn/regions';
const EDGES = 'global-infrastructure/edge-locations';

const SYDNEY = ['3.25.42.128/25', '13.210.2.128/27', '54.252.254.64/26'];
const OURS: PageFacts[] = [
  definePageFacts(NTS, {
    'nts.cidrs.sydney': SYDNEY,
    'nts.cidrs.umatilla': ['54.244.51.0/24'],
    'nts.ports': ['udp/3478', 'tcp/3478', 'tcp/443', 'tcp/5349'],
    'nts.relay-udp-ports': ['10000-60000'],
  }),
  definePageFacts(EDGES, {
    'edges.public': ['ashburn', 'umatilla', 'roaming'],
    'edges.interconnect': ['ashburn-ix', 'tokyo-ix'],
  }),
];

/** Our facts with some of the page's facts replaced. */
function pageWith(page: string, facts: Record<string, string[] | undefined>): PageFacts[] {
  return OURS.map((p) => {
    if (p.page !== page) return p;
    const merged: Record<string, string[]> = { ...p.facts };
    for (const [k, v] of Object.entries(facts)) {
      if (v) merged[k] = v; else delete merged[k];
    }
    return definePageFacts(page, merged);
  });
}

const lines = (drifts: Drift[]) => drifts.map(formatDrift);

describe('compareFacts', () => {
  test('GIVEN identical facts WHEN compared THEN there is no drift', () => {
    expect(compareFacts(OURS, OURS)).toEqual([]);
  });

  test('GIVEN one of three CIDRs edited on the page WHEN compared THEN one changed line names both values', () => {
    const theirs = pageWith(NTS, { 'nts.cidrs.sydney': ['3.25.42.0/25', '13.210.2.128/27', '54.252.254.64/26'] });
    expect(compareFacts(OURS, theirs)).toEqual([
      { page: NTS, fact: 'nts.cidrs.sydney', kind: DriftKind.CHANGED, ours: '3.25.42.128/25', theirs: '3.25.42.0/25' },
    ]);
    expect(lines(compareFacts(OURS, theirs))).toEqual(['stun-turn/regions: nts.cidrs.sydney: ours 3.25.42.128/25, page 3.25.42.0/25 (changed)']);
  });

  test('GIVEN a changed port range WHEN compared THEN it is one changed line', () => {
    const theirs = pageWith(NTS, { 'nts.relay-udp-ports': ['10000-65000'] });
    expect(lines(compareFacts(OURS, theirs))).toEqual(['stun-turn/regions: nts.relay-udp-ports: ours 10000-60000, page 10000-65000 (changed)']);
  });

  test('GIVEN a value gone from the page WHEN compared THEN it is missing', () => {
    const theirs = pageWith(NTS, { 'nts.cidrs.sydney': ['3.25.42.128/25', '54.252.254.64/26'] });
    expect(lines(compareFacts(OURS, theirs))).toEqual(['stun-turn/regions: nts.cidrs.sydney: ours 13.210.2.128/27, page - (missing)']);
  });

  test('GIVEN a value added on the page WHEN compared THEN it is new', () => {
    const theirs = pageWith(NTS, { 'nts.ports': ['udp/3478', 'tcp/3478', 'tcp/443', 'tcp/5349', 'tcp/5350'] });
    expect(lines(compareFacts(OURS, theirs))).toEqual(['stun-turn/regions: nts.ports: ours -, page tcp/5350 (new)']);
  });

  test('GIVEN two values replaced in one fact WHEN compared THEN they stay missing and new, since nothing says which replaced which', () => {
    const theirs = pageWith(NTS, { 'nts.cidrs.sydney': ['3.25.42.0/25', '13.210.2.0/27', '54.252.254.64/26'] });
    expect(lines(compareFacts(OURS, theirs))).toEqual([
      'stun-turn/regions: nts.cidrs.sydney: ours 3.25.42.128/25, page - (missing)',
      'stun-turn/regions: nts.cidrs.sydney: ours 13.210.2.128/27, page - (missing)',
      'stun-turn/regions: nts.cidrs.sydney: ours -, page 3.25.42.0/25 (new)',
      'stun-turn/regions: nts.cidrs.sydney: ours -, page 13.210.2.0/27 (new)',
    ]);
  });

  test('GIVEN an edge renamed on the page WHEN compared THEN the edge list changes and its per-edge facts move to the new key', () => {
    const theirs = pageWith(EDGES, { 'edges.public': ['ashburn', 'oregon', 'roaming'] })
      .map((p) => (p.page === NTS ? pageWith(NTS, { 'nts.cidrs.umatilla': undefined, 'nts.cidrs.oregon': ['54.244.51.0/24'] })[0] : p));
    expect(lines(compareFacts(OURS, theirs))).toEqual([
      'global-infrastructure/edge-locations: edges.public: ours umatilla, page oregon (changed)',
      'stun-turn/regions: nts.cidrs.oregon: ours -, page 54.244.51.0/24 (new)',
      'stun-turn/regions: nts.cidrs.umatilla: ours 54.244.51.0/24, page - (missing)',
    ]);
  });

  test('GIVEN an edge added and another removed WHEN compared THEN that is one changed line; added alone is new, removed alone is missing', () => {
    expect(lines(compareFacts(OURS, pageWith(EDGES, { 'edges.interconnect': ['ashburn-ix', 'mumbai-ix'] })))).toEqual([
      'global-infrastructure/edge-locations: edges.interconnect: ours tokyo-ix, page mumbai-ix (changed)',
    ]);
    expect(lines(compareFacts(OURS, pageWith(EDGES, { 'edges.interconnect': ['ashburn-ix', 'mumbai-ix', 'tokyo-ix'] })))).toEqual([
      'global-infrastructure/edge-locations: edges.interconnect: ours -, page mumbai-ix (new)',
    ]);
    expect(lines(compareFacts(OURS, pageWith(EDGES, { 'edges.interconnect': ['ashburn-ix'] })))).toEqual([
      'global-infrastructure/edge-locations: edges.interconnect: ours tokyo-ix, page - (missing)',
    ]);
  });

  test('GIVEN a fact we list for another page WHEN compared THEN it is not expected on this one', () => {
    const theirs = pageWith(EDGES, { 'nts.ports': undefined });
    expect(compareFacts(OURS, theirs)).toEqual([]);
  });

  test('GIVEN a fact we list under a page that no longer mentions it WHEN compared THEN each of its values is missing', () => {
    const theirs = pageWith(NTS, { 'nts.relay-udp-ports': undefined });
    expect(lines(compareFacts(OURS, theirs))).toEqual(['stun-turn/regions: nts.relay-udp-ports: ours 10000-60000, page - (missing)']);
  });

  test('GIVEN the same drift in shuffled input WHEN compared THEN the report is identical and sorted by page, fact, kind, value', () => {
    const theirs = [
      definePageFacts(NTS, { ...OURS[0].facts, 'nts.ports': ['tcp/443'], 'nts.cidrs.sydney': ['3.25.42.0/25', ...SYDNEY.slice(1)], 'nts.cidrs.mumbai': ['3.7.35.128/25'] }),
      definePageFacts(EDGES, { ...OURS[1].facts, 'edges.public': ['roaming', 'ashburn'] }),
    ];
    const shuffled = [...theirs].reverse().map((p) => ({
      page: p.page,
      facts: Object.fromEntries(Object.entries(p.facts).reverse().map(([k, v]) => [k, [...v].reverse()])),
    }));
    const report = lines(compareFacts(OURS, theirs));
    expect(lines(compareFacts([...OURS].reverse(), shuffled))).toEqual(report);
    expect(report).toEqual([
      'global-infrastructure/edge-locations: edges.public: ours umatilla, page - (missing)',
      'stun-turn/regions: nts.cidrs.mumbai: ours -, page 3.7.35.128/25 (new)',
      'stun-turn/regions: nts.cidrs.sydney: ours 3.25.42.128/25, page 3.25.42.0/25 (changed)',
      'stun-turn/regions: nts.ports: ours tcp/3478, page - (missing)',
      'stun-turn/regions: nts.ports: ours tcp/5349, page - (missing)',
      'stun-turn/regions: nts.ports: ours udp/3478, page - (missing)',
    ]);
  });

  test('GIVEN a page listed twice on one side WHEN compared THEN its facts are merged', () => {
    const split = [definePageFacts(NTS, { 'nts.ports': ['tcp/443', 'udp/3478'] }), definePageFacts(NTS, { 'nts.ports': ['tcp/3478', 'tcp/5349'] })];
    expect(compareFacts([definePageFacts(NTS, { 'nts.ports': OURS[0].facts['nts.ports'] })], split)).toEqual([]);
  });
});

describe('compareFacts on parsed pages', () => {
  const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

  test('GIVEN the STUN/TURN fixture with a CIDR edited, a port added and a region renamed WHEN parsed and compared THEN the report has exactly those lines', () => {
    const before = fixture('nts-regions.md');
    const after = before
      .replace('`3.25.42.128/25`', '`3.25.42.0/25`')
      .replace('| 5349 | TCP      | Yes  |', '| 5349 | TCP      | Yes  |\n| 5350 | TCP | Yes |')
      .replace('Brazil `sao-paulo` IP ranges', 'Brazil `brasilia` IP ranges')
      .replace('between `10000` and `60000`', 'between `10,000` and `65,000`');
    expect(lines(compareFacts([parseNtsRegionsPage(before)], [parseNtsRegionsPage(after)]))).toEqual([
      'stun-turn/regions: nts.cidrs.brasilia: ours -, page 18.230.125.0/25 (new)',
      'stun-turn/regions: nts.cidrs.brasilia: ours -, page 177.71.206.192/26 (new)',
      'stun-turn/regions: nts.cidrs.sao-paulo: ours 18.230.125.0/25, page - (missing)',
      'stun-turn/regions: nts.cidrs.sao-paulo: ours 177.71.206.192/26, page - (missing)',
      'stun-turn/regions: nts.cidrs.sydney: ours 3.25.42.128/25, page 3.25.42.0/25 (changed)',
      'stun-turn/regions: nts.ports: ours -, page tcp/5350 (new)',
      'stun-turn/regions: nts.relay-udp-ports: ours 10000-60000, page 10000-65000 (changed)',
    ]);
  });

  test('GIVEN the Edge Locations fixture with an Interconnect edge removed and one added WHEN compared THEN the edge list reports it', () => {
    const before = fixture('edge-locations.md');
    const after = before.replace('| `tokyo-ix`     | Japan exchange    |', '| `london-ix` | UK exchange |\n| `mumbai-ix` | India exchange |');
    expect(lines(compareFacts([parseEdgeLocationsPage(before)], [parseEdgeLocationsPage(after)]))).toEqual([
      'global-infrastructure/edge-locations: edges.interconnect: ours tokyo-ix, page - (missing)',
      'global-infrastructure/edge-locations: edges.interconnect: ours -, page london-ix (new)',
      'global-infrastructure/edge-locations: edges.interconnect: ours -, page mumbai-ix (new)',
    ]);
  });
});

describe('formatDrift', () => {
  test('GIVEN each kind of drift THEN the line reads page, fact, ours, page, kind', () => {
    expect(formatDrift({ page: 'interconnect', fact: 'interconnect.bgp.sao-paulo-ix', kind: DriftKind.CHANGED, ours: '168.86.175.0/24', theirs: '168.86.175.0/24 le 24' }))
      .toBe('interconnect: interconnect.bgp.sao-paulo-ix: ours 168.86.175.0/24, page 168.86.175.0/24 le 24 (changed)');
    expect(formatDrift({ page: 'interconnect', fact: 'edges.legacy-ids', kind: DriftKind.MISSING, ours: 'tokyo-ix=jp1-ix' }))
      .toBe('interconnect: edges.legacy-ids: ours tokyo-ix=jp1-ix, page - (missing)');
    expect(formatDrift({ page: 'interconnect', fact: 'edges.legacy-ids', kind: DriftKind.NEW, theirs: 'mumbai-ix=in1-ix' }))
      .toBe('interconnect: edges.legacy-ids: ours -, page mumbai-ix=in1-ix (new)');
  });
});

describe('definePageFacts', () => {
  test('GIVEN unsorted values with duplicates THEN they come out unique in natural order (numbers as numbers)', () => {
    expect(definePageFacts(NTS, { b: ['54.252.254.64/26', '3.25.42.128/25', '13.210.2.128/27', '3.25.42.128/25'], a: ['tcp/5349', 'tcp/443'] }))
      .toEqual({ page: NTS, facts: { a: ['tcp/443', 'tcp/5349'], b: SYDNEY } });
  });
});
