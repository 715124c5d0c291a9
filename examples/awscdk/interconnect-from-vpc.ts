// Example: Private Interconnect from a VPC whose workloads have private addresses. Twilio accepts Interconnect traffic
// only from public source addresses, so the workloads reach Twilio through a private NAT gateway in a secondary VPC
// CIDR taken from the customer's own public block, and the NAT gateway's subnets route on to the transit gateway.
// The network team's prefix lists hold Twilio's Interconnect prefixes; every route and rule references them.
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { awscdk } from 'twilio-voice-network';
import { CUSTOMER_PUBLIC_CIDR, INTERCONNECT_EDGE, NAT_SUBNET_CIDRS, REGION, TRANSIT_GATEWAY_ID } from '../choices';

export function interconnectFromVpc(app: App): Stack {
  const stack = new Stack(app, 'TwilioInterconnectFromVpc', { env: { region: REGION } });
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    ipAddresses: ec2.IpAddresses.cidr('10.20.0.0/16'),
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'Workloads', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 20 }],
  });

  // 1. A secondary CIDR from the customer's own (non-RFC 1918) block, with one NAT subnet per AZ.
  const secondary = new ec2.CfnVPCCidrBlock(stack, 'PublicSourceCidr', { vpcId: vpc.vpcId, cidrBlock: CUSTOMER_PUBLIC_CIDR });
  const natSubnets = vpc.availabilityZones.map((az, i) => {
    const subnet = new ec2.Subnet(stack, `NatSubnet${i + 1}`, { vpcId: vpc.vpcId, availabilityZone: az, cidrBlock: NAT_SUBNET_CIDRS[i] });
    subnet.node.addDependency(secondary);
    return subnet;
  });

  // 2. A private NAT gateway there: the workloads' traffic leaves with its public source address.
  const nat = new ec2.CfnNatGateway(stack, 'PrivateNat', { subnetId: natSubnets[0].subnetId, connectivityType: 'private' });

  // 3. The transit gateway attachment in the NAT subnets (placeholder transit gateway ID).
  const attachment = new ec2.CfnTransitGatewayVpcAttachment(stack, 'TgwAttachment', {
    vpcId: vpc.vpcId,
    transitGatewayId: TRANSIT_GATEWAY_ID,
    subnetIds: natSubnets.map((s) => s.subnetId),
  });

  // 4. The lists (often a network team's, shared to this account: then pass `{ setName, prefixListId, maxEntries }` for each).
  const lists = new awscdk.TwilioPrefixLists(stack, 'TwilioLists', { edges: [INTERCONNECT_EDGE] });
  const routed = `interconnect-routes-${INTERCONNECT_EDGE.name}`;

  // 5. Workload subnets: the Twilio rules, and routes to Twilio's prefixes through the private NAT gateway.
  new awscdk.TwilioPrivateInterconnectEdge(stack, 'Interconnect', {
    vpc,
    edge: INTERCONNECT_EDGE,
    prefixLists: lists.references,
    routing: {
      subnets: { subnetGroupName: 'Workloads' },
      target: awscdk.InterconnectRouteTarget.privateNatGateway(nat.attrNatGatewayId),
    },
  });

  // 6. NAT subnets: onwards to the transit gateway, to the same list.
  natSubnets.forEach((subnet, i) => {
    const route = new ec2.CfnRoute(stack, `NatToTgw${i + 1}`, {
      routeTableId: subnet.routeTable.routeTableId,
      destinationPrefixListId: lists.prefixListId(routed),
      transitGatewayId: TRANSIT_GATEWAY_ID,
    });
    route.node.addDependency(attachment);
  });
  return stack;
}
