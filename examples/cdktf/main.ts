// Example: Twilio Voice egress with Terraform CDK, synthesized with `cdktf synth`.
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { cdktf, TwilioEdge, VoiceSdk } from 'twilio-voice-network';

const app = new App();
const stack = new TerraformStack(app, 'twilio-voice-example');
new AwsProvider(stack, 'aws', { region: 'eu-west-1' });

// Softphones on the public edge nearest eu-west-1 (dublin), both SDKs, with a network ACL and DNS Firewall.
const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', {
  vpcId: 'vpc-0123456789abcdef0',
  edges: [TwilioEdge.nearestTo('eu-west-1')],
  sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
  networkAcl: { subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] },
  dnsFirewall: {},
});

// Private Interconnect in London, routed to a transit gateway.
new cdktf.TwilioPrivateInterconnectEdge(stack, 'london', {
  vpcId: 'vpc-0123456789abcdef0',
  edge: TwilioEdge.LONDON_IX,
  routing: {
    routeTableIds: ['rtb-0123456789abcdef0'],
    target: cdktf.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0'),
  },
});

new TerraformOutput(stack, 'voice_security_group_id', { value: voice.securityGroupId });
app.synth();
