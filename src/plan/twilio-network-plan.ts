import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection, PortRange, VoiceSdk } from '../catalog/types';
import { TwilioValidationError } from '../util/errors';
import { planDnsDomains, planDnsFirewallRules } from './private/dns';
import { cidrSetsOf, mergeDrafts, sdkDrafts } from './private/flows';
import { assignRuleNumbers } from './private/numbering';
import { planRoutes } from './private/routes';
import { planNetworkAclEntries, planSecurityGroupRules } from './private/rules';
import { DEFAULT_DNS_FIREWALL_PRIORITY, DEFAULT_FIRST_RULE_NUMBER, validateFirstRuleNumber, validatePlanProps } from './private/validation';
import { nearQuota, warning } from './private/warnings';
import {
  FlowDirection, TwilioCidrSet, TwilioDnsFirewallRule, TwilioExistingNetworkAclOptions, TwilioFlow, TwilioFlowKind, TwilioNetworkAclEntry,
  TwilioNetworkAclPlan, TwilioNetworkPlanProps, TwilioNetworkQuotas, TwilioPlanWarning, TwilioQuotaReport, TwilioQuotaUsage, TwilioRoute,
  TwilioSecurityGroupRule,
} from './types';

/** Each plan's validated props, kept out of the object so that plans serialize to their results only. */
const PROPS = new WeakMap<TwilioNetworkPlan, TwilioNetworkPlanProps>();

const DEFAULT_SG_QUOTA = 60;
const DEFAULT_NACL_QUOTA = 20;
const DEFAULT_WARN_PERCENT = 80;

/**
 * Description of the security groups built from plans. Constant on purpose: AWS cannot change a group's
 * description in place, so one naming the edges would replace the group (and fail while it is in use) whenever
 * the edges change.
 */
const SECURITY_GROUP_DESCRIPTION = 'Twilio Voice SDK egress (twilio-voice-network): rules per Twilio published requirements';
/** Prefix of the names renderers give resources that need one (Terraform requires names where CloudFormation generates them). */
const RESOURCE_NAME_PREFIX = 'twilio-voice';

const CIDR_SET_DESCRIPTIONS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^media$/, () => 'Twilio Voice media (SRTP/ICE), UDP 10000-60000'],
  [/^nts$/, () => 'Twilio Network Traversal Service (STUN/TURN) of the chosen edges'],
  [/^interconnect-signaling-(.+)$/, (m) => `Twilio Voice SDK signalling over Interconnect ${m[1]}`],
];

function describeCidrSet(name: string): string {
  for (const [re, text] of CIDR_SET_DESCRIPTIONS) {
    const m = name.match(re);
    if (m) return text(m);
  }
  return `Twilio ${name}`;
}

/**
 * Which connections Twilio Voice SDK clients need, and the security group rules, network ACL entries, DNS
 * Firewall rules and routes that admit exactly those. Framework-free: the AWS CDK and CDKTF constructs and the
 * command-line exporters only render it, so every decision about Twilio traffic is made here, once.
 *
 * The same choices in any order give an identical plan.
 *
 * @example
 * const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], sdks: [VoiceSdk.JAVASCRIPT] });
 * const rules = plan.securityGroupRules; // each with its direction, protocol, ports, CIDR and description
 */
export class TwilioNetworkPlan {
  /**
   * Plans the network for the given choices.
   * @param props the choices
   * @throws a validation error naming every bad option, its value and the fix, or a quota error naming the choice to change
   */
  public static compute(props: TwilioNetworkPlanProps): TwilioNetworkPlan {
    return new TwilioNetworkPlan(props);
  }

