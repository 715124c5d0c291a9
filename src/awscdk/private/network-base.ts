import { Lazy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { TwilioPlacementProps } from './placement';
import {
  addDnsFirewall, addNetworkAclEntries, addRulesToSuppliedGroup, addSecurityGroup, addWarnings, DnsFirewallResources, isUnresolved,
} from './render';
import { planForExistingAcl, suppliedGroupWarning, validateAwsId } from '../../common/construct-plan';
import { registerDnsFirewall } from '../../common/dns-priorities';
import { TwilioNetworkAclEntriesOptions, TwilioRuleOptions } from '../../plan/options';
import { TwilioNetworkPlan } from '../../plan/twilio-network-plan';
import { show } from '../../util/text';
import { ITwilioNetwork } from '../options';

/**
 * What the Twilio constructs share: a plan rendered as a security group, and optionally a network ACL and a
 * Route 53 Resolver DNS Firewall. Not exported: jsii lists its members on each construct (as aws-ec2 hides
 * SecurityGroupBase behind ISecurityGroup); a canary takes any `ITwilioNetwork`.
 * @internal
 */
export abstract class TwilioNetworkBase extends Construct implements ITwilioNetwork {
  /** The security group holding the Twilio rules (created, or the one passed in). */
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

  private readonly className: string;

  /**
   * Renders a plan: the security group rules, and the network ACL and DNS Firewall that `props` ask for.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props where to put the rules (VPC, security group, network ACL subnets, DNS Firewall name)
   * @param plan the plan to render, computed from `props` by the subclass
   */
  protected constructor(scope: Construct, id: string, props: TwilioPlacementProps & TwilioRuleOptions, plan: TwilioNetworkPlan) {
    super(scope, id);
    this.className = new.target.name;
    this.plan = plan;
    if (props.securityGroup) {
      this.securityGroup = props.securityGroup;
      if (props.securityGroup.allowAllOutbound) addWarnings(this, [suppliedGroupWarning()]);
      addRulesToSuppliedGroup(this, props.securityGroup, plan.securityGroupRules);
    } else {
      this.securityGroup = addSecurityGroup(this, props.vpc, plan);
    }
    this.connections = this.securityGroup.connections;
    if (props.networkAcl) {
      const acl = new ec2.NetworkAcl(this, 'NetworkAcl', { vpc: props.vpc, subnetSelection: props.networkAcl.subnets });
      addNetworkAclEntries(acl, acl, plan.networkAclEntries);
      this.networkAcl = acl;
      this.networkAclId = acl.networkAclId;
    }
    if (props.dnsFirewall && plan.dnsFirewallPriority !== undefined) {
      const priority = this.dnsFirewallPriority(props.vpc, props.dnsFirewall.priority, plan);
      // CloudFormation names the resources itself unless the user named them
      const dns: DnsFirewallResources = addDnsFirewall(this, props.vpc.vpcId, plan, priority, typeof props.dnsFirewall.name === 'string');
      this.firewallRuleGroupId = dns.ruleGroup.attrId;
      this.firewallDomainListId = dns.domainLists[0].attrId;
      this.firewallRuleGroupAssociationId = dns.association.attrId;
    }
    addWarnings(this, plan.warnings);
  }

  /**
   * The association's priority: a deploy-time token as given; otherwise decided at synth among the stack's Twilio
   * constructs in the same VPC, so that none clash (a clash of two explicit priorities fails the synth).
   */
  private dnsFirewallPriority(vpc: ec2.IVpc, given: unknown, plan: TwilioNetworkPlan): number {
    if (isUnresolved(given)) return given as number;
    const stack = Stack.of(this);
    const slot = registerDnsFirewall(stack, this.node.path, () => JSON.stringify(stack.resolve(vpc.vpcId)), given, plan.dnsFirewallRules);
    this.node.addValidation({ validate: () => slot.problems().map((p) => `${this.className} '${this.node.path}': ${p}`) });
    return Lazy.number({ produce: () => slot.priority() });
  }

  /**
   * Adds the Twilio network ACL entries (both directions) to an existing network ACL, keeping its other entries.
   * @param networkAcl the ACL, e.g. `ec2.NetworkAcl.fromNetworkAclId(this, 'Acl', 'acl-0123456789abcdef0')`
   * @param options where the entries' rule numbers start
   */
  public addNetworkAclEntries(networkAcl: ec2.INetworkAcl, options: TwilioNetworkAclEntriesOptions = {}): void {
    const acl = planForExistingAcl(this.className, this.node.path, this.plan, options, networkAclProblems(networkAcl));
    addNetworkAclEntries(new Construct(this, `ExistingAcl-${networkAcl.node.id}`), networkAcl, acl.networkAclEntries);
    addWarnings(this, acl.networkAclWarnings);
  }
}

/** Problems with the ACL given to `addNetworkAclEntries`: what aws-cdk-lib reads of it is its ID and its construct node. */
function networkAclProblems(acl: unknown): string[] {
  const a = acl as { networkAclId?: unknown; node?: { id?: unknown } } | null | undefined;
  if (typeof a !== 'object' || a === null || typeof a.networkAclId !== 'string' || typeof a.node?.id !== 'string') {
    return [`networkAcl must be an ec2.INetworkAcl such as ec2.NetworkAcl.fromNetworkAclId(this, 'Acl', 'acl-0123456789abcdef0'), got: ${show(acl)}.`];
  }
  return validateAwsId(a.networkAclId, 'acl', 'networkAcl.networkAclId', isUnresolved);
}
