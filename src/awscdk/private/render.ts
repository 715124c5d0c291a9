// Maps plan items onto aws-cdk-lib resources, one to one. Decides nothing: which rules, entries, DNS rules and
// routes exist, their order, names, priorities and descriptions all come from the plan.
import { Annotations, Token, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as r53r from 'aws-cdk-lib/aws-route53resolver';
import { Construct } from 'constructs';
import { NetworkProtocol } from '../../catalog/types';
import { constructIdFor } from '../../common/construct-plan';
import { FlowDirection, TwilioNetworkAclEntry, TwilioPlanWarning, TwilioRoute, TwilioSecurityGroupRule } from '../../plan/outputs';
import { TwilioNetworkPlan } from '../../plan/twilio-network-plan';
import { InterconnectRouteTarget } from '../options';

/** The framework's own token test, for the shared checks. */
export const isUnresolved = (value: unknown): boolean => Token.isUnresolved(value);

function port(protocol: NetworkProtocol, fromPort: number, toPort: number): ec2.Port {
  if (protocol === NetworkProtocol.TCP) return fromPort === toPort ? ec2.Port.tcp(fromPort) : ec2.Port.tcpRange(fromPort, toPort);
  return fromPort === toPort ? ec2.Port.udp(fromPort) : ec2.Port.udpRange(fromPort, toPort);
}

function aclTraffic(protocol: NetworkProtocol, fromPort: number, toPort: number): ec2.AclTraffic {
  if (protocol === NetworkProtocol.TCP) return fromPort === toPort ? ec2.AclTraffic.tcpPort(fromPort) : ec2.AclTraffic.tcpPortRange(fromPort, toPort);
  return fromPort === toPort ? ec2.AclTraffic.udpPort(fromPort) : ec2.AclTraffic.udpPortRange(fromPort, toPort);
}

/** The plan's warnings, acknowledgeable by ID. */
export function addWarnings(scope: Construct, warnings: readonly TwilioPlanWarning[]): void {
  for (const w of warnings) Annotations.of(scope).addWarningV2(w.id, w.message);
}

/** A security group holding nothing but the plan's rules (inline, so it has no other egress). */
export function addSecurityGroup(scope: Construct, vpc: ec2.IVpc, plan: TwilioNetworkPlan): ec2.SecurityGroup {
  const group = new ec2.SecurityGroup(scope, 'SecurityGroup', { vpc, allowAllOutbound: false, description: plan.securityGroupDescription });
  for (const r of plan.securityGroupRules.filter((x) => x.cidr !== undefined)) {
    const peer = ec2.Peer.ipv4(r.cidr!);
    if (r.direction === FlowDirection.EGRESS) group.addEgressRule(peer, port(r.protocol, r.fromPort, r.toPort), r.description);
    else group.addIngressRule(peer, port(r.protocol, r.fromPort, r.toPort), r.description);
  }
  // rules to prefix lists (tokens) are separate resources whatever adds them; named from the plan's rule IDs, they keep
  // their logical IDs when other rules come and go (L2 numbers token peers in order of addition)
  addRulesToSuppliedGroup(scope, group, plan.securityGroupRules.filter((x) => x.cidr === undefined));
  return group;
}

/**
 * The plan's rules on a group the user supplied: separate resources with IDs from the plan's rule IDs. L2's
 * addEgressRule would silently drop them for an imported group whose allowAllOutbound is left at true.
 */
export function addRulesToSuppliedGroup(scope: Construct, group: ec2.ISecurityGroup, rules: readonly TwilioSecurityGroupRule[]): void {
  for (const r of rules) {
    const common = {
      groupId: group.securityGroupId,
      ipProtocol: r.protocol,
      cidrIp: r.cidr,
      fromPort: r.fromPort,
      toPort: r.toPort,
      description: r.description,
    };
    if (r.direction === FlowDirection.EGRESS) {
      new ec2.CfnSecurityGroupEgress(scope, constructIdFor(r.id), {
        ...common,
        destinationPrefixListId: r.prefixListId,
      });
    } else {new ec2.CfnSecurityGroupIngress(scope, constructIdFor(r.id), { ...common, sourcePrefixListId: r.prefixListId });}
  }
}

/**
 * Network ACL entries (both directions) in an ACL, with IDs from the plan's entry IDs. `scope` holds the entries.
 */
export function addNetworkAclEntries(scope: Construct, acl: ec2.INetworkAcl, entries: readonly TwilioNetworkAclEntry[]): ec2.NetworkAclEntry[] {
  // cdk-nag's AwsSolutions-VPC3 flags every network ACL as something to review. These entries exist only because
  // the user asked for them, and each mirrors a security group rule or its return traffic, so the finding is
  // answered here rather than left for every user to suppress. It is recorded at synth time (construct validation
  // runs before validation plugins), the only point where it can be needed, on this scope only.
  scope.node.addValidation({ validate: () => acknowledgeVpc3(scope) });
  return entries.map((e) => new ec2.NetworkAclEntry(scope, constructIdFor(e.id), {
    networkAcl: acl,
    ruleNumber: e.ruleNumber,
    cidr: ec2.AclCidr.ipv4(e.cidr),
    traffic: aclTraffic(e.protocol, e.fromPort, e.toPort),
    direction: e.egress ? ec2.TrafficDirection.EGRESS : ec2.TrafficDirection.INGRESS,
    ruleAction: ec2.Action.ALLOW,
  }));
}

/**
 * Records the VPC3 acknowledgement (rule ID and reason) on `scope`. aws-cdk-lib also records the call site's stack
 * trace with it, which costs more than everything else this library does at synth (measured in bench/); the trace
 * would only point here, so it is left out by capturing no frames for the duration of the call.
 */
function acknowledgeVpc3(scope: Construct): string[] {
  const frames = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    Validations.of(scope).acknowledge({
      id: 'AwsSolutions::AwsSolutions-VPC3',
      reason: 'Requested through the networkAcl option or addNetworkAclEntries(); entries mirror the Twilio security group rules and their return traffic.',
    });
  } finally {
    Error.stackTraceLimit = frames;
  }
  return [];
}

