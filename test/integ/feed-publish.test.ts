// The publish-feed workflow's build step, run for real (docs/feed.md#building-it): `feed:build --from URL` fetches the
// published twilio-network.json with curl and builds the next feed with the shipped CLI (lib/) and it as --previous.
// The published feed is served on a loopback address by this test; the server stops with the test. Where curl or the
// compiled CLI is missing, each test is reported as skipped with the reason, never as passed.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { FEED_FILES } from '../../src/feed/types';

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'publish-feed.sh');
const CLI = path.join(ROOT, 'lib', 'cli', 'main.js');
const CURL = ['/usr/bin/curl', '/bin/curl'].find((p) => fs.existsSync(p));
const skipReason = !CURL ? 'curl is not installed (Debian: apt-get install curl)'
  : !fs.existsSync(CLI) ? 'lib/cli/main.js is missing (run npx projen compile first)' : undefined;

function withTools(name: string, fn: () => Promise<void>): void {
  if (skipReason) console.log(`SKIPPED ${name}: ${skipReason}.`);
  (skipReason ? test.skip : test)(name, fn, 60_000);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-feed-publish-'));
let server: http.Server | undefined;
let base = '';
/** What the loopback server answers for /published/twilio-network.json. */
let published = '';

/** The script, as the workflow runs it; never blocks the event loop, so the server can answer curl meanwhile. */
function publish(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', [SCRIPT, ...args], { cwd: ROOT, timeout: 50_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  if (skipReason) return;
  // the feed published last: what the CLI builds from this catalog
  const first = await publish(['--out', path.join(tmp, 'published')]);
  expect(first).toEqual(expect.objectContaining({ code: 0 }));
  published = fs.readFileSync(path.join(tmp, 'published', FEED_FILES.json), 'utf8');
  server = http.createServer((req, res) => {
    if (req.url === '/published/twilio-network.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(published);
    } else if (req.url === '/broken/twilio-network.json') {
      res.writeHead(500).end('boom');
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('feed:build as the publish-feed workflow runs it', () => {
  withTools('the published feed becomes --previous: the history carries forward and the files are byte-identical', async () => {
    const out = path.join(tmp, 'next');
    const r = await publish(['--out', out, '--from', `${base}/published/`]);
    expect(r).toEqual(expect.objectContaining({ code: 0 }));
    expect(r.stdout).toMatch(/the feed published last is http:\/\/127\.0\.0\.1:\d+\/published\/twilio-network\.json/);
    expect(r.stdout).toMatch(/content unchanged/);
    // same catalog, same previous feed: the same bytes (no wall-clock time anywhere), history included
    expect(fs.readFileSync(path.join(out, FEED_FILES.json), 'utf8')).toBe(published);
  });

  withTools('nothing published yet (HTTP 404): a first feed', async () => {
    const out = path.join(tmp, 'first');
    const r = await publish(['--out', out, '--from', `${base}/nothing-here`]);
    expect(r).toEqual(expect.objectContaining({ code: 0 }));
    expect(r.stdout).toMatch(/nothing is published at .* yet: building a first feed/);
    expect(r.stdout).toMatch(/\(first feed\)/);
    expect(fs.existsSync(path.join(out, FEED_FILES.json))).toBe(true);
  });

  withTools('any other answer (HTTP 500, or no server) stops with status 1 and writes nothing', async () => {
    const broken = path.join(tmp, 'broken');
    const r = await publish(['--out', broken, '--from', `${base}/broken`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/answered HTTP 500; nothing written/);
    expect(fs.existsSync(broken)).toBe(false);

    // a port nobody listens on: the server's own, once closed, is not reused by anything here
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = path.join(tmp, 'unreachable');
    const u = await publish(['--out', unreachable, '--from', `http://127.0.0.1:${port}`]);
    expect(u.code).toBe(1);
    expect(u.stderr).toMatch(/fetching http:\/\/127\.0\.0\.1:\d+\/twilio-network\.json failed \(curl status \d+\); nothing written/);
    expect(fs.existsSync(unreachable)).toBe(false);
  });

  withTools('a bad argument is exit 2', async () => {
    const r = await publish(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown argument '--bogus'/);
  });
});
