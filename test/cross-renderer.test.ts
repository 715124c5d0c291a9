// Every renderer maps the same plan: the CloudFormation template (AWS CDK), the Terraform JSON (CDKTF) and the CLI's
// nftables, iptables, Terraform and CloudFormation exports all reduce to the plan's own rules, network ACL entries,
// DNS Firewall rules and routes, for each configuration below.
import { Template } from 'aws-cdk-lib/assertions';
import { awscdk, cdktf, InterconnectConnection, TwilioEdge, TwilioNetworkPlan, TwilioNetworkPlanProps, VoiceSdk } from '../src';
import { INTERCONNECT_ROUTE_TABLES, testStack } from './awscdk/util';
import { synthJson, tfStack, VPC } from './cdktf/util';
import { fromCloudFormation, fromPlan, fromTerraform, Normalized, rulesFromIptables, rulesFromNftables, withoutDescriptions } from './support/normalize';
import { runCli } from '../src/cli/cli';

/** One configuration, as plan props plus what only constructs or the CLI take. */
interface Choice {
  readonly name: string;
  readonly plan: TwilioNetworkPlanProps;
  /** Interconnect edge (TwilioPrivateInterconnectEdge) instead of public edges (TwilioVoiceEgress). */
  readonly interconnect?: boolean;
  readonly acl?: boolean;
  readonly routing?: boolean;
}

const TGW = 'tgw-0123456789abcdef0';
const CHOICES: Choice[] = [
  { name: 'defaults', plan: {} },
  {
    name: 'two edges, both SDKs, TURN, ACL from 700, walled-garden DNS Firewall',
    plan: {
      edges: [TwilioEdge.DUBLIN, TwilioEdge.FRANKFURT],
      sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
      turnFallback: true,
      dnsFirewall: { blockOtherDomains: true, priority: 700 },
      quotas: { networkAclEntriesPerDirection: 40 },
      firstNaclRuleNumber: 700,
    },
    acl: true,
  },
  { name: 'mobile before 3.x, wildcards, no Insights, DNS Firewall allow only', plan: { edges: [TwilioEdge.TOKYO], sdks: [VoiceSdk.MOBILE], legacyMobilePort: true, dnsWildcards: true, insights: false, dnsFirewall: {} } },
  { name: 'GLL with a walled garden', plan: { dnsFirewall: { blockOtherDomains: true } } },
  { name: 'home region ie1, DNS Firewall at 300', plan: { edges: [TwilioEdge.DUBLIN], homeRegion: 'ie1', dnsFirewall: { priority: 300 } } },
  {
    name: 'mobile on sydney with ACL, custom ephemeral ports',
    plan: { edges: [TwilioEdge.SYDNEY], sdks: [VoiceSdk.MOBILE], ephemeralPorts: { fromPort: 32768, toPort: 60999 } },
    acl: true,
  },
  { name: 'Interconnect london with routing, ACL and DNS', plan: { edges: [TwilioEdge.LONDON_IX], dnsFirewall: {} }, interconnect: true, acl: true, routing: true },
  { name: 'Interconnect singapore with Insights and TURN', plan: { edges: [TwilioEdge.SINGAPORE_IX], insights: true, turnFallback: true }, interconnect: true },
  {
    name: 'Interconnect sao-paulo over VPN with routing, walled garden',
    plan: { edges: [TwilioEdge.SAO_PAULO_IX], interconnectConnection: InterconnectConnection.VPN, dnsFirewall: { blockOtherDomains: true } },
    interconnect: true,
    routing: true,
  },
  {
    name: 'Interconnect ashburn, mobile, public services, ACL',
    plan: { edges: [TwilioEdge.ASHBURN_IX], sdks: [VoiceSdk.MOBILE], publicServices: true },
    interconnect: true,
    acl: true,
  },
];

function planOf(c: Choice): TwilioNetworkPlan {
  return TwilioNetworkPlan.compute({ ...c.plan, networkAcl: !!c.acl });
}

const traffic = (p: TwilioNetworkPlanProps) => ({
  sdks: p.sdks,
  turnFallback: p.turnFallback,
  legacyMobilePort: p.legacyMobilePort,
  dnsWildcards: p.dnsWildcards,
  quotas: p.quotas,
  ephemeralPorts: p.ephemeralPorts,
  homeRegion: p.homeRegion,
  dnsFirewall: p.dnsFirewall,
});

function cloudFormationOf(c: Choice): Normalized {
  const { stack, vpc } = testStack();
  const common = {
    vpc,
    ...traffic(c.plan),
    networkAcl: c.acl ? { subnets: { subnetGroupName: 'Interconnect' }, firstRuleNumber: c.plan.firstNaclRuleNumber } : undefined,
  };
  if (c.interconnect) {
    new awscdk.TwilioPrivateInterconnectEdge(stack, 'Twilio', {
      ...common,
      edge: c.plan.edges![0],
      insights: c.plan.insights,
      publicServices: c.plan.publicServices,
      routing: c.routing ? {
        subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway(TGW), connection: c.plan.interconnectConnection,
      } : undefined,
    });
  } else {
    new awscdk.TwilioVoiceEgress(stack, 'Twilio', { ...common, edges: c.plan.edges, insights: c.plan.insights });
  }
  return fromCloudFormation(Template.fromStack(stack).toJSON());
}

