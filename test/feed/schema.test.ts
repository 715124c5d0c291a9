// The feed's JSON Schema (docs/feed.md#the-json): a real draft 2020-12 validator (ajv) accepts the feed and rejects
// broken copies of it, and the small validator the command uses on --previous agrees with ajv on every case.
import Ajv2020 from 'ajv/dist/2020';
import { buildFeedDocument } from '../../src/feed/build';
import { FEED_SCHEMA, SCHEMA_URL } from '../../src/feed/schema';
import { FeedDocument } from '../../src/feed/types';
import { validateJson } from '../../src/feed/validate';

// strictTypes: every keyword must sit with the type it applies to; unknown keywords and formats are errors
const ajv = new Ajv2020({ allErrors: true, strictTypes: true });
const validate = ajv.compile(FEED_SCHEMA as object);
const doc = buildFeedDocument();
const copy = (): any => JSON.parse(JSON.stringify(doc));
const entryIndex = (d: any, id: string): number => d.entries.findIndex((e: any) => e.id === id);

/** Broken copies of the feed, each with one thing wrong. */
const BROKEN: Array<[string, (d: any) => void]> = [
  ['another schemaVersion', (d) => { d.schemaVersion = 2; }],
  ['a property the schema does not know', (d) => { d.generatedAt = '2026-01-01T00:00:00Z'; }],
  ['a sync token that is not a sha256', (d) => { d.syncToken = 'abc'; }],
  ['no entries', (d) => { d.entries = []; }],
  ['an entry with an unknown property', (d) => { d.entries[0].comment = 'x'; }],
  ['an entry with an unknown purpose', (d) => { d.entries[0].purpose = 'video'; }],
  ['a CIDR that is not one', (d) => { d.entries[entryIndex(d, 'media:voice-sdk:udp')].cidrs = ['168.86.128.0/33']; }],
  ['a port out of range', (d) => { d.entries[entryIndex(d, 'media:voice-sdk:udp')].ports = [{ fromPort: 0, toPort: 70000 }]; }],
  ['a firewall entry without a direction', (d) => { delete d.entries[entryIndex(d, 'sip-signalling:udp')].direction; }],
  ['a direction that is not one', (d) => { d.entries[entryIndex(d, 'sip-signalling:udp')].direction = 'inbound'; }],
  ['a route with a protocol and ports', (d) => { Object.assign(d.entries[entryIndex(d, 'interconnect-route:london-ix:vpn')], { protocol: 'udp', ports: [{ fromPort: 1, toPort: 2 }] }); }],
  ['a route without a connection type', (d) => { delete d.entries[entryIndex(d, 'interconnect-route:london-ix:vpn')].connection; }],
  ['a BGP route without its announcements', (d) => { delete d.entries[entryIndex(d, 'interconnect-route:london-ix:bgp')].announcements; }],
  ['announcements on a VPN route', (d) => { d.entries[entryIndex(d, 'interconnect-route:london-ix:vpn')].announcements = ['10.0.0.0/8 le 24']; }],
  ['a connection type on a firewall entry', (d) => { d.entries[entryIndex(d, 'media:sip:udp')].connection = 'bgp'; }],
  ['an entry with neither CIDRs nor hosts', (d) => { delete d.entries[entryIndex(d, 'insights:tcp')].hosts; }],
  ['a CIDR listed twice', (d) => { const e = d.entries[entryIndex(d, 'sip-signalling:udp')]; e.cidrs.push(e.cidrs[0]); }],
  ['a source without a title', (d) => { delete d.sources[0].title; }],
  ['a date that is not one', (d) => { d.catalogChecked = '2026-13-01'; }],
  ['a change item of an unknown kind', (d) => { d.changes[0].items.push({ action: 'added', kind: 'port', value: '1' }); }],
  ['more changes than the feed keeps', (d) => { d.changes = Array.from({ length: 51 }, () => d.changes[0]).map((c, i) => ({ ...c, title: `t${i}` })); }],
];

describe('FEED_SCHEMA', () => {
  test('is a draft 2020-12 schema whose $id is where it is published', () => {
    expect([(FEED_SCHEMA as any).$schema, (FEED_SCHEMA as any).$id]).toEqual(['https://json-schema.org/draft/2020-12/schema', SCHEMA_URL]);
  });

  test('GIVEN the feed built from the catalog THEN ajv (draft 2020-12) accepts it, and so does the command\'s validator', () => {
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    expect(validateJson(FEED_SCHEMA, doc)).toEqual([]);
  });

  test('entries have additionalProperties: false, required fields and enums', () => {
    const entry = (FEED_SCHEMA as any).$defs.entry;
    expect(entry.additionalProperties).toBe(false);
    expect(entry.required).toEqual(['id', 'purpose', 'description', 'clients', 'edges', 'source']);
    expect(entry.properties.direction.enum).toEqual(['egress', 'ingress', 'both']);
    expect(entry.properties.protocol.enum).toEqual(['udp', 'tcp']);
  });

  test.each(BROKEN)('the validator can fail: ajv rejects a feed with %s, and the command\'s validator agrees', (_name, breakIt) => {
    const d = copy();
    breakIt(d);
    expect(validate(d)).toBe(false);
    expect(validateJson(FEED_SCHEMA, d).length).toBeGreaterThan(0);
  });

  test('the command\'s validator names the path of what is wrong', () => {
    const d = copy();
    d.entries[entryIndex(d, 'media:voice-sdk:udp')].cidrs = ['168.86.128.0/33'];
    const i = entryIndex(d, 'media:voice-sdk:udp');
    expect(validateJson(FEED_SCHEMA, d)).toEqual([{ path: `/entries/${i}/cidrs/0`, message: expect.stringMatching(/^must match /) }]);
  });

  test('the command\'s validator refuses a keyword it does not implement instead of ignoring it', () => {
    expect(() => validateJson({ type: 'string', format: 'uri' }, 'x')).toThrow(/does not implement the JSON Schema keyword 'format'/);
  });

  test('a document that is not an object fails with one error at the root', () => {
    expect(validateJson(FEED_SCHEMA, [] as unknown as FeedDocument)).toEqual([{ path: '', message: 'must be of type object' }]);
  });
});
