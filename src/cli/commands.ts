// The command table: one entry per command, with its options, its help and what it runs. runCli (cli.ts) parses a
// command's arguments with its own options only, so an option of another command is refused by name.
import * as fs from 'fs';
import { checkUpstream } from './check-upstream';
import { networkFirewallProps, planProps, prefixListProps, UsageError, Values } from './choices';
import { networkFirewallToCloudFormation, networkFirewallToTerraform, prefixListsToCloudFormation, prefixListsToTerraform } from './enterprise-exporters';
import { NftablesPlacement, toCloudFormation, toCsv, toIptables, toJson, toNftables, toTerraform } from './exporters';
import { runFeedCommand } from './feed-command';
import { inFlags } from './flags';
import { formatPlan } from './format';
import {
  CliOption, CONNECTION_OPTIONS, EDGE_OPTIONS, ENTERPRISE_FORMAT_OPTIONS, EXPORT_OPTIONS, FEED_OPTIONS, FIREWALL_OPTIONS, OUTPUT_OPTIONS,
  PREFIX_LIST_OPTIONS, PROBE_OPTIONS, PUBLIC_SOURCE_OPTIONS, RULE_OPTIONS, RULES_FORMAT_OPTIONS, SDK_OPTIONS, SERVICE_OPTIONS, SIP_OPTIONS,
  UPSTREAM_OPTIONS,
} from './options';
import { ProbeCommandDeps, runProbeCommand } from './probe-command';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';

/** Where a command writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** One command of the table. */
export interface CliCommand {
  readonly name: string;
  /** One line, for the list of commands. */
  readonly summary: string;
  /** The arguments in the usage line, e.g. `--format FORMAT [options]`. */
  readonly usage: string;
  /** What the command does, a few lines. */
  readonly description: string;
  /** Option groups, with a heading each. */
  readonly options: ReadonlyArray<readonly [string, readonly CliOption[]]>;
  /** What the exit status means. */
  readonly exit: string;
  /** Runs it; a promise for commands that do network or file I/O. Throws UsageError (or a validation error) for bad input. */
  readonly run: (values: Values, io: CliIo, deps: ProbeCommandDeps) => number | Promise<number>;
}

const CHOICES: ReadonlyArray<readonly [string, readonly CliOption[]]> = [
  ['Edges', EDGE_OPTIONS],
  ['Voice SDK clients', [...SDK_OPTIONS, ...SERVICE_OPTIONS]],
  ['Interconnect', [...CONNECTION_OPTIONS, ...PUBLIC_SOURCE_OPTIONS]],
  ['SIP endpoint (instead of Voice SDK clients)', SIP_OPTIONS],
  ['Rules', RULE_OPTIONS],
];

/** Writes `--output`; a path that cannot be written (no such folder, a folder, no permission) is a bad argument. */
function write(values: Values, text: string, io: CliIo): number {
  const file = values.output;
  if (typeof file !== 'string') {
    io.stdout(text);
    return 0;
  }
  // Node throws a TypeError for a path with a NUL byte: refuse it before
  if (file.includes('\0')) throw new UsageError(`--output must be a file path, got: ${JSON.stringify(file)}. A path cannot hold a NUL character.`);
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw e;
    throw new UsageError(`--output must be a file that can be written, got: '${file}' (${code}). Check that its folder exists and that it is not a folder.`);
  }
  return 0;
}

function formatOf(values: Values, command: string, allowed: readonly string[], fallback?: string): string {
  const format = typeof values.format === 'string' ? values.format : fallback;
  if (format === undefined || !allowed.includes(format)) {
    throw new UsageError(`--format for ${command} must be one of ${allowed.join(', ')}, got: ${format === undefined ? 'nothing' : `'${format}'`}.`);
  }
  return format;
}

