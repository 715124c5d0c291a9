// The enterprise egress plans: managed prefix lists for the named CIDR sets (sizes, entries, sharing), plans that
// reference them (quota weight, routes, content checks), and Network Firewall rule groups.
import {
  NetworkFirewallRuleOrder, TwilioCatalog, TwilioEdge, TwilioErrors, TwilioNetworkPlan, TwilioPrefixListReference, VoiceSdk,
} from '../../src';

const problems = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (TwilioErrors.isValidationError(e)) return TwilioErrors.problemsOf(e);
    throw e;
  }
  throw new Error('expected a validation error');
};

describe('TwilioNetworkPlan.prefixLists', () => {
  test('one list per set the choices need, each sized with headroom and entries saying what each CIDR is', () => {
    const plan = TwilioNetworkPlan.prefixLists({ edges: [TwilioEdge.FRANKFURT, TwilioEdge.LONDON_IX], turnFallback: true });
    expect(plan.lists.map((l) => l.setName)).toEqual(['interconnect-routes-london-ix', 'interconnect-signaling-london-ix', 'media', 'nts']);
    const media = plan.lists.find((l) => l.setName === 'media')!;
    expect(media).toMatchObject({ name: 'twilio-voice-media', addressFamily: 'IPv4', maxEntries: 3 });
    expect(media.entries).toEqual([{ cidr: TwilioCatalog.media().cidrs[0], description: expect.stringMatching(/^Twilio Voice media \(SRTP\/ICE\)/) }]);
    const nts = plan.lists.find((l) => l.setName === 'nts')!;
    const expected = [...new Set([...TwilioCatalog.ntsCidrs(TwilioEdge.FRANKFURT), ...TwilioCatalog.ntsCidrs(TwilioEdge.LONDON_IX)])];
    expect(nts.entries.map((e) => e.cidr).sort()).toEqual(expected.sort());
    expect(nts.maxEntries).toBe(expected.length + 2);
    for (const l of plan.lists) for (const e of l.entries) expect(e.description.length).toBeLessThanOrEqual(255);
    expect(plan.shareName).toBeUndefined();
    expect(plan.notes.join(' ')).toMatch(/maxEntries against the group's rule quota/);
  });

  test('without turnFallback there is no NTS list; the headroom and name prefix are options', () => {
    const plan = TwilioNetworkPlan.prefixLists({ edges: [TwilioEdge.DUBLIN], prefixListHeadroom: 0, namePrefix: 'net-team' });
    expect(plan.lists.map((l) => [l.name, l.maxEntries])).toEqual([['net-team-media', 1]]);
  });

  test('sipSignaling adds the SIP signalling sources and each Interconnect edge\'s SIP gateways', () => {
    const plan = TwilioNetworkPlan.prefixLists({ edges: [TwilioEdge.ROAMING, TwilioEdge.FRANKFURT_IX], sipSignaling: true });
    const sets = plan.lists.map((l) => l.setName);
    expect(sets).toEqual(expect.arrayContaining(['sip-signaling', 'sip-gateways-frankfurt-ix', 'media']));
    const sip = plan.lists.find((l) => l.setName === 'sip-signaling')!;
    expect(sip.entries.map((e) => e.cidr).sort()).toEqual([...TwilioCatalog.sipSignalingCidrs()].sort());
  });

  test('shareWith plans an AWS RAM share inside the organization unless told otherwise', () => {
    const org = 'arn:aws:organizations::111122223333:organization/o-abcdefghij';
    expect(TwilioNetworkPlan.prefixLists({ shareWith: ['444455556666', org] })).toMatchObject({
      shareName: 'twilio-voice-prefix-lists', sharePrincipals: ['444455556666', org], shareAllowsExternalPrincipals: false,
    });
    expect(TwilioNetworkPlan.prefixLists({ shareWith: ['444455556666'], allowExternalPrincipals: true }).shareAllowsExternalPrincipals).toBe(true);
  });

  test('bad options are named, with the traffic options\' problems in the same error', () => {
    expect(problems(() => TwilioNetworkPlan.prefixLists({
      shareWith: ['12345', 'arn:aws:iam::111122223333:root'], namePrefix: 'has space', sipSignaling: 'yes' as any, prefixListHeadroom: -1, sdks: ['java' as any],
    }))).toEqual([
      'sipSignaling must be true or false, got: \'yes\'.',
      expect.stringMatching(/^namePrefix must be 1-100 letters/),
      expect.stringMatching(/^shareWith\[0\] must be a 12-digit AWS account ID/),
      expect.stringMatching(/^shareWith\[1\] must be a 12-digit AWS account ID/),
      expect.stringMatching(/^sdks\[0\]/),
      expect.stringMatching(/^prefixListHeadroom must be an integer from 0 to 999/),
    ]);
  });
});

describe('plans that reference prefix lists', () => {
  const ref = (setName: string, maxEntries: number, extra: Partial<TwilioPrefixListReference> = {}): TwilioPrefixListReference => ({
    setName, prefixListId: `pl-0${setName.length.toString(16).padStart(16, '0')}`, maxEntries, ...extra,
  });

  test('rules for a referenced set name the list and count its maxEntries against the quota', () => {
    const plain = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], turnFallback: true });
    const nts = plain.cidrSets.find((s) => s.name === 'nts')!;
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], turnFallback: true, prefixLists: [ref('nts', 10)] });
    const listRules = plan.securityGroupRules.filter((r) => r.cidrSet === 'nts');
    // one rule per protocol and ports instead of one per CIDR
    expect(listRules.map((r) => `${r.protocol}-${r.fromPort}`).sort()).toEqual(['tcp-3478', 'tcp-5349', 'udp-3478']);
    for (const r of listRules) {
      expect(r.prefixListId).toBe(ref('nts', 10).prefixListId);
      expect(r.cidr).toBeUndefined();
    }
    expect(plan.securityGroupRules.filter((r) => r.cidr && nts.cidrs.includes(r.cidr) && r.fromPort !== 443)).toEqual([]);
    const others = plan.securityGroupRules.filter((r) => !r.cidrSet).length;
    expect(plan.quotas.securityGroupEgress.used).toBe(others + 3 * 10);
    // every flow is still admitted
    expect(plan.unadmittedFlows()).toEqual([]);
    // network ACL entries keep CIDRs
    expect(plan.networkAclEntries).toEqual(plain.networkAclEntries);
  });

  test('a list too small or lacking a CIDR of its set is refused', () => {
    const media = TwilioCatalog.media().cidrs[0];
    expect(problems(() => TwilioNetworkPlan.compute({ prefixLists: [ref('media', 1, { cidrs: ['10.0.0.0/8'] })] }))).toEqual([
      `The prefix list for media lacks ${media}, which the plan's media set needs. Create the lists with the same edges and options (or more), or leave this set out of prefixLists.`,
    ]);
    expect(problems(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], turnFallback: true, prefixLists: [ref('nts', 2)] }))[0])
      .toMatch(/^The prefix list for nts has maxEntries 2, fewer than the set's \d+ CIDRs/);
  });

  test('a referenced list whose weight exceeds the quota is reported like any other quota problem', () => {
    expect(problems(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], turnFallback: true, prefixLists: [ref('nts', 30)] }))[0])
      .toMatch(/^The plan needs 9\d security group egress rules, over the quota of 60/);
  });

  test('Interconnect routes to a referenced route set become one route to the list', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], prefixLists: [ref('interconnect-routes-london-ix', 5)] });
    expect(plan.routes).toEqual([expect.objectContaining({ cidrSet: 'interconnect-routes-london-ix', prefixListId: ref('interconnect-routes-london-ix', 5).prefixListId })]);
    expect(plan.routes[0].cidr).toBeUndefined();
  });

  test('bad references are named', () => {
    expect(problems(() => TwilioNetworkPlan.compute({ prefixLists: [{ setName: 'medai', prefixListId: 'pl-1', maxEntries: 0 }, null as any] }))).toEqual([
      expect.stringMatching(/^prefixLists\[0\]\.setName must name a CIDR set/),
      expect.stringMatching(/^prefixLists\[0\]\.prefixListId must be a prefix list ID/),
      expect.stringMatching(/^prefixLists\[0\]\.maxEntries must be the list's maxEntries/),
      expect.stringMatching(/^prefixLists\[1\] must be/),
    ]);
  });
});

