import { Construct } from 'constructs';
import { TwilioNetworkCommonProps } from './options';
import { TwilioNetworkBase } from './twilio-network-base';
import { TwilioEdge } from '../catalog/twilio-edge';
import { publicEdgeProblems } from '../private/construct-plan';

/**
 * Props of the CDKTF `TwilioVoiceEgress`.
 */
export interface TwilioVoiceEgressProps extends TwilioNetworkCommonProps {
  /**
   * Public Twilio edges (or GLL) the clients use. Pin the edge nearest your VPC in restrictive networks.
   * @default [TwilioEdge.ROAMING]
   */
  readonly edges?: TwilioEdge[];
  /**
   * Send call quality data to Twilio Insights (`eventgw.twilio.com`, TCP 443).
   * @default true
   */
  readonly insights?: boolean;
}

/**
 * Egress for Twilio Voice SDK clients on public edges and GLL, for Terraform CDK: a security group with
 * exactly the rules Twilio requires (separate `aws_vpc_security_group_egress_rule` resources), and optionally a
 * network ACL and a Route 53 Resolver DNS Firewall. Never opens ingress.
 *
 * @example
 * const voice = new cdktf.TwilioVoiceEgress(this, 'voice', {
 *   vpcId: 'vpc-0123456789abcdef0',
 *   edges: [TwilioEdge.nearestTo('eu-central-1')],
 *   dnsFirewall: {},
 * });
 */
export class TwilioVoiceEgress extends TwilioNetworkBase {
  constructor(scope: Construct, id: string, props: TwilioVoiceEgressProps) {
    const edges = props.edges ?? [TwilioEdge.ROAMING];
    super(scope, id, 'TwilioVoiceEgress', props, { edges, insights: props.insights }, publicEdgeProblems(edges));
  }
}
