// What the plan decides that renderers used to: warnings, defaults, directions, CIDR sets, and its cache.
// (DNS Firewall rules: test/dns-firewall.test.ts.)
import {
  FlowDirection, SipTransport, TwilioCatalog,
  TwilioEdge, TwilioErrors, TwilioNetworkPlan, VoiceSdk,
} from '../../src';

describe('TwilioNetworkPlan (the plan owns every decision)', () => {
  describe('warnings', () => {
    test('near a quota: the acknowledgeable ID and the wording, decided once for every renderer', () => {
      const quotas = { securityGroupRulesPerDirection: 12 };
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], turnFallback: true, quotas });
      expect(plan.warnings).toEqual([{
        id: 'twilio-voice-network:securityGroupRulesNearQuota',
        message: 'The Twilio plan uses 11 of 12 security group egress rules (plus any rules the group already has). To make room: '
          + 'turnFallback accounts for 9 of them: set turnFallback to false; or raise the AWS quota for your account and then quotas.securityGroupRulesPerDirection.',
      }]);
    });

    test('near a quota: the advice fits the plan (edges, SIP gateways and transports; never TURN for a plan without it)', () => {
      const sip = { mediaPorts: { fromPort: 10000, toPort: 20000 } };
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT, TwilioEdge.LONDON_IX], sip });
      const messages = plan.warnings.map((w) => w.message);
      expect(messages.length).toBeGreaterThanOrEqual(2);
      for (const m of messages) {
        expect(m).toMatch(/To make room: choose fewer edges \(london-ix: \d+, frankfurt: \d+\); set sip\.allInterconnectGateways to false .*; use fewer SIP transports \(e\.g\. sip\.transports: \[SipTransport\.TLS\]/);
        expect(m).not.toMatch(/turnFallback/);
      }
      // and never a change that frees nothing: one transport, or ACL entries (the same for either call direction)
      const udpOnly = { ...sip, transports: [SipTransport.UDP] };
      const udp = TwilioNetworkPlan._computeForHost({ edges: [TwilioEdge.LONDON_IX], sip: udpOnly, networkAcl: {} });
      expect(udp.networkAclWarnings.length).toBe(2);
      for (const w of udp.warnings) expect(w.message).not.toMatch(/transports|origination|termination|turnFallback/);
      const udpTls = { ...sip, transports: [SipTransport.UDP, SipTransport.TLS] };
      const tls = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT, TwilioEdge.LONDON_IX], sip: udpTls });
      expect(tls.warnings.find((w) => w.id.endsWith(':securityGroupIngressRulesNearQuota'))!.message).toMatch(/take calls in one direction only/);
      // over the quota where quotas are not enforced (host firewalls): said as such
      const host = TwilioNetworkPlan._computeForHost({ edges: [TwilioEdge.FRANKFURT, TwilioEdge.LONDON_IX], sip, networkAcl: {} });
      expect(host.networkAclWarnings.map((w) => w.message)).toEqual([
        expect.stringMatching(/^The Twilio plan needs \d+ network ACL outbound entries \(with the default deny\), over the quota of 20\. To make room: .* and then quotas\.networkAclEntriesPerDirection\.$/),
        expect.stringMatching(/^The Twilio plan needs \d+ network ACL inbound entries/),
      ]);
      // the SIP note names the option as the caller spells it: the plan's path, or a construct's own prop
      expect(plan.notes.join(' ')).toMatch(/set sip\.allInterconnectGateways to false to allow only the chosen edges' gateways/);
      const construct = TwilioNetworkPlan._computeForConstruct({ edges: [TwilioEdge.FRANKFURT, TwilioEdge.LONDON_IX], sip });
      expect(construct.notes.join(' ')).toMatch(/; set allInterconnectGateways to false to allow/);
      expect(construct.warnings.map((w) => w.message).join(' ')).toMatch(/set allInterconnectGateways to false .*transports: \[SipTransport\.TLS\]/);
    });

    test('network ACL warnings only when the plan has ACL entries', () => {
      const quotas = { networkAclEntriesPerDirection: 3 };
      expect(TwilioNetworkPlan.compute({ quotas }).warnings).toEqual([]);
      expect(TwilioNetworkPlan.compute({ quotas, networkAcl: {} }).warnings.map((w) => w.id)).toEqual([
        'twilio-voice-network:networkAclOutboundEntriesNearQuota', 'twilio-voice-network:networkAclInboundEntriesNearQuota',
      ]);
    });

    test('Interconnect with mobile SDKs says what Twilio does not publish', () => {
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], sdks: [VoiceSdk.MOBILE] });
      expect(plan.warnings).toEqual([expect.objectContaining({ id: 'twilio-voice-network:interconnectMobileSignalingUnknown' })]);
      expect(plan.warnings[0].message).toMatch(/no signalling hostnames for mobile SDKs on Interconnect edges \(london-ix\)/);
      expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX] }).warnings).toEqual([]);
    });
  });

  test('the defaults renderers used to carry: security group description and resource name prefix', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN] });
    expect(plan.securityGroupDescription).toBe('Twilio Voice SDK egress (twilio-voice-network): rules per Twilio published requirements');
    expect(plan.resourceNamePrefix).toBe('twilio-voice');
    expect(TwilioNetworkPlan.compute({}).edges).toEqual([TwilioEdge.ROAMING]);
  });

  test('flows and rules carry a direction; peers with published CIDRs belong to named CIDR sets', () => {
    const quotas = { networkAclEntriesPerDirection: 40 };
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX, TwilioEdge.DUBLIN], turnFallback: true, quotas });
    expect(new Set(plan.flows.map((f) => f.direction))).toEqual(new Set([FlowDirection.EGRESS]));
    expect(new Set(plan.securityGroupRules.map((r) => r.direction))).toEqual(new Set([FlowDirection.EGRESS]));
    expect(plan.cidrSets.map((s) => [s.name, s.cidrs])).toEqual([
      ['interconnect-routes-london-ix', ['168.86.128.0/18', '185.187.132.0/25', '185.187.133.0/24']],
      ['interconnect-signaling-london-ix', ['185.187.132.0/25', '185.187.133.0/24']],
      ['media', ['168.86.128.0/18']],
      ['nts', ['3.249.63.128/25', '52.215.127.0/24', '52.215.253.0/26', '54.171.127.192/26']],
    ]);
    for (const set of plan.cidrSets) {
      expect(set.maxEntries).toBe(set.cidrs.length + 2);
      expect(set.entries.map((e) => e.cidr)).toEqual(set.cidrs);
      for (const e of set.entries) expect(e.description).toMatch(/^Twilio /);
    }
    for (const f of plan.flows) {
      if (f.peerIsHostname) expect(f.cidrSet).toBeUndefined();
      else expect(plan.cidrSets.find((s) => s.name === f.cidrSet)!.cidrs).toContain(f.peer);
    }
  });

  test('forExistingNetworkAcl: the entries numbered from a given rule number, with their warnings', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN], quotas: { networkAclEntriesPerDirection: 3 } });
    expect(plan.networkAclEntries).toEqual([]);
    const acl = plan.forExistingNetworkAcl({ firstRuleNumber: 3000 });
    expect(acl.networkAclEntries).toHaveLength(4);
    for (const e of acl.networkAclEntries) expect(e.ruleNumber).toBeGreaterThanOrEqual(3000);
    expect(acl.securityGroupRules).toEqual(plan.securityGroupRules);
    expect(acl.networkAclWarnings.map((w) => w.id)).toEqual(['twilio-voice-network:networkAclOutboundEntriesNearQuota', 'twilio-voice-network:networkAclInboundEntriesNearQuota']);
    expect(() => plan.forExistingNetworkAcl({ firstRuleNumber: 0 })).toThrow('firstRuleNumber must be an integer from 1 to 31771');
  });

  describe('insights means Insights only; publicServices opens the other internet services', () => {
    const hosts = (plan: TwilioNetworkPlan) => plan.flows.filter((f) => f.peerIsHostname).map((f) => f.peer);
    test.each<[string, object, string[]]>([
      ['Interconnect only', {}, []],
      ['Interconnect with insights', { insights: true }, ['eventgw.twilio.com', 'eventgw.us1.twilio.com']],
      ['Interconnect with public services', { publicServices: true }, ['ers.twilio.com', 'eventgw.twilio.com', 'eventgw.us1.twilio.com']],
      ['Interconnect with public services but no Insights', { publicServices: true, insights: false }, ['ers.twilio.com']],
    ])('%s', (_, options, expected) => {
      expect(hosts(TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN_IX], sdks: [VoiceSdk.MOBILE], ...options })).sort()).toEqual(expected);
    });
  });

  describe('bad input', () => {
    test('the validation error can be recognised and read in any language', () => {
      let error: unknown;
      try {
        TwilioNetworkPlan.compute({ edges: [], sdks: [] });
      } catch (e) {
        error = e;
      }
      expect(TwilioErrors.isValidationError(error)).toBe(true);
      expect(TwilioErrors.problemsOf(error)).toHaveLength(2);
      expect(TwilioErrors.isValidationError(new Error('x'))).toBe(false);
      expect(TwilioErrors.problemsOf('x')).toEqual([]);
    });

    test('a foreign or unknown edge is a validation error, never an internal one', () => {
      for (const edges of [[{ name: 'atlantis' }], [{}], [null], ['dublin'], [42]] as any[]) {
        let error: unknown;
        try {
          TwilioNetworkPlan.compute({ edges });
        } catch (e) {
          error = e;
        }
        expect(TwilioErrors.isValidationError(error)).toBe(true);
        expect(String(error)).not.toMatch(/internal/);
      }
    });

    test('null on an optional prop means absent', () => {
      const nulls = { edges: null, sdks: null, insights: null, turnFallback: null, quotas: null, dnsFirewall: null, ephemeralPorts: null } as any;
      expect(JSON.stringify(TwilioNetworkPlan.compute(nulls))).toBe(JSON.stringify(TwilioNetworkPlan.compute({})));
    });
  });
});

describe('plan cache', () => {
  afterEach(() => TwilioCatalog.reset());

  test('the same choices give the same plan object; a catalog change gives a new plan; bad choices still throw', () => {
    const a = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], turnFallback: true });
    expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], turnFallback: true })).toBe(a);
    expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN] })).not.toBe(a);
    const dublin = TwilioCatalog.edgeDefinition(TwilioEdge.DUBLIN);
    TwilioCatalog.registerEdge({ ...dublin, ntsCidrs: ['203.0.113.0/25'] }, true);
    const b = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], turnFallback: true });
    expect(b).not.toBe(a);
    expect(b.flows.map((f) => f.peer)).toContain('203.0.113.0/25');
    for (let i = 0; i < 2; i++) expect(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], sdks: ['java' as any] })).toThrow(/sdks\[0\]/);
  });
});
