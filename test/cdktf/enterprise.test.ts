import { Token } from 'cdktf';
import { resources, synthJson, tfStack, VPC } from './util';
import { cdktf, NetworkFirewallRuleOrder, TwilioCatalog, TwilioEdge } from '../../src';

const TGW = 'tgw-0123456789abcdef0';
const TABLES = ['rtb-0123456789abcdef0', 'rtb-0fedcba9876543210'];

function referencingStack() {
  const { stack } = tfStack();
  const lists = new cdktf.TwilioPrefixLists(stack, 'lists', { edges: [TwilioEdge.FRANKFURT, TwilioEdge.FRANKFURT_IX], turnFallback: true });
  new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT], turnFallback: true, prefixLists: lists.references });
  new cdktf.TwilioPrivateInterconnectEdge(stack, 'ix', {
    vpcId: VPC,
    edge: TwilioEdge.FRANKFURT_IX,
    prefixLists: lists.references,
    routing: { routeTableIds: TABLES, target: cdktf.InterconnectRouteTarget.transitGateway(TGW) },
  });
  return { lists, json: synthJson(stack) };
}

/** `${aws_ec2_managed_prefix_list.<key>.<attr>}` to the list's name. */
const listName = (json: any, ref: string) => json.resource.aws_ec2_managed_prefix_list[/aws_ec2_managed_prefix_list\.([^.]+)\./.exec(ref)![1]].name;

describe('TwilioPrefixLists (CDKTF)', () => {
  afterEach(() => TwilioCatalog.reset());

  test('one aws_ec2_managed_prefix_list per set; rules and routes reference them', () => {
    const { lists, json } = referencingStack();
    const created = resources(json, 'aws_ec2_managed_prefix_list');
    for (const l of lists.plan.lists) {
      expect(created).toContainEqual(expect.objectContaining({
        name: l.name, address_family: 'IPv4', max_entries: l.maxEntries, entry: l.entries.map((e) => ({ cidr: e.cidr, description: e.description })),
      }));
    }
    const viaList = resources(json, 'aws_vpc_security_group_egress_rule').filter((r) => r.prefix_list_id)
      .map((r) => `${listName(json, r.prefix_list_id)} ${r.ip_protocol} ${r.from_port}`).sort();
    expect(viaList).toEqual([
      'twilio-voice-interconnect-signaling-frankfurt-ix tcp 443', 'twilio-voice-media udp 10000', 'twilio-voice-media udp 10000',
      'twilio-voice-nts tcp 3478', 'twilio-voice-nts tcp 5349', 'twilio-voice-nts udp 3478',
    ]);
    const routes = resources(json, 'aws_route');
    expect(routes).toHaveLength(2);
    for (const r of routes) expect(listName(json, r.destination_prefix_list_id)).toBe('twilio-voice-interconnect-routes-frankfurt-ix');
  });

  test('a catalog update changes only the lists\' entries', () => {
    const before = referencingStack().json.resource;
    const fra = TwilioCatalog.edgeDefinition(TwilioEdge.FRANKFURT);
    TwilioCatalog.registerEdge({ ...fra, ntsCidrs: ['203.0.113.0/25', ...fra.ntsCidrs!.slice(1)] }, true);
    const after = referencingStack().json.resource;
    const changed = Object.keys(after).flatMap((type) => Object.keys(after[type])
      .filter((k) => JSON.stringify(after[type][k]) !== JSON.stringify(before[type]?.[k])).map((k) => `${type}.${k}`));
    expect(changed).toEqual([expect.stringMatching(/^aws_ec2_managed_prefix_list\.lists_PrefixList-nts_/)]);
  });

  test('shareWith creates a RAM share with one association per list and per principal (pinned)', () => {
    const { stack } = tfStack();
    const lists = new cdktf.TwilioPrefixLists(stack, 'lists', { edges: [TwilioEdge.DUBLIN], shareWith: ['111122223333', '444455556666'] });
    const json = synthJson(stack);
    expect(resources(json, 'aws_ram_resource_share')).toEqual([expect.objectContaining({ name: 'twilio-voice-prefix-lists', allow_external_principals: false })]);
    expect(resources(json, 'aws_ram_principal_association').map((a) => a.principal)).toEqual(['111122223333', '444455556666']);
    expect(resources(json, 'aws_ram_resource_association')).toHaveLength(lists.plan.lists.length);
    expect(Token.isUnresolved(lists.resourceShareArn)).toBe(true);
    expect(json).toMatchSnapshot();
  });

  test('a list token of principals iterates with for_each', () => {
    const { stack } = tfStack();
    new cdktf.TwilioPrefixLists(stack, 'lists', { shareWith: Token.asList('${var.principals}') });
    const [assoc] = resources(synthJson(stack), 'aws_ram_principal_association');
    expect(assoc.for_each).toBeDefined();
    expect(assoc.principal).toBe('${each.value}');
  });

  test('bad props are named in one error at synth', () => {
    const { stack } = tfStack();
    expect(() => new cdktf.TwilioPrefixLists(stack, 'bad', { shareWith: [], namePrefix: '' })).toThrow(
      /^2 problems:\n- TwilioPrefixLists 'test\/bad': namePrefix must be[^\n]*\n- [^\n]*shareWith must name at least one principal/,
    );
  });
});

