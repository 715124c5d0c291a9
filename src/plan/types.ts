import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection, NetworkProtocol, PortRange, SipTransport, VoiceSdk } from '../catalog/types';

/** Why a flow exists. */
export enum TwilioFlowKind {
  /** TLS signalling between a client or SIP endpoint and Twilio's signalling gateways. */
  SIGNALING = 'signaling',
  /** SRTP/ICE media to and from Twilio's media servers. */
  MEDIA = 'media',
  /** Call quality events and metrics to Twilio Insights. */
  INSIGHTS = 'insights',
  /** Push registration of mobile SDKs. */
  REGISTRATION = 'registration',
  /** Sounds the JavaScript SDK downloads. */
  SDK_ASSETS = 'sdk-assets',
  /** STUN/TURN through Twilio's Network Traversal Service, for networks that block direct UDP media. */
  TURN = 'turn',
}

/** Which way a flow is opened, seen from the workload the rules protect. */
export enum FlowDirection {
  /** The workload opens the connection to Twilio (SDK clients, SIP termination). */
  EGRESS = 'egress',
  /** Twilio opens the connection to the workload (SIP origination). */
  INGRESS = 'ingress',
}

/** What a DNS Firewall rule does with a matching query. */
export enum DnsFirewallAction {
  /** Resolve the name. */
  ALLOW = 'ALLOW',
  /** Answer with the rule's block response. */
  BLOCK = 'BLOCK',
}

/** How a DNS Firewall BLOCK rule answers. */
export enum DnsFirewallBlockResponse {
  /** The name exists but has no records of the queried type. */
  NODATA = 'NODATA',
  /** The name does not exist. */
  NXDOMAIN = 'NXDOMAIN',
}

/** How a DNS Firewall rule treats names a matching name redirects to (CNAME and DNAME chains). */
export enum DnsFirewallRedirectionAction {
  /** Check only the first name: once a Twilio name is allowed, the chain it points to resolves. */
  TRUST_REDIRECTION_DOMAIN = 'TRUST_REDIRECTION_DOMAIN',
  /** Check every name in the chain (the AWS default). */
  INSPECT_REDIRECTION_DOMAIN = 'INSPECT_REDIRECTION_DOMAIN',
}

/** AWS quotas the plan must fit in. Raise them only after raising the quota in your AWS account. */
export interface TwilioNetworkQuotas {
  /**
   * Security group rules allowed per direction.
   * @default 60
   * @see https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups
   */
  readonly securityGroupRulesPerDirection?: number;
  /**
   * Network ACL entries allowed per direction, counting the default deny entry (AWS allows up to 40).
   * @default 20
   * @see https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-nacls
   */
  readonly networkAclEntriesPerDirection?: number;
  /**
   * Usage at or above this percentage of a quota is reported as near the limit.
   * @default 80
   */
  readonly warnAtPercent?: number;
}

/** Choices about how rules are written, shared by every plan and every construct. */
export interface TwilioRuleOptions {
  /**
   * The workload's ephemeral (source) ports, which return traffic comes back to. Network ACLs only.
   * @default - 1024-65535, the range Twilio documents
   */
  readonly ephemeralPorts?: PortRange;
  /**
   * AWS quotas to fit.
   * @default - AWS defaults: 60 security group rules and 20 network ACL entries per direction
   */
  readonly quotas?: TwilioNetworkQuotas;
  /**
   * Allow `*.twilio.com` (and `*.twiliocdn.com` for the JavaScript SDK) in the DNS domain list instead of exact
   * hostnames. Survives Twilio adding hostnames, at the cost of allowing every Twilio name.
   * @default false
   */
  readonly dnsWildcards?: boolean;
}

