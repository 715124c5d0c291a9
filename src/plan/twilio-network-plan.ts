import {
  PortRange, TwilioFlow, TwilioFlowKind, TwilioNetworkAclEntry, TwilioNetworkPlanProps, TwilioNetworkQuotas,
  TwilioQuotaReport, TwilioQuotaUsage, TwilioRoute, TwilioSecurityGroupRule,
} from './types';
import { HOSTS, NTS } from '../catalog/data';
import { mergeCidrs, cidrContains } from '../catalog/private/cidr';
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { VoiceSdk } from '../catalog/types';
import { isUnresolved, show, ValidationError } from '../private/text';
import { planFlows } from './private/flows';
import { assignRuleNumbers } from './private/numbering';
import { planNetworkAclEntries, planSecurityGroupRules } from './private/rules';
import { validateFirstRuleNumber } from './private/validation';

const DEFAULT_EPHEMERAL: PortRange = { fromPort: 1024, toPort: 65535 };
const DEFAULT_FIRST_RULE_NUMBER = 100;
const DEFAULT_SG_QUOTA = 60;
const DEFAULT_NACL_QUOTA = 20;
const MAX_NACL_QUOTA = 40;
const MAX_SG_QUOTA = 1000;
const DEFAULT_WARN_PERCENT = 80;

/**
 * Which connections Twilio Voice SDK clients need, and the security group rules, network ACL entries, DNS
 * domains and routes that admit exactly those. Framework-free: the AWS CDK and CDKTF constructs only render it,
 * and other tools can read it.
 *
 * The same choices in any order give an identical plan.
 *
 * @example
 * const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], sdks: [VoiceSdk.JAVASCRIPT] });
 * plan.securityGroupRules.forEach((r) => console.log(r.protocol, r.fromPort, r.toPort, r.cidr));
 */
export class TwilioNetworkPlan {
  /**
   * Plans the network for the given choices.
   * @throws a validation error naming every bad option, its value and the fix, or a quota error naming the choice to change
   */
  public static compute(props: TwilioNetworkPlanProps): TwilioNetworkPlan {
    return new TwilioNetworkPlan(props);
  }

  /** The chosen edges, deduplicated, in catalog order. */
  public readonly edges: TwilioEdge[];
  /** The chosen SDKs, deduplicated, in enum order. */
  public readonly sdks: VoiceSdk[];
  /** Every connection clients must be able to open, sorted by ID. */
  public readonly flows: TwilioFlow[];
  /** Security group egress rules (never ingress), canonically ordered. */
  public readonly securityGroupRules: TwilioSecurityGroupRule[];
  /** Network ACL entries, outbound first, each direction by rule number. */
  public readonly networkAclEntries: TwilioNetworkAclEntry[];
  /** Hostnames a DNS firewall must let clients resolve, sorted. */
  public readonly dnsDomains: string[];
  /** Routes for Interconnect edges' prefixes (empty without Interconnect edges). */
  public readonly routes: TwilioRoute[];
  /** How much of each AWS quota the plan uses. */
  public readonly quotas: TwilioQuotaReport;
  /** Things to know about this plan: uncertain facts it relies on and advice. */
  public readonly notes: string[];
  /** The client ephemeral port range used for return traffic. */
  public readonly ephemeralPorts: PortRange;

