// The `twilio-voice-network` command: the plan for people who use neither AWS CDK nor CDKTF.
import * as fs from 'fs';
import { parseArgs } from 'util';
import { checkUpstream } from './check-upstream';
import { networkFirewallToCloudFormation, networkFirewallToTerraform, prefixListsToCloudFormation, prefixListsToTerraform } from './enterprise-exporters';
import { toCloudFormation, toCsv, toIptables, toJson, toNftables, toTerraform } from './exporters';
import { formatPlan } from './format';
import { NOT_FOR_PROBE, PROBE_HELP, PROBE_ONLY_OPTIONS, PROBE_USAGE, ProbeCommandDeps, runProbeCommand } from './probe-command';
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection, PortRange, SipTransport, VoiceSdk } from '../catalog/types';
import { MAX_PREFIX_LIST_ENTRIES } from '../plan/private/prefix-lists';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { NetworkFirewallRuleOrder, TwilioNetworkFirewallPlan, TwilioPrefixListPlan, TwilioPrefixListReference, TwilioSipOptions } from '../plan/types';
import { TwilioErrors } from '../util/errors';

const sipPort = (t: SipTransport) => TwilioCatalog.sipPorts().find((p) => p.transport === t)?.port;

export const USAGE = () => `Usage:
  twilio-voice-network rules  [choices] [--format table|json|csv]
  twilio-voice-network export --format nftables|iptables|terraform|cloudformation [choices] [--output FILE]
                              [--network-acl] [--dns-firewall [--block-other-domains] [--dns-priority N]]
  twilio-voice-network prefix-lists --format terraform|cloudformation|json [choices] [--output FILE]
                              [--sip-signaling] [--headroom N] [--name-prefix NAME] [--share-with PRINCIPAL]
                              [--allow-external-principals]
  twilio-voice-network network-firewall --format terraform|cloudformation|json [choices] [--output FILE]
                              [--home-net CIDR] [--strict-order [--priority N]] [--first-sid N]
                              [--capacity-headroom PERCENT] [--name-prefix NAME] [--prefix-list-arn SET=ARN]
${PROBE_USAGE}
  twilio-voice-network check-upstream [--from DIR] [--json]

rules prints flows, security group rules, network ACL entries, DNS names and quota use; export writes a
firewall or IaC file (nftables/iptables: accept rules; terraform/cloudformation: security group, and with
--network-acl rules for an existing ACL, with --dns-firewall a Route 53 Resolver DNS Firewall).
prefix-lists writes customer-managed prefix lists for Twilio's CIDR sets (with an AWS RAM share for
--share-with: account IDs, organization or OU ARNs); network-firewall writes AWS Network Firewall stateful
rule groups (5-tuple PASS rules and a TLS SNI / HTTP Host allow list).
check-upstream compares the catalog with Twilio's docs pages (fetched as their Markdown twins, or read from
DIR/<docs path>.md with --from) and prints one line per difference.
${PROBE_HELP}

Choices:
  --edge NAME            Twilio edge or legacy id (repeat or comma-separate; default roaming)
  --near-region REGION   the public edge nearest an AWS region, instead of --edge
  --sdk javascript|mobile  SDKs in use (repeat or comma-separate; default javascript)
  --insights / --no-insights  include or leave out Twilio Insights (default: on, except Interconnect-only)
  --public-services      Interconnect: also allow Twilio services reached over the internet (TCP 443 to any)
  --home-region ID       your account's home Twilio Region (${TwilioCatalog.twilioRegions().join(', ')}; default ${TwilioCatalog.defaultHomeRegion()}): its Insights host
  --connection bgp|vpn   how Interconnect edges are connected; decides the routes (default bgp)
  --turn                 allow STUN/TURN to the Network Traversal Service
  --dns-wildcards        DNS allow list of wildcard domains instead of exact hostnames
  --legacy-mobile-port   allow TCP ${TwilioCatalog.legacyMobileSignalingPort()} (mobile SDKs before 3.x)
  --ephemeral-ports A-B  client ephemeral ports for ACL return traffic (default 1024-65535)
  --first-rule-number N  lowest network ACL rule number (default 100)
  --sg-quota N           security group rules per direction (default 60)
  --nacl-quota N         network ACL entries per direction (default 20)

SIP endpoint (rules, export): an SBC or PBX on Elastic SIP Trunking instead of Voice SDK clients
  --sip                  plan a SIP endpoint on the --edge edges (required; not roaming)
  --media-ports A-B      the endpoint's own RTP port range (required with --sip), e.g. 10000-20000
  --transport udp|tcp|tls  SIP transports (repeat or comma-separate; default all three)
  --no-origination       no calls from Twilio (no ingress)
  --no-termination       no calls to Twilio
  --sip-port N / --sip-tls-port N  the endpoint's own SIP ports (default ${sipPort(SipTransport.UDP)} / ${sipPort(SipTransport.TLS)}, Twilio's)
  --sip-domains          the endpoint also sends to Programmable Voice SIP Domains: DNS Firewall allows those names too
  --only-chosen-gateways with *-ix edges: only their SIP gateways, not every exchange's (Twilio encourages all, for resilience)
  --public-source CIDR   Interconnect: the public CIDRs your traffic leaves from (checked: no RFC 6890 special-purpose range)

Exit status: 0 ok, 1 drift found (check-upstream), 2 bad arguments, choices or an unreadable page.`;

