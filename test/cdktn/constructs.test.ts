// The CDK Terrain (cdktn) constructs render through the same Terraform layer as the CDKTF ones (src/terraform), with
// @cdktn/provider-aws's classes: for each construct, the same props give the same resources and data sources,
// argument for argument, as the CDKTF construct's pinned configurations (test/cdktf). Only the provider block differs
// (each framework pins the AWS provider version its provider package was generated for).
import { TerraformOutput, TerraformVariable, Token } from 'cdktn';
import { Construct } from 'constructs';
import { synthTnJson, tnStack } from './util';
import { cdktf, cdktn, SipTransport, TwilioEdge, TwilioNetworkPlan, VoiceSdk } from '../../src';
import { synthJson, tfStack, VPC } from '../cdktf/util';
import { useCompiledRuntime } from '../probe/runtime-build';

const SUBNET = 'subnet-0123456789abcdef0';
const TGW = 'tgw-0123456789abcdef0';

type Lib = typeof cdktf | typeof cdktn;

/** The frameworks hash an asset's directory differently; the asset's path is otherwise the same. */
const withoutAssetHashes = (json: object): any => JSON.parse(JSON.stringify(json).replace(/(assets\/[^/"]+\/)[0-9A-F]{32}\//g, '$1HASH/'));

/** One configuration, written once for both submodules. */
const CONFIGURATIONS: Record<string, (lib: Lib, scope: Construct) => void> = {
  'TwilioVoiceEgress with a network ACL, an existing ACL and a DNS Firewall': (lib, scope) => {
    const voice = new lib.TwilioVoiceEgress(scope, 'voice', {
      vpcId: VPC,
      edges: [TwilioEdge.DUBLIN],
      sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
      turnFallback: true,
      networkAcl: { subnetIds: [SUBNET] },
      dnsFirewall: { blockOtherDomains: true, name: 'calls' },
    });
    voice.addNetworkAclEntries('acl-0123456789abcdef0', { firstRuleNumber: 2000 });
  },
  'TwilioPrivateInterconnectEdge with routes over VPN': (lib, scope) => {
    new lib.TwilioPrivateInterconnectEdge(scope, 'london', {
      vpcId: VPC,
      edge: TwilioEdge.LONDON_IX,
      interconnectConnection: 'vpn' as any,
      publicServices: true,
      routing: { routeTableIds: ['rtb-0123456789abcdef0', 'rtb-0fedcba9876543210'], target: lib.InterconnectRouteTarget.transitGateway(TGW) },
    });
  },
  'TwilioSipEndpoint on an Interconnect edge with routes, ACL and DNS Firewall': (lib, scope) => {
    new lib.TwilioSipEndpoint(scope, 'sbc', {
      vpcId: VPC,
      edges: [TwilioEdge.LONDON_IX],
      mediaPorts: { fromPort: 16384, toPort: 32768 },
      transports: [SipTransport.TLS],
      allInterconnectGateways: false,
      sipDomains: true,
      networkAcl: { subnetIds: [SUBNET] },
      dnsFirewall: {},
      routing: { routeTableIds: ['rtb-0123456789abcdef0'], target: lib.InterconnectRouteTarget.virtualPrivateGateway('vgw-0123456789abcdef0') },
    });
  },
  'TwilioPrefixLists shared, referenced by a TwilioVoiceEgress': (lib, scope) => {
    const lists = new lib.TwilioPrefixLists(scope, 'lists', { edges: [TwilioEdge.FRANKFURT], turnFallback: true, shareWith: ['111122223333'] });
    new lib.TwilioVoiceEgress(scope, 'voice', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT], turnFallback: true, prefixLists: lists.references });
  },
  'TwilioNetworkFirewallRuleGroup': (lib, scope) => {
    new lib.TwilioNetworkFirewallRuleGroup(scope, 'nf', { edges: [TwilioEdge.DUBLIN], turnFallback: true, homeNet: ['10.0.0.0/16'] });
  },
  'TwilioConnectivityCanary on a TwilioVoiceEgress': (lib, scope) => {
    const voice = new lib.TwilioVoiceEgress(scope, 'voice', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT] });
    new lib.TwilioConnectivityCanary(scope, 'canary', { vpcId: VPC, subnetIds: [SUBNET], target: voice, alarmActions: ['arn:aws:sns:eu-central-1:111111111111:voice'] });
  },
};

