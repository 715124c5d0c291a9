// Parsed flags -> the plan's inputs. Each flag's value is checked here, in the flag's own words; what only the plan can
// judge (edges for SIP, quotas, public sources) comes back from the plan and is put in the flags' words (flags.ts).
import { TwilioEdge } from '../catalog/twilio-edge';
import { InterconnectConnection, PortRange, SipTransport, VoiceSdk } from '../catalog/types';
import {
  NetworkFirewallRuleOrder, TwilioNetworkFirewallProps, TwilioNetworkPlanProps, TwilioPrefixListsProps, TwilioPrefixListReference,
  TwilioSipOptions,
} from '../plan/types';

/** Thrown for bad arguments: the message is the one line the user sees. */
export class UsageError extends Error {}

/** The parsed flags of one command. */
export type Values = Record<string, string | boolean | string[] | undefined>;

const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);

/** The values of a repeatable, comma-separable flag; a flag given with nothing in it is refused. */
export function list(values: Values, flag: string): string[] {
  const given = values[flag];
  const all = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  const out = all.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (given !== undefined && out.length === 0) throw new UsageError(`--${flag} needs a value, got: ${JSON.stringify(all.join(','))}.`);
  return out;
}

/** A whole number flag. */
export function integer(value: Values[string], flag: string): number | undefined {
  const v = str(value);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${flag} must be a whole number, got: '${v}'.`);
  return Number(v);
}

function portRange(value: Values[string], flag: string, example: string): PortRange | undefined {
  const v = str(value);
  if (v === undefined) return undefined;
  const m = /^(\d+)-(\d+)$/.exec(v);
  if (!m) throw new UsageError(`--${flag} must look like ${example}, got: '${v}'.`);
  return { fromPort: Number(m[1]), toPort: Number(m[2]) };
}

function oneOf<T extends string>(value: string, flag: string, choices: readonly T[]): T {
  const found = choices.find((c) => c === value.toLowerCase());
  if (!found) throw new UsageError(`--${flag} must be ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}, got: '${value}'.`);
  return found;
}

function both(values: Values, a: string, b: string): void {
  if (values[a] !== undefined && values[b] !== undefined) throw new UsageError(`use either --${a} or --${b}, not both.`);
}

/** `--edge` (names or legacy ids) or `--near-region`. */
function edgesOf(values: Values): TwilioEdge[] | undefined {
  both(values, 'edge', 'near-region');
  const region = str(values['near-region']);
  if (region !== undefined) return [TwilioEdge.nearestTo(region)];
  const names = list(values, 'edge');
  return names.length > 0 ? names.map((e) => TwilioEdge.of(e)) : undefined;
}

/** The SDK and service choices the plans share. */
function sdkChoices(values: Values): Partial<TwilioNetworkPlanProps> {
  const sdks = list(values, 'sdk').map((s) => oneOf(s, 'sdk', Object.values(VoiceSdk)));
  const connection = str(values.connection);
  return {
    edges: edgesOf(values),
    sdks: sdks.length > 0 ? sdks : undefined,
    turnFallback: values.turn ? true : undefined,
    legacyMobilePort: values['legacy-mobile-port'] ? true : undefined,
    homeRegion: str(values['home-region']),
    interconnectConnection: connection === undefined ? undefined : oneOf(connection, 'connection', Object.values(InterconnectConnection)),
  };
}

function insightsOf(values: Values): boolean | undefined {
  both(values, 'insights', 'no-insights');
  return values['no-insights'] ? false : values.insights ? true : undefined;
}

/** The SIP choices from --sip and its options; SIP options without --sip are refused. */
function sipOf(values: Values): TwilioSipOptions | undefined {
  if (!values.sip) {
    const stray = ['media-ports', 'transport', 'no-origination', 'no-termination', 'sip-port', 'sip-tls-port', 'sip-domains', 'only-chosen-gateways']
      .find((k) => values[k] !== undefined);
    if (stray) throw new UsageError(`--${stray} needs --sip.`);
    return undefined;
  }
  for (const flag of ['sdk', 'turn', 'legacy-mobile-port', 'home-region', 'insights', 'no-insights', 'public-services']) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} applies to Voice SDK clients, not to a SIP endpoint: leave it out with --sip.`);
  }
  const mediaPorts = portRange(values['media-ports'], 'media-ports', '10000-20000');
  if (!mediaPorts) throw new UsageError('--sip needs --media-ports A-B: the endpoint\'s own RTP port range (Asterisk: 10000-20000).');
  const transports = list(values, 'transport').map((t) => oneOf(t, 'transport', Object.values(SipTransport)));
  return {
    mediaPorts,
    transports: transports.length > 0 ? transports : undefined,
    origination: values['no-origination'] ? false : undefined,
    termination: values['no-termination'] ? false : undefined,
    sipPort: integer(values['sip-port'], 'sip-port'),
    sipTlsPort: integer(values['sip-tls-port'], 'sip-tls-port'),
    sipDomains: values['sip-domains'] ? true : undefined,
    allInterconnectGateways: values['only-chosen-gateways'] ? false : undefined,
  };
}