/** Choices about the Voice SDK clients. */
export interface TwilioSdkOptions {
  /**
   * SDKs the clients use.
   * @default [VoiceSdk.JAVASCRIPT]
   */
  readonly sdks?: VoiceSdk[];
  /**
   * Also allow TCP 10194 for mobile signalling, which mobile SDKs older than 3.x use instead of 443.
   * @default false
   */
  readonly legacyMobilePort?: boolean;
  /**
   * Allow STUN/TURN to Twilio's Network Traversal Service, the media fallback when UDP to the media range is blocked.
   * TURN is billed by Twilio.
   * @default false
   */
  readonly turnFallback?: boolean;
  /**
   * Your account's home Twilio Region (`us1`, `ie1` or `au1`). The JavaScript SDK sends Insights to
   * `eventgw.{home}.twilio.com`, `home` being the region Twilio's signalling server names when the client connects
   * (twilio-voice.js device.ts), so a DNS allow list needs that host.
   * @default 'us1' - most accounts' home: eventgw.twilio.com and eventgw.us1.twilio.com are allowed
   */
  readonly homeRegion?: string;
}

/** Choices about the traffic Voice SDK clients need, shared by the plan and by both frameworks' SDK constructs. */
export interface TwilioTrafficOptions extends TwilioRuleOptions, TwilioSdkOptions {
}

/**
 * A SIP endpoint (SBC, PBX) connected to Twilio Elastic SIP Trunking or Programmable Voice SIP.
 *
 * @see https://www.twilio.com/docs/sip-trunking/ip-addresses
 */
export interface TwilioSipOptions {
  /**
   * The endpoint's own RTP port range, where Twilio sends media (Asterisk's default is 10000-20000, FreeSWITCH's
   * 16384-32768).
   */
  readonly mediaPorts: PortRange;
  /**
   * The SIP transports the endpoint uses with Twilio. `[SipTransport.TLS]` alone is the secure-trunking profile.
   * @default [SipTransport.UDP, SipTransport.TCP, SipTransport.TLS]
   */
  readonly transports?: SipTransport[];
  /**
   * Origination (Twilio to the endpoint: inbound calls): ingress from Twilio's signalling gateways and media.
   * @default true
   */
  readonly origination?: boolean;
  /**
   * Termination (the endpoint to Twilio: outbound calls): egress to Twilio's signalling gateways and media.
   * @default true
   */
  readonly termination?: boolean;
  /**
   * The endpoint's own SIP port for UDP and TCP.
   * @default 5060
   */
  readonly sipPort?: number;
  /**
   * The endpoint's own SIP port for TLS.
   * @default 5061
   */
  readonly sipTlsPort?: number;
  /**
   * The endpoint also sends to Programmable Voice SIP Domains (`{domain}.sip.{edge}.twilio.com`: registering phones,
   * calling a domain): the DNS Firewall then also allows those names for the chosen edges. They use the same
   * gateways and ports as termination, so the rules don't change. Needs `termination`.
   * @default false - only the termination URIs (`{trunk}.pstn.twilio.com`, `{trunk}.pstn.{edge}.twilio.com`)
   */
  readonly sipDomains?: boolean;
  /**
   * With an Interconnect (`*-ix`) edge, allow the SIP gateways of every Interconnect exchange, as Twilio strongly
   * encourages: when one exchange's gateways are down, another's carry the calls. False allows only the chosen edges'
   * gateways: fewer rules (each exchange adds two per transport and direction), at the cost of calls that another
   * exchange would carry.
   * @default true
   * @see https://www.twilio.com/docs/sip-trunking/configure-with-interconnect
   */
  readonly allInterconnectGateways?: boolean;
}

/**
 * A Route 53 Resolver DNS Firewall for the plan's hostnames.
 */
export interface TwilioDnsFirewallOptions {
  /**
   * Priority of the rule group's association with the VPC; lower runs first. Must be 100-9900.
   * @default 1000 - room for stricter groups before it and broader ones after
   * @see https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateFirewallRuleGroup.html
   */
  readonly priority?: number;
  /**
   * Also block every other domain (a walled garden). This affects **every** lookup in the VPC, not only Twilio
   * clients: anything else the VPC resolves must be allowed by another rule group with a lower priority number.
   * @default false
   */
  readonly blockOtherDomains?: boolean;
}

