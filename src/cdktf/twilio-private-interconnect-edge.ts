import { Route } from '@cdktf/provider-aws/lib/route';
import { Construct } from 'constructs';
import { ITwilioNetwork, TwilioInterconnectRoutingOptions } from './options';
import { CDKTF } from './private/framework';
import { TwilioPlacementProps } from './private/placement';
import { ConstructKind } from '../common/construct-plan';
import { TerraformNetworkBase, terraformPlanFor } from '../terraform/network-base';
import { InterconnectEdgePropsBase } from '../terraform/props';

/**
 * Props of the CDKTF `TwilioPrivateInterconnectEdge`.
 */
export interface TwilioPrivateInterconnectEdgeProps extends InterconnectEdgePropsBase, TwilioPlacementProps {
  /**
   * Route the edge's prefixes from these route tables to a transit gateway, virtual private gateway or private NAT
   * gateway, so the traffic crosses the Interconnect instead of leaving through an internet or public NAT gateway.
   * @default - no routes
   */
  readonly routing?: TwilioInterconnectRoutingOptions;
}

/**
 * Egress for Twilio Voice SDK clients using one Private Interconnect edge, for Terraform CDK: signalling to the
 * edge's exact CIDRs on TCP 443 and media to 168.86.128.0/18 on UDP 10000-60000, with optional routes, network
 * ACL and DNS Firewall. By default nothing is opened to 0.0.0.0/0.
 *
 * Twilio requires the addresses you send from over Interconnect to be globally unique (not RFC 1918) and
 * announced by you: give the clients' subnets a non-RFC 1918 VPC CIDR from your own block, or send their traffic
 * through a private NAT gateway in such a subnet.
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
export class TwilioPrivateInterconnectEdge extends TerraformNetworkBase implements ITwilioNetwork {
  /** The routes created for `routing`. */
  public readonly routes: Route[];

  /**
   * Checks the props, plans the traffic and renders the plan; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the TwilioPrivateInterconnectEdge's props
   */
  constructor(scope: Construct, id: string, props: TwilioPrivateInterconnectEdgeProps) {
    super(scope, id, props, terraformPlanFor(CDKTF, scope, id, 'TwilioPrivateInterconnectEdge', ConstructKind.INTERCONNECT, props), CDKTF);
    this.routes = this._routes as Route[];
  }
}
