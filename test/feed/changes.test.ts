// The change history (docs/feed.md#changes-and-subscribing): diffs name every CIDR and host added or removed, per
// purpose and edge; an unchanged content keeps its sync token and history; CHANGELOG.md and the Atom feed say the same.
import { childrenNamed, parseXml, XmlElement } from './xml';
import { TwilioCatalog } from '../../src/catalog/twilio-catalog';
import { TwilioEdge } from '../../src/catalog/twilio-edge';
import { buildFeedDocument, renderFeedFiles } from '../../src/feed/build';
import { syncTokenOf } from '../../src/feed/canonical';
import { renderAtom, renderChangelog } from '../../src/feed/change-log';
import { describeItem, diffFeeds } from '../../src/feed/changes';
import { FEED_FILES, FeedDocument, MAX_CHANGES } from '../../src/feed/types';

// documentation-only addresses (RFC 5737) stand for a change Twilio might publish
const NEW_NTS = '203.0.113.0/25';

/** The feed built while frankfurt's STUN/TURN ranges differ from the catalog's (one dropped, one added). */
function withOlderCatalog(previous?: FeedDocument): FeedDocument {
  const frankfurt = TwilioCatalog.edgeDefinition(TwilioEdge.FRANKFURT);
  const [dropped, ...kept] = frankfurt.ntsCidrs!;
  TwilioCatalog.registerEdge({ ...frankfurt, ntsCidrs: [...kept, NEW_NTS] }, true);
  try {
    expect(dropped).toBeDefined();
    return JSON.parse(JSON.stringify(buildFeedDocument(previous)));
  } finally {
    TwilioCatalog.reset();
  }
}

/** The feed as it would have been published before Twilio changed frankfurt's STUN/TURN ranges. */
const olderFeed = () => withOlderCatalog();

