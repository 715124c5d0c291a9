// Wires CDKTF resources from a finished plan. Decides nothing about which rules exist.
import { NetworkAcl } from '@cdktf/provider-aws/lib/network-acl';
import { NetworkAclRule } from '@cdktf/provider-aws/lib/network-acl-rule';
import { Route } from '@cdktf/provider-aws/lib/route';
import { Route53ResolverFirewallDomainList } from '@cdktf/provider-aws/lib/route53-resolver-firewall-domain-list';
import { Route53ResolverFirewallRule } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule';
import { Route53ResolverFirewallRuleGroup } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule-group';
import { Route53ResolverFirewallRuleGroupAssociation } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule-group-association';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { Annotations, TerraformElement, Token } from 'cdktf';
import { Construct } from 'constructs';
import { TwilioNetworkPlan } from '../../plan/twilio-network-plan';
import { TwilioNetworkAclEntry, TwilioQuotaUsage, TwilioRoute } from '../../plan/types';
import { constructIdFor, DEFAULT_DNS_PRIORITY, SECURITY_GROUP_DESCRIPTION } from '../../private/construct-plan';
import { InterconnectRouteTarget, TwilioDnsFirewallOptions } from '../options';

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

/** A security group with no inline rules (Terraform removes AWS's default allow-all egress from groups it creates). */
export function addSecurityGroup(scope: Construct, vpcId: string): SecurityGroup {
  return new SecurityGroup(scope, 'SecurityGroup', {
    vpcId,
    namePrefix: 'twilio-voice-',
    description: SECURITY_GROUP_DESCRIPTION,
  });
}

/** One `aws_vpc_security_group_egress_rule` per plan rule, named by the rule ID. */
export function addEgressRules(scope: Construct, securityGroupId: string, plan: TwilioNetworkPlan): VpcSecurityGroupEgressRule[] {
  return plan.securityGroupRules.map((r) => new VpcSecurityGroupEgressRule(scope, constructIdFor(r.id), {
    securityGroupId,
    ipProtocol: r.protocol,
    cidrIpv4: r.cidr,
    fromPort: r.fromPort,
    toPort: r.toPort,
    description: r.description,
  }));
}

export function addNetworkAcl(scope: Construct, vpcId: string, subnetIds: string[]): NetworkAcl {
  return new NetworkAcl(scope, 'NetworkAcl', { vpcId, subnetIds, tags: { Name: 'twilio-voice' } });
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
  readonly domainList: Route53ResolverFirewallDomainList;
  readonly ruleGroup: Route53ResolverFirewallRuleGroup;
  readonly association: Route53ResolverFirewallRuleGroupAssociation;
}

/** Domain list with the plan's hostnames, a rule group that allows it (and optionally blocks the rest), and its VPC association. */
export function addDnsFirewall(scope: Construct, vpcId: string, plan: TwilioNetworkPlan, options: TwilioDnsFirewallOptions): DnsFirewallResources {
  const name = options.name ?? 'twilio-voice';
  const domainList = new Route53ResolverFirewallDomainList(scope, 'DnsAllowList', { name: `${name}-twilio`, domains: plan.dnsDomains });
  const ruleGroup = new Route53ResolverFirewallRuleGroup(scope, 'DnsRuleGroup', { name });
  new Route53ResolverFirewallRule(scope, 'DnsAllowRule', {
    name: `${name}-allow-twilio`,
    action: 'ALLOW',
    firewallDomainListId: domainList.id,
    firewallRuleGroupId: ruleGroup.id,
    priority: 100,
    // Twilio names may be CNAMEs to other domains; trust the chain once the Twilio name is allowed.
    firewallDomainRedirectionAction: 'TRUST_REDIRECTION_DOMAIN',
  });
  if (options.blockOtherDomains) {
    const everything = new Route53ResolverFirewallDomainList(scope, 'DnsBlockList', { name: `${name}-everything-else`, domains: ['*'] });
    new Route53ResolverFirewallRule(scope, 'DnsBlockRule', {
      name: `${name}-block-everything-else`,
      action: 'BLOCK',
      blockResponse: 'NODATA',
      firewallDomainListId: everything.id,
      firewallRuleGroupId: ruleGroup.id,
      priority: 200,
    });
  }
  const association = new Route53ResolverFirewallRuleGroupAssociation(scope, 'DnsAssociation', {
    name,
    firewallRuleGroupId: ruleGroup.id,
    vpcId,
    priority: options.priority ?? DEFAULT_DNS_PRIORITY,
  });
  return { domainList, ruleGroup, association };
}

/**
 * One route per (route table, plan route). Named by the route table ID and CIDR; a route table ID that is an
 * unresolved token is named by its position in the list instead.
 */
export function addRoutes(
  scope: Construct, routeTableIds: readonly string[], routes: readonly TwilioRoute[], target: InterconnectRouteTarget,
): Route[] {
  const out: Route[] = [];
  [...new Set(routeTableIds)].forEach((table, i) => {
    const tableKey = Token.isUnresolved(table) ? `table${i}` : table;
    for (const r of routes) {
      out.push(new Route(scope, `Route-${tableKey}-${constructIdFor(r.cidr)}`, {
        routeTableId: table,
        destinationCidrBlock: r.cidr,
        [target.routeProperty]: target.targetId,
        dependsOn: target.dependsOn.length > 0 ? target.dependsOn : undefined,
      }));
    }
  });
  return out;
}

/** Warnings for quotas the plan comes near (CDKTF warnings carry their ID in the text). */
export function warnNearQuotas(scope: Construct, plan: TwilioNetworkPlan, options: { securityGroup: boolean; networkAcl: boolean }): void {
  const warn = (u: TwilioQuotaUsage, id: string, extra: string) => {
    if (!u.nearLimit) return;
    Annotations.of(scope).addWarning(
      `[twilio-voice-network:${id}] The Twilio plan uses ${u.used} of ${u.limit} ${u.name}${extra}. Pin fewer edges or turn off turnFallback, or raise the AWS quota and the quotas prop.`);
  };
  if (options.securityGroup) warn(plan.quotas.securityGroupEgress, 'securityGroupRulesNearQuota', ' (plus any rules the group already has)');
  if (options.networkAcl) {
    warn(plan.quotas.networkAclEgress, 'networkAclOutboundEntriesNearQuota', '');
    warn(plan.quotas.networkAclIngress, 'networkAclInboundEntriesNearQuota', '');
  }
}