/** `--nft-table FAMILY:NAME` and its chains, for the nftables export. */
function nftPlacement(values: Values, format: string): NftablesPlacement | undefined {
  const flags = ['nft-table', 'nft-chain', 'nft-ingress-chain'].filter((f) => values[f] !== undefined);
  if (flags.length === 0) return undefined;
  if (format !== 'nftables') throw new UsageError(`--${flags[0]} applies to --format nftables only.`);
  const table = values['nft-table'];
  if (typeof table !== 'string') throw new UsageError(`--${flags[0]} needs --nft-table FAMILY:NAME, the existing table to write into (e.g. inet:filter).`);
  const m = /^(ip|ip6|inet|arp|bridge|netdev):([A-Za-z_][A-Za-z0-9_-]{0,63})$/.exec(table);
  if (!m) throw new UsageError(`--nft-table must be FAMILY:NAME with family ip, ip6, inet, arp, bridge or netdev, e.g. inet:filter, got: '${table}'.`);
  const chain = (flag: string, fallback: string): string => {
    const v = values[flag];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(v)) throw new UsageError(`--${flag} must be a chain name (letters, digits, _ and -), got: '${v}'.`);
    return v;
  };
  return { family: m[1], table: m[2], egressChain: chain('nft-chain', 'twilio_voice_egress'), ingressChain: chain('nft-ingress-chain', 'twilio_voice_ingress') };
}

