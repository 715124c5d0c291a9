// What every framework's constructs share before rendering: their props are the plan's options plus where the resources
// go, so the props flow one way into the plan, which checks each once and names it as the construct's user wrote it.
// Each framework checks only what its own objects can tell (a VPC, subnets, a route target) and passes its problems in.
import { TwilioEdge } from '../catalog/twilio-edge';
import { TwilioSdkOptions, TwilioSipOptions, TwilioRuleOptions, TwilioNetworkPlanProps } from '../plan/options';
import { TwilioPlanWarning } from '../plan/outputs';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { suppliedGroupAllowsAllOutbound } from '../plan/warnings';
import { TwilioErrors, TwilioValidationError } from '../util/errors';
import { show } from '../util/text';

/** How a renderer recognises deploy-time placeholders: its framework's `Token.isUnresolved`. */
export type IsUnresolved = (value: unknown) => boolean;

// The plan options construct props carry unchanged. Typed as complete maps of the interfaces' keys, so a new option in
// TwilioRuleOptions, TwilioSdkOptions or TwilioSipOptions fails the build here until it is passed on.
const RULE_OPTIONS: { readonly [K in keyof Required<TwilioRuleOptions>]: true } = {
  ephemeralPorts: true, quotas: true, dnsWildcards: true, dnsFirewall: true, prefixLists: true,
};
const SDK_OPTIONS: { readonly [K in keyof Required<TwilioSdkOptions>]: true } = {
  sdks: true, legacyMobilePort: true, turnFallback: true, homeRegion: true,
};
const SIP_OPTIONS: { readonly [K in keyof Required<TwilioSipOptions>]: true } = {
  mediaPorts: true,
  transports: true,
  origination: true,
  termination: true,
  sipPort: true,
  sipTlsPort: true,
  sipDomains: true,
  allInterconnectGateways: true,
};

const pick = (props: Record<string, unknown>, keys: object): Record<string, unknown> =>
  Object.fromEntries(Object.keys(keys).filter((k) => props[k] !== undefined).map((k) => [k, props[k]]));

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

/** The path a construct will have, for error messages written before it exists. */
export function childPath(scope: { node?: { path?: string } } | undefined, id: string): string {
  const parent = scope?.node?.path;
  return parent ? `${parent}/${id}` : String(id);
}

/** The kinds of construct that plan traffic, by what they add to the shared options. */
export enum ConstructKind {
  /** `TwilioVoiceEgress`: public edges (and GLL), SDK options, Insights. */
  VOICE_EGRESS,
  /** `TwilioPrivateInterconnectEdge`: one Interconnect edge, SDK options, Insights and public services. */
  INTERCONNECT,
  /** `TwilioSipEndpoint`: SIP options on public and Interconnect edges. */
  SIP_ENDPOINT,
}

/** Options of another kind of construct, which a JavaScript or Python caller can pass and would otherwise be ignored. */
function misplacedOptions(kind: ConstructKind, p: Record<string, any>): string[] {
  const present = (keys: object): string[] => Object.keys(keys).filter((k) => p[k] !== undefined && p[k] !== null);
  if (kind === ConstructKind.SIP_ENDPOINT) {
    return [...present(SDK_OPTIONS), ...present({ insights: true, publicServices: true, edge: true })]
      .map((k) => `${k} applies to Voice SDK clients, not to a SIP endpoint. Leave it out.`);
  }
  return present(SIP_OPTIONS).map((k) => `${k} applies to SIP endpoints, not to Voice SDK clients. Use TwilioSipEndpoint for SIP traffic.`);
}

/** The plan's props from a construct's props: the options they share, as given, plus what the kind adds. */
function planPropsOf(kind: ConstructKind, p: Record<string, any>, problems: string[]): TwilioNetworkPlanProps {
  const acl = p.networkAcl !== null && typeof p.networkAcl === 'object' && !Array.isArray(p.networkAcl) ? p.networkAcl : undefined;
  if (p.networkAcl !== undefined && p.networkAcl !== null && !acl) problems.push(`networkAcl must be an object, got: ${show(p.networkAcl)}.`);
  const shared = { ...pick(p, RULE_OPTIONS), networkAcl: acl ? { firstRuleNumber: acl.firstRuleNumber } : undefined };
  const interconnect = { interconnectConnection: p.interconnectConnection, publicSourceCidrs: p.publicSourceCidrs };
  problems.push(...misplacedOptions(kind, p));
  if (kind === ConstructKind.SIP_ENDPOINT) {
    return { ...shared, ...interconnect, edges: p.edges, sip: pick(p, SIP_OPTIONS) as unknown as TwilioSipOptions };
  }
  const sdk = { ...shared, ...pick(p, SDK_OPTIONS), insights: p.insights };
  if (kind === ConstructKind.VOICE_EGRESS) {
    if (Array.isArray(p.edges)) {
      p.edges.forEach((e: unknown, i: number) => {
        if (TwilioEdge._resolve(e)?.isPrivateInterconnect) {
          problems.push(`edges[${i}] must be a public Twilio edge, got: ${show((e as TwilioEdge).name)}. Use TwilioPrivateInterconnectEdge for Interconnect edges.`);
        }
      });
    }
    return { ...sdk, edges: p.edges };
  }
  const edge = TwilioEdge._resolve(p.edge);
  if (!edge) {
    const name = typeof p.edge === 'object' && p.edge !== null ? p.edge.name ?? p.edge : p.edge;
    problems.push(`edge must be a TwilioEdge, got: ${show(name)}. Use e.g. TwilioEdge.LONDON_IX.`);
  } else if (!edge.isPrivateInterconnect) {
    problems.push(`edge must be a Private Interconnect edge, got: ${show(edge.name)}. Use TwilioVoiceEgress for public edges and GLL.`);
  }
  // a wrong edge is reported above; the plan gets a stand-in so that its own checks still run
  const standIn = TwilioEdge.all().find((e) => e.isPrivateInterconnect)!;
  return { ...sdk, ...interconnect, publicServices: p.publicServices, edges: [edge?.isPrivateInterconnect ? edge : standIn] };
}

/**
 * Checks everything, computes the plan, and throws one error with every problem (the framework's, the kind's and the
 * plan's), each prefixed with the class name and construct path. `frameworkProblems` sees the props as an object even
 * when the caller passed null or a non-object (reported), so it can read them without a TypeError.
 */
export function planFor(
  scope: { node?: { path?: string } }, id: string, className: string, kind: ConstructKind, input: unknown,
  frameworkProblems: (props: Record<string, any>) => string[],
): TwilioNetworkPlan {
  const problems: string[] = [];
  const props = propsObject(input, problems);
  problems.push(...frameworkProblems(props));
  const planProps = planPropsOf(kind, props, problems);
  let plan: TwilioNetworkPlan | undefined;
  try {
    plan = TwilioNetworkPlan._computeForConstruct(planProps);
  } catch (e) {
    if (!TwilioErrors.isValidationError(e)) throw e;
    problems.push(...TwilioErrors.problemsOf(e));
  }
  throwProblems(className, childPath(scope, id), problems);
  return plan!;
}

/**
 * The plan for entries added to a network ACL that already exists; problems (the renderer's with the ACL argument,
 * then the options') are thrown prefixed like the construct's.
 */
export function planForExistingAcl(
  className: string, path: string, plan: TwilioNetworkPlan, options: unknown, aclProblems: readonly string[] = [],
): TwilioNetworkPlan {
  const problems: string[] = [...aclProblems];
  if (problems.length === 0) {
    try {
      return plan.forExistingNetworkAcl((options ?? {}) as { firstRuleNumber?: number });
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
