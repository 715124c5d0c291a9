import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IDependable } from 'constructs';
import { TwilioTrafficOptions } from '../plan/types';

/**
 * A network ACL for the Twilio entries, created and associated with subnets.
 */
export interface TwilioNetworkAclOptions {
  /**
   * Subnets to associate the new network ACL with.
   *
   * Associating **replaces** each subnet's current network ACL: the subnets then allow only the Twilio traffic in
   * this ACL (plus what you add to it). To keep an existing ACL, leave this option out and call
   * `addNetworkAclEntries(existingAcl)` instead.
   */
  readonly subnets: ec2.SubnetSelection;
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
   * Also block every other domain (a walled garden). This affects **every** lookup in the VPC, not only Twilio
   * clients: anything else the VPC resolves must be allowed by another rule group with a lower priority number.
   * @default false
   */
  readonly blockOtherDomains?: boolean;
  /**
   * Name of the rule group and prefix of the domain lists.
   * @default - CloudFormation generates names
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
   * @param dependsOn the VPC attachment, so that routes are created after it
   */
  public static transitGateway(transitGatewayId: string, dependsOn?: IDependable): InterconnectRouteTarget {
    return new InterconnectRouteTarget('transitGatewayId', transitGatewayId, dependsOn);
  }

  /**
   * Routes to a virtual private gateway (VPN or Direct Connect) attached to the VPC.
   * @param gatewayId e.g. `vgw-0123456789abcdef0`
   * @param dependsOn the gateway attachment, so that routes are created after it
   */
  public static virtualPrivateGateway(gatewayId: string, dependsOn?: IDependable): InterconnectRouteTarget {
    return new InterconnectRouteTarget('gatewayId', gatewayId, dependsOn);
  }

  /** Which route property the ID goes in: `transitGatewayId` or `gatewayId`. */
  public readonly routeProperty: string;
  /** The gateway ID. */
  public readonly targetId: string;
  /** What the routes wait for. */
  public readonly dependsOn?: IDependable;

  private constructor(routeProperty: string, targetId: string, dependsOn?: IDependable) {
    this.routeProperty = routeProperty;
    this.targetId = targetId;
    this.dependsOn = dependsOn;
  }
}

/**
 * Routes for an Interconnect edge's prefixes, so its traffic does not leave through a NAT or internet gateway.
 */
export interface TwilioInterconnectRoutingOptions {
  /** Subnets whose route tables get the routes. */
  readonly subnets: ec2.SubnetSelection;
  /** The gateway the routes point to. */
  readonly target: InterconnectRouteTarget;
}

/**
 * Props both Twilio constructs share: where to put the rules, plus the traffic choices.
 */
export interface TwilioNetworkCommonProps extends TwilioTrafficOptions {
  /** The VPC the clients run in. */
  readonly vpc: ec2.IVpc;
  /**
   * Add the rules to this security group instead of creating one.
   * @default - a new security group with only the Twilio rules (no ingress, no other egress)
   */
  readonly securityGroup?: ec2.ISecurityGroup;
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