function terraformOf(c: Choice): Normalized {
  const { stack } = tfStack();
  const common = {
    vpcId: VPC,
    ...traffic(c.plan),
    networkAcl: c.acl ? { subnetIds: ['subnet-0123456789abcdef0'], firstRuleNumber: c.plan.firstNaclRuleNumber } : undefined,
  };
  if (c.interconnect) {
    new cdktf.TwilioPrivateInterconnectEdge(stack, 'twilio', {
      ...common,
      edge: c.plan.edges![0],
      insights: c.plan.insights,
      publicServices: c.plan.publicServices,
      routing: c.routing ? {
        routeTableIds: INTERCONNECT_ROUTE_TABLES,
        target: cdktf.InterconnectRouteTarget.transitGateway(TGW),
        connection: c.plan.interconnectConnection,
      } : undefined,
    });
  } else {
    new cdktf.TwilioVoiceEgress(stack, 'twilio', { ...common, edges: c.plan.edges, insights: c.plan.insights });
  }
  return fromTerraform(synthJson(stack));
}

/** The CLI arguments for the same choices. */
function cliArgs(c: Choice): string[] {
  const p = c.plan;
  const args: string[] = [];
  for (const e of p.edges ?? []) args.push('--edge', e.name);
  for (const s of p.sdks ?? []) args.push('--sdk', s);
  if (p.insights === false) args.push('--no-insights');
  if (p.insights === true) args.push('--insights');
  if (p.publicServices) args.push('--public-services');
  if (p.turnFallback) args.push('--turn');
  if (p.legacyMobilePort) args.push('--legacy-mobile-port');
  if (p.dnsWildcards) args.push('--dns-wildcards');
  if (p.homeRegion) args.push('--home-region', p.homeRegion);
  if (p.interconnectConnection) args.push('--connection', p.interconnectConnection);
  if (p.ephemeralPorts) args.push('--ephemeral-ports', `${p.ephemeralPorts.fromPort}-${p.ephemeralPorts.toPort}`);
  if (p.quotas?.networkAclEntriesPerDirection) args.push('--nacl-quota', String(p.quotas.networkAclEntriesPerDirection));
  if (p.firstNaclRuleNumber) args.push('--first-rule-number', String(p.firstNaclRuleNumber));
  if (c.acl) args.push('--network-acl');
  if (p.dnsFirewall) {
    args.push('--dns-firewall');
    if (p.dnsFirewall.blockOtherDomains) args.push('--block-other-domains');
    if (p.dnsFirewall.priority !== undefined) args.push('--dns-priority', String(p.dnsFirewall.priority));
  }
  return args;
}

function cli(format: string, c: Choice): string {
  let stdout = '';
  let stderr = '';
  const code = runCli(['export', '--format', format, ...cliArgs(c)], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return stdout;
}

const unique = (xs: string[]) => [...new Set(xs)].sort();

describe('cross-renderer equality', () => {
  test('at least ten configurations, DNS Firewall with and without blockOtherDomains among them', () => {
    expect(CHOICES.length).toBeGreaterThanOrEqual(10);
    expect(CHOICES.some((c) => c.plan.dnsFirewall?.blockOtherDomains)).toBe(true);
    expect(CHOICES.some((c) => c.plan.dnsFirewall && !c.plan.dnsFirewall.blockOtherDomains)).toBe(true);
  });

  describe.each(CHOICES.map((c) => [c.name, c] as const))('%s', (_, choice) => {
    const plan = planOf(choice);
    const expected = fromPlan(plan, choice.routing ? TGW : undefined);

    test('the plan is not empty where the configuration asks for something', () => {
      expect(expected.rules.length).toBeGreaterThan(0);
      if (choice.acl) expect(expected.acl.length).toBeGreaterThan(0);
      if (choice.plan.dnsFirewall) expect(expected.dnsRules.length).toBe(choice.plan.dnsFirewall.blockOtherDomains ? 2 : 1);
      if (choice.routing) expect(expected.routes.length).toBeGreaterThan(0);
    });

    test('AWS CDK (CloudFormation) and CDKTF (Terraform JSON) render exactly the plan', () => {
      const cfn = cloudFormationOf(choice);
      const tf = terraformOf(choice);
      expect({ ...cfn, routes: unique(cfn.routes) }).toEqual(expected);
      expect({ ...tf, routes: unique(tf.routes) }).toEqual(expected);
    });

    test('the CLI\'s Terraform and CloudFormation exports render exactly the plan (no routes: exports take no gateway)', () => {
      const none = { ...expected, routes: [] };
      expect(fromTerraform(JSON.parse(cli('terraform', choice)))).toEqual(none);
      expect(fromCloudFormation(JSON.parse(cli('cloudformation', choice)))).toEqual(none);
    });

    test('the CLI\'s nftables and iptables exports accept exactly the plan\'s rules', () => {
      expect(rulesFromNftables(cli('nftables', choice))).toEqual(withoutDescriptions(expected.rules));
      expect(rulesFromIptables(cli('iptables', choice))).toEqual(withoutDescriptions(expected.rules));
    });
  });
});
