// Plain-text rendering of a plan, for the demo and the CLI.
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { portLabel as ports } from '../util/text';

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * The plan as readable tables: flows, security group rules, network ACL entries, DNS domains, routes, quotas, notes.
 * @param words how notes and warnings are told (the CLI tells them in flags; the plan's words by default)
 */
export function formatPlan(plan: TwilioNetworkPlan, words: (text: string) => string = (text) => text): string {
  const out: string[] = [];
  out.push(`Edges: ${plan.edges.map((e) => e.name).join(', ')}   SDKs: ${plan.sdks.join(', ') || 'none (a SIP endpoint)'}`);
  out.push(plan.summary);
  out.push('', 'Required flows (what the clients open, and why):');
  out.push(table(['protocol', 'destination', 'ports', 'purpose', 'edges'],
    plan.flows.map((f) => [f.protocol.toUpperCase(), f.peer, ports(f.fromPort, f.toPort), f.purpose, f.edgeNames.join(' ')])));
  out.push('', 'Security group rules:');
  out.push(table(['direction', 'protocol', 'cidr', 'ports', 'description'],
    plan.securityGroupRules.map((r) => [r.direction, r.protocol.toUpperCase(), r.cidr ?? `prefix list ${r.cidrSet}`, ports(r.fromPort, r.toPort), r.description])));
  out.push('', 'Network ACL entries (stateless, so return traffic is allowed in to the ephemeral ports):');
  out.push(table(['direction', 'rule', 'protocol', 'cidr', 'ports'],
    plan.networkAclEntries.map((e) => [e.egress ? 'outbound' : 'inbound', String(e.ruleNumber), e.protocol.toUpperCase(), e.cidr, ports(e.fromPort, e.toPort)])));
  out.push('', `DNS domains to allow: ${plan.dnsDomains.join(', ')}`);
  if (plan.dnsFirewallRules.length > 0) {
    out.push('', `DNS Firewall rule group (association priority ${plan.dnsFirewallPriority}):`);
    out.push(table(['priority', 'action', 'domains', 'redirection', 'block response'], plan.dnsFirewallRules.map((r) => [
      String(r.priority), r.action, r.domains.length > 3 ? `${r.domains.length} domains` : r.domains.join(' '), r.redirectionAction ?? 'default', r.blockResponse ?? '',
    ])));
  }
  if (plan.routes.length > 0) {
    out.push('', 'Routes (Interconnect prefixes; send them to your transit or virtual private gateway):');
    out.push(table(['cidr', 'edges', 'purpose'], plan.routes.map((r) => [r.cidr ?? `prefix list ${r.cidrSet}`, r.edgeNames.join(' '), r.purpose])));
  }
  const q = plan.quotas;
  out.push('', 'Quotas:');
  out.push(table(['quota', 'used', 'limit', ''],
    [q.securityGroupEgress, q.securityGroupIngress, q.networkAclEgress, q.networkAclIngress].map((u) => [u.name, String(u.used), String(u.limit), u.used > u.limit ? 'OVER the limit' : u.nearLimit ? 'near the limit' : ''])));
  if (plan.notes.length > 0) out.push('', 'Notes:', ...plan.notes.map((n) => `- ${words(n)}`));
  if (plan.warnings.length > 0) out.push('', 'Warnings:', ...plan.warnings.map((w) => `- [${w.id}] ${words(w.message)}`));
  return out.join('\n');
}
