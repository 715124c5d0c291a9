// The cdktn submodule as a CDK Terrain user gets it: an app that installed the packed package with cdktn,
// @cdktn/provider-aws and the cdktn CLI only (scripts/cdktn-consumer.sh, run by the integ:setup task), holding the
// example app examples/cdktn. Skipped, saying why, where that consumer is not set up.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InterconnectConnection, SipTransport, TwilioEdge, TwilioNetworkPlan, VoiceSdk } from '../../src';
import { fromPlan, fromTerraform, Normalized } from '../support/normalize';
import { terraformSkipReason, terraformValidate } from '../terraform';

const consumer = process.env.CDKTN_CONSUMER_DIR ? path.resolve(process.env.CDKTN_CONSUMER_DIR) : undefined;
const ready = consumer && fs.existsSync(path.join(consumer, 'node_modules', 'cdktn')) && fs.existsSync(path.join(consumer, 'node_modules', 'twilio-voice-network'));
if (!ready) console.log(`SKIPPED cdktn consumer tests: no cdktn consumer app (set CDKTN_CONSUMER_DIR after running scripts/cdktn-consumer.sh${consumer ? `; ${consumer} is not set up` : ''}).`);
const withConsumer = ready ? test : test.skip;

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
if (cliReady && terraformSkipReason) console.log(`SKIPPED terraform validate of the cdktn example: ${terraformSkipReason}.`);
const withCliAndTerraform = cliReady && !terraformSkipReason ? test : test.skip;

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

/** Runs `cdktn synth` on the consumer's example app with a Node binary; the Terraform JSON when it succeeded. */
function cdktnSynth(node: string): { status: number | null; out: string; dir: string; json?: any } {
  const out = path.join(consumer!, 'cdktf.out');
  fs.rmSync(out, { recursive: true, force: true });
  const rc = path.join(consumer!, 'terraform.rc');
  fs.writeFileSync(rc, '');
  const r = spawnSync(node, [path.join(consumer!, 'node_modules', '.bin', 'cdktn'), 'synth'], {
    cwd: consumer,
    encoding: 'utf8',
    timeout: 180_000,
    // the app's `node` is the same binary; no telemetry or version check leaves the machine
    env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`, CHECKPOINT_DISABLE: '1', CI: 'true', TF_CLI_CONFIG_FILE: rc, HOME: os.tmpdir() },
  });
  const dir = path.join(out, 'stacks', 'twilio-voice-example');
  const file = path.join(dir, 'cdk.tf.json');
  return { status: r.status, out: r.stdout + r.stderr, dir, json: fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined };
}

/** What examples/cdktn/main.ts asks for, planned here. */
function examplePlans(): Normalized {
  const dublin = TwilioEdge.nearestTo('eu-west-1');
  const parts = [
    fromPlan(TwilioNetworkPlan.compute({ edges: [dublin], sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE], dnsFirewall: {} })),
    fromPlan(TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], interconnectConnection: InterconnectConnection.BGP, networkAcl: {} }),
      'tgw-0123456789abcdef0'),
    fromPlan(TwilioNetworkPlan.compute({ edges: [dublin], sip: { mediaPorts: { fromPort: 10000, toPort: 20000 }, transports: [SipTransport.TLS] } })),
  ];
  const all = <K extends keyof Normalized>(k: K) => parts.flatMap((p) => p[k] as unknown[]);
  return {
    rules: all('rules').sort() as string[],
    acl: all('acl').sort() as string[],
    dnsRules: all('dnsRules').sort() as string[],
    dnsPriority: all('dnsPriority') as Array<number | string>,
    routes: [...new Set(all('routes') as string[])].sort(),
  };
}

describe('CDK Terrain (cdktn) users', () => {
  withConsumer('install no other framework: no aws-cdk-lib, cdktf or @cdktf/provider-aws, and synthesizing loads none', () => {
    const modules = path.join(consumer!, 'node_modules');
    expect(['aws-cdk-lib', 'cdktf', '@cdktf/provider-aws'].filter((m) => fs.existsSync(path.join(modules, m)))).toEqual([]);
    const { loaded, resources, cdktnVersion } = run(`
const fs = require('fs'), os = require('os'), path = require('path');
const { App, TerraformStack } = require('cdktn');
const { AwsProvider } = require('@cdktn/provider-aws/lib/provider');
// the root entry point too: its other submodules load on first use only
const { cdktn, TwilioEdge } = require('twilio-voice-network');
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktn-'));
const app = new App({ outdir });
const stack = new TerraformStack(app, 'calls');
new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
new cdktn.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.DUBLIN] });
app.synth();
const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'calls', 'cdk.tf.json'), 'utf8'));
fs.rmSync(outdir, { recursive: true, force: true });
const loaded = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](aws-cdk-lib|cdktf|@cdktf)[\\\\/]/.test(k));
console.log(JSON.stringify({ loaded, resources: Object.keys(json.resource), cdktnVersion: require('cdktn/package.json').version }));
`);
    expect({ loaded, cdktnVersion }).toEqual({ loaded: [], cdktnVersion: '0.24.0' });
    expect(resources).toEqual(expect.arrayContaining(['aws_security_group', 'aws_vpc_security_group_egress_rule']));
  }, 60_000);

  withConsumer('the example app type-checks with skipLibCheck off, importing twilio-voice-network/cdktn', () => {
    const r = spawnSync(process.execPath, [path.join(consumer!, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'], {
      cwd: consumer, encoding: 'utf8', timeout: 120_000,
    });
    const config = JSON.parse(fs.readFileSync(path.join(consumer!, 'tsconfig.json'), 'utf8'));
    expect(config.compilerOptions.skipLibCheck).toBe(false);
    expect({ status: r.status, out: r.stdout + r.stderr }).toEqual({ status: 0, out: '' });
  }, 120_000);

  withCli('`cdktn synth` (cdktn-cli on Node 22) synthesizes examples/cdktn with exactly the planned rules, ACL, DNS Firewall and routes', () => {
    const r = cdktnSynth(node22!.node);
    expect({ status: r.status, out: r.out }).toEqual({ status: 0, out: expect.stringContaining('Generated Terraform code for the stacks: twilio-voice-example') });
    const synthesized = fromTerraform(r.json);
    expect({ ...synthesized, routes: [...new Set(synthesized.routes)].sort() }).toEqual(examplePlans());
    // @cdktn/provider-aws 25.7 pins the AWS provider it was generated for
    expect(r.json.terraform.required_providers.aws).toEqual({ source: 'hashicorp/aws', version: '6.66.0' });
  }, 240_000);

  withCliAndTerraform('terraform validate accepts the synthesized example (the AWS provider pin overridden to the local mirror\'s 5.100)', () => {
    const r = cdktnSynth(node22!.node);
    expect(r.status).toBe(0);
    // test/terraform.ts overrides required_providers.aws.version with the mirror's version: this machine has 5.100.0
    // only (docs/cdktf-and-cdktn.md#provider-versions)
    expect(terraformValidate(r.dir, path.join(r.dir, 'cdk.tf.json'))).toEqual({ valid: true, diagnostics: [] });
  }, 240_000);

  (cliReady && process.version.startsWith('v20.') ? test : test.skip)('on Node 20 the `cdktn` command crashes (why CI runs it on Node 22)', () => {
    const r = cdktnSynth(process.execPath);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/markAsUncloneable is not a function/);
    expect(r.json).toBeUndefined();
  }, 120_000);
});
