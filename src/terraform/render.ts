// Maps plan items onto the AWS provider's resources (of CDKTF or CDK Terrain), one to one. Decides nothing: which
// rules, entries, DNS rules and routes exist, their order, names, priorities and descriptions all come from the plan.
import { Construct } from 'constructs';
import { AwsResourceClasses, TerraformFramework } from './framework';
import { constructIdFor } from '../common/construct-plan';
import { FlowDirection, TwilioNetworkAclEntry, TwilioPlanWarning, TwilioRoute, TwilioSecurityGroupRule } from '../plan/outputs';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';

/** A created provider resource, of either framework: the renderers read its attributes (`id`, `arn`, ...). */
type Resource = InstanceType<AwsResourceClasses[keyof AwsResourceClasses]>;

/**
 * Where Interconnect routes point, as each framework's `InterconnectRouteTarget` carries it (the classes differ only
 * in the type of `dependsOn`).
 */
export interface RouteTarget {
  readonly targetId: string;
  readonly dependsOn: unknown[];
  readonly _routeProperty: 'transitGatewayId' | 'gatewayId' | 'natGatewayId';
  readonly _idPrefix: string;
}

/** The plan's warnings; CDKTF has no acknowledgement, so the ID is in the text. */
export function addWarnings(fw: TerraformFramework, scope: Construct, warnings: readonly TwilioPlanWarning[]): void {
  for (const w of warnings) fw.addWarning(scope, `[${w.id}] ${w.message}`);
}

/** A security group with no inline rules (Terraform removes AWS's default allow-all egress from groups it creates). */
export function addSecurityGroup(fw: TerraformFramework, scope: Construct, vpcId: string, plan: TwilioNetworkPlan): Resource {
  return new fw.aws.SecurityGroup(scope, 'SecurityGroup', {
    vpcId,
    namePrefix: `${plan.resourceNamePrefix}-`,
    description: plan.securityGroupDescription,
  });
}

/** One `aws_vpc_security_group_egress_rule` or `_ingress_rule` per plan rule, named by the rule ID. */
export function addRules(fw: TerraformFramework, scope: Construct, securityGroupId: string, rules: readonly TwilioSecurityGroupRule[]): void {
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
    const resource = r.direction === FlowDirection.EGRESS ? fw.aws.VpcSecurityGroupEgressRule : fw.aws.VpcSecurityGroupIngressRule;
    new resource(scope, constructIdFor(r.id), common);
  }
}

/** A network ACL associated with the subnets, tagged with the plan's name. */
export function addNetworkAcl(fw: TerraformFramework, scope: Construct, vpcId: string, subnetIds: string[], plan: TwilioNetworkPlan): Resource {
  return new fw.aws.NetworkAcl(scope, 'NetworkAcl', { vpcId, subnetIds, tags: { Name: plan.resourceNamePrefix } });
}

/** One `aws_network_acl_rule` per plan entry, named by the entry ID. */
export function addNetworkAclRules(fw: TerraformFramework, scope: Construct, networkAclId: string, entries: readonly TwilioNetworkAclEntry[]): void {
  for (const e of entries) {
    new fw.aws.NetworkAclRule(scope, constructIdFor(e.id), {
      networkAclId,
      ruleNumber: e.ruleNumber,
      egress: e.egress,
      protocol: e.protocol,
      ruleAction: 'allow',
      cidrBlock: e.cidr,
      fromPort: e.fromPort,
      toPort: e.toPort,
    });
  }
}

/** The DNS Firewall's resources, whose IDs the constructs expose. */
export interface DnsFirewallResources {
  readonly domainLists: Resource[];
  readonly ruleGroup: Resource;
  readonly association: Resource;
}

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** A domain list and a rule resource per planned rule, the rule group, and its association with the VPC, named by the plan. */
export function addDnsFirewall(
  fw: TerraformFramework, scope: Construct, vpcId: string, plan: TwilioNetworkPlan, priority: number,
): DnsFirewallResources {
  const rules = plan.dnsFirewallRules;
  const name = plan.dnsFirewallName!;
  const domainLists = rules.map((r) => new fw.aws.Route53ResolverFirewallDomainList(scope, `Dns${pascal(r.id)}List`, {
    name: r.domainListName,
    domains: r.domains,
  }));
  const ruleGroup = new fw.aws.Route53ResolverFirewallRuleGroup(scope, 'DnsRuleGroup', { name });
  rules.forEach((r, i) => new fw.aws.Route53ResolverFirewallRule(scope, `Dns${pascal(r.id)}Rule`, {
    name: r.name,
    action: r.action,
    blockResponse: r.blockResponse,
    firewallDomainListId: domainLists[i].id,
    firewallRuleGroupId: ruleGroup.id,
    priority: r.priority,
    firewallDomainRedirectionAction: r.redirectionAction,
  }));
  const association = new fw.aws.Route53ResolverFirewallRuleGroupAssociation(scope, 'DnsAssociation', {
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
  fw: TerraformFramework, scope: Construct, routeTableIds: string[], routes: readonly TwilioRoute[], target: RouteTarget,
): Resource[] {
  const key = (r: TwilioRoute) => constructIdFor(r.cidr ?? r.cidrSet!);
  const common = (r: TwilioRoute) => ({
    destinationCidrBlock: r.cidr,
    destinationPrefixListId: r.prefixListId,
    [target._routeProperty]: target.targetId,
    dependsOn: target.dependsOn.length > 0 ? target.dependsOn : undefined,
  });
  if (fw.isUnresolved(routeTableIds)) {
    const tables = fw.iterate(routeTableIds);
    return routes.map((r) => new fw.aws.Route(scope, `Route-each-${key(r)}`, { ...common(r), forEach: tables.forEach, routeTableId: tables.value }));
  }
  const out: Resource[] = [];
  [...new Set(routeTableIds)].forEach((table, i) => {
    const tableKey = fw.isUnresolved(table) ? `table${i}` : table;
    for (const r of routes) out.push(new fw.aws.Route(scope, `Route-${tableKey}-${key(r)}`, { ...common(r), routeTableId: table }));
  });
  return out;
}
