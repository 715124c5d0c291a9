// Every bad-flag error the CLI can raise speaks in flags: a walk over every option of every command (from the command
// table) with bad values, and over the choices only the plan can judge, finds no property or class name of the
// library's API in any message (docs/cli.md#errors).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/cli';
import { COMMANDS } from '../../src/cli/commands';

const SRC = path.join(__dirname, '..', '..', 'src');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-cli-errors-'));
const aFile = path.join(tmp, 'a-file.txt');
fs.writeFileSync(aFile, 'not a feed');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The API's names: exported classes, enums and interfaces, and every struct field spelled in camelCase. */
const API_NAMES = (() => {
  const names = new Set<string>();
  for (const file of tsFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/export (?:abstract )?(?:class|enum|interface) (\w+)/g)) names.add(m[1]);
    for (const m of text.matchAll(/readonly (\w+)\??:/g)) if (/[a-z][A-Z]/.test(m[1])) names.add(m[1]);
  }
  return [...names];
})();

/** Values no option should take. */
const BAD = ['', 'bogus', '0', '-1', '99999999', '9000-80', 'a=b', 'x:y', '10.0.0.0/8', 'roaming,mars', '🙂'];
/** Options that name files or folders get bad paths inside the sandbox only: nothing is ever written elsewhere. */
const PATH_FLAGS = new Set(['output', 'out', 'previous', 'from', 'ca']);
const BAD_PATHS = ['', tmp, path.join(tmp, 'no', 'such', 'file'), aFile];

/** What each command needs besides the option under test, so that the option is what fails. */
const BASE: Record<string, string[]> = {
  'rules': [],
  'export': ['--format', 'terraform'],
  'prefix-lists': ['--format', 'json'],
  'network-firewall': ['--format', 'json'],
  'probe': [],
  'check-upstream': ['--from', tmp],
  'feed': ['--out', aFile],
};

/** Choices that are well formed but that only the plan can refuse. */
const PLAN_PROBLEMS: string[][] = [
  ['rules', '--sip', '--edge', 'roaming', '--media-ports', '10000-20000'],
  ['rules', '--sip', '--media-ports', '10000-20000'],
  ['rules', '--sip', '--edge', 'ashburn', '--media-ports', '20000-10000'],
  ['rules', '--sip', '--edge', 'ashburn', '--media-ports', '0-70000'],
  ['rules', '--sip', '--edge', 'ashburn', '--media-ports', '10000-20000', '--sip-port', '70000', '--sip-tls-port', '0'],
  ['rules', '--sip', '--edge', 'ashburn', '--media-ports', '10000-20000', '--no-origination', '--no-termination'],
  ['rules', '--sip', '--edge', 'ashburn', '--media-ports', '10000-20000', '--no-termination', '--sip-domains'],
  ['export', '--format', 'terraform', '--network-acl', '--sip', '--edge', 'london-ix', '--media-ports', '10000-20000'],
  ['export', '--format', 'terraform', '--network-acl', '--sip', '--edge', 'ashburn,dublin,tokyo', '--media-ports', '10000-20000'],
  ['export', '--format', 'terraform', '--edge', 'roaming', '--turn'],
  ['export', '--format', 'cloudformation', '--network-acl', '--edge', 'dublin,frankfurt', '--turn', '--sdk', 'javascript,mobile'],
  ['rules', '--edge', 'london-ix', '--public-source', '100.64.0.0/10'],
  ['rules', '--edge', 'dublin', '--public-source', '192.0.1.0/24'],
  ['rules', '--edge', 'london-ix', '--public-source', '192.0.1.1/24'],
  ['rules', '--nacl-quota', '41'],
  ['rules', '--sg-quota', '0'],
  ['rules', '--home-region', 'eu1'],
  ['rules', '--ephemeral-ports', '70000-80000'],
  ['rules', '--ephemeral-ports', '9000-80'],
  ['rules', '--first-rule-number', '0'],
  ['rules', '--dns-firewall', '--dns-priority', '5'],
  ['rules', '--near-region', 'mars-1'],
  ['rules', '--edge', 'frankfrut'],
  ['rules', '--edge', ''],
  ['prefix-lists', '--format', 'json', '--headroom', '5000'],
  ['prefix-lists', '--format', 'json', '--share-with', 'me', '--name-prefix', 'bad name!'],
  ['network-firewall', '--format', 'json', '--home-net', 'x'],
  ['network-firewall', '--format', 'json', '--strict-order', '--priority', '0'],
  ['network-firewall', '--format', 'json', '--first-sid', '0', '--capacity-headroom', '100000'],
  ['network-firewall', '--format', 'json', '--prefix-list-arn', 'voice=arn:aws:ec2:us-east-1:111122223333:prefix-list/pl-0123456789abcdef0'],
  ['network-firewall', '--format', 'json', '--name-prefix', 'x'.repeat(200)],
  ['feed', '--out', tmp, '--previous', aFile],
  ['feed', '--out', path.join(tmp, 'new'), '--previous', path.join(tmp, 'missing.json')],
];

