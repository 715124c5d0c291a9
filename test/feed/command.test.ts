// `feed --out DIR [--previous FILE]` (docs/feed.md#building-it): writes the whole folder or nothing; bad input is one
// line naming the flag, the value and the fix, exit 2, and leaves DIR as it was.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runFeedCommand } from '../../src/cli/feed-command';
import { FEED_FILES } from '../../src/feed/types';
import { writeFeedFolder } from '../../src/feed/write';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-feed-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** A fresh parent folder per test, so leftovers (temporary siblings) are visible. */
const fresh = () => {
  const dir = path.join(tmp, `case-${++n}`);
  fs.mkdirSync(dir);
  return dir;
};

function run(values: { out?: string; previous?: string }) {
  let stdout = '';
  let stderr = '';
  const code = runFeedCommand(values, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

/** Every file under `dir`, by relative path, with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p).split(path.sep).join('/')] = fs.readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('runFeedCommand', () => {
  test('GIVEN a new folder THEN it writes the feed, says what it wrote, and exits 0', () => {
    const parent = fresh();
    const out = path.join(parent, 'feed');
    const r = run({ out });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(new RegExp(`^Wrote the feed to ${out}: \\d+ files \\(\\d+ bytes\\), \\d+ entries, sync token [0-9a-f]{64} \\(first feed\\)\\.\\n$`));
    expect(fs.readdirSync(parent)).toEqual(['feed']);
    expect(fs.existsSync(path.join(out, FEED_FILES.json)) && fs.existsSync(path.join(out, 'ipv4', 'sip-signalling.txt'))).toBe(true);
  });

  test('two runs into two folders give byte-identical folders', () => {
    const a = path.join(fresh(), 'feed');
    const b = path.join(fresh(), 'feed');
    expect([run({ out: a }).code, run({ out: b }).code]).toEqual([0, 0]);
    expect(snapshot(b)).toEqual(snapshot(a));
  });

  test('GIVEN --previous from the same catalog THEN the content is unchanged and the folder is byte for byte the same', () => {
    const first = path.join(fresh(), 'feed');
    run({ out: first });
    const previous = path.join(tmp, `previous-${n}.json`);
    fs.copyFileSync(path.join(first, FEED_FILES.json), previous);
    const second = path.join(fresh(), 'feed');
    const r = run({ out: second, previous });
    expect([r.code, r.stderr, r.stdout.endsWith('(content unchanged).\n')]).toEqual([0, '', true]);
    expect(snapshot(second)).toEqual(snapshot(first));
  });

  test('GIVEN the folder of an earlier feed (and --previous inside it) THEN it is replaced whole: stray files go', () => {
    const parent = fresh();
    const out = path.join(parent, 'feed');
    run({ out });
    fs.writeFileSync(path.join(out, 'ipv4', 'retired-purpose.txt'), '192.0.2.0/24\n');
    const r = run({ out, previous: path.join(out, FEED_FILES.json) });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(fs.existsSync(path.join(out, 'ipv4', 'retired-purpose.txt'))).toBe(false);
    expect(fs.readdirSync(parent)).toEqual(['feed']);
  });

  // Each bad input: the exact line, exit 2, the folder untouched (or not created) and no temporary sibling left.
  const cases: Array<[string, (parent: string) => { out?: string; previous?: string }, (parent: string) => string]> = [
    ['no --out', () => ({}), () => '--out is required: the folder to write the feed into, e.g. --out public/feed.'],
    ['an --out that is a file', (p) => {
      fs.writeFileSync(path.join(p, 'feed'), 'not a folder');
      return { out: path.join(p, 'feed') };
    }, (p) => `--out must be a folder, got: '${path.join(p, 'feed')}', which is a file. Name a new folder, or the folder of an earlier feed.`],
    ['an --out holding other files', (p) => {
      fs.mkdirSync(path.join(p, 'feed'));
      fs.writeFileSync(path.join(p, 'feed', 'notes.txt'), 'mine');
      return { out: path.join(p, 'feed') };
    }, (p) => `--out must be a new or empty folder, or the folder of an earlier feed, got: '${path.join(p, 'feed')}', which holds other files (notes.txt). `
      + 'Name another folder: the feed replaces the folder whole.'],
    ['a --previous that does not exist', (p) => ({ out: path.join(p, 'feed'), previous: path.join(p, 'none.json') }),
      (p) => `--previous must be a readable file, got: '${path.join(p, 'none.json')}' (ENOENT). Give the twilio-network.json published last, `
        + 'as published, or leave --previous out to start a new history.'],
    ['a --previous that is a folder', (p) => ({ out: path.join(p, 'feed'), previous: p }),
      (p) => `--previous must be a readable file, got: '${p}' (EISDIR). Give the twilio-network.json published last, as published, or leave --previous out to start a new history.`],
    ['a --previous that is not JSON', (p) => {
      fs.writeFileSync(path.join(p, 'prev.json'), '<html>404</html>');
      return { out: path.join(p, 'feed'), previous: path.join(p, 'prev.json') };
    }, (p) => expect.stringMatching(new RegExp(`^--previous must be a twilio-network.json feed, got: '${path.join(p, 'prev.json')}', which is not JSON \\(.+\\)\\. Give `)) as any],
    ['a --previous of another schemaVersion', (p) => {
      fs.writeFileSync(path.join(p, 'prev.json'), JSON.stringify({ schemaVersion: 2 }));
      return { out: path.join(p, 'feed'), previous: path.join(p, 'prev.json') };
    }, (p) => `--previous must be a feed of schemaVersion 1, got: '${path.join(p, 'prev.json')}' with schemaVersion 2. `
      + 'Give the twilio-network.json published last, as published, or leave --previous out to start a new history.'],
    ['a --previous that fails the schema', (p) => {
      fs.writeFileSync(path.join(p, 'prev.json'), JSON.stringify({ schemaVersion: 1, entries: [] }));
      return { out: path.join(p, 'feed'), previous: path.join(p, 'prev.json') };
    }, (p) => `--previous must be a twilio-network.json feed, got: '${path.join(p, 'prev.json')}', which fails the feed's schema at /: `
      + 'must have the property \'$schema\' (and 6 more). Give the twilio-network.json published last, as published, or leave --previous out to start a new history.'],
  ];

  test('GIVEN the folder of an earlier feed that also holds a file of its own THEN it is refused and left as it was', () => {
    const out = path.join(fresh(), 'feed');
    run({ out });
    fs.writeFileSync(path.join(out, 'README.md'), 'notes');
    const before = snapshot(out);
    const r = run({ out });
    expect([r.code, r.stderr]).toEqual([2, `twilio-voice-network: --out must be a new or empty folder, or the folder of an earlier feed, got: '${out}', `
      + 'which holds other files (README.md). Name another folder: the feed replaces the folder whole.\n']);
    expect(snapshot(out)).toEqual(before);
  });

  test.each(cases)('GIVEN %s THEN one line on stderr, exit 2, and nothing written', (_name, setup, message) => {
    const parent = fresh();
    const values = setup(parent);
    const before = snapshot(parent);
    const r = run(values);
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.any(String) });
    expect(r.stderr.endsWith('\n') && !r.stderr.slice(0, -1).includes('\n')).toBe(true);
    expect(r.stderr.slice('twilio-voice-network: '.length, -1)).toEqual(message(parent));
    expect(snapshot(parent)).toEqual(before);
    expect(fs.readdirSync(parent).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  test('GIVEN a --previous that fails the schema inside the folder of an earlier feed THEN that feed is left exactly as it was', () => {
    const out = path.join(fresh(), 'feed');
    run({ out });
    const before = snapshot(out);
    const bad = JSON.parse(fs.readFileSync(path.join(out, FEED_FILES.json), 'utf8'));
    bad.entries[0].direction = 'sideways';
    fs.writeFileSync(path.join(tmp, 'bad-previous.json'), JSON.stringify(bad));
    const r = run({ out, previous: path.join(tmp, 'bad-previous.json') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^twilio-voice-network: --previous must be a twilio-network\.json feed, got: '.+', which fails the feed's schema at \/entries\/0\/direction: must be one of /);
    expect(snapshot(out)).toEqual(before);
  });

  test('GIVEN the file system fails half-way THEN the earlier feed is left as it was and no temporary folder remains', () => {
    const parent = fresh();
    const out = path.join(parent, 'feed');
    run({ out });
    const before = snapshot(out);
    // 'x' is written as a file, then 'x/y' needs it to be a folder: the file system refuses after some files are written
    const files = new Map([['a.txt', 'a\n'], ['x', 'file\n'], ['x/y', 'nested\n']]);
    expect(() => writeFeedFolder(out, files)).toThrow(/^--out must be a folder that can be written, got: '.+' \(E[A-Z]+\)\. Check that its parent folder exists and is writable\.$/);
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(parent)).toEqual(['feed']);
  });
});
