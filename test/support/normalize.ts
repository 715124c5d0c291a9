// Reduces every output the library writes (a CloudFormation template, Terraform JSON, an nftables ruleset, an
// iptables-restore file, and the plan itself) to one normalized form, so a test can assert that they all agree.
import { TwilioNetworkPlan } from '../../src';

/** The traffic an output admits, written the same way whatever the output. */
export interface Normalized {
  /** `direction protocol from-to cidr | description`, sorted. */
  readonly rules: string[];
  /** `out|in #rule protocol from-to cidr`, sorted. */
  readonly acl: string[];
  /** `ACTION priority blockResponse redirection: domains`, sorted. */
  readonly dnsRules: string[];
  /** Association priorities of DNS Firewall rule groups. */
  readonly dnsPriority: Array<number | string>;
  /** `cidr -> target`, sorted. */
  readonly routes: string[];
}

const PROTOCOLS: Record<string, string> = { 6: 'tcp', 17: 'udp', tcp: 'tcp', udp: 'udp' };
const sorted = (xs: string[]) => [...xs].sort();
const rule = (direction: string, protocol: string, from: number, to: number, cidr: string, description?: string) =>
  `${direction} ${protocol} ${from}-${to} ${cidr}${description === undefined ? '' : ` | ${description}`}`;
const dnsRule = (action: string, priority: number, block: string | undefined, redirection: string | undefined, domains: string[]) =>
  `${action} ${priority} ${block ?? '-'} ${redirection ?? '-'}: ${[...domains].sort().join(' ')}`;

/** What the plan says every output must hold. */
export function fromPlan(plan: TwilioNetworkPlan, target?: string): Normalized {
  return {
    rules: sorted(plan.securityGroupRules.map((r) => rule(r.direction, r.protocol, r.fromPort, r.toPort, r.cidr, r.description))),
    acl: sorted(plan.networkAclEntries.map((e) => `${e.egress ? 'out' : 'in'} #${e.ruleNumber} ${e.protocol} ${e.fromPort}-${e.toPort} ${e.cidr}`)),
    dnsRules: sorted(plan.dnsFirewallRules.map((r) => dnsRule(r.action, r.priority, r.blockResponse, r.redirectionAction, r.domains))),
    dnsPriority: plan.dnsFirewallPriority === undefined ? [] : [plan.dnsFirewallPriority],
    routes: target ? sorted(plan.routes.map((r) => `${r.cidr} -> ${target}`)) : [],
  };
}

/** A CloudFormation template (from the AWS CDK or the CLI's export). */
export function fromCloudFormation(template: any): Normalized {
  const resources = Object.values(template.Resources ?? {}) as any[];
  const of = (type: string) => resources.filter((r) => r.Type === type).map((r) => r.Properties);
  const lists = new Map(Object.entries(template.Resources ?? {}).filter(([, r]: [string, any]) => r.Type === 'AWS::Route53Resolver::FirewallDomainList')
    .map(([id, r]: [string, any]) => [id, r.Properties.Domains as string[]]));
  const listOf = (ref: any) => lists.get(ref?.['Fn::GetAtt']?.[0]) ?? [];
  const sg = (direction: string) => (r: any) => rule(direction, r.IpProtocol, r.FromPort, r.ToPort, r.CidrIp, r.Description);
  return {
    rules: sorted([
      ...of('AWS::EC2::SecurityGroup').flatMap((p) => p.SecurityGroupEgress ?? []).map(sg('egress')),
      ...of('AWS::EC2::SecurityGroupEgress').map(sg('egress')),
      ...of('AWS::EC2::SecurityGroup').flatMap((p) => p.SecurityGroupIngress ?? []).map(sg('ingress')),
      ...of('AWS::EC2::SecurityGroupIngress').map(sg('ingress')),
    ]),
    acl: sorted(of('AWS::EC2::NetworkAclEntry').map((e) => `${e.Egress ? 'out' : 'in'} #${e.RuleNumber} ${PROTOCOLS[e.Protocol]} ${e.PortRange.From}-${e.PortRange.To} ${e.CidrBlock}`)),
    dnsRules: sorted(of('AWS::Route53Resolver::FirewallRuleGroup').flatMap((g) => g.FirewallRules)
      .map((r: any) => dnsRule(r.Action, r.Priority, r.BlockResponse, r.FirewallDomainRedirectionAction, listOf(r.FirewallDomainListId)))),
    dnsPriority: of('AWS::Route53Resolver::FirewallRuleGroupAssociation').map((a) => (typeof a.Priority === 'number' ? a.Priority : template.Parameters?.[a.Priority?.Ref]?.Default)),
    routes: sorted(of('AWS::EC2::Route').filter((r) => r.TransitGatewayId || r.GatewayId?.startsWith?.('vgw-'))
      .map((r) => `${r.DestinationCidrBlock} -> ${r.TransitGatewayId ?? r.GatewayId}`)),
  };
}

