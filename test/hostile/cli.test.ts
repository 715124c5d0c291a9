// Hostile argument vectors for the CLI's `rules` and `export`: known flags with random and garbage values,
// unknown flags, repeated flags, empty strings, unicode. Every run exits 0 or 2 and never throws; stderr holds at
// most one line and never a stack trace. `probe` and `check-upstream` (network I/O) are never run: neither word
// appears anywhere in a generated argument vector.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { assertProperty, printCounts, record } from './hostile';
import { TwilioCatalog, TwilioEdge } from '../../src';
import { runCli } from '../../src/cli/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-hostile-cli-'));
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  printCounts('cli.test.ts');
});

const FORBIDDEN = new Set(['probe', 'check-upstream']);

/** Garbage any string flag may get. */
const garbage = fc.oneof(
  fc.constantFrom('', ' ', '-1', '0', '1e3', '0x10', '1.5', '99999999999999999999', '=', ',', ',,,', ' , ', '\u00a0', '🙂', 'ｄｕｂｌｉｎ',
    'constructor', '__proto__', 'null', 'undefined', 'NaN', 'x'.repeat(2000), '\u202e', 'a\nb', 'tab\there', '--', '-', '%s%n', '$(id)'),
  fc.string({ maxLength: 10 }),
  fc.fullUnicodeString({ maxLength: 6 }),
).filter((s) => !FORBIDDEN.has(s.trim()) && !s.includes('\0'));

const edgeName = fc.oneof(
  fc.constantFrom(...TwilioEdge.all()).chain((e) => fc.constantFrom(e.name, e.legacyRegionId, e.name.toUpperCase(), ` ${e.name} `)),
  fc.constantFrom('gll', 'us1-tnx', 'roaming'),
);
const num = (min: number, max: number) => fc.oneof(fc.integer({ min, max }).map(String), fc.integer().map(String));

/** Plausible values per string flag; each also gets garbage. */
const VALUES: Record<string, fc.Arbitrary<string>> = {
  'edge': fc.oneof(edgeName, fc.array(edgeName, { minLength: 1, maxLength: 4 }).map((l) => l.join(','))),
  'near-region': fc.constantFrom('eu-central-1', 'US-EAST-1', ' ap-southeast-2 ', 'us-gov-west-1', 'mars-1'),
  'sdk': fc.constantFrom('javascript', 'mobile', 'JavaScript', 'javascript,mobile', 'ios'),
  'sg-quota': num(1, 1000),
  'nacl-quota': num(2, 40),
  'ephemeral-ports': fc.oneof(fc.tuple(fc.nat(70000), fc.nat(70000)).map(([a, b]) => `${a}-${b}`), fc.constantFrom('1024-65535', '65535-1024', '1024:65535', '-1-5')),
  'first-rule-number': num(1, 31771),
  'format': fc.constantFrom('table', 'json', 'csv', 'nftables', 'iptables', 'terraform', 'cloudformation', 'JSON', 'yaml'),
  'dns-priority': num(100, 9900),
  'home-region': fc.constantFrom(...TwilioCatalog.twilioRegions(), 'US1', 'us2'),
  'connection': fc.constantFrom('bgp', 'vpn', 'BGP', 'ipsec'),
  'from': fc.constantFrom('.', tmp),
  'timeout-ms': num(1, 60000),
  'resolve': fc.constantFrom('voice-js.twilio.com:1.2.3.4'),
  'ca': fc.constantFrom('/nonexistent.pem'),
};
const BOOLEAN_FLAGS = ['insights', 'no-insights', 'turn', 'dns-wildcards', 'legacy-mobile-port', 'network-acl', 'dns-firewall', 'block-other-domains',
  'public-services', 'json', 'help'];

/** `--output` only ever names a path in the sandbox: writable, in a missing folder, or the folder itself. */
const outputPath = fc.oneof(
  fc.nat(1000).map((n) => path.join(tmp, `out-${n}.txt`)),
  fc.constantFrom(path.join(tmp, 'missing', 'dir', 'out.txt'), tmp, ''),
);

/**
 * One unit of an argument vector, kept whole when units are shuffled (so a dangling flag never swallows a value
 * meant for `--output` and `--output` never takes a garbage path).
 */
const unit: fc.Arbitrary<string[]> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(...Object.keys(VALUES))
      .chain((flag) => fc.tuple(fc.oneof({ weight: 3, arbitrary: VALUES[flag] }, { weight: 1, arbitrary: garbage }), fc.boolean())
        .map(([v, joined]) => (joined ? [`--${flag}=${v}`] : [`--${flag}`, v]))),
  },
  { weight: 2, arbitrary: outputPath.chain((p) => fc.boolean().map((joined) => (joined ? [`--output=${p}`] : ['--output', p]))) },
  { weight: 4, arbitrary: fc.constantFrom(...BOOLEAN_FLAGS).map((f) => [`--${f}`]) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...BOOLEAN_FLAGS), garbage).map(([f, v]) => [`--${f}=${v}`]) },
  { weight: 1, arbitrary: fc.constantFrom(...Object.keys(VALUES)).map((f) => [`--${f}`]) }, // value missing
  { weight: 1, arbitrary: fc.constantFrom(['--bogus'], ['-x'], ['--EDGE', 'dublin'], ['--edge-name=dublin'], ['-h'], ['--no-turn'], ['---edge'], ['--'], ['-'], ['--=']) },
  { weight: 1, arbitrary: garbage.map((g) => [g]) }, // a stray positional
);

