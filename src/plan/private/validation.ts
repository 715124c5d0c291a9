// Checks on the plan's props, written for callers TypeScript never checked (JavaScript, Python, JSON): every
// value may be null, of the wrong type or a deploy-time token. Each problem names the option, the value and the fix.
import { dnsFirewallNameProblems } from './dns';
import { NACL_MAX_RULE_NUMBER, NACL_SPAN } from './numbering';
import { TwilioCatalog } from '../../catalog/twilio-catalog';
import { TwilioEdge } from '../../catalog/twilio-edge';
import { InterconnectConnection, VoiceSdk } from '../../catalog/types';
import { isCanonicalCidr, specialPurposeRange } from '../../util/cidr';
import { show } from '../../util/text';
import { isEncodedToken } from '../../util/tokens';

export const DEFAULT_FIRST_RULE_NUMBER = 100;
export const DEFAULT_DNS_FIREWALL_PRIORITY = 1000;
export const MAX_NACL_QUOTA = 40;
export const MAX_SG_QUOTA = 1000;
const DNS_PRIORITY_MIN = 100;
const DNS_PRIORITY_MAX = 9900;

/** A plain object (props struct), or undefined for null/undefined; anything else is reported. */
export function struct(value: unknown, option: string, problems: string[]): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  problems.push(`${option} must be an object, got: ${show(value)}.`);
  return undefined;
}

/** A boolean option; null means absent. */
export function bool(value: unknown, option: string, problems: string[]): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  problems.push(`${option} must be true or false, got: ${show(value)}.`);
  return undefined;
}

/** Problems with a first network ACL rule number, naming the option as the caller's user wrote it. */
export function validateFirstRuleNumber(n: unknown, option: string): string[] {
  if (n === undefined || n === null) return [];
  const max = NACL_MAX_RULE_NUMBER - NACL_SPAN;
  if (isEncodedToken(n)) {
    return [`${option} must be a literal number, got an unresolved token. Rule numbers are computed from it at synth time.`];
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) {
    return [`${option} must be an integer from 1 to ${max} (entries use up to ${NACL_SPAN} numbers above it, and AWS allows 1-${NACL_MAX_RULE_NUMBER}), got: ${show(n)}.`];
  }
  return [];
}

/** Problems with a DNS Firewall association priority; deploy-time tokens pass (AWS checks them). */
export function validateDnsPriority(priority: unknown, option: string): string[] {
  if (priority === undefined || priority === null || isEncodedToken(priority)) return [];
  return typeof priority === 'number' && Number.isInteger(priority) && priority >= DNS_PRIORITY_MIN && priority <= DNS_PRIORITY_MAX ? [] : [
    `${option} must be an integer from ${DNS_PRIORITY_MIN} to ${DNS_PRIORITY_MAX} (the Route 53 Resolver API range), got: ${show(priority)}. Leave it out for ${DEFAULT_DNS_FIREWALL_PRIORITY}.`,
  ];
}

/** The edge for a value that should be one, or undefined (matched by name; see TwilioEdge._resolve). */
export function resolveEdge(value: unknown): TwilioEdge | undefined {
  return TwilioEdge._resolve(value);
}

export function edgeProblem(value: unknown, option: string): string {
  const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name ?? value : value;
  return `${option} must be a TwilioEdge, got: ${show(name)}. Use a static member such as TwilioEdge.ASHBURN or TwilioEdge.of('ashburn').`;
}

