// The enterprise plans' inputs and outputs: managed prefix lists for Twilio's CIDR sets, and AWS Network Firewall rule groups.
import { TwilioPrefixListReference, TwilioSdkOptions } from './options';
import { TwilioCidrSetEntry } from './outputs';
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection } from '../catalog/types';

/**
 * The choices that decide which Twilio CIDR sets get a managed prefix list: props of `TwilioPrefixLists` (every framework)
 * and the input of `TwilioNetworkPlan.prefixLists()`.
 */
export interface TwilioPrefixListsProps extends TwilioSdkOptions {
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

/** The managed prefix lists for a set of choices, and how to share them. */
export interface TwilioPrefixListPlan {
  /** One list per CIDR set, sorted by set name. */
  readonly lists: TwilioPlannedPrefixList[];
  /**
   * The name of the AWS RAM resource share, when `shareWith` was given.
   * @default - not shared
   */
  readonly shareName?: string;
  /**
   * The principals the share is with.
   * @default - not shared
   */
  readonly sharePrincipals?: string[];
  /**
   * Whether principals outside the organization may be added to the share.
   * @default - not shared
   */
  readonly shareAllowsExternalPrincipals?: boolean;
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

/**
 * The choices for AWS Network Firewall rule groups: props of `TwilioNetworkFirewallRuleGroup` (every framework) and the
 * input of `TwilioNetworkPlan.networkFirewall()`.
 */
export interface TwilioNetworkFirewallProps extends TwilioSdkOptions {
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
  /**
   * Prefix lists to reference as IP sets (by ARN) instead of listing their CIDRs, at most 5 per rule group (e.g. a
   * `TwilioPrefixLists`'s `references`). Network Firewall reads a list whole: `maxEntries` is not needed.
   * @default - the rules list the CIDRs
   */
  readonly prefixLists?: TwilioPrefixListReference[];
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
