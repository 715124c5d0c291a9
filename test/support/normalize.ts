// Reduces every output the library writes (a CloudFormation template, Terraform JSON, an nftables ruleset, an
// iptables-restore file, and the plan itself) to one normalized form, so a test can assert that they all agree.
import { TwilioNetworkFirewallPlan, TwilioNetworkPlan, TwilioPrefixListPlan } from '../../src';

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

/** A peer that is a prefix list, written by the set it holds. */
const pl = (set: string) => `pl:${set}`;

/** What the plan says every output must hold. */
export function fromPlan(plan: TwilioNetworkPlan, target?: string): Normalized {
  return {
    rules: sorted(plan.securityGroupRules.map((r) => rule(r.direction, r.protocol, r.fromPort, r.toPort, r.cidr ?? pl(r.cidrSet!), r.description))),
    acl: sorted(plan.networkAclEntries.map((e) => `${e.egress ? 'out' : 'in'} #${e.ruleNumber} ${e.protocol} ${e.fromPort}-${e.toPort} ${e.cidr}`)),
    dnsRules: sorted(plan.dnsFirewallRules.map((r) => dnsRule(r.action, r.priority, r.blockResponse, r.redirectionAction, r.domains))),
    dnsPriority: plan.dnsFirewallPriority === undefined ? [] : [plan.dnsFirewallPriority],
    routes: target ? sorted(plan.routes.map((r) => `${r.cidr ?? pl(r.cidrSet!)} -> ${target}`)) : [],
  };
}

/** The set a created prefix list holds, from its name (`<prefix>-<set>`); an ID stays as it is. */
function setOfList(name: string | undefined, id: unknown): string {
  return name ? pl(name.replace(/^twilio-voice-/, '')) : String(id);
}

