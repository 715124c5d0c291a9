// Wires AWS CDK resources from a finished plan. Decides nothing about which rules exist.
import { Annotations, Stage, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as r53r from 'aws-cdk-lib/aws-route53resolver';
import { Construct } from 'constructs';
import { TwilioNetworkPlan } from '../../plan/twilio-network-plan';
import { NetworkProtocol, TwilioNetworkAclEntry, TwilioQuotaUsage, TwilioRoute } from '../../plan/types';
import { constructIdFor, DEFAULT_DNS_PRIORITY, validateAwsId } from '../../private/construct-plan';
import { InterconnectRouteTarget, TwilioDnsFirewallOptions } from '../options';

export const WARNING_PREFIX = 'twilio-voice-network';

function port(protocol: NetworkProtocol, fromPort: number, toPort: number): ec2.Port {
  if (protocol === NetworkProtocol.TCP) return fromPort === toPort ? ec2.Port.tcp(fromPort) : ec2.Port.tcpRange(fromPort, toPort);
  return fromPort === toPort ? ec2.Port.udp(fromPort) : ec2.Port.udpRange(fromPort, toPort);
}

function aclTraffic(protocol: NetworkProtocol, fromPort: number, toPort: number): ec2.AclTraffic {
  if (protocol === NetworkProtocol.TCP) return fromPort === toPort ? ec2.AclTraffic.tcpPort(fromPort) : ec2.AclTraffic.tcpPortRange(fromPort, toPort);
  return fromPort === toPort ? ec2.AclTraffic.udpPort(fromPort) : ec2.AclTraffic.udpPortRange(fromPort, toPort);
}

/** Egress rules on a group this construct created (inline, so the group has no other egress). */
export function addRulesToOwnGroup(group: ec2.SecurityGroup, plan: TwilioNetworkPlan): void {
  for (const r of plan.securityGroupRules) group.addEgressRule(ec2.Peer.ipv4(r.cidr), port(r.protocol, r.fromPort, r.toPort), r.description);
}

/**
 * Egress rules on a group the user supplied: separate resources with IDs from the plan's rule IDs. L2's
 * addEgressRule would silently drop them for an imported group whose allowAllOutbound is left at true.
 */
export function addRulesToSuppliedGroup(scope: Construct, group: ec2.ISecurityGroup, plan: TwilioNetworkPlan): void {
  if (group.allowAllOutbound) {
    Annotations.of(scope).addWarningV2(`${WARNING_PREFIX}:securityGroupAllowsAllOutbound`,
      'securityGroup allows all outbound traffic (allowAllOutbound is true), so the Twilio rules do not restrict egress. '
      + 'Create or import the group with allowAllOutbound: false for least privilege.');
  }
  for (const r of plan.securityGroupRules) {
    new ec2.CfnSecurityGroupEgress(scope, constructIdFor(r.id), {
      groupId: group.securityGroupId,
      ipProtocol: r.protocol,
      cidrIp: r.cidr,
      fromPort: r.fromPort,
      toPort: r.toPort,
      description: r.description,
    });
  }
}

/**
 * Whether a validation plugin (cdk-nag, ...) is registered on the construct's stage. aws-cdk-lib 2.276 has no
 * public non-deprecated getter (the deprecated one prints a warning on every call), so this reads the stage's
 * plugin list and assumes there are plugins when that list cannot be read.
 */
function hasValidationPlugins(scope: Construct): boolean {
  const plugins = (Stage.of(scope) as unknown as { _validationPlugins?: unknown[] } | undefined)?._validationPlugins;
  return Array.isArray(plugins) ? plugins.length > 0 : true;
}

/**
 * Network ACL entries (both directions) in an ACL, with IDs from the plan's entry IDs. `scope` holds the entries.
 */
export function addNetworkAclEntries(scope: Construct, acl: ec2.INetworkAcl, entries: readonly TwilioNetworkAclEntry[]): ec2.NetworkAclEntry[] {
  // cdk-nag's AwsSolutions-VPC3 flags every network ACL as something to review. These exist only because the
  // user asked for them (networkAcl prop or addNetworkAclEntries), and each mirrors a security group rule or
  // its return traffic, so the finding is answered here rather than left for every user to suppress.
  // An acknowledgement adds ~18 ms to every synth (bench/), so it is made only when a validation plugin is
  // registered: construct validation runs after all plugins are added and before they run.
  scope.node.addValidation({
    validate: () => {
      if (hasValidationPlugins(scope)) {
        Validations.of(scope).acknowledge({
          id: 'AwsSolutions::AwsSolutions-VPC3',
          reason: 'Requested through the networkAcl option; entries mirror the Twilio security group rules and their return traffic.',
        });
      }
      return [];
    },
  });
  return entries.map((e) => new ec2.NetworkAclEntry(scope, constructIdFor(e.id), {
    networkAcl: acl,
    ruleNumber: e.ruleNumber,
    cidr: ec2.AclCidr.ipv4(e.cidr),
    traffic: aclTraffic(e.protocol, e.fromPort, e.toPort),
    direction: e.egress ? ec2.TrafficDirection.EGRESS : ec2.TrafficDirection.INGRESS,
    ruleAction: ec2.Action.ALLOW,
  }));
}

export interface DnsFirewallResources {
  readonly domainList: r53r.CfnFirewallDomainList;
  readonly ruleGroup: r53r.CfnFirewallRuleGroup;
  readonly association: r53r.CfnFirewallRuleGroupAssociation;
}

/** Domain list with the plan's hostnames, a rule group that allows it (and optionally blocks the rest), and its VPC association. */
export function addDnsFirewall(scope: Construct, vpc: ec2.IVpc, plan: TwilioNetworkPlan, options: TwilioDnsFirewallOptions): DnsFirewallResources {
  const name = options.name;
  const domainList = new r53r.CfnFirewallDomainList(scope, 'DnsAllowList', {
    name: name ? `${name}-twilio` : undefined,
    domains: plan.dnsDomains,
  });
  const rules: r53r.CfnFirewallRuleGroup.FirewallRuleProperty[] = [{
    action: 'ALLOW',
    firewallDomainListId: domainList.attrId,
    priority: 100,
    // Twilio names may be CNAMEs to other domains; trust the chain once the Twilio name is allowed.
    firewallDomainRedirectionAction: 'TRUST_REDIRECTION_DOMAIN',
  }];
  if (options.blockOtherDomains) {
    const everything = new r53r.CfnFirewallDomainList(scope, 'DnsBlockList', {
      name: name ? `${name}-everything-else` : undefined,
      domains: ['*'],
    });
    rules.push({ action: 'BLOCK', blockResponse: 'NODATA', firewallDomainListId: everything.attrId, priority: 200 });
  }
  const ruleGroup = new r53r.CfnFirewallRuleGroup(scope, 'DnsRuleGroup', { name, firewallRules: rules });
  const association = new r53r.CfnFirewallRuleGroupAssociation(scope, 'DnsAssociation', {
    firewallRuleGroupId: ruleGroup.attrId,
    vpcId: vpc.vpcId,
    priority: options.priority ?? DEFAULT_DNS_PRIORITY,
    name,
  });
  return { domainList, ruleGroup, association };
}

export function validateRouteTarget(target: InterconnectRouteTarget): string[] {
  return validateAwsId(target.targetId, target.routeProperty === 'transitGatewayId' ? 'tgw' : 'vgw', 'routing.target');
}

/** One route per (route table, plan route), IDs from the subnet's construct ID and the CIDR. */
export function addRoutes(
  scope: Construct, subnets: readonly ec2.ISubnet[], routes: readonly TwilioRoute[], target: InterconnectRouteTarget,
): ec2.CfnRoute[] {
  const out: ec2.CfnRoute[] = [];
  const seenTables = new Set<string>();
  for (const subnet of subnets) {
    const table = subnet.routeTable.routeTableId;
    if (seenTables.has(table)) continue; // subnets sharing a table need the route once
    seenTables.add(table);
    for (const r of routes) {
      const route = new ec2.CfnRoute(scope, `Route-${subnet.node.id}-${constructIdFor(r.cidr)}`, {
        routeTableId: table,
        destinationCidrBlock: r.cidr,
        [target.routeProperty]: target.targetId,
      });
      if (target.dependsOn) route.node.addDependency(target.dependsOn);
      out.push(route);
    }
  }
  return out;
}

/** Acknowledgeable warnings for quotas the plan comes near. */
export function warnNearQuotas(scope: Construct, plan: TwilioNetworkPlan, options: { securityGroup: boolean; networkAcl: boolean }): void {
  const warn = (u: TwilioQuotaUsage, id: string, extra: string) => {
    if (!u.nearLimit) return;
    Annotations.of(scope).addWarningV2(`${WARNING_PREFIX}:${id}`,
      `The Twilio plan uses ${u.used} of ${u.limit} ${u.name}${extra}. Pin fewer edges or turn off turnFallback, or raise the AWS quota and the quotas prop.`);
  };
  if (options.securityGroup) warn(plan.quotas.securityGroupEgress, 'securityGroupRulesNearQuota', ' (plus any rules the group already has)');
  if (options.networkAcl) {
    warn(plan.quotas.networkAclEgress, 'networkAclOutboundEntriesNearQuota', '');
    warn(plan.quotas.networkAclIngress, 'networkAclInboundEntriesNearQuota', '');
  }
}