/** What a client needs from Twilio; the input of `TwilioNetworkPlan.compute()`. */
export interface TwilioNetworkPlanProps extends TwilioTrafficOptions {
  /**
   * Edges the clients connect to. Order and duplicates do not matter.
   * @default [TwilioEdge.ROAMING] - Global Low Latency
   */
  readonly edges?: TwilioEdge[];
  /**
   * Allow the Twilio services that publish no addresses and are reached over the public internet
   * (TCP 443 to any IPv4): Insights, mobile push registration and the JavaScript SDK's sounds.
   * @default - true when any edge is public; false for Interconnect-only plans
   */
  readonly publicServices?: boolean;
  /**
   * Send call quality data to Twilio Insights (`eventgw.twilio.com`). Needs `publicServices` (for
   * Interconnect-only plans, setting `insights: true` alone opens only Insights).
   * @default - true when public services are allowed
   */
  readonly insights?: boolean;
  /**
   * Plan network ACL entries and hold them to the network ACL quota. When false, `networkAclEntries` is empty.
   * @default true
   */
  readonly networkAcl?: boolean;
  /**
   * Lowest network ACL rule number the plan may use; entries take numbers from it up to 995 above it.
   * @default 100
   */
  readonly firstNaclRuleNumber?: number;
  /**
   * Plan a Route 53 Resolver DNS Firewall allowing the plan's hostnames.
   * @default - no DNS Firewall rules are planned
   */
  readonly dnsFirewall?: TwilioDnsFirewallOptions;
  /**
   * How Interconnect edges are connected; decides which prefixes are routed to the gateway.
   * @default InterconnectConnection.BGP
   */
  readonly interconnectConnection?: InterconnectConnection;
  /**
   * Entries each named CIDR set's prefix list may grow by before its `maxEntries` must be raised. Every security
   * group rule referencing a list counts `maxEntries` against the group's quota, and raising `maxEntries` later fails
   * if any referencing group would then exceed its quota: keep it small.
   * @default 2
   */
  readonly prefixListHeadroom?: number;
  /**
   * Managed prefix lists standing for named CIDR sets: rules and routes for those sets reference the lists instead of
   * CIDRs, each reference counted at the list's `maxEntries`. Network ACL entries keep CIDRs (ACLs take no lists).
   * @default - rules and routes use CIDRs
   */
  readonly prefixLists?: TwilioPrefixListReference[];
  /**
   * The globally unique CIDRs your traffic leaves from over the Interconnect (after any NAT), when Interconnect edges
   * are chosen. Twilio accepts Interconnect traffic only from public addresses you announce, so a special-purpose
   * range (RFC 6890: RFC 1918, 100.64.0.0/10 shared address space, documentation ranges, ...) is refused. The plan's
   * notes name them as what to announce.
   * @default - not checked: make sure yourself that the source addresses are public
   */
  readonly publicSourceCidrs?: string[];
  /**
   * Plan a SIP endpoint (SBC, PBX) on the chosen edges instead of Voice SDK clients. `edges` is then required and
   * may not be `roaming` (Twilio offers no GLL for SIP), and the SDK options do not apply.
   * @default - a plan for Voice SDK clients
   */
  readonly sip?: TwilioSipOptions;
}

/** A connection that must be possible between the workload and Twilio. */
export interface TwilioFlow {
  /** Stable readable ID: `kind:peer:protocol-ports` (ingress flows start with `ingress-`). */
  readonly id: string;
  /** Why the flow exists. */
  readonly kind: TwilioFlowKind;
  /** Who opens the connection. */
  readonly direction: FlowDirection;
  /** IP protocol. */
  readonly protocol: NetworkProtocol;
  /** The Twilio end: a CIDR, or a hostname where Twilio publishes no addresses. */
  readonly destination: string;
  /** True when `destination` is a hostname. */
  readonly destinationIsHostname: boolean;
  /**
   * The named set of Twilio CIDRs `destination` belongs to (one of the plan's `cidrSets`), which a managed prefix
   * list can stand for.
   * @default - a hostname, or a CIDR of no named set
   */
  readonly cidrSet?: string;
  /** First port on the side that accepts the connection (Twilio's for egress, the workload's for ingress). */
  readonly fromPort: number;
  /** Last port on the side that accepts the connection. */
  readonly toPort: number;
  /**
   * The ports the connection comes from, where they are known: Twilio's media ports for media Twilio sends, the
   * endpoint's RTP ports for media it sends. Network ACLs admit the return traffic to these ports.
   * @default - ephemeral ports: the workload's (`ephemeralPorts`) for egress, 1024-65535 for Twilio's side of ingress
   */
  readonly sourcePorts?: PortRange;
  /** What the flow carries, in words. */
  readonly purpose: string;
  /** Edges that need the flow. */
  readonly edgeNames: string[];
  /** URL of the Twilio page that requires it. */
  readonly source: string;
}

