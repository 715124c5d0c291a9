// Do the CDKTF constructs work inside a CDK Terrain (cdktn) app, from JavaScript? Runs a real cdktn app that
// installed the packed package (scripts/cdktn-consumer.sh, run by .ci/run after the build). Skipped, saying why,
// where that consumer is not set up.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TwilioEdge, TwilioNetworkPlan } from '../../src';
import { fromPlan, fromTerraform } from '../support/normalize';

const consumer = process.env.CDKTN_CONSUMER_DIR ? path.resolve(process.env.CDKTN_CONSUMER_DIR) : undefined;
const ready = consumer && fs.existsSync(path.join(consumer, 'node_modules', 'cdktn')) && fs.existsSync(path.join(consumer, 'node_modules', 'twilio-voice-network'));
if (!ready) console.log(`SKIPPED cdktn interoperability tests: no cdktn consumer app (set CDKTN_CONSUMER_DIR after running scripts/cdktn-consumer.sh${consumer ? `; ${consumer} is not set up` : ''}).`);
const withConsumer = ready ? test : test.skip;

/** Runs a script inside the consumer app and returns its JSON output. */
function run(script: string): any {
  const file = path.join(consumer!, `probe-${process.pid}.js`);
  fs.writeFileSync(file, script);
  try {
    return JSON.parse(execFileSync(process.execPath, [file], { cwd: consumer, stdio: 'pipe' }).toString());
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const SYNTH = `
const fs = require('fs'), os = require('os'), path = require('path');
const { App, TerraformStack, TerraformOutput, TerraformProvider } = require('cdktn');
const { cdktf, TwilioEdge } = require('twilio-voice-network');
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktn-'));
const app = new App({ outdir });
const stack = new TerraformStack(app, 'calls');
// What a generated cdktn provider (@cdktn/provider-aws AwsProvider) is: a TerraformProvider for "aws".
new TerraformProvider(stack, 'aws', {
  terraformResourceType: 'aws',
  terraformGeneratorMetadata: { providerName: 'aws' },
  terraformProviderSource: 'aws',
});
const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.DUBLIN], dnsFirewall: {} });
voice.addNetworkAclEntries('acl-0123456789abcdef0');
new cdktf.TwilioPrivateInterconnectEdge(stack, 'london', {
  vpcId: 'vpc-0123456789abcdef0', edge: TwilioEdge.LONDON_IX,
  routing: { routeTableIds: ['rtb-0123456789abcdef0'], target: cdktf.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
});
new TerraformOutput(stack, 'sg', { value: voice.securityGroupId });
app.synth();
const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'calls', 'cdk.tf.json'), 'utf8'));
console.log(JSON.stringify({ cdktnVersion: require('cdktn/package.json').version, json }));
`;

// The real `cdktn` command (cdktn-cli) needs Node >= 22.19: the Node 22 that scripts/runtimes.sh installed runs it.
const runtimesFile = path.resolve(process.env.RUNTIMES_DIR ?? '.tmp/runtimes', 'runtimes.json');
const node22 = fs.existsSync(runtimesFile)
  ? (JSON.parse(fs.readFileSync(runtimesFile, 'utf8')) as Array<{ version: string; node: string }>).find((r) => /^v22\.(19|[2-9]\d)\./.test(r.version))
  : undefined;
const cliReady = ready && node22 && fs.existsSync(path.join(consumer!, 'node_modules', '.bin', 'cdktn'));
if (ready && !cliReady) {
  console.log(`SKIPPED the real cdktn synth: ${node22 ? 'cdktn-cli is not installed in the consumer' : `no Node >= 22.19 in ${runtimesFile} (run scripts/runtimes.sh)`}.`);
}
const withCli = cliReady ? test : test.skip;

const CDKTN_APP = `
const { App, TerraformStack, TerraformProvider } = require('cdktn');
const { cdktf, TwilioEdge } = require('twilio-voice-network');
const app = new App();
const stack = new TerraformStack(app, 'calls');
new TerraformProvider(stack, 'aws', { terraformResourceType: 'aws', terraformGeneratorMetadata: { providerName: 'aws' }, terraformProviderSource: 'aws' });
new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.DUBLIN], turnFallback: true });
new cdktf.TwilioSipEndpoint(stack, 'sbc', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.DUBLIN], mediaPorts: { fromPort: 10000, toPort: 20000 } });
app.synth();
`;

/** Runs `cdktn synth` on the app above with a Node binary, in a fresh project directory. */
function cdktnSynth(node: string): { status: number | null; out: string; json?: any } {
  const project = fs.mkdtempSync(path.join(consumer!, 'cli-'));
  try {
    fs.writeFileSync(path.join(project, 'main.js'), CDKTN_APP);
    fs.writeFileSync(path.join(project, 'cdktf.json'), JSON.stringify({ language: 'javascript', app: 'node main.js', terraformProviders: [], terraformModules: [] }));
    const rc = path.join(project, 'terraform.rc');
    fs.writeFileSync(rc, '');
    const r = spawnSync(node, [path.join(consumer!, 'node_modules', '.bin', 'cdktn'), 'synth'], {
      cwd: project,
      encoding: 'utf8',
      // the app's `node` is the same binary; no telemetry or version check leaves the machine
      env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`, CHECKPOINT_DISABLE: '1', CI: 'true', TF_CLI_CONFIG_FILE: rc, HOME: os.tmpdir() },
    });
    const file = path.join(project, 'cdktf.out', 'stacks', 'calls', 'cdk.tf.json');
    return { status: r.status, out: r.stdout + r.stderr, json: fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined };
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
}

describe('CDK Terrain (cdktn) interoperability', () => {
  withCli('`cdktn synth` (cdktn-cli on Node 22) synthesizes an app using the CDKTF constructs, holding the planned rules', () => {
    const r = cdktnSynth(node22!.node);
    expect({ status: r.status, out: r.out }).toEqual({ status: 0, out: expect.stringContaining('Generated Terraform code for the stacks: calls') });
    const plans = [
      TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], turnFallback: true }),
      TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], sip: { mediaPorts: { fromPort: 10000, toPort: 20000 } } }),
    ];
    expect(fromTerraform(r.json).rules).toEqual(plans.flatMap((p) => fromPlan(p).rules).sort());
  }, 120_000);

  (cliReady && process.version.startsWith('v20.') ? test : test.skip)('on Node 20 the `cdktn` command crashes (why CI runs it on Node 22)', () => {
    const r = cdktnSynth(process.execPath);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/markAsUncloneable is not a function/);
    expect(r.json).toBeUndefined();
  }, 120_000);

  withConsumer('the CDKTF constructs synthesize inside a cdktn app, with references resolved', () => {
    const { cdktnVersion, json } = run(SYNTH);
    expect(cdktnVersion).toBe('0.24.0');
    const counts = Object.fromEntries(Object.entries(json.resource).map(([type, r]) => [type, Object.keys(r as object).length]));
    expect(counts).toMatchObject({
      aws_security_group: 2,
      aws_vpc_security_group_egress_rule: 2 + 3,
      aws_network_acl_rule: 4,
      aws_route: 3,
      aws_route53_resolver_firewall_rule_group_association: 1,
    });
    const sg = Object.keys(json.resource.aws_security_group).find((k) => k.startsWith('voice'));
    expect(json.output.sg.value).toBe(`\${aws_security_group.${sg}.id}`);
    for (const rule of Object.values(json.resource.aws_vpc_security_group_egress_rule) as any[]) {
      expect(rule.security_group_id).toMatch(/^\$\{aws_security_group\.\w+\.id\}$/);
    }
  }, 60_000);

  withConsumer('without this library\'s shim, a plain cdktf 0.21 resource fails in a cdktn stack (why the shim exists)', () => {
    expect(() => run(`
const { App, TerraformStack, TerraformProvider } = require('cdktn');
const { SecurityGroup } = require('@cdktf/provider-aws/lib/security-group');
const app = new App({ outdir: require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'cdktn-')) });
const stack = new TerraformStack(app, 'plain');
new TerraformProvider(stack, 'aws', { terraformResourceType: 'aws', terraformGeneratorMetadata: { providerName: 'aws' }, terraformProviderSource: 'aws' });
new SecurityGroup(stack, 'sg', { vpcId: 'vpc-0123456789abcdef0' });
app.synth();
console.log('{}');
`)).toThrow(/_resetResolveDiscoveredProviderFeatureUsage is not a function/);
  }, 60_000);
});