/** Runs one vector; a probe that got as far as probing is given no targets, so nothing leaves the machine. */
async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(args, { stdout: () => undefined, stderr: (t) => { stderr += t; } }, {
    transformTargets: () => [],
    lookup: async () => { throw new Error(`test bug: ${JSON.stringify(args)} looked a name up`); },
  });
  return { code, stderr };
}

function vectors(): string[][] {
  const out: string[][] = [];
  for (const command of COMMANDS) {
    for (const [, options] of command.options) {
      for (const o of options) {
        const values = o.type === 'boolean' ? ['=yes'] : PATH_FLAGS.has(o.flag) ? BAD_PATHS : BAD;
        for (const v of values) {
          const arg = o.type === 'boolean' ? [`--${o.flag}${v}`] : [`--${o.flag}`, v];
          const sip = ['media-ports', 'transport', 'sip-port', 'sip-tls-port'].includes(o.flag) ? ['--sip', '--edge', 'ashburn'] : [];
          out.push([command.name, ...BASE[command.name], ...sip, ...arg]);
        }
      }
      // an option of another command
    }
    out.push([command.name, '--bogus']);
  }
  return [...out, ...PLAN_PROBLEMS];
}

/** The API names and dotted option paths left in a message the CLI prints. */
function apiNamesIn(text: string): string[] {
  const message = text.replace(/[\w.*{}/-]*\.twilio\.com\b/g, '<host>');
  const found = API_NAMES.filter((name) => new RegExp(`\\b${name}\\b`).test(message));
  const dotted = message.match(/\b[a-z]+[A-Za-z]*\.[a-z][A-Za-z]+\b(?!\.\w)/g)?.filter((d) => !/\.(com|net|json|txt|md|pem|example|test)$|^e\.g$|^i\.e$/.test(d)) ?? [];
  return [...found, ...dotted];
}

/** Plans whose `rules` output has notes and near- or over-quota warnings of every kind. */
const WARNED: string[][] = [
  ['rules', '--edge', 'roaming', '--turn'],
  ['rules', '--edge', 'frankfurt,dublin', '--turn', '--sg-quota', '40'],
  ['rules', '--sip', '--edge', 'ashburn-ix', '--media-ports', '16384-32768', '--public-source', '3.5.140.0/22'],
  ['rules', '--sip', '--edge', 'frankfurt,london-ix', '--media-ports', '10000-20000', '--transport', 'udp,tls', '--nacl-quota', '40'],
  ['rules', '--edge', 'london-ix', '--sdk', 'mobile', '--connection', 'vpn'],
];

describe('CLI error messages', () => {
  test('the notes and warnings of rules name flags too, and say what makes room', async () => {
    const printed: string[] = [];
    for (const args of WARNED) {
      let stdout = '';
      const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stdout += t; } }, {
        transformTargets: () => [],
        lookup: async () => { throw new Error('test bug: looked a name up'); },
      });
      expect({ args, code, stdout: code === 0 ? '' : stdout }).toEqual({ args, code: 0, stdout: '' });
      printed.push(...stdout.split('\n').filter((l) => l.startsWith('- ')));
    }
    const warnings = printed.filter((l) => l.startsWith('- [twilio-voice-network:'));
    expect(warnings.filter((w) => /NearQuota\]/.test(w)).length).toBeGreaterThanOrEqual(4);
    expect(printed.filter((l) => apiNamesIn(l).length > 0).map((l) => ({ line: l, found: apiNamesIn(l) }))).toEqual([]);
    // the advice fits the plan: TURN plans are told about --turn, SIP plans about their gateways and transports
    expect(warnings.join('\n')).toMatch(/needs \d+ network ACL outbound entries \(with the default deny\), over the quota of 20\. To make room: .*leave out --turn/);
    expect(warnings.join('\n')).toMatch(/To make room: .*add --only-chosen-gateways.*--transport tls.*and then --nacl-quota/);
    expect(warnings.join('\n')).toMatch(/security group egress rules .* To make room: .*and then --sg-quota\./);
    expect(printed.join('\n')).toMatch(/route Twilio's Interconnect prefixes \(the routes listed\) to the connection/);
  });


  test('every bad-flag error names flags, never a property or class name of the API', async () => {
    const before = fs.readdirSync(process.cwd()).sort();
    expect(API_NAMES).toEqual(expect.arrayContaining(['TwilioEdge', 'SipTransport', 'turnFallback', 'mediaPorts', 'networkAclEntriesPerDirection']));
    const messages = new Map<string, string[]>();
    let refused = 0;
    for (const args of vectors()) {
      const { code, stderr } = await run(args);
      if (code !== 2) continue;
      refused++;
      expect(stderr).toMatch(/^twilio-voice-network: [^\n]+\n$/);
      messages.set(stderr, args);
    }
    expect(refused).toBeGreaterThan(300);
    const leaks = [...messages].flatMap(([message, args]) => {
      const found = apiNamesIn(message);
      return found.length > 0 ? [{ args, message, found }] : [];
    });
    expect(leaks).toEqual([]);
    // and the walk wrote nothing outside its sandbox
    expect(fs.readdirSync(process.cwd()).sort()).toEqual(before);
  }, 60_000);
});
