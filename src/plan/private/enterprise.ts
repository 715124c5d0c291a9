// What enterprise networks build from a plan: customer-managed prefix lists for its named CIDR sets (shared with AWS
// RAM), and AWS Network Firewall rule groups for a central egress firewall. Every name, size, rule and sid is decided
// here; the constructs and exporters only map the results.
import { isCanonicalCidr } from '../../util/cidr';
import { show } from '../../util/text';
import { isEncodedToken } from '../../util/tokens';
import {
  NetworkFirewallRuleOrder, TwilioCidrSet, TwilioFlow, TwilioNetworkFirewallIpSetReference, TwilioNetworkFirewallPlan, TwilioNetworkFirewallRule,
  TwilioNetworkFirewallRuleGroupPlan, TwilioPlannedPrefixList, TwilioPrefixListPlan, TwilioPrefixListReference,
} from '../types';
import { describe } from './rules';

/** Network Firewall's capacity limit for one rule group. */
export const MAX_RULE_GROUP_CAPACITY = 30000;
/** Network Firewall's limit on IP set references per rule group. */
export const MAX_IP_SET_REFERENCES = 5;
const DEFAULT_CAPACITY_HEADROOM_PERCENT = 50;
const DEFAULT_FIRST_SID = 1000000;
const DEFAULT_STRICT_PRIORITY = 100;
const NAME_PREFIX = /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/;
const ACCOUNT = /^\d{12}$/;
const ORG_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:(organization\/o-[a-z0-9]{10,32}|ou\/o-[a-z0-9]{10,32}\/ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/;
const NF_DOMAIN_TARGET_TYPES = ['TLS_SNI', 'HTTP_HOST'];
const NF_PASS = 'PASS';
const NF_ANY = 'ANY';
const NF_FORWARD = 'FORWARD';
const NF_ALLOWLIST = 'ALLOWLIST';
const NF_STATEFUL = 'STATEFUL';
const NF_HOME_NET = 'HOME_NET';

/** Problems with a name prefix (prefix lists, rule groups and shares are named `<prefix>-<suffix>`). */
export function namePrefixProblems(value: unknown, option: string): string[] {
  if (value === undefined || isEncodedToken(value)) return [];
  if (typeof value === 'string' && NAME_PREFIX.test(value) && !value.toLowerCase().startsWith('com-amazonaws')) return [];
  return [`${option} must be 1-100 letters, digits and '-', starting with a letter or digit, got: ${show(value)}. `
    + 'Network Firewall rule group names accept nothing else.'];
}

function boolProblem(value: unknown, option: string): string[] {
  return value === undefined || typeof value === 'boolean' ? [] : [`${option} must be true or false, got: ${show(value)}.`];
}

/** Problems with the options `TwilioNetworkPlan.prefixLists()` adds to the traffic choices. */
export function prefixListPlanProblems(p: Record<string, unknown>): string[] {
  const problems = [...boolProblem(p.sipSignaling, 'sipSignaling'), ...boolProblem(p.allowExternalPrincipals, 'allowExternalPrincipals'),
    ...namePrefixProblems(p.namePrefix, 'namePrefix')];
  const share = p.shareWith;
  if (share === undefined || isEncodedToken(share)) return problems;
  if (!Array.isArray(share)) return [...problems, `shareWith must be a list of AWS account IDs or organization/OU ARNs, got: ${show(share)}.`];
  if (share.length === 0) problems.push('shareWith must name at least one principal, got: []. Leave it out to keep the lists unshared.');
  share.forEach((s, i) => {
    if (isEncodedToken(s)) return;
    if (typeof s !== 'string' || !(ACCOUNT.test(s) || ORG_ARN.test(s))) {
      problems.push(`shareWith[${i}] must be a 12-digit AWS account ID or an organization or OU ARN `
        + `('arn:aws:organizations::111122223333:organization/o-exampleorgid'), got: ${show(s)}.`);
    }
  });
  if (share.filter((s) => typeof s === 'string').length !== new Set(share.filter((s) => typeof s === 'string')).size) {
    problems.push(`shareWith lists a principal twice, got: ${show(share)}.`);
  }
  return problems;
}

/** The union of named sets from several plans (a set of the same name holds the same kind of CIDR). */
export function mergeCidrSets(groups: ReadonlyArray<readonly TwilioCidrSet[]>, headroom: number): TwilioCidrSet[] {
  const byName = new Map<string, TwilioCidrSet>();
  for (const sets of groups) {
    for (const s of sets) {
      const seen = byName.get(s.name);
      if (!seen) {
        byName.set(s.name, s);
        continue;
      }
      const entries = [...seen.entries, ...s.entries.filter((e) => !seen.cidrs.includes(e.cidr))];
      const cidrs = entries.map((e) => e.cidr);
      byName.set(s.name, { ...seen, cidrs, entries, maxEntries: Math.min(1000, cidrs.length + headroom) });
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The prefix lists (and the share) for named sets. */
export function planPrefixLists(sets: readonly TwilioCidrSet[], p: Record<string, any>, namePrefix: string, notes: string[]): TwilioPrefixListPlan {
  const lists: TwilioPlannedPrefixList[] = sets.map((s) => ({
    setName: s.name,
    name: `${namePrefix}-${s.name}`,
    description: s.description,
    addressFamily: 'IPv4',
    entries: s.entries,
    maxEntries: s.maxEntries,
  }));
  return {
    lists,
    ...(p.shareWith ? {
      shareName: `${namePrefix}-prefix-lists`,
      sharePrincipals: [...p.shareWith],
      shareAllowsExternalPrincipals: p.allowExternalPrincipals ?? false,
    } : {}),
    notes,
  };
}

/** Problems a plan's own references cause: lists that lack a CIDR their set needs. */
export function referenceContentProblems(sets: readonly TwilioCidrSet[], references: readonly TwilioPrefixListReference[]): string[] {
  return references.flatMap((r) => {
    const set = sets.find((s) => s.name === r.setName);
    if (!set || !Array.isArray(r.cidrs) || isEncodedToken(r.cidrs)) return [];
    const missing = set.cidrs.filter((c) => !r.cidrs!.includes(c));
    return missing.length === 0 ? [] : [`The prefix list for ${r.setName} lacks ${missing.join(', ')}, which the plan's ${r.setName} set needs. `
      + 'Create the lists with the same edges and options (or more), or leave this set out of prefixLists.'];
  });
}

/** Problems with the Network Firewall options. */
export function networkFirewallProblems(p: Record<string, unknown>): string[] {
  const problems: string[] = [...namePrefixProblems(p.namePrefix, 'namePrefix')];
  const order = p.ruleOrder;
  const orders = Object.values(NetworkFirewallRuleOrder) as unknown[];
  if (order !== undefined && !orders.includes(order)) {
    problems.push(`ruleOrder must be NetworkFirewallRuleOrder.DEFAULT_ACTION_ORDER or NetworkFirewallRuleOrder.STRICT_ORDER, got: ${show(order)}.`);
  }
  const strict = order === NetworkFirewallRuleOrder.STRICT_ORDER;
  const priority = p.priority;
  if (priority !== undefined && !strict) {
    problems.push(`priority applies only with ruleOrder NetworkFirewallRuleOrder.STRICT_ORDER, got: ${show(priority)}. Leave it out, or set ruleOrder.`);
  } else if (priority !== undefined && (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > 65534)) {
    problems.push(`priority must be an integer from 0 to 65534 (the domain group takes the next one), got: ${show(priority)}.`);
  }
  const int = (key: string, min: number, max: number, what: string) => {
    const v = p[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)) problems.push(`${key} must be ${what}, got: ${show(v)}.`);
  };
  int('capacityHeadroomPercent', 0, 1000, 'an integer from 0 to 1000 (percent of the capacity the rules use)');
  int('firstSid', 1, 999999999, 'an integer from 1 to 999999999 (the sid of the first rule; rules take consecutive ones)');
  const home = p.homeNet;
  if (home !== undefined) {
    if (isEncodedToken(home) || !Array.isArray(home)) {
      problems.push(`homeNet must be a list of IPv4 CIDRs (each may be a token, e.g. vpc.vpcCidrBlock), got: ${show(home)}. `
        + 'Each CIDR is the source of its own rules, so the list itself cannot be a deploy-time value.');
    } else {
      if (home.length === 0) problems.push('homeNet must list at least one CIDR, got: []. Leave it out for any source.');
      home.forEach((c, i) => {
        if (!isEncodedToken(c) && !(typeof c === 'string' && isCanonicalCidr(c))) {
          problems.push(`homeNet[${i}] must be an IPv4 CIDR such as '10.0.0.0/16', got: ${show(c)}.`);
        }
      });
    }
  }
  return problems;
}

/** A short name for a set's IP set reference (letters, digits and '_', starting with a letter). */
function referenceName(setName: string): string {
  const short = setName.replace(/^interconnect-signaling-/, 'ixsig-').replace(/^interconnect-routes-/, 'ixroutes-')
    .replace(/^sip-gateways-/, 'sipgw-').replace(/^sip-signaling$/, 'sipsig');
  return `TWILIO_${short.replace(/-/g, '_').toUpperCase()}`;
}

/** What a group's capacity must be: what the rules use plus the headroom, capped at the limit only by the check. */
function withHeadroom(used: number, percent: number): number {
  return Math.max(used, Math.ceil(used * (100 + percent) / 100));
}

export interface NetworkFirewallInputs {
  readonly flows: readonly TwilioFlow[];
  readonly wildcardDomains: readonly string[];
  readonly references: readonly TwilioPrefixListReference[];
  readonly resourceNamePrefix: string;
}

/**
 * The rule groups: 5-tuple PASS rules for the CIDR flows (one per protocol, ports, source and destination CIDR or
 * referenced set) and a domain allow list of the hostname flows. Throws nothing; returns problems for the caller.
 */
export function planNetworkFirewall(input: NetworkFirewallInputs, p: Record<string, any>): { plan?: TwilioNetworkFirewallPlan; problems: string[] } {
  const ruleOrder: NetworkFirewallRuleOrder = p.ruleOrder ?? NetworkFirewallRuleOrder.DEFAULT_ACTION_ORDER;
  const strict = ruleOrder === NetworkFirewallRuleOrder.STRICT_ORDER;
  const headroom = p.capacityHeadroomPercent ?? DEFAULT_CAPACITY_HEADROOM_PERCENT;
  const namePrefix = p.namePrefix ?? input.resourceNamePrefix;
  const homeNet: string[] | undefined = p.homeNet;
  const sources = homeNet ?? [NF_ANY];
  const byArn = new Map(input.references.filter((r) => typeof r.prefixListArn === 'string').map((r) => [r.setName, r]));
  const problems: string[] = [];
  for (const r of input.references) {
    if (typeof r.prefixListArn !== 'string') {
      problems.push(`prefixLists: the list for ${r.setName} has no prefixListArn. Network Firewall references lists by ARN: give it, or leave the list out.`);
    }
  }

  // the egress CIDR flows, grouped by what a rule matches
  const egress = input.flows.filter((f) => f.direction === 'egress');
  const groups = new Map<string,
    { protocol: string; fromPort: number; toPort: number; destination: string; setName?: string; flows: TwilioFlow[] }>();
  for (const f of egress.filter((x) => !x.peerIsHostname)) {
    const set = f.cidrSet && byArn.has(f.cidrSet) ? f.cidrSet : undefined;
    const destination = set ? `@${referenceName(set)}` : f.peer;
    const key = `${f.protocol}|${f.fromPort}|${f.toPort}|${destination}`;
    const g = groups.get(key) ?? { protocol: f.protocol.toUpperCase(), fromPort: f.fromPort, toPort: f.toPort, destination, setName: set, flows: [] };
    g.flows.push(f);
    groups.set(key, g);
  }
  const firstSid: number = p.firstSid ?? DEFAULT_FIRST_SID;
  const rules: TwilioNetworkFirewallRule[] = [];
  const ordered = [...groups.values()].sort((a, b) => a.protocol.localeCompare(b.protocol) || a.fromPort - b.fromPort || a.toPort - b.toPort
    || a.destination.localeCompare(b.destination));
  for (const g of ordered) {
    const port = g.fromPort === g.toPort ? `${g.fromPort}` : `${g.fromPort}:${g.toPort}`;
    sources.forEach((source, i) => {
      rules.push({
        id: `${g.protocol.toLowerCase()}-${port.replace(':', '-')}:${g.setName ? `pl:${g.setName}` : g.destination}${homeNet ? `:from-${i}` : ''}`,
        action: NF_PASS,
        protocol: g.protocol,
        source,
        sourcePort: NF_ANY,
        destination: g.destination,
        destinationPort: port,
        direction: NF_FORWARD,
        sid: firstSid + rules.length,
        ruleOptions: [{ keyword: 'sid', settings: [String(firstSid + rules.length)] }],
        description: describe(g.flows, g.setName ? `pl:${g.setName}` : g.destination),
        flowIds: g.flows.map((f) => f.id).sort(),
      });
    });
  }
  const referencedSets = [...new Set(ordered.map((g) => g.setName).filter((s): s is string => s !== undefined))].sort();
  if (referencedSets.length > MAX_IP_SET_REFERENCES) {
    problems.push(`The flow rules would reference ${referencedSets.length} prefix lists (${referencedSets.join(', ')}), over Network Firewall's `
      + `${MAX_IP_SET_REFERENCES} IP set references per rule group. Pass at most ${MAX_IP_SET_REFERENCES} lists in prefixLists; the others' CIDRs are then listed.`);
  }
  const ipSetReferences: TwilioNetworkFirewallIpSetReference[] = referencedSets.map((s) => ({
    name: referenceName(s), setName: s, prefixListArn: byArn.get(s)!.prefixListArn!,
  }));

  // hostname flows: TLS (SNI) or HTTP (Host) to the names; wildcard plans name the domains instead
  const names = [...new Set(egress.filter((f) => f.peerIsHostname).map((f) => f.peer))].sort();
  const wildcards = input.wildcardDomains.filter((d) => d.startsWith('*.')).map((d) => d.slice(1));
  const targets = wildcards.length > 0
    ? [...wildcards, ...names.filter((n) => !wildcards.some((w) => n.endsWith(w)))].sort()
    : names;
  const notTls = egress.filter((f) => f.peerIsHostname && f.protocol !== 'tcp');
  for (const f of notTls) problems.push(`Flow ${f.id} goes to a hostname over ${f.protocol.toUpperCase()}, which a domain list cannot match. This is a bug: report it.`);

  const priority = strict ? (p.priority ?? DEFAULT_STRICT_PRIORITY) : undefined;
  const ruleGroups: TwilioNetworkFirewallRuleGroupPlan[] = [];
  const check = (id: string, used: number) => {
    const capacity = withHeadroom(used, headroom);
    if (capacity > MAX_RULE_GROUP_CAPACITY) {
      problems.push(`The ${id} rule group needs capacity ${capacity} (${used} used plus ${headroom}% headroom), over Network Firewall's `
        + `${MAX_RULE_GROUP_CAPACITY}. Lower capacityHeadroomPercent, or choose fewer edges or homeNet CIDRs.`);
    }
    return capacity;
  };
  if (rules.length > 0) {
    ruleGroups.push({
      id: 'flows',
      name: `${namePrefix}-flows`,
      type: NF_STATEFUL,
      description: 'Twilio Voice flows to published CIDRs (twilio-voice-network)',
      capacity: check('flows', rules.length),
      usedCapacity: rules.length,
      ruleOrder,
      priority,
      ipSetVariables: [],
      statefulRules: rules,
      ipSetReferences,
      domainTargets: [],
      domainTargetTypes: [],
      generatedRulesType: undefined,
    });
  }
  if (targets.length > 0) {
    // a domain list generates one rule per target and type, plus one per type for the traffic it drops
    const used = targets.length * NF_DOMAIN_TARGET_TYPES.length + NF_DOMAIN_TARGET_TYPES.length;
    ruleGroups.push({
      id: 'domains',
      name: `${namePrefix}-domains`,
      type: NF_STATEFUL,
      description: 'Twilio Voice hostnames (TLS SNI, HTTP Host) (twilio-voice-network)',
      capacity: check('domains', used),
      usedCapacity: used,
      ruleOrder,
      priority: priority === undefined ? undefined : priority + 1,
      ipSetVariables: homeNet ? [{ name: NF_HOME_NET, definition: [...homeNet] }] : [],
      statefulRules: [],
      ipSetReferences: [],
      domainTargets: targets,
      domainTargetTypes: [...NF_DOMAIN_TARGET_TYPES],
      generatedRulesType: NF_ALLOWLIST,
    });
  }
  const notes = [
    'Set the firewall policy\'s TCP idle timeout (StatefulEngineOptions.FlowTimeouts.TcpIdleTimeoutSeconds) to at least 300 s: '
    + 'the signalling WebSocket is long-lived and Twilio asks for 300 s or more.',
    'Exclude Twilio traffic from TLS inspection: inspecting it breaks TURN over TLS.',
    'UDP media passes only through the flow rules (5-tuple); the domain list sees TLS and HTTP only.',
    ...(targets.length > 0 ? ['The domain group is an allow list: TLS and HTTP traffic from HOME_NET to other names is dropped once the group is in a policy. '
      + 'Put it in the policy that guards the Twilio clients, or use it as the pattern for your own list.'] : []),
    ...(homeNet ? [] : ['Flow rules match any source. In a central inspection VPC, set homeNet to the spokes\' CIDRs: HOME_NET otherwise means the inspection VPC itself.']),
    ...(strict ? [`In a strict-order policy, reference the flow group at priority ${priority} and the domain group at ${priority! + 1}, so flows pass before the allow list drops.`] : []),
  ];
  return { plan: problems.length === 0 ? { ruleGroups, notes } : undefined, problems };
}

