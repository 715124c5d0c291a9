import { Construct } from 'constructs';
import { TwilioNetworkBase } from './private/network-base';
import { TwilioPlacementProps } from './private/placement';
import { commonProblems, withLookupPlaceholders } from './private/plan-props';
import { TwilioEdge } from '../catalog/twilio-edge';
import { ConstructKind, planFor } from '../common/construct-plan';
import { TwilioRuleOptions, TwilioSdkOptions } from '../plan/options';

/**
 * Props of `TwilioVoiceEgress`.
 */
export interface TwilioVoiceEgressProps extends TwilioPlacementProps, TwilioRuleOptions, TwilioSdkOptions {
  /**
   * Public Twilio edges (or GLL) the clients use. Pin the edge nearest your VPC in restrictive networks:
   * `[TwilioEdge.nearestTo('eu-central-1')]`.
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
 * Egress for Twilio Voice SDK clients on public edges and GLL: a security group with exactly the rules Twilio
 * requires, and optionally a network ACL and a Route 53 Resolver DNS Firewall.
 *
 * No ingress is ever opened: Twilio never initiates connections to SDK clients.
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * declare const instance: ec2.Instance;
 * const voice = new awscdk.TwilioVoiceEgress(this, 'Voice', {
 *   vpc,
 *   edges: [TwilioEdge.nearestTo('eu-central-1')],
 *   dnsFirewall: {},
 * });
 * instance.connections.addSecurityGroup(voice.securityGroup);
 */
export class TwilioVoiceEgress extends TwilioNetworkBase {
  /**
   * Checks the props, plans the traffic and renders the plan; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the TwilioVoiceEgress's props
   */
  constructor(scope: Construct, id: string, props: TwilioVoiceEgressProps) {
    super(scope, id, props, planFor(scope, id, 'TwilioVoiceEgress', ConstructKind.VOICE_EGRESS, withLookupPlaceholders(props), commonProblems));
  }
}
