// The DNS Firewall, all in one place: the rules and names the plan decides (docs/plan.md), and the priorities of
// several constructs' rule groups in one VPC. AWS allows one rule group association per priority and VPC
// (https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateFirewallRuleGroup.html), so
// each gets its own, decided at synth among the stack's constructs (docs/constructs.md#dns-firewall).
// How each framework renders the rules is in its construct tests; the outputs agree in test/cross-renderer.test.ts.
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Testing } from 'cdktf';
import { awscdk, cdktf, TwilioEdge, TwilioNetworkPlan } from '../src';
import { testStack } from './awscdk/util';
import { resources, tfStack, VPC } from './cdktf/util';
import { assignDnsFirewallPriorities, WALLED_GARDEN_PRIORITY } from '../src/plan/dns-firewall-priorities';

const MEDIA_PORTS = { fromPort: 10000, toPort: 20000 };

describe('DNS Firewall rules', () => {
  test('without the dnsFirewall option no rules are planned', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN] });
    expect(plan.dnsFirewallRules).toEqual([]);
    expect(plan.dnsFirewallPriority).toBeUndefined();
  });

  test('{}: one ALLOW rule for the plan\'s domains that trusts redirection chains, associated at priority 1000', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], dnsFirewall: {} });
    expect(plan.dnsFirewallRules).toEqual([{
      id: 'allow',
      name: 'twilio-voice-allow-twilio',
      domainListName: 'twilio-voice-domains',
      priority: 100,
      action: 'ALLOW',
      domains: plan.dnsDomains,
      redirectionAction: 'TRUST_REDIRECTION_DOMAIN',
    }]);
    expect(plan.dnsFirewallPriority).toBe(1000);
    expect(plan.dnsFirewallName).toBe('twilio-voice');
    // the plan owns the naming scheme: a name prefixes every resource name
    const named = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], dnsFirewall: { name: 'agents', blockOtherDomains: true } });
    expect([named.dnsFirewallName, ...named.dnsFirewallRules.flatMap((r) => [r.name, r.domainListName])])
      .toEqual(['agents', 'agents-allow-twilio', 'agents-domains', 'agents-block-everything-else', 'agents-everything-else']);
    expect(TwilioNetworkPlan.compute({ dnsFirewall: {} }).dnsFirewallRules[0].action).toBe('ALLOW');
  });

  test('blockOtherDomains adds a BLOCK rule for every other domain after the ALLOW rule, answering NODATA', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], dnsFirewall: { blockOtherDomains: true, priority: 250 } });
    expect(plan.dnsFirewallRules.map((r) => [r.action, r.priority, r.domains.length > 1 ? 'plan domains' : r.domains[0], r.redirectionAction, r.blockResponse]))
      .toEqual([['ALLOW', 100, 'plan domains', 'TRUST_REDIRECTION_DOMAIN', undefined], ['BLOCK', 200, '*', undefined, 'NODATA']]);
    expect(plan.dnsFirewallPriority).toBe(250);
  });

  test.each([99, 9901, 100.5, 'high', NaN])('a priority of %p is one clear error', (priority) => {
    expect(() => TwilioNetworkPlan.compute({ dnsFirewall: { priority: priority as number } })).toThrow(
      `dnsFirewall.priority must be an integer from 100 to 9900 (the Route 53 Resolver API range), got: ${typeof priority === 'string' ? `'${priority}'` : priority}. Leave it out for 1000.`,
    );
  });
});

