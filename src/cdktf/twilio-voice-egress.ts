import { Construct } from 'constructs';
import { ITwilioNetwork } from './options';
import { CDKTF } from './private/framework';
import { TwilioPlacementProps } from './private/placement';
import { ConstructKind } from '../common/construct-plan';
import { TerraformNetworkBase, terraformPlanFor } from '../terraform/network-base';
import { VoiceEgressPropsBase } from '../terraform/props';

/**
 * Props of the CDKTF `TwilioVoiceEgress`.
 */
export interface TwilioVoiceEgressProps extends VoiceEgressPropsBase, TwilioPlacementProps {}

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
export class TwilioVoiceEgress extends TerraformNetworkBase implements ITwilioNetwork {
  /**
   * Checks the props, plans the traffic and renders the plan; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the TwilioVoiceEgress's props
   */
  constructor(scope: Construct, id: string, props: TwilioVoiceEgressProps) {
    super(scope, id, props, terraformPlanFor(CDKTF, scope, id, 'TwilioVoiceEgress', ConstructKind.VOICE_EGRESS, props), CDKTF);
  }
}