export const COMMANDS: readonly CliCommand[] = [
  {
    name: 'rules',
    summary: 'print the plan: flows, security group rules, network ACL entries, DNS names, routes, quota use',
    usage: '[options]',
    description: 'Prints the plan for the choices: the flows and why, security group rules, network ACL entries (both directions), DNS names,\n'
      + 'routes for Interconnect edges, quota use (over an AWS quota is shown, not refused: the rules also serve host firewalls),\n'
      + 'notes and warnings. With --dns-firewall also the DNS Firewall rules.',
    options: [['Output', RULES_FORMAT_OPTIONS], ...CHOICES],
    exit: '0 printed, 2 bad arguments or choices',
    run: (values, io) => {
      const format = formatOf(values, 'rules', ['table', 'json', 'csv'], 'table');
      const plan = TwilioNetworkPlan._computeForHost(planProps(values, true));
      io.stdout(format === 'json' ? toJson(plan) : format === 'csv' ? toCsv(plan) : formatPlan(plan, inFlags) + '\n');
      return 0;
    },
  },
  {
    name: 'export',
    summary: 'write the rules as nftables, iptables, Terraform or CloudFormation',
    usage: '--format FORMAT [options]',
    description: 'Writes one file: nftables (reloadable: the file declares its table or chains, then flushes them) or iptables-restore\n'
      + 'rules for a host or gateway, or a Terraform JSON module or CloudFormation template with the security group (and with\n'
      + '--network-acl entries for an existing network ACL, with --dns-firewall a DNS Firewall). Host firewall exports are not\n'
      + 'held to AWS quotas; Terraform and CloudFormation exports are.',
    options: [['Output', [...EXPORT_OPTIONS, ...OUTPUT_OPTIONS]], ...CHOICES],
    exit: '0 written, 2 bad arguments or choices (nothing written)',
    run: (values, io) => {
      const format = formatOf(values, 'export', ['nftables', 'iptables', 'terraform', 'cloudformation']);
      const host = format === 'nftables' || format === 'iptables';
      const placement = nftPlacement(values, format);
      const props = planProps(values, values['network-acl'] === true);
      const plan = host ? TwilioNetworkPlan._computeForHost(props) : TwilioNetworkPlan.compute(props);
      const text = format === 'nftables' ? toNftables(plan, placement)
        : format === 'iptables' ? toIptables(plan)
          : format === 'terraform' ? toTerraform(plan) : toCloudFormation(plan);
      return write(values, text, io);
    },
  },
  {
    name: 'prefix-lists',
    summary: 'write customer-managed prefix lists for Twilio\'s CIDR sets (and an AWS RAM share)',
    usage: '--format FORMAT [options]',
    description: 'Writes the customer-managed prefix lists for Twilio\'s CIDR sets (media, the NTS ranges of the edges, each Interconnect\n'
      + 'edge\'s signalling CIDRs and routed prefixes, and with --sip-signaling the SIP sources) as Terraform JSON or CloudFormation,\n'
      + 'or the plan as JSON; with --share-with, an AWS RAM share.',
    options: [['Output', [...ENTERPRISE_FORMAT_OPTIONS, ...OUTPUT_OPTIONS]], ['Edges', EDGE_OPTIONS], ['Voice SDK clients', SDK_OPTIONS],
      ['Interconnect', CONNECTION_OPTIONS], ['Prefix lists', PREFIX_LIST_OPTIONS]],
    exit: '0 written, 2 bad arguments or choices',
    run: (values, io) => {
      const format = formatOf(values, 'prefix-lists', ['terraform', 'cloudformation', 'json']);
      const plan = TwilioNetworkPlan.prefixLists(prefixListProps(values));
      const text = format === 'terraform' ? prefixListsToTerraform(plan) : format === 'cloudformation' ? prefixListsToCloudFormation(plan)
        : JSON.stringify(plan, null, 2) + '\n';
      return write(values, text, io);
    },
  },
  {
    name: 'network-firewall',
    summary: 'write AWS Network Firewall stateful rule groups for a central egress firewall',
    usage: '--format FORMAT [options]',
    description: 'Writes AWS Network Firewall stateful rule groups: 5-tuple PASS rules for the flows to Twilio\'s published CIDRs, and a\n'
      + 'TLS SNI / HTTP Host allow list of the names Twilio publishes no addresses for; as Terraform JSON, CloudFormation or JSON.',
    options: [['Output', [...ENTERPRISE_FORMAT_OPTIONS, ...OUTPUT_OPTIONS]], ['Edges', EDGE_OPTIONS],
      ['Voice SDK clients', [...SDK_OPTIONS, ...SERVICE_OPTIONS.filter((o) => o.flag !== 'public-services')]], ['Interconnect', CONNECTION_OPTIONS],
      ['Rule groups', FIREWALL_OPTIONS]],
    exit: '0 written, 2 bad arguments or choices',
    run: (values, io) => {
      const format = formatOf(values, 'network-firewall', ['terraform', 'cloudformation', 'json']);
      const plan = TwilioNetworkPlan.networkFirewall(networkFirewallProps(values));
      const text = format === 'terraform' ? networkFirewallToTerraform(plan) : format === 'cloudformation' ? networkFirewallToCloudFormation(plan)
        : JSON.stringify(plan, null, 2) + '\n';
      return write(values, text, io);
    },
  },
  {
    name: 'probe',
    summary: 'check the plan\'s flows from this machine, without a call',
    usage: '[options]',
    description: 'Checks the plan\'s flows from where it runs: DNS answers (for Interconnect edges, that they fall in the edge\'s\n'
      + 'signalling CIDRs), TLS handshakes with each Twilio service, a STUN Binding request to each edge\'s STUN server (the\n'
      + 'SDKs always gather STUN candidates; without --turn the rules do not admit it, so a failure is only a warning), and\n'
      + 'with --turn the TURN ports. UDP media can only be verified during a call and is reported as not checkable.',
    options: [['Output', PROBE_OPTIONS], ['Edges', EDGE_OPTIONS], ['Voice SDK clients', [...SDK_OPTIONS, ...SERVICE_OPTIONS]],
      ['Interconnect', CONNECTION_OPTIONS]],
    exit: '0 every checkable flow passed (warnings allowed), 1 a check failed, 2 bad arguments',
    run: (values, io, deps) => {
      const plan = TwilioNetworkPlan._computeForHost(planProps(values, false));
      return runProbeCommand({
        plan,
        json: values.json === true,
        timeoutMs: values['timeout-ms'] as string | undefined,
        resolve: values.resolve as string[] | undefined,
        ca: values.ca as string[] | undefined,
      }, io, deps);
    },
  },
  {
    name: 'check-upstream',
    summary: 'compare the catalog with Twilio\'s docs pages',
    usage: '[--from DIR] [--json]',
    description: 'Compares the catalog with Twilio\'s docs pages (fetched as their Markdown twins, or read from DIR/<docs path>.md)\n'
      + 'and prints one line per difference.',
    options: [['Options', UPSTREAM_OPTIONS]],
    exit: '0 in sync, 1 drift found, 2 a page could not be read or understood',
    run: (values, io) => checkUpstream({ from: values.from as string | undefined, json: values.json === true }, io),
  },
  {
    name: 'feed',
    summary: 'write Twilio\'s requirements as a versioned feed for firewall admins',
    usage: '--out DIR [--previous FILE]',
    description: 'Writes the catalog as a feed into DIR: twilio-network.json (entries per purpose and edge, with a sync token that\n'
      + 'changes exactly when the content does) and its JSON Schema, ipv4/*.txt lists (one CIDR per line, for firewalls\'\n'
      + 'external lists), CHANGELOG.md, an Atom feed and index.html. The same inputs give the same bytes.',
    options: [['Options', FEED_OPTIONS]],
    exit: '0 written, 2 bad arguments (nothing written)',
    run: (values, io) => runFeedCommand({ out: values.out as string | undefined, previous: values.previous as string | undefined }, io),
  },
];

/** The command of that name. */
export function commandNamed(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
