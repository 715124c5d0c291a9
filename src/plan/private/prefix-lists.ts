// Named CIDR sets and the managed prefix lists that stand for them: which rules and routes reference a list, and
// how each reference counts against the security group quota.
import { CIDR_SETS } from './flows';
import { ANY_IPV4, describe } from './rules';
import { TwilioEdge } from '../../catalog/twilio-edge';
import { compareCidrs } from '../../util/cidr';
import { show } from '../../util/text';
import { isEncodedToken } from '../../util/tokens';
import { FlowDirection, TwilioCidrSet, TwilioFlow, TwilioPrefixListReference, TwilioRoute, TwilioSecurityGroupRule } from '../types';

export const DEFAULT_PREFIX_LIST_HEADROOM = 2;
/** AWS's default (and maximum) entries per customer-managed prefix list. */
export const MAX_PREFIX_LIST_ENTRIES = 1000;
const ENTRY_DESCRIPTION = /[^a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]/g;

/** The names a set can have, for checking references. */
function possibleSetNames(): string[] {
  const ix = TwilioEdge.all().filter((e) => e.isPrivateInterconnect).map((e) => e.name);
  return [CIDR_SETS.media, CIDR_SETS.nts, CIDR_SETS.sipSignaling,
    ...ix.flatMap((e) => [CIDR_SETS.interconnectSignaling(e), CIDR_SETS.sipGateways(e), CIDR_SETS.interconnectRoutes(e)])];
}

/** The sets the flows use and, for Interconnect routes, one set per edge; each with entries and its list size. */
export function planCidrSets(
  flows: readonly TwilioFlow[], routes: readonly TwilioRoute[], headroom: number, describeSet: (name: string) => string,
): TwilioCidrSet[] {
  const members = new Map<string, Map<string, TwilioFlow[]>>();
  const add = (set: string, cidr: string, flow?: TwilioFlow) => {
    const byCidr = members.get(set) ?? new Map<string, TwilioFlow[]>();
    byCidr.set(cidr, [...(byCidr.get(cidr) ?? []), ...(flow ? [flow] : [])]);
    members.set(set, byCidr);
  };
  for (const f of flows) if (f.cidrSet) add(f.cidrSet, f.peer, f);
  const routeSets = new Map<string, Set<string>>();
  for (const r of routes) {
    if (!r.cidr) continue;
    for (const edge of r.edgeNames) {
      add(CIDR_SETS.interconnectRoutes(edge), r.cidr);
      routeSets.set(r.cidr, (routeSets.get(r.cidr) ?? new Set()).add(r.purpose));
    }
  }
  return [...members.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, byCidr]) => {
    const cidrs = [...byCidr.keys()].sort(compareCidrs);
    return {
      name,
      description: describeSet(name),
      cidrs,
      entries: cidrs.map((cidr) => {
        const setFlows = byCidr.get(cidr)!;
        const text = setFlows.length > 0 ? describe(setFlows, cidr) : `Twilio ${[...routeSets.get(cidr) ?? []].join(', ')} (Interconnect route)`;
        return { cidr, description: text.replace(ENTRY_DESCRIPTION, ' ') };
      }),
      maxEntries: Math.min(MAX_PREFIX_LIST_ENTRIES, cidrs.length + headroom),
    };
  });
}

/** Problems with the prefixListHeadroom and prefixLists options. */
export function validatePrefixListOptions(headroom: unknown, references: unknown): string[] {
  const problems: string[] = [];
  if (headroom !== undefined && headroom !== null && (typeof headroom !== 'number' || !Number.isInteger(headroom) || headroom < 0 || headroom > 999)) {
    problems.push(`prefixListHeadroom must be an integer from 0 to 999 (entries a list may grow by), got: ${show(headroom)}.`);
  }
  if (references === undefined || references === null) return problems;
  if (!Array.isArray(references)) return [...problems, `prefixLists must be a list of prefix list references ({ setName, prefixListId, maxEntries }), got: ${show(references)}.`];
  const names = possibleSetNames();
  const seen = new Set<string>();
  references.forEach((r, i) => {
    const at = `prefixLists[${i}]`;
    if (r === null || typeof r !== 'object') {
      problems.push(`${at} must be { setName, prefixListId, maxEntries }, got: ${show(r)}.`);
      return;
    }
    if (!names.includes(r.setName)) problems.push(`${at}.setName must name a CIDR set (${names.slice(0, 3).join(', ')}, interconnect-signaling-<edge>, ...), got: ${show(r.setName)}.`);
    else if (seen.has(r.setName)) problems.push(`${at}.setName ${show(r.setName)} is listed twice. Give each set one list.`);
    seen.add(r.setName);
    if (typeof r.prefixListId !== 'string' || !(isEncodedToken(r.prefixListId) || /^pl-[0-9a-f]{8,17}$/.test(r.prefixListId))) {
      problems.push(`${at}.prefixListId must be a prefix list ID like 'pl-0123456789abcdef0' (or a token), got: ${show(r.prefixListId)}.`);
    }
    if (typeof r.maxEntries !== 'number' || !Number.isInteger(r.maxEntries) || r.maxEntries < 1 || r.maxEntries > MAX_PREFIX_LIST_ENTRIES) {
      problems.push(`${at}.maxEntries must be the list's maxEntries, an integer from 1 to ${MAX_PREFIX_LIST_ENTRIES}, got: ${show(r.maxEntries)}.`);
    }
  });
  return problems;
}

