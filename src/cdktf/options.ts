import { ITerraformDependable } from 'cdktf';
import { InterconnectConnection } from '../catalog/types';
import { TwilioDnsFirewallOptions as PlanDnsFirewallOptions, TwilioTrafficOptions } from '../plan/types';

/**
 * A network ACL for the Twilio entries, created with the given subnets.
 */
export interface TwilioNetworkAclOptions {
  /**
   * IDs of the subnets to associate the new network ACL with (a list, or a list token such as a
   * `TerraformVariable`'s `listValue`).
   *
   * Associating **replaces** each subnet's current network ACL: the subnets then allow only the Twilio traffic in
   * this ACL. To keep an existing ACL, leave this option out and call `addNetworkAclEntries(existingAclId)`.
   */
  readonly subnetIds: string[];
  /**
   * Lowest rule number the Twilio entries may use; they take numbers up to 995 above it.
   * @default 100
   */
  readonly firstRuleNumber?: number;
}

/**
 * Options for `addNetworkAclEntries()`.
 */
export interface TwilioNetworkAclEntriesOptions {
  /**
   * Lowest rule number the Twilio entries may use; they take numbers up to 995 above it. Choose a range your ACL's
   * other rules do not use.
   * @default 100
   */
  readonly firstRuleNumber?: number;
}

/**
 * A Route 53 Resolver DNS Firewall that lets the VPC resolve Twilio's hostnames.
 */
export interface TwilioDnsFirewallOptions extends PlanDnsFirewallOptions {
  /**
   * Name of the rule group, and prefix of the domain lists, rules and association (Terraform requires names).
   * @default 'twilio-voice'
   */
  readonly name?: string;
}

/**
 * Where Interconnect routes point: a transit gateway or a virtual private gateway.
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

  /** The gateway ID. */
  public readonly targetId: string;
  /** What the routes wait for. */
  public readonly dependsOn: ITerraformDependable[];
  /** @internal The `aws_route` argument the ID goes in. */
  public readonly _routeProperty: 'transitGatewayId' | 'gatewayId';
  /** @internal The ID prefix, for validation. */
  public readonly _idPrefix: string;

  private constructor(routeProperty: 'transitGatewayId' | 'gatewayId', idPrefix: string, targetId: string, dependsOn?: ITerraformDependable[]) {
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
  /**
   * How the Interconnect is connected. It decides the routed prefixes: over BGP (cross connect, third-party
   * exchange) what Twilio announces; over Twilio's policy-based VPN only the encryption domain.
   * @default InterconnectConnection.BGP
   */
  readonly connection?: InterconnectConnection;
}

/**
 * Props both Twilio constructs share: where to put the rules, plus the traffic choices.
 */
export interface TwilioNetworkCommonProps extends TwilioTrafficOptions {
  /** ID of the VPC the clients run in. */
  readonly vpcId: string;
  /**
   * Add the rules (as `aws_vpc_security_group_*_rule` resources) to this security group instead of creating one.
   * Do not also manage inline rules on that group.
   * @default - a new security group with only the Twilio rules
   */
  readonly securityGroupId?: string;
  /**
   * Create a network ACL with the Twilio entries, in both directions, for these subnets.
   * @default - no network ACL
   */
  readonly networkAcl?: TwilioNetworkAclOptions;
  /**
   * Create a Route 53 Resolver DNS Firewall allowing the Twilio hostnames, associated with the VPC.
   * @default - no DNS Firewall
   */
  readonly dnsFirewall?: TwilioDnsFirewallOptions;
}
