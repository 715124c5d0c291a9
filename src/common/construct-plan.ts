// What both frameworks' constructs share before rendering: checks of props that do not depend on a framework,
// the plan, and one error listing every problem. The AWS CDK and CDKTF constructs call this, so they reject the
// same input with the same words. Token detection is the renderer's: each passes its framework's `Token` API in.
import { prefixListReferencesOf } from './prefix-lists';
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection } from '../catalog/types';
import { struct, validateFirstRuleNumber } from '../plan/private/validation';
import { suppliedGroupAllowsAllOutbound } from '../plan/private/warnings';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { TwilioDnsFirewallRule, TwilioNetworkAclPlan, TwilioNetworkPlanProps, TwilioPlanWarning } from '../plan/types';
import { TwilioErrors, TwilioValidationError } from '../util/errors';
import { show } from '../util/text';
import { isEncodedToken } from '../util/tokens';

/** How a renderer recognises deploy-time placeholders: its framework's `Token.isUnresolved`. */
export type IsUnresolved = (value: unknown) => boolean;

/** Keys of `TwilioTrafficOptions`, passed through to the plan unchanged. */
const TRAFFIC_OPTIONS = ['sdks', 'legacyMobilePort', 'turnFallback', 'ephemeralPorts', 'quotas', 'dnsWildcards', 'homeRegion'] as const;

export interface ConstructPlanRequest {
  readonly className: string;
  readonly path: string;
  /** The construct's props as the user gave them (possibly null or not an object). */
  readonly props: unknown;
  /** Plan inputs the construct decides itself (edges, insights, public services, Interconnect connection). */
  readonly planProps: Partial<TwilioNetworkPlanProps>;
  /** Problems the construct already found with its own props. */
  readonly problems: readonly string[];
}

const ID_SHAPES: Record<string, string> = {
  vpc: 'VPC',
  sg: 'security group',
  subnet: 'subnet',
  rtb: 'route table',
  tgw: 'transit gateway',
  vgw: 'virtual private gateway',
  acl: 'network ACL',
  nat: 'NAT gateway',
  pl: 'prefix list',
};

/** Problems with an AWS resource ID given as a string; unresolved tokens pass. */
export function validateAwsId(value: unknown, prefix: string, option: string, isUnresolved: IsUnresolved): string[] {
  if (value === undefined || value === null || isUnresolved(value)) return [];
  return typeof value === 'string' && new RegExp(`^${prefix}-[0-9a-f]{8,17}$`).test(value) ? [] : [
    `${option} must be a ${ID_SHAPES[prefix]} ID like '${prefix}-0123456789abcdef0', got: ${show(value)}.`,
  ];
}

/** Problems with a list of AWS resource IDs; a list token (or a list holding tokens) passes. */
export function validateAwsIdList(value: unknown, prefix: string, option: string, isUnresolved: IsUnresolved, required: boolean): string[] {
  if (value === undefined || value === null) return required ? [`${option} is required: list the ${ID_SHAPES[prefix]} IDs.`] : [];
  if (isUnresolved(value)) return [];
  if (!Array.isArray(value)) return [`${option} must be a list of ${ID_SHAPES[prefix]} IDs, got: ${show(value)}.`];
  if (required && value.length === 0) return [`${option} must list at least one ${ID_SHAPES[prefix]} ID, got: [].`];
  // a null entry is a missing ID (rendered as null, which Terraform refuses), not an absent option
  return value.flatMap((v, i) => (v === undefined || v === null
    ? [`${option}[${i}] must be a ${ID_SHAPES[prefix]} ID like '${prefix}-0123456789abcdef0', got: ${show(v)}.`]
    : validateAwsId(v, prefix, `${option}[${i}]`, isUnresolved)));
}

