// The CLI's exports checked by the tools that consume them, and the compiled command itself. Each tool check is its
// own test, reported as skipped with the reason where the tool is missing.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/cli';
import { terraformSkipReason, terraformValidate } from '../terraform';

const root = path.join(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-cli-tools-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]): string {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return stdout;
}

function missing(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.error || r.status !== 0 ? `${cmd} is not installed` : undefined;
}

/** A test that runs only where the tool is, and otherwise says why it was skipped. */
function withTool(reason: string | undefined, name: string, fn: () => void, timeout?: number): void {
  if (reason) console.log(`SKIPPED ${name}: ${reason}.`);
  (reason ? test.skip : test)(name, fn, timeout);
}

const CHOICES: string[][] = [
  ['--edge', 'ashburn', '--turn'],
  ['--edge', 'dublin,frankfurt', '--sdk', 'javascript,mobile', '--legacy-mobile-port'],
  ['--edge', 'london-ix', '--insights'],
  // SIP endpoints: ingress chains (input and forward) as well as egress
  ['--sip', '--edge', 'frankfurt,london-ix', '--media-ports', '10000-20000'],
  ['--sip', '--edge', 'ashburn', '--media-ports', '16384-32768', '--transport', 'udp', '--no-termination'],
];

describe('the CLI\'s exports, checked by their tools', () => {
  withTool(missing('nft', ['--version']), 'nft -c accepts every nftables export, and rejects a broken one', () => {
    for (const choice of CHOICES) {
      const file = path.join(tmp, 'twilio.nft');
      const text = cli('export', '--format', 'nftables', ...choice);
      fs.writeFileSync(file, text);
      expect(() => execFileSync('nft', ['-c', '-f', file], { stdio: 'pipe' })).not.toThrow();
      expect(text).toMatch(/168\.86\.128\.0\/18/);
      fs.writeFileSync(file, text.replace('168.86.128.0/18', '168.86.128.0/33'));
      expect(() => execFileSync('nft', ['-c', '-f', file], { stdio: 'pipe' })).toThrow();
    }
  });

  withTool(missing('iptables-restore', ['--version']), 'iptables-restore --test accepts every iptables export, and rejects a broken one', () => {
    for (const choice of CHOICES) {
      const text = cli('export', '--format', 'iptables', ...choice);
      expect(spawnSync('iptables-restore', ['--test'], { input: text }).status).toBe(0);
      expect(spawnSync('iptables-restore', ['--test'], { input: text.replace('--dport', '--dprot') }).status).not.toBe(0);
    }
  });

  withTool(terraformSkipReason, 'terraform validate accepts the Terraform export with network ACL rules and a walled-garden DNS Firewall', () => {
    const dir = path.join(tmp, 'tf');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'twilio.tf.json');
    cli('export', '--format', 'terraform', '--edge', 'tokyo', '--network-acl', '--dns-firewall', '--block-other-domains', '--output', file);
    expect(terraformValidate(dir, file)).toEqual({ valid: true, diagnostics: [] });
  }, 120_000);

  withTool(terraformSkipReason, 'terraform validate accepts the prefix list and Network Firewall exports', () => {
    for (const [name, args] of [
      ['lists', ['prefix-lists', '--edge', 'frankfurt,london-ix', '--turn', '--sip-signaling', '--share-with', '111122223333']],
      ['firewall', ['network-firewall', '--edge', 'dublin,london-ix', '--turn', '--home-net', '10.0.0.0/8', '--strict-order']],
    ] as Array<[string, string[]]>) {
      const dir = path.join(tmp, `tf-${name}`);
      fs.mkdirSync(dir);
      const file = path.join(dir, 'twilio.tf.json');
      cli(...args, '--format', 'terraform', '--output', file);
      expect({ name, ...terraformValidate(dir, file) }).toEqual({ name, valid: true, diagnostics: [] });
    }
  }, 180_000);

  withTool(missing('cfn-lint', ['--version']), 'cfn-lint accepts the rules, prefix list and Network Firewall CloudFormation exports', () => {
    for (const args of [
      ['export', '--edge', 'sao-paulo-ix,dublin', '--turn', '--network-acl', '--nacl-quota', '40', '--dns-firewall', '--block-other-domains'],
      ['export', '--edge', 'frankfurt', '--sip', '--media-ports', '10000-20000', '--transport', 'udp', '--transport', 'tls'],
      ['prefix-lists', '--edge', 'frankfurt,london-ix', '--turn', '--sip-signaling', '--share-with', '111122223333'],
      ['network-firewall', '--edge', 'dublin,london-ix', '--turn', '--home-net', '10.0.0.0/8', '--strict-order'],
    ]) {
      const file = path.join(tmp, `${args[0]}.json`);
      cli(...args, '--format', 'cloudformation', '--output', file);
      const r = spawnSync('cfn-lint', ['--format', 'json', '--regions', 'eu-central-1', '--', file], { encoding: 'utf8' });
      expect({ command: args[0], findings: JSON.parse(r.stdout || '[]').map((f: any) => `${f.Level} ${f.Rule.Id}: ${f.Message}`) }).toEqual({ command: args[0], findings: [] });
    }
  }, 120_000);

  const bin = path.join(root, 'lib', 'cli', 'main.js');
  test('the compiled command runs with node and sets the exit status', () => {
    expect({ built: fs.existsSync(bin), hint: 'the integ task runs after the build' }).toEqual({ built: true, hint: expect.any(String) });
    expect(spawnSync(process.execPath, [bin, 'rules', '--format', 'json']).status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'nope']);
    expect([bad.status, bad.stderr.toString()]).toEqual([2, "twilio-voice-network: unknown command: 'nope'. Use rules, export, prefix-lists, network-firewall, probe, check-upstream or feed (see --help).\n"]);
    const unreadable = spawnSync(process.execPath, [bin, 'check-upstream', '--from', path.join(tmp, 'none')]);
    expect(unreadable.status).toBe(2);
  });
});