export interface DnsFirewallResources {
  readonly domainLists: r53r.CfnFirewallDomainList[];
  readonly ruleGroup: r53r.CfnFirewallRuleGroup;
  readonly association: r53r.CfnFirewallRuleGroupAssociation;
}

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/**
 * A domain list per planned rule, the rule group holding the rules, and its association with the VPC; named with the
 * plan's names when `named`, else by CloudFormation.
 */
export function addDnsFirewall(scope: Construct, vpcId: string, plan: TwilioNetworkPlan, priority: number, named: boolean): DnsFirewallResources {
  const rules = plan.dnsFirewallRules;
  const name = named ? plan.dnsFirewallName : undefined;
  const domainLists = rules.map((r) => new r53r.CfnFirewallDomainList(scope, `Dns${pascal(r.id)}List`, {
    name: named ? r.domainListName : undefined,
    domains: r.domains,
  }));
  const ruleGroup = new r53r.CfnFirewallRuleGroup(scope, 'DnsRuleGroup', {
    name,
    firewallRules: rules.map((r, i) => ({
      action: r.action,
      blockResponse: r.blockResponse,
      firewallDomainListId: domainLists[i].attrId,
      priority: r.priority,
      firewallDomainRedirectionAction: r.redirectionAction,
    })),
  });
  const association = new r53r.CfnFirewallRuleGroupAssociation(scope, 'DnsAssociation', {
    firewallRuleGroupId: ruleGroup.attrId,
    vpcId,
    priority,
    name,
  });
  return { domainLists, ruleGroup, association };
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
      const route = new ec2.CfnRoute(scope, `Route-${subnet.node.id}-${constructIdFor(r.cidr ?? r.cidrSet!)}`, {
        routeTableId: table,
        destinationCidrBlock: r.cidr,
        destinationPrefixListId: r.prefixListId,
        [target._routeProperty]: target.targetId,
      });
      for (const d of target.dependsOn) route.node.addDependency(d);
      out.push(route);
    }
  }
  return out;
}