describe('the change history', () => {
  afterEach(() => TwilioCatalog.reset());
  const first = buildFeedDocument();

  test('GIVEN no previous feed THEN the history is one initial change with no items, dated by the catalog', () => {
    expect(first.changes).toEqual([
      { sequence: 1, syncToken: first.syncToken, date: TwilioCatalog.lastChecked(), title: expect.stringMatching(/^First feed: \d+ entries/), items: [] },
    ]);
  });

  test('GIVEN a previous feed with the same content THEN sync token, history and every file stay byte for byte the same', () => {
    const again = buildFeedDocument(JSON.parse(JSON.stringify(first)));
    expect(again.syncToken).toBe(first.syncToken);
    expect(again.changes).toEqual(first.changes);
    expect(renderFeedFiles(again)).toEqual(renderFeedFiles(first));
  });

  test('GIVEN a previous feed whose frankfurt STUN/TURN ranges differ THEN a new change names each CIDR added and removed, per purpose and edge', () => {
    const previous = olderFeed();
    const doc = buildFeedDocument(previous);
    expect(doc.syncToken).not.toBe(previous.syncToken);
    expect(doc.changes.slice(1)).toEqual(previous.changes);
    const change = doc.changes[0];
    expect([change.previousSyncToken, change.date]).toEqual([previous.syncToken, TwilioCatalog.lastChecked()]);
    const [restored] = TwilioCatalog.edgeDefinition(TwilioEdge.FRANKFURT).ntsCidrs!;
    // frankfurt-ix serves frankfurt and shares its ranges; roaming lists every region's
    expect(change.items).toEqual([
      { action: 'added', kind: 'cidr', value: restored, purpose: 'stun-turn', edges: ['frankfurt', 'frankfurt-ix', 'roaming'] },
      { action: 'removed', kind: 'cidr', value: NEW_NTS, purpose: 'stun-turn', edges: ['frankfurt', 'frankfurt-ix', 'roaming'] },
    ]);
    expect(change.title).toBe('stun-turn: 1 CIDR added, 1 CIDR removed');
    expect(describeItem(change.items[1])).toBe(`stun-turn on frankfurt, frankfurt-ix, roaming: CIDR ${NEW_NTS} removed`);
  });

  test('hosts, entries, ports and sources are compared too, and a route names its connection type', () => {
    const before = JSON.parse(JSON.stringify(first));
    const media = before.entries.find((e: any) => e.id === 'media:voice-sdk:udp');
    media.ports = [{ fromPort: media.ports[0].fromPort, toPort: media.ports[0].toPort - 1 }];
    before.entries.find((e: any) => e.id === 'insights:tcp').hosts.push('insights.example.net');
    before.entries = before.entries.filter((e: any) => e.id !== 'registration:tcp');
    before.entries.find((e: any) => e.id === 'interconnect-route:london-ix:vpn').cidrs.push('198.51.100.0/24');
    before.sources[0].title = 'An older title';
    // a CIDR missing from the UDP entry only: the TCP entry of the same purpose and edges still had it
    const udp = before.entries.find((e: any) => e.id === 'stun-turn:dublin:udp');
    const missing = udp.cidrs.shift();
    const items = diffFeeds(before, first);
    const { fromPort, toPort } = first.entries.find((e) => e.id === 'media:voice-sdk:udp')!.ports![0];
    expect(items).toEqual(expect.arrayContaining([
      { action: 'changed', kind: 'entry', value: 'media:voice-sdk:udp', purpose: 'media', detail: `ports: ${fromPort}-${toPort - 1} -> ${fromPort}-${toPort}` },
      { action: 'removed', kind: 'host', value: 'insights.example.net', purpose: 'insights', edges: expect.arrayContaining(['roaming', 'london-ix']) },
      { action: 'added', kind: 'entry', value: 'registration:tcp', purpose: 'registration' },
      { action: 'removed', kind: 'cidr', value: '198.51.100.0/24', purpose: 'interconnect-route', connection: 'vpn', edges: ['london-ix'] },
      { action: 'changed', kind: 'source', value: first.sources[0].url, detail: `title: An older title -> ${first.sources[0].title}` },
      { action: 'changed', kind: 'entry', value: 'stun-turn:dublin:udp', purpose: 'stun-turn', detail: `cidrs: +${missing}` },
    ]));
    // registration's host is new on every edge too
    expect(items.filter((i) => i.kind === 'host' && i.action === 'added').map((i) => i.purpose)).toEqual(['registration']);
  });

  test('the history is bounded: the oldest change drops off after MAX_CHANGES', () => {
    const previous = olderFeed();
    const full = { ...previous, changes: Array.from({ length: MAX_CHANGES }, (_, i) => ({ ...previous.changes[0], sequence: MAX_CHANGES - i, title: `change ${i}` })) };
    const doc = buildFeedDocument(full);
    expect(doc.changes.length).toBe(MAX_CHANGES);
    expect([doc.changes[1].title, doc.changes[MAX_CHANGES - 1].title]).toEqual(['change 0', `change ${MAX_CHANGES - 2}`]);
    expect(doc.changes[0].sequence).toBe(MAX_CHANGES + 1);
  });

  test('content that goes back and forth keeps every change apart: sequence numbers, Atom ids and page anchors stay unique', () => {
    let doc = olderFeed();
    for (let i = 0; i < 4; i++) {
      // alternately the catalog's content and the older one, all on the same catalog date
      doc = i % 2 === 0 ? buildFeedDocument(doc) : withOlderCatalog(doc);
    }
    expect(doc.changes.map((c) => c.sequence)).toEqual([5, 4, 3, 2, 1]);
    expect(new Set(doc.changes.map((c) => c.syncToken)).size).toBe(2);
    const ids = childrenNamed(parseXml(renderAtom(doc)), 'entry').map((e) => childrenNamed(e, 'id')[0].text);
    expect(new Set(ids).size).toBe(doc.changes.length);
    const anchors = [...renderFeedFiles(doc).get(FEED_FILES.html)!.matchAll(/<article id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(anchors).size).toBe(doc.changes.length);
  });

  test('a hand-reordered previous feed with the same content is the same content (the token sorts before hashing)', () => {
    const shuffled = JSON.parse(JSON.stringify(first));
    shuffled.entries.reverse();
    expect(syncTokenOf(shuffled.entries, shuffled.sources)).toBe(first.syncToken);
    expect(buildFeedDocument(shuffled).changes).toEqual(first.changes);
  });
});

describe('CHANGELOG.md and feed.atom', () => {
  afterEach(() => TwilioCatalog.reset());
  const doc = buildFeedDocument(olderFeed());
  const text = (el: XmlElement | undefined) => el?.text ?? '';

  test('CHANGELOG.md says unofficial, lists the changes newest first, and names each CIDR added or removed', () => {
    const md = renderChangelog(doc);
    expect(md).toMatch(/^# Changes to Twilio's network requirements\n\nUnofficial: generated from Twilio's public pages/);
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(doc.changes.map((c) => `${c.date}: ${c.title}`));
    expect(md).toContain(`- stun-turn on frankfurt, frankfurt-ix, roaming: CIDR ${NEW_NTS} removed`);
  });

  test('feed.atom is well-formed Atom 1.0: feed id, title, updated, author, self link; each entry id, title, updated, content', () => {
    const atom = renderAtom(doc);
    expect(atom.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    const feed = parseXml(atom);
    expect([feed.name, feed.attributes.xmlns]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
    for (const name of ['id', 'title', 'updated', 'author']) expect(childrenNamed(feed, name)).toHaveLength(1);
    expect(text(childrenNamed(childrenNamed(feed, 'author')[0], 'name')[0])).toBe('twilio-voice-network');
    const self = childrenNamed(feed, 'link').find((l) => l.attributes.rel === 'self')!;
    expect(self.attributes.href).toBe(text(childrenNamed(feed, 'id')[0]));
    expect(self.attributes.href.endsWith(`/${FEED_FILES.atom}`)).toBe(true);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
    expect(text(childrenNamed(feed, 'updated')[0])).toBe(`${doc.changes[0].date}T00:00:00Z`);
    const entries = childrenNamed(feed, 'entry');
    expect(entries).toHaveLength(doc.changes.length);
    for (const e of entries) {
      for (const name of ['id', 'title', 'updated', 'content']) expect(childrenNamed(e, name)).toHaveLength(1);
      expect(text(childrenNamed(e, 'updated')[0])).toMatch(rfc3339);
      expect(text(childrenNamed(e, 'id')[0])).toMatch(/^tag:[a-z0-9.-]+,\d{4}-\d{2}-\d{2}:\S+$/);
      expect(childrenNamed(e, 'content')[0].attributes.type).toBe('text');
    }
    expect(new Set(entries.map((e) => text(childrenNamed(e, 'id')[0]))).size).toBe(entries.length);
    expect(text(childrenNamed(entries[0], 'content')[0])).toContain(`stun-turn on frankfurt, frankfurt-ix, roaming: CIDR ${NEW_NTS} removed`);
  });

  test('the well-formedness check can fail: an unescaped & or a misnested tag is refused', () => {
    const atom = renderAtom(doc);
    expect(() => parseXml(atom.replace('<title>', '<title>A & B'))).toThrow(/bare &/);
    expect(() => parseXml(atom.replace('</title>', '</titel>'))).toThrow(/closes <title>/);
    expect(() => parseXml(atom.replace('</feed>', ''))).toThrow(/never closed/);
  });

  test('text from the feed is escaped in the Atom feed', () => {
    const odd: FeedDocument = { ...doc, changes: [{ ...doc.changes[0], title: 'a <b> & "c"' }] };
    expect(text(childrenNamed(childrenNamed(parseXml(renderAtom(odd)), 'entry')[0], 'title')[0])).toBe('a <b> & "c"');
  });
});
