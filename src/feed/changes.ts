// What changed between two feeds: every CIDR and host added or removed, per purpose and edge, and entries and
// sources added, removed or changed; and the history that carries those changes from one publication to the next.
import { canonicalJson, compareText, syncTokenOf } from './canonical';
import { FeedChange, FeedChangeItem, FeedDocument, FeedEntry, FeedPortRange, FeedSource, MAX_CHANGES, PURPOSES } from './types';
import { compareCidrs } from '../util/cidr';
import { portLabel } from '../util/text';

/** The content two feeds are compared on. */
export interface FeedContent {
  /** The entries. */
  readonly entries: readonly FeedEntry[];
  /** The sources. */
  readonly sources: readonly FeedSource[];
}

interface Addresses {
  readonly purpose: string;
  readonly connection?: string;
  readonly edge: string;
  readonly cidrs: Set<string>;
  readonly hosts: Set<string>;
}

/** CIDRs and hosts per purpose (and connection type) and edge. */
function addressesOf(entries: readonly FeedEntry[]): Map<string, Addresses> {
  const out = new Map<string, Addresses>();
  for (const e of entries) {
    for (const edge of e.edges) {
      const key = `${e.purpose}\u0000${e.connection ?? ''}\u0000${edge}`;
      const a = out.get(key) ?? { purpose: e.purpose, connection: e.connection, edge, cidrs: new Set<string>(), hosts: new Set<string>() };
      for (const c of e.cidrs ?? []) a.cidrs.add(c);
      for (const h of e.hosts ?? []) a.hosts.add(h);
      out.set(key, a);
    }
  }
  return out;
}

const portsText = (ports: readonly FeedPortRange[] | undefined) => (ports ?? [])
  .map((p) => portLabel(p.fromPort, p.toPort)).join(', ');

/** The fields of an entry compared as a whole (addresses are compared per edge; edges are told as +/-). */
const COMPARED: Array<[string, (e: FeedEntry) => string]> = [
  ['purpose', (e) => e.purpose],
  ['description', (e) => e.description],
  ['clients', (e) => e.clients.join(', ')],
  ['direction', (e) => e.direction ?? 'none'],
  ['protocol', (e) => e.protocol ?? 'none'],
  ['ports', (e) => portsText(e.ports) || 'none'],
  ['connection', (e) => e.connection ?? 'none'],
  ['announcements', (e) => (e.announcements ?? []).join(', ') || 'none'],
  ['source', (e) => e.source],
  ['note', (e) => e.note ?? 'none'],
];

const plusMinus = (before: readonly string[], after: readonly string[]) => [
  ...after.filter((v) => !before.includes(v)).map((v) => `+${v}`),
  ...before.filter((v) => !after.includes(v)).map((v) => `-${v}`),
];

/**
 * What changed in an entry, or undefined. Its CIDRs and hosts are told here only where the per-edge comparison
 * cannot show them (another entry of the same purpose and edge still has the address).
 */
function entryChange(before: FeedEntry, after: FeedEntry, told: ReadonlySet<string>): string | undefined {
  const parts = COMPARED.filter(([, get]) => get(before) !== get(after)).map(([name, get]) => `${name}: ${get(before)} -> ${get(after)}`);
  const edges = plusMinus(before.edges, after.edges);
  if (edges.length) parts.push(`edges: ${edges.join(', ')}`);
  for (const [kind, field] of [['cidr', 'cidrs'], ['host', 'hosts']] as const) {
    const untold = plusMinus(before[field] ?? [], after[field] ?? [])
      .filter((pm) => !told.has(addressKey(after.purpose, after.connection, kind, pm[0] === '+' ? 'added' : 'removed', pm.slice(1))));
    if (untold.length) parts.push(`${field}: ${untold.join(', ')}`);
  }
  return parts.length ? parts.join('; ') : undefined;
}

const addressKey = (purpose: string, connection: string | undefined, kind: string, action: string, value: string) =>
  [purpose, connection ?? '', kind, action, value].join('\u0000');

const ACTIONS = ['added', 'removed', 'changed'];
const KINDS = ['entry', 'cidr', 'host', 'source'];

function compareItems(a: FeedChangeItem, b: FeedChangeItem): number {
  const purpose = (i: FeedChangeItem) => (i.purpose === undefined ? PURPOSES.length : PURPOSES.indexOf(i.purpose as any));
  return purpose(a) - purpose(b)
    || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)
    || compareText(a.connection ?? '', b.connection ?? '')
    || ACTIONS.indexOf(a.action) - ACTIONS.indexOf(b.action)
    || (a.kind === 'cidr' ? compareCidrs(a.value, b.value) : compareText(a.value, b.value))
    || compareText((a.edges ?? []).join(','), (b.edges ?? []).join(','));
}

/**
 * Every difference between two feeds' content, in a fixed order: per purpose, the entries, CIDRs and hosts added,
 * removed or changed (a CIDR or host names the edges it was added to or removed from), then the sources.
 * @param before the previous feed
 * @param after the new feed
 */