/** Arguments a careful user writes: known flags with plausible values only (so that many runs exit 0). */
const plausibleUnit: fc.Arbitrary<string[]> = fc.oneof(
  fc.constantFrom('edge', 'near-region', 'sdk', 'sg-quota', 'nacl-quota', 'ephemeral-ports', 'first-rule-number', 'home-region', 'connection')
    .chain((flag) => VALUES[flag].map((v) => [`--${flag}`, v])),
  fc.constantFrom('insights', 'turn', 'dns-wildcards', 'legacy-mobile-port', 'public-services').map((f) => [`--${f}`]),
);
const plausible = fc.tuple(
  fc.constantFrom(['rules', '--format', 'table'], ['rules', '--format', 'json'], ['rules', '--format', 'csv'], ['export', '--format', 'nftables'],
    ['export', '--format', 'iptables'], ['export', '--format', 'terraform', '--network-acl'], ['export', '--format', 'cloudformation', '--dns-firewall']),
  fc.array(plausibleUnit, { maxLength: 4 }),
).map(([command, units]) => [...command, ...units.flat()]);

const hostile = fc.tuple(
  fc.oneof({ weight: 8, arbitrary: fc.constantFrom(['rules'], ['export']) }, { weight: 1, arbitrary: fc.constantFrom([], ['RULES'], ['rule'], ['']) }),
  fc.array(unit, { maxLength: 8 }),
  fc.nat(),
).map(([command, units, at]) => {
  // the command usually first, sometimes after some options (parseArgs takes the first positional wherever it is)
  const i = units.length === 0 ? 0 : at % 3 === 0 ? at % (units.length + 1) : 0;
  return [...units.slice(0, i), command, ...units.slice(i)].flat();
});

const argv = fc.oneof({ weight: 1, arbitrary: plausible }, { weight: 2, arbitrary: hostile })
  .filter((args) => !args.some((a) => FORBIDDEN.has(a.trim())));

describe('CLI with hostile argument vectors', () => {
  test('rules and export exit 0 or 2, never throw, and print no stack trace', () => {
    const cases: string[][] = [];
    assertProperty('cli', argv, (args) => {
      cases.push(args);
      let stdout = '';
      let stderr = '';
      let code: number | Promise<number>;
      try {
        code = runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
      } catch (e) {
        throw new Error(`runCli threw for ${JSON.stringify(args)}: ${(e as Error)?.stack ?? e}`);
      }
      if (typeof code !== 'number') throw new Error(`runCli returned a promise for ${JSON.stringify(args)} (only check-upstream and probe do I/O)`);
      expect([0, 2]).toContain(code);
      expect(stderr).not.toMatch(/\n\s+at /);
      if (code === 0) {
        expect(stderr).toBe('');
        record('cli', 'ok');
      } else {
        expect(stderr).toMatch(/^twilio-voice-network: [^\n]+\n$/);
        expect(stderr).not.toMatch(/TypeError|Cannot read prop|is not a function|\[object Object\]/);
        expect(stdout).toBe('');
        record('cli', 'rejected');
      }
    });
    expect(cases.length).toBeGreaterThan(0);
  });

  test('an --output the CLI cannot write is a bad argument (exit 2), not an ENOENT/EISDIR stack trace', () => {
    const run = (...args: string[]) => {
      let stderr = '';
      const code = runCli(args, { stdout: () => undefined, stderr: (t) => { stderr += t; } });
      return { code, stderr };
    };
    const missing = path.join(tmp, 'no', 'such', 'dir', 'rules.nft');
    expect(run('export', '--format', 'nftables', '--output', missing)).toEqual({
      code: 2,
      stderr: `twilio-voice-network: --output must be a file that can be written, got: '${missing}' (ENOENT). Check that its folder exists and that it is not a folder.\n`,
    });
    expect(run('export', '--format', 'nftables', '--output', tmp)).toEqual({
      code: 2,
      stderr: `twilio-voice-network: --output must be a file that can be written, got: '${tmp}' (EISDIR). Check that its folder exists and that it is not a folder.\n`,
    });
    expect(run('export', '--format', 'nftables', '--output', 'a\0b')).toEqual({
      code: 2,
      stderr: 'twilio-voice-network: --output must be a file path, got: "a\\u0000b". A path cannot hold a NUL character.\n',
    });
  });
});