  private constructor(props: TwilioNetworkPlanProps) {
    const problems = validate(props);
    if (problems.length > 0) throw new ValidationError(problems);

    const chosen = new Set(props.edges.map((e) => TwilioEdge._resolve(e)));
    this.edges = TwilioEdge.all().filter((e) => chosen.has(e));
    this.sdks = [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE].filter((s) => (props.sdks ?? [VoiceSdk.JAVASCRIPT]).includes(s));
    this.ephemeralPorts = { ...DEFAULT_EPHEMERAL, ...props.ephemeralPorts };
    const anyPublic = this.edges.some((e) => !e.isPrivateInterconnect);
    const publicServices = props.publicServices ?? (anyPublic || props.insights === true);
    const turnFallback = props.turnFallback ?? false;
    const legacyMobilePort = props.legacyMobilePort ?? false;

    this.flows = planFlows({
      edges: this.edges,
      sdks: this.sdks,
      publicServices,
      insights: props.insights ?? true,
      legacyMobilePort,
      turnFallback,
    });
    this.securityGroupRules = planSecurityGroupRules(this.flows);

    const first = props.firstNaclRuleNumber ?? DEFAULT_FIRST_RULE_NUMBER;
    const unnumbered = props.networkAcl === false ? [] : planNetworkAclEntries(this.securityGroupRules, this.ephemeralPorts);
    const numbers = (egress: boolean) => assignRuleNumbers(unnumbered.filter((e) => e.egress === egress).map((e) => e.id), first);
    const egressNumbers = numbers(true);
    const ingressNumbers = numbers(false);
    this.networkAclEntries = unnumbered
      .map((e) => ({ ...e, ruleNumber: (e.egress ? egressNumbers : ingressNumbers).get(e.id)! }))
      .sort((a, b) => Number(b.egress) - Number(a.egress) || a.ruleNumber - b.ruleNumber);

    this.dnsDomains = planDnsDomains(this.edges, this.sdks, this.flows, turnFallback, props.dnsWildcards ?? false);
    this.routes = planRoutes(this.edges);
    this.quotas = this.quotaReport(props.quotas ?? {});
    this.notes = planNotes(this.edges, this.sdks, legacyMobilePort, turnFallback);

    const over = this.quotaProblems({ turnFallback, legacyMobilePort });
    if (over.length > 0) throw new ValidationError(over);
  }

  /** Flows admitted by no rule of the plan; always empty (a self-check other tools can call). */
  public unadmittedFlows(): TwilioFlow[] {
    return this.flows.filter((f) => !this.securityGroupRules.some((r) => r.flowIds.includes(f.id)));
  }

  private quotaReport(q: TwilioNetworkQuotas): TwilioQuotaReport {
    const warn = q.warnAtPercent ?? DEFAULT_WARN_PERCENT;
    const sg = q.securityGroupRulesPerDirection ?? DEFAULT_SG_QUOTA;
    const nacl = q.networkAclEntriesPerDirection ?? DEFAULT_NACL_QUOTA;
    const usage = (name: string, used: number, limit: number): TwilioQuotaUsage => ({
      name, used, limit, nearLimit: used > 0 && used * 100 >= limit * warn,
    });
    const naclCount = (egress: boolean) => {
      const entries = this.networkAclEntries.filter((e) => e.egress === egress).length;
      return entries === 0 ? 0 : entries + 1; // the default deny counts once there is an ACL
    };
    return {
      securityGroupEgress: usage('security group egress rules', this.securityGroupRules.length, sg),
      securityGroupIngress: usage('security group ingress rules', 0, sg),
      networkAclEgress: usage('network ACL outbound entries (with the default deny)', naclCount(true), nacl),
      networkAclIngress: usage('network ACL inbound entries (with the default deny)', naclCount(false), nacl),
    };
  }

  private quotaProblems(choices: { turnFallback: boolean; legacyMobilePort: boolean }): string[] {
    const problems: string[] = [];
    const check = (u: TwilioQuotaUsage, option: string, rules: Array<{ flowIds: string[] }>) => {
      if (u.used <= u.limit) return;
      problems.push(`The plan needs ${u.used} ${u.name}, over the quota of ${u.limit} (${option}). ${this.blame(rules, choices)}`);
    };
    check(this.quotas.securityGroupEgress, 'quotas.securityGroupRulesPerDirection', this.securityGroupRules);
    check(this.quotas.networkAclEgress, 'quotas.networkAclEntriesPerDirection', this.networkAclEntries.filter((e) => e.egress));
    check(this.quotas.networkAclIngress, 'quotas.networkAclEntriesPerDirection', this.networkAclEntries.filter((e) => !e.egress));
    return problems;
  }