/** A CloudFormation template (from the AWS CDK or the CLI's export). */
export function fromCloudFormation(template: any): Normalized {
  const resources = Object.values(template.Resources ?? {}) as any[];
  const of = (type: string) => resources.filter((r) => r.Type === type).map((r) => r.Properties);
  const lists = new Map(Object.entries(template.Resources ?? {}).filter(([, r]: [string, any]) => r.Type === 'AWS::Route53Resolver::FirewallDomainList')
    .map(([id, r]: [string, any]) => [id, r.Properties.Domains as string[]]));
  const listOf = (ref: any) => lists.get(ref?.['Fn::GetAtt']?.[0]) ?? [];
  const prefixList = (ref: any) => setOfList(template.Resources?.[ref?.['Fn::GetAtt']?.[0]]?.Properties?.PrefixListName, ref);
  const peer = (cidr: any, list: any) => cidr ?? prefixList(list);
  const sg = (direction: string) => (r: any) => rule(direction, r.IpProtocol, r.FromPort, r.ToPort, peer(r.CidrIp,
    r.DestinationPrefixListId ?? r.SourcePrefixListId), r.Description);
  return {
    rules: sorted([
      // aws-cdk-lib's placeholder in a group whose every egress rule is a separate resource (it blocks AWS's default allow-all)
      ...of('AWS::EC2::SecurityGroup').flatMap((p) => p.SecurityGroupEgress ?? []).filter((r: any) => !(r.CidrIp === '255.255.255.255/32' && r.FromPort === 252))
        .map(sg('egress')),
      ...of('AWS::EC2::SecurityGroupEgress').map(sg('egress')),
      ...of('AWS::EC2::SecurityGroup').flatMap((p) => p.SecurityGroupIngress ?? []).map(sg('ingress')),
      ...of('AWS::EC2::SecurityGroupIngress').map(sg('ingress')),
    ]),
    acl: sorted(of('AWS::EC2::NetworkAclEntry').map((e) => `${e.Egress ? 'out' : 'in'} #${e.RuleNumber} ${PROTOCOLS[e.Protocol]} ${e.PortRange.From}-${e.PortRange.To} ${e.CidrBlock}`)),
    dnsRules: sorted(of('AWS::Route53Resolver::FirewallRuleGroup').flatMap((g) => g.FirewallRules)
      .map((r: any) => dnsRule(r.Action, r.Priority, r.BlockResponse, r.FirewallDomainRedirectionAction, listOf(r.FirewallDomainListId)))),
    dnsPriority: of('AWS::Route53Resolver::FirewallRuleGroupAssociation').map((a) => (typeof a.Priority === 'number' ? a.Priority : template.Parameters?.[a.Priority?.Ref]?.Default)),
    routes: sorted(of('AWS::EC2::Route').filter((r) => r.TransitGatewayId || r.GatewayId?.startsWith?.('vgw-'))
      .map((r) => `${peer(r.DestinationCidrBlock, r.DestinationPrefixListId)} -> ${r.TransitGatewayId ?? r.GatewayId}`)),
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
  const prefixList = (ref: string) => setOfList(json.resource?.aws_ec2_managed_prefix_list?.[/aws_ec2_managed_prefix_list\.([^.]+)\./.exec(ref)?.[1] ?? '']?.name, ref);
  const peer = (cidr: any, list: any) => cidr ?? prefixList(list);
  const sg = (direction: string) => (r: any) => rule(direction, r.ip_protocol, r.from_port, r.to_port, peer(r.cidr_ipv4, r.prefix_list_id),
    r.description);
  const priority = (p: any) => (typeof p === 'number' ? p : json.variable?.[/^\$\{var\.(\w+)\}$/.exec(p)?.[1] ?? '']?.default);
  return {
    rules: sorted([...of('aws_vpc_security_group_egress_rule').map(sg('egress')), ...of('aws_vpc_security_group_ingress_rule').map(sg('ingress'))]),
    acl: sorted(of('aws_network_acl_rule').map((e) => `${e.egress ? 'out' : 'in'} #${e.rule_number} ${e.protocol} ${e.from_port}-${e.to_port} ${e.cidr_block}`)),
    dnsRules: sorted(of('aws_route53_resolver_firewall_rule')
      .map((r) => dnsRule(r.action, r.priority, r.block_response, r.firewall_domain_redirection_action, listOf(r.firewall_domain_list_id)))),
    dnsPriority: of('aws_route53_resolver_firewall_rule_group_association').map((a) => priority(a.priority)),
    routes: sorted(of('aws_route').map((r) => `${peer(r.destination_cidr_block, r.destination_prefix_list_id)} -> ${r.transit_gateway_id ?? r.gateway_id}`)),
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

/** Prefix lists and their share, written the same way whatever the output. */
export interface NormalizedLists {
  /** `name maxEntries: cidr (description), ...`, sorted. */
  readonly lists: string[];
  /** `name external?: principals`, or nothing. */
  readonly share: string[];
}

const listLine = (name: string, max: number, entries: Array<{ cidr: string; description: string }>) =>
  `${name} ${max}: ${entries.map((e) => `${e.cidr} (${e.description})`).join(', ')}`;

export function listsFromPlan(plan: TwilioPrefixListPlan): NormalizedLists {
  return {
    lists: sorted(plan.lists.map((l) => listLine(l.name, l.maxEntries, l.entries))),
    share: plan.shareName ? [`${plan.shareName} ${plan.shareAllowsExternalPrincipals}: ${plan.sharePrincipals!.join(' ')}`] : [],
  };
}

export function listsFromCloudFormation(template: any): NormalizedLists {
  const of = (type: string) => (Object.values(template.Resources ?? {}) as any[]).filter((r) => r.Type === type).map((r) => r.Properties);
  return {
    lists: sorted(of('AWS::EC2::PrefixList').map((p) => listLine(p.PrefixListName, p.MaxEntries, p.Entries.map((e: any) => ({ cidr: e.Cidr, description: e.Description }))))),
    share: of('AWS::RAM::ResourceShare').map((p) => `${p.Name} ${p.AllowExternalPrincipals}: ${p.Principals.join(' ')}`),
  };
}

export function listsFromTerraform(json: any): NormalizedLists {
  const of = (type: string): any[] => Object.values(json.resource?.[type] ?? {});
  return {
    lists: sorted(of('aws_ec2_managed_prefix_list').map((p) => listLine(p.name, p.max_entries, p.entry))),
    share: of('aws_ram_resource_share').map((p) => `${p.name} ${p.allow_external_principals}: ${of('aws_ram_principal_association').map((a) => a.principal).join(' ')}`),
  };
}

/** Network Firewall rule groups: one line per group and per rule. */
export function firewallFromPlan(plan: TwilioNetworkFirewallPlan): string[] {
  return sorted(plan.ruleGroups.flatMap((g) => [
    `${g.name} ${g.type} ${g.capacity} ${g.ruleOrder} vars=${g.ipSetVariables.map((v) => `${v.name}=${v.definition.join('+')}`).join(',')} refs=${g.ipSetReferences.map((r) => r.name).join(',')}`
      + ` list=${g.generatedRulesType ?? '-'} ${g.domainTargetTypes.join('+')}: ${g.domainTargets.join(' ')}`,
    ...g.statefulRules.map((r) => `${g.name} ${r.action} ${r.protocol} ${r.source}:${r.sourcePort} -> ${r.destination}:${r.destinationPort} ${r.direction} ${r.ruleOptions.map((o) => `${o.keyword}=${o.settings.join('+')}`).join(';')}`),
  ]));
}

export function firewallFromCloudFormation(template: any): string[] {
  const groups = (Object.values(template.Resources ?? {}) as any[]).filter((r) => r.Type === 'AWS::NetworkFirewall::RuleGroup').map((r) => r.Properties);
  return sorted(groups.flatMap((g) => {
    const rg = g.RuleGroup;
    const list = rg.RulesSource.RulesSourceList;
    return [
      `${g.RuleGroupName} ${g.Type} ${g.Capacity} ${rg.StatefulRuleOptions.RuleOrder} vars=${Object.entries(rg.RuleVariables?.IPSets ?? {}).map(([k, v]: [string, any]) => `${k}=${v.Definition.join('+')}`).join(',')}`
        + ` refs=${Object.keys(rg.ReferenceSets?.IPSetReferences ?? {}).join(',')} list=${list?.GeneratedRulesType ?? '-'} ${(list?.TargetTypes ?? []).join('+')}: ${(list?.Targets ?? []).join(' ')}`,
      ...(rg.RulesSource.StatefulRules ?? []).map((r: any) => `${g.RuleGroupName} ${r.Action} ${r.Header.Protocol} ${r.Header.Source}:${r.Header.SourcePort} -> `
        + `${r.Header.Destination}:${r.Header.DestinationPort} ${r.Header.Direction} ${r.RuleOptions.map((o: any) => `${o.Keyword}=${o.Settings.join('+')}`).join(';')}`),
    ];
  }));
}

export function firewallFromTerraform(json: any): string[] {
  const groups: any[] = Object.values(json.resource?.aws_networkfirewall_rule_group ?? {});
  return sorted(groups.flatMap((g) => {
    const rg = g.rule_group;
    const list = rg.rules_source.rules_source_list;
    return [
      `${g.name} ${g.type} ${g.capacity} ${rg.stateful_rule_options.rule_order} vars=${(rg.rule_variables?.ip_sets ?? []).map((v: any) => `${v.key}=${v.ip_set.definition.join('+')}`).join(',')}`
        + ` refs=${(rg.reference_sets?.ip_set_references ?? []).map((r: any) => r.key).join(',')} list=${list?.generated_rules_type ?? '-'} ${(list?.target_types ?? []).join('+')}: ${(list?.targets ?? []).join(' ')}`,
      ...(rg.rules_source.stateful_rule ?? []).map((r: any) => `${g.name} ${r.action} ${r.header.protocol} ${r.header.source}:${r.header.source_port} -> `
        + `${r.header.destination}:${r.header.destination_port} ${r.header.direction} ${r.rule_option.map((o: any) => `${o.keyword}=${o.settings.join('+')}`).join(';')}`),
    ];
  }));
}