describe('CDK Terrain (cdktn) constructs', () => {
  let runtime: ReturnType<typeof useCompiledRuntime>;
  beforeAll(() => { runtime = useCompiledRuntime(); });
  afterAll(() => runtime.restore());

  test.each(Object.entries(CONFIGURATIONS))('%s: the same Terraform as the CDKTF construct', (_, build) => {
    const tf = tfStack();
    build(cdktf, tf.stack);
    const tn = tnStack();
    build(cdktn, tn.stack);
    const { provider: tfProvider, terraform: tfMeta, ...fromCdktf } = withoutAssetHashes(synthJson(tf.stack));
    const { provider: tnProvider, terraform: tnMeta, ...fromCdktn } = withoutAssetHashes(synthTnJson(tn.stack));
    expect(Object.keys(fromCdktn.resource).length).toBeGreaterThan(0);
    expect(fromCdktn).toEqual(fromCdktf);
    // the AWS provider each framework's provider package was generated for (6.x for both)
    expect(tnMeta.required_providers.aws.version).toMatch(/^6\./);
    expect(tnProvider.aws).toEqual(tfProvider.aws);
    expect(tfMeta.required_providers.aws.version).toMatch(/^6\./);
  });

  test('the cdktn constructs are built on cdktn: cdktn tokens are references, a cdktn list token iterates', () => {
    const { stack } = tnStack();
    const tables = new TerraformVariable(stack, 'tables', { type: 'list(string)' });
    const voice = new cdktn.TwilioPrivateInterconnectEdge(stack, 'ix', {
      vpcId: VPC,
      edge: TwilioEdge.FRANKFURT_IX,
      routing: { routeTableIds: tables.listValue, target: cdktn.InterconnectRouteTarget.transitGateway(TGW) },
    });
    new TerraformOutput(stack, 'sg', { value: voice.securityGroupId });
    expect(Token.isUnresolved(voice.securityGroupId)).toBe(true);
    const json = synthTnJson(stack);
    expect(json.output.sg.value).toMatch(/^\$\{aws_security_group\.\w+\.id\}$/);
    const routes = Object.values(json.resource.aws_route) as any[];
    expect(routes.length).toBe(voice.plan.routes.length);
    for (const r of routes) expect(r.for_each).toBe('${toset(var.tables)}');
  });

  test('bad props are one error naming each prop, as in the other submodules', () => {
    const { stack } = tnStack();
    expect(() => new cdktn.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-1', edges: [TwilioEdge.LONDON_IX] })).toThrow(
      /^2 problems:\n- TwilioVoiceEgress 'test\/voice': vpcId must be a VPC ID like 'vpc-0123456789abcdef0', got: 'vpc-1'\.\n- [^\n]*edges\[0\] must be a public Twilio edge/,
    );
    expect(() => new cdktn.TwilioConnectivityCanary(stack, 'canary', { vpcId: VPC, subnetIds: [SUBNET], target: {} as any })).toThrow(
      /target must be a TwilioVoiceEgress or TwilioPrivateInterconnectEdge of the cdktn submodule/,
    );
  });

  test('a canary takes a target of its own framework, or any plan with a security group ID', () => {
    const { stack } = tnStack();
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN] });
    const canary = new cdktn.TwilioConnectivityCanary(stack, 'canary', { vpcId: VPC, subnetIds: [SUBNET], plan, securityGroupId: 'sg-0123456789abcdef0' });
    expect(canary.plan).toBe(plan);
    expect(Token.isUnresolved(canary.functionArn)).toBe(true);
  });
});
