import { Annotations, IAspect, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IConstruct } from 'constructs';
import { auditRule, AuditRule } from '../private/legacy-audit';

const WARNING_ID = 'twilio-voice-network:legacyTwilioRange';

/**
 * An Aspect that warns about rules still written for Twilio's old media ranges.
 *
 * It reports every security group rule, network ACL entry or prefix list entry that allows a Twilio media range
 * decommissioned in the 2023-2024 migration, or only the old UDP 10000-20000 port range to Twilio's current media
 * range; and every security group ingress rule from a Twilio media range (Twilio never initiates connections).
 * Works on L1 and L2 resources, including templates brought in with `CfnInclude`; values it cannot resolve
 * (unresolved tokens) are skipped.
 *
 * @example
 * Aspects.of(app).add(new awscdk.TwilioLegacyRangeAudit());
 */
export class TwilioLegacyRangeAudit implements IAspect {
  /** Inspects one construct. */
  public visit(node: IConstruct): void {
    for (const rule of rulesOf(node)) {
      for (const finding of auditRule(rule)) {
        Annotations.of(node).addWarningV2(WARNING_ID, finding);
      }
    }
  }
}

/** The rules of a resource in plain form; anything unresolvable is left out. */
function rulesOf(node: IConstruct): AuditRule[] {
  try {
    if (node instanceof ec2.CfnSecurityGroup) {
      const stack = Stack.of(node);
      const egress = resolveList(stack, node.securityGroupEgress).map((r) => sgRule(r, 'egress'));
      const ingress = resolveList(stack, node.securityGroupIngress).map((r) => sgRule(r, 'ingress'));
      return [...egress, ...ingress].filter(isRule);
    }
    if (node instanceof ec2.CfnSecurityGroupEgress) return [sgRule(Stack.of(node).resolve(snapshot(node)), 'egress')].filter(isRule);
    if (node instanceof ec2.CfnSecurityGroupIngress) return [sgRule(Stack.of(node).resolve(snapshot(node)), 'ingress')].filter(isRule);
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
      }].filter(isRule);
    }
    if (node instanceof ec2.CfnPrefixList) {
      const entries = resolveList(Stack.of(node), node.entries);
      return entries.map((en) => ({ kind: 'prefix list entry', direction: 'any', protocol: 'all', cidr: en.cidr ?? en.Cidr, stateful: false } as AuditRule)).filter(isRule);
    }
  } catch {
    // Unresolvable values (cross-stack references, imports, lazies that fail): nothing to audit.
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

function isRule(r: AuditRule): boolean {
  return typeof r.cidr === 'string';
}
