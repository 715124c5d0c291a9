import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IDependable } from 'constructs';
import { InterconnectConnection } from '../catalog/types';
import { ITwilioPrefixLists, TwilioDnsFirewallOptions as PlanDnsFirewallOptions, TwilioRuleOptions, TwilioSdkOptions } from '../plan/types';

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
 * Options for `addNetworkAclEntries()`.
 */
export interface TwilioNetworkAclEntriesOptions {
  /**
   * Lowest rule number the Twilio entries may use; they take numbers up to 995 above it. Choose a range your ACL's
   * other entries do not use.
   * @default 100
   */
  readonly firstRuleNumber?: number;
}

/**
 * A Route 53 Resolver DNS Firewall that lets the VPC resolve Twilio's hostnames.
 */
export interface TwilioDnsFirewallOptions extends PlanDnsFirewallOptions {
  /**
   * Name of the rule group and prefix of the domain lists.
   * @default - CloudFormation generates names
   */
  readonly name?: string;
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
  public static transitGateway(transitGatewayId: string, dependsOn?: IDependable[]): InterconnectRouteTarget {
    return new InterconnectRouteTarget('transitGatewayId', 'tgw', transitGatewayId, dependsOn);
  }

  /**
   * Routes to a virtual private gateway (VPN or Direct Connect) attached to the VPC.
   * @param gatewayId e.g. `vgw-0123456789abcdef0`
   * @param dependsOn what the routes wait for, such as the gateway attachment
   */
  public static virtualPrivateGateway(gatewayId: string, dependsOn?: IDependable[]): InterconnectRouteTarget {
    return new InterconnectRouteTarget('gatewayId', 'vgw', gatewayId, dependsOn);
  }

  /**
   * Routes to a private NAT gateway, for Interconnect's public-source requirement: Twilio accepts Interconnect
   * traffic only from public addresses, so workloads with private addresses reach it through a private NAT gateway in
   * a subnet of a non-RFC 1918 CIDR of your own, whose subnets route onwards to the transit or virtual private gateway.
   * @param natGatewayId e.g. `nat-0123456789abcdef0`
   * @param dependsOn what the routes wait for
   */
  public static privateNatGateway(natGatewayId: string, dependsOn?: IDependable[]): InterconnectRouteTarget {
    return new InterconnectRouteTarget('natGatewayId', 'nat', natGatewayId, dependsOn);
  }

  /** The gateway ID. */
  public readonly targetId: string;
  /** What the routes wait for. */
  public readonly dependsOn: IDependable[];
  /** @internal The `AWS::EC2::Route` property the ID goes in. */
  public readonly _routeProperty: 'transitGatewayId' | 'gatewayId' | 'natGatewayId';
  /** @internal The ID prefix, for validation. */
  public readonly _idPrefix: string;

  private constructor(routeProperty: 'transitGatewayId' | 'gatewayId' | 'natGatewayId', idPrefix: string, targetId: string, dependsOn?: IDependable[]) {
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
  /** Subnets whose route tables get the routes. */
  readonly subnets: ec2.SubnetSelection;
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
 * Props every Twilio construct shares: where to put the rules, and how to write them.
 */
export interface TwilioNetworkBaseProps extends TwilioRuleOptions {
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
  /**
   * Managed prefix lists for Twilio's CIDR sets (a `TwilioPrefixLists`, or lists shared with this account and
   * imported with `TwilioPrefixLists.fromReferences()`): the security group rules (and Interconnect routes) for those
   * sets reference the lists instead of CIDRs, each reference counted at the list's `maxEntries` against the quota.
   * Network ACL entries keep the CIDRs.
   * @default - rules and routes list the CIDRs
   */
  readonly prefixLists?: ITwilioPrefixLists;
}

/**
 * Props of the constructs for Voice SDK clients: where to put the rules, plus the SDK choices.
 */
export interface TwilioNetworkCommonProps extends TwilioNetworkBaseProps, TwilioSdkOptions {
}
