import { NetworkAcl } from '@cdktf/provider-aws/lib/network-acl';
import { Construct } from 'constructs';
import { TwilioNetworkCommonProps } from './options';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { TwilioNetworkPlanProps } from '../plan/types';
import { planForConstruct, planForExistingAcl, validateAwsId } from '../private/construct-plan';
import {
  addDnsFirewall, addEgressRules, DnsFirewallResources, addNetworkAcl, addNetworkAclRules, addSecurityGroup, makeCdktnCompatible, warnNearQuotas,
} from './private/render';

/**
 * What the CDKTF `TwilioVoiceEgress` and `TwilioPrivateInterconnectEdge` share: the rendered plan and its resources.
 */
export abstract class TwilioNetworkBase extends Construct {
  /** ID of the security group holding the Twilio egress rules (created, or the one passed in). */
  public readonly securityGroupId: string;
  /** The plan this construct rendered. */
  public readonly plan: TwilioNetworkPlan;
  private readonly planProps: TwilioNetworkPlanProps;
  private readonly className: string;
  private readonly acl?: NetworkAcl;
  private readonly dns?: DnsFirewallResources;

  /**
   * Validates the props, computes the plan and renders it; throws every problem at once.
   */
  protected constructor(
    scope: Construct, id: string, className: string, props: TwilioNetworkCommonProps, planProps: TwilioNetworkPlanProps, problems: string[],
  ) {
    super(scope, id);
    this.className = className;
    const idProblems = [
      ...(props.vpcId === undefined ? ['vpcId is required: pass the ID of the VPC the Twilio clients run in.'] : validateAwsId(props.vpcId, 'vpc', 'vpcId')),
      ...validateAwsId(props.securityGroupId, 'sg', 'securityGroupId'),
      ...(props.networkAcl?.subnetIds ?? []).flatMap((s, i) => validateAwsId(s, 'subnet', `networkAcl.subnetIds[${i}]`)),
    ];
    const { plan, planProps: full } = planForConstruct({ className, path: this.node.path, props, planProps, problems: [...problems, ...idProblems] });
    this.plan = plan;
    this.planProps = full;

    this.securityGroupId = props.securityGroupId ?? addSecurityGroup(this, props.vpcId).id;
    addEgressRules(this, this.securityGroupId, plan);
    if (props.networkAcl) {
      this.acl = addNetworkAcl(this, props.vpcId, props.networkAcl.subnetIds);
      addNetworkAclRules(this.acl, this.acl.id, plan.networkAclEntries);
    }
    if (props.dnsFirewall) this.dns = addDnsFirewall(this, props.vpcId, plan, props.dnsFirewall);
    warnNearQuotas(this, plan, { securityGroup: true, networkAcl: !!props.networkAcl });
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
    return this.dns?.domainList.id;
  }

  /** ID of the rule group's association with the VPC, when `dnsFirewall` was given. */
  public get firewallRuleGroupAssociationId(): string | undefined {
    return this.dns?.association.id;
  }

  /**
   * Adds the Twilio network ACL rules (both directions) to an existing network ACL, keeping its other rules.
   * @param networkAclId e.g. `acl-0123456789abcdef0`
   * @param firstRuleNumber lowest rule number the rules may use (they take up to 995 above it); default 100
   */
  public addNetworkAclEntries(networkAclId: string, firstRuleNumber?: number): void {
    const plan = planForExistingAcl(this.className, this.node.path, this.planProps, firstRuleNumber);
    const scope = new Construct(this, `ExistingAcl-${aclScopeId(networkAclId)}`);
    addNetworkAclRules(scope, networkAclId, plan.networkAclEntries);
    makeCdktnCompatible(scope);
    warnNearQuotas(this, plan, { securityGroup: false, networkAcl: true });
  }
}

/** A construct ID from an ACL ID that may be an unresolved token. */
function aclScopeId(value: string): string {
  return value.replace(/[^A-Za-z0-9-]/g, '_');
}
