// Which names clients resolve, and the DNS Firewall rule group that lets them.
import { TwilioCatalog } from '../../catalog/twilio-catalog';
import { TwilioEdge } from '../../catalog/twilio-edge';
import { VoiceSdk } from '../../catalog/types';
import { show } from '../../util/text';
import { isEncodedToken } from '../../util/tokens';
import { TwilioDnsFirewallOptions, TwilioDnsFirewallRule, TwilioFlow } from '../types';

export interface DnsChoices {
  readonly edges: readonly TwilioEdge[];
  readonly sdks: readonly VoiceSdk[];
  readonly turnFallback: boolean;
  readonly wildcards: boolean;
  /** Names the plan adds itself (a SIP endpoint's termination URIs). */
  readonly extra: readonly string[];
}

/** Hostnames a DNS firewall must let clients resolve, sorted. */
export function planDnsDomains(c: DnsChoices, flows: readonly TwilioFlow[]): string[] {
  const names = new Set<string>(c.extra);
  for (const f of flows) if (f.peerIsHostname) names.add(f.peer);
  for (const edge of c.edges) {
    // Interconnect signalling is planned by CIDR, but clients still resolve the edge's names.
    for (const sdk of c.sdks) for (const h of TwilioCatalog.signalingHostnames(edge, sdk)) names.add(h);
    if (c.turnFallback) for (const h of TwilioCatalog.ntsHostnames(edge)) names.add(h);
    // A JavaScript client that connected through GLL reconnects to the edge it landed on, which can be any.
    if (edge.name === 'roaming' && c.sdks.includes(VoiceSdk.JAVASCRIPT)) for (const h of TwilioCatalog.gllReconnectHostnames()) names.add(h);
  }
  if (c.wildcards) {
    const out = new Set<string>(['*.twilio.com']);
    if ([...names].some((n) => n.endsWith('.twiliocdn.com'))) out.add('*.twiliocdn.com');
    return [...out].sort();
  }
  return [...names].sort();
}

/**
 * The DNS Firewall rule group: ALLOW the plan's domains, trusting the CNAME chains they lead to (Twilio names may
 * point outside twilio.com), then optionally BLOCK everything else with NODATA (the walled garden).
 */
export function planDnsFirewallRules(options: TwilioDnsFirewallOptions, name: string, domains: readonly string[]): TwilioDnsFirewallRule[] {
  const rules: TwilioDnsFirewallRule[] = [{
    id: 'allow',
    name: `${name}-${ALLOW_SUFFIX}`,
    domainListName: `${name}-domains`,
    priority: 100,
    action: 'ALLOW',
    domains: [...domains],
    redirectionAction: 'TRUST_REDIRECTION_DOMAIN',
  }];
  if (options.blockOtherDomains) {
    rules.push({
      id: 'block',
      name: `${name}-${BLOCK_SUFFIX}`,
      domainListName: `${name}-everything-else`,
      priority: 200,
      action: 'BLOCK',
      domains: ['*'],
      blockResponse: 'NODATA',
    });
  }
  return rules;
}

const ALLOW_SUFFIX = 'allow-twilio';
const BLOCK_SUFFIX = 'block-everything-else';
/** AWS's limit on the names of DNS Firewall rule groups, domain lists, rules and associations. */
const DNS_NAME_MAX = 64;
/** The characters AWS accepts in those names (the API's pattern, anchored), and not only digits. */
const DNS_NAME_CHARS = /^[A-Za-z0-9_' -]+$/;

/**
 * Problems with `dnsFirewall.name`: the rule group's name and the prefix of `<name>-<suffix>` names, whose longest
 * suffix must still fit AWS's limit. Deploy-time tokens pass.
 */
export function dnsFirewallNameProblems(name: unknown): string[] {
  if (name === undefined || name === null || isEncodedToken(name)) return [];
  if (typeof name !== 'string') return [`dnsFirewall.name must be a string, got: ${show(name)}.`];
  if (!DNS_NAME_CHARS.test(name) || /^[0-9]+$/.test(name)) {
    return [`dnsFirewall.name must be letters, digits, spaces, '-', '_' or "'" (not only digits), got: ${show(name)}. `
      + 'AWS accepts no other characters in DNS Firewall names; leave it out for the default.'];
  }
  const suffix = BLOCK_SUFFIX.length > ALLOW_SUFFIX.length ? BLOCK_SUFFIX : ALLOW_SUFFIX;
  const max = DNS_NAME_MAX - suffix.length - 1;
  return name.length <= max ? [] : [
    `dnsFirewall.name must be at most ${max} characters, got: ${show(name)} (${name.length}). `
    + `Shorten it: the longest name made from it, '<name>-${suffix}', must fit AWS's ${DNS_NAME_MAX}.`,
  ];
}
