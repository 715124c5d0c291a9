// Example: Twilio Voice egress for a call-centre VPC with the AWS CDK, synthesized with `cdk synth`.
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { awscdk } from 'twilio-voice-network';
import { interconnectFromVpc } from './interconnect-from-vpc';
import { INTERCONNECT_EDGE, PUBLIC_EDGES, REGION, SDKS, SIP_EDGES, SIP_MEDIA_PORTS, SIP_TRANSPORTS, TRANSIT_GATEWAY_ID } from '../choices';

const app = new App();
const stack = new Stack(app, 'TwilioVoiceExample', { env: { region: REGION } });

const vpc = new ec2.Vpc(stack, 'Vpc', {
  maxAzs: 2,
  subnetConfiguration: [
    { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'Softphones', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    { name: 'Interconnect', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  ],
});

// Softphones on the public edge nearest the VPC, with a DNS Firewall that lets them resolve Twilio's names.
const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', {
  vpc,
  edges: PUBLIC_EDGES,
  sdks: SDKS,
  dnsFirewall: {},
});

// Headless clients over Private Interconnect, routed to a transit gateway, in subnets with their own ACL.
const interconnect = new awscdk.TwilioPrivateInterconnectEdge(stack, 'Interconnect', {
  vpc,
  edge: INTERCONNECT_EDGE,
  networkAcl: { subnets: { subnetGroupName: 'Interconnect' } },
  routing: {
    subnets: { subnetGroupName: 'Interconnect' },
    target: awscdk.InterconnectRouteTarget.transitGateway(TRANSIT_GATEWAY_ID),
  },
});

// An SBC in the public subnets: ingress only from Twilio's SIP gateways and media range.
const sbc = new awscdk.TwilioSipEndpoint(stack, 'Sbc', {
  vpc,
  edges: SIP_EDGES,
  mediaPorts: SIP_MEDIA_PORTS,
  transports: SIP_TRANSPORTS,
});
new ec2.Instance(stack, 'Asterisk', {
  vpc,
  vpcSubnets: { subnetGroupName: 'Public' },
  instanceType: new ec2.InstanceType('t3.small'),
  machineImage: ec2.MachineImage.latestAmazonLinux2023(),
  securityGroup: sbc.securityGroup,
});

// Compose with anything IConnectable.
const softphone = new ec2.Instance(stack, 'Softphone', {
  vpc,
  vpcSubnets: { subnetGroupName: 'Softphones' },
  instanceType: new ec2.InstanceType('t3.small'),
  machineImage: ec2.MachineImage.latestAmazonLinux2023(),
  securityGroup: voice.securityGroup,
});
softphone.connections.addSecurityGroup(interconnect.securityGroup);

// A second stack: Interconnect from private addresses through a private NAT gateway (see interconnect-from-vpc.ts).
interconnectFromVpc(app);

app.synth();
