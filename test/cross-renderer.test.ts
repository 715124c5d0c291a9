// Both renderers must produce the same network: reduce the CloudFormation template and the Terraform JSON
// to plain rules (direction, protocol, ports, peer, description), NACL entries, DNS domains and rules, and routes.
import { Template } from 'aws-cdk-lib/assertions';
import { awscdk, cdktf, TwilioEdge, VoiceSdk } from '../src';
import { testStack } from './awscdk/util';
import { resources, synthJson, tfStack, VPC } from './cdktf/util';

interface Choice {
  readonly name: string;
  readonly edges?: TwilioEdge[];
  readonly edge?: TwilioEdge;
  readonly sdks?: VoiceSdk[];
  readonly insights?: boolean;
  readonly turnFallback?: boolean;
  readonly legacyMobilePort?: boolean;
  readonly dnsWildcards?: boolean;
  readonly acl?: boolean;
  readonly dns?: { blockOtherDomains?: boolean; priority?: number };
  readonly routing?: boolean;
  readonly quotas?: { networkAclEntriesPerDirection: number };
}

const CHOICES: Choice[] = [
  { name: 'defaults' },
  { name: 'two edges, both SDKs, TURN, ACL, walled garden', edges: [TwilioEdge.DUBLIN, TwilioEdge.FRANKFURT], sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE], turnFallback: true, acl: true, dns: { blockOtherDomains: true, priority: 700 }, quotas: { networkAclEntriesPerDirection: 40 } },
  { name: 'mobile before 3.x, wildcards, no Insights', edges: [TwilioEdge.TOKYO], sdks: [VoiceSdk.MOBILE], legacyMobilePort: true, dnsWildcards: true, insights: false, dns: {} },
  { name: 'Interconnect with routing, ACL and DNS', edge: TwilioEdge.LONDON_IX, acl: true, dns: {}, routing: true },
  { name: 'Interconnect with Insights and TURN', edge: TwilioEdge.SINGAPORE_IX, insights: true, turnFallback: true },
];

const PROTOCOLS: Record<string, string> = { 6: 'tcp', 17: 'udp' };
const sorted = (xs: string[]) => [...xs].sort();

