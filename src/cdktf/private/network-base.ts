import { NetworkAcl } from '@cdktf/provider-aws/lib/network-acl';
import { DefaultTokenResolver, Lazy, StringConcat, TerraformStack, Tokenization } from 'cdktf';
import { Construct } from 'constructs';
import { TwilioPlacementProps } from './placement';
import {
  addDnsFirewall, addNetworkAcl, addNetworkAclRules, addRules, addSecurityGroup, addWarnings, DnsFirewallResources, isUnresolved, makeCdktnCompatible,
} from './render';
import { planForExistingAcl, validateAwsId } from '../../common/construct-plan';
import { registerDnsFirewall } from '../../common/dns-priorities';
import { TwilioNetworkAclEntriesOptions, TwilioRuleOptions } from '../../plan/options';
import { TwilioNetworkPlan } from '../../plan/twilio-network-plan';
import { ITwilioNetwork } from '../options';

/**
 * What the CDKTF Twilio constructs share: a plan rendered as security group rules, and optionally a network ACL and
 * a Route 53 Resolver DNS Firewall. Not exported: jsii lists its members on each construct; a canary takes any
 * `ITwilioNetwork`.
 * @internal
 */
export abstract class TwilioNetworkBase extends Construct implements ITwilioNetwork {
  /** ID of the security group holding the Twilio rules (created, or the one passed in). */
  public readonly securityGroupId: string;
  /** The plan this construct rendered. */
  public readonly plan: TwilioNetworkPlan;
  private readonly className: string;
  private readonly acl?: NetworkAcl;
  private readonly dns?: DnsFirewallResources;

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
    this.securityGroupId = props.securityGroupId ?? addSecurityGroup(this, props.vpcId, plan).id;
    addRules(this, this.securityGroupId, plan.securityGroupRules);
    if (props.networkAcl) {
      this.acl = addNetworkAcl(this, props.vpcId, props.networkAcl.subnetIds, plan);
      addNetworkAclRules(this.acl, this.acl.id, plan.networkAclEntries);
    }
    if (props.dnsFirewall && plan.dnsFirewallPriority !== undefined) {
      this.dns = addDnsFirewall(this, props.vpcId, plan, this.dnsFirewallPriority(props.vpcId, props.dnsFirewall.priority));
    }
    addWarnings(this, plan.warnings);
    makeCdktnCompatible(this);
  }

  // Getters, not fields: every `.id` of a cdktf resource is a new token that records a stack trace, which is
  // costly (bench/); only create them when read.

  /** ID of the network ACL, when `networkAcl` was given. */
  public get networkAclId(): string | undefined {
    return this.acl?.id;
  }

  /** ID of the DNS Firewall rule group, when `dnsFirewall` was given. */
  public get firewallRuleGroupId(): string | undefined {
    return this.dns?.ruleGroup.id;
  }

  /** ID of the DNS Firewall domain list with the Twilio hostnames, when `dnsFirewall` was given. */
  public get firewallDomainListId(): string | undefined {
    return this.dns?.domainLists[0].id;
  }

  /** ID of the rule group's association with the VPC, when `dnsFirewall` was given. */
  public get firewallRuleGroupAssociationId(): string | undefined {
    return this.dns?.association.id;
  }

  /**
   * The association's priority: a deploy-time token as given; otherwise decided at synth among the stack's Twilio
   * constructs in the same VPC, so that none clash (a clash of two explicit priorities fails the synth).
   */
  private dnsFirewallPriority(vpcId: string, given: unknown): number {
    if (isUnresolved(given)) return given as number;
    const stack = TerraformStack.of(this);
    const vpcKey = () => JSON.stringify(Tokenization.resolve(vpcId, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }));
    const slot = registerDnsFirewall(stack, this.node.path, vpcKey, given);
    this.node.addValidation({ validate: () => slot.problems().map((p) => `${this.className} '${this.node.path}': ${p}`) });
    return Lazy.numberValue({ produce: () => slot.priority() });
  }

  /**
   * Adds the Twilio network ACL rules (both directions) to an existing network ACL, keeping its other rules.
   * @param networkAclId e.g. `acl-0123456789abcdef0`, or a token
   * @param options where the rules' numbers start
   */
  public addNetworkAclEntries(networkAclId: string, options: TwilioNetworkAclEntriesOptions = {}): void {
    const aclProblems = networkAclId === undefined || networkAclId === null
      ? ['networkAclId is required: pass the ID of the existing network ACL, e.g. \'acl-0123456789abcdef0\'.']
      : validateAwsId(networkAclId, 'acl', 'networkAclId', isUnresolved);
    const acl = planForExistingAcl(this.className, this.node.path, this.plan, options, aclProblems);
    const scope = new Construct(this, `ExistingAcl-${aclScopeId(networkAclId)}`);
    addNetworkAclRules(scope, networkAclId, acl.networkAclEntries);
    makeCdktnCompatible(scope);
    addWarnings(this, acl.networkAclWarnings);
  }
}

/** A construct ID from an ACL ID that may be an unresolved token. */
function aclScopeId(value: string): string {
  return String(value).replace(/[^A-Za-z0-9-]/g, '_');
}
