// What the Twilio constructs of both Terraform frameworks share: a plan rendered as security group rules, and
// optionally a network ACL, a Route 53 Resolver DNS Firewall and Interconnect routes.
import { Construct } from 'constructs';
import { routingProblems, commonProblems } from './checks';
import { TerraformFramework } from './framework';
import {
  addDnsFirewall, addNetworkAcl, addNetworkAclRules, addRoutes, addRules, addSecurityGroup, addWarnings, DnsFirewallResources, RouteTarget,
} from './render';
import { ConstructKind, planFor, planForExistingAcl, validateAwsId } from '../common/construct-plan';
import { registerDnsFirewall } from '../common/dns-priorities';
import { TwilioNetworkAclEntriesOptions, TwilioRuleOptions } from '../plan/options';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';

/** The placement props as the renderers read them (each submodule's props have these, with its own types). */
interface Placement extends TwilioRuleOptions {
  readonly vpcId: string;
  readonly securityGroupId?: string;
  readonly networkAcl?: { readonly subnetIds: string[] };
  readonly routing?: { readonly routeTableIds: string[]; readonly target: RouteTarget };
}

/**
 * The plan for a construct of either Terraform framework: the framework's checks of the props (IDs, routing), the
 * kind's and the plan's, in one error.
 */
export function terraformPlanFor(
  fw: TerraformFramework, scope: Construct, id: string, className: string, kind: ConstructKind, props: unknown,
): TwilioNetworkPlan {
  const routing = kind !== ConstructKind.VOICE_EGRESS;
  return planFor(scope, id, className, kind, props,
    (p) => [...commonProblems(fw.isUnresolved, p), ...(routing ? routingProblems(fw.isUnresolved, p.routing) : [])]);
}

/**
 * The base of every Terraform Twilio construct that renders a network plan. Not exported: jsii lists its members on
 * each construct; a canary takes any `ITwilioNetwork`.
 * @internal
 */
export abstract class TerraformNetworkBase extends Construct {
  /** ID of the security group holding the Twilio rules (created, or the one passed in). */
  public readonly securityGroupId: string;
  /** The plan this construct rendered. */
  public readonly plan: TwilioNetworkPlan;
  /** @internal the routes created for `routing` (the constructs that route expose them typed). */
  protected readonly _routes: unknown[];
  private readonly className: string;
  private readonly fw: TerraformFramework;
  private readonly acl?: Construct & { readonly id: string };
  private readonly dns?: DnsFirewallResources;

  /**
   * Renders a plan: the security group rules, and the network ACL, DNS Firewall and routes that `props` ask for.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props where to put the rules (VPC, security group, network ACL subnets, DNS Firewall, routing)
   * @param plan the plan to render, computed from `props` by the subclass
   * @param fw the framework's classes
   */
  protected constructor(scope: Construct, id: string, props: Placement, plan: TwilioNetworkPlan, fw: TerraformFramework) {
    super(scope, id);
    this.className = new.target.name;
    this.fw = fw;
    this.plan = plan;
    this.securityGroupId = props.securityGroupId ?? addSecurityGroup(fw, this, props.vpcId, plan).id;
    addRules(fw, this, this.securityGroupId, plan.securityGroupRules);
    if (props.networkAcl) {
      this.acl = addNetworkAcl(fw, this, props.vpcId, props.networkAcl.subnetIds, plan);
      addNetworkAclRules(fw, this.acl!, this.acl!.id, plan.networkAclEntries);
    }
    if (props.dnsFirewall && plan.dnsFirewallPriority !== undefined) {
      this.dns = addDnsFirewall(fw, this, props.vpcId, plan, this.dnsFirewallPriority(props.vpcId, props.dnsFirewall.priority, plan));
    }
    this._routes = props.routing ? addRoutes(fw, this, props.routing.routeTableIds, plan.routes, props.routing.target) : [];
    addWarnings(fw, this, plan.warnings);
  }

  // Getters, not fields: every `.id` of a provider resource is a new token that records a stack trace, which is
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
   * Adds the Twilio network ACL rules (both directions) to an existing network ACL, keeping its other rules.
   * @param networkAclId e.g. `acl-0123456789abcdef0`, or a token
   * @param options where the rules' numbers start
   */
  public addNetworkAclEntries(networkAclId: string, options: TwilioNetworkAclEntriesOptions = {}): void {
    const aclProblems = networkAclId === undefined || networkAclId === null
      ? ['networkAclId is required: pass the ID of the existing network ACL, e.g. \'acl-0123456789abcdef0\'.']
      : validateAwsId(networkAclId, 'acl', 'networkAclId', this.fw.isUnresolved);
    const acl = planForExistingAcl(this.className, this.node.path, this.plan, options, aclProblems);
    const scope = new Construct(this, `ExistingAcl-${aclScopeId(networkAclId)}`);
    addNetworkAclRules(this.fw, scope, networkAclId, acl.networkAclEntries);
    addWarnings(this.fw, this, acl.networkAclWarnings);
  }

  /**
   * The association's priority: a deploy-time token as given; otherwise decided at synth among the stack's Twilio
   * constructs in the same VPC, so that none clash (a clash of two explicit priorities fails the synth).
   */
  private dnsFirewallPriority(vpcId: string, given: unknown, plan: TwilioNetworkPlan): number {
    if (this.fw.isUnresolved(given)) return given as number;
    const stack = this.fw.stackOf(this);
    const slot = registerDnsFirewall(stack, this.node.path, () => this.fw.resolvedKey(stack as Construct, vpcId), given, plan.dnsFirewallRules);
    this.node.addValidation({ validate: () => slot.problems().map((p) => `${this.className} '${this.node.path}': ${p}`) });
    return this.fw.lazyNumber(() => slot.priority());
  }
}

/** A construct ID from an ACL ID that may be an unresolved token. */
function aclScopeId(value: string): string {
  return String(value).replace(/[^A-Za-z0-9-]/g, '_');
}
