// `twilio-voice-network check-upstream`: compares the catalog with Twilio's pages, read from a folder of Markdown
// twins (--from) or fetched from twilio.com.
import * as fs from 'fs';
import * as https from 'https';
import * as path from 'path';
import { catalogPageFacts, compareFacts, formatDrift, PageFacts, UPSTREAM_PAGES, UpstreamParseError, withoutIgnored } from '../upstream';

/** Thrown when a page can't be read or understood: the check can't vouch for anything, so it exits 2. */
export class UnreadablePageError extends Error {}

const FETCH_TIMEOUT_MS = 15_000;

/** GET over HTTPS (following up to 3 redirects), as text. */
export function fetchText(url: string, redirects: number = 3): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { timeout: FETCH_TIMEOUT_MS, headers: { accept: 'text/markdown, text/plain' } }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location && redirects > 0) {
        res.resume();
        resolve(fetchText(new URL(res.headers.location, url).toString(), redirects - 1));
        return;
      }
      if (status !== 200) {
        res.resume();
        reject(new Error(`HTTP ${status}`));
        return;
      }
      res.setEncoding('utf8');
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve(body));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${FETCH_TIMEOUT_MS} ms`)));
    req.on('error', reject);
  });
}

/** Reads and parses every page; any page that can't be read or understood is an UnreadablePageError. */
export async function readUpstream(from: string | undefined, fetch: (url: string) => Promise<string> = fetchText): Promise<PageFacts[]> {
  const out: PageFacts[] = [];
  for (const page of UPSTREAM_PAGES) {
    const where = from ? path.join(from, `${page.path}.md`) : page.markdownUrl;
    let markdown: string;
    try {
      markdown = from ? fs.readFileSync(where, 'utf8') : await fetch(where);
    } catch (e) {
      throw new UnreadablePageError(`cannot read ${page.path} from ${where}: ${(e as Error).message}`);
    }
    try {
      out.push(withoutIgnored(page.parse(markdown)));
    } catch (e) {
      if (e instanceof UpstreamParseError) throw new UnreadablePageError(`cannot understand ${page.path} (${where}): ${e.message}`);
      throw e;
    }
  }
  return out;
}

/** Runs the comparison and writes the result; returns the exit status (0 in sync, 1 drift, 2 unreadable page). */
export async function checkUpstream(
  options: { from?: string; json?: boolean }, io: { stdout: (t: string) => void; stderr: (t: string) => void },
  fetch?: (url: string) => Promise<string>,
): Promise<number> {
  let theirs: PageFacts[];
  try {
    theirs = await readUpstream(options.from, fetch);
  } catch (e) {
    if (!(e instanceof UnreadablePageError)) throw e;
    io.stderr(`twilio-voice-network: check-upstream ${e.message}\n`);
    return 2;
  }
  const drift = compareFacts(catalogPageFacts(), theirs);
  if (options.json) {
    io.stdout(JSON.stringify(drift, null, 2) + '\n');
  } else {
    for (const d of drift) io.stdout(formatDrift(d) + '\n');
    io.stdout(drift.length === 0
      ? `The catalog matches Twilio's pages (${theirs.length} pages).\n`
      : `${drift.length} difference(s) between the catalog and Twilio's pages. Check each against the page, then update the catalog or register the new facts (TwilioCatalog.registerEdge/registerMedia).\n`);
  }
  return drift.length === 0 ? 0 : 1;
}