  /** Which choice to change: the flow kind and edges that account for most rules. */
  private blame(rules: Array<{ flowIds: string[] }>, choices: { turnFallback: boolean; legacyMobilePort: boolean }): string {
    const byId = new Map(this.flows.map((f) => [f.id, f]));
    const onlyTurn = rules.filter((r) => r.flowIds.every((id) => byId.get(id)!.kind === TwilioFlowKind.TURN)).length;
    const perEdge = this.edges.map((e) => ({
      edge: e.name,
      count: rules.filter((r) => r.flowIds.some((id) => byId.get(id)!.edgeNames.includes(e.name))).length,
    })).sort((a, b) => b.count - a.count);
    const fixes: string[] = [];
    if (choices.turnFallback && onlyTurn > 0) {
      fixes.push(`turnFallback accounts for ${onlyTurn} of them: set turnFallback to false${this.edges.some((e) => e.name === 'roaming') ? ', or pin the edge nearest your clients instead of roaming (GLL TURN needs every region\'s addresses)' : ''}`);
    }
    if (this.edges.length > 1) {
      fixes.push(`choose fewer edges (${perEdge.map((p) => `${p.edge}: ${p.count}`).join(', ')})`);
    }
    fixes.push('or raise the AWS quota for your account and then this option');
    return `Fix: ${fixes.join('; ')}.`;
  }
}

function planDnsDomains(
  edges: readonly TwilioEdge[], sdks: readonly VoiceSdk[], flows: readonly TwilioFlow[], turn: boolean, wildcards: boolean,
): string[] {
  const names = new Set<string>();
  for (const f of flows) if (f.destinationIsHostname) names.add(f.destination);
  for (const edge of edges) {
    // Interconnect signalling is planned by CIDR, but clients still resolve the edge's names.
    for (const sdk of sdks) for (const h of TwilioCatalog.signalingHostnames(edge, sdk)) names.add(h);
    if (turn) for (const h of TwilioCatalog.ntsHostnames(edge)) names.add(h);
  }
  if (wildcards) {
    const out = new Set<string>(['*.twilio.com']);
    if (sdks.includes(VoiceSdk.JAVASCRIPT) && [...names].some((n) => n.endsWith('.twiliocdn.com'))) out.add('*.twiliocdn.com');
    return [...out].sort();
  }
  return [...names].sort();
}

function planRoutes(edges: readonly TwilioEdge[]): TwilioRoute[] {
  const media = TwilioCatalog.media();
  const entries: Array<{ cidr: string; edge: string; purpose: string }> = [];
  for (const edge of edges.filter((e) => e.isPrivateInterconnect)) {
    for (const cidr of TwilioCatalog.edgeDefinition(edge).signalingCidrs ?? []) entries.push({ cidr, edge: edge.name, purpose: 'Interconnect signalling' });
    for (const cidr of media.cidrs) entries.push({ cidr, edge: edge.name, purpose: 'Voice media' });
  }
  return mergeCidrs(entries.map((e) => e.cidr)).map((cidr) => {
    const members = entries.filter((e) => cidrContains(cidr, e.cidr));
    return {
      cidr,
      edgeNames: [...new Set(members.map((m) => m.edge))],
      purpose: [...new Set(members.map((m) => m.purpose))].join(', '),
    };
  });
}