  /** The chosen edges, deduplicated, in catalog order. */
  public readonly edges: TwilioEdge[];
  /** The chosen SDKs, deduplicated, in enum order. */
  public readonly sdks: VoiceSdk[];
  /** Every connection that must be possible, sorted by ID. */
  public readonly flows: TwilioFlow[];
  /** The named sets of Twilio CIDRs the flows use (each could be one managed prefix list), sorted by name. */
  public readonly cidrSets: TwilioCidrSet[];
  /** Security group rules, egress first, each direction canonically ordered. */
  public readonly securityGroupRules: TwilioSecurityGroupRule[];
  /** Network ACL entries, outbound first, each direction by rule number. */
  public readonly networkAclEntries: TwilioNetworkAclEntry[];
  /** Hostnames a DNS firewall must let clients resolve, sorted. */
  public readonly dnsDomains: string[];
  /** The DNS Firewall rule group's rules, in priority order; empty unless the `dnsFirewall` option was given. */
  public readonly dnsFirewallRules: TwilioDnsFirewallRule[];
  /** Priority of the DNS Firewall rule group's association with the VPC, when the `dnsFirewall` option was given. */
  public readonly dnsFirewallPriority?: number;
  /** Routes for Interconnect edges' prefixes (empty without Interconnect edges). */
  public readonly routes: TwilioRoute[];
  /** How much of each AWS quota the plan uses. */
  public readonly quotas: TwilioQuotaReport;
  /** Things to know about this plan: uncertain facts it relies on and advice. */
  public readonly notes: string[];
  /** Warnings to show where the plan is rendered, each with an ID users can acknowledge. */
  public readonly warnings: TwilioPlanWarning[];
  /** The client ephemeral port range used for return traffic. */
  public readonly ephemeralPorts: PortRange;
  /** Description of a security group created for the plan (constant, so that changing choices never replaces the group). */
  public readonly securityGroupDescription: string;
  /** Prefix of the names given to resources that need one (`twilio-voice`). */
  public readonly resourceNamePrefix: string;

  private get props(): TwilioNetworkPlanProps {
    return PROPS.get(this)!;
  }

  private constructor(input: TwilioNetworkPlanProps) {
    const props = withoutNulls(input);
    const problems = validatePlanProps(props);
    if (problems.length > 0) throw new TwilioValidationError(problems);
    PROPS.set(this, props as TwilioNetworkPlanProps);

    const chosen = new Set((this.props.edges ?? [TwilioEdge.ROAMING]).map((e) => TwilioEdge._resolve(e)));
    this.edges = TwilioEdge.all().filter((e) => chosen.has(e));
    this.sdks = [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE].filter((s) => (this.props.sdks ?? [VoiceSdk.JAVASCRIPT]).includes(s));
    this.ephemeralPorts = { ...TwilioCatalog.clientEphemeralPorts(), ...withoutNulls(this.props.ephemeralPorts ?? {}) };
    this.securityGroupDescription = SECURITY_GROUP_DESCRIPTION;
    this.resourceNamePrefix = RESOURCE_NAME_PREFIX;
    const anyPublic = this.edges.some((e) => !e.isPrivateInterconnect);
    const publicServices = this.props.publicServices ?? anyPublic;
    const turnFallback = this.props.turnFallback ?? false;
    const legacyMobilePort = this.props.legacyMobilePort ?? false;

    this.flows = mergeDrafts(sdkDrafts({
      edges: this.edges,
      sdks: this.sdks,
      publicServices,
      insights: this.props.insights ?? publicServices,
      homeRegion: this.props.homeRegion,
      legacyMobilePort,
      turnFallback,
    }));
    this.cidrSets = cidrSetsOf(this.flows, describeCidrSet);
    this.securityGroupRules = planSecurityGroupRules(this.flows);
    const firstRuleNumber = this.props.firstNaclRuleNumber ?? DEFAULT_FIRST_RULE_NUMBER;
    this.networkAclEntries = this.props.networkAcl === false ? [] : this.numberedAclEntries(firstRuleNumber);

    this.dnsDomains = planDnsDomains({ edges: this.edges, sdks: this.sdks, turnFallback, wildcards: this.props.dnsWildcards ?? false }, this.flows);
    const dns = this.props.dnsFirewall;
    this.dnsFirewallRules = dns ? planDnsFirewallRules(dns, this.dnsDomains) : [];
    this.dnsFirewallPriority = dns ? dns.priority ?? DEFAULT_DNS_FIREWALL_PRIORITY : undefined;
    this.routes = planRoutes(this.edges, this.props.interconnectConnection ?? InterconnectConnection.BGP);
    this.quotas = this.quotaReport(this.networkAclEntries);
    this.notes = planNotes(this.edges, this.sdks, legacyMobilePort, turnFallback);
    this.warnings = [
      ...nearQuota('securityGroupRulesNearQuota', this.quotas.securityGroupEgress, ' (plus any rules the group already has)'),
      ...nearQuota('securityGroupIngressRulesNearQuota', this.quotas.securityGroupIngress, ' (plus any rules the group already has)'),
      ...this.aclWarnings(this.quotas),
      ...(this.sdks.includes(VoiceSdk.MOBILE) && this.edges.some((e) => e.isPrivateInterconnect) ? [warning('interconnectMobileSignalingUnknown',
        `Twilio publishes no signalling hostnames for mobile SDKs on Interconnect edges (${this.edges.filter((e) => e.isPrivateInterconnect).join(', ')}). `
        + 'The security group rules admit the edge\'s published signalling CIDRs, but a DNS allow list cannot name what mobile clients resolve there: '
        + 'use dnsWildcards, or verify the names from inside your network (twilio-voice-network probe) before blocking other domains.')] : []),
    ];

    const over = this.quotaProblems(this.quotas, this.networkAclEntries, { turnFallback });
    if (over.length > 0) throw new TwilioValidationError(over);
  }

