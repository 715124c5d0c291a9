// The configurations the lifecycle test runs against the emulator: one entry each. An entry builds its stack in
// two variants, `base` and `added` (base plus one addition, such as an edge or an SDK); the test applies base,
// applies added, goes back to base and destroys. Adding a configuration is adding an entry to CONFIGURATIONS.
import { Ec2TransitGateway } from '@cdktf/provider-aws/lib/ec2-transit-gateway';
import { Ec2TransitGatewayVpcAttachment } from '@cdktf/provider-aws/lib/ec2-transit-gateway-vpc-attachment';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { AwsProvider as TnAwsProvider } from '@cdktn/provider-aws/lib/provider';
import { Subnet as TnSubnet } from '@cdktn/provider-aws/lib/subnet';
import { Vpc as TnVpc } from '@cdktn/provider-aws/lib/vpc';
import { TerraformStack, Testing } from 'cdktf';
import * as tn from 'cdktn';
import { Construct } from 'constructs';
import { cdktf, cdktn, SipTransport, TwilioEdge, VoiceSdk } from '../../src';

export type Variant = 'base' | 'added';

/** A resource the emulator cannot take through terraform's whole lifecycle, and what the test does instead. */
export interface EmulatorWorkaround {
  /** Terraform resource type. */
  readonly type: string;
  /** What the emulator does differently from AWS. */
  readonly reason: string;
  /** Python (boto3 client `ec2`, the resource's ID in `ID`) that deletes it in the emulator before `terraform destroy`. */
  readonly deleteWithBoto3: string;
}

export interface LifecycleConfiguration {
  /** Short name, used in test names and logs. */
  readonly name: string;
  /** What `added` adds to `base`, in words. */
  readonly addition: string;
  /** What the configuration leaves out of what the constructs can create, and why. */
  readonly leftOut: string[];
  /** Resources deleted through the emulator's API instead of terraform destroy (see EmulatorWorkaround). */
  readonly workarounds?: EmulatorWorkaround[];
  /** The framework the configuration is built with (the stack's and the provider's classes). */
  readonly framework?: 'cdktf' | 'cdktn';
  /** Adds the configuration's resources to a stack whose AWS provider already points at the emulator. */
  readonly build: (stack: any, variant: Variant) => void;
}

const DNS_FIREWALL_LEFT_OUT = 'dnsFirewall: moto implements no Route 53 Resolver DNS Firewall API (its resources stay covered by '
  + 'terraform validate in test/integ/terraform-validate.test.ts and the hostile suite)';

/** A VPC with one subnet: what every configuration attaches its rules to. */
function network(stack: TerraformStack): { vpc: Vpc; subnet: Subnet } {
  const vpc = new Vpc(stack, 'Vpc', { cidrBlock: '10.20.0.0/16', tags: { Name: 'twilio-lifecycle' } });
  const subnet = new Subnet(stack, 'Clients', { vpcId: vpc.id, cidrBlock: '10.20.1.0/24', tags: { Name: 'twilio-clients' } });
  return { vpc, subnet };
}

