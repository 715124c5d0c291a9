// The feed from end to end: the document from the catalog and the previous feed, every file rendered from it, and
// the folder written. Deterministic: the same catalog and previous feed give the same bytes (no clock anywhere).
import { syncTokenOf } from './canonical';
import { renderAtom, renderChangelog, UNOFFICIAL } from './change-log';
import { nextChanges } from './changes';
import { feedEntries, feedSources } from './feed';
import { renderHtml } from './html';
import { ipv4Lists, listText } from './lists';
import { readPreviousFeed } from './previous';
import { FEED_SCHEMA, SCHEMA_URL } from './schema';
import { FEED_FILES, FeedDocument, SCHEMA_VERSION } from './types';
import { validateJson } from './validate';
import { checkOutFolder, writeFeedFolder } from './write';
import { TwilioCatalog } from '../catalog/twilio-catalog';

/**
 * `twilio-network.json` as a document: the catalog's entries and sources, and the history carried on from `previous`.
 * @param previous the feed published last, if any
 */
export function buildFeedDocument(previous?: FeedDocument): FeedDocument {
  const entries = feedEntries();
  const sources = feedSources(entries);
  const syncToken = syncTokenOf(entries, sources);
  const checked = TwilioCatalog.lastChecked();
  const doc: FeedDocument = {
    $schema: SCHEMA_URL,
    schemaVersion: SCHEMA_VERSION,
    syncToken,
    catalogChecked: checked,
    notice: UNOFFICIAL,
    sources,
    entries,
    changes: nextChanges(previous, { entries, sources, syncToken }, checked),
  };
  const errors = validateJson(FEED_SCHEMA, doc);
  // the feed is built from the catalog, whose facts are validated: a failure here is a bug in this folder
  if (errors.length > 0) throw new Error(`The feed fails its own schema: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return doc;
}

/**
 * Every file of the feed, by path in its folder, sorted by path.
 * @param doc the document from `buildFeedDocument`
 */
export function renderFeedFiles(doc: FeedDocument): Map<string, string> {
  const lists = ipv4Lists(doc.entries);
  const files: Array<[string, string]> = [
    [FEED_FILES.json, `${JSON.stringify(doc, undefined, 2)}\n`],
    [FEED_FILES.schema, `${JSON.stringify(FEED_SCHEMA, undefined, 2)}\n`],
    [FEED_FILES.changelog, renderChangelog(doc)],
    [FEED_FILES.atom, renderAtom(doc)],
    [FEED_FILES.html, renderHtml(doc, lists)],
    ...lists.map((l): [string, string] => [l.file, listText(l)]),
  ];
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** What `buildFeedFolder` wrote. */
export interface FeedBuildResult {
  /** The folder, absolute. */
  readonly folder: string;
  /** How many files. */
  readonly files: number;
  /** Their total size in bytes. */
  readonly bytes: number;
  /** How many entries the feed holds. */
  readonly entries: number;
  /** The content's sync token. */
  readonly syncToken: string;
  /** `first` without a previous feed, `changed` when a change was added to the history, `unchanged` otherwise. */
  readonly history: 'first' | 'changed' | 'unchanged';
}

/**
 * Builds the feed and writes it into `out`, after checking both arguments: nothing is written when either is bad.
 * @param options `out`: the folder (new, empty, or an earlier feed's); `previous`: the feed published last
 * @throws a validation error naming --out or --previous, the value and the fix
 */
export function buildFeedFolder(options: { readonly out?: string; readonly previous?: string }): FeedBuildResult {
  const folder = checkOutFolder(options.out);
  const previous = options.previous === undefined ? undefined : readPreviousFeed(options.previous);
  const doc = buildFeedDocument(previous);
  const files = renderFeedFiles(doc);
  writeFeedFolder(folder, files);
  return {
    folder,
    files: files.size,
    bytes: [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0),
    entries: doc.entries.length,
    syncToken: doc.syncToken,
    // an unchanged content keeps the previous history as it was, first change included
    history: !previous ? 'first' : doc.changes[0] === previous.changes[0] ? 'unchanged' : 'changed',
  };
}
