import { Annotations, IAspect, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IConstruct } from 'constructs';
import { TwilioSipEndpoint } from './twilio-sip-endpoint';
import { auditRule, AuditRule, isAuditable } from '../audit/legacy-audit';

/**
 * An Aspect that warns about rules still written for Twilio's old media ranges.
 *
 * Each kind of finding has its own warning ID, so it can be acknowledged on its own:
 * - `twilio-voice-network:legacyTwilioRange`: a security group rule, network ACL entry or prefix list entry allows
 *   a Twilio media range decommissioned in the 2023-2024 migration (rules to parts of those blocks that Twilio still
 *   uses for STUN/TURN or SIP signalling, on those ports, are current and not reported);
 * - `twilio-voice-network:legacyTwilioMediaPorts`: only the old UDP 10000-20000 ports to Twilio's current media range;
 * - `twilio-voice-network:ingressFromTwilioMedia`: a security group admits connections from a Twilio media range
 *   (Twilio never initiates connections to Voice SDK clients; not reported for the current range inside a
 *   `TwilioSipEndpoint`, whose media ingress Twilio requires).
 *
 * Works on L1 and L2 resources, including templates brought in with `CfnInclude`; values it cannot resolve
 * (unresolved tokens) are skipped.
 *
 * @example
 * declare const app: App;
 * Aspects.of(app).add(new awscdk.TwilioLegacyRangeAudit());
 */
export class TwilioLegacyRangeAudit implements IAspect {
  /**
   * Inspects one construct.
   * @param node the construct the Aspect visits
   */
  public visit(node: IConstruct): void {
    const rules = rulesOf(node);
    if (rules.length === 0) return;
    const sipEndpoint = node.node.scopes.some((s) => s instanceof TwilioSipEndpoint);
    for (const rule of rules) {
      for (const finding of auditRule(rule, { sipEndpoint })) Annotations.of(node).addWarningV2(finding.id, finding.message);
    }
  }
}

/** The rules of a resource in plain form; values that do not resolve to literals are left out. */
function rulesOf(node: IConstruct): AuditRule[] {
  if (node instanceof ec2.CfnSecurityGroup) {
    const stack = Stack.of(node);
    const egress = resolveList(stack, node.securityGroupEgress).map((r) => sgRule(r, 'egress'));
    const ingress = resolveList(stack, node.securityGroupIngress).map((r) => sgRule(r, 'ingress'));
    return [...egress, ...ingress].filter(isAuditable);
  }
  if (node instanceof ec2.CfnSecurityGroupEgress) return [sgRule(Stack.of(node).resolve(snapshot(node)), 'egress')].filter(isAuditable);
  if (node instanceof ec2.CfnSecurityGroupIngress) return [sgRule(Stack.of(node).resolve(snapshot(node)), 'ingress')].filter(isAuditable);
  if (node instanceof ec2.CfnNetworkAclEntry) {
    const e = Stack.of(node).resolve({ cidrBlock: node.cidrBlock, egress: node.egress, protocol: node.protocol, portRange: node.portRange });
    const range = e.portRange ?? {};
    return [{
      kind: 'network ACL entry',
      direction: e.egress ? 'egress' : 'ingress',
      protocol: protocolName(e.protocol),
      cidr: e.cidrBlock,
      fromPort: range.from ?? range.From,
      toPort: range.to ?? range.To,
      stateful: false,
    } as AuditRule].filter(isAuditable);
  }
  if (node instanceof ec2.CfnPrefixList) {
    return resolveList(Stack.of(node), node.entries)
      .map((en) => ({ kind: 'prefix list entry', direction: 'any', protocol: 'all', cidr: en.cidr ?? en.Cidr, stateful: false } as AuditRule))
      .filter(isAuditable);
  }
  return [];
}

function snapshot(node: ec2.CfnSecurityGroupEgress | ec2.CfnSecurityGroupIngress): Record<string, unknown> {
  return { cidrIp: node.cidrIp, ipProtocol: node.ipProtocol, fromPort: node.fromPort, toPort: node.toPort };
}

function resolveList(stack: Stack, value: unknown): any[] {
  const resolved = stack.resolve(value);
  return Array.isArray(resolved) ? resolved.filter((x) => x && typeof x === 'object') : [];
}

function sgRule(r: any, direction: 'egress' | 'ingress'): AuditRule {
  return {
    kind: 'security group rule',
    direction,
    protocol: protocolName(r.ipProtocol ?? r.IpProtocol),
    cidr: r.cidrIp ?? r.CidrIp,
    fromPort: r.fromPort ?? r.FromPort,
    toPort: r.toPort ?? r.ToPort,
    stateful: true,
  };
}

function protocolName(p: unknown): string {
  const s = String(p).toLowerCase();
  return s === '17' ? 'udp' : s === '6' ? 'tcp' : s === '-1' ? 'all' : s;
}