/** A Terraform JSON configuration (from CDKTF or the CLI's export). Routes over a table list appear once per route resource. */
export function fromTerraform(json: any): Normalized {
  const of = (type: string): any[] => Object.values(json.resource?.[type] ?? {});
  const lists = json.resource?.aws_route53_resolver_firewall_domain_list ?? {};
  const listOf = (ref: string) => {
    const key = /aws_route53_resolver_firewall_domain_list\.([^.]+)\.id/.exec(ref)?.[1];
    return key ? lists[key]?.domains ?? [] : [];
  };
  const sg = (direction: string) => (r: any) => rule(direction, r.ip_protocol, r.from_port, r.to_port, r.cidr_ipv4, r.description);
  const priority = (p: any) => (typeof p === 'number' ? p : json.variable?.[/^\$\{var\.(\w+)\}$/.exec(p)?.[1] ?? '']?.default);
  return {
    rules: sorted([...of('aws_vpc_security_group_egress_rule').map(sg('egress')), ...of('aws_vpc_security_group_ingress_rule').map(sg('ingress'))]),
    acl: sorted(of('aws_network_acl_rule').map((e) => `${e.egress ? 'out' : 'in'} #${e.rule_number} ${e.protocol} ${e.from_port}-${e.to_port} ${e.cidr_block}`)),
    dnsRules: sorted(of('aws_route53_resolver_firewall_rule')
      .map((r) => dnsRule(r.action, r.priority, r.block_response, r.firewall_domain_redirection_action, listOf(r.firewall_domain_list_id)))),
    dnsPriority: of('aws_route53_resolver_firewall_rule_group_association').map((a) => priority(a.priority)),
    routes: sorted(of('aws_route').map((r) => `${r.destination_cidr_block} -> ${r.transit_gateway_id ?? r.gateway_id}`)),
  };
}

/** An nftables ruleset from the CLI: the accept rules of its egress and ingress chains (comments are truncated, so no descriptions). */
export function rulesFromNftables(text: string): string[] {
  const out: string[] = [];
  let chain = '';
  for (const line of text.split('\n')) {
    const c = /^\s*chain (\w+) \{/.exec(line);
    if (c) chain = c[1];
    const m = /^\s+(?:ip (daddr|saddr) (\S+)|meta nfproto ipv4) (tcp|udp) dport (\d+)(?:-(\d+))? accept/.exec(line);
    if (m && (chain === 'egress' || chain === 'ingress')) out.push(rule(chain, m[3], Number(m[4]), Number(m[5] ?? m[4]), m[2] ?? '0.0.0.0/0'));
  }
  return sorted(out);
}

/** An iptables-restore file from the CLI: its ACCEPT rules (no descriptions: comments are truncated). */
export function rulesFromIptables(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^-A TWILIO-VOICE-(EGRESS|INGRESS) -p (tcp|udp)(?: -[ds] (\S+))? --dport (\d+)(?::(\d+))? /.exec(line);
    if (m) out.push(rule(m[1].toLowerCase(), m[2], Number(m[4]), Number(m[5] ?? m[4]), m[3] ?? '0.0.0.0/0'));
  }
  return sorted(out);
}

/** The rules of a normalized form without their descriptions. */
export function withoutDescriptions(rules: string[]): string[] {
  return sorted(rules.map((r) => r.replace(/ \| .*$/, '')));
}
