// Every renderer maps the same plan: the CloudFormation template (AWS CDK), the Terraform JSON (CDKTF and CDK Terrain) and the CLI's
// nftables, iptables, Terraform and CloudFormation exports all reduce to the plan's own rules, network ACL entries,
// DNS Firewall rules and routes, for each configuration below. The enterprise outputs too: managed prefix lists (AWS
// CDK, CDKTF, and the CLI's Terraform and CloudFormation), the rules and routes that reference them, and Network
// Firewall rule groups reduce to the plan's own lists and groups.
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  awscdk, cdktf, cdktn, InterconnectConnection, NetworkFirewallRuleOrder, SipTransport, TwilioEdge, TwilioNetworkFirewallProps, TwilioNetworkPlan,
  TwilioNetworkPlanProps, TwilioPrefixListsProps, TwilioPrefixListReference, VoiceSdk,
} from '../src';
import { INTERCONNECT_ROUTE_TABLES, testStack } from './awscdk/util';
import { synthJson, tfStack, VPC } from './cdktf/util';
import { synthTnJson, tnStack } from './cdktn/util';
import {
  firewallFromCloudFormation, firewallFromPlan, firewallFromTerraform, fromCloudFormation, fromPlan, fromTerraform, listsFromCloudFormation,
  listsFromPlan, listsFromTerraform, Normalized, rulesFromIptables, rulesFromNftables, withoutDescriptions,
} from './support/normalize';
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
      networkAcl: { firstRuleNumber: 700 },
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
    name: 'SIP endpoint on two public edges, all transports, SIP Domains, ACL and walled-garden DNS Firewall',
    plan: {
      edges: [TwilioEdge.FRANKFURT, TwilioEdge.DUBLIN],
      sip: { mediaPorts: { fromPort: 10000, toPort: 20000 }, sipDomains: true },
      dnsFirewall: { blockOtherDomains: true },
    },
    acl: true,
  },
  {
    name: 'SIP endpoint over Interconnect, TLS only, termination only, custom SIP TLS port',
    plan: {
      edges: [TwilioEdge.LONDON_IX],
      sip: {
        mediaPorts: { fromPort: 16384, toPort: 32768 },
        transports: [SipTransport.TLS],
        origination: false,
        sipTlsPort: 5062,
      },
    },
  },
  {
    name: 'SIP endpoint, UDP only, origination only, own SIP port, ACL',
    plan: {
      edges: [TwilioEdge.ASHBURN],
      sip: {
        mediaPorts: { fromPort: 10000, toPort: 20000 },
        transports: [SipTransport.UDP],
        termination: false,
        sipPort: 5080,
      },
    },
    acl: true,
  },
  {
    name: 'SIP endpoint, UDP only, termination only, ACL (UDP signalling and media still both ways)',
    plan: {
      edges: [TwilioEdge.DUBLIN],
      sip: { mediaPorts: { fromPort: 10000, toPort: 20000 }, transports: [SipTransport.UDP], origination: false },
      dnsFirewall: {},
    },
    acl: true,
  },
  {
    name: 'SIP endpoint over Interconnect frankfurt with routing over VPN, its own gateways only, ACL',
    plan: {
      edges: [TwilioEdge.FRANKFURT_IX],
      interconnectConnection: InterconnectConnection.VPN,
      sip: { mediaPorts: { fromPort: 10000, toPort: 20000 }, transports: [SipTransport.TLS], allInterconnectGateways: false },
    },
    acl: true,
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
  return TwilioNetworkPlan.compute({ ...c.plan, networkAcl: c.acl ? c.plan.networkAcl ?? {} : undefined });
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
  const { stack, vpc } = testStack({ schemaValidation: true });
  const common = {
    vpc,
    ...traffic(c.plan),
    networkAcl: c.acl ? { subnets: { subnetGroupName: 'Interconnect' }, firstRuleNumber: c.plan.networkAcl?.firstRuleNumber } : undefined,
  };
  if (c.plan.sip) {
    new awscdk.TwilioSipEndpoint(stack, 'Twilio', {
      ...common,
      edges: c.plan.edges!,
      interconnectConnection: c.plan.interconnectConnection,
      ...c.plan.sip,
      routing: c.routing ? {
        subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway(TGW),
      } : undefined,
    });
  } else if (c.interconnect) {
    new awscdk.TwilioPrivateInterconnectEdge(stack, 'Twilio', {
      ...common,
      edge: c.plan.edges![0],
      interconnectConnection: c.plan.interconnectConnection,
      insights: c.plan.insights,
      publicServices: c.plan.publicServices,
      routing: c.routing ? {
        subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway(TGW),
      } : undefined,
    });
  } else {
    new awscdk.TwilioVoiceEgress(stack, 'Twilio', { ...common, edges: c.plan.edges, insights: c.plan.insights });
  }
  return fromCloudFormation(Template.fromStack(stack).toJSON());
}

