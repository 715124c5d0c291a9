// The props the CDKTF and CDK Terrain constructs share, written once. Not exported: jsii copies their members, with
// these docs, into each submodule's props (`cdktf.TwilioVoiceEgressProps`, `cdktn.TwilioVoiceEgressProps`, ...), which
// add only what names a framework type (the network ACL options, routing, the canary's target).
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection } from '../catalog/types';
import { TwilioRuleOptions, TwilioSdkOptions, TwilioSipOptions } from '../plan/options';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';

/**
 * Where the Twilio rules go, as IDs.
 * @internal
 */
export interface TerraformPlacementProps {
  /** ID of the VPC the Twilio clients or the SIP endpoint run in. */
  readonly vpcId: string;
  /**
   * Add the rules (as `aws_vpc_security_group_*_rule` resources) to this security group instead of creating one.
   * Do not also manage inline rules on that group.
   * @default - a new security group with only the Twilio rules
   */
  readonly securityGroupId?: string;
}

/**
 * The props of `TwilioVoiceEgress` in both Terraform frameworks.
 * @internal
 */
export interface VoiceEgressPropsBase extends TerraformPlacementProps, TwilioRuleOptions, TwilioSdkOptions {
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
 * The props of `TwilioPrivateInterconnectEdge` in both Terraform frameworks, but routing.
 * @internal
 */
export interface InterconnectEdgePropsBase extends TerraformPlacementProps, TwilioRuleOptions, TwilioSdkOptions {
  /** The Private Interconnect edge, e.g. `TwilioEdge.LONDON_IX`. */
  readonly edge: TwilioEdge;
  /**
   * Send call quality data to Twilio Insights (`eventgw.twilio.com`, and `eventgw.{home}.twilio.com` of the account's
   * `homeRegion`, `us1` by default), which is only reachable over the public internet: this opens TCP 443 to any IPv4
   * address.
   * @default - the value of `publicServices` (false unless set)
   */
  readonly insights?: boolean;
  /**
   * Also allow the other Twilio services only reachable over the public internet: the mobile SDKs' push
   * registration server (`ers.twilio.com`) or the JavaScript SDK's sounds, and Insights unless `insights` is
   * false. This opens TCP 443 to any IPv4 address.
   * @default false - nothing is opened to 0.0.0.0/0
   */
  readonly publicServices?: boolean;
  /**
   * The globally unique CIDRs the clients' traffic leaves from over the Interconnect (after any NAT). A special-purpose
   * range (RFC 6890: RFC 1918, 100.64.0.0/10 shared address space, ...) is refused: Twilio accepts Interconnect traffic
   * only from public addresses you announce.
   * @default - not checked
   */
  readonly publicSourceCidrs?: string[];
  /**
   * How the Interconnect is connected. It decides the routed prefixes: over BGP (cross connect, third-party exchange)
   * what Twilio announces; over Twilio's policy-based VPN only the encryption domain.
   * @default InterconnectConnection.BGP
   */
  readonly interconnectConnection?: InterconnectConnection;
}

/**
 * The props of `TwilioSipEndpoint` in both Terraform frameworks, but routing.
 * @internal
 */
export interface SipEndpointPropsBase extends TerraformPlacementProps, TwilioRuleOptions, TwilioSipOptions {
  /**
   * The edges in the termination URIs the endpoint uses (`{trunk}.pstn.{edge}.twilio.com`). Public and Interconnect
   * edges may be mixed; `roaming` is refused (Twilio offers no Global Low Latency for SIP).
   */
  readonly edges: TwilioEdge[];
  /**
   * With Interconnect edges: the globally unique CIDRs the endpoint's traffic leaves from over the Interconnect (after
   * any NAT). A special-purpose range (RFC 6890: RFC 1918, 100.64.0.0/10 shared address space, ...) is refused.
   * @default - not checked
   */
  readonly publicSourceCidrs?: string[];
  /**
   * With Interconnect edges: how they are connected, which decides the routed prefixes (BGP: what Twilio announces;
   * Twilio's policy-based VPN: the encryption domain).
   * @default InterconnectConnection.BGP
   */
  readonly interconnectConnection?: InterconnectConnection;
}

/**
 * The props of `TwilioConnectivityCanary` in both Terraform frameworks, but its target.
 * @internal
 */
export interface CanaryPropsBase {
  /** ID of the VPC the canary runs in (the clients' VPC), or a token; the `Vpc` dimension of the metrics. */
  readonly vpcId: string;
  /**
   * IDs of the subnets the function runs in (a list, or a list token). Choose the clients' subnets, so that it uses
   * their routes and network ACL.
   */
  readonly subnetIds: string[];
  /**
   * The plan whose flows the canary checks. Wins over the target's plan when both are given.
   * @default - the target's plan; one of `target` and `plan` is required
   */
  readonly plan?: TwilioNetworkPlan;
  /**
   * ID of the security group the function runs in, or a token. Wins over the target's group when both are given.
   * It must be the group whose rules are to be proved: a group allowing all egress would prove nothing.
   * @default - the target's security group; one of `target` and `securityGroupId` is required
   */
  readonly securityGroupId?: string;
  /**
   * How often the canary runs: an EventBridge rate expression of at most a day, e.g. `rate(1 hour)`. Also the
   * period of the failure alarm.
   * @default 'rate(15 minutes)'
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html#eb-rate-expressions
   */
  readonly schedule?: string;
  /**
   * The CloudWatch namespace of the canary's metrics.
   * @default 'TwilioVoiceNetwork/Canary'
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace
   */
  readonly metricNamespace?: string;
  /**
   * The limit of one check attempt, in ms (100-30000). Failed attempts are retried twice.
   * @default 3000
   */
  readonly timeoutMs?: number;
  /**
   * ARNs to notify when a run finds a failure, e.g. SNS topics.
   * @default - no actions: the alarm only changes state
   */
  readonly alarmActions?: string[];
}
