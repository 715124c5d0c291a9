// The enterprise entry points of the plan: managed prefix lists for the CIDR sets a choice needs, and Network Firewall
// rule groups for its flows. Both start from ordinary plans of the same choices, which the caller makes.
import { withoutNulls } from './cache';
import { mergeCidrSets, networkFirewallProblems, planNetworkFirewall, planPrefixLists, prefixListPlanProblems } from './enterprise';
import { DEFAULT_PREFIX_LIST_HEADROOM, MAX_PREFIX_LIST_ENTRIES } from './prefix-lists';
import { TwilioEdge } from '../../catalog/twilio-edge';
import { TwilioErrors, TwilioValidationError } from '../../util/errors';
import { show } from '../../util/text';
import {
  TwilioCidrSet, TwilioFlow, TwilioNetworkFirewallPlan, TwilioNetworkFirewallProps, TwilioNetworkPlanProps, TwilioPrefixListPlan,
  TwilioPrefixListsProps,
} from '../types';

/** What the enterprise plans read of an ordinary plan. */
export interface BasePlan {
  readonly edges: TwilioEdge[];
  readonly flows: TwilioFlow[];
  readonly cidrSets: TwilioCidrSet[];
  readonly dnsDomains: string[];
  readonly resourceNamePrefix: string;
}

/** Makes an ordinary plan that is not held to AWS quotas (the lists and rule groups have their own limits). */
export type BasePlanner = (props: TwilioNetworkPlanProps) => BasePlan;

const asObject = (props: unknown): { p: Record<string, any>; problems: string[] } => {
  const p = withoutNulls(props ?? {}) as Record<string, any>;
  return typeof p === 'object' && !Array.isArray(p) ? { p, problems: [] } : { p: {}, problems: [`props must be an object, got: ${show(props)}.`] };
};

/** The prefix lists for the CIDR sets of the choices (and, with `sipSignaling`, of a SIP endpoint on their edges). */
export function prefixListsPlan(props: TwilioPrefixListsProps, plan: BasePlanner, resourceNamePrefix: string): TwilioPrefixListPlan {
  const { p, problems } = asObject(props);
  problems.push(...prefixListPlanProblems(p));
  const headroom = p.prefixListHeadroom ?? DEFAULT_PREFIX_LIST_HEADROOM;
  const plans: BasePlan[] = [];
  const attempt = (input: TwilioNetworkPlanProps) => {
    try {
      plans.push(plan(input));
    } catch (e) {
      if (!TwilioErrors.isValidationError(e)) throw e;
      for (const q of TwilioErrors.problemsOf(e)) if (!problems.includes(q)) problems.push(q);
    }
  };
  attempt({
    edges: p.edges,
    sdks: p.sdks,
    legacyMobilePort: p.legacyMobilePort,
    turnFallback: p.turnFallback,
    homeRegion: p.homeRegion,
    interconnectConnection: p.interconnectConnection,
    prefixListHeadroom: p.prefixListHeadroom,
  });
  if (p.sipSignaling === true && plans.length > 0) {
    // the SIP sets depend on the edges only: the endpoint's own ports are a stand-in (Twilio offers no GLL for SIP)
    const sipEdges = plans[0].edges.filter((e) => e.name !== 'roaming');
    attempt({ edges: sipEdges, prefixListHeadroom: p.prefixListHeadroom, sip: { mediaPorts: { fromPort: 1024, toPort: 65535 } } });
  }
  if (problems.length > 0) throw new TwilioValidationError(problems);
  const sets = mergeCidrSets(plans.map((x) => x.cidrSets), headroom);
  const notes = [
    'Each security group rule that references a list counts the list\'s maxEntries against the group\'s rule quota, whatever the list holds. '
    + 'Raising maxEntries later fails if any referencing group would exceed its quota: keep prefixListHeadroom small.',
    'Network ACLs take no prefix lists: their entries keep the CIDRs.',
    ...(p.shareWith ? ['Accounts the lists are shared with can reference them but not change them; they pass the lists\' references (setName, prefixListId, maxEntries) as prefixLists.'] : []),
  ];
  return planPrefixLists(sets, p, p.namePrefix ?? resourceNamePrefix, notes);
}

/** Network Firewall rule groups for the flows of the choices. */
export function networkFirewallPlan(props: TwilioNetworkFirewallProps, plan: BasePlanner): TwilioNetworkFirewallPlan {
  const { p, problems } = asObject(props);
  problems.push(...networkFirewallProblems(p));
  // Network Firewall reads a referenced list whole and counts no maxEntries: a reference by ARN needs none
  const references = Array.isArray(p.prefixLists)
    ? p.prefixLists.map((r: any) => (r !== null && typeof r === 'object' && r.maxEntries === undefined ? { ...r, maxEntries: MAX_PREFIX_LIST_ENTRIES } : r))
    : p.prefixLists;
  let base: BasePlan | undefined;
  try {
    base = plan({
      edges: p.edges,
      sdks: p.sdks,
      legacyMobilePort: p.legacyMobilePort,
      turnFallback: p.turnFallback,
      homeRegion: p.homeRegion,
      dnsWildcards: p.dnsWildcards,
      insights: p.insights,
      interconnectConnection: p.interconnectConnection,
      prefixLists: references,
    });
  } catch (e) {
    if (!TwilioErrors.isValidationError(e)) throw e;
    problems.push(...TwilioErrors.problemsOf(e));
  }
  if (problems.length > 0 || !base) throw new TwilioValidationError(problems);
  const out = planNetworkFirewall({
    flows: base.flows, wildcardDomains: base.dnsDomains, references: references ?? [], resourceNamePrefix: base.resourceNamePrefix,
  }, p);
  if (out.problems.length > 0) throw new TwilioValidationError(out.problems);
  return out.plan!;
}
