import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { TwilioNetworkCommonProps } from './options';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { TwilioNetworkPlanProps } from '../plan/types';
import { addEntriesToExistingAcl, wire, Wired } from './private/wire';

/**
 * What `TwilioVoiceEgress` and `TwilioPrivateInterconnectEdge` share: the rendered plan and its resources.
 */
export abstract class TwilioNetworkBase extends Construct implements ec2.IConnectable {
  /** The security group holding the Twilio egress rules (created, or the one passed in). */
  public readonly securityGroup: ec2.ISecurityGroup;
  /** Connections of the security group, for `IConnectable` composition. */
  public readonly connections: ec2.Connections;
  /** The plan this construct rendered. */
  public readonly plan: TwilioNetworkPlan;
  /** The network ACL, when `networkAcl` was given. */
  public readonly networkAcl?: ec2.INetworkAcl;
  /** ID of the network ACL, when `networkAcl` was given. */
  public readonly networkAclId?: string;
  /** ID of the DNS Firewall rule group, when `dnsFirewall` was given. */
  public readonly firewallRuleGroupId?: string;
  /** ID of the DNS Firewall domain list with the Twilio hostnames, when `dnsFirewall` was given. */
  public readonly firewallDomainListId?: string;
  /** ID of the rule group's association with the VPC, when `dnsFirewall` was given. */
  public readonly firewallRuleGroupAssociationId?: string;

  private readonly wired: Wired;
  private readonly className: string;

  /**
   * Validates the props, computes the plan and renders it; throws every problem at once.
   */
  protected constructor(
    scope: Construct, id: string, className: string, props: TwilioNetworkCommonProps, planProps: TwilioNetworkPlanProps, problems: string[],
  ) {
    super(scope, id);
    this.className = className;
    this.wired = wire(this, className, props, planProps, problems);
    this.plan = this.wired.plan;
    this.securityGroup = this.wired.securityGroup;
    this.connections = this.securityGroup.connections;
    this.networkAcl = this.wired.networkAcl;
    this.networkAclId = this.wired.networkAcl?.networkAclId;
    this.firewallRuleGroupId = this.wired.dnsFirewall?.ruleGroup.attrId;
    this.firewallDomainListId = this.wired.dnsFirewall?.domainList.attrId;
    this.firewallRuleGroupAssociationId = this.wired.dnsFirewall?.association.attrId;
  }

  /**
   * Adds the Twilio network ACL entries (both directions) to an existing network ACL, keeping its other entries.
   * @param networkAcl the ACL, e.g. `ec2.NetworkAcl.fromNetworkAclId(this, 'Acl', 'acl-0123456789abcdef0')`
   * @param firstRuleNumber lowest rule number the entries may use (they take up to 995 above it); default 100
   */
  public addNetworkAclEntries(networkAcl: ec2.INetworkAcl, firstRuleNumber?: number): void {
    addEntriesToExistingAcl(this, this.className, `ExistingAcl-${networkAcl.node.id}`, this.wired, networkAcl, firstRuleNumber);
  }
}
