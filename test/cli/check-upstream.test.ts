// `twilio-voice-network check-upstream`: 0 when the catalog matches Twilio's pages, 1 with one line per difference,
// 2 on bad arguments or a page that can't be read or understood.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkUpstream } from '../../src/cli/check-upstream';
import { runCli } from '../../src/cli/cli';
import { renderTwilioPages, writeTwilioPages } from '../support/twilio-pages';

const STORED = process.env.TWILIO_PAGES_DIR ?? path.join(__dirname, '..', '..', '..', 'shared', 'twilio', 'pages');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-upstream-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
function pagesDir(pages: Record<string, string>): string {
  const dir = path.join(tmp, String(n++));
  writeTwilioPages(dir, pages);
  return dir;
}

/** Every distinct CIDR written on the pages, with one page that carries it. */
function cidrsOn(pages: Record<string, string>): Array<[string, string]> {
  const seen = new Map<string, string>();
  for (const [page, text] of Object.entries(pages)) for (const m of text.matchAll(/\b\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}\b/g)) if (!seen.has(m[0])) seen.set(m[0], page);
  return [...seen.entries()];
}

/** A different, still well-formed CIDR of the same size: the first octet moved by one. */
function shifted(cidr: string): string {
  const [a, rest] = cidr.split(/\.(.*)/s);
  return `${(Number(a) % 223) + 1}.${rest}`;
}

