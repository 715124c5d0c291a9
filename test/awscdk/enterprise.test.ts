// The enterprise constructs: TwilioPrefixLists and the constructs that reference them, and TwilioNetworkFirewallRuleGroup.
import { Token, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { testStack } from './util';
import { awscdk, NetworkFirewallRuleOrder, TwilioCatalog, TwilioEdge } from '../../src';

const TGW = 'tgw-0123456789abcdef0';

/** The stack a network team and a workload team would share: the lists, and constructs that reference them. */
function referencingStack() {
  const { stack, vpc } = testStack();
  const lists = new awscdk.TwilioPrefixLists(stack, 'Lists', { edges: [TwilioEdge.FRANKFURT, TwilioEdge.FRANKFURT_IX], turnFallback: true });
  new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.FRANKFURT], turnFallback: true, prefixLists: lists.references });
  new awscdk.TwilioPrivateInterconnectEdge(stack, 'Ix', {
    vpc,
    edge: TwilioEdge.FRANKFURT_IX,
    prefixLists: lists.references,
    routing: { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway(TGW) },
  });
  return { stack, lists, template: Template.fromStack(stack) };
}

const ofType = (template: Template, type: string) => Object.entries(template.findResources(type));

describe('TwilioPrefixLists (AWS CDK)', () => {
  afterEach(() => TwilioCatalog.reset());

  test('one AWS::EC2::PrefixList per set, with described entries and maxEntries from the plan', () => {
    const { lists, template } = referencingStack();
    const created = ofType(template, 'AWS::EC2::PrefixList').map(([, r]) => r.Properties);
    expect(created.map((p) => p.PrefixListName).sort()).toEqual(lists.plan.lists.map((l) => l.name).sort());
    for (const l of lists.plan.lists) {
      expect(created).toContainEqual({
        PrefixListName: l.name, AddressFamily: 'IPv4', MaxEntries: l.maxEntries, Entries: l.entries.map((e) => ({ Cidr: e.cidr, Description: e.description })),
      });
    }
    expect(lists.references.map((r) => r.setName)).toEqual(lists.plan.lists.map((l) => l.setName));
    expect(Token.isUnresolved(lists.prefixListId('media'))).toBe(true);
    expect(() => lists.prefixListId('sip-signaling')).toThrow(/has no list for set 'sip-signaling'; its sets are interconnect-routes-frankfurt-ix, /);
  });

  test('referencing constructs use the lists for their sets, keep CIDRs elsewhere, and route to the route set', () => {
    const { template } = referencingStack();
    const listIds = new Map(ofType(template, 'AWS::EC2::PrefixList').map(([id, r]) => [id, r.Properties.PrefixListName]));
    const egress = ofType(template, 'AWS::EC2::SecurityGroupEgress').map(([, r]) => r.Properties);
    const viaList = egress.filter((p) => p.DestinationPrefixListId).map((p) => `${listIds.get(p.DestinationPrefixListId['Fn::GetAtt'][0])} ${p.IpProtocol} ${p.FromPort}`);
    expect(viaList.sort()).toEqual([
      'twilio-voice-interconnect-signaling-frankfurt-ix tcp 443',
      'twilio-voice-media udp 10000', 'twilio-voice-media udp 10000',
      'twilio-voice-nts tcp 3478', 'twilio-voice-nts tcp 5349', 'twilio-voice-nts udp 3478',
    ]);
    const routes = ofType(template, 'AWS::EC2::Route').map(([, r]) => r.Properties);
    expect(routes).toHaveLength(2); // one per route table, to the list
    for (const r of routes) {
      expect(listIds.get(r.DestinationPrefixListId['Fn::GetAtt'][0])).toBe('twilio-voice-interconnect-routes-frankfurt-ix');
      expect(r.DestinationCidrBlock).toBeUndefined();
    }
  });

  test('a catalog update changes the lists\' entries in place; the referencing rules and routes are untouched', () => {
    const before = referencingStack().template.toJSON().Resources;
    const fra = TwilioCatalog.edgeDefinition(TwilioEdge.FRANKFURT);
    // Twilio renumbers one NTS range (same count) and adds an Interconnect signalling block
    TwilioCatalog.registerEdge({ ...fra, ntsCidrs: ['203.0.113.0/25', ...fra.ntsCidrs!.slice(1)] }, true);
    const ix = TwilioCatalog.edgeDefinition(TwilioEdge.FRANKFURT_IX);
    TwilioCatalog.registerEdge({ ...ix, signalingCidrs: [...ix.signalingCidrs!, '198.51.100.0/26'] }, true);
    const after = referencingStack().template.toJSON().Resources;
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(after).filter((id) => JSON.stringify(after[id]) !== JSON.stringify(before[id]));
    expect(changed.map((id) => after[id].Type)).toEqual(['AWS::EC2::PrefixList', 'AWS::EC2::PrefixList']);
    const nts = changed.map((id) => after[id].Properties).find((p) => p.PrefixListName === 'twilio-voice-nts');
    expect(nts.Entries.map((e: any) => e.Cidr)).toContain('203.0.113.0/25');
    expect(nts.MaxEntries).toBe(before[changed.find((id) => after[id].Properties.PrefixListName === 'twilio-voice-nts')!].Properties.MaxEntries);
  });

  test('shareWith creates an AWS RAM share of every list', () => {
    const { stack } = testStack();
    const lists = new awscdk.TwilioPrefixLists(stack, 'Lists', { shareWith: ['arn:aws:organizations::111122223333:organization/o-abcdefghij'] });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::RAM::ResourceShare', {
      Name: 'twilio-voice-prefix-lists',
      AllowExternalPrincipals: false,
      Principals: ['arn:aws:organizations::111122223333:organization/o-abcdefghij'],
      ResourceArns: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^ListsPrefixListmedia'), 'Arn'] }],
    });
    expect(Token.isUnresolved(lists.resourceShareArn)).toBe(true);
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('cdk-nag AwsSolutions reports nothing for the lists, their share and the referencing constructs', () => {
    const { stack, vpc, app } = testStack();
    const lists = new awscdk.TwilioPrefixLists(stack, 'Lists', { edges: [TwilioEdge.DUBLIN], turnFallback: true, shareWith: ['111122223333'] });
    new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.DUBLIN], turnFallback: true, prefixLists: lists.references });
    new awscdk.TwilioNetworkFirewallRuleGroup(stack, 'Nf', { edges: [TwilioEdge.DUBLIN], turnFallback: true, prefixLists: lists.references });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).not.toThrow();
  });

  test('lists shared from another account are imported by ID and referenced the same way', () => {
    const { stack, vpc } = testStack();
    const shared = [{ setName: 'media', prefixListId: 'pl-0123456789abcdef0', maxEntries: 5 }];
    const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.DUBLIN], prefixLists: shared });
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
      DestinationPrefixListId: 'pl-0123456789abcdef0', IpProtocol: 'udp', FromPort: 10000, ToPort: 60000,
    });
    expect(voice.plan.quotas.securityGroupEgress.used).toBe(voice.plan.securityGroupRules.length - 1 + 5);
  });

  test('bad props and bad references are named in one error at synth', () => {
    const { stack, vpc } = testStack();
    expect(() => new awscdk.TwilioPrefixLists(stack, 'Bad', { shareWith: ['me'], prefixListHeadroom: 5000, edges: [null as any] })).toThrow(
      /^3 problems:\n- TwilioPrefixLists 'Test\/Bad': shareWith\[0\] must be a 12-digit AWS account ID[^\n]*\n- [^\n]*edges\[0\][^\n]*\n- [^\n]*prefixListHeadroom must be/,
    );
    expect(() => new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, prefixLists: [{ setName: 'media' }] as any })).toThrow(
      /^2 problems:\n- TwilioVoiceEgress 'Test\/Voice': prefixLists\[0\]\.prefixListId must be a prefix list ID[^\n]*got: undefined\.\n- [^\n]*prefixLists\[0\]\.maxEntries must be the list's maxEntries/,
    );
    const tooSmall = [{ setName: 'media', prefixListId: 'pl-0123456789abcdef0', maxEntries: 5, cidrs: ['10.0.0.0/8'] }];
    expect(() => new awscdk.TwilioVoiceEgress(stack, 'Voice2', { vpc, prefixLists: tooSmall })).toThrow(/The prefix list for media lacks 168\.86\.128\.0\/18/);
  });
});

