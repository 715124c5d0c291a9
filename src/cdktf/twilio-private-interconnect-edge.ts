import { Route } from '@cdktf/provider-aws/lib/route';
import { Construct } from 'constructs';
import { TwilioInterconnectRoutingOptions, TwilioNetworkCommonProps } from './options';
import { TwilioNetworkBase } from './twilio-network-base';
import { TwilioEdge } from '../catalog/twilio-edge';
import { interconnectEdgeProblems, validateAwsId } from '../private/construct-plan';
import { addRoutes, makeCdktnCompatible } from './private/render';

/**
 * Props of the CDKTF `TwilioPrivateInterconnectEdge`.
 */
export interface TwilioPrivateInterconnectEdgeProps extends TwilioNetworkCommonProps {
  /** The Private Interconnect edge, e.g. `TwilioEdge.LONDON_IX`. */
  readonly edge: TwilioEdge;
  /**
   * Also allow the Twilio services only reachable over the public internet (Insights, and the mobile registration
   * server or the JavaScript SDK's sounds). This opens TCP 443 to any IPv4 address.
   * @default false - nothing is opened to 0.0.0.0/0
   */
  readonly insights?: boolean;
  /**
   * Route the edge's prefixes from these route tables to a transit gateway or virtual private gateway.
   * @default - no routes
   */
  readonly routing?: TwilioInterconnectRoutingOptions;
}

/**
 * Egress for Twilio Voice SDK clients using one Private Interconnect edge, for Terraform CDK: signalling to the
 * edge's exact CIDRs on TCP 443 and media to 168.86.128.0/18 on UDP 10000-60000, with optional routes, network
 * ACL and DNS Firewall. By default nothing is opened to 0.0.0.0/0.
 *
 * @example
 * new cdktf.TwilioPrivateInterconnectEdge(this, 'london', {
 *   vpcId: 'vpc-0123456789abcdef0',
 *   edge: TwilioEdge.LONDON_IX,
 *   routing: {
 *     routeTableIds: ['rtb-0123456789abcdef0'],
 *     target: cdktf.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0'),
 *   },
 * });
 */
export class TwilioPrivateInterconnectEdge extends TwilioNetworkBase {
  /** The routes created for `routing`. */
  public readonly routes: Route[];

  constructor(scope: Construct, id: string, props: TwilioPrivateInterconnectEdgeProps) {
    const problems = interconnectEdgeProblems(props.edge);
    if (props.routing) {
      const t = props.routing.target;
      problems.push(...validateAwsId(t.targetId, t.routeProperty === 'transitGatewayId' ? 'tgw' : 'vgw', 'routing.target'));
      props.routing.routeTableIds.forEach((r, i) => problems.push(...validateAwsId(r, 'rtb', `routing.routeTableIds[${i}]`)));
    }
    const edge = TwilioEdge._resolve(props.edge);
    const edges = edge ? [edge] : [];
    super(scope, id, 'TwilioPrivateInterconnectEdge', props, { edges, insights: props.insights }, problems);
    this.routes = props.routing ? addRoutes(this, props.routing.routeTableIds, this.plan.routes, props.routing.target) : [];
    makeCdktnCompatible(this);
  }
}
