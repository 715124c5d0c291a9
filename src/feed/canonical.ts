// Content identity: one text per content, whatever order it was built or parsed in, and the sync token over it.
import { createHash } from 'crypto';
import { FeedEntry, FeedSource } from './types';

/** Orders strings by UTF-16 code units: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with every object's keys sorted and undefined members left out: the same text for the same content. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj).filter((k) => obj[k] !== undefined).sort(compareText)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The sync token of a content: sha256 (hex) of the canonical JSON of the entries and of the sources without their
 * `checked` dates. Comparing the catalog with Twilio's pages again without finding a difference leaves it unchanged.
 * @param entries the feed's entries
 * @param sources the feed's sources
 */
export function syncTokenOf(entries: readonly FeedEntry[], sources: readonly FeedSource[]): string {
  // sorted here too, so that a file whose entries were reordered by hand still has the same content
  const content = {
    entries: [...entries].sort((a, b) => compareText(a.id, b.id)),
    sources: [...sources].sort((a, b) => compareText(a.url, b.url)).map((s) => ({ url: s.url, title: s.title, dateModified: s.dateModified })),
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
