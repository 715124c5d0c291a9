import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection, NetworkProtocol, PortRange, VoiceSdk } from '../catalog/types';

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

/** Choices about the traffic clients need, shared by the plan and by both frameworks' constructs. */
export interface TwilioTrafficOptions {
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
   * The client's ephemeral (source) ports, which return traffic comes back to. Network ACLs only.
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
  /**
   * The Twilio Region your account's access tokens carry as home region (`us1`, `ie1` or `au1`). Clients then
   * also send Insights to `eventgw.{homeRegion}.twilio.com`.
   * @default - no home region: Insights goes to eventgw.twilio.com only
   */
  readonly homeRegion?: string;
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
  /** What the flow carries, in words. */
  readonly purpose: string;
  /** Edges that need the flow. */
  readonly edgeNames: string[];
  /** URL of the Twilio page that requires it. */
  readonly source: string;
}

/** A named set of Twilio CIDRs, e.g. the media range or one Interconnect edge's signalling CIDRs. */
export interface TwilioCidrSet {
  /** Stable name, e.g. `media`, `nts`, `interconnect-signaling-london-ix`. */
  readonly name: string;
  /** What the set holds. */
  readonly description: string;
  /** The CIDRs, in canonical order. */
  readonly cidrs: string[];
}

/** A security group rule. */
export interface TwilioSecurityGroupRule {
  /** Stable readable ID, e.g. `egress:udp-10000-60000:168.86.128.0/18`. Seed for resource IDs. */
  readonly id: string;
  /** Egress (to Twilio) or ingress (from Twilio). */
  readonly direction: FlowDirection;
  /** IP protocol. */
  readonly protocol: NetworkProtocol;
  /** Destination (egress) or source (ingress) IPv4 CIDR. */
  readonly cidr: string;
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
  /** Destination IPv4 CIDR. */
  readonly cidr: string;
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
