// The nftables export loaded for real, in a private network namespace (`unshare -n`): loading a file twice leaves its
// rules once, whether it writes a table of its own or regular chains in an admin's existing table with a drop-policy
// base chain (docs/cli.md#nftables). Each check is skipped, with the reason, where nft or unshare is missing or a
// namespace cannot be made. Nothing is sent anywhere: the rulesets are read back with `nft -j list ruleset`.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FlowDirection, SipTransport, TwilioEdge, TwilioNetworkPlan } from '../../src';
import { runCli } from '../../src/cli/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-nft-netns-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Why the namespace checks cannot run here, or undefined. */
function skipReason(): string | undefined {
  const probe = spawnSync('unshare', ['-n', 'nft', 'list', 'ruleset'], { encoding: 'utf8' });
  if (probe.error) return `unshare or nft is not installed (${(probe.error as NodeJS.ErrnoException).code})`;
  if (probe.status !== 0) return `a private network namespace with nft cannot be made here: ${probe.stderr.trim()}`;
  return undefined;
}
const skip = skipReason();
if (skip) console.log(`SKIPPED nftables in a network namespace: ${skip}.`);
const inNamespace = skip ? test.skip : test;

function exportNft(...args: string[]): string {
  let stdout = '';
  let stderr = '';
  const code = runCli(['export', '--format', 'nftables', ...args], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return stdout;
}

/** Runs a shell script in a new network namespace and returns the ruleset it leaves, as nft's JSON. */
function inNewNamespace(script: string): any[] {
  const r = spawnSync('unshare', ['-n', 'sh', '-ec', `${script}\nnft -j list ruleset`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`namespace script failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout).nftables;
}

const rulesOf = (items: any[], family: string, table: string, chain: string) =>
  items.filter((x) => x.rule && x.rule.family === family && x.rule.table === table && x.rule.chain === chain).map((x) => x.rule);

describe('nftables exports in a private network namespace', () => {
  const SIP = ['--sip', '--edge', 'frankfurt', '--media-ports', '10000-20000', '--transport', 'udp,tls'];

  inNamespace('a table of its own: loading the file twice leaves each rule once', () => {
    const file = path.join(tmp, 'own.nft');
    fs.writeFileSync(file, exportNft(...SIP));
    const sip = { mediaPorts: { fromPort: 10000, toPort: 20000 }, transports: [SipTransport.UDP, SipTransport.TLS] };
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], sip });
    const once = inNewNamespace(`nft -f ${file}`);
    const twice = inNewNamespace(`nft -f ${file}\nnft -f ${file}`);
    const egress = plan.securityGroupRules.filter((r) => r.direction === FlowDirection.EGRESS).length;
    const ingress = plan.securityGroupRules.filter((r) => r.direction === FlowDirection.INGRESS).length;
    for (const loaded of [once, twice]) {
      expect(rulesOf(loaded, 'inet', 'twilio_voice', 'egress')).toHaveLength(egress);
      expect(rulesOf(loaded, 'inet', 'twilio_voice', 'ingress')).toHaveLength(ingress);
      // each base chain: established,related, then the jumps
      expect(rulesOf(loaded, 'inet', 'twilio_voice', 'output')).toHaveLength(2);
    }
    expect(withoutHandles(twice)).toEqual(withoutHandles(once));
  });

  inNamespace('your existing table with a drop-policy chain: the rules land in regular chains of yours, once after two loads', () => {
    const admin = path.join(tmp, 'admin.nft');
    fs.writeFileSync(admin, [
      'table inet filter {',
      '  chain twilio_out {',
      '  }',
      '  chain output {',
      '    type filter hook output priority filter; policy drop;',
      '    ct state established,related accept',
      '    jump twilio_out',
      '  }',
      '}',
    ].join('\n') + '\n');
    const file = path.join(tmp, 'into-filter.nft');
    const text = exportNft('--edge', 'dublin', '--nft-table', 'inet:filter', '--nft-chain', 'twilio_out');
    expect(text).toContain('flush chain inet filter twilio_out');
    expect(text).not.toMatch(/^table /m);
    fs.writeFileSync(file, text);
    const twice = inNewNamespace(`nft -f ${admin}\nnft -f ${file}\nnft -f ${file}`);
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN] });
    expect(rulesOf(twice, 'inet', 'filter', 'twilio_out')).toHaveLength(plan.securityGroupRules.length);
    // the admin's base chain is untouched: still policy drop, one established rule and one jump
    const output = twice.find((x) => x.chain?.table === 'filter' && x.chain?.name === 'output').chain;
    expect(output.policy).toBe('drop');
    expect(rulesOf(twice, 'inet', 'filter', 'output')).toHaveLength(2);
    // no table of our own was made
    expect(twice.some((x) => x.table?.name === 'twilio_voice')).toBe(false);
  });
});

/** A ruleset without nft's handles, to compare two loads. */
function withoutHandles(items: any[]): any[] {
  return JSON.parse(JSON.stringify(items.filter((x) => !x.metainfo), (k, v) => (k === 'handle' ? undefined : v)));
}