function fromCloudFormation(c: Choice) {
  const { stack, vpc } = testStack();
  const common = {
    vpc,
    sdks: c.sdks,
    turnFallback: c.turnFallback,
    legacyMobilePort: c.legacyMobilePort,
    dnsWildcards: c.dnsWildcards,
    quotas: c.quotas,
    networkAcl: c.acl ? { subnets: { subnetGroupName: 'Interconnect' } } : undefined,
    dnsFirewall: c.dns,
  };
  if (c.edge) {
    new awscdk.TwilioPrivateInterconnectEdge(stack, 'Twilio', {
      ...common,
      edge: c.edge,
      insights: c.insights,
      routing: c.routing ? { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') } : undefined,
    });
  } else {
    new awscdk.TwilioVoiceEgress(stack, 'Twilio', { ...common, edges: c.edges, insights: c.insights });
  }
  const t = Template.fromStack(stack).toJSON().Resources as Record<string, any>;
  const of = (type: string) => Object.values(t).filter((r) => r.Type === type).map((r) => r.Properties);
  const egress = [
    ...of('AWS::EC2::SecurityGroup').flatMap((p) => p.SecurityGroupEgress ?? []),
    ...of('AWS::EC2::SecurityGroupEgress'),
  ];
  const allowList = of('AWS::Route53Resolver::FirewallDomainList').find((p) => !(p.Domains.length === 1 && p.Domains[0] === '*'));
  return {
    egress: sorted(egress.map((r) => `${r.IpProtocol} ${r.FromPort}-${r.ToPort} ${r.CidrIp} | ${r.Description}`)),
    ingress: of('AWS::EC2::SecurityGroup').flatMap((p) => p.SecurityGroupIngress ?? []).length + of('AWS::EC2::SecurityGroupIngress').length,
    acl: sorted(of('AWS::EC2::NetworkAclEntry').map((e) => `${e.Egress ? 'out' : 'in'} #${e.RuleNumber} ${PROTOCOLS[e.Protocol]} ${e.PortRange.From}-${e.PortRange.To} ${e.CidrBlock}`)),
    dnsDomains: allowList ? sorted(allowList.Domains) : [],
    dnsRules: sorted(of('AWS::Route53Resolver::FirewallRuleGroup').flatMap((g) => g.FirewallRules)
      .map((r: any) => `${r.Action} ${r.Priority} ${r.BlockResponse ?? '-'} ${r.FirewallDomainRedirectionAction ?? '-'}`)),
    dnsPriority: of('AWS::Route53Resolver::FirewallRuleGroupAssociation').map((a) => a.Priority),
    routes: sorted(of('AWS::EC2::Route').filter((r) => r.TransitGatewayId).map((r) => `${r.DestinationCidrBlock} -> ${r.TransitGatewayId}`)),
  };
}

function fromTerraform(c: Choice) {
  const { stack } = tfStack();
  const common = {
    vpcId: VPC,
    sdks: c.sdks,
    turnFallback: c.turnFallback,
    legacyMobilePort: c.legacyMobilePort,
    dnsWildcards: c.dnsWildcards,
    quotas: c.quotas,
    networkAcl: c.acl ? { subnetIds: ['subnet-0123456789abcdef0'] } : undefined,
    dnsFirewall: c.dns,
  };
  // the CDK test VPC has two Interconnect subnets, each with its own route table
  const tables = ['rtb-0123456789abcdef0', 'rtb-0fedcba9876543210'];
  if (c.edge) {
    new cdktf.TwilioPrivateInterconnectEdge(stack, 'twilio', {
      ...common,
      edge: c.edge,
      insights: c.insights,
      routing: c.routing ? { routeTableIds: tables, target: cdktf.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') } : undefined,
    });
  } else {
    new cdktf.TwilioVoiceEgress(stack, 'twilio', { ...common, edges: c.edges, insights: c.insights });
  }
  const json = synthJson(stack);
  const allowList = resources(json, 'aws_route53_resolver_firewall_domain_list').find((p) => !(p.domains.length === 1 && p.domains[0] === '*'));
  return {
    egress: sorted(resources(json, 'aws_vpc_security_group_egress_rule').map((r) => `${r.ip_protocol} ${r.from_port}-${r.to_port} ${r.cidr_ipv4} | ${r.description}`)),
    ingress: resources(json, 'aws_vpc_security_group_ingress_rule').length + resources(json, 'aws_security_group_rule').length
      + resources(json, 'aws_security_group').flatMap((g) => g.ingress ?? []).length,
    acl: sorted(resources(json, 'aws_network_acl_rule').map((e) => `${e.egress ? 'out' : 'in'} #${e.rule_number} ${e.protocol} ${e.from_port}-${e.to_port} ${e.cidr_block}`)),
    dnsDomains: allowList ? sorted(allowList.domains) : [],
    dnsRules: sorted(resources(json, 'aws_route53_resolver_firewall_rule')
      .map((r) => `${r.action} ${r.priority} ${r.block_response ?? '-'} ${r.firewall_domain_redirection_action ?? '-'}`)),
    dnsPriority: resources(json, 'aws_route53_resolver_firewall_rule_group_association').map((a) => a.priority),
    routes: sorted(resources(json, 'aws_route').map((r) => `${r.destination_cidr_block} -> ${r.transit_gateway_id}`)),
  };
}

describe('cross-renderer equality', () => {
  test.each(CHOICES.map((c) => [c.name, c] as const))('%s: the CloudFormation template and the Terraform JSON allow the same traffic', (_, choice) => {
    const cfn = fromCloudFormation(choice);
    const tf = fromTerraform(choice);
    expect(tf).toEqual(cfn);
    // and the comparison is not vacuous
    expect(cfn.egress.length).toBeGreaterThan(0);
    expect(cfn.ingress).toBe(0);
    if (choice.acl) expect(cfn.acl.length).toBeGreaterThan(0);
    if (choice.dns) expect(cfn.dnsDomains.length).toBeGreaterThan(0);
    if (choice.routing) expect(cfn.routes.length).toBeGreaterThan(0);
  });
});
