import { TwilioEdge } from '../catalog/twilio-edge';
import { VoiceSdk } from '../catalog/types';

/** IP protocol of a flow or rule. */
export enum NetworkProtocol {
  /** TCP (IP protocol 6). */
  TCP = 'tcp',
  /** UDP (IP protocol 17). */
  UDP = 'udp',
}

/** Why a flow exists. */
export enum TwilioFlowKind {
  /** TLS signalling from the SDK to Twilio's signalling gateway. */
  SIGNALING = 'signaling',
  /** SRTP/ICE media to Twilio's media servers. */
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

/** An inclusive range of ports. */
export interface PortRange {
  /** First port. */
  readonly fromPort: number;
  /** Last port. */
  readonly toPort: number;
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
}

/** What a client needs from Twilio; the input of `TwilioNetworkPlan.compute()`. */
export interface TwilioNetworkPlanProps extends TwilioTrafficOptions {
  /** Edges the clients connect to. Order and duplicates do not matter. */
  readonly edges: TwilioEdge[];
  /**
   * Allow the Twilio services that publish no addresses and are reached over the public internet
   * (TCP 443 to any IPv4): Insights, mobile push registration and the JavaScript SDK's sounds.
   * @default - true when any edge is public; for Interconnect-only plans, the value of `insights` (false unless set)
   */
  readonly publicServices?: boolean;
  /**
   * Send call quality data to Twilio Insights (`eventgw.twilio.com`). Needs `publicServices`.
   * @default true
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
}

/** A connection a client must be able to open. */
export interface TwilioFlow {
  /** Stable readable ID: `kind:destination:protocol-ports`. */
  readonly id: string;
  /** Why the flow exists. */
  readonly kind: TwilioFlowKind;
  /** IP protocol. */
  readonly protocol: NetworkProtocol;
  /** A CIDR, or a hostname where Twilio publishes no addresses. */
  readonly destination: string;
  /** True when `destination` is a hostname. */
  readonly destinationIsHostname: boolean;
  /** First destination port. */
  readonly fromPort: number;
  /** Last destination port. */
  readonly toPort: number;
  /** What the flow carries, in words. */
  readonly purpose: string;
  /** Edges that need the flow. */
  readonly edgeNames: string[];
  /** URL of the Twilio page that requires it. */
  readonly source: string;
}

/** An egress rule for a security group. Plans never contain ingress rules: Twilio never initiates connections. */
export interface TwilioSecurityGroupRule {
  /** Stable readable ID, e.g. `egress:udp-10000-60000:168.86.128.0/18`. Seed for resource IDs. */
  readonly id: string;
  /** IP protocol. */
  readonly protocol: NetworkProtocol;
  /** Destination IPv4 CIDR. */
  readonly cidr: string;
  /** First destination port. */
  readonly fromPort: number;
  /** Last destination port. */
  readonly toPort: number;
  /** Names the Twilio purpose; only characters AWS accepts in rule descriptions, at most 255. */
  readonly description: string;
  /** Flows this rule admits. */
  readonly flowIds: string[];
}

/** A network ACL entry. Egress entries mirror the security group rules; ingress entries admit their return traffic. */
export interface TwilioNetworkAclEntry {
  /** Stable readable ID, e.g. `ingress:udp-return:168.86.128.0/18`. Seed for resource IDs. */
  readonly id: string;
  /** True for outbound, false for inbound (return traffic). */
  readonly egress: boolean;
  /** Rule number, unique per direction. */
  readonly ruleNumber: number;
  /** IP protocol. */
  readonly protocol: NetworkProtocol;
  /** Destination (egress) or source (ingress) IPv4 CIDR. */
  readonly cidr: string;
  /** First destination port. */
  readonly fromPort: number;
  /** Last destination port. */
  readonly toPort: number;
  /** What the entry is for. */
  readonly description: string;
  /** Flows this entry admits (egress) or returns (ingress). */
  readonly flowIds: string[];
}

/** A route the client's subnets need, for Interconnect edges, whose traffic must not leave through a NAT or internet gateway. */
export interface TwilioRoute {
  /** Destination IPv4 CIDR. */
  readonly cidr: string;
  /** Interconnect edges served by the route. */
  readonly edgeNames: string[];
  /** What the route carries. */
  readonly purpose: string;
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
  /** Security group ingress rules (always 0). */
  readonly securityGroupIngress: TwilioQuotaUsage;
  /** Network ACL outbound entries, including the default deny. */
  readonly networkAclEgress: TwilioQuotaUsage;
  /** Network ACL inbound entries, including the default deny. */
  readonly networkAclIngress: TwilioQuotaUsage;
}