describe('check-upstream', () => {
  const pages = renderTwilioPages();

  test('pages that carry exactly the catalog\'s facts: exit 0', async () => {
    const r = await run(['check-upstream', '--from', pagesDir(pages)]);
    expect(r).toEqual({ code: 0, stdout: 'The catalog matches Twilio\'s pages (6 pages).\n', stderr: '' });
  });

  test('changing any one CIDR on a page: exit 1, naming our value and the page\'s', async () => {
    const cidrs = cidrsOn(pages);
    expect(cidrs.length).toBeGreaterThan(50);
    for (const [cidr, page] of cidrs) {
      const changed = { ...pages, [page]: pages[page].split(cidr).join(shifted(cidr)) };
      const r = await run(['check-upstream', '--from', pagesDir(changed)]);
      expect({ cidr, code: r.code }).toEqual({ cidr, code: 1 });
      expect(r.stdout).toContain(cidr);
      expect(r.stdout).toContain(shifted(cidr).split('/')[0]);
    }
  }, 60_000);

  test.each<[string, string, (text: string) => string, RegExp]>([
    ['a media port range', 'voice/sdks/network-connectivity-requirements', (t) => t.replace('10,000 - 60,000', '10,000 - 61,000'),
      /^voice\/sdks\/network-connectivity-requirements: media\.udp-ports: ours 10000-60000, page 10000-61000 \(changed\)$/m],
    ['a STUN/TURN port', 'stun-turn/regions', (t) => t.replace('| 5349 |', '| 5350 |'), /^stun-turn\/regions: nts\.ports: ours tcp\/5349, page tcp\/5350 \(changed\)$/m],
    ['a SIP port', 'sip-trunking/ip-addresses', (t) => t.split('5061 (TLS)').join('5062 (TLS)'), /sip\.ports: ours tcp\/5061, page tcp\/5062 \(changed\)/],
    ['an edge renamed', 'global-infrastructure/edge-locations', (t) => t.replace('`tokyo`', '`osaka`'), /edges\.public: ours tokyo, page osaka \(changed\)/],
    ['an edge removed', 'global-infrastructure/edge-locations', (t) => t.replace(/^\| `umatilla` .*\n/m, ''), /edges\.public: ours umatilla, page - \(missing\)/],
    ['an edge added', 'global-infrastructure/edge-locations', (t) => t.replace('| `roaming` | - |', '| `roaming` | - |\n| `montreal` | - |'), /edges\.public: ours -, page montreal \(new\)/],
    ['a new STUN/TURN region', 'stun-turn/regions', (t) => t.replace('## Open ports', '### Region `montreal` IP ranges\n\n| CIDR block | Addresses |\n| --- | --- |\n| `15.0.0.0/24` | 256 |\n\n## Open ports'),
      /stun-turn\/regions: nts\.cidrs\.montreal: ours -, page 15\.0\.0\.0\/24 \(new\)/],
    ['a legacy id changed', 'voice/sdks/network-connectivity-requirements', (t) => t.replace('tokyo (**jp1** )', 'tokyo (**jp2** )'), /edges\.legacy-ids: ours tokyo=jp1, page tokyo=jp2 \(changed\)/],
  ])('%s: exit 1 with the line naming it', async (_, page, edit, line) => {
    const r = await run(['check-upstream', '--from', pagesDir({ ...pages, [page]: edit(pages[page]) })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(line);
  });

  test('--json: one object per difference', async () => {
    const page = 'stun-turn/regions';
    const r = await run(['check-upstream', '--json', '--from', pagesDir({ ...pages, [page]: pages[page].replace('3.25.42.128/25', '3.25.42.0/25') })]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([{ page, fact: 'nts.cidrs.sydney', kind: 'changed', ours: '3.25.42.128/25', theirs: '3.25.42.0/25' }]);
  });

  test('a page whose tables are gone is an error (exit 2), never a silent pass', async () => {
    const page = 'stun-turn/regions';
    const r = await run(['check-upstream', '--from', pagesDir({ ...pages, [page]: '# STUN/TURN\n\nMoved elsewhere.\n' })]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^twilio-voice-network: check-upstream cannot understand stun-turn\/regions/);
    expect(r.stdout).toBe('');
  });

  test('a page that cannot be read: exit 2 naming it', async () => {
    const r = await run(['check-upstream', '--from', path.join(tmp, 'nowhere')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read voice\/sdks\/network-connectivity-requirements from .*nowhere/);
  });

  test('without --from it fetches each page\'s Markdown twin from twilio.com (fetch stubbed: no network in tests)', async () => {
    const urls: string[] = [];
    const io = { stdout: () => undefined, stderr: () => undefined };
    const code = await checkUpstream({}, io, async (url) => {
      urls.push(url);
      return pages[url.replace('https://www.twilio.com/docs/', '').replace(/\.md$/, '')];
    });
    expect(code).toBe(0);
    expect(urls).toContain('https://www.twilio.com/docs/voice/sdks/network-connectivity-requirements.md');
    expect(urls).toHaveLength(6);
    expect(await checkUpstream({}, io, async () => { throw new Error('HTTP 503'); })).toBe(2);
  });

  test.each([
    [['check-upstream', '--edge', 'ashburn'], "twilio-voice-network: --edge is not an option of check-upstream (see 'twilio-voice-network check-upstream --help').\n"],
    [['rules', '--from', 'x'], "twilio-voice-network: --from is not an option of rules (see 'twilio-voice-network rules --help').\n"],
    [['check-upstream', 'extra'], "twilio-voice-network: unexpected argument: \"extra\" (see 'twilio-voice-network check-upstream --help').\n"],
  ])('bad arguments %j: exit 2', async (args, message) => {
    expect(await run(args)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  const storedReason = fs.existsSync(STORED) ? undefined : `the stored copies of Twilio's pages are not at ${STORED}`;
  if (storedReason) console.log(`SKIPPED check-upstream against the stored pages: ${storedReason}.`);
  (storedReason ? test.skip : test)('the stored copies of Twilio\'s pages: exit 0, and exit 1 naming any one changed CIDR', async () => {
    expect((await run(['check-upstream', '--from', STORED])).code).toBe(0);
    const stored = Object.fromEntries(Object.keys(pages).map((p) => [p, fs.readFileSync(path.join(STORED, `${p}.md`), 'utf8')]));
    for (const [cidr, page] of cidrsOn(stored).filter(([c]) => !c.startsWith('172.'))) {
      const r = await run(['check-upstream', '--from', pagesDir({ ...stored, [page]: stored[page].split(cidr).join(shifted(cidr)) })]);
      expect({ cidr, code: r.code }).toEqual({ cidr, code: 1 });
      expect(r.stdout).toContain(cidr);
    }
  }, 60_000);
});
