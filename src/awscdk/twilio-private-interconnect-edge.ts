import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { TwilioInterconnectRoutingOptions } from './options';
import { TwilioNetworkBase } from './private/network-base';
import { TwilioPlacementProps } from './private/placement';
import { commonProblems, routingProblems, withLookupPlaceholders } from './private/plan-props';
import { addRoutes } from './private/render';
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection } from '../catalog/types';
import { ConstructKind, planFor } from '../common/construct-plan';
import { TwilioRuleOptions, TwilioSdkOptions } from '../plan/options';

/**
 * Props of `TwilioPrivateInterconnectEdge`.
 */
export interface TwilioPrivateInterconnectEdgeProps extends TwilioPlacementProps, TwilioRuleOptions, TwilioSdkOptions {
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
  /**
   * Route the edge's prefixes from these subnets to a transit gateway, virtual private gateway or private NAT gateway,
   * so the traffic crosses the Interconnect instead of leaving through an internet or public NAT gateway.
   * @default - no routes
   */
  readonly routing?: TwilioInterconnectRoutingOptions;
}

/**
 * Egress for Twilio Voice SDK clients using one Private Interconnect edge: signalling to the edge's exact
 * CIDRs on TCP 443 and media to 168.86.128.0/18 on UDP 10000-60000, with optional routes, network ACL and
 * DNS Firewall. By default nothing is opened to 0.0.0.0/0.
 *
 * Twilio requires the addresses you send from over Interconnect to be globally unique (not RFC 1918) and
 * announced by you: give the clients' subnets a non-RFC 1918 VPC CIDR from your own block, or send their traffic
 * through a private NAT gateway in such a subnet.
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * new awscdk.TwilioPrivateInterconnectEdge(this, 'London', {
 *   vpc,
 *   edge: TwilioEdge.LONDON_IX,
 *   routing: {
 *     subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
 *     target: awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0'),
 *   },
 * });
 */
export class TwilioPrivateInterconnectEdge extends TwilioNetworkBase {
  /** The routes created for `routing`. */
  public readonly routes: ec2.CfnRoute[];

  /**
   * Checks the props, plans the traffic and renders the plan; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the TwilioPrivateInterconnectEdge's props
   */
  constructor(scope: Construct, id: string, props: TwilioPrivateInterconnectEdgeProps) {
    super(scope, id, props, planFor(scope, id, 'TwilioPrivateInterconnectEdge', ConstructKind.INTERCONNECT, withLookupPlaceholders(props),
      (p) => [...commonProblems(p), ...routingProblems(p.routing)]));
    this.routes = props.routing
      ? addRoutes(this, props.vpc.selectSubnets(props.routing.subnets).subnets, this.plan.routes, props.routing.target)
      : [];
  }
}
