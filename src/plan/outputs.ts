// The plan's outputs: flows, the rules and entries that admit them, routes, DNS Firewall rules, quota use and warnings.
import { NetworkProtocol, PortRange } from '../catalog/types';

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
  /** Twilio's end of the flow (its destination for egress, its source for ingress): a CIDR, or a hostname where Twilio publishes no addresses. */
  readonly peer: string;
  /** True when `peer` is a hostname. */
  readonly peerIsHostname: boolean;
  /**
   * The named set of Twilio CIDRs `peer` belongs to (one of the plan's `cidrSets`), which a managed prefix
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
  readonly sourceUrl: string;
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
  readonly sourceUrl: string;
}

/** A rule of the planned DNS Firewall rule group. */
export interface TwilioDnsFirewallRule {
  /** Stable ID within the plan (`allow`, `block`), the seed of resource IDs. */
  readonly id: string;
  /** Name of the rule (`<dnsFirewall.name>-allow-twilio`). */
  readonly name: string;
  /** Name of the rule's domain list (`<dnsFirewall.name>-domains`). */
  readonly domainListName: string;
  /** Priority within the rule group; lower runs first. */
  readonly priority: number;
  /** What the rule does with a matching query: `ALLOW` or `BLOCK`. */
  readonly action: string;
  /** The domains it matches; `['*']` for every domain. */
  readonly domains: string[];
  /**
   * How names a matching name redirects to (CNAME and DNAME chains) are treated: `TRUST_REDIRECTION_DOMAIN` checks only
   * the first name.
   * @default - the AWS default, `INSPECT_REDIRECTION_DOMAIN` (every name in the chain is inspected)
   */
  readonly redirectionAction?: string;
  /**
   * How a `BLOCK` rule answers: `NODATA` (the name exists but has no records of the type) or `NXDOMAIN`.
   * @default - none (not a BLOCK rule)
   */
  readonly blockResponse?: string;
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
