import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection, PortRange, VoiceSdk } from '../catalog/types';
import { TwilioErrors, TwilioValidationError } from '../util/errors';
import { show } from '../util/text';
import { planDnsDomains, planDnsFirewallRules } from './private/dns';
import { mergeCidrSets, networkFirewallProblems, planNetworkFirewall, planPrefixLists, prefixListPlanProblems, referenceContentProblems } from './private/enterprise';
import { mergeDrafts, sdkDrafts } from './private/flows';
import { assignRuleNumbers } from './private/numbering';
import {
  DEFAULT_PREFIX_LIST_HEADROOM, MAX_PREFIX_LIST_ENTRIES, planCidrSets, referencePrefixLists, referenceRoutePrefixLists, referenceSizeProblems,
  ruleWeight, validatePrefixListOptions,
} from './private/prefix-lists';
import { planRoutes } from './private/routes';
import { CidrRule, planNetworkAclEntries, planSecurityGroupRules } from './private/rules';
import { sipChoices, sipDomains, sipDrafts, sipNotes, sipSummary, validateSip } from './private/sip';
import { DEFAULT_DNS_FIREWALL_PRIORITY, DEFAULT_FIRST_RULE_NUMBER, struct, validateFirstRuleNumber, validatePlanProps } from './private/validation';
import { nearQuota, warning } from './private/warnings';
import {
  FlowDirection, TwilioCidrSet, TwilioDnsFirewallRule, TwilioExistingNetworkAclOptions, TwilioFlow, TwilioFlowKind, TwilioNetworkAclEntry,
  TwilioNetworkAclPlan, TwilioNetworkPlanProps, TwilioNetworkQuotas, TwilioPlanWarning, TwilioQuotaReport, TwilioQuotaUsage, TwilioRoute,
  TwilioNetworkFirewallPlan, TwilioNetworkFirewallPlanProps, TwilioPrefixListPlan, TwilioPrefixListPlanProps, TwilioSecurityGroupRule,
} from './types';

/** Each plan's validated props and its CIDR rules, kept out of the object so that plans serialize to their results only. */
const PRIVATE = new WeakMap<TwilioNetworkPlan, { props: TwilioNetworkPlanProps; cidrRules: CidrRule[] }>();

const DEFAULT_SG_QUOTA = 60;
const DEFAULT_NACL_QUOTA = 20;
const DEFAULT_WARN_PERCENT = 80;

/**
 * Description of the security groups built from plans. Constant on purpose: AWS cannot change a group's
 * description in place, so one naming the edges would replace the group (and fail while it is in use) whenever
 * the edges change.
 */
const SECURITY_GROUP_DESCRIPTION = 'Twilio Voice SDK egress (twilio-voice-network): rules per Twilio published requirements';
const SIP_SECURITY_GROUP_DESCRIPTION = 'Twilio SIP endpoint (twilio-voice-network): rules per Twilio published requirements';
/** Prefix of the names renderers give resources that need one (Terraform requires names where CloudFormation generates them). */
const RESOURCE_NAME_PREFIX = 'twilio-voice';