describe('assignDnsFirewallPriorities', () => {
  test('one construct keeps the default; others get distinct priorities that adding one more does not move', () => {
    const requests = ['S/A', 'S/B', 'S/C'].map((path) => ({ path, vpc: 'v1' }));
    const three = assignDnsFirewallPriorities(requests).priorities;
    expect(three.get('S/A')).toBe(1000);
    expect(new Set(three.values()).size).toBe(3);
    for (const p of three.values()) expect(p).toBeGreaterThanOrEqual(1000);
    const four = assignDnsFirewallPriorities([...requests, { path: 'S/D', vpc: 'v1' }]).priorities;
    for (const path of ['S/A', 'S/B', 'S/C']) expect(four.get(path)).toBe(three.get(path));
    expect(new Set(four.values()).size).toBe(4);
    // another VPC starts again at the default; the same input gives the same answer
    expect(assignDnsFirewallPriorities([...requests, { path: 'S/E', vpc: 'v2' }]).priorities.get('S/E')).toBe(1000);
    expect([...assignDnsFirewallPriorities(requests).priorities]).toEqual([...three]);
  });

  test('explicit priorities are kept and avoided; two equal ones in one VPC are a problem of both, naming the other', () => {
    const { priorities, problems } = assignDnsFirewallPriorities([
      { path: 'S/Auto', vpc: 'v' }, { path: 'S/X', vpc: 'v', explicit: 1000 }, { path: 'S/Y', vpc: 'v', explicit: 500 }, { path: 'S/Z', vpc: 'v', explicit: 500 },
    ]);
    expect(priorities.get('S/X')).toBe(1000);
    expect(priorities.get('S/Auto')).not.toBe(1000);
    expect(problems.get('S/Y')).toEqual([expect.stringContaining("dnsFirewall.priority 500 is also the priority of 'S/Z' in the same VPC")]);
    expect(problems.get('S/Z')).toEqual([expect.stringContaining("dnsFirewall.priority 500 is also the priority of 'S/Y' in the same VPC")]);
    expect(problems.get('S/X')).toBeUndefined();
  });
});

