import { ITerraformDependable } from 'cdktn';
import { TwilioNetworkAclEntriesOptions } from '../plan/options';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';

/**
 * A Twilio construct whose rules a `TwilioConnectivityCanary` proves: its plan, and the security group holding its rules.
 */
export interface ITwilioNetwork {
  /** The plan the construct rendered. */
  readonly plan: TwilioNetworkPlan;
  /** ID of the security group holding the Twilio rules. */
  readonly securityGroupId: string;
}

/**
 * A network ACL for the Twilio entries, created with the given subnets.
 */
export interface TwilioNetworkAclOptions extends TwilioNetworkAclEntriesOptions {
  /**
   * IDs of the subnets to associate the new network ACL with (a list, or a list token such as a
   * `TerraformVariable`'s `listValue`).
   *
   * Associating **replaces** each subnet's current network ACL: the subnets then allow only the Twilio traffic in
   * this ACL. To keep an existing ACL, leave this option out and call `addNetworkAclEntries(existingAclId)`.
   */
  readonly subnetIds: string[];
}

/**
 * Where Interconnect routes point: a transit gateway, a virtual private gateway, or a private NAT gateway in front of them.
 */
export class InterconnectRouteTarget {
  /**
   * Routes to a transit gateway attached to the VPC.
   * @param transitGatewayId e.g. `tgw-0123456789abcdef0`
   * @param dependsOn what the routes wait for, such as the VPC attachment
   */
  public static transitGateway(transitGatewayId: string, dependsOn?: ITerraformDependable[]): InterconnectRouteTarget {
    return new InterconnectRouteTarget('transitGatewayId', 'tgw', transitGatewayId, dependsOn);
  }

  /**
   * Routes to a virtual private gateway (VPN or Direct Connect) attached to the VPC.
   * @param gatewayId e.g. `vgw-0123456789abcdef0`
   * @param dependsOn what the routes wait for, such as the gateway attachment
   */
  public static virtualPrivateGateway(gatewayId: string, dependsOn?: ITerraformDependable[]): InterconnectRouteTarget {
    return new InterconnectRouteTarget('gatewayId', 'vgw', gatewayId, dependsOn);
  }

  /**
   * Routes to a private NAT gateway, for Interconnect's public-source requirement: Twilio accepts Interconnect
   * traffic only from public addresses, so workloads with private addresses reach it through a private NAT gateway in
   * a subnet of a non-RFC 1918 CIDR of your own, whose subnets route onwards to the transit or virtual private gateway.
   * @param natGatewayId e.g. `nat-0123456789abcdef0`
   * @param dependsOn what the routes wait for
   */
  public static privateNatGateway(natGatewayId: string, dependsOn?: ITerraformDependable[]): InterconnectRouteTarget {
    return new InterconnectRouteTarget('natGatewayId', 'nat', natGatewayId, dependsOn);
  }

  /** The gateway ID. */
  public readonly targetId: string;
  /** What the routes wait for. */
  public readonly dependsOn: ITerraformDependable[];
  /** @internal The `aws_route` argument the ID goes in. */
  public readonly _routeProperty: 'transitGatewayId' | 'gatewayId' | 'natGatewayId';
  /** @internal The ID prefix, for validation. */
  public readonly _idPrefix: string;

  private constructor(routeProperty: 'transitGatewayId' | 'gatewayId' | 'natGatewayId', idPrefix: string, targetId: string, dependsOn?: ITerraformDependable[]) {
    this._routeProperty = routeProperty;
    this._idPrefix = idPrefix;
    this.targetId = targetId;
    this.dependsOn = Array.isArray(dependsOn) ? [...dependsOn] : dependsOn ? [dependsOn] : [];
  }
}

/**
 * Routes for an Interconnect edge's prefixes, so its traffic does not leave through a NAT or internet gateway.
 */
export interface TwilioInterconnectRoutingOptions {
  /**
   * Route tables that get the routes (one route per table and prefix). A list token (e.g. a `TerraformVariable`'s
   * `listValue`) renders one `for_each` route resource per prefix.
   */
  readonly routeTableIds: string[];
  /** The gateway the routes point to. */
  readonly target: InterconnectRouteTarget;
}
