import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { TwilioInterconnectRoutingOptions, TwilioNetworkCommonProps } from './options';
import { TwilioEdge } from '../catalog/twilio-edge';
import { interconnectEdgeProblems } from '../private/construct-plan';
import { addRoutes, validateRouteTarget } from './private/render';
import { TwilioNetworkBase } from './twilio-network-base';

/**
 * Props of `TwilioPrivateInterconnectEdge`.
 */
export interface TwilioPrivateInterconnectEdgeProps extends TwilioNetworkCommonProps {
  /** The Private Interconnect edge, e.g. `TwilioEdge.LONDON_IX`. */
  readonly edge: TwilioEdge;
  /**
   * Also allow the Twilio services that are only reachable over the public internet: Insights
   * (`eventgw.twilio.com`), and the mobile registration server or the JavaScript SDK's sounds. This opens
   * TCP 443 to any IPv4 address.
   * @default false - nothing is opened to 0.0.0.0/0
   */
  readonly insights?: boolean;
  /**
   * Route the edge's prefixes from these subnets to a transit gateway or virtual private gateway, so the
   * traffic does not leave through a NAT or internet gateway.
   * @default - no routes
   */
  readonly routing?: TwilioInterconnectRoutingOptions;
}

/**
 * Egress for Twilio Voice SDK clients using one Private Interconnect edge: signalling to the edge's exact
 * CIDRs on TCP 443 and media to 168.86.128.0/18 on UDP 10000-60000, with optional routes, network ACL and
 * DNS Firewall. By default nothing is opened to 0.0.0.0/0.
 *
 * @example
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

  constructor(scope: Construct, id: string, props: TwilioPrivateInterconnectEdgeProps) {
    const problems = interconnectEdgeProblems(props.edge);
    if (props.routing) problems.push(...validateRouteTarget(props.routing.target));
    const edge = TwilioEdge._resolve(props.edge);
    const edges = edge ? [edge] : [];
    super(scope, id, 'TwilioPrivateInterconnectEdge', props, { edges, insights: props.insights }, problems);
    this.routes = props.routing
      ? addRoutes(this, props.vpc.selectSubnets(props.routing.subnets).subnets, this.plan.routes, props.routing.target)
      : [];
  }
}
