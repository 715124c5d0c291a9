// Example: the same Twilio Voice egress with Terraform CDK, synthesized with `cdktf synth`.
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { cdktf } from 'twilio-voice-network';
import { INTERCONNECT_EDGE, PUBLIC_EDGES, REGION, SDKS, SIP_EDGES, SIP_MEDIA_PORTS, SIP_TRANSPORTS, TRANSIT_GATEWAY_ID } from '../choices';

const app = new App();
const stack = new TerraformStack(app, 'twilio-voice-example');
new AwsProvider(stack, 'aws', { region: REGION });

// Softphones on the public edge nearest the VPC, with a DNS Firewall that lets them resolve Twilio's names.
const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', {
  vpcId: 'vpc-0123456789abcdef0',
  edges: PUBLIC_EDGES,
  sdks: SDKS,
  dnsFirewall: {},
});

// Headless clients over Private Interconnect, routed to a transit gateway, in subnets with their own ACL.
new cdktf.TwilioPrivateInterconnectEdge(stack, 'interconnect', {
  vpcId: 'vpc-0123456789abcdef0',
  edge: INTERCONNECT_EDGE,
  networkAcl: { subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] },
  routing: {
    routeTableIds: ['rtb-0123456789abcdef0', 'rtb-0fedcba9876543210'],
    target: cdktf.InterconnectRouteTarget.transitGateway(TRANSIT_GATEWAY_ID),
  },
});

// An SBC: ingress only from Twilio's SIP gateways and media range.
const sbc = new cdktf.TwilioSipEndpoint(stack, 'sbc', {
  vpcId: 'vpc-0123456789abcdef0',
  edges: SIP_EDGES,
  mediaPorts: SIP_MEDIA_PORTS,
  transports: SIP_TRANSPORTS,
});

new TerraformOutput(stack, 'voice_security_group_id', { value: voice.securityGroupId });
new TerraformOutput(stack, 'sbc_security_group_id', { value: sbc.securityGroupId });
app.synth();