function planNotes(edges: readonly TwilioEdge[], sdks: readonly VoiceSdk[], legacyMobilePort: boolean, turn: boolean): string[] {
  const notes: string[] = [];
  if (edges.some((e) => e.name === 'roaming')) {
    notes.push('roaming (GLL) picks the edge by DNS latency routing: the resolver must support RFC 7871 client subnet and be near the clients. In restrictive networks pin the edge nearest your clients (TwilioEdge.nearestTo(region)).');
  }
  if (sdks.includes(VoiceSdk.MOBILE) && edges.some((e) => e.name !== 'roaming')) {
    notes.push(`Mobile regional signalling names are partly undocumented: Twilio documents ${HOSTS.mobile.regionTemplate}; SDKs were also seen using ${HOSTS.mobile.observedRegionTemplates.join(' and ')}. All are allowed.`);
  }
  if (legacyMobilePort && edges.some((e) => e.isPrivateInterconnect)) {
    notes.push(`legacyMobilePort opens TCP ${HOSTS.mobile.legacyPort} only to public edges: Twilio publishes no pre-3.x port for Interconnect signalling.`);
  }
  if (turn) notes.push(`TURN is billed by Twilio. Ports: ${NTS.ports.map((p) => `${p.protocol.toUpperCase()} ${p.port}`).join(', ')}.`);
  return notes;
}

function validate(props: TwilioNetworkPlanProps): string[] {
  const problems: string[] = [];
  if (!Array.isArray(props.edges) || props.edges.length === 0) {
    problems.push(`edges must list at least one Twilio edge, got: ${show(props.edges)}. Use e.g. [TwilioEdge.ROAMING] or [TwilioEdge.nearestTo('us-east-1')].`);
  } else {
    props.edges.forEach((e, i) => {
      if (!TwilioEdge._resolve(e)) {
        problems.push(`edges[${i}] must be a TwilioEdge, got: ${show(typeof e === 'object' && e !== null ? (e as any).name ?? e : e)}. Use a static member such as TwilioEdge.ASHBURN or TwilioEdge.of('ashburn').`);
      }
    });
  }
  if (props.sdks !== undefined) {
    if (!Array.isArray(props.sdks) || props.sdks.length === 0) {
      problems.push(`sdks must list at least one SDK when given, got: ${show(props.sdks)}. Use [VoiceSdk.JAVASCRIPT], [VoiceSdk.MOBILE] or both, or leave it out.`);
    } else {
      props.sdks.forEach((s, i) => {
        if (!Object.values(VoiceSdk).includes(s)) problems.push(`sdks[${i}] must be VoiceSdk.JAVASCRIPT or VoiceSdk.MOBILE, got: ${show(s)}.`);
      });
    }
  }
  if (props.ephemeralPorts !== undefined) {
    const { fromPort, toPort } = props.ephemeralPorts;
    const bad = [['fromPort', fromPort], ['toPort', toPort]].filter(([, v]) => !Number.isInteger(v) || (v as number) < 1 || (v as number) > 65535);
    for (const [k, v] of bad) problems.push(`ephemeralPorts.${k} must be an integer port 1-65535, got: ${show(v)}. Most systems use 1024-65535 (Linux: 32768-60999).`);
    if (bad.length === 0 && fromPort > toPort) {
      problems.push(`ephemeralPorts must run from the lower to the higher port, got: ${fromPort}-${toPort}. Swap them: { fromPort: ${toPort}, toPort: ${fromPort} }.`);
    }
  }
  problems.push(...validateFirstRuleNumber(props.firstNaclRuleNumber, 'firstNaclRuleNumber'));
  const q = props.quotas ?? {};
  const checkQuota = (key: keyof TwilioNetworkQuotas, min: number, max: number, why: string) => {
    const v = q[key];
    if (v === undefined) return;
    if (isUnresolved(v) || !Number.isInteger(v) || v < min || v > max) {
      problems.push(`quotas.${key} must be an integer from ${min} to ${max} (${why}), got: ${isUnresolved(v) ? 'an unresolved token' : show(v)}.`);
    }
  };
  checkQuota('securityGroupRulesPerDirection', 1, MAX_SG_QUOTA, 'AWS caps rules per group times groups per interface at 1000');
  checkQuota('networkAclEntriesPerDirection', 2, MAX_NACL_QUOTA, 'AWS allows at most 40, one of which is the default deny');
  checkQuota('warnAtPercent', 1, 100, 'a percentage');
  return problems;
}
