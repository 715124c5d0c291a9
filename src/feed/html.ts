// index.html: the feed for a person. Plain HTML and CSS, no script; every text from the feed is escaped.
import { changeAnchor, changeLines, UNOFFICIAL, xml as esc } from './change-log';
import { FeedList } from './lists';
import { FEED_FILES, FeedDocument, FeedEntry, FeedPortRange, PROJECT_URL, PURPOSES } from './types';
import { portLabel } from '../util/text';

/** What each purpose is, for the heading of its table. */
const PURPOSE_TEXT: Record<string, string> = {
  'media': 'Voice media: SRTP and ICE from Voice SDK clients, RTP with SIP endpoints.',
  'signalling': 'Voice SDK signalling on public edges, by host name (Twilio publishes no addresses for it).',
  'insights': 'Call quality events the Voice SDKs send to Twilio Insights.',
  'registration': 'Push notification registration of the mobile Voice SDKs.',
  'sdk-assets': 'Sounds the JavaScript Voice SDK downloads.',
  'stun-turn': 'STUN and TURN (Twilio\'s Network Traversal Service), the relay when direct media is blocked.',
  'interconnect-signalling': 'Voice SDK signalling over Twilio Interconnect edges.',
  'interconnect-route': 'Prefixes routed over Twilio Interconnect: routing, not firewall rules (no direction, protocol or ports).',
  'sip-signalling': 'SIP signalling with Twilio\'s regional gateways (Elastic SIP Trunking, Programmable Voice SIP).',
  'sip-interconnect-gateway': 'SIP signalling with the gateways of each Interconnect edge.',
};

