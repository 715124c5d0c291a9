import { ITerraformDependable } from 'cdktf';
import { TwilioTrafficOptions } from '../plan/types';

/**
 * A network ACL for the Twilio entries, created with the given subnets.
 */
export interface TwilioNetworkAclOptions {
  /**
   * IDs of the subnets to associate the new network ACL with.
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
 * A Route 53 Resolver DNS Firewall that lets the VPC resolve Twilio's hostnames.
 */
export interface TwilioDnsFirewallOptions {
  /**
   * Priority of the rule group's association with the VPC; lower runs first. Must be 100-9900.
   * @default 1000 - room for stricter groups before it and broader ones after
   * @see https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateFirewallRuleGroup.html
   */
  readonly priority?: number;
  /**
   * Also block every other domain (a walled garden). This affects **every** lookup in the VPC.
   * @default false
   */
  readonly blockOtherDomains?: boolean;
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
   * @param dependsOn resources the routes wait for, such as the VPC attachment
   */
  public static transitGateway(transitGatewayId: string, dependsOn?: ITerraformDependable[]): InterconnectRouteTarget {
    return new InterconnectRouteTarget('transitGatewayId', transitGatewayId, dependsOn ?? []);
  }

  /**
   * Routes to a virtual private gateway (VPN or Direct Connect) attached to the VPC.
   * @param gatewayId e.g. `vgw-0123456789abcdef0`
   * @param dependsOn resources the routes wait for, such as the gateway attachment
   */
  public static virtualPrivateGateway(gatewayId: string, dependsOn?: ITerraformDependable[]): InterconnectRouteTarget {
    return new InterconnectRouteTarget('gatewayId', gatewayId, dependsOn ?? []);
  }

  /** Which route argument the ID goes in: `transitGatewayId` or `gatewayId`. */
  public readonly routeProperty: string;
  /** The gateway ID. */
  public readonly targetId: string;
  /** What the routes wait for. */
  public readonly dependsOn: ITerraformDependable[];

  private constructor(routeProperty: string, targetId: string, dependsOn: ITerraformDependable[]) {
    this.routeProperty = routeProperty;
    this.targetId = targetId;
    this.dependsOn = dependsOn;
  }
}

/**
 * Routes for an Interconnect edge's prefixes, so its traffic does not leave through a NAT or internet gateway.
 */
export interface TwilioInterconnectRoutingOptions {
  /** Route tables that get the routes (one route per table and prefix). */
  readonly routeTableIds: string[];
  /** The gateway the routes point to. */
  readonly target: InterconnectRouteTarget;
}

/**
 * Props both Twilio constructs share: where to put the rules, plus the traffic choices.
 */
export interface TwilioNetworkCommonProps extends TwilioTrafficOptions {
  /** ID of the VPC the clients run in. */
  readonly vpcId: string;
  /**
   * Add the rules (as `aws_vpc_security_group_egress_rule` resources) to this security group instead of creating one.
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
