import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IDependable } from 'constructs';
import { TwilioNetworkAclEntriesOptions } from '../plan/options';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';

/**
 * A Twilio construct whose rules a `TwilioConnectivityCanary` proves: its plan, and the security group holding its rules.
 */
export interface ITwilioNetwork extends ec2.IConnectable {
  /** The plan the construct rendered. */
  readonly plan: TwilioNetworkPlan;
  /** The security group holding the Twilio rules. */
  readonly securityGroup: ec2.ISecurityGroup;
}

/**
 * A network ACL for the Twilio entries, created and associated with subnets.
 */
export interface TwilioNetworkAclOptions extends TwilioNetworkAclEntriesOptions {
  /**
   * Subnets to associate the new network ACL with.
   *
   * Associating **replaces** each subnet's current network ACL: the subnets then allow only the Twilio traffic in
   * this ACL (plus what you add to it). To keep an existing ACL, leave this option out and call
   * `addNetworkAclEntries(existingAcl)` instead.
   */
  readonly subnets: ec2.SubnetSelection;
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
}
