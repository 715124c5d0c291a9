// The command line's options, in groups that commands share. Each option says how it is parsed and what it means;
// the command table (commands.ts) lists the groups each command takes, and help is written from both.
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { SipTransport } from '../catalog/types';
import { DEFAULT_TIMEOUT_MS } from '../probe/canary';

/** One option of the command line. */
export interface CliOption {
  /** The flag without its dashes, e.g. `edge`. */
  readonly flag: string;
  /** `string` options take a value; `boolean` ones do not. */
  readonly type: 'string' | 'boolean';
  /** Repeatable (and, for lists, comma-separable). */
  readonly multiple?: boolean;
  /** The value's placeholder in help, e.g. `NAME`. */
  readonly value?: string;
  /** What it does, in one line of help. */
  readonly help: string;
}

const sipPort = (t: SipTransport): number | undefined => TwilioCatalog.sipPorts().find((p) => p.transport === t)?.port;

/** Which edges: a plan's first choice. */
export const EDGE_OPTIONS: readonly CliOption[] = [
  { flag: 'edge', type: 'string', multiple: true, value: 'NAME', help: 'Twilio edge or legacy id (repeat or comma-separate; default roaming)' },
  { flag: 'near-region', type: 'string', value: 'REGION', help: 'the public edge nearest an AWS region, instead of --edge' },
];

/** What the Voice SDK clients use. */
export const SDK_OPTIONS: readonly CliOption[] = [
  { flag: 'sdk', type: 'string', multiple: true, value: 'javascript|mobile', help: 'SDKs in use (repeat or comma-separate; default javascript)' },
  { flag: 'turn', type: 'boolean', help: 'allow STUN/TURN to the Network Traversal Service (billed by Twilio)' },
  { flag: 'legacy-mobile-port', type: 'boolean', help: `allow TCP ${TwilioCatalog.legacyMobileSignalingPort()} (mobile SDKs before 3.x)` },
  {
    flag: 'home-region',
    type: 'string',
    value: 'ID',
    help: `your account's home Twilio Region (${TwilioCatalog.twilioRegions().join(', ')}; default ${TwilioCatalog.defaultHomeRegion()}): its Insights host`,
  },
];

/** Twilio's services published by name only. */
export const SERVICE_OPTIONS: readonly CliOption[] = [
  { flag: 'insights', type: 'boolean', help: 'include Twilio Insights (default: on, except Interconnect-only)' },
  { flag: 'no-insights', type: 'boolean', help: 'leave out Twilio Insights' },
  { flag: 'public-services', type: 'boolean', help: 'Interconnect: also allow Twilio services reached over the internet (TCP 443 to any)' },
  { flag: 'dns-wildcards', type: 'boolean', help: 'DNS allow list of wildcard domains instead of exact hostnames' },
];

/** How Interconnect edges are connected. */
export const CONNECTION_OPTIONS: readonly CliOption[] = [
  { flag: 'connection', type: 'string', value: 'bgp|vpn', help: 'how Interconnect edges are connected; decides the routes (default bgp)' },
];

/** The public source requirement of Interconnect. */
export const PUBLIC_SOURCE_OPTIONS: readonly CliOption[] = [
  { flag: 'public-source', type: 'string', multiple: true, value: 'CIDR', help: 'Interconnect: the public CIDRs your traffic leaves from (no RFC 6890 special-purpose range)' },
];

/** A SIP endpoint instead of Voice SDK clients. */
export const SIP_OPTIONS: readonly CliOption[] = [
  { flag: 'sip', type: 'boolean', help: 'plan a SIP endpoint (SBC, PBX) on the --edge edges instead of SDK clients (not roaming)' },
  { flag: 'media-ports', type: 'string', value: 'A-B', help: 'the endpoint\'s own RTP port range (required with --sip), e.g. 10000-20000' },
  { flag: 'transport', type: 'string', multiple: true, value: 'udp|tcp|tls', help: 'SIP transports (repeat or comma-separate; default all three)' },
  { flag: 'no-origination', type: 'boolean', help: 'no calls from Twilio (no TCP/TLS ingress; UDP and media stay both ways)' },
  { flag: 'no-termination', type: 'boolean', help: 'no calls to Twilio (no TCP/TLS egress, no DNS names)' },
  { flag: 'sip-port', type: 'string', value: 'N', help: `the endpoint's own SIP port for UDP and TCP (default ${sipPort(SipTransport.UDP)})` },
  { flag: 'sip-tls-port', type: 'string', value: 'N', help: `the endpoint's own SIP port for TLS (default ${sipPort(SipTransport.TLS)})` },
  { flag: 'sip-domains', type: 'boolean', help: 'the endpoint also sends to Programmable Voice SIP Domains: their names join the DNS list' },
  { flag: 'only-chosen-gateways', type: 'boolean', help: 'with *-ix edges: only their SIP gateways, not every exchange\'s' },
];

