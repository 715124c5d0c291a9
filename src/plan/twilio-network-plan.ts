import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection, PortRange, SipTransport, VoiceSdk } from '../catalog/types';
import { TwilioValidationError } from '../util/errors';
import { PlanCache, withoutNulls } from './private/cache';
import { planDnsDomains, planDnsFirewallRules } from './private/dns';
import { referenceContentProblems } from './private/enterprise';
import { networkFirewallPlan, prefixListsPlan } from './private/enterprise-plans';
import { mergeDrafts, sdkDrafts } from './private/flows';
import { describeCidrSet, planNotes } from './private/notes';
import { assignRuleNumbers } from './private/numbering';
import {
  DEFAULT_PREFIX_LIST_HEADROOM, planCidrSets, referencePrefixLists, referenceRoutePrefixLists, referenceSizeProblems, validatePrefixListOptions,
} from './private/prefix-lists';
import { aclWarnings, QuotaChoices, quotaProblems, quotaReport, securityGroupWarnings } from './private/quotas';
import { planRoutes } from './private/routes';
import { CidrRule, planNetworkAclEntries, planSecurityGroupRules } from './private/rules';
import {
  CONSTRUCT_SIP_NAMING, PLAN_SIP_NAMING, SipChoices, sipChoices, sipDomains, sipDrafts, sipNotes, sipSummary, SipNaming, validateSip,
} from './private/sip';
import { DEFAULT_DNS_FIREWALL_PRIORITY, DEFAULT_FIRST_RULE_NUMBER, struct, validateFirstRuleNumber, validatePlanProps } from './private/validation';
import {
  TwilioCidrSet, TwilioDnsFirewallRule, TwilioFlow, TwilioNetworkAclEntriesOptions, TwilioNetworkAclEntry, TwilioNetworkFirewallPlan,
  TwilioNetworkFirewallProps, TwilioNetworkPlanProps, TwilioPlanWarning, TwilioPrefixListPlan, TwilioPrefixListsProps, TwilioQuotaReport, TwilioRoute,
  TwilioSecurityGroupRule,
} from './types';
import { warning } from './warnings';

/** How a plan is made: held to AWS quotas or not, and in whose words its problems name the SIP options. */
interface PlanContext {
  readonly quotas: boolean;
  readonly sipNaming: SipNaming;
}

const PLAN: PlanContext = { quotas: true, sipNaming: PLAN_SIP_NAMING };

/** Each plan's validated props and its inner workings, kept out of the object so that plans serialize to their results only. */
const PRIVATE = new WeakMap<TwilioNetworkPlan, { props: TwilioNetworkPlanProps; ctx: PlanContext; cidrRules: CidrRule[]; sip?: SipChoices }>();
const CACHE = new PlanCache<TwilioNetworkPlan>();

/**
 * Description of the security groups built from plans. Constant on purpose: AWS cannot change a group's
 * description in place, so one naming the edges would replace the group (and fail while it is in use) whenever
 * the edges change.
 */
const SECURITY_GROUP_DESCRIPTION = 'Twilio Voice SDK egress (twilio-voice-network): rules per Twilio published requirements';
const SIP_SECURITY_GROUP_DESCRIPTION = 'Twilio SIP endpoint (twilio-voice-network): rules per Twilio published requirements';
/** Prefix of the names renderers give resources that need one (Terraform requires names where CloudFormation generates them). */
const RESOURCE_NAME_PREFIX = 'twilio-voice';