describe('TwilioNetworkFirewallRuleGroup (AWS CDK)', () => {
  test('a 5-tuple group and a domain allow list, mapped from the plan with capacity and rule order', () => {
    const { stack } = testStack();
    const nf = new awscdk.TwilioNetworkFirewallRuleGroup(stack, 'Nf', { edges: [TwilioEdge.DUBLIN], turnFallback: true, homeNet: ['10.0.0.0/16'] });
    const groups = Object.values(Template.fromStack(stack).findResources('AWS::NetworkFirewall::RuleGroup')).map((r: any) => r.Properties);
    expect(groups.map((g) => g.RuleGroupName)).toEqual(['twilio-voice-flows', 'twilio-voice-domains']);
    const [flows, domains] = groups;
    const planned = nf.plan.ruleGroups[0];
    expect(flows).toMatchObject({ Type: 'STATEFUL', Capacity: planned.capacity, RuleGroup: { StatefulRuleOptions: { RuleOrder: 'DEFAULT_ACTION_ORDER' } } });
    expect(flows.RuleGroup.RulesSource.StatefulRules).toHaveLength(planned.statefulRules.length);
    expect(flows.RuleGroup.RulesSource.StatefulRules).toContainEqual({
      Action: 'PASS',
      Header: { Protocol: 'UDP', Source: '10.0.0.0/16', SourcePort: 'ANY', Destination: '168.86.128.0/18', DestinationPort: '10000:60000', Direction: 'FORWARD' },
      RuleOptions: [{ Keyword: 'sid', Settings: [expect.stringMatching(/^1\d{6}$/)] }],
    });
    expect(domains.RuleGroup.RulesSource.RulesSourceList).toEqual({
      GeneratedRulesType: 'ALLOWLIST', TargetTypes: ['TLS_SNI', 'HTTP_HOST'], Targets: nf.plan.ruleGroups[1].domainTargets,
    });
    expect(domains.RuleGroup.RuleVariables).toEqual({ IPSets: { HOME_NET: { Definition: ['10.0.0.0/16'] } } });
    expect(nf.ruleGroupArns).toHaveLength(2);
    expect(nf.policyReferences.map((r) => r.priority)).toEqual([undefined, undefined]);
    expect(Token.isUnresolved(nf.flowRuleGroupArn)).toBe(true);
  });

  test('strict order and prefix lists: priorities for the policy, IP set references by ARN (pinned)', () => {
    const { stack } = testStack();
    const lists = new awscdk.TwilioPrefixLists(stack, 'Lists', { edges: [TwilioEdge.LONDON_IX] });
    const nf = new awscdk.TwilioNetworkFirewallRuleGroup(stack, 'Nf', {
      edges: [TwilioEdge.LONDON_IX], insights: true, prefixLists: lists.references, ruleOrder: NetworkFirewallRuleOrder.STRICT_ORDER, priority: 20, namePrefix: 'egress-twilio',
    });
    expect(nf.policyReferences.map((r) => r.priority)).toEqual([20, 21]);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::NetworkFirewall::RuleGroup', {
      RuleGroupName: 'egress-twilio-flows',
      RuleGroup: {
        ReferenceSets: { IPSetReferences: { TWILIO_MEDIA: { ReferenceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ListsPrefixListmedia'), 'Arn'] } } } },
        StatefulRuleOptions: { RuleOrder: 'STRICT_ORDER' },
      },
    });
    const flows = nf.plan.ruleGroups[0].statefulRules.map((r) => r.destination);
    expect(flows).toEqual(expect.arrayContaining(['@TWILIO_MEDIA', '@TWILIO_IXSIG_LONDON_IX']));
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('bad props are named in one error at synth', () => {
    const { stack } = testStack();
    expect(() => new awscdk.TwilioNetworkFirewallRuleGroup(stack, 'Nf', { homeNet: 'vpc' as any, priority: 1, prefixLists: 3 as any })).toThrow(
      /^3 problems:\n- TwilioNetworkFirewallRuleGroup 'Test\/Nf': priority applies only with ruleOrder[^\n]*\n- [^\n]*homeNet must be a list of IPv4 CIDRs[^\n]*\n- [^\n]*prefixLists must be a list of prefix list references \(\{ setName, prefixListId, maxEntries \}\), got: 3\./,
    );
  });
});
