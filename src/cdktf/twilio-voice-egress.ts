import { Construct } from 'constructs';
import { TwilioNetworkBase } from './private/network-base';
import { TwilioPlacementProps } from './private/placement';
import { commonProblems } from './private/plan-props';
import { TwilioEdge } from '../catalog/twilio-edge';
import { ConstructKind, planFor } from '../common/construct-plan';
import { TwilioRuleOptions, TwilioSdkOptions } from '../plan/options';

/**
 * Props of the CDKTF `TwilioVoiceEgress`.
 */
export interface TwilioVoiceEgressProps extends TwilioPlacementProps, TwilioRuleOptions, TwilioSdkOptions {
  /**
   * Public Twilio edges (or GLL) the clients use. Pin the edge nearest your VPC in restrictive networks.
   * @default [TwilioEdge.ROAMING]
   */
  readonly edges?: TwilioEdge[];
  /**
   * Send call quality data to Twilio Insights (`eventgw.twilio.com` and the home region's host, TCP 443).
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
  /**
   * Checks the props, plans the traffic and renders the plan; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the TwilioVoiceEgress's props
   */
  constructor(scope: Construct, id: string, props: TwilioVoiceEgressProps) {
    super(scope, id, props, planFor(scope, id, 'TwilioVoiceEgress', ConstructKind.VOICE_EGRESS, props, commonProblems));
  }
}
