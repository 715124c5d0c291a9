// Maps plan items onto @cdktf/provider-aws resources, one to one. Decides nothing: which rules, entries, DNS rules
// and routes exist, their order, names, priorities and descriptions all come from the plan.
import { NetworkAcl } from '@cdktf/provider-aws/lib/network-acl';
import { NetworkAclRule } from '@cdktf/provider-aws/lib/network-acl-rule';
import { Route } from '@cdktf/provider-aws/lib/route';
import { Route53ResolverFirewallDomainList } from '@cdktf/provider-aws/lib/route53-resolver-firewall-domain-list';
import { Route53ResolverFirewallRule } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule';
import { Route53ResolverFirewallRuleGroup } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule-group';
import { Route53ResolverFirewallRuleGroupAssociation } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule-group-association';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Annotations, TerraformElement, TerraformIterator, Token } from 'cdktf';
import { Construct } from 'constructs';
import { constructIdFor } from '../../common/construct-plan';
import { FlowDirection, TwilioNetworkAclEntry, TwilioPlanWarning, TwilioRoute, TwilioSecurityGroupRule } from '../../plan/outputs';
import { TwilioNetworkPlan } from '../../plan/twilio-network-plan';
import { InterconnectRouteTarget } from '../options';

/** The framework's own token test (string, number and list tokens), for the shared checks. */
export const isUnresolved = (value: unknown): boolean => Token.isUnresolved(value);

/**
 * Makes a resource this library creates usable inside a CDK Terrain (cdktn) stack too.
 *
 * cdktn shares cdktf's `Symbol.for("cdktf/...")` markers, so a cdktn stack accepts cdktf resources, but at synth
 * it calls `_resetResolveDiscoveredProviderFeatureUsage()` on every element, a method cdktf 0.21 elements lack.
 * It clears provider-feature registrations, which cdktf elements never make, so a no-op is the exact behaviour.
 * Only our own resources get it; cdktf's classes are left untouched.
 */
export function makeCdktnCompatible(scope: Construct): void {
  const key = '_resetResolveDiscoveredProviderFeatureUsage';
  for (const element of scope.node.findAll()) {
    if (element instanceof TerraformElement && typeof (element as any)[key] !== 'function') {
      Object.defineProperty(element, key, { value: () => undefined, enumerable: false, configurable: true });
    }
  }
}

/** The plan's warnings; CDKTF has no acknowledgement, so the ID is in the text. */
export function addWarnings(scope: Construct, warnings: readonly TwilioPlanWarning[]): void {
  for (const w of warnings) Annotations.of(scope).addWarning(`[${w.id}] ${w.message}`);
}

/** A security group with no inline rules (Terraform removes AWS's default allow-all egress from groups it creates). */
export function addSecurityGroup(scope: Construct, vpcId: string, plan: TwilioNetworkPlan): SecurityGroup {
  return new SecurityGroup(scope, 'SecurityGroup', {
    vpcId,
    namePrefix: `${plan.resourceNamePrefix}-`,
    description: plan.securityGroupDescription,
  });
}

/** One `aws_vpc_security_group_egress_rule` or `_ingress_rule` per plan rule, named by the rule ID. */
export function addRules(scope: Construct, securityGroupId: string, rules: readonly TwilioSecurityGroupRule[]): void {
  for (const r of rules) {
    const common = {
      securityGroupId,
      ipProtocol: r.protocol,
      cidrIpv4: r.cidr,
      prefixListId: r.prefixListId,
      fromPort: r.fromPort,
      toPort: r.toPort,
      description: r.description,
    };
    if (r.direction === FlowDirection.EGRESS) new VpcSecurityGroupEgressRule(scope, constructIdFor(r.id), common);
    else new VpcSecurityGroupIngressRule(scope, constructIdFor(r.id), common);
  }
}

export function addNetworkAcl(scope: Construct, vpcId: string, subnetIds: string[], plan: TwilioNetworkPlan): NetworkAcl {
  return new NetworkAcl(scope, 'NetworkAcl', { vpcId, subnetIds, tags: { Name: plan.resourceNamePrefix } });
}

/** One `aws_network_acl_rule` per plan entry, named by the entry ID. */
export function addNetworkAclRules(scope: Construct, networkAclId: string, entries: readonly TwilioNetworkAclEntry[]): NetworkAclRule[] {
  return entries.map((e) => new NetworkAclRule(scope, constructIdFor(e.id), {
    networkAclId,
    ruleNumber: e.ruleNumber,
    egress: e.egress,
    protocol: e.protocol,
    ruleAction: 'allow',
    cidrBlock: e.cidr,
    fromPort: e.fromPort,
    toPort: e.toPort,
  }));
}

export interface DnsFirewallResources {
  readonly domainLists: Route53ResolverFirewallDomainList[];
  readonly ruleGroup: Route53ResolverFirewallRuleGroup;
  readonly association: Route53ResolverFirewallRuleGroupAssociation;
}

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** A domain list and a rule resource per planned rule, the rule group, and its association with the VPC, named by the plan. */
export function addDnsFirewall(scope: Construct, vpcId: string, plan: TwilioNetworkPlan, priority: number): DnsFirewallResources {
  const rules = plan.dnsFirewallRules;
  const name = plan.dnsFirewallName!;
  const domainLists = rules.map((r) => new Route53ResolverFirewallDomainList(scope, `Dns${pascal(r.id)}List`, {
    name: r.domainListName,
    domains: r.domains,
  }));
  const ruleGroup = new Route53ResolverFirewallRuleGroup(scope, 'DnsRuleGroup', { name });
  rules.forEach((r, i) => new Route53ResolverFirewallRule(scope, `Dns${pascal(r.id)}Rule`, {
    name: r.name,
    action: r.action,
    blockResponse: r.blockResponse,
    firewallDomainListId: domainLists[i].id,
    firewallRuleGroupId: ruleGroup.id,
    priority: r.priority,
    firewallDomainRedirectionAction: r.redirectionAction,
  }));
  const association = new Route53ResolverFirewallRuleGroupAssociation(scope, 'DnsAssociation', {
    name,
    firewallRuleGroupId: ruleGroup.id,
    vpcId,
    priority,
  });
  return { domainLists, ruleGroup, association };
}

/**
 * One route per (route table, plan route). Named by the route table ID and CIDR; a route table ID that is an
 * unresolved token is named by its position in the list instead. A list token iterates with `for_each`: one route
 * resource per plan route, over every table in the list.
 */
export function addRoutes(
  scope: Construct, routeTableIds: string[], routes: readonly TwilioRoute[], target: InterconnectRouteTarget,
): Route[] {
  const key = (r: TwilioRoute) => constructIdFor(r.cidr ?? r.cidrSet!);
  const common = (r: TwilioRoute) => ({
    destinationCidrBlock: r.cidr,
    destinationPrefixListId: r.prefixListId,
    [target._routeProperty]: target.targetId,
    dependsOn: target.dependsOn.length > 0 ? target.dependsOn : undefined,
  });
  if (Token.isUnresolved(routeTableIds)) {
    const tables = TerraformIterator.fromList(routeTableIds);
    return routes.map((r) => new Route(scope, `Route-each-${key(r)}`, { ...common(r), forEach: tables, routeTableId: tables.value }));
  }
  const out: Route[] = [];
  [...new Set(routeTableIds)].forEach((table, i) => {
    const tableKey = Token.isUnresolved(table) ? `table${i}` : table;
    for (const r of routes) out.push(new Route(scope, `Route-${tableKey}-${key(r)}`, { ...common(r), routeTableId: table }));
  });
  return out;
}