/** The two Terraform frameworks, whose constructs take the same props: CDKTF and CDK Terrain (cdktn). */
const TERRAFORM = {
  cdktf: { lib: cdktf, stack: () => tfStack().stack, synth: (stack: any) => synthJson(stack) },
  cdktn: { lib: cdktn, stack: () => tnStack().stack, synth: (stack: any) => synthTnJson(stack) },
};
type TerraformFramework = keyof typeof TERRAFORM;

function terraformOf(c: Choice, framework: TerraformFramework): Normalized {
  const { lib, synth } = TERRAFORM[framework];
  const stack = TERRAFORM[framework].stack();
  const common = {
    vpcId: VPC,
    ...traffic(c.plan),
    networkAcl: c.acl ? { subnetIds: ['subnet-0123456789abcdef0'], firstRuleNumber: c.plan.networkAcl?.firstRuleNumber } : undefined,
  };
  if (c.plan.sip) {
    new lib.TwilioSipEndpoint(stack, 'twilio', {
      ...common,
      edges: c.plan.edges!,
      interconnectConnection: c.plan.interconnectConnection,
      ...c.plan.sip,
      routing: c.routing ? {
        routeTableIds: INTERCONNECT_ROUTE_TABLES,
        target: lib.InterconnectRouteTarget.transitGateway(TGW),
      } : undefined,
    });
  } else if (c.interconnect) {
    new lib.TwilioPrivateInterconnectEdge(stack, 'twilio', {
      ...common,
      edge: c.plan.edges![0],
      interconnectConnection: c.plan.interconnectConnection,
      insights: c.plan.insights,
      publicServices: c.plan.publicServices,
      routing: c.routing ? {
        routeTableIds: INTERCONNECT_ROUTE_TABLES,
        target: lib.InterconnectRouteTarget.transitGateway(TGW),
      } : undefined,
    });
  } else {
    new lib.TwilioVoiceEgress(stack, 'twilio', { ...common, edges: c.plan.edges, insights: c.plan.insights });
  }
  return fromTerraform(synth(stack));
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
  if (p.networkAcl?.firstRuleNumber) args.push('--first-rule-number', String(p.networkAcl.firstRuleNumber));
  if (c.acl) args.push('--network-acl');
  if (p.sip) {
    args.push('--sip', '--media-ports', `${p.sip.mediaPorts.fromPort}-${p.sip.mediaPorts.toPort}`);
    for (const t of p.sip.transports ?? []) args.push('--transport', t);
    if (p.sip.origination === false) args.push('--no-origination');
    if (p.sip.termination === false) args.push('--no-termination');
    if (p.sip.sipPort !== undefined) args.push('--sip-port', String(p.sip.sipPort));
    if (p.sip.sipTlsPort !== undefined) args.push('--sip-tls-port', String(p.sip.sipTlsPort));
    if (p.sip.sipDomains) args.push('--sip-domains');
    if (p.sip.allInterconnectGateways === false) args.push('--only-chosen-gateways');
  }
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
  test('at least ten configurations, DNS Firewall with and without blockOtherDomains and SIP endpoints among them', () => {
    expect(CHOICES.length).toBeGreaterThanOrEqual(10);
    expect(CHOICES.filter((c) => c.plan.sip).length).toBeGreaterThanOrEqual(5);
    // SIP: a termination-only UDP endpoint, and one over Interconnect with routes
    expect(CHOICES.some((c) => c.plan.sip?.origination === false && c.plan.sip.transports?.includes(SipTransport.UDP))).toBe(true);
    expect(CHOICES.some((c) => c.plan.sip && c.routing && c.plan.edges?.some((e) => e.isPrivateInterconnect))).toBe(true);
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

    test('AWS CDK (CloudFormation), CDKTF and CDK Terrain (Terraform JSON) render exactly the plan', () => {
      const cfn = cloudFormationOf(choice);
      expect({ ...cfn, routes: unique(cfn.routes) }).toEqual(expected);
      for (const framework of Object.keys(TERRAFORM) as TerraformFramework[]) {
        const tf = terraformOf(choice, framework);
        expect({ framework, ...tf, routes: unique(tf.routes) }).toEqual({ framework, ...expected });
      }
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

interface ListChoice { readonly name: string; readonly props: TwilioPrefixListsProps; readonly cli: string[] }
const LIST_CHOICES: ListChoice[] = [
  { name: 'defaults', props: {}, cli: [] },
  {
    name: 'public and Interconnect edges, TURN, SIP signalling, shared, headroom 5',
    props: { edges: [TwilioEdge.FRANKFURT, TwilioEdge.LONDON_IX], turnFallback: true, sipSignaling: true, shareWith: ['111122223333'], prefixListHeadroom: 5 },
    cli: ['--edge', 'frankfurt,london-ix', '--turn', '--sip-signaling', '--share-with', '111122223333', '--headroom', '5'],
  },
  {
    name: 'Interconnect over VPN, named, shared outside the organization',
    props: { edges: [TwilioEdge.SAO_PAULO_IX], interconnectConnection: 'vpn' as any, namePrefix: 'net', shareWith: ['444455556666'], allowExternalPrincipals: true },
    cli: ['--edge', 'sao-paulo-ix', '--connection', 'vpn', '--name-prefix', 'net', '--share-with', '444455556666', '--allow-external-principals'],
  },
];

interface FirewallChoice { readonly name: string; readonly props: TwilioNetworkFirewallProps; readonly cli: string[] }
const FIREWALL_CHOICES: FirewallChoice[] = [
  { name: 'defaults (GLL)', props: {}, cli: [] },
  {
    name: 'two edges, both SDKs, TURN, homeNet, strict order at 30',
    props: {
      edges: [TwilioEdge.DUBLIN, TwilioEdge.LONDON_IX],
      sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
      turnFallback: true,
      homeNet: ['10.0.0.0/16', '10.8.0.0/16'],
      ruleOrder: NetworkFirewallRuleOrder.STRICT_ORDER,
      priority: 30,
    },
    cli: ['--edge', 'dublin,london-ix', '--sdk', 'javascript,mobile', '--turn', '--home-net', '10.0.0.0/16,10.8.0.0/16', '--strict-order', '--priority', '30'],
  },
  {
    name: 'wildcards, no Insights, named, first sid and headroom',
    props: { edges: [TwilioEdge.TOKYO], dnsWildcards: true, insights: false, namePrefix: 'egress', firstSid: 500, capacityHeadroomPercent: 0 },
    cli: ['--edge', 'tokyo', '--dns-wildcards', '--no-insights', '--name-prefix', 'egress', '--first-sid', '500', '--capacity-headroom', '0'],
  },
];

function cliJson(args: string[]): any {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout);
}

describe('prefix lists: every output holds the planned lists', () => {
  test.each(LIST_CHOICES)('$name', ({ props, cli: args }) => {
    const expected = listsFromPlan(TwilioNetworkPlan.prefixLists(props));
    expect(expected.lists.length).toBeGreaterThan(0);
    const { stack } = testStack({ schemaValidation: true });
    new awscdk.TwilioPrefixLists(stack, 'Lists', props);
    expect(listsFromCloudFormation(Template.fromStack(stack).toJSON())).toEqual(expected);
    for (const { lib, stack: tfStackOf, synth } of Object.values(TERRAFORM)) {
      const tf = tfStackOf();
      new lib.TwilioPrefixLists(tf, 'lists', props);
      expect(listsFromTerraform(synth(tf))).toEqual(expected);
    }
    expect(listsFromTerraform(cliJson(['prefix-lists', '--format', 'terraform', ...args]))).toEqual(expected);
    expect(listsFromCloudFormation(cliJson(['prefix-lists', '--format', 'cloudformation', ...args]))).toEqual(expected);
  });
});

describe('constructs that reference the lists: every framework holds the plan\'s rules and routes', () => {
  const edges = [TwilioEdge.FRANKFURT, TwilioEdge.FRANKFURT_IX];
  const listProps = { edges, turnFallback: true, sipSignaling: true };
  // the plans the constructs make, with the lists standing in by set
  const references = (TwilioNetworkPlan.prefixLists(listProps).lists).map((l): TwilioPrefixListReference => ({
    setName: l.setName, prefixListId: 'pl-0123456789abcdef0', maxEntries: l.maxEntries, cidrs: l.entries.map((e) => e.cidr),
  }));
  const plans = {
    voice: TwilioNetworkPlan.compute({ edges: [edges[0]], turnFallback: true, prefixLists: references }),
    ix: TwilioNetworkPlan.compute({ edges: [edges[1]], prefixLists: references, networkAcl: {} }),
    sip: TwilioNetworkPlan.compute({
      edges: [edges[0]],
      sip: { mediaPorts: { fromPort: 10000, toPort: 20000 } },
      prefixLists: references,
    }),
  };
  const merged = (ps: TwilioNetworkPlan[], target?: string) => {
    const parts = ps.map((p, i) => fromPlan(p, i === 1 ? target : undefined));
    return { rules: parts.flatMap((p) => p.rules).sort(), acl: parts.flatMap((p) => p.acl).sort(), routes: parts.flatMap((p) => p.routes).sort() };
  };
  const expected = merged([plans.voice, plans.ix, plans.sip], TGW);

  test('every referenced set is a list, and the outputs agree with the plans', () => {
    expect(expected.rules.filter((r) => / pl:/.test(r)).length).toBeGreaterThan(5);
    expect(expected.routes).toEqual([`pl:interconnect-routes-frankfurt-ix -> ${TGW}`]);

    const { stack, vpc } = testStack({ schemaValidation: true });
    const awsLists = new awscdk.TwilioPrefixLists(stack, 'Lists', listProps);
    new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [edges[0]], turnFallback: true, prefixLists: awsLists.references });
    new awscdk.TwilioPrivateInterconnectEdge(stack, 'Ix', {
      vpc,
      edge: edges[1],
      prefixLists: awsLists.references,
      networkAcl: { subnets: { subnetGroupName: 'Interconnect' } },
      routing: { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway(TGW) },
    });
    new awscdk.TwilioSipEndpoint(stack, 'Sbc', { vpc, edges: [edges[0]], mediaPorts: { fromPort: 10000, toPort: 20000 }, prefixLists: awsLists.references });
    const cfn = fromCloudFormation(Template.fromStack(stack as Stack).toJSON());
    expect({ rules: cfn.rules, acl: cfn.acl, routes: [...new Set(cfn.routes)] }).toEqual(expected); // one route per table

    for (const [framework, { lib, stack: tfStackOf, synth }] of Object.entries(TERRAFORM)) {
      const tf = tfStackOf();
      const tfLists = new lib.TwilioPrefixLists(tf, 'lists', listProps);
      new lib.TwilioVoiceEgress(tf, 'voice', { vpcId: VPC, edges: [edges[0]], turnFallback: true, prefixLists: tfLists.references });
      new lib.TwilioPrivateInterconnectEdge(tf, 'ix', {
        vpcId: VPC,
        edge: edges[1],
        prefixLists: tfLists.references,
        networkAcl: { subnetIds: ['subnet-0123456789abcdef0'] },
        routing: { routeTableIds: INTERCONNECT_ROUTE_TABLES.slice(0, 1), target: lib.InterconnectRouteTarget.transitGateway(TGW) },
      });
      new lib.TwilioSipEndpoint(tf, 'sbc', { vpcId: VPC, edges: [edges[0]], mediaPorts: { fromPort: 10000, toPort: 20000 }, prefixLists: tfLists.references });
      const json = fromTerraform(synth(tf));
      expect({ framework, rules: json.rules, acl: json.acl, routes: json.routes }).toEqual({ framework, ...expected });
    }
  });
});

describe('Network Firewall: every output holds the planned rule groups', () => {
  test.each(FIREWALL_CHOICES)('$name', ({ props, cli: args }) => {
    const expected = firewallFromPlan(TwilioNetworkPlan.networkFirewall(props));
    expect(expected.length).toBeGreaterThan(1);
    const { stack } = testStack({ schemaValidation: true });
    new awscdk.TwilioNetworkFirewallRuleGroup(stack, 'Nf', props);
    expect(firewallFromCloudFormation(Template.fromStack(stack).toJSON())).toEqual(expected);
    for (const { lib, stack: tfStackOf, synth } of Object.values(TERRAFORM)) {
      const tf = tfStackOf();
      new lib.TwilioNetworkFirewallRuleGroup(tf, 'nf', props);
      expect(firewallFromTerraform(synth(tf))).toEqual(expected);
    }
    expect(firewallFromTerraform(cliJson(['network-firewall', '--format', 'terraform', ...args]))).toEqual(expected);
    expect(firewallFromCloudFormation(cliJson(['network-firewall', '--format', 'cloudformation', ...args]))).toEqual(expected);
  });

  test('IP set references to the lists agree in every framework', () => {
    const { stack } = testStack({ schemaValidation: true });
    const lists = new awscdk.TwilioPrefixLists(stack, 'Lists', { edges: [TwilioEdge.DUBLIN], turnFallback: true });
    const nf = new awscdk.TwilioNetworkFirewallRuleGroup(stack, 'Nf', { edges: [TwilioEdge.DUBLIN], turnFallback: true, prefixLists: lists.references });
    const expected = firewallFromPlan(nf.plan);
    expect(expected.join('\n')).toMatch(/refs=TWILIO_MEDIA,TWILIO_NTS/);
    expect(firewallFromCloudFormation(Template.fromStack(stack).toJSON())).toEqual(expected);
    for (const { lib, stack: tfStackOf, synth } of Object.values(TERRAFORM)) {
      const tf = tfStackOf();
      const tfLists = new lib.TwilioPrefixLists(tf, 'lists', { edges: [TwilioEdge.DUBLIN], turnFallback: true });
      new lib.TwilioNetworkFirewallRuleGroup(tf, 'nf', { edges: [TwilioEdge.DUBLIN], turnFallback: true, prefixLists: tfLists.references });
      expect(firewallFromTerraform(synth(tf))).toEqual(expected);
    }
  });

  test('lists imported by ARN: the constructs and the CLI\'s --prefix-list-arn render the same IP set references', () => {
    const arn = (id: string) => `arn:aws:ec2:eu-west-1:111122223333:prefix-list/${id}`;
    const references = [
      { setName: 'media', prefixListId: 'pl-0123456789abcdef0', prefixListArn: arn('pl-0123456789abcdef0'), maxEntries: 1000 },
      { setName: 'nts', prefixListId: 'pl-0fedcba9876543210', prefixListArn: arn('pl-0fedcba9876543210'), maxEntries: 1000 },
    ];
    const props = { edges: [TwilioEdge.DUBLIN], turnFallback: true };
    const { stack } = testStack();
    const nf = new awscdk.TwilioNetworkFirewallRuleGroup(stack, 'Nf', { ...props, prefixLists: references });
    const expected = firewallFromPlan(nf.plan);
    expect(expected.join('\n')).toMatch(/refs=TWILIO_MEDIA,TWILIO_NTS/);
    expect(firewallFromCloudFormation(Template.fromStack(stack).toJSON())).toEqual(expected);
    for (const { lib, stack: tfStackOf, synth } of Object.values(TERRAFORM)) {
      const tf = tfStackOf();
      new lib.TwilioNetworkFirewallRuleGroup(tf, 'nf', { ...props, prefixLists: references });
      expect(firewallFromTerraform(synth(tf))).toEqual(expected);
    }
    const args = ['--edge', 'dublin', '--turn', ...references.flatMap((r) => ['--prefix-list-arn', `${r.setName}=${r.prefixListArn}`])];
    expect(firewallFromTerraform(cliJson(['network-firewall', '--format', 'terraform', ...args]))).toEqual(expected);
    expect(firewallFromCloudFormation(cliJson(['network-firewall', '--format', 'cloudformation', ...args]))).toEqual(expected);
  });
});