/**
 * Which connections Twilio Voice SDK clients (or a SIP endpoint) need, and the security group rules, network ACL
 * entries, DNS Firewall rules and routes that admit exactly those. Framework-free: the constructs of every framework and
 * the command-line exporters only render it, so every decision about Twilio traffic is made here, once.
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
    return CACHE.get({ props, ctx: 'plan' }, () => new TwilioNetworkPlan(props, PLAN));
  }

  /**
   * Plans like `compute()`, but without refusing a plan over an AWS quota (quota use is still reported and warned of):
   * for host firewalls such as nftables and iptables, which AWS quotas do not bind.
   * @internal
   */
  public static _computeForHost(props: TwilioNetworkPlanProps): TwilioNetworkPlan {
    return new TwilioNetworkPlan(props, { quotas: false, sipNaming: PLAN_SIP_NAMING });
  }

  /**
   * Plans for a construct, whose props are the plan's own: the same as `compute()`, with the SIP options named as the
   * construct's props (`mediaPorts`, not `sip.mediaPorts`) in its problems.
   * @internal
   */
  public static _computeForConstruct(props: TwilioNetworkPlanProps): TwilioNetworkPlan {
    return CACHE.get({ props, ctx: 'construct' }, () => new TwilioNetworkPlan(props, { quotas: true, sipNaming: CONSTRUCT_SIP_NAMING }));
  }

  /**
   * Plans customer-managed prefix lists for the named CIDR sets the choices need (media, the NTS ranges of the
   * chosen edges, each Interconnect edge's signalling CIDRs and routed prefixes, and optionally the SIP signalling
   * sources), each sized with headroom, and the AWS RAM share for them.
   * @param props the choices
   * @throws a validation error naming every bad option, its value and the fix
   */
  public static prefixLists(props: TwilioPrefixListsProps = {}): TwilioPrefixListPlan {
    return prefixListsPlan(props, (p) => new TwilioNetworkPlan(p, { ...PLAN, quotas: false }), RESOURCE_NAME_PREFIX);
  }

  /**
   * Plans AWS Network Firewall stateful rule groups for a central egress firewall in front of Voice SDK clients:
   * 5-tuple PASS rules for the flows to Twilio's published CIDRs (media, NTS, Interconnect), and a domain allow list
   * (TLS SNI and HTTP Host) of the hostnames Twilio publishes no addresses for.
   * @param props the choices
   * @throws a validation error naming every bad option, its value and the fix, or the limit a group would exceed
   */
  public static networkFirewall(props: TwilioNetworkFirewallProps = {}): TwilioNetworkFirewallPlan {
    return networkFirewallPlan(props, (p) => new TwilioNetworkPlan(p, { ...PLAN, quotas: false }));
  }

  /** The chosen edges, deduplicated, in catalog order. */
  public readonly edges: TwilioEdge[];
  /** The chosen SDKs, deduplicated, in enum order (none for a SIP endpoint). */
  public readonly sdks: VoiceSdk[];
  /** Every connection that must be possible, sorted by ID. */
  public readonly flows: TwilioFlow[];
  /** The named sets of Twilio CIDRs the flows use (each could be one managed prefix list), sorted by name. */
  public readonly cidrSets: TwilioCidrSet[];
  /** Security group rules, egress first, each direction canonically ordered. */
  public readonly securityGroupRules: TwilioSecurityGroupRule[];
  /** Network ACL entries, outbound first, each direction by rule number; empty unless the `networkAcl` option was given. */
  public readonly networkAclEntries: TwilioNetworkAclEntry[];
  /** Hostnames a DNS firewall must let clients resolve, sorted. */
  public readonly dnsDomains: string[];
  /** The DNS Firewall rule group's rules, in priority order; empty unless the `dnsFirewall` option was given. */
  public readonly dnsFirewallRules: TwilioDnsFirewallRule[];
  /**
   * Name of the DNS Firewall rule group and its association, when the `dnsFirewall` option was given: its `name`, or
   * `twilio-voice`.
   */
  public readonly dnsFirewallName?: string;
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
  /** The network ACL's near-quota warnings (also in `warnings`), for entries added to an ACL that already exists. */
  public readonly networkAclWarnings: TwilioPlanWarning[];
  /** The client ephemeral port range used for return traffic. */
  public readonly ephemeralPorts: PortRange;
  /** Description of a security group created for the plan (constant, so that changing choices never replaces the group). */
  public readonly securityGroupDescription: string;
  /** Prefix of the names given to resources that need one (`twilio-voice`). */
  public readonly resourceNamePrefix: string;

  private constructor(input: TwilioNetworkPlanProps, ctx: PlanContext) {
    const props = withoutNulls(input);
    const problems = validatePlanProps(props);
    const sipProps = struct((props as Record<string, unknown> | undefined)?.sip, 'sip', problems);
    if (sipProps) problems.push(...validateSip(props as Record<string, unknown>, withoutNulls(sipProps), ctx.sipNaming));
    problems.push(...validatePrefixListOptions((props as any)?.prefixListHeadroom, (props as any)?.prefixLists));
    if (problems.length > 0) throw new TwilioValidationError(problems);
    const own = { props: props as TwilioNetworkPlanProps, ctx, cidrRules: [] as CidrRule[], sip: undefined as SipChoices | undefined };
    PRIVATE.set(this, own);
    const p = own.props;
    const references = p.prefixLists ?? [];

    const chosen = new Set((p.edges ?? [TwilioEdge.ROAMING]).map((e) => TwilioEdge._resolve(e)));
    this.edges = TwilioEdge.all().filter((e) => chosen.has(e));
    const sip = own.sip = sipProps ? sipChoices(this.edges, withoutNulls(sipProps)) : undefined;
    this.sdks = sip ? [] : [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE].filter((s) => (p.sdks ?? [VoiceSdk.JAVASCRIPT]).includes(s));
    this.ephemeralPorts = { ...TwilioCatalog.clientEphemeralPorts(), ...withoutNulls(p.ephemeralPorts ?? {}) };
    this.securityGroupDescription = sip ? SIP_SECURITY_GROUP_DESCRIPTION : SECURITY_GROUP_DESCRIPTION;
    this.resourceNamePrefix = RESOURCE_NAME_PREFIX;
    const publicServices = p.publicServices ?? this.edges.some((e) => !e.isPrivateInterconnect);
    const turnFallback = p.turnFallback ?? false;
    const legacyMobilePort = p.legacyMobilePort ?? false;

    this.flows = mergeDrafts(sip ? sipDrafts(sip) : sdkDrafts({
      edges: this.edges,
      sdks: this.sdks,
      publicServices,
      insights: p.insights ?? publicServices,
      homeRegion: p.homeRegion,
      legacyMobilePort,
      turnFallback,
    }));
    own.cidrRules = planSecurityGroupRules(this.flows);
    this.securityGroupRules = references.length > 0 ? referencePrefixLists(own.cidrRules, this.flows, references) : own.cidrRules;
    this.networkAclEntries = p.networkAcl ? this.numberedAclEntries(p.networkAcl.firstRuleNumber ?? DEFAULT_FIRST_RULE_NUMBER) : [];

    this.dnsDomains = planDnsDomains({
      edges: this.edges, sdks: this.sdks, turnFallback, wildcards: p.dnsWildcards ?? false, extra: sip ? sipDomains(sip) : [],
    }, this.flows);
    const dns = p.dnsFirewall;
    this.dnsFirewallName = dns ? dns.name ?? RESOURCE_NAME_PREFIX : undefined;
    this.dnsFirewallRules = dns ? planDnsFirewallRules(dns, this.dnsFirewallName!, this.dnsDomains) : [];
    this.dnsFirewallPriority = dns ? dns.priority ?? DEFAULT_DNS_FIREWALL_PRIORITY : undefined;
    const cidrRoutes = planRoutes(this.edges, p.interconnectConnection ?? InterconnectConnection.BGP);
    this.cidrSets = planCidrSets(this.flows, cidrRoutes, p.prefixListHeadroom ?? DEFAULT_PREFIX_LIST_HEADROOM, describeCidrSet);
    this.routes = references.length > 0 ? referenceRoutePrefixLists(cidrRoutes, references) : cidrRoutes;
    const tooSmall = [...referenceSizeProblems(this.cidrSets, references), ...referenceContentProblems(this.cidrSets, references)];
    if (tooSmall.length > 0) throw new TwilioValidationError(tooSmall);
    this.quotas = quotaReport(this.quotaInputs(), this.networkAclEntries);
    this.notes = [
      ...(sip ? sipNotes(sip, ctx.sipNaming.option) : planNotes(this.edges, this.sdks, legacyMobilePort, turnFallback)),
      ...(p.publicSourceCidrs ? [`Interconnect public sources: announce ${p.publicSourceCidrs.join(', ')} to Twilio (BGP), or name them in the VPN's encryption domain.`] : []),
    ];
    this.summary = sip ? sipSummary(sip)
      : 'Voice SDK clients: outbound connections to Twilio only, and their return traffic. Twilio never initiates connections to SDK clients.';
    this.networkAclWarnings = aclWarnings(this.quotaInputs(), this.quotas, this.networkAclEntries, this.quotaChoices());
    this.warnings = [
      ...securityGroupWarnings(this.quotaInputs(), this.quotas, this.quotaChoices()),
      ...this.networkAclWarnings,
      ...(this.sdks.includes(VoiceSdk.MOBILE) && this.edges.some((e) => e.isPrivateInterconnect) ? [warning('interconnectMobileSignalingUnknown',
        `Twilio publishes no signalling hostnames for mobile SDKs on Interconnect edges (${this.edges.filter((e) => e.isPrivateInterconnect).join(', ')}). `
        + 'The security group rules admit the edge\'s published signalling CIDRs, but a DNS allow list cannot name what mobile clients resolve there: '
        + 'use dnsWildcards, or verify the names from inside your network (twilio-voice-network probe) before blocking other domains.')] : []),
    ];

    const over = ctx.quotas ? quotaProblems(this.quotaInputs(), this.quotas, this.networkAclEntries, this.quotaChoices()) : [];
    if (over.length > 0) throw new TwilioValidationError(over);
  }

  /**
   * The same plan with network ACL entries numbered from `options.firstRuleNumber`, for a network ACL that already
   * exists: its `networkAclEntries` (both directions) and `networkAclWarnings` are what to add.
   * @param options where the rule numbers start
   * @throws a validation error for a bad rule number, or when the entries exceed the network ACL quota
   */
  public forExistingNetworkAcl(options: TwilioNetworkAclEntriesOptions = {}): TwilioNetworkPlan {
    const problems = options === null || typeof options !== 'object' || Array.isArray(options)
      ? [`options must be an object such as { firstRuleNumber: 100 }, got: ${JSON.stringify(options)}.`]
      : validateFirstRuleNumber(options.firstRuleNumber, 'firstRuleNumber');
    if (problems.length > 0) throw new TwilioValidationError(problems);
    const { props, ctx } = PRIVATE.get(this)!;
    return new TwilioNetworkPlan({ ...props, networkAcl: { firstRuleNumber: options.firstRuleNumber ?? undefined } }, ctx);
  }

  /** Flows admitted by no rule of the plan; always empty (a self-check other tools can call). */
  public unadmittedFlows(): TwilioFlow[] {
    return this.flows.filter((f) => !this.securityGroupRules.some((r) => r.flowIds.includes(f.id)));
  }

  private quotaInputs() {
    const { props } = PRIVATE.get(this)!;
    const references = props.prefixLists ?? [];
    return { quotas: props.quotas, references, securityGroupRules: this.securityGroupRules, flows: this.flows, edges: this.edges };
  }

  /** The choices a quota error can suggest changing. */
  private quotaChoices(): QuotaChoices {
    const { props, ctx, sip } = PRIVATE.get(this)!;
    return {
      turnFallback: props.turnFallback ?? false,
      sip: sip !== undefined,
      allInterconnectGateways: sip !== undefined && sip.allInterconnectGateways && this.edges.some((e) => e.isPrivateInterconnect),
      sipTransports: sip?.transports.length ?? 0,
      sipBothDirectionsOverTcp: sip !== undefined && sip.origination && sip.termination && sip.transports.some((t) => t !== SipTransport.UDP),
      sipOption: ctx.sipNaming.option,
    };
  }

  /**
   * The rules and flows the network ACL entries follow. A SIP endpoint's are those of both call directions: network
   * ACLs are stateless, and the entries for one direction's TCP/TLS signalling and the other's return traffic cover the
   * same ports, so with both the entries stay the same whichever calls the endpoint takes (the security group keeps the
   * direction), and turning origination or termination on never replaces an entry. Entries keep the IDs of this
   * plan's own flows only.
   */
  private aclBasis(): { rules: CidrRule[]; flows: TwilioFlow[]; ownFlows: Set<string> } {
    const { props, ctx, cidrRules, sip } = PRIVATE.get(this)!;
    const own = { rules: cidrRules, flows: this.flows, ownFlows: new Set(this.flows.map((f) => f.id)) };
    if (!sip || (sip.origination && sip.termination)) return own;
    const bothWays = { ...props, sip: { ...props.sip!, origination: true, termination: true }, networkAcl: undefined };
    const both = new TwilioNetworkPlan(bothWays, { ...ctx, quotas: false });
    return { rules: PRIVATE.get(both)!.cidrRules, flows: both.flows, ownFlows: own.ownFlows };
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
}