const STYLE = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 78rem; padding: 0 1rem 3rem; color: #1b1f24; }
h1 { margin-top: 1.5rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; } h3 { margin-top: 1.8rem; }
.notice { background: #fff8c5; border: 1px solid #d4a72c; padding: .6rem .8rem; }
nav a { margin-right: 1rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
code, .addr { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
.addr { white-space: pre; }
.note { color: #57606a; font-size: 13px; }
`;

const portsText = (ports: readonly FeedPortRange[] | undefined) => (ports ?? [])
  .map((p) => portLabel(p.fromPort, p.toPort)).join(', ');
const cell = (text: string, cls?: string) => `<td${cls ? ` class="${cls}"` : ''}>${text}</td>`;
const lines = (values: readonly string[] | undefined) => (values ?? []).map(esc).join('\n');
const link = (href: string, text: string) => `<a href="${esc(href)}">${esc(text)}</a>`;
const about = (e: FeedEntry) => `${esc(e.description)}${e.note ? `<div class="note">${esc(e.note)}</div>` : ''}`;

function entryTable(purpose: string, entries: readonly FeedEntry[]): string[] {
  const route = purpose === 'interconnect-route';
  const head = route
    ? ['Entry', 'Connection', 'Edges', 'Prefixes', 'Announcements', 'What', 'Source']
    : ['Entry', 'Direction', 'Protocol', 'Ports', 'Edges', 'CIDRs', 'Hosts', 'Clients', 'What', 'Source'];
  const rows = entries.map((e) => {
    const cells = route
      ? [cell(`<code>${esc(e.id)}</code>`), cell(esc(e.connection ?? '')), cell(lines(e.edges), 'addr'), cell(lines(e.cidrs), 'addr'),
        cell(lines(e.announcements), 'addr'), cell(about(e)), cell(link(e.source, 'page'))]
      : [cell(`<code>${esc(e.id)}</code>`), cell(esc(e.direction ?? '')), cell(esc(e.protocol ?? '')), cell(esc(portsText(e.ports))),
        cell(lines(e.edges), 'addr'), cell(lines(e.cidrs), 'addr'), cell(lines(e.hosts), 'addr'), cell(esc(e.clients.join(', '))),
        cell(about(e)), cell(link(e.source, 'page'))];
    return `<tr data-entry="${esc(e.id)}">${cells.join('')}</tr>`;
  });
  return [
    `<div class="scroll"><table class="entries" data-purpose="${esc(purpose)}">`,
    `<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
  ];
}

/**
 * index.html: a table per purpose (direction, protocol, ports, edges, addresses), a link to every list, the change
 * history, the sources, and the notice that the feed is unofficial.
 * @param doc the feed
 * @param lists the list files written with it
 */
export function renderHtml(doc: FeedDocument, lists: readonly FeedList[]): string {
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Twilio Voice network requirements (unofficial feed)</title>',
    `<link rel="alternate" type="application/atom+xml" title="Changes" href="${FEED_FILES.atom}">`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Twilio Voice network requirements</h1>',
    `<p class="notice" id="notice"><strong>${esc(UNOFFICIAL)}</strong> Check Twilio's pages (listed under Sources) before you rely on a value.</p>`,
    `<p>Catalog last checked: ${esc(doc.catalogChecked)}. Sync token: <code id="sync-token">${esc(doc.syncToken)}</code>. `
      + `Schema version ${doc.schemaVersion}.</p>`,
    '<nav>',
    link(FEED_FILES.json, FEED_FILES.json), link(FEED_FILES.schema, 'JSON Schema'), link(FEED_FILES.atom, 'Atom feed'),
    link(FEED_FILES.changelog, FEED_FILES.changelog), link('#lists', 'Lists'), link('#changes', 'Changes'), link('#sources', 'Sources'),
    '</nav>',
    '</header>',
    '<main>',
    '<section id="requirements">',
    '<h2>Requirements</h2>',
    '<p>Direction is seen from your network: egress means you open the connection, ingress that Twilio does, both that either side may. '
      + 'Ports are Twilio\'s (where Twilio listens); traffic Twilio opens goes to your own ports.</p>',
  ];
  for (const purpose of PURPOSES) {
    const entries = doc.entries.filter((e) => e.purpose === purpose);
    if (entries.length === 0) continue;
    const mine = lists.filter((l) => l.purpose === purpose);
    out.push(
      `<section class="purpose" id="purpose-${esc(purpose)}">`,
      `<h3>${esc(purpose)}</h3>`,
      `<p>${esc(PURPOSE_TEXT[purpose] ?? '')}</p>`,
      ...entryTable(purpose, entries),
      mine.length ? `<p>Lists: ${mine.map((l) => link(l.file, l.file)).join(', ')}</p>` : '<p>No list: Twilio publishes host names only.</p>',
      '</section>',
    );
  }
  out.push(
    '</section>',
    '<section id="lists">',
    '<h2>Lists</h2>',
    '<p>One CIDR per line and nothing else, exactly as Twilio publishes them (never merged). The lists carry no ports: '
      + 'pair each with the ports of its purpose above.</p>',
    '<div class="scroll"><table id="list-table">',
    '<thead><tr><th>File</th><th>Purpose</th><th>Edge</th><th>Connection</th><th>Lines</th></tr></thead>',
    '<tbody>',
    ...lists.map((l) => `<tr>${cell(link(l.file, l.file))}${cell(esc(l.purpose))}${cell(esc(l.edge ?? 'all'))}`
      + `${cell(esc(l.connection ?? ''))}${cell(String(l.cidrs.length))}</tr>`),
    '</tbody></table></div>',
    '</section>',
    '<section id="changes">',
    '<h2>Changes</h2>',
    `<p>Newest first. Subscribe to the ${link(FEED_FILES.atom, 'Atom feed')}, or poll ${link(FEED_FILES.json, FEED_FILES.json)} `
      + 'and compare its <code>syncToken</code>.</p>',
  );
  for (const change of doc.changes) {
    out.push(
      `<article id="${changeAnchor(change)}">`,
      `<h3>${esc(change.date)}: ${esc(change.title)}</h3>`,
      `<p>Sync token <code>${esc(change.syncToken)}</code>.</p>`,
      `<ul>${changeLines(change).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`,
      '</article>',
    );
  }
  out.push(
    '</section>',
    '<section id="sources">',
    '<h2>Sources</h2>',
    '<div class="scroll"><table id="source-table">',
    '<thead><tr><th>Page</th><th>Page date</th><th>Last checked</th></tr></thead>',
    '<tbody>',
    ...doc.sources.map((s) => `<tr>${cell(link(s.url, s.title))}${cell(esc(s.dateModified ?? 'not published'))}${cell(esc(s.checked))}</tr>`),
    '</tbody></table></div>',
    '</section>',
    '</main>',
    `<footer><p>${esc(UNOFFICIAL)} Generated by ${link(PROJECT_URL, 'twilio-voice-network')}.</p></footer>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}
