// Which names clients resolve, and the DNS Firewall rule group that lets them.
import { TwilioCatalog } from '../../catalog/twilio-catalog';
import { TwilioEdge } from '../../catalog/twilio-edge';
import { VoiceSdk } from '../../catalog/types';
import {
  DnsFirewallAction, DnsFirewallBlockResponse, DnsFirewallRedirectionAction, TwilioDnsFirewallOptions, TwilioDnsFirewallRule, TwilioFlow,
} from '../types';

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
  for (const f of flows) if (f.destinationIsHostname) names.add(f.destination);
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
export function planDnsFirewallRules(options: TwilioDnsFirewallOptions, domains: readonly string[]): TwilioDnsFirewallRule[] {
  const rules: TwilioDnsFirewallRule[] = [{
    id: 'allow',
    name: 'allow-twilio',
    domainListName: 'twilio',
    priority: 100,
    action: DnsFirewallAction.ALLOW,
    domains: [...domains],
    trustsRedirection: true,
    redirectionAction: DnsFirewallRedirectionAction.TRUST_REDIRECTION_DOMAIN,
  }];
  if (options.blockOtherDomains) {
    rules.push({
      id: 'block',
      name: 'block-everything-else',
      domainListName: 'everything-else',
      priority: 200,
      action: DnsFirewallAction.BLOCK,
      domains: ['*'],
      trustsRedirection: false,
      blockResponse: DnsFirewallBlockResponse.NODATA,
    });
  }
  return rules;
}