/** A construct ID from a plan rule ID (construct IDs may not contain '/'); the seed of logical IDs and resource names. */
export function constructIdFor(ruleId: string): string {
  return ruleId.replace(/\//g, '_');
}

/** Problems with the edges of a construct for public edges and GLL. */
export function publicEdgeProblems(edges: unknown): string[] {
  if (!Array.isArray(edges)) return []; // the plan reports a missing or malformed list
  return edges.flatMap((e, i) => (TwilioEdge._resolve(e)?.isPrivateInterconnect
    ? [`edges[${i}] must be a public Twilio edge, got: ${show(e.name)}. Use TwilioPrivateInterconnectEdge for Interconnect edges.`]
    : []));
}

/** Problems with the edge of a construct for one Interconnect edge. */
export function interconnectEdgeProblems(edge: unknown): string[] {
  const resolved = TwilioEdge._resolve(edge);
  if (!resolved) {
    const name = typeof edge === 'object' && edge !== null ? (edge as { name?: unknown }).name ?? edge : edge;
    return [`edge must be a TwilioEdge, got: ${show(name)}. Use e.g. TwilioEdge.LONDON_IX.`];
  }
  if (!resolved.isPrivateInterconnect) return [`edge must be a Private Interconnect edge, got: ${show(resolved.name)}. Use TwilioVoiceEgress for public edges and GLL.`];
  return [];
}

/** The props as an object (null or a non-object reported), so that no check below can throw a TypeError. */
export function propsObject(props: unknown, problems: string[]): Record<string, any> {
  if (props === undefined || props === null || typeof props !== 'object' || Array.isArray(props)) {
    problems.push(`props must be an object, got: ${show(props)}.`);
    return {};
  }
  return props as Record<string, any>;
}

/** The problems a planned construct throws, prefixed with the class name and construct path. */
export function throwProblems(className: string, path: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new TwilioValidationError(problems.map((p) => `${className} '${path}': ${p}`));
}

/**
 * Checks the shared props, computes the plan, and throws one error with every problem (the construct's own,
 * the shared props' and the plan's), each prefixed with the class name and construct path.
 */
export function planForConstruct(req: ConstructPlanRequest): TwilioNetworkPlan {
  const problems = [...req.problems];
  const props = propsObject(req.props, problems);
  const acl = struct(props.networkAcl, 'networkAcl', problems);
  const firstRuleProblems = acl ? validateFirstRuleNumber(acl.firstRuleNumber, 'networkAcl.firstRuleNumber') : [];
  problems.push(...firstRuleProblems);
  const dns = struct(props.dnsFirewall, 'dnsFirewall', problems);
  const prefixLists = prefixListReferencesOf(props.prefixLists, problems);
  const planProps: Record<string, unknown> = {
    ...Object.fromEntries(TRAFFIC_OPTIONS.map((k) => [k, props[k]])),
    ...req.planProps,
    networkAcl: acl !== undefined,
    firstNaclRuleNumber: firstRuleProblems.length === 0 ? acl?.firstRuleNumber : undefined,
    dnsFirewall: dns ? { priority: dns.priority, blockOtherDomains: dns.blockOtherDomains } : undefined,
    prefixLists,
  };
  let plan: TwilioNetworkPlan | undefined;
  try {
    plan = TwilioNetworkPlan.compute(planProps as unknown as TwilioNetworkPlanProps);
  } catch (e) {
    if (!TwilioErrors.isValidationError(e)) throw e;
    problems.push(...TwilioErrors.problemsOf(e));
  }
  if (dns) {
    // the rules name the resources; when the plan failed, those of a plan with the same DNS Firewall choice (names do not depend on edges)
    const rules = plan?.dnsFirewallRules
      ?? TwilioNetworkPlan.compute({ networkAcl: false, dnsFirewall: { blockOtherDomains: dns.blockOtherDomains === true } }).dnsFirewallRules;
    problems.push(...dnsFirewallNameProblems(dns.name, rules));
  }
  throwProblems(req.className, req.path, problems);
  return plan!;
}

/** AWS's limit on the names of DNS Firewall rule groups, domain lists, rules and associations. */
const DNS_NAME_MAX = 64;
/** The characters AWS accepts in those names (the API's pattern, anchored), and not only digits. */
const DNS_NAME_CHARS = /^[A-Za-z0-9_' -]+$/;

/**
 * Problems with the name a construct gives its DNS Firewall resources: the rule group's name and the prefix of
 * `<name>-<suffix>` names, whose longest suffix comes from the plan's rules.
 * Non-strings are reported by the renderers; unresolved tokens pass.
 */
export function dnsFirewallNameProblems(name: unknown, rules: readonly TwilioDnsFirewallRule[]): string[] {
  if (typeof name !== 'string' || isEncodedToken(name)) return [];
  if (!DNS_NAME_CHARS.test(name) || /^[0-9]+$/.test(name)) {
    return [`dnsFirewall.name must be letters, digits, spaces, '-', '_' or "'" (not only digits), got: ${show(name)}. `
      + 'AWS accepts no other characters in DNS Firewall names; leave it out for the default.'];
  }
  const suffix = rules.flatMap((r) => [r.name, r.domainListName]).reduce((a, b) => (b.length > a.length ? b : a), '');
  const max = DNS_NAME_MAX - (suffix ? suffix.length + 1 : 0);
  return name.length <= max ? [] : [
    `dnsFirewall.name must be at most ${max} characters, got: ${show(name)} (${name.length}). `
    + `Shorten it: the longest name made from it, '<name>-${suffix}', must fit AWS's ${DNS_NAME_MAX}.`,
  ];
}

/**
 * The entries and warnings for an existing network ACL; problems (the renderer's with the ACL argument, then the
 * options') are thrown prefixed like the construct's.
 */
export function planForExistingAcl(
  className: string, path: string, plan: TwilioNetworkPlan, options: unknown, aclProblems: readonly string[] = [],
): TwilioNetworkAclPlan {
  const problems: string[] = [...aclProblems];
  const o = struct(options, 'options', problems) ?? {};
  if (problems.length === 0) {
    try {
      return plan.forExistingNetworkAcl({ firstRuleNumber: o.firstRuleNumber as number | undefined });
    } catch (e) {
      if (!TwilioErrors.isValidationError(e)) throw e;
      problems.push(...TwilioErrors.problemsOf(e));
    }
  }
  throw new TwilioValidationError(problems.map((p) => `${className} '${path}' addNetworkAclEntries: ${p}`));
}

/** The warning for a supplied security group that allows all outbound traffic. */
export function suppliedGroupWarning(): TwilioPlanWarning {
  return suppliedGroupAllowsAllOutbound();
}

/** Problems with the connection type of Interconnect routing. */
export function connectionProblems(connection: unknown, option: string): string[] {
  if (connection === undefined || connection === null) return [];
  if (Object.values(InterconnectConnection).includes(connection as InterconnectConnection)) return [];
  return [`${option} must be InterconnectConnection.BGP or InterconnectConnection.VPN, got: ${show(connection)}.`];
}

/**
 * The plan inputs of an Interconnect construct. An edge that is not an Interconnect edge is reported by
 * `interconnectEdgeProblems`; the plan then gets a stand-in so its own checks still run without repeating it.
 */
export function interconnectPlanProps(p: Record<string, any>): Partial<TwilioNetworkPlanProps> {
  const edge = TwilioEdge._resolve(p.edge);
  const routing = p.routing !== null && typeof p.routing === 'object' ? p.routing : {};
  return {
    edges: [edge?.isPrivateInterconnect ? edge : STAND_IN_EDGE()],
    insights: p.insights,
    publicServices: p.publicServices,
    publicSourceCidrs: p.publicSourceCidrs,
    interconnectConnection: connectionProblems(routing.connection, 'routing.connection').length === 0 ? routing.connection : undefined,
  };
}

const STAND_IN_EDGE = () => TwilioEdge.all().find((e) => e.isPrivateInterconnect)!;

/** The path a construct will have, for error messages written before it exists. */
export function childPath(scope: { node?: { path?: string } } | undefined, id: string): string {
  const parent = scope?.node?.path;
  return parent ? `${parent}/${id}` : String(id);
}

/** What a construct contributes to its plan: the plan inputs it decides, and problems with its own props. */
export interface OwnPlanInputs {
  readonly planProps: Partial<TwilioNetworkPlanProps>;
  readonly problems: string[];
}

/**
 * Checks everything, computes the plan, and throws one error with every problem. `own` and `frameworkProblems` see
 * the props as an object even when the caller passed null or a non-object (reported), so they can read them
 * without a TypeError.
 */
export function planFor(
  scope: { node?: { path?: string } }, id: string, className: string, input: unknown,
  own: (props: Record<string, any>) => OwnPlanInputs, frameworkProblems: (props: Record<string, any>) => string[],
): TwilioNetworkPlan {
  const problems: string[] = [];
  const props = propsObject(input, problems);
  const mine = own(props);
  problems.push(...mine.problems, ...frameworkProblems(props));
  return planForConstruct({ className, path: childPath(scope, id), props, planProps: mine.planProps, problems });
}
