// The first `cdk synth` of an app that looks its VPC up: aws-cdk-lib answers placeholders (`vpc-12345`, placeholder
// subnets and route tables, `pl-xxxxxxxx`) and records the missing context; the CDK CLI looks them up and synthesizes
// again. The constructs must synthesize that first pass, or the lookup never runs (docs/constructs.md).
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { awscdk, SipTransport, TwilioEdge } from '../../src';
import { useCompiledRuntime } from '../probe/runtime-build';

const runtime = useCompiledRuntime();
afterAll(() => runtime.restore());

function lookupStack(): { app: App; stack: Stack; vpc: ec2.IVpc } {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Looked', { env: { account: '111111111111', region: 'eu-west-1' } });
  return { app, stack, vpc: ec2.Vpc.fromLookup(stack, 'Vpc', { vpcName: 'clients' }) };
}

describe('Vpc.fromLookup without context', () => {
  test('every construct synthesizes the placeholder pass, and the assembly asks for the lookups', () => {
    const { app, stack, vpc } = lookupStack();
    expect(vpc.vpcId).toBe('vpc-12345');
    const list = ec2.PrefixList.fromLookup(stack, 'Media', { prefixListName: 'twilio-voice-media' });
    const lists = [{ setName: 'media', prefixListId: list.prefixListId, maxEntries: 3 }];
    new awscdk.TwilioVoiceEgress(stack, 'Voice', {
      vpc,
      edges: [TwilioEdge.DUBLIN],
      networkAcl: { subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } },
      dnsFirewall: {},
      prefixLists: lists,
    });
    new awscdk.TwilioPrivateInterconnectEdge(stack, 'London', {
      vpc,
      edge: TwilioEdge.LONDON_IX,
      routing: { subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, target: awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
    });
    new awscdk.TwilioSipEndpoint(stack, 'Sbc', { vpc, edges: [TwilioEdge.DUBLIN], mediaPorts: { fromPort: 10000, toPort: 20000 }, transports: [SipTransport.TLS] });
    const assembly = app.synth();
    expect(assembly.manifest.missing?.map((m) => m.provider).sort()).toEqual(['cc-api-provider', 'vpc-provider']);
  });

  test('the canary too, with subnets chosen by a group name the placeholder VPC does not have', () => {
    const { app, stack, vpc } = lookupStack();
    const target = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.DUBLIN] });
    new awscdk.TwilioConnectivityCanary(stack, 'Canary', { target, vpc, subnets: { subnetGroupName: 'Clients' } });
    const assembly = app.synth();
    const missing = assembly.manifest.missing ?? [];
    expect(missing.map((m) => m.provider)).toEqual(['vpc-provider']);

    // the second pass, as the CDK CLI runs it with the looked-up VPC in the context: the canary runs in 'Clients'
    const context = {
      [missing[0].key]: {
        vpcId: 'vpc-0123456789abcdef0',
        vpcCidrBlock: '10.0.0.0/16',
        availabilityZones: ['eu-west-1a'],
        subnetGroups: [{ name: 'Clients', type: 'Private', subnets: [{ subnetId: 'subnet-0123456789abcdef0', cidr: '10.0.1.0/24', availabilityZone: 'eu-west-1a', routeTableId: 'rtb-0123456789abcdef0' }] }],
      },
    };
    const second = new App({ builtinCloudFormationValidation: false, context });
    const stack2 = new Stack(second, 'Looked', { env: { account: '111111111111', region: 'eu-west-1' } });
    const vpc2 = ec2.Vpc.fromLookup(stack2, 'Vpc', { vpcName: 'clients' });
    const target2 = new awscdk.TwilioVoiceEgress(stack2, 'Voice', { vpc: vpc2, edges: [TwilioEdge.DUBLIN] });
    new awscdk.TwilioConnectivityCanary(stack2, 'Canary', { target: target2, vpc: vpc2, subnets: { subnetGroupName: 'Clients' } });
    const synthesized = second.synth();
    expect(synthesized.manifest.missing).toBeUndefined();
    const fn = Object.values(synthesized.getStackByName('Looked').template.Resources as Record<string, any>)
      .find((r) => r.Type === 'AWS::Lambda::Function');
    expect(fn.Properties.VpcConfig.SubnetIds).toEqual(['subnet-0123456789abcdef0']);
  });

  test('once the lookup has run, a subnet group the VPC does not have is still one clear error', () => {
    const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Direct');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 });
    const target = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.DUBLIN] });
    expect(() => new awscdk.TwilioConnectivityCanary(stack, 'Canary', { target, vpc, subnets: { subnetGroupName: 'Clients' } }))
      .toThrow(/subnets must select subnets of the VPC, got: \{"subnetGroupName":"Clients"\}/);
  });

  test('the placeholders pass only while the lookup is pending: the same IDs given directly are still refused', () => {
    const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Direct');
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-12345', availabilityZones: ['eu-west-1a'] });
    expect(() => new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc })).toThrow(/vpc\.vpcId must be a VPC ID like 'vpc-0123456789abcdef0', got: 'vpc-12345'/);
  });
});