/** Every problem with the props of `TwilioNetworkPlan.compute()`. */
export function validatePlanProps(input: unknown): string[] {
  const problems: string[] = [];
  // null, a number or a list in place of the props: every option is optional, so `{}` is what was meant or needed
  if (input === undefined || input === null || typeof input !== 'object' || Array.isArray(input)) {
    return [`props must be an object, got: ${show(input)}. Pass {} for the defaults.`];
  }
  const props = input as Record<string, any>;
  const edges = props.edges;
  if (edges === undefined || edges === null) {
    // the default, GLL
  } else if (!Array.isArray(edges) || edges.length === 0) {
    problems.push(`edges must list at least one Twilio edge, got: ${show(edges)}. Use e.g. [TwilioEdge.ROAMING] or [TwilioEdge.nearestTo('us-east-1')].`);
  } else {
    edges.forEach((e, i) => {
      if (!resolveEdge(e)) problems.push(edgeProblem(e, `edges[${i}]`));
    });
  }
  const dns = struct(props.dnsFirewall, 'dnsFirewall', problems);
  if (dns) {
    problems.push(...validateDnsPriority(dns.priority, 'dnsFirewall.priority'));
    bool(dns.blockOtherDomains, 'dnsFirewall.blockOtherDomains', problems);
    problems.push(...dnsFirewallNameProblems(dns.name));
  }
  const acl = struct(props.networkAcl, 'networkAcl', problems);
  if (acl) problems.push(...validateFirstRuleNumber(acl.firstRuleNumber, 'networkAcl.firstRuleNumber'));
  if (props.sdks !== undefined && props.sdks !== null) {
    if (!Array.isArray(props.sdks) || props.sdks.length === 0) {
      problems.push(`sdks must list at least one SDK when given, got: ${show(props.sdks)}. Use [VoiceSdk.JAVASCRIPT], [VoiceSdk.MOBILE] or both, or leave it out.`);
    } else {
      props.sdks.forEach((s: unknown, i: number) => {
        if (!Object.values(VoiceSdk).includes(s as VoiceSdk)) problems.push(`sdks[${i}] must be VoiceSdk.JAVASCRIPT or VoiceSdk.MOBILE, got: ${show(s)}.`);
      });
    }
  }
  for (const key of ['legacyMobilePort', 'turnFallback', 'dnsWildcards', 'publicServices', 'insights']) bool(props[key], key, problems);
  const eph = struct(props.ephemeralPorts, 'ephemeralPorts', problems);
  if (eph) {
    const { fromPort, toPort } = eph as { fromPort: unknown; toPort: unknown };
    const bad = ([['fromPort', fromPort], ['toPort', toPort]] as const)
      .filter(([, v]) => typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 65535);
    for (const [k, v] of bad) problems.push(`ephemeralPorts.${k} must be an integer port 1-65535, got: ${show(v)}. Most systems use 1024-65535 (Linux: 32768-60999).`);
    if (bad.length === 0 && (fromPort as number) > (toPort as number)) {
      problems.push(`ephemeralPorts must run from the lower to the higher port, got: ${fromPort}-${toPort}. Swap them: { fromPort: ${toPort}, toPort: ${fromPort} }.`);
    }
  }
  const q = struct(props.quotas, 'quotas', problems) ?? {};
  const checkQuota = (key: string, min: number, max: number, why: string) => {
    const v = q[key];
    if (v === undefined || v === null) return;
    if (isEncodedToken(v) || typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      problems.push(`quotas.${key} must be an integer from ${min} to ${max} (${why}), got: ${isEncodedToken(v) ? 'an unresolved token' : show(v)}.`);
    }
  };
  checkQuota('securityGroupRulesPerDirection', 1, MAX_SG_QUOTA, 'AWS caps rules per group times groups per interface at 1000');
  checkQuota('networkAclEntriesPerDirection', 2, MAX_NACL_QUOTA, 'AWS allows at most 40, one of which is the default deny');
  checkQuota('warnAtPercent', 1, 100, 'a percentage');
  if (props.homeRegion !== undefined && props.homeRegion !== null && !TwilioCatalog.twilioRegions().includes(props.homeRegion)) {
    problems.push(`homeRegion must be a Twilio Region: one of ${TwilioCatalog.twilioRegions().join(', ')}, got: ${show(props.homeRegion)}. `
      + 'It is the Twilio Region your account is homed in; leave it out for us1, most accounts\' home.');
  }
  problems.push(...publicSourceProblems(props.publicSourceCidrs, props.edges));
  const connection = props.interconnectConnection;
  if (connection !== undefined && connection !== null && !Object.values(InterconnectConnection).includes(connection)) {
    problems.push(`interconnectConnection must be InterconnectConnection.BGP or InterconnectConnection.VPN, got: ${show(connection)}.`);
  }
  return problems;
}

/**
 * Problems with `publicSourceCidrs`: canonical IPv4 CIDRs, none holding a special-purpose address (RFC 6890), and only
 * with an Interconnect edge.
 */
function publicSourceProblems(cidrs: unknown, edges: unknown): string[] {
  if (cidrs === undefined || cidrs === null) return [];
  if (!Array.isArray(cidrs) || cidrs.length === 0) {
    return [`publicSourceCidrs must list the public CIDRs your Interconnect traffic leaves from, got: ${show(cidrs)}. Leave it out to skip the check.`];
  }
  const problems: string[] = [];
  if (!Array.isArray(edges) || !edges.some((e) => resolveEdge(e)?.isPrivateInterconnect)) {
    problems.push('publicSourceCidrs applies to Interconnect (*-ix) edges only: Twilio requires public sources over Interconnect. Leave it out, or choose an Interconnect edge.');
  }
  cidrs.forEach((c, i) => {
    if (isEncodedToken(c)) return;
    if (typeof c !== 'string' || !isCanonicalCidr(c)) {
      problems.push(`publicSourceCidrs[${i}] must be an IPv4 CIDR such as '192.0.1.0/24' with no host bits set, got: ${show(c)}.`);
      return;
    }
    const special = specialPurposeRange(c);
    if (special) {
      problems.push(`publicSourceCidrs[${i}] must be globally unique, got: '${c}', which overlaps ${special.cidr}, ${special.name}. `
        + 'Twilio accepts Interconnect traffic only from public addresses you announce: use a block of your own, and NAT the workloads to it.');
    }
  });
  return problems;
}
