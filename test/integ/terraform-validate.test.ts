// `terraform validate` of synthesized configurations against the real AWS provider schema, offline, where a
// terraform binary and a filesystem mirror of the provider exist (see TOOLCHAIN.md). Elsewhere: skipped, saying why.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { cdktf, NetworkFirewallRuleOrder, SipTransport, TwilioEdge, VoiceSdk } from '../../src';
import { useCompiledRuntime } from '../probe/runtime-build';
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

  withTerraform('TwilioSipEndpoint with ingress and egress rules, a network ACL and a walled-garden DNS Firewall', () => {
    const result = validate((stack) => {
      new cdktf.TwilioSipEndpoint(stack, 'sbc', {
        vpcId: 'vpc-0123456789abcdef0',
        edges: [TwilioEdge.ASHBURN, TwilioEdge.ASHBURN_IX],
        mediaPorts: { fromPort: 10000, toPort: 20000 },
        transports: [SipTransport.TLS],
        networkAcl: { subnetIds: ['subnet-0123456789abcdef0'] },
        dnsFirewall: { blockOtherDomains: true },
        // every exchange's gateways (the default) need 26 entries per direction: an account with the quota raised
        quotas: { networkAclEntriesPerDirection: 40 },
      });
    });
    expect(result).toEqual({ valid: true, diagnostics: [] });
  }, 60_000);

  withTerraform('TwilioPrefixLists shared by RAM, referenced by egress, Interconnect routes and Network Firewall rule groups', () => {
    const result = validate((stack) => {
      const lists = new cdktf.TwilioPrefixLists(stack, 'lists', {
        edges: [TwilioEdge.FRANKFURT, TwilioEdge.FRANKFURT_IX], turnFallback: true, sipSignaling: true, shareWith: ['111122223333'],
      });
      new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.FRANKFURT], turnFallback: true, prefixLists: lists.references });
      new cdktf.TwilioPrivateInterconnectEdge(stack, 'ix', {
        vpcId: 'vpc-0123456789abcdef0',
        edge: TwilioEdge.FRANKFURT_IX,
        prefixLists: lists.references,
        routing: { routeTableIds: ['rtb-0123456789abcdef0'], target: cdktf.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
      });
      new cdktf.TwilioNetworkFirewallRuleGroup(stack, 'nf', {
        edges: [TwilioEdge.FRANKFURT], turnFallback: true, prefixLists: lists.references, homeNet: ['10.0.0.0/8'], ruleOrder: NetworkFirewallRuleOrder.STRICT_ORDER,
      });
    });
    expect(result).toEqual({ valid: true, diagnostics: [] });
  }, 60_000);

  withTerraform('TwilioConnectivityCanary with its function archive, schedule and alarm', () => {
    const runtime = useCompiledRuntime();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-tf-canary-'));
    try {
      const app = new App({ outdir: dir, skipValidation: false });
      const stack = new TerraformStack(app, 'validate');
      new AwsProvider(stack, 'aws', { region: 'eu-central-1' });
      const voice = new cdktf.TwilioPrivateInterconnectEdge(stack, 'london', { vpcId: 'vpc-0123456789abcdef0', edge: TwilioEdge.LONDON_IX });
      new cdktf.TwilioConnectivityCanary(stack, 'canary', {
        vpcId: 'vpc-0123456789abcdef0',
        subnetIds: ['subnet-0b00000000000b001', 'subnet-0b00000000000b002'],
        target: voice,
        alarmActions: ['arn:aws:sns:eu-central-1:111111111111:voice-alerts'],
      });
      app.synth();
      const stackDir = path.join(dir, 'stacks', 'validate');
      // The archive of the runtime is written next to the configuration, where filebase64sha256() reads it.
      const [fn] = Object.values(JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8')).resource.aws_lambda_function) as any[];
      expect(fs.existsSync(path.join(stackDir, fn.filename))).toBe(true);
      expect(terraformValidate(stackDir, path.join(stackDir, 'cdk.tf.json'))).toEqual({ valid: true, diagnostics: [] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      runtime.restore();
    }
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