describe('a walled garden (blockOtherDomains) shares a VPC only as the last group', () => {
  // DNS Firewall runs a VPC's rule groups from the lowest priority and stops at the first rule that matches
  // (https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateFirewallRuleGroup.html):
  // a group ending in BLOCK '*' before another group would answer that group's names with NODATA.
  test('alone in its VPC it keeps the default; with others it runs after all of them, and stays there as more are added', () => {
    const alone = assignDnsFirewallPriorities([{ path: 'S/Walled', vpc: 'v', walledGarden: true }]);
    expect(alone.priorities.get('S/Walled')).toBe(1000);
    const requests = [{ path: 'S/Walled', vpc: 'v', walledGarden: true }, { path: 'S/Sbc', vpc: 'v' }, { path: 'S/Agents', vpc: 'v' }];
    const shared = assignDnsFirewallPriorities(requests);
    expect(shared.problems.size).toBe(0);
    expect(shared.priorities.get('S/Walled')).toBe(WALLED_GARDEN_PRIORITY);
    expect(shared.priorities.get('S/Sbc')).toBe(1000);
    for (const path of ['S/Sbc', 'S/Agents']) expect(shared.priorities.get(path)).toBeLessThan(WALLED_GARDEN_PRIORITY);
    const more = assignDnsFirewallPriorities([...requests, { path: 'S/More', vpc: 'v' }]);
    for (const path of ['S/Walled', 'S/Sbc', 'S/Agents']) expect(more.priorities.get(path)).toBe(shared.priorities.get(path));
    // an explicit priority above 9000 elsewhere: the walled garden still goes last
    const high = assignDnsFirewallPriorities([...requests, { path: 'S/High', vpc: 'v', explicit: 9500 }]);
    expect(high.priorities.get('S/Walled')).toBe(9501);
    expect(high.problems.size).toBe(0);
  });

  test('two walled gardens in one VPC, or a group after an explicit walled garden, are problems naming both', () => {
    const two = assignDnsFirewallPriorities([{ path: 'S/A', vpc: 'v', walledGarden: true }, { path: 'S/B', vpc: 'v', walledGarden: true }]);
    expect(two.problems.get('S/A')).toEqual([expect.stringMatching(/^dnsFirewall\.blockOtherDomains is also set on 'S\/B' in the same VPC: .*stops at the first rule that matches.*Set blockOtherDomains on one of them only/)]);
    expect(two.problems.get('S/B')).toEqual([expect.stringContaining("is also set on 'S/A'")]);
    const after = assignDnsFirewallPriorities([{ path: 'S/W', vpc: 'v', walledGarden: true, explicit: 1000 }, { path: 'S/Sbc', vpc: 'v' }]);
    const expected = expect.stringMatching(/^the DNS Firewall of 'S\/Sbc' \(priority 1\d\d\d\) runs after the walled garden \(blockOtherDomains\) of 'S\/W' \(priority 1000\)/);
    expect(after.problems.get('S/Sbc')).toEqual([expected]);
    expect(after.problems.get('S/W')).toEqual([expected]);
    // in different VPCs they do not meet
    expect(assignDnsFirewallPriorities([{ path: 'S/A', vpc: 'v1', walledGarden: true }, { path: 'S/B', vpc: 'v2', walledGarden: true }]).problems.size).toBe(0);
  });

  test('AWS CDK: SDK clients in a walled garden and an SBC in one VPC: the SBC\'s termination names are looked at first', () => {
    const { stack, vpc } = testStack();
    new awscdk.TwilioVoiceEgress(stack, 'Agents', { vpc, edges: [TwilioEdge.FRANKFURT], dnsFirewall: { blockOtherDomains: true } });
    new awscdk.TwilioSipEndpoint(stack, 'Sbc', { vpc, edges: [TwilioEdge.FRANKFURT], mediaPorts: MEDIA_PORTS, dnsFirewall: {} });
    const template = Template.fromStack(stack);
    const groups = template.findResources('AWS::Route53Resolver::FirewallRuleGroup');
    const blocking = Object.keys(groups).filter((id) => groups[id].Properties.FirewallRules.some((r: any) => r.Action === 'BLOCK'));
    expect(blocking).toHaveLength(1);
    const associations = Object.values(template.findResources('AWS::Route53Resolver::FirewallRuleGroupAssociation')) as any[];
    const priorityOf = (groupId: string) => associations.find((a) => a.Properties.FirewallRuleGroupId['Fn::GetAtt'][0] === groupId).Properties.Priority;
    const allowing = Object.keys(groups).filter((id) => !blocking.includes(id));
    expect(priorityOf(blocking[0])).toBe(WALLED_GARDEN_PRIORITY);
    expect(priorityOf(allowing[0])).toBe(1000);
  });

  test('AWS CDK and CDKTF: two walled gardens in one VPC fail the synth, naming both construct paths', () => {
    const { app, stack, vpc } = testStack();
    new awscdk.TwilioVoiceEgress(stack, 'A', { vpc, dnsFirewall: { blockOtherDomains: true } });
    new awscdk.TwilioSipEndpoint(stack, 'B', { vpc, edges: [TwilioEdge.FRANKFURT], mediaPorts: MEDIA_PORTS, dnsFirewall: { blockOtherDomains: true } });
    expect(() => app.synth()).toThrow(/TwilioVoiceEgress 'Test\/A': dnsFirewall\.blockOtherDomains is also set on 'Test\/B' in the same VPC/);

    const tf = tfStack();
    new cdktf.TwilioVoiceEgress(tf.stack, 'a', { vpcId: VPC, dnsFirewall: { blockOtherDomains: true } });
    new cdktf.TwilioSipEndpoint(tf.stack, 'b', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT], mediaPorts: MEDIA_PORTS, dnsFirewall: { blockOtherDomains: true, name: 'b' } });
    expect(() => Testing.fullSynth(tf.stack)).toThrow(/TwilioSipEndpoint 'test\/b': dnsFirewall\.blockOtherDomains is also set on 'test\/a' in the same VPC/);

    // one walled garden and one other: the walled garden's association runs last
    const ok = tfStack();
    new cdktf.TwilioVoiceEgress(ok.stack, 'agents', { vpcId: VPC, dnsFirewall: { blockOtherDomains: true } });
    new cdktf.TwilioSipEndpoint(ok.stack, 'sbc', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT], mediaPorts: MEDIA_PORTS, dnsFirewall: { name: 'sbc' } });
    const associations = resources(JSON.parse(Testing.synth(ok.stack)), 'aws_route53_resolver_firewall_rule_group_association');
    expect(associations.map((a) => [a.name, a.priority]).sort()).toEqual([['sbc', 1000], ['twilio-voice', WALLED_GARDEN_PRIORITY]]);
  });
});