export function diffFeeds(before: FeedContent, after: FeedContent): FeedChangeItem[] {
  const items: FeedChangeItem[] = [];
  // addresses: one item per (action, kind, purpose, connection, value), naming every edge it happened on
  const grouped = new Map<string, { item: Omit<FeedChangeItem, 'edges'>; edges: string[] }>();
  const note = (item: Omit<FeedChangeItem, 'edges'>, edge: string) => {
    const key = canonicalJson(item);
    const g = grouped.get(key) ?? { item, edges: [] };
    g.edges.push(edge);
    grouped.set(key, g);
  };
  const was = addressesOf(before.entries);
  const now = addressesOf(after.entries);
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    const a = was.get(key);
    const b = now.get(key);
    const { purpose, connection, edge } = (a ?? b)!;
    for (const kind of ['cidr', 'host'] as const) {
      const old = (kind === 'cidr' ? a?.cidrs : a?.hosts) ?? new Set<string>();
      const cur = (kind === 'cidr' ? b?.cidrs : b?.hosts) ?? new Set<string>();
      for (const value of cur) if (!old.has(value)) note({ action: 'added', kind, value, purpose, connection }, edge);
      for (const value of old) if (!cur.has(value)) note({ action: 'removed', kind, value, purpose, connection }, edge);
    }
  }
  const told = new Set<string>();
  for (const { item, edges } of grouped.values()) {
    items.push({ ...item, edges: [...edges].sort(compareText) });
    told.add(addressKey(item.purpose!, item.connection, item.kind, item.action, item.value));
  }

  const oldEntries = new Map(before.entries.map((e) => [e.id, e]));
  const newEntries = new Map(after.entries.map((e) => [e.id, e]));
  for (const [id, e] of newEntries) {
    const old = oldEntries.get(id);
    if (!old) {items.push({ action: 'added', kind: 'entry', value: id, purpose: e.purpose });} else {
      const detail = entryChange(old, e, told);
      if (detail) items.push({ action: 'changed', kind: 'entry', value: id, purpose: e.purpose, detail });
    }
  }
  for (const [id, e] of oldEntries) if (!newEntries.has(id)) items.push({ action: 'removed', kind: 'entry', value: id, purpose: e.purpose });

  const oldSources = new Map(before.sources.map((s) => [s.url, s]));
  const newSources = new Map(after.sources.map((s) => [s.url, s]));
  for (const [url, s] of newSources) {
    const old = oldSources.get(url);
    if (!old) {items.push({ action: 'added', kind: 'source', value: url });} else if (old.title !== s.title || old.dateModified !== s.dateModified) {
      const parts = [
        ...(old.title !== s.title ? [`title: ${old.title} -> ${s.title}`] : []),
        ...(old.dateModified !== s.dateModified ? [`dateModified: ${old.dateModified ?? 'none'} -> ${s.dateModified ?? 'none'}`] : []),
      ];
      items.push({ action: 'changed', kind: 'source', value: url, detail: parts.join('; ') });
    }
  }
  for (const url of oldSources.keys()) if (!newSources.has(url)) items.push({ action: 'removed', kind: 'source', value: url });
  return items.map(withoutUndefined).sort(compareItems);
}

function withoutUndefined(item: FeedChangeItem): FeedChangeItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as unknown as FeedChangeItem;
}

/** One line naming how much changed, per purpose. */
export function changeTitle(items: readonly FeedChangeItem[]): string {
  const parts: string[] = [];
  for (const group of [...PURPOSES, undefined]) {
    const mine = items.filter((i) => i.purpose === group);
    if (mine.length === 0) continue;
    const counts: string[] = [];
    for (const kind of KINDS) {
      for (const action of ACTIONS) {
        const n = mine.filter((i) => i.kind === kind && i.action === action).length;
        if (n === 0) continue;
        const noun = kind === 'cidr' ? 'CIDR' : kind === 'entry' ? (n === 1 ? 'entry' : 'entries') : kind;
        counts.push(`${n} ${noun}${n === 1 || kind === 'entry' ? '' : 's'} ${action}`);
      }
    }
    parts.push(`${group ?? 'sources'}: ${counts.join(', ')}`);
  }
  return parts.length ? parts.join('; ') : 'No difference';
}

/** One sentence for one change item, as CHANGELOG.md, the Atom feed and index.html print it. */
export function describeItem(item: FeedChangeItem): string {
  const where = `${item.purpose ?? ''}${item.connection ? ` (${item.connection})` : ''}`;
  if (item.kind === 'cidr' || item.kind === 'host') {
    return `${where} on ${(item.edges ?? []).join(', ')}: ${item.kind === 'cidr' ? 'CIDR' : 'host'} ${item.value} ${item.action}`;
  }
  const detail = item.detail ? ` (${item.detail})` : '';
  return item.kind === 'entry' ? `${where}: entry ${item.value} ${item.action}${detail}` : `source ${item.value} ${item.action}${detail}`;
}

/**
 * The feed's change history after this publication, newest first and at most `MAX_CHANGES` long: without a previous
 * feed, one initial change; with one whose content equals this content, the previous history unchanged; otherwise
 * the previous history after a new change listing the differences.
 * @param previous the feed published last, if any
 * @param current this feed's content and sync token
 * @param date the date of a new change (the catalog's last-checked date: never the clock)
 */
export function nextChanges(previous: FeedDocument | undefined, current: FeedContent & { readonly syncToken: string }, date: string): FeedChange[] {
  if (!previous) {
    return [{
      sequence: 1,
      syncToken: current.syncToken,
      date,
      title: `First feed: ${current.entries.length} entries from ${current.sources.length} pages`,
      items: [],
    }];
  }
  // the previous content's own token, not the one it states: a hand-edited file is compared on what it holds
  if (syncTokenOf(previous.entries, previous.sources) === current.syncToken) return previous.changes.slice(0, MAX_CHANGES);
  const items = diffFeeds(previous, current);
  const change: FeedChange = {
    sequence: (previous.changes[0]?.sequence ?? 0) + 1,
    syncToken: current.syncToken,
    previousSyncToken: previous.syncToken,
    date,
    title: changeTitle(items),
    items,
  };
  return [change, ...previous.changes].slice(0, MAX_CHANGES);
}
