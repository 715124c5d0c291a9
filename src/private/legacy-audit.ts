// Framework-free checks behind TwilioLegacyRangeAudit: does a plain rule still allow a decommissioned Twilio media
// range, only the old media ports, or ingress from Twilio media?
import { isUnresolved } from './text';
import { cidrContains, isCanonicalCidr, toBlock } from '../catalog/private/cidr';
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';

export interface AuditRule {
  readonly kind: string;
  readonly direction: string;
  /** tcp, udp, all, or a protocol number. */
  readonly protocol: string;
  readonly cidr: string;
  readonly fromPort?: number;
  readonly toPort?: number;
  /** Security groups are stateful (return traffic needs no rule); network ACLs are not. */
  readonly stateful: boolean;
}

/** Broad rules (wider than a /16, such as 0.0.0.0/0) are not about Twilio and are not reported. */
const TARGETED_PREFIX = 16;

function targets(ruleCidr: string, twilioCidr: string): boolean {
  return cidrContains(twilioCidr, ruleCidr) || (cidrContains(ruleCidr, twilioCidr) && toBlock(ruleCidr).prefix >= TARGETED_PREFIX);
}

function portsOverlap(rule: AuditRule, fromPort: number, toPort: number): boolean {
  if (rule.fromPort === undefined || rule.toPort === undefined || rule.fromPort < 0) return true; // all ports
  return rule.fromPort <= toPort && fromPort <= rule.toPort;
}

function carriesUdp(rule: AuditRule): boolean {
  return rule.protocol === 'udp' || rule.protocol === 'all';
}

let nts: string[] | undefined;
function currentNts(): string[] {
  nts ??= TwilioCatalog.ntsCidrs(TwilioEdge.ROAMING);
  return nts;
}

const describe = (r: AuditRule) => `${r.kind} (${r.direction}, ${r.protocol}${r.fromPort !== undefined ? ` ${r.fromPort}-${r.toPort}` : ''}, ${r.cidr})`;

/** Findings for one rule, each naming the edge, the date and the fix; none for rules it cannot read. */
export function auditRule(rule: AuditRule): string[] {
  if (isUnresolved(rule.cidr) || !isCanonicalCidr(rule.cidr) || [rule.fromPort, rule.toPort].some(isUnresolved)) return [];
  const findings: string[] = [];
  const media = TwilioCatalog.media();
  const fix = `allow ${media.cidrs.join(', ')} UDP ${media.fromPort}-${media.toPort} instead (TwilioVoiceEgress does)`;

  for (const legacy of TwilioCatalog.legacyMediaRanges()) {
    for (const cidr of legacy.cidrs) {
      if (!targets(rule.cidr, cidr)) continue;
      if (rule.direction === 'ingress' && rule.stateful) {
        findings.push(`${describe(rule)} opens ingress from ${cidr}, a Twilio media range of edge ${legacy.edgeName} decommissioned on ${legacy.decommissioned}; `
          + 'Twilio never initiates connections. Fix: remove it.');
        continue;
      }
      // Several legacy media blocks are still current STUN/TURN ranges. A stateless inbound ACL entry can't
      // tell TURN return traffic from old media (ACLs don't match source ports), so it is not judged.
      if (!rule.stateful && rule.direction === 'ingress' && currentNts().some((n) => cidrContains(n, cidr) || cidrContains(cidr, n))) continue;
      if (rule.kind !== 'prefix list entry' && (!carriesUdp(rule) || !portsOverlap(rule, legacy.fromPort, legacy.toPort))) continue;
      findings.push(`${describe(rule)} allows ${cidr}, a Twilio media range of edge ${legacy.edgeName} decommissioned on ${legacy.decommissioned} `
        + `(${legacy.decommissionedSipInterconnect} for SIP over Interconnect; range known with ${legacy.confidence} confidence). Fix: remove it and ${fix}.`);
    }
  }
  for (const cidr of media.cidrs) {
    if (!targets(rule.cidr, cidr)) continue;
    if (rule.direction === 'egress' && carriesUdp(rule) && rule.fromPort !== undefined && rule.toPort !== undefined
      && rule.fromPort >= 10000 && rule.toPort <= 20000 && !(rule.fromPort <= media.fromPort && rule.toPort >= media.toPort)) {
      findings.push(`${describe(rule)} allows only the old media ports 10000-20000 to Twilio; since the 2023-2024 migration Twilio media uses UDP ${media.fromPort}-${media.toPort}. Fix: ${fix}.`);
    }
    if (rule.direction === 'ingress' && rule.stateful) {
      findings.push(`${describe(rule)} opens ingress from Twilio's media range ${cidr}; Twilio never initiates connections and security groups admit return traffic on their own. Fix: remove it.`);
    }
  }
  return findings;
}