/** How security group rules and network ACL entries are written, and the DNS Firewall. */
export const RULE_OPTIONS: readonly CliOption[] = [
  { flag: 'ephemeral-ports', type: 'string', value: 'A-B', help: 'client ephemeral ports for network ACL return traffic (default 1024-65535)' },
  { flag: 'first-rule-number', type: 'string', value: 'N', help: 'lowest network ACL rule number (default 100)' },
  { flag: 'sg-quota', type: 'string', value: 'N', help: 'security group rules per direction (default 60)' },
  { flag: 'nacl-quota', type: 'string', value: 'N', help: 'network ACL entries per direction (default 20)' },
  { flag: 'dns-firewall', type: 'boolean', help: 'plan a Route 53 Resolver DNS Firewall for the plan\'s names' },
  { flag: 'block-other-domains', type: 'boolean', help: 'with --dns-firewall: block every other domain (a walled garden)' },
  { flag: 'dns-priority', type: 'string', value: 'N', help: 'with --dns-firewall: the association priority (100-9900, default 1000)' },
];

/** Where a command writes its file. */
export const OUTPUT_OPTIONS: readonly CliOption[] = [
  { flag: 'output', type: 'string', value: 'FILE', help: 'write to FILE instead of standard output' },
];

/** What `export` adds to the rules. */
export const EXPORT_OPTIONS: readonly CliOption[] = [
  { flag: 'format', type: 'string', value: 'nftables|iptables|terraform|cloudformation', help: 'what to write (required)' },
  { flag: 'network-acl', type: 'boolean', help: 'terraform, cloudformation: also the entries for an existing network ACL' },
  { flag: 'nft-table', type: 'string', value: 'FAMILY:NAME', help: 'nftables: write into your existing table (e.g. inet:filter) instead of a table of its own' },
  { flag: 'nft-chain', type: 'string', value: 'NAME', help: 'with --nft-table: the regular chain for outbound rules (default twilio_voice_egress)' },
  { flag: 'nft-ingress-chain', type: 'string', value: 'NAME', help: 'with --nft-table: the regular chain for inbound rules (default twilio_voice_ingress)' },
];

/** What `rules` prints. */
export const RULES_FORMAT_OPTIONS: readonly CliOption[] = [
  { flag: 'format', type: 'string', value: 'table|json|csv', help: 'how to print (default table)' },
];

/** The format of the enterprise commands. */
export const ENTERPRISE_FORMAT_OPTIONS: readonly CliOption[] = [
  { flag: 'format', type: 'string', value: 'terraform|cloudformation|json', help: 'what to write (required)' },
  { flag: 'name-prefix', type: 'string', value: 'NAME', help: 'prefix of the resources\' names (default twilio-voice)' },
];

/** Managed prefix lists. */
export const PREFIX_LIST_OPTIONS: readonly CliOption[] = [
  { flag: 'sip-signaling', type: 'boolean', help: 'also list Twilio\'s SIP signalling sources' },
  { flag: 'headroom', type: 'string', value: 'N', help: 'entries each list may grow by (default 2)' },
  { flag: 'share-with', type: 'string', multiple: true, value: 'PRINCIPAL', help: 'share the lists with AWS RAM: account IDs, organization or OU ARNs' },
  { flag: 'allow-external-principals', type: 'boolean', help: 'let the share reach principals outside your organization' },
];

/** AWS Network Firewall rule groups. */
export const FIREWALL_OPTIONS: readonly CliOption[] = [
  { flag: 'home-net', type: 'string', multiple: true, value: 'CIDR', help: 'CIDRs of the workloads behind the firewall (HOME_NET)' },
  { flag: 'strict-order', type: 'boolean', help: 'rule groups for a strict-order policy' },
  { flag: 'priority', type: 'string', value: 'N', help: 'with --strict-order: the first group\'s priority (default 100)' },
  { flag: 'first-sid', type: 'string', value: 'N', help: 'the sid of the first rule (default 1000000)' },
  { flag: 'capacity-headroom', type: 'string', value: 'PERCENT', help: 'extra capacity over what the rules use (default 50)' },
  { flag: 'prefix-list-arn', type: 'string', multiple: true, value: 'SET=ARN', help: 'reference a shared prefix list as an IP set, e.g. media=arn:aws:ec2:...' },
];

/** `probe`. */
export const PROBE_OPTIONS: readonly CliOption[] = [
  { flag: 'json', type: 'boolean', help: 'JSON Lines: one JSON object per check, one per line, instead of a table' },
  { flag: 'timeout-ms', type: 'string', value: 'N', help: `limit of one attempt in ms (default ${DEFAULT_TIMEOUT_MS}; failed attempts are retried twice)` },
  { flag: 'resolve', type: 'string', multiple: true, value: 'HOST=IP', help: 'use IP for HOST instead of DNS, like curl --resolve (repeatable)' },
  { flag: 'ca', type: 'string', multiple: true, value: 'FILE', help: 'also trust the PEM certificate authority in FILE (e.g. a TLS-inspecting proxy\'s)' },
];

/** `check-upstream`. */
export const UPSTREAM_OPTIONS: readonly CliOption[] = [
  { flag: 'from', type: 'string', value: 'DIR', help: 'read the pages from DIR/<docs path>.md instead of fetching them' },
  { flag: 'json', type: 'boolean', help: 'print the differences as JSON' },
];

/** `feed`. */
export const FEED_OPTIONS: readonly CliOption[] = [
  { flag: 'out', type: 'string', value: 'DIR', help: 'the folder to write: new, empty, or an earlier feed\'s (replaced whole, never half-written)' },
  { flag: 'previous', type: 'string', value: 'FILE', help: 'the twilio-network.json published last: the change history continues from it' },
];

/** Every command's own: help. */
export const HELP_OPTION: CliOption = { flag: 'help', type: 'boolean', help: 'print this help' };