/** One CIDR of a named set, with what it is. */
export interface TwilioCidrSetEntry {
  /** The IPv4 CIDR. */
  readonly cidr: string;
  /** What it is, in words AWS accepts in a prefix list entry (at most 255 characters). */
  readonly description: string;
}

/** A named set of Twilio CIDRs, e.g. the media range or one Interconnect edge's signalling CIDRs. */
export interface TwilioCidrSet {
  /** Stable name, e.g. `media`, `nts`, `interconnect-signaling-london-ix`. */
  readonly name: string;
  /** What the set holds. */
  readonly description: string;
  /** The CIDRs, in canonical order. */
  readonly cidrs: string[];
  /** The CIDRs with what each is, for prefix list entries. */
  readonly entries: TwilioCidrSetEntry[];
  /**
   * The size a managed prefix list for the set should have: its entries plus `prefixListHeadroom`. Security groups
   * count a referenced list at this size, whatever its current number of entries.
   */
  readonly maxEntries: number;
}

/** A managed prefix list that stands for one of the plan's named CIDR sets. */
export interface TwilioPrefixListReference {
  /** The CIDR set the list holds, e.g. `media` (see `TwilioNetworkPlan.cidrSets`). */
  readonly setName: string;
  /** The list's ID (`pl-...`), or a token. */
  readonly prefixListId: string;
  /**
   * The list's `maxEntries`: every security group rule that references the list counts this many rules. Required for
   * security group rules and routes; Network Firewall reads a list whole and does not count it.
   * @default - not known: allowed only for Network Firewall rule groups
   */
  readonly maxEntries?: number;
  /**
   * The list's ARN, for AWS Network Firewall IP set references.
   * @default - not known; Network Firewall rule groups then use the CIDRs
   */
  readonly prefixListArn?: string;
  /**
   * The CIDRs the list holds, when known (lists created by `TwilioPrefixLists` say). A plan then refuses a list that
   * lacks a CIDR its set needs.
   * @default - not known (a list imported by ID): keep the list in step with the set yourself
   */
  readonly cidrs?: string[];
}

/** A security group rule. */
export interface TwilioSecurityGroupRule {
  /** Stable readable ID, e.g. `egress:udp-10000-60000:168.86.128.0/18`. Seed for resource IDs. */
  readonly id: string;
  /** Egress (to Twilio) or ingress (from Twilio). */
  readonly direction: FlowDirection;
  /** IP protocol. */
  readonly protocol: NetworkProtocol;
  /**
   * Destination (egress) or source (ingress) IPv4 CIDR.
   * @default - none: the rule references a managed prefix list (`prefixListId`)
   */
  readonly cidr?: string;
  /**
   * The named CIDR set the rule references as a managed prefix list, instead of a CIDR.
   * @default - none: the rule has a CIDR
   */
  readonly cidrSet?: string;
  /**
   * The ID of the managed prefix list standing for `cidrSet`.
   * @default - none: the rule has a CIDR
   */
  readonly prefixListId?: string;
  /** First port (Twilio's for egress, the workload's for ingress). */
  readonly fromPort: number;
  /** Last port. */
  readonly toPort: number;
  /** Names the Twilio purpose; only characters AWS accepts in rule descriptions, at most 255. */
  readonly description: string;
  /** Flows this rule admits. */
  readonly flowIds: string[];
}