const CIDR_SET_DESCRIPTIONS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^media$/, () => 'Twilio Voice media (SRTP/ICE), UDP 10000-60000'],
  [/^nts$/, () => 'Twilio Network Traversal Service (STUN/TURN) of the chosen edges'],
  [/^interconnect-signaling-(.+)$/, (m) => `Twilio Voice SDK signalling over Interconnect ${m[1]}`],
  [/^sip-signaling$/, () => 'Twilio SIP signalling gateways of every region'],
  [/^sip-gateways-(.+)$/, (m) => `Twilio SIP gateways of Interconnect ${m[1]}`],
  [/^interconnect-routes-(.+)$/, (m) => `Twilio prefixes routed over Interconnect ${m[1]}`],
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
    return cachedPlan(props, () => new TwilioNetworkPlan(props));
  }

  /**
   * Plans like `compute()`, but without refusing a plan over an AWS quota (quota use is still reported and warned of):
   * for host firewalls such as nftables and iptables, which AWS quotas do not bind.
   * @internal
   */
  public static _computeForHost(props: TwilioNetworkPlanProps): TwilioNetworkPlan {
    return new TwilioNetworkPlan(props, { quotas: false });
  }

  /**
   * Plans customer-managed prefix lists for the named CIDR sets the choices need (media, the NTS ranges of the
   * chosen edges, each Interconnect edge's signalling CIDRs and routed prefixes, and optionally the SIP signalling
   * sources), each sized with headroom, and the AWS RAM share for them.
   * @param props the choices
   * @throws a validation error naming every bad option, its value and the fix
   */
  public static prefixLists(props: TwilioPrefixListPlanProps = {}): TwilioPrefixListPlan {
    const p = withoutNulls(props ?? {}) as Record<string, any>;
    const problems: string[] = typeof p === 'object' && !Array.isArray(p) ? prefixListPlanProblems(p) : [`props must be an object, got: ${show(props)}.`];
    const headroom = p.prefixListHeadroom ?? DEFAULT_PREFIX_LIST_HEADROOM;
    const traffic = {
      edges: p.edges,
      sdks: p.sdks,
      legacyMobilePort: p.legacyMobilePort,
      turnFallback: p.turnFallback,
      homeRegion: p.homeRegion,
      interconnectConnection: p.interconnectConnection,
      prefixListHeadroom: p.prefixListHeadroom,
      networkAcl: false,
    };
    const plans: TwilioNetworkPlan[] = [];
    const attempt = (input: TwilioNetworkPlanProps) => {
      try {
        plans.push(new TwilioNetworkPlan(input, { quotas: false }));
      } catch (e) {
        if (!TwilioErrors.isValidationError(e)) throw e;
        for (const q of TwilioErrors.problemsOf(e)) if (!problems.includes(q)) problems.push(q);
      }
    };
    attempt(traffic as TwilioNetworkPlanProps);
    if (p.sipSignaling === true && plans.length > 0) {
      // the SIP sets depend on the edges only: the endpoint's own ports are a stand-in (Twilio offers no GLL for SIP)
      const sipEdges = plans[0].edges.filter((e) => e.name !== 'roaming');
      attempt({
        edges: sipEdges,
        networkAcl: false,
        prefixListHeadroom: p.prefixListHeadroom,
        sip: {
          mediaPorts: {
            fromPort: 1024,
            toPort: 65535,
          },
        },
      });
    }
    if (problems.length > 0) throw new TwilioValidationError(problems);
    const sets = mergeCidrSets(plans.map((x) => x.cidrSets), headroom);
    const notes = [
      'Each security group rule that references a list counts the list\'s maxEntries against the group\'s rule quota, whatever the list holds. '
      + 'Raising maxEntries later fails if any referencing group would exceed its quota: keep prefixListHeadroom small.',
      'Network ACLs take no prefix lists: their entries keep the CIDRs.',
      ...(p.shareWith ? ['Accounts the lists are shared with can reference them but not change them; they import them by ID with TwilioPrefixLists.fromReferences().'] : []),
    ];
    return planPrefixLists(sets, p, p.namePrefix ?? RESOURCE_NAME_PREFIX, notes);
  }

  /**
   * Plans AWS Network Firewall stateful rule groups for a central egress firewall in front of Voice SDK clients:
   * 5-tuple PASS rules for the flows to Twilio's published CIDRs (media, NTS, Interconnect), and a domain allow list
   * (TLS SNI and HTTP Host) of the hostnames Twilio publishes no addresses for.
   * @param props the choices
   * @throws a validation error naming every bad option, its value and the fix, or the limit a group would exceed
   */
  public static networkFirewall(props: TwilioNetworkFirewallPlanProps = {}): TwilioNetworkFirewallPlan {
    const p = withoutNulls(props ?? {}) as Record<string, any>;
    const problems: string[] = typeof p === 'object' && !Array.isArray(p) ? networkFirewallProblems(p) : [`props must be an object, got: ${show(props)}.`];
    // Network Firewall reads a referenced list whole and counts no maxEntries: a reference by ARN needs none
    const references = Array.isArray(p.prefixLists)
      ? p.prefixLists.map((r: any) => (r !== null && typeof r === 'object' && r.maxEntries === undefined ? { ...r, maxEntries: MAX_PREFIX_LIST_ENTRIES } : r))
      : p.prefixLists;
    let plan: TwilioNetworkPlan | undefined;
    try {
      plan = new TwilioNetworkPlan({
        edges: p.edges,
        sdks: p.sdks,
        legacyMobilePort: p.legacyMobilePort,
        turnFallback: p.turnFallback,
        homeRegion: p.homeRegion,
        dnsWildcards: p.dnsWildcards,
        insights: p.insights,
        interconnectConnection: p.interconnectConnection,
        prefixLists: references,
        networkAcl: false,
      }, { quotas: false });
    } catch (e) {
      if (!TwilioErrors.isValidationError(e)) throw e;
      problems.push(...TwilioErrors.problemsOf(e));
    }
    if (problems.length > 0 || !plan) throw new TwilioValidationError(problems);
    const out = planNetworkFirewall({
      flows: plan.flows, wildcardDomains: plan.dnsDomains, references: references ?? [], resourceNamePrefix: plan.resourceNamePrefix,
    }, p);
    if (out.problems.length > 0) throw new TwilioValidationError(out.problems);
    return out.plan!;
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
  /** What the rules allow, in one sentence (for the headers of exports and tables). */
  public readonly summary: string;
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
    return PRIVATE.get(this)!.props;
  }

  /** The security group rules with CIDRs only (before prefix lists), which network ACL entries follow. */
  private get cidrRules(): CidrRule[] {
    return PRIVATE.get(this)!.cidrRules;
  }

  private constructor(input: TwilioNetworkPlanProps, checks: { quotas: boolean } = { quotas: true }) {
    const props = withoutNulls(input);
    const problems = validatePlanProps(props);
    const sipProps = struct((props as Record<string, unknown> | undefined)?.sip, 'sip', problems);
    if (sipProps) problems.push(...validateSip(props as Record<string, unknown>, withoutNulls(sipProps)));
    problems.push(...validatePrefixListOptions((props as any)?.prefixListHeadroom, (props as any)?.prefixLists));
    if (problems.length > 0) throw new TwilioValidationError(problems);
    const cidrRulesHolder = { props: props as TwilioNetworkPlanProps, cidrRules: [] as CidrRule[] };
    PRIVATE.set(this, cidrRulesHolder);
    const references = this.props.prefixLists ?? [];

    const chosen = new Set((this.props.edges ?? [TwilioEdge.ROAMING]).map((e) => TwilioEdge._resolve(e)));
    this.edges = TwilioEdge.all().filter((e) => chosen.has(e));
    const sip = sipProps ? sipChoices(this.edges, withoutNulls(sipProps)) : undefined;
    this.sdks = sip ? [] : [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE].filter((s) => (this.props.sdks ?? [VoiceSdk.JAVASCRIPT]).includes(s));
    this.ephemeralPorts = { ...TwilioCatalog.clientEphemeralPorts(), ...withoutNulls(this.props.ephemeralPorts ?? {}) };
    this.securityGroupDescription = sip ? SIP_SECURITY_GROUP_DESCRIPTION : SECURITY_GROUP_DESCRIPTION;
    this.resourceNamePrefix = RESOURCE_NAME_PREFIX;
    const anyPublic = this.edges.some((e) => !e.isPrivateInterconnect);
    const publicServices = this.props.publicServices ?? anyPublic;
    const turnFallback = this.props.turnFallback ?? false;
    const legacyMobilePort = this.props.legacyMobilePort ?? false;

    this.flows = mergeDrafts(sip ? sipDrafts(sip) : sdkDrafts({
      edges: this.edges,
      sdks: this.sdks,
      publicServices,
      insights: this.props.insights ?? publicServices,
      homeRegion: this.props.homeRegion,
      legacyMobilePort,
      turnFallback,
    }));
    cidrRulesHolder.cidrRules = planSecurityGroupRules(this.flows);
    this.securityGroupRules = references.length > 0 ? referencePrefixLists(this.cidrRules, this.flows, references) : this.cidrRules;
    const firstRuleNumber = this.props.firstNaclRuleNumber ?? DEFAULT_FIRST_RULE_NUMBER;
    this.networkAclEntries = this.props.networkAcl === false ? [] : this.numberedAclEntries(firstRuleNumber);

    this.dnsDomains = planDnsDomains({
      edges: this.edges, sdks: this.sdks, turnFallback, wildcards: this.props.dnsWildcards ?? false, extra: sip ? sipDomains(sip) : [],
    }, this.flows);
    const dns = this.props.dnsFirewall;
    this.dnsFirewallRules = dns ? planDnsFirewallRules(dns, this.dnsDomains) : [];
    this.dnsFirewallPriority = dns ? dns.priority ?? DEFAULT_DNS_FIREWALL_PRIORITY : undefined;
    const cidrRoutes = planRoutes(this.edges, this.props.interconnectConnection ?? InterconnectConnection.BGP);
    this.cidrSets = planCidrSets(this.flows, cidrRoutes, this.props.prefixListHeadroom ?? DEFAULT_PREFIX_LIST_HEADROOM, describeCidrSet);
    this.routes = references.length > 0 ? referenceRoutePrefixLists(cidrRoutes, references) : cidrRoutes;
    const tooSmall = [...referenceSizeProblems(this.cidrSets, references), ...referenceContentProblems(this.cidrSets, references)];
    if (tooSmall.length > 0) throw new TwilioValidationError(tooSmall);
    this.quotas = this.quotaReport(this.networkAclEntries);
    this.notes = [
      ...(sip ? sipNotes(sip) : planNotes(this.edges, this.sdks, legacyMobilePort, turnFallback)),
      ...(this.props.publicSourceCidrs ? [`Interconnect public sources: announce ${this.props.publicSourceCidrs.join(', ')} to Twilio (BGP), or name them in the VPN's encryption domain.`] : []),
    ];
    this.summary = sip ? sipSummary(sip)
      : 'Voice SDK clients: outbound connections to Twilio only, and their return traffic. Twilio never initiates connections to SDK clients.';
    this.warnings = [
      ...nearQuota('securityGroupRulesNearQuota', this.quotas.securityGroupEgress, ' (plus any rules the group already has)'),
      ...nearQuota('securityGroupIngressRulesNearQuota', this.quotas.securityGroupIngress, ' (plus any rules the group already has)'),
      ...this.aclWarnings(this.quotas),
      ...(this.sdks.includes(VoiceSdk.MOBILE) && this.edges.some((e) => e.isPrivateInterconnect) ? [warning('interconnectMobileSignalingUnknown',
        `Twilio publishes no signalling hostnames for mobile SDKs on Interconnect edges (${this.edges.filter((e) => e.isPrivateInterconnect).join(', ')}). `
        + 'The security group rules admit the edge\'s published signalling CIDRs, but a DNS allow list cannot name what mobile clients resolve there: '
        + 'use dnsWildcards, or verify the names from inside your network (twilio-voice-network probe) before blocking other domains.')] : []),
    ];

    const over = checks.quotas ? this.quotaProblems(this.quotas, this.networkAclEntries, this.quotaChoices()) : [];
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
    const over = this.quotaProblems(quotas, entries, this.quotaChoices()).filter((p) => p.includes('network ACL'));
    if (over.length > 0) throw new TwilioValidationError(over);
    return { entries, warnings: this.aclWarnings(quotas) };
  }

  /** Flows admitted by no rule of the plan; always empty (a self-check other tools can call). */
  public unadmittedFlows(): TwilioFlow[] {
    return this.flows.filter((f) => !this.securityGroupRules.some((r) => r.flowIds.includes(f.id)));
  }

  /**
   * The rules and flows the network ACL entries follow. A SIP endpoint's are those of both call directions: network
   * ACLs are stateless, and the entries for one direction's TCP/TLS signalling and the other's return traffic cover the
   * same ports, so with both the entries stay the same whichever calls the endpoint takes (the security group keeps the
   * direction), and turning origination or termination on never replaces an entry. Entries keep the IDs of this
   * plan's own flows only.
   */
  private aclBasis(): { rules: CidrRule[]; flows: TwilioFlow[]; ownFlows: Set<string> } {
    const own = { rules: this.cidrRules, flows: this.flows, ownFlows: new Set(this.flows.map((f) => f.id)) };
    const sip = this.props.sip;
    if (!sip || ((sip.origination ?? true) && (sip.termination ?? true))) return own;
    const bothWays = { ...this.props, sip: { ...sip, origination: true, termination: true }, networkAcl: false };
    const both = new TwilioNetworkPlan(bothWays, { quotas: false });
    return { rules: both.cidrRules, flows: both.flows, ownFlows: own.ownFlows };
  }

  private numberedAclEntries(first: number): TwilioNetworkAclEntry[] {
    const basis = this.aclBasis();
    const unnumbered = planNetworkAclEntries(basis.rules, basis.flows, this.ephemeralPorts, TwilioCatalog.clientEphemeralPorts())
      .map((e) => ({ ...e, flowIds: e.flowIds.filter((id) => basis.ownFlows.has(id)) }));
    const numbers = (egress: boolean) => assignRuleNumbers(unnumbered.filter((e) => e.egress === egress).map((e) => e.id), first);
    const egressNumbers = numbers(true);
    const ingressNumbers = numbers(false);
    return unnumbered
      .map((e) => ({ ...e, ruleNumber: (e.egress ? egressNumbers : ingressNumbers).get(e.id)! }))
      .sort((a, b) => Number(b.egress) - Number(a.egress) || a.ruleNumber - b.ruleNumber);
  }

  /** The choices a quota error can suggest changing. */
  private quotaChoices(): QuotaChoices {
    const sip = this.props.sip;
    return {
      turnFallback: this.props.turnFallback ?? false,
      sip: sip !== undefined,
      allInterconnectGateways: sip !== undefined && (sip.allInterconnectGateways ?? true) && this.edges.some((e) => e.isPrivateInterconnect),
    };
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
    const references = this.props.prefixLists ?? [];
    const rules = (d: FlowDirection) => this.securityGroupRules.filter((r) => r.direction === d).reduce((n, r) => n + ruleWeight(r, references), 0);
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

  private quotaProblems(q: TwilioQuotaReport, aclEntries: readonly TwilioNetworkAclEntry[], choices: QuotaChoices): string[] {
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
  private blame(rules: Array<{ flowIds: string[] }>, choices: QuotaChoices): string {
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
    if (choices.allInterconnectGateways) {
      fixes.push('set sip.allInterconnectGateways to false (only the chosen *-ix edges\' gateways, at some cost in resilience)');
    }
    if (choices.sip) {
      fixes.push('use fewer SIP transports (e.g. sip.transports: [SipTransport.TLS], the secure-trunking profile) or only origination or termination');
    }
    fixes.push('or raise the AWS quota for your account and then this option');
    return `Fix: ${fixes.join('; ')}.`;
  }
}

/** The choices a quota error can suggest changing. */
interface QuotaChoices {
  readonly turnFallback: boolean;
  readonly sip: boolean;
  readonly allInterconnectGateways: boolean;
}

/**
 * The last few plans by their props. A plan is a pure function of its props and the catalog, and immutable, so the
 * constructs of an app (or its stacks) with the same choices share one; registering a fact empties the cache.
 */
const PLAN_CACHE = new Map<string, TwilioNetworkPlan>();
const PLAN_CACHE_SIZE = 32;
let planCacheGeneration = -1;

function cachedPlan(props: unknown, compute: () => TwilioNetworkPlan): TwilioNetworkPlan {
  let key: string | undefined;
  try {
    // edges by name; anything that is not plain data (a function, a construct) makes the props uncacheable
    key = JSON.stringify(props, (_, v) => {
      if (v instanceof TwilioEdge) return `edge:${v.name}`;
      if (typeof v === 'function' || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype)) throw new Error();
      return v;
    });
  } catch {
    return compute();
  }
  if (planCacheGeneration !== TwilioCatalog._generation()) {
    PLAN_CACHE.clear();
    planCacheGeneration = TwilioCatalog._generation();
  }
  const hit = PLAN_CACHE.get(key!);
  if (hit) return hit;
  const plan = compute(); // a validation error is thrown, not cached
  if (PLAN_CACHE.size >= PLAN_CACHE_SIZE) PLAN_CACHE.delete(PLAN_CACHE.keys().next().value!);
  PLAN_CACHE.set(key!, plan);
  return plan;
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