const RULES_FORMATS = ['table', 'json', 'csv'];
const EXPORT_FORMATS = ['nftables', 'iptables', 'terraform', 'cloudformation'];
const ENTERPRISE_FORMATS = ['terraform', 'cloudformation', 'json'];
const COMMANDS = 'rules, export, prefix-lists, network-firewall, probe or check-upstream';

/** Options of one command (or two), and the commands they belong to. */
const SIP_OPTIONS = ['sip', 'media-ports', 'transport', 'no-origination', 'no-termination', 'sip-port', 'sip-tls-port', 'sip-domains', 'only-chosen-gateways'];
const PREFIX_LIST_OPTIONS = ['sip-signaling', 'headroom', 'share-with', 'allow-external-principals'];
const FIREWALL_OPTIONS = ['home-net', 'strict-order', 'priority', 'first-sid', 'capacity-headroom', 'prefix-list-arn'];
const SECURITY_GROUP_OPTIONS = [
  'network-acl', 'dns-firewall', 'block-other-domains', 'dns-priority', 'ephemeral-ports', 'first-rule-number', 'sg-quota', 'nacl-quota', 'public-source',
];

/** Thrown for bad arguments: the message is the one line the user sees. */
class UsageError extends Error {}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

function integer(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} must be a whole number, got: '${value}'.`);
  return Number(value);
}

/**
 * The plan of the choices. `heldToQuotas`: refuse a plan over an AWS quota (Terraform and CloudFormation exports, which
 * AWS deploys); host firewall exports and the `rules` listing report quota use instead.
 */
function planFrom(values: Record<string, any>, networkAcl: boolean, dnsFirewall: boolean, heldToQuotas: boolean = true): TwilioNetworkPlan {
  if (values.insights && values['no-insights']) throw new UsageError('use either --insights or --no-insights, not both.');
  const edgeNames = list(values.edge);
  if (edgeNames.length > 0 && values['near-region']) throw new UsageError('use either --edge or --near-region, not both.');
  const edges = values['near-region'] ? [TwilioEdge.nearestTo(values['near-region'])] : edgeNames.length ? edgeNames.map((e) => TwilioEdge.of(e)) : undefined;
  const sdks = list(values.sdk).map((s) => {
    const sdk = Object.values(VoiceSdk).find((v) => v === s.toLowerCase());
    if (!sdk) throw new UsageError(`--sdk must be javascript or mobile, got: '${s}'.`);
    return sdk;
  });
  let ephemeralPorts;
  if (values['ephemeral-ports'] !== undefined) {
    const m = /^(\d+)-(\d+)$/.exec(values['ephemeral-ports']);
    if (!m) throw new UsageError(`--ephemeral-ports must look like 1024-65535, got: '${values['ephemeral-ports']}'.`);
    ephemeralPorts = { fromPort: Number(m[1]), toPort: Number(m[2]) };
  }
  return (heldToQuotas ? TwilioNetworkPlan.compute : TwilioNetworkPlan._computeForHost)({
    edges,
    sdks: sdks.length ? sdks : undefined,
    insights: values['no-insights'] ? false : values.insights ? true : undefined,
    networkAcl,
    quotas: { securityGroupRulesPerDirection: integer(values['sg-quota'], '--sg-quota'), networkAclEntriesPerDirection: integer(values['nacl-quota'], '--nacl-quota') },
    turnFallback: values.turn ? true : undefined,
    dnsWildcards: values['dns-wildcards'] ? true : undefined,
    legacyMobilePort: values['legacy-mobile-port'] ? true : undefined,
    ephemeralPorts,
    firstNaclRuleNumber: integer(values['first-rule-number'], '--first-rule-number'),
    publicServices: values['public-services'] ? true : undefined,
    homeRegion: values['home-region'],
    interconnectConnection: connection(values.connection),
    publicSourceCidrs: values['public-source'] ? list(values['public-source']) : undefined,
    dnsFirewall: dnsFirewall ? { blockOtherDomains: !!values['block-other-domains'], priority: integer(values['dns-priority'], '--dns-priority') } : undefined,
    sip: sipFrom(values),
  });
}

function portRange(value: string | undefined, option: string, example: string): PortRange | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)-(\d+)$/.exec(value);
  if (!m) throw new UsageError(`${option} must look like ${example}, got: '${value}'.`);
  return { fromPort: Number(m[1]), toPort: Number(m[2]) };
}

/** The plan's `sip` option from --sip and its options; SIP options without --sip are refused. */
function sipFrom(values: Record<string, any>): TwilioSipOptions | undefined {
  if (!values.sip) {
    const stray = SIP_OPTIONS.find((k) => values[k] !== undefined);
    if (stray) throw new UsageError(`--${stray} needs --sip.`);
    return undefined;
  }
  const mediaPorts = portRange(values['media-ports'], '--media-ports', '10000-20000');
  if (!mediaPorts) throw new UsageError('--sip needs --media-ports A-B: the endpoint\'s own RTP port range (Asterisk: 10000-20000).');
  const transports = list(values.transport).map((t) => {
    const transport = Object.values(SipTransport).find((v) => v === t.toLowerCase());
    if (!transport) throw new UsageError(`--transport must be udp, tcp or tls, got: '${t}'.`);
    return transport;
  });
  return {
    mediaPorts,
    transports: transports.length ? transports : undefined,
    origination: values['no-origination'] ? false : undefined,
    termination: values['no-termination'] ? false : undefined,
    sipPort: integer(values['sip-port'], '--sip-port'),
    sipTlsPort: integer(values['sip-tls-port'], '--sip-tls-port'),
    sipDomains: values['sip-domains'] ? true : undefined,
    allInterconnectGateways: values['only-chosen-gateways'] ? false : undefined,
  };
}

/** The traffic choices the enterprise commands share with the plan (edges, SDKs, TURN, home region, connection). */
function trafficFrom(values: Record<string, any>): Record<string, unknown> {
  if (values.insights && values['no-insights']) throw new UsageError('use either --insights or --no-insights, not both.');
  const edgeNames = list(values.edge);
  if (edgeNames.length > 0 && values['near-region']) throw new UsageError('use either --edge or --near-region, not both.');
  const sdks = list(values.sdk).map((s) => {
    const sdk = Object.values(VoiceSdk).find((v) => v === s.toLowerCase());
    if (!sdk) throw new UsageError(`--sdk must be javascript or mobile, got: '${s}'.`);
    return sdk;
  });
  return {
    edges: values['near-region'] ? [TwilioEdge.nearestTo(values['near-region'])] : edgeNames.length ? edgeNames.map((e) => TwilioEdge.of(e)) : undefined,
    sdks: sdks.length ? sdks : undefined,
    turnFallback: values.turn ? true : undefined,
    legacyMobilePort: values['legacy-mobile-port'] ? true : undefined,
    homeRegion: values['home-region'],
    interconnectConnection: connection(values.connection),
  };
}

function prefixListsFrom(values: Record<string, any>): TwilioPrefixListPlan {
  if (values.insights || values['no-insights'] || values['dns-wildcards'] || values['public-services']) {
    throw new UsageError('--insights, --no-insights, --dns-wildcards and --public-services do not apply to prefix-lists (the lists hold CIDRs only).');
  }
  return TwilioNetworkPlan.prefixLists({
    ...trafficFrom(values),
    sipSignaling: values['sip-signaling'] ? true : undefined,
    prefixListHeadroom: integer(values.headroom, '--headroom'),
    namePrefix: values['name-prefix'],
    shareWith: values['share-with'] ? list(values['share-with']) : undefined,
    allowExternalPrincipals: values['allow-external-principals'] ? true : undefined,
  });
}

function networkFirewallFrom(values: Record<string, any>): TwilioNetworkFirewallPlan {
  if (values['public-services']) throw new UsageError('--public-services does not apply to network-firewall.');
  if (values.priority !== undefined && !values['strict-order']) throw new UsageError('--priority needs --strict-order.');
  return TwilioNetworkPlan.networkFirewall({
    ...trafficFrom(values),
    insights: values['no-insights'] ? false : values.insights ? true : undefined,
    dnsWildcards: values['dns-wildcards'] ? true : undefined,
    homeNet: values['home-net'] ? list(values['home-net']) : undefined,
    ruleOrder: values['strict-order'] ? NetworkFirewallRuleOrder.STRICT_ORDER : undefined,
    priority: integer(values.priority, '--priority'),
    firstSid: integer(values['first-sid'], '--first-sid'),
    capacityHeadroomPercent: integer(values['capacity-headroom'], '--capacity-headroom'),
    namePrefix: values['name-prefix'],
    prefixLists: prefixListArns(values['prefix-list-arn']),
  });
}

/**
 * Prefix lists the rule groups reference as IP sets, from `SET=ARN` (e.g. the lists `prefix-lists` wrote). Network
 * Firewall reads a referenced list whole and does not count its maxEntries, which the CLI cannot know: the AWS maximum
 * stands in, so the plan's size check passes and keeping the list in step with its set is the user's.
 */
function prefixListArns(specs: string[] | undefined): TwilioPrefixListReference[] | undefined {
  const given = list(specs);
  if (given.length === 0) return undefined;
  return given.map((spec) => {
    const m = /^([a-z0-9-]+)=(arn:aws[a-z-]*:ec2:[a-z0-9-]+:\d{12}:prefix-list\/(pl-[0-9a-f]{8,17}))$/.exec(spec);
    if (!m) {
      throw new UsageError(`--prefix-list-arn must look like media=arn:aws:ec2:us-east-1:111122223333:prefix-list/pl-0123456789abcdef0, got: '${spec}'.`);
    }
    return { setName: m[1], prefixListArn: m[2], prefixListId: m[3], maxEntries: MAX_PREFIX_LIST_ENTRIES };
  });
}

/** Refuses options that belong to other commands. */
function refuse(values: Record<string, unknown>, options: readonly string[], command: string): void {
  const stray = options.find((k) => values[k] !== undefined);
  if (stray) throw new UsageError(`--${stray} does not apply to ${command}.`);
}

function connection(value: string | undefined): InterconnectConnection | undefined {
  if (value === undefined) return undefined;
  const c = Object.values(InterconnectConnection).find((v) => v === value.toLowerCase());
  if (!c) throw new UsageError(`--connection must be bgp or vpn, got: '${value}'.`);
  return c;
}

const CHECK_UPSTREAM_ONLY = ['from', 'json'];

/** Writes `--output`; a path that cannot be written (no such folder, a folder, no permission) is a bad argument. */
function writeOutput(file: string, text: string): void {
  // Node throws a TypeError for a path with a NUL byte: refuse it before
  if (file.includes('\0')) throw new UsageError(`--output must be a file path, got: ${JSON.stringify(file)}. A path cannot hold a NUL character.`);
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw e;
    throw new UsageError(`--output must be a file that can be written, got: '${file}' (${code}). Check that its folder exists and that it is not a folder.`);
  }
}

/** Runs the command; returns the exit status (a promise for commands that do network or file I/O). Never throws for bad input. */
export function runCli(argv: string[], io: CliIo, probeDeps: ProbeCommandDeps = {}): number | Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'edge': { type: 'string', multiple: true },
        'near-region': { type: 'string' },
        'sdk': { type: 'string', multiple: true },
        'insights': { type: 'boolean' },
        'no-insights': { type: 'boolean' },
        'sg-quota': { type: 'string' },
        'nacl-quota': { type: 'string' },
        'turn': { type: 'boolean' },
        'dns-wildcards': { type: 'boolean' },
        'legacy-mobile-port': { type: 'boolean' },
        'ephemeral-ports': { type: 'string' },
        'first-rule-number': { type: 'string' },
        'format': { type: 'string' },
        'output': { type: 'string' },
        'network-acl': { type: 'boolean' },
        'dns-firewall': { type: 'boolean' },
        'block-other-domains': { type: 'boolean' },
        'dns-priority': { type: 'string' },
        'public-services': { type: 'boolean' },
        'home-region': { type: 'string' },
        'connection': { type: 'string' },
        'from': { type: 'string' },
        'json': { type: 'boolean' },
        'timeout-ms': { type: 'string' },
        'resolve': { type: 'string', multiple: true },
        'ca': { type: 'string', multiple: true },
        'sip': { type: 'boolean' },
        'media-ports': { type: 'string' },
        'transport': { type: 'string', multiple: true },
        'no-origination': { type: 'boolean' },
        'no-termination': { type: 'boolean' },
        'sip-port': { type: 'string' },
        'sip-tls-port': { type: 'string' },
        'sip-domains': { type: 'boolean' },
        'only-chosen-gateways': { type: 'boolean' },
        'public-source': { type: 'string', multiple: true },
        'sip-signaling': { type: 'boolean' },
        'headroom': { type: 'string' },
        'name-prefix': { type: 'string' },
        'share-with': { type: 'string', multiple: true },
        'allow-external-principals': { type: 'boolean' },
        'home-net': { type: 'string', multiple: true },
        'prefix-list-arn': { type: 'string', multiple: true },
        'strict-order': { type: 'boolean' },
        'priority': { type: 'string' },
        'first-sid': { type: 'string' },
        'capacity-headroom': { type: 'string' },
        'help': { type: 'boolean', short: 'h' },
      },
    });
    if ((values['block-other-domains'] || values['dns-priority'] !== undefined) && !values['dns-firewall']) {
      throw new UsageError('--block-other-domains and --dns-priority need --dns-firewall.');
    }
    if (values.help) {
      io.stdout(USAGE() + '\n');
      return 0;
    }
    const [command, ...extra] = positionals;
    if (!command) throw new UsageError(`missing command: ${COMMANDS} (see --help).`);
    if (extra.length) throw new UsageError(`unexpected argument: '${extra[0]}'.`);
    if (command === 'check-upstream') {
      const other = Object.keys(values).filter((k) => !CHECK_UPSTREAM_ONLY.includes(k));
      if (other.length > 0) throw new UsageError(`check-upstream takes only --from and --json, got: --${other[0]}.`);
      return checkUpstream({ from: values.from, json: values.json }, io);
    }
    if (command === 'probe') {
      const other = NOT_FOR_PROBE.find((k) => (values as Record<string, unknown>)[k] !== undefined);
      if (other) throw new UsageError(`--${other} does not apply to probe.`);
      refuse(values, [...SIP_OPTIONS, ...PREFIX_LIST_OPTIONS, ...FIREWALL_OPTIONS, 'name-prefix'], 'probe');
      const plan = planFrom(values, false, false);
      return runProbeCommand({ plan, 'json': values.json, 'timeout-ms': values['timeout-ms'], 'resolve': values.resolve, 'ca': values.ca }, io, probeDeps);
    }
    const probeOnly = PROBE_ONLY_OPTIONS.find((k) => (values as Record<string, unknown>)[k] !== undefined);
    if (probeOnly) throw new UsageError(`--${probeOnly} belongs to probe.`);
    const misplaced = CHECK_UPSTREAM_ONLY.find((k) => (values as Record<string, unknown>)[k] !== undefined);
    if (misplaced) throw new UsageError(`--${misplaced} belongs to check-upstream.`);
    if (command === 'prefix-lists' || command === 'network-firewall') {
      refuse(values, [...SECURITY_GROUP_OPTIONS, ...SIP_OPTIONS, ...(command === 'prefix-lists' ? FIREWALL_OPTIONS : PREFIX_LIST_OPTIONS)], command);
      const format = values.format;
      if (!format || !ENTERPRISE_FORMATS.includes(format)) {
        throw new UsageError(`--format for ${command} must be one of ${ENTERPRISE_FORMATS.join(', ')}, got: ${format ? `'${format}'` : 'nothing'}.`);
      }
      let text: string;
      if (command === 'prefix-lists') {
        const plan = prefixListsFrom(values);
        text = format === 'terraform' ? prefixListsToTerraform(plan) : format === 'cloudformation' ? prefixListsToCloudFormation(plan) : JSON.stringify(plan, null, 2) + '\n';
      } else {
        const plan = networkFirewallFrom(values);
        text = format === 'terraform' ? networkFirewallToTerraform(plan) : format === 'cloudformation' ? networkFirewallToCloudFormation(plan) : JSON.stringify(plan, null, 2) + '\n';
      }
      if (values.output) writeOutput(values.output, text);
      else io.stdout(text);
      return 0;
    }
    if (command === 'rules' || command === 'export') refuse(values, [...PREFIX_LIST_OPTIONS, ...FIREWALL_OPTIONS, 'name-prefix'], command);
    if (command === 'rules') {
      const format = values.format ?? 'table';
      if (!RULES_FORMATS.includes(format)) throw new UsageError(`--format for rules must be one of ${RULES_FORMATS.join(', ')}, got: '${format}'.`);
      if (values.output || values['network-acl']) throw new UsageError('--output and --network-acl belong to export (rules always shows network ACL entries).');
      const plan = planFrom(values, true, !!values['dns-firewall'], false);
      io.stdout(format === 'json' ? toJson(plan) : format === 'csv' ? toCsv(plan) : formatPlan(plan) + '\n');
      return 0;
    }
    if (command === 'export') {
      const format = values.format;
      if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format for export must be one of ${EXPORT_FORMATS.join(', ')}, got: ${format ? `'${format}'` : 'nothing'}.`);
      const host = format === 'nftables' || format === 'iptables';
      const plan = planFrom(values, !!values['network-acl'], !!values['dns-firewall'], !host);
      const text = format === 'nftables' ? toNftables(plan)
        : format === 'iptables' ? toIptables(plan)
          : format === 'terraform' ? toTerraform(plan)
            : toCloudFormation(plan);
      if (values.output) writeOutput(values.output, text);
      else io.stdout(text);
      return 0;
    }
    throw new UsageError(`unknown command: '${command}'. Use ${COMMANDS} (see --help).`);
  } catch (e) {
    if (e instanceof UsageError || TwilioErrors.isValidationError(e) || (e as any)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr(`twilio-voice-network: ${(e as Error).message.replace(/\s*\n\s*-?\s*/g, ' ')}\n`);
      return 2;
    }
    throw e;
  }
}