/** A network ACL entry. Every allowed flow has one entry each way: the flow itself and its return traffic. */
export interface TwilioNetworkAclEntry {
  /** Stable readable ID, e.g. `ingress:udp-return:168.86.128.0/18`. Seed for resource IDs. */
  readonly id: string;
  /** True for outbound, false for inbound. */
  readonly egress: boolean;
  /** Rule number, unique per direction. */
  readonly ruleNumber: number;
  /** IP protocol. */
  readonly protocol: NetworkProtocol;
  /** Destination (outbound) or source (inbound) IPv4 CIDR. */
  readonly cidr: string;
  /** First destination port. */
  readonly fromPort: number;
  /** Last destination port. */
  readonly toPort: number;
  /** What the entry is for. */
  readonly description: string;
  /** Flows this entry admits or returns. */
  readonly flowIds: string[];
}

/** The network ACL entries for an ACL that already exists, and the warnings that go with them. */
export interface TwilioNetworkAclPlan {
  /** The entries, outbound first, each direction by rule number. */
  readonly entries: TwilioNetworkAclEntry[];
  /** Near-quota warnings for the ACL. */
  readonly warnings: TwilioPlanWarning[];
}

/** Options for adding the plan's entries to a network ACL that already exists. */
export interface TwilioExistingNetworkAclOptions {
  /**
   * Lowest rule number the entries may use; they take numbers up to 995 above it.
   * @default 100
   */
  readonly firstRuleNumber?: number;
}

/** A route the workload's subnets need, for Interconnect edges, whose traffic must not leave through a NAT or internet gateway. */
export interface TwilioRoute {
  /**
   * Destination IPv4 CIDR.
   * @default - none: the route's destination is a managed prefix list (`prefixListId`)
   */
  readonly cidr?: string;
  /**
   * The named CIDR set the route's destination prefix list stands for.
   * @default - none: the route has a CIDR
   */
  readonly cidrSet?: string;
  /**
   * The ID of the destination managed prefix list.
   * @default - none: the route has a CIDR
   */
  readonly prefixListId?: string;
  /** Interconnect edges served by the route. */
  readonly edgeNames: string[];
  /** What the route carries. */
  readonly purpose: string;
  /** URL of the Twilio page that lists the prefix. */
  readonly source: string;
}

/** A rule of the planned DNS Firewall rule group. */
export interface TwilioDnsFirewallRule {
  /** Stable ID within the plan (`allow`, `block`), the seed of resource IDs. */
  readonly id: string;
  /** Name of the rule (renderers prefix it with the user's name for the rule group). */
  readonly name: string;
  /** Name of the rule's domain list (prefixed like `name`). */
  readonly domainListName: string;
  /** Priority within the rule group; lower runs first. */
  readonly priority: number;
  /** What the rule does. */
  readonly action: DnsFirewallAction;
  /** The domains it matches; `['*']` for every domain. */
  readonly domains: string[];
  /** True when names a matching name redirects to (CNAME chains) are trusted without being checked. */
  readonly trustsRedirection: boolean;
  /**
   * How redirection chains are treated.
   * @default - the AWS default (every name in the chain is inspected)
   */
  readonly redirectionAction?: DnsFirewallRedirectionAction;
  /**
   * How a BLOCK rule answers.
   * @default - none (not a BLOCK rule)
   */
  readonly blockResponse?: DnsFirewallBlockResponse;
}

/** Something a user should know about a plan, with an ID they can acknowledge. */
export interface TwilioPlanWarning {
  /** Acknowledgeable ID, e.g. `twilio-voice-network:securityGroupRulesNearQuota`. */
  readonly id: string;
  /** What is wrong and what to do. */
  readonly message: string;
}

/** Use of one quota. */
export interface TwilioQuotaUsage {
  /** Which quota. */
  readonly name: string;
  /** Entries the plan uses (network ACLs: including the default deny). */
  readonly used: number;
  /** The quota. */
  readonly limit: number;
  /** True when `used` is at or above the warning threshold. */
  readonly nearLimit: boolean;
}