describe('TwilioNetworkFirewallRuleGroup (CDKTF)', () => {
  test('groups mapped from the plan, with IP set references to the lists (pinned)', () => {
    const { stack } = tfStack();
    const lists = new cdktf.TwilioPrefixLists(stack, 'lists', { edges: [TwilioEdge.DUBLIN], turnFallback: true });
    const nf = new cdktf.TwilioNetworkFirewallRuleGroup(stack, 'nf', {
      edges: [TwilioEdge.DUBLIN], turnFallback: true, prefixLists: lists.references, ruleOrder: NetworkFirewallRuleOrder.STRICT_ORDER, homeNet: ['10.0.0.0/8'],
    });
    const json = synthJson(stack);
    const groups = resources(json, 'aws_networkfirewall_rule_group');
    const flows = groups.find((g) => g.name === 'twilio-voice-flows');
    const domains = groups.find((g) => g.name === 'twilio-voice-domains');
    expect(flows).toMatchObject({ name: 'twilio-voice-flows', type: 'STATEFUL', capacity: nf.plan.ruleGroups[0].capacity });
    expect(flows.rule_group.stateful_rule_options).toEqual({ rule_order: 'STRICT_ORDER' });
    expect(flows.rule_group.reference_sets.ip_set_references.map((r: any) => r.key)).toEqual(['TWILIO_MEDIA', 'TWILIO_NTS']);
    expect(flows.rule_group.rules_source.stateful_rule).toContainEqual({
      action: 'PASS',
      header: { protocol: 'UDP', source: '10.0.0.0/8', source_port: 'ANY', destination: '@TWILIO_MEDIA', destination_port: '10000:60000', direction: 'FORWARD' },
      rule_option: [{ keyword: 'sid', settings: [expect.stringMatching(/^\d+$/)] }],
    });
    expect(domains.rule_group.rules_source.rules_source_list).toEqual({
      generated_rules_type: 'ALLOWLIST', target_types: ['TLS_SNI', 'HTTP_HOST'], targets: nf.plan.ruleGroups[1].domainTargets,
    });
    expect(domains.rule_group.rule_variables).toEqual({ ip_sets: [{ key: 'HOME_NET', ip_set: { definition: ['10.0.0.0/8'] } }] });
    expect(nf.policyReferences.map((r) => r.priority)).toEqual([100, 101]);
    expect(json.resource.aws_networkfirewall_rule_group).toMatchSnapshot();
  });
});
