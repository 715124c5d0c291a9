// The change history for people (CHANGELOG.md) and for feed readers (feed.atom, Atom 1.0, RFC 4287). Both are
// rendered from the history in twilio-network.json, so they say the same thing, and use no clock: a change's time is
// the catalog's last-checked date at the publication that found it.
import { describeItem } from './changes';
import { FEED_BASE_URL, FEED_FILES, FeedChange, FeedDocument, MAX_CHANGES, PROJECT_URL } from './types';

/** The unofficial-feed sentence every human-readable file opens with. */
export const UNOFFICIAL = 'Unofficial: generated from Twilio\'s public pages by twilio-voice-network; not published or endorsed by Twilio.';

/** Characters Markdown could read as formatting, escaped. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** Text for XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&apos;' })[c]!);
}

/** The anchor of a change in index.html: its sequence number, unique in a history even when content returns to an earlier state. */
export function changeAnchor(change: FeedChange): string {
  return `change-${change.sequence}`;
}

/** The lines that say what a change did; a first feed, which has nothing to compare with, says so. */
export function changeLines(change: FeedChange): string[] {
  return change.items.length > 0 ? change.items.map(describeItem) : ['No earlier feed to compare with: every entry is new.'];
}

/**
 * CHANGELOG.md: the history, newest first.
 * @param doc the feed
 */
export function renderChangelog(doc: FeedDocument): string {
  const out = [
    '# Changes to Twilio\'s network requirements',
    '',
    `${UNOFFICIAL} Newest first; the feed keeps the last ${MAX_CHANGES} changes. The same history is in \`${FEED_FILES.json}\``
      + ` (\`changes\`) and in the Atom feed \`${FEED_FILES.atom}\`.`,
    '',
  ];
  for (const change of doc.changes) {
    out.push(`## ${change.date}: ${md(change.title)}`, '');
    out.push(`Sync token \`${change.syncToken}\`${change.previousSyncToken ? ` (before: \`${change.previousSyncToken}\`)` : ''}.`, '');
    for (const line of changeLines(change)) out.push(`- ${md(line)}`);
    out.push('');
  }
  return out.join('\n');
}

const atomTime = (date: string) => `${date}T00:00:00Z`;

/**
 * feed.atom: one entry per change, newest first. The feed's `updated` is the newest change's date, so it moves only
 * when the content does.
 * @param doc the feed
 */
export function renderAtom(doc: FeedDocument): string {
  const self = `${FEED_BASE_URL}${FEED_FILES.atom}`;
  const page = `${FEED_BASE_URL}${FEED_FILES.html}`;
  const authority = new URL(FEED_BASE_URL).hostname;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(self)}</id>`,
    '  <title>Twilio Voice network requirements (unofficial)</title>',
    `  <subtitle>${xml(`Every change to the addresses, host names and ports Twilio publishes for Voice SDKs and SIP. ${UNOFFICIAL}`)}</subtitle>`,
    `  <updated>${atomTime(doc.changes[0].date)}</updated>`,
    `  <author><name>twilio-voice-network</name><uri>${xml(PROJECT_URL)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(page)}"/>`,
    `  <generator uri="${xml(PROJECT_URL)}">twilio-voice-network</generator>`,
  ];
  for (const change of doc.changes) {
    lines.push(
      '  <entry>',
      // a tag URI (RFC 4151), stable across publications so a reader never shows a change twice; the sequence number
      // tells apart two changes to the same content, the token two histories
      `    <id>${xml(`tag:${authority},${change.date}:${FEED_FILES.json}/${change.sequence}/${change.syncToken}`)}</id>`,
      `    <title>${xml(change.title)}</title>`,
      `    <updated>${atomTime(change.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(`${page}#${changeAnchor(change)}`)}"/>`,
      `    <content type="text">${xml([`Sync token ${change.syncToken}.`, ...changeLines(change)].join('\n'))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