/** How much of each AWS quota the plan uses. */
export interface TwilioQuotaReport {
  /** Security group egress rules. */
  readonly securityGroupEgress: TwilioQuotaUsage;
  /** Security group ingress rules (0 unless the plan has ingress flows). */
  readonly securityGroupIngress: TwilioQuotaUsage;
  /** Network ACL outbound entries, including the default deny. */
  readonly networkAclEgress: TwilioQuotaUsage;
  /** Network ACL inbound entries, including the default deny. */
  readonly networkAclIngress: TwilioQuotaUsage;
}

/** The choices that decide which Twilio CIDR sets get a managed prefix list; the input of `TwilioNetworkPlan.prefixLists()`. */
export interface TwilioPrefixListPlanProps extends TwilioSdkOptions {
  /**
   * Edges whose sets the lists hold: the NTS ranges of public edges, the signalling CIDRs and routed prefixes of
   * Interconnect edges. Public and Interconnect edges may be mixed. Media is the same for every edge.
   * @default [TwilioEdge.ROAMING]
   */
  readonly edges?: TwilioEdge[];
  /**
   * How Interconnect edges are connected; decides the prefixes in each `interconnect-routes-<edge>` list.
   * @default InterconnectConnection.BGP
   */
  readonly interconnectConnection?: InterconnectConnection;
  /**
   * Also list the sources of Twilio's SIP signalling (`sip-signaling`, and `sip-gateways-<edge>` for Interconnect
   * edges), for `TwilioSipEndpoint`s that reference the lists.
   * @default false
   */
  readonly sipSignaling?: boolean;
  /**
   * Entries each list may grow by: a list's `maxEntries` is its CIDRs plus this. Every security group rule that
   * references a list counts `maxEntries` against the group's rule quota, and raising `maxEntries` later fails if any
   * referencing group would then exceed its quota: keep it small.
   * @default 2
   */
  readonly prefixListHeadroom?: number;
  /**
   * Prefix of the lists' names (`<namePrefix>-<set>`) and of the resource share's.
   * @default 'twilio-voice'
   */
  readonly namePrefix?: string;
  /**
   * AWS RAM principals to share the lists with: account IDs, or organization or OU ARNs.
   * @default - the lists are not shared
   */
  readonly shareWith?: string[];
  /**
   * Let the share reach principals outside your AWS organization.
   * @default false
   */
  readonly allowExternalPrincipals?: boolean;
}

/** One customer-managed prefix list to create, holding one named CIDR set. */
export interface TwilioPlannedPrefixList {
  /** The set the list holds, e.g. `media`: the key references use. */
  readonly setName: string;
  /** The list's name. */
  readonly name: string;
  /** What the set holds. */
  readonly description: string;
  /** Address family (`IPv4`: Twilio publishes IPv4 ranges only). */
  readonly addressFamily: string;
  /** The entries, in canonical order. */
  readonly entries: TwilioCidrSetEntry[];
  /** The list's size: its entries plus the headroom. */
  readonly maxEntries: number;
}

/** An AWS RAM resource share for the lists. */
export interface TwilioPlannedResourceShare {
  /** The share's name. */
  readonly name: string;
  /** The principals it shares with. */
  readonly principals: string[];
  /** Whether principals outside the organization may be added. */
  readonly allowExternalPrincipals: boolean;
}

/** The managed prefix lists for a set of choices, and how to share them. */
export interface TwilioPrefixListPlan {
  /** One list per CIDR set, sorted by set name. */
  readonly lists: TwilioPlannedPrefixList[];
  /**
   * The RAM share, when `shareWith` was given.
   * @default - not shared
   */
  readonly share?: TwilioPlannedResourceShare;
  /** Things to know about the lists. */
  readonly notes: string[];
}

