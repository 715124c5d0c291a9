// The feed's index.html as a person sees it (docs/feed.md#the-files): the machine's Chromium renders the page the
// command wrote, and the tests read the rendered tables and follow the links. Where Chromium is missing, each test is
// reported as skipped with the reason, never as passed.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { Browser, chromium, Page } from 'playwright-core';
import { runFeedCommand } from '../../src/cli/feed-command';
import { renderHtml } from '../../src/feed/html';
import { ipv4Lists } from '../../src/feed/lists';
import { FEED_FILES, FeedDocument, PURPOSES } from '../../src/feed/types';

const CHROMIUM = '/usr/bin/chromium';
// headless, and nothing that reaches the network on its own
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const skipReason = fs.existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (Debian: apt-get install chromium)`;

/** A test that runs only where Chromium is, and otherwise says why it was skipped. */
function withChromium(name: string, fn: () => Promise<void>): void {
  if (skipReason) console.log(`SKIPPED ${name}: ${skipReason}.`);
  (skipReason ? test.skip : test)(name, fn, 60_000);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-feed-browser-'));
const out = path.join(tmp, 'feed');
let browser: Browser | undefined;
let page: Page;
let doc: FeedDocument;

beforeAll(async () => {
  const code = runFeedCommand({ out }, { stdout: () => undefined, stderr: (t) => { throw new Error(t); } });
  expect(code).toBe(0);
  doc = JSON.parse(fs.readFileSync(path.join(out, FEED_FILES.json), 'utf8'));
  if (skipReason) return;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const indexUrl = () => pathToFileURL(path.join(out, FEED_FILES.html)).href;

describe('index.html in Chromium', () => {
  withChromium('renders one visible table per purpose, one row per entry, with direction, ports and edges', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(indexUrl());
    expect(await page.title()).toBe('Twilio Voice network requirements (unofficial feed)');
    for (const purpose of PURPOSES) {
      const table = page.locator(`table.entries[data-purpose="${purpose}"]`);
      expect({ purpose, visible: await table.isVisible() }).toEqual({ purpose, visible: true });
      const rows = await table.locator('tbody tr').count();
      expect({ purpose, rows }).toEqual({ purpose, rows: doc.entries.filter((e) => e.purpose === purpose).length });
      const head = await table.locator('thead th').allInnerTexts();
      expect(head).toEqual(expect.arrayContaining(purpose === 'interconnect-route' ? ['Connection', 'Edges', 'Prefixes'] : ['Direction', 'Ports', 'Edges']));
    }
    // one row read back as the browser shows it
    const sip = doc.entries.find((e) => e.id === 'sip-signalling:udp')!;
    const cells = await page.locator('tr[data-entry="sip-signalling:udp"] td').allInnerTexts();
    const head = await page.locator('table.entries[data-purpose="sip-signalling"] thead th').allInnerTexts();
    const col = (name: string) => cells[head.indexOf(name)].trim();
    expect([col('Direction'), col('Protocol'), col('Ports')]).toEqual(['both', 'udp', sip.ports!.map((p) => String(p.fromPort)).join(', ')]);
    expect(col('CIDRs').split('\n')).toEqual(sip.cidrs);
    expect(col('Edges').split('\n')).toEqual(sip.edges);
    expect(await page.locator('script').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  withChromium('says plainly that it is unofficial and generated from Twilio\'s public pages, and lists the Twilio sources', async () => {
    await page.goto(indexUrl());
    const notice = page.locator('#notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(/^Unofficial: generated from Twilio's public pages/);
    const sources = await page.locator('#source-table tbody a').evaluateAll((as) => as.map((a: any) => String(a.href)));
    expect(sources).toEqual(doc.sources.map((s) => s.url));
    const changes = await page.locator('#changes article h3').allInnerTexts();
    expect(changes).toEqual(doc.changes.map((c) => `${c.date}: ${c.title}`));
  });

  withChromium('links every list file, and every link in the folder leads to a file that exists', async () => {
    await page.goto(indexUrl());
    const hrefs = await page.locator('a').evaluateAll((as) => as.map((a: any) => String(a.href)));
    const local = [...new Set(hrefs.filter((h) => h.startsWith('file:')).map((h) => h.split('#')[0]))];
    expect(local.filter((h) => !fs.existsSync(fileURLToPath(h)))).toEqual([]);
    const linkedLists = local.map((h) => path.relative(out, fileURLToPath(h)).split(path.sep).join('/')).filter((f) => f.startsWith('ipv4/'));
    expect(linkedLists.sort()).toEqual(fs.readdirSync(path.join(out, 'ipv4')).map((f) => `ipv4/${f}`).sort());
    expect(linkedLists.sort()).toEqual(ipv4Lists(doc.entries).map((l) => l.file).sort());
    for (const f of [FEED_FILES.json, FEED_FILES.schema, FEED_FILES.atom, FEED_FILES.changelog]) {
      expect(local).toContain(pathToFileURL(path.join(out, f)).href);
    }
    // follow one: the browser shows the list as plain text, one CIDR per line
    await page.locator('#list-table a[href="ipv4/sip-signalling.txt"]').click();
    const shown = (await page.locator('body').innerText()).trim().split('\n');
    expect(shown).toEqual(fs.readFileSync(path.join(out, 'ipv4', 'sip-signalling.txt'), 'utf8').trim().split('\n'));
  });

  withChromium('Chromium\'s XML parser reads feed.atom as an Atom feed without error', async () => {
    await page.goto('about:blank');
    const atom = fs.readFileSync(path.join(out, FEED_FILES.atom), 'utf8');
    const parsed = await page.evaluate((text) => {
      // runs in the page: the DOM's own XML parser
      const xml = new (globalThis as any).DOMParser().parseFromString(text, 'application/xml');
      return {
        error: xml.getElementsByTagName('parsererror').length,
        root: xml.documentElement.localName,
        ns: xml.documentElement.namespaceURI,
        entries: xml.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
      };
    }, atom);
    expect(parsed).toEqual({ error: 0, root: 'feed', ns: 'http://www.w3.org/2005/Atom', entries: doc.changes.length });
  });

  withChromium('text from the feed is escaped: markup in a title shows as text and runs nothing', async () => {
    const hostile: FeedDocument = { ...doc, changes: [{ ...doc.changes[0], title: '<img src=x onerror="document.title=1"><script>document.title=2</script>' }] };
    await page.setContent(renderHtml(hostile, ipv4Lists(doc.entries)));
    expect(await page.locator('script, img').count()).toBe(0);
    expect(await page.locator('#changes article h3').first().innerText()).toContain('<script>document.title=2</script>');
    expect(await page.title()).toBe('Twilio Voice network requirements (unofficial feed)');
  });
});
