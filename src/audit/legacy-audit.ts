// Framework-free checks behind TwilioLegacyRangeAudit: does a plain rule still allow a decommissioned Twilio media
// range, only the old media ports, or ingress from Twilio media? The Aspect only reads rules out of resources.
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioPlanWarning } from '../plan/types';
import { warning } from '../plan/warnings';
import { cidrContains, isCanonicalCidr, toBlock } from '../util/cidr';

export interface AuditRule {
  readonly kind: string;
  readonly direction: 'egress' | 'ingress' | 'any';
  /** tcp, udp, all, or a protocol number. */
  readonly protocol: string;
  readonly cidr: string;
  readonly fromPort?: number;
  readonly toPort?: number;
  /** Security groups are stateful (return traffic needs no rule); network ACLs are not. */
  readonly stateful: boolean;
}

/** Where a rule was found. */
export interface AuditContext {
  /** The rule belongs to a SIP endpoint's group, which does receive media from Twilio's current media range. */
  readonly sipEndpoint?: boolean;
}

/** The pre-migration media port range Twilio moved away from (SIP and most Voice SDK rows). */
const OLD_MEDIA_PORTS = { fromPort: 10000, toPort: 20000 };
/** Broad rules (wider than a /16, such as 0.0.0.0/0) are not about Twilio and are not reported. */
const TARGETED_PREFIX = 16;

function targets(ruleCidr: string, twilioCidr: string): boolean {
  return cidrContains(twilioCidr, ruleCidr) || (cidrContains(ruleCidr, twilioCidr) && toBlock(ruleCidr).prefix >= TARGETED_PREFIX);
}

function allPorts(rule: AuditRule): boolean {
  return rule.fromPort === undefined || rule.toPort === undefined || rule.fromPort < 0;
}

function portsOverlap(rule: AuditRule, fromPort: number, toPort: number): boolean {
  return allPorts(rule) || (rule.fromPort! <= toPort && fromPort <= rule.toPort!);
}

function carriesUdp(rule: AuditRule): boolean {
  return rule.protocol === 'udp' || rule.protocol === 'all';
}

/** True when the rule lies wholly inside a range Twilio uses today for something else (TURN, SIP signalling). */
function isCurrentUse(rule: AuditRule, current: ReturnType<typeof TwilioCatalog._currentRanges>): boolean {
  if (allPorts(rule) || rule.protocol === 'all') return false;
  const intervals = current
    .filter((c) => c.protocol === rule.protocol && c.cidrs.some((cidr) => cidrContains(cidr, rule.cidr)))
    .map((c) => [c.fromPort, c.toPort] as const)
    .sort((a, b) => a[0] - b[0]);
  let reach = rule.fromPort! - 1;
  for (const [from, to] of intervals) {
    if (from > reach + 1) break;
    reach = Math.max(reach, to);
  }
  return reach >= rule.toPort!;
}

const describe = (r: AuditRule) => `${r.kind} (${r.direction}, ${r.protocol}${r.fromPort !== undefined ? ` ${r.fromPort}-${r.toPort}` : ''}, ${r.cidr})`;

/** True for a rule the audit can read: a literal canonical CIDR and literal ports. */
export function isAuditable(rule: { cidr: unknown; fromPort?: unknown; toPort?: unknown }): rule is AuditRule {
  const portOk = (p: unknown) => p === undefined || (typeof p === 'number' && Number.isInteger(p) && Math.abs(p) <= 65535);
  return typeof rule.cidr === 'string' && isCanonicalCidr(rule.cidr) && portOk(rule.fromPort) && portOk(rule.toPort);
}

/**
 * Findings for one rule, each naming the edge, the date and the fix. One warning ID per kind of finding:
 * `legacyTwilioRange` (a decommissioned media range), `legacyTwilioMediaPorts` (only the old 10000-20000 ports to the
 * current range) and `ingressFromTwilioMedia` (a stateful rule admitting connections from Twilio media).
 */
export function auditRule(rule: AuditRule, context: AuditContext = {}): TwilioPlanWarning[] {
  const findings: TwilioPlanWarning[] = [];
  const media = TwilioCatalog.media();
  const current = TwilioCatalog._currentRanges();
  const nts = current.filter((c) => c.purpose.includes('TURN') || c.purpose.includes('STUN')).flatMap((c) => c.cidrs);
  const fix = `allow ${media.cidrs.join(', ')} UDP ${media.fromPort}-${media.toPort} instead (TwilioVoiceEgress does)`;

  // The GLL row repeats every edge's ranges on wider ports: a CIDR is reported once, under its own edge when that
  // row matches, else under roaming.
  const reported = new Set<string>();
  for (const legacy of TwilioCatalog.legacyMediaRanges()) {
    for (const cidr of legacy.cidrs) {
      if (reported.has(cidr) || !targets(rule.cidr, cidr) || isCurrentUse(rule, current)) continue;
      if (rule.direction === 'ingress' && rule.stateful) {
        reported.add(cidr);
        findings.push(warning('ingressFromTwilioMedia', `${describe(rule)} opens ingress from ${cidr}, a Twilio media range of edge ${legacy.edgeName} `
          + `decommissioned on ${legacy.decommissioned}; Twilio no longer sends media from it. Fix: remove it.`));
        continue;
      }
      // Several legacy media blocks are still current STUN/TURN ranges. A stateless inbound ACL entry can't
      // tell TURN return traffic from old media (ACLs don't match source ports), so it is not judged.
      if (!rule.stateful && rule.direction === 'ingress' && nts.some((n) => cidrContains(n, cidr) || cidrContains(cidr, n))) continue;
      if (rule.kind !== 'prefix list entry' && (!carriesUdp(rule) || !portsOverlap(rule, legacy.fromPort, legacy.toPort))) continue;
      reported.add(cidr);
      findings.push(warning('legacyTwilioRange', `${describe(rule)} allows ${cidr}, a Twilio media range of edge ${legacy.edgeName} decommissioned on `
        + `${legacy.decommissioned} (${legacy.decommissionedSipInterconnect} for SIP over Interconnect; range known with ${legacy.confidence} confidence). `
        + `Fix: remove it and ${fix}.`));
    }
  }
  for (const cidr of media.cidrs) {
    if (!targets(rule.cidr, cidr)) continue;
    if (rule.direction === 'egress' && carriesUdp(rule) && !allPorts(rule)
      && rule.fromPort! >= OLD_MEDIA_PORTS.fromPort && rule.toPort! <= OLD_MEDIA_PORTS.toPort
      && !(rule.fromPort! <= media.fromPort && rule.toPort! >= media.toPort)) {
      findings.push(warning('legacyTwilioMediaPorts', `${describe(rule)} allows only the old media ports ${OLD_MEDIA_PORTS.fromPort}-${OLD_MEDIA_PORTS.toPort} `
        + `to Twilio; since the 2023-2024 migration Twilio media uses UDP ${media.fromPort}-${media.toPort}. Fix: ${fix}.`));
    }
    if (rule.direction === 'ingress' && rule.stateful && !context.sipEndpoint) {
      findings.push(warning('ingressFromTwilioMedia', `${describe(rule)} opens ingress from Twilio's media range ${cidr}; Twilio never initiates `
        + 'connections to Voice SDK clients, and security groups admit return traffic on their own. Fix: remove it (a SIP endpoint does need it: '
        + 'use TwilioSipEndpoint, or acknowledge this warning on its group).'));
    }
  }
  return findings;
}
