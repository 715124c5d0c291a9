// The plan's inputs: the choices every entry point and construct shares, and the options of each.
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection, PortRange, SipTransport, VoiceSdk } from '../catalog/types';

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

/** Choices about how rules are written, shared by the plan and every construct that writes rules. */
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
  /**
   * A Route 53 Resolver DNS Firewall allowing the plan's hostnames. A construct creates its rule group and associates
   * it with the VPC; a plan lists its rules (`dnsFirewallRules`).
   * @default - no DNS Firewall
   */
  readonly dnsFirewall?: TwilioDnsFirewallOptions;
  /**
   * Managed prefix lists standing for named CIDR sets (a `TwilioPrefixLists`'s `references`, or lists shared with this
   * account): rules and routes for those sets reference the lists instead of CIDRs, each reference counted at the
   * list's `maxEntries` against the security group quota. Network ACL entries keep the CIDRs (ACLs take no lists).
   * @default - rules and routes list the CIDRs
   */
  readonly prefixLists?: TwilioPrefixListReference[];
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
   * The endpoint also sends to Programmable Voice SIP Domains (`{domain}.sip.twilio.com`, and each chosen edge's
   * `{domain}.sip.{edge}.twilio.com` and legacy form: registering phones, calling a domain): the DNS Firewall then
   * also allows those names. They use the same
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
   * @default - 1000 (room for stricter groups before it and broader ones after); several constructs in one VPC get
   * distinct priorities
   * @see https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateFirewallRuleGroup.html
   */
  readonly priority?: number;
  /**
   * Also block every other domain (a walled garden). This affects **every** lookup in the VPC, not only Twilio
   * clients: anything else the VPC resolves must be allowed by another rule group with a lower priority number.
   * @default false
   */
  readonly blockOtherDomains?: boolean;
  /**
   * Name of the rule group and its association, and prefix of the domain lists' and rules' names (`<name>-<what>`);
   * at most 64 characters with the longest suffix. In AWS CDK, CloudFormation names the resources when it is left out;
   * Terraform requires names, so CDKTF and CDK Terrain use the default.
   * @default 'twilio-voice'
   */
  readonly name?: string;
}

/** Options for network ACL entries: where their rule numbers start. */
export interface TwilioNetworkAclEntriesOptions {
  /**
   * Lowest rule number the entries may use; they take numbers up to 995 above it. Choose a range the ACL's other
   * entries do not use.
   * @default 100
   */
  readonly firstRuleNumber?: number;
}

/** What a client needs from Twilio; the input of `TwilioNetworkPlan.compute()`. */
export interface TwilioNetworkPlanProps extends TwilioRuleOptions, TwilioSdkOptions {
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
   * Plan network ACL entries (both directions) and hold them to the network ACL quota.
   * @default - no network ACL entries are planned
   */
  readonly networkAcl?: TwilioNetworkAclEntriesOptions;
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
