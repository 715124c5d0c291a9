// The packed package in the apps users write, on every Node version CI tests (the machine's, which builds, and the
// versions scripts/runtimes.sh installs from the npm registry): an AWS CDK app and a CDKTF app install the tarball,
// synthesize, and hold exactly the planned rules. Skipped, saying why, where scripts/runtimes.sh has not run.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { TwilioEdge, TwilioNetworkPlan, VoiceSdk } from '../../src';
import { fromCloudFormation, fromPlan, fromTerraform } from '../support/normalize';

const root = path.join(__dirname, '..', '..');
const dir = path.resolve(root, process.env.RUNTIMES_DIR ?? '.tmp/runtimes');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const runtimes: Array<{ version: string; node: string }> = fs.existsSync(path.join(dir, 'runtimes.json'))
  ? JSON.parse(fs.readFileSync(path.join(dir, 'runtimes.json'), 'utf8')) : [];
const skipReason = runtimes.length === 0 ? `no runtimes set up in ${dir} (run scripts/runtimes.sh, as the integ:setup task does)` : undefined;
if (skipReason) console.log(`SKIPPED consumer checks on each Node version: ${skipReason}.`);
const each = skipReason ? test.skip : test;

const CHOICES = {
  edges: [TwilioEdge.DUBLIN, TwilioEdge.LONDON_IX],
  sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
  turnFallback: true,
};
const SIP = { edges: [TwilioEdge.DUBLIN], sip: { mediaPorts: { fromPort: 10000, toPort: 20000 } } };

const AWSCDK_APP = `
const fs = require('fs'), os = require('os'), path = require('path');
const { App, Stack } = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const { awscdk, TwilioEdge, VoiceSdk } = require('twilio-voice-network');
const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-cdk-')) });
const stack = new Stack(app, 'Consumer', { env: { account: '111111111111', region: 'eu-west-1' } });
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['eu-west-1a'], privateSubnetIds: ['subnet-0123456789abcdef0'] });
new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.DUBLIN], sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE], turnFallback: true });
new awscdk.TwilioPrivateInterconnectEdge(stack, 'Ix', { vpc, edge: TwilioEdge.LONDON_IX, sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE], turnFallback: true });
new awscdk.TwilioSipEndpoint(stack, 'Sbc', { vpc, edges: [TwilioEdge.DUBLIN], mediaPorts: { fromPort: 10000, toPort: 20000 } });
const assembly = app.synth();
console.log(JSON.stringify({ node: process.version, template: JSON.parse(fs.readFileSync(assembly.getStackByName('Consumer').templateFullPath, 'utf8')) }));
`;

const CDKTF_APP = `
const fs = require('fs'), os = require('os'), path = require('path');
const { App, TerraformStack } = require('cdktf');
const { AwsProvider } = require('@cdktf/provider-aws/lib/provider');
const { cdktf, TwilioEdge, VoiceSdk } = require('twilio-voice-network');
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-tf-'));
const app = new App({ outdir });
const stack = new TerraformStack(app, 'consumer');
new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.DUBLIN], sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE], turnFallback: true });
new cdktf.TwilioPrivateInterconnectEdge(stack, 'ix', { vpcId: 'vpc-0123456789abcdef0', edge: TwilioEdge.LONDON_IX, sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE], turnFallback: true });
new cdktf.TwilioSipEndpoint(stack, 'sbc', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.DUBLIN], mediaPorts: { fromPort: 10000, toPort: 20000 } });
app.synth();
console.log(JSON.stringify({ node: process.version, json: JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'consumer', 'cdk.tf.json'), 'utf8')) }));
`;

/** Runs an app script with one Node binary inside a consumer directory; returns its JSON output. */
function runApp(consumer: string, node: string, script: string): any {
  const file = path.join(dir, consumer, `app-${process.pid}.js`);
  fs.writeFileSync(file, script);
  try {
    const r = spawnSync(node, [file], { cwd: path.join(dir, consumer), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect({ status: r.status, stderr: r.stderr.split('\n').filter((l) => /Error|error/.test(l)) }).toEqual({ status: 0, stderr: [] });
    return JSON.parse(r.stdout);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** The rules the three constructs' plans hold, in the normalized form. */
function planned(): string[] {
  const voice = TwilioNetworkPlan.compute({ ...CHOICES, edges: [TwilioEdge.DUBLIN] });
  const ix = TwilioNetworkPlan.compute({ ...CHOICES, edges: [TwilioEdge.LONDON_IX] });
  const sip = TwilioNetworkPlan.compute(SIP);
  return [voice, ix, sip].flatMap((p) => fromPlan(p).rules).sort();
}

describe('consumer apps on each tested Node version', () => {
  each('engines.node is the oldest Node version CI tests', () => {
    const oldest = runtimes.map((r) => r.version.replace(/^v/, '')).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))[0];
    expect(pkg.engines.node).toBe(`>= ${oldest}`);
    expect(runtimes.map((r) => Number(r.version.slice(1).split('.')[0]))).toEqual(expect.arrayContaining([20, 22, 24]));
  });

  for (const r of runtimes.length > 0 ? runtimes : [{ version: 'none', node: '' }]) {
    each(`${r.version}: an AWS CDK app that installed the tarball synthesizes the planned rules`, () => {
      const out = runApp('awscdk', r.node, AWSCDK_APP);
      expect(out.node).toBe(r.version);
      expect(fromCloudFormation(out.template).rules).toEqual(planned());
    }, 120_000);

    each(`${r.version}: a CDKTF app that installed the tarball synthesizes the planned rules`, () => {
      const out = runApp('cdktf', r.node, CDKTF_APP);
      expect(out.node).toBe(r.version);
      expect(fromTerraform(out.json).rules).toEqual(planned());
    }, 120_000);
  }
});