/** The plan's props for `rules`, `export` and `probe`. */
export function planProps(values: Values, networkAcl: boolean): TwilioNetworkPlanProps {
  const dnsFirewall = values['dns-firewall'] === true;
  if (!dnsFirewall && (values['block-other-domains'] !== undefined || values['dns-priority'] !== undefined)) {
    throw new UsageError(`--${values['block-other-domains'] !== undefined ? 'block-other-domains' : 'dns-priority'} needs --dns-firewall.`);
  }
  const sip = sipOf(values);
  const publicSources = list(values, 'public-source');
  return {
    ...sdkChoices(values),
    insights: insightsOf(values),
    publicServices: values['public-services'] ? true : undefined,
    dnsWildcards: values['dns-wildcards'] ? true : undefined,
    ephemeralPorts: portRange(values['ephemeral-ports'], 'ephemeral-ports', '1024-65535'),
    quotas: { securityGroupRulesPerDirection: integer(values['sg-quota'], 'sg-quota'), networkAclEntriesPerDirection: integer(values['nacl-quota'], 'nacl-quota') },
    networkAcl: networkAcl ? { firstRuleNumber: integer(values['first-rule-number'], 'first-rule-number') } : undefined,
    publicSourceCidrs: publicSources.length > 0 ? publicSources : undefined,
    dnsFirewall: dnsFirewall ? { blockOtherDomains: values['block-other-domains'] === true, priority: integer(values['dns-priority'], 'dns-priority') } : undefined,
    sip,
  };
}

/** The props of `TwilioNetworkPlan.prefixLists()`. */
export function prefixListProps(values: Values): TwilioPrefixListsProps {
  const shareWith = list(values, 'share-with');
  return {
    ...sdkChoices(values),
    sipSignaling: values['sip-signaling'] ? true : undefined,
    prefixListHeadroom: integer(values.headroom, 'headroom'),
    namePrefix: str(values['name-prefix']),
    shareWith: shareWith.length > 0 ? shareWith : undefined,
    allowExternalPrincipals: values['allow-external-principals'] ? true : undefined,
  };
}

/** The props of `TwilioNetworkPlan.networkFirewall()`. */
export function networkFirewallProps(values: Values): TwilioNetworkFirewallProps {
  if (values.priority !== undefined && !values['strict-order']) throw new UsageError('--priority needs --strict-order.');
  const homeNet = list(values, 'home-net');
  return {
    ...sdkChoices(values),
    insights: insightsOf(values),
    dnsWildcards: values['dns-wildcards'] ? true : undefined,
    homeNet: homeNet.length > 0 ? homeNet : undefined,
    ruleOrder: values['strict-order'] ? NetworkFirewallRuleOrder.STRICT_ORDER : undefined,
    priority: integer(values.priority, 'priority'),
    firstSid: integer(values['first-sid'], 'first-sid'),
    capacityHeadroomPercent: integer(values['capacity-headroom'], 'capacity-headroom'),
    namePrefix: str(values['name-prefix']),
    prefixLists: prefixListArns(values),
  };
}

/** Prefix lists the rule groups reference as IP sets, from `SET=ARN` (Network Firewall needs no maxEntries). */
function prefixListArns(values: Values): TwilioPrefixListReference[] | undefined {
  const given = list(values, 'prefix-list-arn');
  if (given.length === 0) return undefined;
  return given.map((spec) => {
    const m = /^([a-z0-9-]+)=(arn:aws[a-z-]*:ec2:[a-z0-9-]+:\d{12}:prefix-list\/(pl-[0-9a-f]{8,17}))$/.exec(spec);
    if (!m) {
      throw new UsageError(`--prefix-list-arn must look like media=arn:aws:ec2:us-east-1:111122223333:prefix-list/pl-0123456789abcdef0, got: '${spec}'.`);
    }
    return { setName: m[1], prefixListArn: m[2], prefixListId: m[3] };
  });
}