/** How an AWS Network Firewall stateful rule group orders its rules. */
export enum NetworkFirewallRuleOrder {
  /** Pass rules first, then drop, reject and alert (Network Firewall's default, "action order"). */
  DEFAULT_ACTION_ORDER = 'DEFAULT_ACTION_ORDER',
  /** Rules in the order given, and rule groups by their priority in the policy. */
  STRICT_ORDER = 'STRICT_ORDER',
}

/** The choices for Network Firewall rule groups, but the prefix lists. */
export interface TwilioNetworkFirewallOptions extends TwilioSdkOptions {
  /**
   * Edges the clients behind the firewall use. Public and Interconnect edges may be mixed.
   * @default [TwilioEdge.ROAMING]
   */
  readonly edges?: TwilioEdge[];
  /**
   * Allow Twilio Insights (`eventgw.twilio.com`).
   * @default - true when any edge is public
   */
  readonly insights?: boolean;
  /**
   * How Interconnect edges are connected.
   * @default InterconnectConnection.BGP
   */
  readonly interconnectConnection?: InterconnectConnection;
  /**
   * The rule order of the rule groups; it must match the firewall policy's (`StatefulEngineOptions.RuleOrder`).
   * @default NetworkFirewallRuleOrder.DEFAULT_ACTION_ORDER
   */
  readonly ruleOrder?: NetworkFirewallRuleOrder;
  /**
   * Priority of the first rule group in a strict-order policy; the domain group takes the next one. Only for
   * `NetworkFirewallRuleOrder.STRICT_ORDER`.
   * @default 100 with strict order
   */
  readonly priority?: number;
  /**
   * CIDRs of the workloads behind the firewall: the source of the flow rules, and the domain group's `HOME_NET`.
   * In a central inspection VPC, `HOME_NET` otherwise means the inspection VPC's own CIDR, not the spokes'.
   * @default - flow rules from any source; the domain group uses the policy's `HOME_NET`
   */
  readonly homeNet?: string[];
  /**
   * Extra capacity, in percent of what the rules use, so that rules can grow without replacing the group (a rule
   * group's capacity is fixed at creation).
   * @default 50
   */
  readonly capacityHeadroomPercent?: number;
  /**
   * The `sid` of the first flow rule; rules take consecutive ones. Choose a range no other rule of the policy uses.
   * @default 1000000
   */
  readonly firstSid?: number;
  /**
   * Prefix of the rule groups' names (`<namePrefix>-flows`, `<namePrefix>-domains`). Names are unique per account
   * and Region.
   * @default 'twilio-voice'
   */
  readonly namePrefix?: string;
  /**
   * Also match hostnames by domain: `.twilio.com` (and `.twiliocdn.com`) instead of each name.
   * @default false
   */
  readonly dnsWildcards?: boolean;
}

/** The input of `TwilioNetworkPlan.networkFirewall()`. */
export interface TwilioNetworkFirewallPlanProps extends TwilioNetworkFirewallOptions {
  /**
   * Prefix lists (with their ARNs) to reference as IP sets instead of literal CIDRs, at most 5 per rule group.
   * @default - literal CIDRs
   */
  readonly prefixLists?: TwilioPrefixListReference[];
}

/** Props of `TwilioNetworkFirewallRuleGroup` (both frameworks): the choices, and prefix lists to reference. */
export interface TwilioNetworkFirewallRuleGroupProps extends TwilioNetworkFirewallOptions {
  /**
   * Reference these prefix lists as IP sets (by ARN) instead of listing their CIDRs; at most 5 per rule group.
   * @default - the rules list the CIDRs
   */
  readonly prefixLists?: ITwilioPrefixLists;
}

/**
 * Managed prefix lists for Twilio's named CIDR sets: created by `TwilioPrefixLists`, or imported by ID with
 * `TwilioPrefixLists.fromReferences()` (in the accounts the lists are shared with).
 */
export interface ITwilioPrefixLists {
  /** One reference per list: its set, ID, `maxEntries` and, where known, ARN and CIDRs. */
  readonly references: TwilioPrefixListReference[];
}

