// The feed's files (docs/feed.md#the-files): the same bytes for the same catalog and previous feed, whatever the clock
// says; the lists hold Twilio's CIDRs exactly, one per line; the sync token follows the content and nothing else.
import { TwilioCatalog } from '../../src/catalog/twilio-catalog';
import { TwilioEdge } from '../../src/catalog/twilio-edge';
import { buildFeedDocument, renderFeedFiles } from '../../src/feed/build';
import { ipv4Lists } from '../../src/feed/lists';
import { FEED_FILES, PURPOSES } from '../../src/feed/types';
import { compareCidrs, isCanonicalCidr } from '../../src/util/cidr';

const build = () => renderFeedFiles(buildFeedDocument());
const lines = (text: string) => text.split('\n').slice(0, -1);

describe('renderFeedFiles', () => {
  afterEach(() => {
    jest.useRealTimers();
    TwilioCatalog.reset();
  });
  const files = build();
  const doc = buildFeedDocument();

  test('two runs give byte-identical files, even with the clock years apart (no wall-clock time anywhere)', () => {
    jest.useFakeTimers({ now: new Date('2001-02-03T04:05:06Z') });
    const early = build();
    jest.setSystemTime(new Date('2042-12-31T23:59:59Z'));
    const late = build();
    expect(late).toEqual(early);
    expect(early).toEqual(files);
    expect([...files.keys()]).toEqual([...files.keys()].sort());
  });

  test('the folder holds the JSON, its schema, CHANGELOG.md, feed.atom, index.html and the ipv4 lists, nothing else', () => {
    const top = [...files.keys()].filter((f) => !f.startsWith(`${FEED_FILES.ipv4Folder}/`));
    expect(top.sort()).toEqual([FEED_FILES.changelog, FEED_FILES.atom, FEED_FILES.html, FEED_FILES.json, FEED_FILES.schema].sort());
    expect(JSON.parse(files.get(FEED_FILES.json)!)).toEqual(doc);
    expect([...files.keys()].filter((f) => f.startsWith('ipv4/'))).toEqual(ipv4Lists(doc.entries).map((l) => l.file).sort());
  });

  test('every list is one canonical CIDR per line and nothing else: no comments, blanks or duplicates', () => {
    for (const [file, text] of files) {
      if (!file.startsWith('ipv4/')) continue;
      expect({ file, endsWithNewline: text.endsWith('\n') }).toEqual({ file, endsWithNewline: true });
      const cidrs = lines(text);
      expect({ file, bad: cidrs.filter((c) => !isCanonicalCidr(c)) }).toEqual({ file, bad: [] });
      expect(new Set(cidrs).size).toBe(cidrs.length);
      expect(cidrs).toEqual([...cidrs].sort(compareCidrs));
    }
  });

  test('sip-signalling.txt holds exactly the eight regional /30s of TwilioCatalog.sipSignalingCidrs(), never aggregated', () => {
    const sip = lines(files.get('ipv4/sip-signalling.txt')!);
    expect(sip).toHaveLength(8);
    expect([...sip].sort()).toEqual([...TwilioCatalog.sipSignalingCidrs()].sort());
    expect(sip.every((c) => c.endsWith('/30'))).toBe(true);
  });

  test('every purpose with CIDRs has its list; per-edge lists exist exactly where the edges\' sets differ', () => {
    const withCidrs = PURPOSES.filter((p) => doc.entries.some((e) => e.purpose === p && e.cidrs));
    expect(withCidrs.filter((p) => !files.has(`ipv4/${p}.txt`))).toEqual([]);
    // the same set on every edge: one list
    for (const p of ['media', 'sip-signalling']) expect([...files.keys()].filter((f) => f.startsWith(`ipv4/${p}-`))).toEqual([]);
    // STUN/TURN differs by edge: one list per edge, equal to the catalog's ranges for it
    for (const edge of TwilioEdge.all()) {
      expect({ edge: edge.name, cidrs: lines(files.get(`ipv4/stun-turn-${edge.name}.txt`)!) })
        .toEqual({ edge: edge.name, cidrs: [...new Set(TwilioCatalog.ntsCidrs(edge))].sort(compareCidrs) });
    }
    for (const edge of TwilioEdge.all().filter((e) => e.isPrivateInterconnect)) {
      const def = TwilioCatalog.edgeDefinition(edge);
      expect(lines(files.get(`ipv4/interconnect-signalling-${edge.name}.txt`)!)).toEqual([...def.signalingCidrs!].sort(compareCidrs));
      expect(lines(files.get(`ipv4/sip-interconnect-gateway-${edge.name}.txt`)!)).toEqual([...def.sipGatewayCidrs!].sort(compareCidrs));
      expect(lines(files.get(`ipv4/interconnect-route-${edge.name}-vpn.txt`)!)).toEqual([...def.vpnEncryptionDomain!].sort(compareCidrs));
      expect(files.has(`ipv4/interconnect-route-${edge.name}-bgp.txt`)).toBe(true);
    }
  });

  test('the union list of a purpose is the union of its per-edge lists', () => {
    const all = lines(files.get('ipv4/stun-turn.txt')!);
    const perEdge = [...files.keys()].filter((f) => f.startsWith('ipv4/stun-turn-')).flatMap((f) => lines(files.get(f)!));
    expect(all).toEqual([...new Set(perEdge)].sort(compareCidrs));
  });

  test('the sync token changes exactly when the content does', () => {
    const token = doc.syncToken;
    expect(buildFeedDocument().syncToken).toBe(token);
    const frankfurt = TwilioCatalog.edgeDefinition(TwilioEdge.FRANKFURT);
    // a content change: another STUN/TURN range (documentation-only addresses, RFC 5737)
    TwilioCatalog.registerEdge({ ...frankfurt, ntsCidrs: [...frankfurt.ntsCidrs!, '192.0.2.0/24'] }, true);
    const changed = buildFeedDocument().syncToken;
    expect(changed).not.toBe(token);
    // registering the same facts again is no content change
    TwilioCatalog.registerEdge({ ...frankfurt }, true);
    expect(buildFeedDocument().syncToken).toBe(token);
    // a fact the feed does not carry (the edge's location text) changes nothing
    TwilioCatalog.registerEdge({ ...frankfurt, location: 'Elsewhere' }, true);
    expect(buildFeedDocument().syncToken).toBe(token);
  });
});