/** Problems with references whose lists are too small for the plan's sets. */
export function referenceSizeProblems(sets: readonly TwilioCidrSet[], references: readonly TwilioPrefixListReference[]): string[] {
  return references.flatMap((r) => {
    const set = sets.find((s) => s.name === r.setName);
    return set && r.maxEntries !== undefined && r.maxEntries < set.cidrs.length
      ? [`The prefix list for ${r.setName} has maxEntries ${r.maxEntries}, fewer than the set's ${set.cidrs.length} CIDRs. Raise its maxEntries.`]
      : [];
  });
}

/**
 * Security group rules with the referenced sets' CIDRs replaced by their prefix lists: one rule per direction,
 * protocol, ports and set. A set rule that a 0.0.0.0/0 rule on the same ports already covers is dropped (its flows
 * join that rule), as the CIDR rules it stands for were.
 */
export function referencePrefixLists(
  cidrRules: readonly TwilioSecurityGroupRule[], flows: readonly TwilioFlow[], references: readonly TwilioPrefixListReference[],
): TwilioSecurityGroupRule[] {
  const byId = new Map(flows.map((f) => [f.id, f]));
  const referenced = new Map(references.map((r) => [r.setName, r]));
  const kept: TwilioSecurityGroupRule[] = [];
  const grouped = new Map<string, { rule: TwilioSecurityGroupRule; flowIds: Set<string> }>();
  for (const rule of cidrRules) {
    const bySet = new Map<string, string[]>();
    const rest: string[] = [];
    for (const id of rule.flowIds) {
      const set = byId.get(id)!.cidrSet;
      if (set && referenced.has(set) && rule.cidr !== ANY_IPV4) bySet.set(set, [...(bySet.get(set) ?? []), id]);
      else rest.push(id);
    }
    if (rest.length > 0 || bySet.size === 0) {
      if (bySet.size === 0) kept.push(rule);
      else kept.push({ ...rule, flowIds: rest }); // a merged CIDR holding referenced and unreferenced flows keeps the latter
    }
    for (const [set, ids] of bySet) {
      const key = `${rule.direction}|${rule.protocol}|${rule.fromPort}|${rule.toPort}|${set}`;
      const entry = grouped.get(key) ?? {
        rule: {
          id: `${rule.direction}:${rule.protocol}-${rule.fromPort === rule.toPort ? rule.fromPort : `${rule.fromPort}-${rule.toPort}`}:${set}`,
          direction: rule.direction,
          protocol: rule.protocol,
          cidrSet: set,
          prefixListId: referenced.get(set)!.prefixListId,
          fromPort: rule.fromPort,
          toPort: rule.toPort,
          description: '',
          flowIds: [],
        },
        flowIds: new Set<string>(),
      };
      for (const id of ids) entry.flowIds.add(id);
      grouped.set(key, entry);
    }
  }
  const setRules = [...grouped.values()].map(({ rule, flowIds }) => {
    const ids = [...flowIds].sort();
    return { ...rule, flowIds: ids, description: describe(ids.map((id) => byId.get(id)!), `pl:${rule.cidrSet}`) };
  });
  const peer = (a: TwilioSecurityGroupRule, b: TwilioSecurityGroupRule) => (a.cidr && b.cidr ? compareCidrs(a.cidr, b.cidr)
    : a.cidr ? -1 : b.cidr ? 1 : a.cidrSet!.localeCompare(b.cidrSet!));
  return [...kept, ...setRules].sort((a, b) => Number(a.direction === FlowDirection.INGRESS) - Number(b.direction === FlowDirection.INGRESS)
    || a.protocol.localeCompare(b.protocol) || a.fromPort - b.fromPort || a.toPort - b.toPort || peer(a, b));
}

/** Routes with each referenced edge's route set replaced by one route to its prefix list. */
export function referenceRoutePrefixLists(routes: readonly TwilioRoute[], references: readonly TwilioPrefixListReference[]): TwilioRoute[] {
  const referenced = new Map(references.map((r) => [r.setName, r]));
  const out: TwilioRoute[] = [];
  const listed = new Set<string>();
  for (const r of routes) {
    const lists = r.edgeNames.map((e) => CIDR_SETS.interconnectRoutes(e)).filter((s) => referenced.has(s));
    if (lists.length === 0) {
      out.push(r);
      continue;
    }
    for (const set of lists) {
      if (listed.has(set)) continue;
      listed.add(set);
      out.push({ cidrSet: set, prefixListId: referenced.get(set)!.prefixListId, edgeNames: [set.replace(/^interconnect-routes-/, '')], purpose: 'Interconnect prefixes', sourceUrl: r.sourceUrl });
    }
  }
  return out;
}

/** Security group rules the rules count for: one per CIDR rule, a referenced list's maxEntries per list rule. */
export function ruleWeight(rule: TwilioSecurityGroupRule, references: readonly TwilioPrefixListReference[]): number {
  return rule.cidrSet ? references.find((r) => r.setName === rule.cidrSet)?.maxEntries ?? 1 : 1;
}