/** A stateful 5-tuple rule (`StatefulRules`). */
export interface TwilioNetworkFirewallRule {
  /** Stable ID, the seed of nothing but tests and diffs. */
  readonly id: string;
  /** `PASS`. */
  readonly action: string;
  /** `TCP` or `UDP`. */
  readonly protocol: string;
  /** A CIDR or `ANY`. */
  readonly source: string;
  /** `ANY`. */
  readonly sourcePort: string;
  /** A CIDR or an IP set reference (`@NAME`). */
  readonly destination: string;
  /** A port or a range (`10000:60000`). */
  readonly destinationPort: string;
  /** `FORWARD`: the workload opens the connection; its replies follow the flow. */
  readonly direction: string;
  /** The rule's `sid`. */
  readonly sid: number;
  /** The rule's options, as Network Firewall takes them (the `sid`). */
  readonly ruleOptions: TwilioNetworkFirewallRuleOption[];
  /** What it admits. */
  readonly description: string;
  /** Flows it admits. */
  readonly flowIds: string[];
}

/** A Suricata rule option of a 5-tuple rule. */
export interface TwilioNetworkFirewallRuleOption {
  /** The keyword, e.g. `sid`. */
  readonly keyword: string;
  /** Its settings. */
  readonly settings: string[];
}

/** An IP set variable of a rule group. */
export interface TwilioNetworkFirewallIpSetVariable {
  /** Its name, e.g. `HOME_NET`. */
  readonly name: string;
  /** Its CIDRs. */
  readonly definition: string[];
}

/** Where a firewall policy references a rule group. */
export interface TwilioNetworkFirewallRuleGroupReference {
  /** The rule group's ARN. */
  readonly resourceArn: string;
  /**
   * Its priority, for a strict-order policy.
   * @default - none (action order)
   */
  readonly priority?: number;
}

/** An IP set reference of a rule group: a name its rules use as `@name`, for a prefix list. */
export interface TwilioNetworkFirewallIpSetReference {
  /** The reference's name. */
  readonly name: string;
  /** The CIDR set. */
  readonly setName: string;
  /** ARN of the prefix list. */
  readonly prefixListArn: string;
}

/** One planned stateful rule group. A rule group holds one kind of rules source. */
export interface TwilioNetworkFirewallRuleGroupPlan {
  /** `flows` (5-tuple rules) or `domains` (a domain list). */
  readonly id: string;
  /** The rule group's name. */
  readonly name: string;
  /** `STATEFUL`. */
  readonly type: string;
  /** What it does. */
  readonly description: string;
  /** The capacity to create it with: what its rules use plus the headroom. */
  readonly capacity: number;
  /** What its rules use. */
  readonly usedCapacity: number;
  /** Its rule order. */
  readonly ruleOrder: NetworkFirewallRuleOrder;
  /**
   * Its priority in a strict-order policy.
   * @default - none (action order)
   */
  readonly priority?: number;
  /** Its IP set variables: `HOME_NET` when `homeNet` was given (otherwise the policy's applies). */
  readonly ipSetVariables: TwilioNetworkFirewallIpSetVariable[];
  /** The 5-tuple rules (the `flows` group). */
  readonly statefulRules: TwilioNetworkFirewallRule[];
  /** Its IP set references. */
  readonly ipSetReferences: TwilioNetworkFirewallIpSetReference[];
  /** The domains (the `domains` group): `.example.com` is the domain and its subdomains. */
  readonly domainTargets: string[];
  /** What the domain list inspects: `TLS_SNI` and `HTTP_HOST`. */
  readonly domainTargetTypes: string[];
  /**
   * `ALLOWLIST`: matching TLS and HTTP traffic passes, and other TLS and HTTP traffic the group sees is dropped.
   * @default - none (not a domain group)
   */
  readonly generatedRulesType?: string;
}

/** Network Firewall rule groups for Twilio traffic. */
export interface TwilioNetworkFirewallPlan {
  /** The groups: `flows` first (it must pass before the domain list drops), then `domains`; a group without rules is left out. */
  readonly ruleGroups: TwilioNetworkFirewallRuleGroupPlan[];
  /** What the firewall policy and the network also need. */
  readonly notes: string[];
}