describe('TwilioNetworkPlan.networkFirewall', () => {
  test('5-tuple PASS rules for the CIDR flows, ports as a:b, consecutive sids, and a domain allow list of the hostnames', () => {
    const plan = TwilioNetworkPlan.networkFirewall({ edges: [TwilioEdge.FRANKFURT] });
    const [flows, domains] = plan.ruleGroups;
    expect(flows).toMatchObject({ id: 'flows', name: 'twilio-voice-flows', type: 'STATEFUL', ruleOrder: 'DEFAULT_ACTION_ORDER', priority: undefined, ipSetVariables: [] });
    expect(flows.statefulRules).toEqual([expect.objectContaining({
      action: 'PASS',
      protocol: 'UDP',
      source: 'ANY',
      sourcePort: 'ANY',
      destination: TwilioCatalog.media().cidrs[0],
      destinationPort: '10000:60000',
      direction: 'FORWARD',
      sid: 1000000,
      ruleOptions: [{ keyword: 'sid', settings: ['1000000'] }],
    })]);
    expect(flows.usedCapacity).toBe(1);
    expect(flows.capacity).toBe(2);
    expect(domains).toMatchObject({ id: 'domains', generatedRulesType: 'ALLOWLIST', domainTargetTypes: ['TLS_SNI', 'HTTP_HOST'] });
    expect(domains.domainTargets).toEqual(['eventgw.twilio.com', 'eventgw.us1.twilio.com', 'media.twiliocdn.com', 'sdk.twilio.com', 'voice-js.frankfurt.twilio.com']);
    expect(domains.usedCapacity).toBe(5 * 2 + 2);
    expect(domains.capacity).toBe(18);
    expect(plan.notes.join('\n')).toMatch(/TcpIdleTimeoutSeconds\) to at least 300 s/);
    expect(plan.notes.join('\n')).toMatch(/TLS inspection/);
    expect(plan.notes.join('\n')).toMatch(/UDP media passes only through the flow rules/);
  });

  test('TURN and Interconnect add their CIDRs; wildcards name domains; homeNet sets HOME_NET and the rules\' sources', () => {
    const plan = TwilioNetworkPlan.networkFirewall({
      edges: [TwilioEdge.DUBLIN, TwilioEdge.LONDON_IX], turnFallback: true, dnsWildcards: true, homeNet: ['10.0.0.0/16', '10.1.0.0/16'], sdks: [VoiceSdk.JAVASCRIPT],
    });
    const [flows, domains] = plan.ruleGroups;
    const destinations = new Set(flows.statefulRules.map((r) => r.destination));
    for (const c of TwilioCatalog.ntsCidrs(TwilioEdge.DUBLIN)) expect(destinations.has(c)).toBe(true);
    for (const c of TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX).signalingCidrs!) expect(destinations.has(c)).toBe(true);
    expect(new Set(flows.statefulRules.map((r) => r.source))).toEqual(new Set(['10.0.0.0/16', '10.1.0.0/16']));
    expect(flows.statefulRules.map((r) => r.sid)).toEqual(flows.statefulRules.map((_, i) => 1000000 + i));
    expect(domains.domainTargets).toEqual(['.twilio.com', '.twiliocdn.com']);
    expect(domains.ipSetVariables).toEqual([{ name: 'HOME_NET', definition: ['10.0.0.0/16', '10.1.0.0/16'] }]);
  });

  test('strict order gives the flow group the priority and the domain group the next', () => {
    const plan = TwilioNetworkPlan.networkFirewall({
      ruleOrder: NetworkFirewallRuleOrder.STRICT_ORDER,
      priority: 40,
      firstSid: 7,
      capacityHeadroomPercent: 0,
    });
    expect(plan.ruleGroups.map((g) => [g.id, g.priority, g.ruleOrder, g.capacity === g.usedCapacity])).toEqual([
      ['flows', 40, 'STRICT_ORDER', true], ['domains', 41, 'STRICT_ORDER', true],
    ]);
    expect(plan.ruleGroups[0].statefulRules[0].sid).toBe(7);
    const defaults = TwilioNetworkPlan.networkFirewall({ ruleOrder: NetworkFirewallRuleOrder.STRICT_ORDER });
    expect(defaults.ruleGroups.map((g) => g.priority)).toEqual([100, 101]);
  });

  test('prefix lists with ARNs become IP set references; one rule per set and ports', () => {
    const arn = (s: string) => `arn:aws:ec2:eu-west-1:111122223333:prefix-list/pl-0${s.length.toString(16).padStart(16, '0')}`;
    const plan = TwilioNetworkPlan.networkFirewall({
      edges: [TwilioEdge.DUBLIN],
      turnFallback: true,
      prefixLists: ['media', 'nts'].map((s) => ({ setName: s, prefixListId: `pl-0${s.length.toString(16).padStart(16, '0')}`, maxEntries: 20, prefixListArn: arn(s) })),
    });
    const flows = plan.ruleGroups[0];
    expect(flows.ipSetReferences).toEqual([
      { name: 'TWILIO_MEDIA', setName: 'media', prefixListArn: arn('media') },
      { name: 'TWILIO_NTS', setName: 'nts', prefixListArn: arn('nts') },
    ]);
    expect(flows.statefulRules.map((r) => `${r.protocol} ${r.destination} ${r.destinationPort}`)).toEqual([
      'TCP @TWILIO_NTS 443', 'TCP @TWILIO_NTS 3478', 'TCP @TWILIO_NTS 5349', 'UDP @TWILIO_NTS 3478', 'UDP @TWILIO_MEDIA 10000:60000',
    ]);
  });

  test('limits: a list without an ARN, more than 5 references, and capacity over 30,000 are refused with the fix', () => {
    expect(problems(() => TwilioNetworkPlan.networkFirewall({ prefixLists: [{ setName: 'media', prefixListId: 'pl-0123456789abcdef0', maxEntries: 3 }] })))
      .toEqual([expect.stringMatching(/^prefixLists: the list for media has no prefixListArn/)]);
    const homeNet = Array.from({ length: 2000 }, (_, i) => `10.${Math.floor(i / 256)}.${i % 256}.0/24`);
    expect(problems(() => TwilioNetworkPlan.networkFirewall({
      edges: [TwilioEdge.DUBLIN],
      turnFallback: true,
      homeNet,
      capacityHeadroomPercent: 10,
    })))
      .toEqual([expect.stringMatching(/^The flows rule group needs capacity \d+ \(\d+ used plus 10% headroom\), over Network Firewall's 30000/)]);
    const ix = [TwilioEdge.LONDON_IX, TwilioEdge.FRANKFURT_IX, TwilioEdge.ASHBURN_IX, TwilioEdge.SINGAPORE_IX, TwilioEdge.SAO_PAULO_IX];
    const refs = ['media', ...ix.map((e) => `interconnect-signaling-${e.name}`)].map((s, i) => ({
      setName: s, prefixListId: `pl-0${i.toString(16).padStart(16, '0')}`, maxEntries: 10, prefixListArn: `arn:aws:ec2:eu-west-1:111122223333:prefix-list/pl-${i}`,
    }));
    expect(problems(() => TwilioNetworkPlan.networkFirewall({ edges: ix, prefixLists: refs }))).toEqual([
      expect.stringMatching(/^The flow rules would reference 6 prefix lists .*over Network Firewall's 5 IP set references per rule group/),
    ]);
  });

  test('bad options are named with the fix', () => {
    expect(problems(() => TwilioNetworkPlan.networkFirewall({
      ruleOrder: 'STRICT' as any, priority: 3, capacityHeadroomPercent: 1.5, firstSid: 0, homeNet: ['10.0.0.1/8'], namePrefix: '-x',
    }))).toEqual([
      expect.stringMatching(/^namePrefix must be 1-100 letters/),
      'ruleOrder must be NetworkFirewallRuleOrder.DEFAULT_ACTION_ORDER or NetworkFirewallRuleOrder.STRICT_ORDER, got: \'STRICT\'.',
      'priority applies only with ruleOrder NetworkFirewallRuleOrder.STRICT_ORDER, got: 3. Leave it out, or set ruleOrder.',
      expect.stringMatching(/^capacityHeadroomPercent must be an integer from 0 to 1000/),
      expect.stringMatching(/^firstSid must be an integer from 1/),
      'homeNet[0] must be an IPv4 CIDR such as \'10.0.0.0/16\', got: \'10.0.0.1/8\'.',
    ]);
  });
});
