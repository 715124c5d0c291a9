// Example: Twilio Voice egress, an Interconnect edge and an SBC with CDK Terrain (cdktn), synthesized with
// `cdktn synth`. It imports the `/cdktn` entry point, so the app needs only cdktn and @cdktn/provider-aws: no
// aws-cdk-lib, no cdktf. CI copies this directory into an app that installed the packed package
// (scripts/cdktn-consumer.sh) and runs the real cdktn CLI on it (test/integ/cdktn.test.ts).
import { AwsProvider } from '@cdktn/provider-aws/lib/provider';
import { App, TerraformOutput, TerraformStack } from 'cdktn';
import { cdktn, SipTransport, TwilioEdge, VoiceSdk } from 'twilio-voice-network/cdktn';

const REGION = 'eu-west-1';
const app = new App();
const stack = new TerraformStack(app, 'twilio-voice-example');
new AwsProvider(stack, 'aws', { region: REGION });

// Softphones on the public edge nearest the VPC, with a DNS Firewall that lets them resolve Twilio's names.
const voice = new cdktn.TwilioVoiceEgress(stack, 'voice', {
  vpcId: 'vpc-0123456789abcdef0',
  edges: [TwilioEdge.nearestTo(REGION)],
  sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
  dnsFirewall: {},
});

// Headless clients over Private Interconnect, routed to a transit gateway, in subnets with their own ACL.
new cdktn.TwilioPrivateInterconnectEdge(stack, 'interconnect', {
  vpcId: 'vpc-0123456789abcdef0',
  edge: TwilioEdge.LONDON_IX,
  networkAcl: { subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] },
  routing: {
    routeTableIds: ['rtb-0123456789abcdef0', 'rtb-0fedcba9876543210'],
    target: cdktn.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0'),
  },
});

// An SBC (Asterisk) trunking over TLS: ingress only from Twilio's SIP gateways and media range.
const sbc = new cdktn.TwilioSipEndpoint(stack, 'sbc', {
  vpcId: 'vpc-0123456789abcdef0',
  edges: [TwilioEdge.nearestTo(REGION)],
  mediaPorts: { fromPort: 10000, toPort: 20000 },
  transports: [SipTransport.TLS],
});

new TerraformOutput(stack, 'voice_security_group_id', { value: voice.securityGroupId });
new TerraformOutput(stack, 'sbc_security_group_id', { value: sbc.securityGroupId });
app.synth();