export const CONFIGURATIONS: LifecycleConfiguration[] = [
  {
    // The same rendering serves both Terraform frameworks (src/terraform); this one proves the cdktn classes end to end.
    // TURN fallback, so the added edge brings its own NTS ranges (new rules and ACL entries), not only descriptions.
    name: 'CDK Terrain (cdktn): public edge with TURN and a network ACL',
    framework: 'cdktn',
    addition: 'edge frankfurt -> frankfurt + dublin',
    leftOut: [DNS_FIREWALL_LEFT_OUT],
    build: (stack: Construct, variant) => {
      const vpc = new TnVpc(stack, 'Vpc', { cidrBlock: '10.20.0.0/16', tags: { Name: 'twilio-lifecycle' } });
      const subnet = new TnSubnet(stack, 'Clients', { vpcId: vpc.id, cidrBlock: '10.20.1.0/24', tags: { Name: 'twilio-clients' } });
      new cdktn.TwilioVoiceEgress(stack, 'Voice', {
        vpcId: vpc.id,
        edges: variant === 'base' ? [TwilioEdge.FRANKFURT] : [TwilioEdge.FRANKFURT, TwilioEdge.DUBLIN],
        turnFallback: true,
        networkAcl: { subnetIds: [subnet.id] },
        // two edges' TURN ranges need 24 entries per direction: an account with the ACL quota raised to 40
        quotas: { networkAclEntriesPerDirection: 40 },
      });
    },
  },
  {
    name: 'public edge with a network ACL',
    addition: 'edge frankfurt -> frankfurt + dublin',
    leftOut: [DNS_FIREWALL_LEFT_OUT],
    build: (stack, variant) => {
      const { vpc, subnet } = network(stack);
      new cdktf.TwilioVoiceEgress(stack, 'Voice', {
        vpcId: vpc.id,
        edges: variant === 'base' ? [TwilioEdge.FRANKFURT] : [TwilioEdge.FRANKFURT, TwilioEdge.DUBLIN],
        networkAcl: { subnetIds: [subnet.id] },
      });
    },
  },
  {
    name: 'GLL with both SDKs',
    addition: 'sdks javascript -> javascript + mobile',
    leftOut: [DNS_FIREWALL_LEFT_OUT],
    build: (stack, variant) => {
      const { vpc } = network(stack);
      new cdktf.TwilioVoiceEgress(stack, 'Voice', {
        vpcId: vpc.id,
        edges: [TwilioEdge.ROAMING],
        sdks: variant === 'base' ? [VoiceSdk.JAVASCRIPT] : [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
      });
    },
  },
  {
    name: 'Interconnect with routes to a transit gateway',
    // One Interconnect edge per construct, and the mobile SDK adds no rule for an Interconnect edge (the plan has the
    // same rules), so the addition here is a second route table to route from.
    addition: 'routing.routeTableIds [rt] -> [rt, rt2]',
    leftOut: [DNS_FIREWALL_LEFT_OUT],
    workarounds: [{
      type: 'aws_ec2_transit_gateway_vpc_attachment',
      reason: 'moto 5 drops a deleted transit gateway VPC attachment at once instead of reporting it in state "deleted", so the AWS '
        + 'provider\'s delete waiter fails after ~3 minutes ("couldn\'t find resource (21 retries)"); the resource has no timeouts block',
      deleteWithBoto3: 'ec2.delete_transit_gateway_vpc_attachment(TransitGatewayAttachmentId=ID)',
    }],
    build: (stack, variant) => {
      const { vpc, subnet } = network(stack);
      const tgw = new Ec2TransitGateway(stack, 'Tgw', { description: 'twilio-lifecycle' });
      const attachment = new Ec2TransitGatewayVpcAttachment(stack, 'Attachment', { transitGatewayId: tgw.id, vpcId: vpc.id, subnetIds: [subnet.id] });
      const rt = new RouteTable(stack, 'Rt', { vpcId: vpc.id });
      const tables = [rt.id];
      if (variant === 'added') tables.push(new RouteTable(stack, 'Rt2', { vpcId: vpc.id }).id);
      new cdktf.TwilioPrivateInterconnectEdge(stack, 'Ix', {
        vpcId: vpc.id,
        edge: TwilioEdge.FRANKFURT_IX,
        routing: { routeTableIds: tables, target: cdktf.InterconnectRouteTarget.transitGateway(tgw.id, [attachment]) },
      });
    },
  },
  {
    // A termination-only endpoint already has UDP signalling and media both ways (docs/sip.md): turning origination on
    // adds the TLS ingress rules and rewrites the UDP ingress rules' descriptions, and replaces nothing.
    name: 'SIP endpoint over UDP and TLS with a network ACL',
    addition: 'origination false -> true',
    leftOut: [DNS_FIREWALL_LEFT_OUT],
    build: (stack, variant) => {
      const { vpc, subnet } = network(stack);
      new cdktf.TwilioSipEndpoint(stack, 'Sbc', {
        vpcId: vpc.id,
        edges: [TwilioEdge.FRANKFURT],
        mediaPorts: { fromPort: 10000, toPort: 20000 },
        transports: [SipTransport.UDP, SipTransport.TLS],
        origination: variant === 'added',
        networkAcl: { subnetIds: [subnet.id] },
      });
    },
  },
];

/** The Terraform JSON of a configuration's variant, its AWS provider pointed at the emulator. */
export function synthesize(config: LifecycleConfiguration, variant: Variant, endpoint: string, region: string): string {
  const provider = {
    region,
    accessKey: 'test',
    secretKey: 'test',
    skipCredentialsValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: 'true',
    endpoints: [{ ec2: endpoint, sts: endpoint, iam: endpoint }],
  };
  if (config.framework === 'cdktn') {
    const app = tn.Testing.app();
    const stack = new tn.TerraformStack(app, 'lifecycle');
    new TnAwsProvider(stack, 'aws', provider);
    config.build(stack, variant);
    return tn.Testing.synth(stack);
  }
  const app = Testing.app();
  const stack = new TerraformStack(app, 'lifecycle');
  new AwsProvider(stack, 'aws', provider);
  config.build(stack, variant);
  return Testing.synth(stack);
}