  /**
   * The network ACL entries (both directions) to add to a network ACL that already exists, numbered from
   * `firstRuleNumber`, with their near-quota warnings.
   * @param options where the rule numbers start
   * @throws a validation error for a bad rule number, or when the entries exceed the network ACL quota
   */
  public forExistingNetworkAcl(options: TwilioExistingNetworkAclOptions = {}): TwilioNetworkAclPlan {
    const firstRuleNumber = options?.firstRuleNumber ?? undefined;
    const problems = validateFirstRuleNumber(firstRuleNumber, 'firstRuleNumber');
    if (problems.length > 0) throw new TwilioValidationError(problems);
    const entries = this.numberedAclEntries(firstRuleNumber ?? DEFAULT_FIRST_RULE_NUMBER);
    const quotas = this.quotaReport(entries);
    const over = this.quotaProblems(quotas, entries, { turnFallback: this.props.turnFallback ?? false }).filter((p) => p.includes('network ACL'));
    if (over.length > 0) throw new TwilioValidationError(over);
    return { entries, warnings: this.aclWarnings(quotas) };
  }

  /** Flows admitted by no rule of the plan; always empty (a self-check other tools can call). */
  public unadmittedFlows(): TwilioFlow[] {
    return this.flows.filter((f) => !this.securityGroupRules.some((r) => r.flowIds.includes(f.id)));
  }

  private numberedAclEntries(first: number): TwilioNetworkAclEntry[] {
    const unnumbered = planNetworkAclEntries(this.securityGroupRules, this.ephemeralPorts, TwilioCatalog.clientEphemeralPorts());
    const numbers = (egress: boolean) => assignRuleNumbers(unnumbered.filter((e) => e.egress === egress).map((e) => e.id), first);
    const egressNumbers = numbers(true);
    const ingressNumbers = numbers(false);
    return unnumbered
      .map((e) => ({ ...e, ruleNumber: (e.egress ? egressNumbers : ingressNumbers).get(e.id)! }))
      .sort((a, b) => Number(b.egress) - Number(a.egress) || a.ruleNumber - b.ruleNumber);
  }

  private aclWarnings(q: TwilioQuotaReport): TwilioPlanWarning[] {
    return [...nearQuota('networkAclOutboundEntriesNearQuota', q.networkAclEgress), ...nearQuota('networkAclInboundEntriesNearQuota', q.networkAclIngress)];
  }

  private quotaReport(aclEntries: readonly TwilioNetworkAclEntry[]): TwilioQuotaReport {
    const q: TwilioNetworkQuotas = withoutNulls(this.props.quotas ?? {});
    const warn = q.warnAtPercent ?? DEFAULT_WARN_PERCENT;
    const sg = q.securityGroupRulesPerDirection ?? DEFAULT_SG_QUOTA;
    const nacl = q.networkAclEntriesPerDirection ?? DEFAULT_NACL_QUOTA;
    const usage = (name: string, used: number, limit: number): TwilioQuotaUsage => ({
      name, used, limit, nearLimit: used > 0 && used * 100 >= limit * warn,
    });
    const rules = (d: FlowDirection) => this.securityGroupRules.filter((r) => r.direction === d).length;
    const naclCount = (egress: boolean) => {
      const entries = aclEntries.filter((e) => e.egress === egress).length;
      return entries === 0 ? 0 : entries + 1; // the default deny counts once there is an ACL
    };
    return {
      securityGroupEgress: usage('security group egress rules', rules(FlowDirection.EGRESS), sg),
      securityGroupIngress: usage('security group ingress rules', rules(FlowDirection.INGRESS), sg),
      networkAclEgress: usage('network ACL outbound entries (with the default deny)', naclCount(true), nacl),
      networkAclIngress: usage('network ACL inbound entries (with the default deny)', naclCount(false), nacl),
    };
  }

