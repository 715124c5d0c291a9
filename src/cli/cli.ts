// The `twilio-voice-network` command: the plan for people who use neither AWS CDK nor CDKTF.
import * as fs from 'fs';
import { parseArgs } from 'util';
import { checkUpstream } from './check-upstream';
import { toCloudFormation, toCsv, toIptables, toJson, toNftables, toTerraform } from './exporters';
import { formatPlan } from './format';
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection, VoiceSdk } from '../catalog/types';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { TwilioErrors } from '../util/errors';

export const USAGE = () => `Usage:
  twilio-voice-network rules  [choices] [--format table|json|csv]
  twilio-voice-network export --format nftables|iptables|terraform|cloudformation [choices] [--output FILE]
                              [--network-acl] [--dns-firewall [--block-other-domains] [--dns-priority N]]
  twilio-voice-network check-upstream [--from DIR] [--json]

rules prints flows, security group rules, network ACL entries, DNS names and quota use; export writes a
firewall or IaC file (nftables/iptables: accept rules; terraform/cloudformation: security group, and with
--network-acl rules for an existing ACL, with --dns-firewall a Route 53 Resolver DNS Firewall).
check-upstream compares the catalog with Twilio's docs pages (fetched as their Markdown twins, or read from
DIR/<docs path>.md with --from) and prints one line per difference.

Choices:
  --edge NAME            Twilio edge or legacy id (repeat or comma-separate; default roaming)
  --near-region REGION   the public edge nearest an AWS region, instead of --edge
  --sdk javascript|mobile  SDKs in use (repeat or comma-separate; default javascript)
  --insights / --no-insights  include or leave out Twilio Insights (default: on, except Interconnect-only)
  --public-services      Interconnect: also allow Twilio services reached over the internet (TCP 443 to any)
  --home-region ID       your access tokens' home region (${TwilioCatalog.twilioRegions().join(', ')}): also allow its Insights host
  --connection bgp|vpn   how Interconnect edges are connected; decides the routes (default bgp)
  --turn                 allow STUN/TURN to the Network Traversal Service
  --dns-wildcards        DNS allow list of wildcard domains instead of exact hostnames
  --legacy-mobile-port   allow TCP ${TwilioCatalog.legacyMobileSignalingPort()} (mobile SDKs before 3.x)
  --ephemeral-ports A-B  client ephemeral ports for ACL return traffic (default 1024-65535)
  --first-rule-number N  lowest network ACL rule number (default 100)
  --sg-quota N           security group rules per direction (default 60)
  --nacl-quota N         network ACL entries per direction (default 20)

Exit status: 0 ok, 1 drift found (check-upstream), 2 bad arguments, choices or an unreadable page.`;

const RULES_FORMATS = ['table', 'json', 'csv'];
const EXPORT_FORMATS = ['nftables', 'iptables', 'terraform', 'cloudformation'];

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

function planFrom(values: Record<string, any>, networkAcl: boolean, dnsFirewall: boolean): TwilioNetworkPlan {
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
  return TwilioNetworkPlan.compute({
    edges,
    sdks: sdks.length ? sdks : undefined,
    insights: values['no-insights'] ? false : values.insights ? true : undefined,
    networkAcl,
    quotas: { securityGroupRulesPerDirection: integer(values['sg-quota'], '--sg-quota'), networkAclEntriesPerDirection: integer(values['nacl-quota'], '--nacl-quota') },
    turnFallback: !!values.turn,
    dnsWildcards: values['dns-wildcards'] ? true : undefined,
    legacyMobilePort: !!values['legacy-mobile-port'],
    ephemeralPorts,
    firstNaclRuleNumber: integer(values['first-rule-number'], '--first-rule-number'),
    publicServices: values['public-services'] ? true : undefined,
    homeRegion: values['home-region'],
    interconnectConnection: connection(values.connection),
    dnsFirewall: dnsFirewall ? { blockOtherDomains: !!values['block-other-domains'], priority: integer(values['dns-priority'], '--dns-priority') } : undefined,
  });
}

function connection(value: string | undefined): InterconnectConnection | undefined {
  if (value === undefined) return undefined;
  const c = Object.values(InterconnectConnection).find((v) => v === value.toLowerCase());
  if (!c) throw new UsageError(`--connection must be bgp or vpn, got: '${value}'.`);
  return c;
}

const CHECK_UPSTREAM_ONLY = ['from', 'json'];

/** Runs the command; returns the exit status (a promise for commands that do network or file I/O). Never throws for bad input. */
export function runCli(argv: string[], io: CliIo): number | Promise<number> {
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
    if (!command) throw new UsageError('missing command: rules, export or check-upstream (see --help).');
    if (extra.length) throw new UsageError(`unexpected argument: '${extra[0]}'.`);
    if (command === 'check-upstream') {
      const other = Object.keys(values).filter((k) => !CHECK_UPSTREAM_ONLY.includes(k));
      if (other.length > 0) throw new UsageError(`check-upstream takes only --from and --json, got: --${other[0]}.`);
      return checkUpstream({ from: values.from, json: values.json }, io);
    }
    const misplaced = CHECK_UPSTREAM_ONLY.find((k) => (values as Record<string, unknown>)[k] !== undefined);
    if (misplaced) throw new UsageError(`--${misplaced} belongs to check-upstream.`);
    if (command === 'rules') {
      const format = values.format ?? 'table';
      if (!RULES_FORMATS.includes(format)) throw new UsageError(`--format for rules must be one of ${RULES_FORMATS.join(', ')}, got: '${format}'.`);
      if (values.output || values['network-acl']) throw new UsageError('--output and --network-acl belong to export (rules always shows network ACL entries).');
      const plan = planFrom(values, true, !!values['dns-firewall']);
      io.stdout(format === 'json' ? toJson(plan) : format === 'csv' ? toCsv(plan) : formatPlan(plan) + '\n');
      return 0;
    }
    if (command === 'export') {
      const format = values.format;
      if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format for export must be one of ${EXPORT_FORMATS.join(', ')}, got: ${format ? `'${format}'` : 'nothing'}.`);
      const plan = planFrom(values, !!values['network-acl'], !!values['dns-firewall']);
      const text = format === 'nftables' ? toNftables(plan)
        : format === 'iptables' ? toIptables(plan)
          : format === 'terraform' ? toTerraform(plan)
            : toCloudFormation(plan);
      if (values.output) fs.writeFileSync(values.output, text);
      else io.stdout(text);
      return 0;
    }
    throw new UsageError(`unknown command: '${command}'. Use rules, export or check-upstream (see --help).`);
  } catch (e) {
    if (e instanceof UsageError || TwilioErrors.isValidationError(e) || (e as any)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr(`twilio-voice-network: ${(e as Error).message.replace(/\s*\n\s*-?\s*/g, ' ')}\n`);
      return 2;
    }
    throw e;
  }
}
