// Example: Twilio Voice egress for a call-centre VPC, synthesized with `cdk synth`.
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { awscdk, TwilioEdge, VoiceSdk } from 'twilio-voice-network';

const app = new App();
const region = 'eu-central-1';
const stack = new Stack(app, 'TwilioVoiceExample', { env: { region } });

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
  edges: [TwilioEdge.nearestTo(region)],
  sdks: [VoiceSdk.JAVASCRIPT],
  dnsFirewall: {},
});

// Headless SBC-side clients over Private Interconnect in Frankfurt, routed to a transit gateway.
const interconnect = new awscdk.TwilioPrivateInterconnectEdge(stack, 'Interconnect', {
  vpc,
  edge: TwilioEdge.FRANKFURT_IX,
  networkAcl: { subnets: { subnetGroupName: 'Interconnect' } },
  routing: {
    subnets: { subnetGroupName: 'Interconnect' },
    target: awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0'),
  },
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

app.synth();