describe('DNS Firewall priorities in one VPC (AWS CDK)', () => {
  test('three constructs in one VPC get three priorities; a construct in another VPC keeps the default', () => {
    const { stack, vpc } = testStack();
    new awscdk.TwilioVoiceEgress(stack, 'Agents', { vpc, edges: [TwilioEdge.DUBLIN], dnsFirewall: {} });
    new awscdk.TwilioVoiceEgress(stack, 'Headless', { vpc, edges: [TwilioEdge.FRANKFURT], dnsFirewall: { blockOtherDomains: true } });
    new awscdk.TwilioSipEndpoint(stack, 'Sbc', { vpc, edges: [TwilioEdge.FRANKFURT], mediaPorts: MEDIA_PORTS, dnsFirewall: {} });
    const other = ec2.Vpc.fromVpcAttributes(stack, 'Other', { vpcId: 'vpc-0fedcba9876543210', availabilityZones: ['eu-central-1a'] });
    new awscdk.TwilioVoiceEgress(stack, 'Elsewhere', { vpc: other, dnsFirewall: {} });
    const associations = Template.fromStack(stack).findResources('AWS::Route53Resolver::FirewallRuleGroupAssociation');
    const byVpc = (id: string) => Object.values(associations).filter((a: any) => a.Properties.VpcId === id).map((a: any) => a.Properties.Priority);
    const shared = byVpc('vpc-0123456789abcdef0');
    expect(shared).toHaveLength(3);
    expect(new Set(shared).size).toBe(3);
    expect(shared).toContain(1000);
    expect(byVpc('vpc-0fedcba9876543210')).toEqual([1000]);
  });

  test('a VPC created in the stack is one VPC for every construct that uses it', () => {
    const { stack } = testStack();
    const vpc = new ec2.Vpc(stack, 'Created', { maxAzs: 1, natGateways: 0 });
    new awscdk.TwilioVoiceEgress(stack, 'A', { vpc, dnsFirewall: {} });
    new awscdk.TwilioVoiceEgress(stack, 'B', { vpc, dnsFirewall: {} });
    const priorities = Object.values(Template.fromStack(stack).findResources('AWS::Route53Resolver::FirewallRuleGroupAssociation')).map((a: any) => a.Properties.Priority);
    expect(new Set(priorities).size).toBe(2);
  });

  test('two explicit equal priorities for one VPC fail the synth, naming both construct paths', () => {
    const { app, stack, vpc } = testStack();
    new awscdk.TwilioVoiceEgress(stack, 'A', { vpc, dnsFirewall: { priority: 700 } });
    new awscdk.TwilioVoiceEgress(stack, 'B', { vpc, dnsFirewall: { priority: 700 } });
    expect(() => app.synth()).toThrow(/TwilioVoiceEgress 'Test\/A': dnsFirewall\.priority 700 is also the priority of 'Test\/B' in the same VPC/);
  });
});

describe('DNS Firewall priorities in one VPC (CDKTF)', () => {
  test('constructs in one VPC get distinct priorities, and a clash of explicit ones fails the synth naming both', () => {
    const { stack } = tfStack();
    new cdktf.TwilioVoiceEgress(stack, 'agents', { vpcId: VPC, dnsFirewall: {} });
    new cdktf.TwilioVoiceEgress(stack, 'headless', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT], dnsFirewall: { name: 'headless' } });
    const json = JSON.parse(Testing.synth(stack));
    const priorities = resources(json, 'aws_route53_resolver_firewall_rule_group_association').map((a) => a.priority);
    expect(priorities).toHaveLength(2);
    expect(new Set(priorities).size).toBe(2);
    expect(priorities).toContain(1000);

    // a VPC resource: each read of its id is a new token, resolved to the same reference at synth
    const created = tfStack();
    const vpc = new Vpc(created.stack, 'vpc', { cidrBlock: '10.0.0.0/16' });
    new cdktf.TwilioVoiceEgress(created.stack, 'one', { vpcId: vpc.id, dnsFirewall: { name: 'one' } });
    new cdktf.TwilioVoiceEgress(created.stack, 'two', { vpcId: vpc.id, dnsFirewall: { name: 'two' } });
    const createdPriorities = resources(JSON.parse(Testing.synth(created.stack)), 'aws_route53_resolver_firewall_rule_group_association').map((a) => a.priority);
    expect(new Set(createdPriorities).size).toBe(2);

    const clash = tfStack();
    new cdktf.TwilioVoiceEgress(clash.stack, 'a', { vpcId: VPC, dnsFirewall: { priority: 300 } });
    new cdktf.TwilioVoiceEgress(clash.stack, 'b', { vpcId: VPC, dnsFirewall: { priority: 300, name: 'b' } });
    expect(() => Testing.fullSynth(clash.stack)).toThrow(/TwilioVoiceEgress 'test\/a': dnsFirewall\.priority 300 is also the priority of 'test\/b' in the same VPC/);
  });
});
