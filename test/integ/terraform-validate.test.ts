// `terraform validate` of synthesized configurations against the real AWS provider schema, offline, where a
// terraform binary and a filesystem mirror of the provider exist (see TOOLCHAIN.md). Elsewhere: skipped, saying why.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { cdktf, TwilioEdge, VoiceSdk } from '../../src';
import { terraformSkipReason, terraformValidate } from '../terraform';

if (terraformSkipReason) console.log(`SKIPPED terraform validate tests: ${terraformSkipReason}.`);
const withTerraform = terraformSkipReason ? test.skip : test;

function validate(build: (stack: TerraformStack) => void): { valid: boolean; diagnostics: unknown[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-tf-'));
  const app = new App({ outdir: dir, skipValidation: false });
  const stack = new TerraformStack(app, 'validate');
  new AwsProvider(stack, 'aws', { region: 'eu-central-1' });
  build(stack);
  app.synth();
  const stackDir = path.join(dir, 'stacks', 'validate');
  try {
    return terraformValidate(stackDir, path.join(stackDir, 'cdk.tf.json'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('terraform validate (real AWS provider schema)', () => {
  withTerraform('TwilioVoiceEgress with ACL, DNS Firewall walled garden and an existing ACL', () => {
    const result = validate((stack) => {
      const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', {
        vpcId: 'vpc-0123456789abcdef0',
        edges: [TwilioEdge.DUBLIN],
        sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
        turnFallback: true,
        networkAcl: { subnetIds: ['subnet-0123456789abcdef0'] },
        dnsFirewall: { blockOtherDomains: true },
      });
      voice.addNetworkAclEntries('acl-0123456789abcdef0');
    });
    expect(result).toEqual({ valid: true, diagnostics: [] });
  }, 60_000);

  withTerraform('TwilioPrivateInterconnectEdge with routes to a transit gateway and a supplied security group', () => {
    const result = validate((stack) => {
      new cdktf.TwilioPrivateInterconnectEdge(stack, 'london', {
        vpcId: 'vpc-0123456789abcdef0',
        edge: TwilioEdge.LONDON_IX,
        securityGroupId: 'sg-0123456789abcdef0',
        insights: true,
        routing: { routeTableIds: ['rtb-0123456789abcdef0'], target: cdktf.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
      });
    });
    expect(result).toEqual({ valid: true, diagnostics: [] });
  }, 60_000);

  withTerraform('the check can fail: a wrong argument name is reported', () => {
    const result = validate((stack) => {
      const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0' });
      const rule = voice.node.findAll().find((c) => c.constructor.name === 'VpcSecurityGroupEgressRule') as any;
      rule.addOverride('cidr_ipv9', '10.0.0.0/8');
    });
    expect(result.valid).toBe(false);
    expect(JSON.stringify(result.diagnostics)).toMatch(/cidr_ipv9/);
  }, 60_000);
});