  private quotaProblems(q: TwilioQuotaReport, aclEntries: readonly TwilioNetworkAclEntry[], choices: { turnFallback: boolean }): string[] {
    const problems: string[] = [];
    const check = (u: TwilioQuotaUsage, option: string, rules: Array<{ flowIds: string[] }>) => {
      if (u.used <= u.limit) return;
      problems.push(`The plan needs ${u.used} ${u.name}, over the quota of ${u.limit} (${option}). ${this.blame(rules, choices)}`);
    };
    const sgOption = 'quotas.securityGroupRulesPerDirection';
    check(q.securityGroupEgress, sgOption, this.securityGroupRules.filter((r) => r.direction === FlowDirection.EGRESS));
    check(q.securityGroupIngress, sgOption, this.securityGroupRules.filter((r) => r.direction === FlowDirection.INGRESS));
    check(q.networkAclEgress, 'quotas.networkAclEntriesPerDirection', aclEntries.filter((e) => e.egress));
    check(q.networkAclIngress, 'quotas.networkAclEntriesPerDirection', aclEntries.filter((e) => !e.egress));
    return problems;
  }

  /** Which choice to change: the flow kind and edges that account for most rules. */
  private blame(rules: Array<{ flowIds: string[] }>, choices: { turnFallback: boolean }): string {
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

/** A copy without null-valued keys: JavaScript, Python and JSON callers write null for "absent". */
function withoutNulls<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as object).filter(([, v]) => v !== null)) as T;
}

function planNotes(edges: readonly TwilioEdge[], sdks: readonly VoiceSdk[], legacyMobilePort: boolean, turn: boolean): string[] {
  const notes: string[] = [];
  const gll = edges.some((e) => e.name === 'roaming');
  if (gll) {
    notes.push('roaming (GLL) picks the edge by DNS latency routing: the resolver must support RFC 7871 client subnet and be near the clients. In restrictive networks pin the edge nearest your clients (TwilioEdge.nearestTo(region)).');
    if (sdks.includes(VoiceSdk.JAVASCRIPT)) {
      notes.push('With roaming, the JavaScript SDK reconnects signalling during a call to voice-js.{edge}.twilio.com of the edge it landed on; the DNS names include every public edge\'s for that reason.');
    }
  }
  const regional = edges.find((e) => e.name !== 'roaming' && !e.isPrivateInterconnect);
  if (sdks.includes(VoiceSdk.MOBILE) && regional) {
    const [documented, ...observed] = TwilioCatalog.signalingHostnames(regional, VoiceSdk.MOBILE);
    notes.push(`Mobile regional signalling names are partly undocumented: Twilio documents ${documented}; SDKs were also seen using ${observed.join(' and ')}. All are allowed.`);
  }
  if (legacyMobilePort && edges.some((e) => e.isPrivateInterconnect)) {
    notes.push(`legacyMobilePort opens TCP ${TwilioCatalog.legacyMobileSignalingPort()} only to public edges: Twilio publishes no pre-3.x port for Interconnect signalling.`);
  }
  if (turn) {
    notes.push(`TURN is billed by Twilio. Ports: ${TwilioCatalog.ntsPorts().map((p) => `${p.protocol.toUpperCase()} ${p.port}`).join(', ')}.`);
    const pinned = edges.filter((e) => e.name !== 'roaming');
    if (pinned.length > 0 && !gll) {
      const [stun] = TwilioCatalog.ntsHostnames(TwilioEdge.ROAMING);
      const example = TwilioCatalog.ntsHostnames(pinned[0]);
      notes.push(`Network Traversal Service tokens return ${stun.replace('stun', 'stun/turn')} URIs, which may reach any region; these rules admit only `
        + `the pinned edges' TURN ranges. Rewrite 'global' in the ICE server URLs to the edge name (e.g. ${example.join(', ')}) before passing them to the SDK.`);
    }
  }
  if (edges.some((e) => e.isPrivateInterconnect)) {
    notes.push('Interconnect needs public source addresses: Twilio requires the addresses you send from over Interconnect to be globally unique '
      + '(not RFC 1918) and announced by you. In AWS: add a non-RFC 1918 VPC CIDR from your own block and send the clients\' Twilio traffic through '
      + 'a private NAT gateway in it.');
  }
  return notes;
}

