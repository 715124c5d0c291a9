// The framework-free half of both renderers: props checks that do not depend on a framework, the plan,
// and one error listing every problem. The AWS CDK and CDKTF constructs call this, so they reject the same
// input with the same words.
import { isUnresolved, show, ValidationError } from './text';
import { TwilioEdge } from '../catalog/twilio-edge';
import { validateFirstRuleNumber } from '../plan/private/validation';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { TwilioNetworkPlanProps, TwilioTrafficOptions } from '../plan/types';

export const DEFAULT_DNS_PRIORITY = 1000;

/**
 * Description of the security groups the constructs create. Constant on purpose: AWS cannot change a group's
 * description in place, so one naming the edges would replace the group (and fail while it is in use) whenever
 * the edges change.
 */
export const SECURITY_GROUP_DESCRIPTION = 'Twilio Voice SDK egress (twilio-voice-network): rules per Twilio published requirements';

/** The plan-related props both frameworks' constructs share, under the same names. */
export interface SharedChoices extends TwilioTrafficOptions {
  readonly networkAcl?: { readonly firstRuleNumber?: number };
  readonly dnsFirewall?: { readonly priority?: number };
}

export interface ConstructPlanRequest {
  readonly className: string;
  readonly path: string;
  readonly props: SharedChoices;
  /** Plan inputs the construct decides itself (edges, insights). */
  readonly planProps: Pick<TwilioNetworkPlanProps, 'edges' | 'insights'>;
  /** Problems the construct already found with its own props. */
  readonly problems: readonly string[];
}

const ID_SHAPES: Record<string, string> = {
  vpc: 'VPC', sg: 'security group', subnet: 'subnet', rtb: 'route table', tgw: 'transit gateway', vgw: 'virtual private gateway', acl: 'network ACL',
};

/** Problems with an AWS resource ID given as a string; unresolved tokens pass. */
export function validateAwsId(value: string | undefined, prefix: string, option: string): string[] {
  if (value === undefined || isUnresolved(value)) return [];
  return new RegExp(`^${prefix}-[0-9a-f]{8,17}$`).test(value) ? [] : [
    `${option} must be a ${ID_SHAPES[prefix]} ID like '${prefix}-0123456789abcdef0', got: ${show(value)}.`,
  ];
}

/** A construct ID from a plan rule ID (construct IDs may not contain '/'); the seed of logical IDs and resource names. */
export function constructIdFor(ruleId: string): string {
  return ruleId.replace(/\//g, '_');
}

/** Problems with the edges of a construct for public edges and GLL. */
export function publicEdgeProblems(edges: readonly TwilioEdge[]): string[] {
  return edges.flatMap((e, i) => (TwilioEdge._resolve(e)?.isPrivateInterconnect
    ? [`edges[${i}] must be a public Twilio edge, got: ${show(e.name)}. Use TwilioPrivateInterconnectEdge for Interconnect edges.`]
    : []));
}

/** Problems with the edge of a construct for one Interconnect edge. */
export function interconnectEdgeProblems(edge: TwilioEdge): string[] {
  const resolved = TwilioEdge._resolve(edge);
  if (!resolved) return [`edge must be a TwilioEdge, got: ${show(edge)}. Use e.g. TwilioEdge.LONDON_IX.`];
  if (!resolved.isPrivateInterconnect) return [`edge must be a Private Interconnect edge, got: ${show(resolved.name)}. Use TwilioVoiceEgress for public edges and GLL.`];
  return [];
}

/** Problems with a DNS Firewall association priority; unresolved tokens pass. */
export function validateDnsPriority(priority: number | undefined): string[] {
  if (priority === undefined || isUnresolved(priority)) return [];
  return Number.isInteger(priority) && priority >= 100 && priority <= 9900 ? [] : [
    `dnsFirewall.priority must be an integer from 100 to 9900 (the Route 53 Resolver API range), got: ${show(priority)}. Leave it out for ${DEFAULT_DNS_PRIORITY}.`,
  ];
}

/**
 * Checks the shared props, computes the plan, and throws one error with every problem (the construct's own,
 * the shared props' and the plan's), each prefixed with the class name and construct path.
 */
export function planForConstruct(req: ConstructPlanRequest): { plan: TwilioNetworkPlan; planProps: TwilioNetworkPlanProps } {
  const { props } = req;
  const firstRuleProblems = validateFirstRuleNumber(props.networkAcl?.firstRuleNumber, 'networkAcl.firstRuleNumber');
  const problems = [...req.problems, ...firstRuleProblems, ...validateDnsPriority(props.dnsFirewall?.priority)];
  const planProps: TwilioNetworkPlanProps = {
    ...req.planProps,
    sdks: props.sdks,
    legacyMobilePort: props.legacyMobilePort,
    turnFallback: props.turnFallback,
    ephemeralPorts: props.ephemeralPorts,
    quotas: props.quotas,
    dnsWildcards: props.dnsWildcards,
    networkAcl: props.networkAcl !== undefined,
    firstNaclRuleNumber: firstRuleProblems.length === 0 ? props.networkAcl?.firstRuleNumber : undefined,
  };
  const plan = tryPlan(planProps, problems);
  if (problems.length > 0 || !plan) throw new ValidationError(problems.map((p) => `${req.className} '${req.path}': ${p}`));
  return { plan, planProps };
}

/**
 * The plan with network ACL entries starting at `firstRuleNumber`, for adding them to an existing ACL.
 */
export function planForExistingAcl(
  className: string, path: string, planProps: TwilioNetworkPlanProps, firstRuleNumber: number | undefined,
): TwilioNetworkPlan {
  const problems = validateFirstRuleNumber(firstRuleNumber, 'firstRuleNumber');
  const plan = problems.length === 0 ? tryPlan({ ...planProps, networkAcl: true, firstNaclRuleNumber: firstRuleNumber }, problems) : undefined;
  if (problems.length > 0 || !plan) throw new ValidationError(problems.map((p) => `${className} '${path}' addNetworkAclEntries: ${p}`));
  return plan;
}

function tryPlan(props: TwilioNetworkPlanProps, problems: string[]): TwilioNetworkPlan | undefined {
  try {
    return TwilioNetworkPlan.compute(props);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    problems.push(...e.problems);
    return undefined;
  }
}
