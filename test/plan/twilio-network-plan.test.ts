import { TwilioEdge, TwilioNetworkPlan, VoiceSdk } from '../../src';

const rules = (plan: TwilioNetworkPlan) => plan.securityGroupRules.map((r) => `${r.protocol} ${r.fromPort}-${r.toPort} ${r.cidr}`);

describe('TwilioNetworkPlan', () => {
  describe('security group rules', () => {
    test.each<[string, Parameters<typeof TwilioNetworkPlan.compute>[0], string[]]>([
      ['GLL, JavaScript (defaults)', { edges: [TwilioEdge.ROAMING] }, ['tcp 443-443 0.0.0.0/0', 'udp 10000-60000 168.86.128.0/18']],
      ['pinned edge, both SDKs', { edges: [TwilioEdge.DUBLIN], sdks: [VoiceSdk.MOBILE, VoiceSdk.JAVASCRIPT] }, ['tcp 443-443 0.0.0.0/0', 'udp 10000-60000 168.86.128.0/18']],
      ['mobile SDKs before 3.x', { edges: [TwilioEdge.ASHBURN], sdks: [VoiceSdk.MOBILE], legacyMobilePort: true },
        ['tcp 443-443 0.0.0.0/0', 'tcp 10194-10194 0.0.0.0/0', 'udp 10000-60000 168.86.128.0/18']],
      ['Interconnect only: exact CIDRs, nothing to 0.0.0.0/0', { edges: [TwilioEdge.LONDON_IX] },
        ['tcp 443-443 185.187.132.0/25', 'tcp 443-443 185.187.133.0/24', 'udp 10000-60000 168.86.128.0/18']],
      ['Interconnect with Insights opted in', { edges: [TwilioEdge.ASHBURN_IX], insights: true },
        ['tcp 443-443 0.0.0.0/0', 'udp 10000-60000 168.86.128.0/18']],
      ['TURN fallback on ashburn: NTS CIDRs merged, TLS 443 covered by the signalling rule', { edges: [TwilioEdge.ASHBURN], turnFallback: true }, [
        'tcp 443-443 0.0.0.0/0',
        'tcp 3478-3478 3.235.111.128/25', 'tcp 3478-3478 34.203.250.0/23', 'tcp 3478-3478 34.203.254.0/24', 'tcp 3478-3478 54.172.60.0/23',
        'tcp 5349-5349 3.235.111.128/25', 'tcp 5349-5349 34.203.250.0/23', 'tcp 5349-5349 34.203.254.0/24', 'tcp 5349-5349 54.172.60.0/23',
        'udp 3478-3478 3.235.111.128/25', 'udp 3478-3478 34.203.250.0/23', 'udp 3478-3478 34.203.254.0/24', 'udp 3478-3478 54.172.60.0/23',
        'udp 10000-60000 168.86.128.0/18',
      ]],
    ])('%s', (_, props, expected) => {
      expect(rules(TwilioNetworkPlan.compute(props))).toEqual(expected);
    });

    test('Interconnect TURN keeps TLS 443 on the NTS CIDRs instead of opening 0.0.0.0/0', () => {
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT_IX], turnFallback: true });
      expect(plan.securityGroupRules.some((r) => r.cidr === '0.0.0.0/0')).toBe(false);
      expect(rules(plan)).toContain('tcp 443-443 18.156.18.128/25');
    });

    test('descriptions name the Twilio purpose and say why hostnames become 0.0.0.0/0', () => {
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ROAMING] });
      const [https, media] = plan.securityGroupRules;
      expect(https.description).toBe('Twilio JavaScript SDK signalling (WSS), Insights call quality events, JavaScript SDK sounds - hostnames without published IPs so any IPv4: voice-js.roaming.twilio.com eventgw.twilio.com eventgw.us1.twilio.com media.twiliocdn.com sdk.twilio.com');
      expect(media.description).toBe('Twilio Voice media (SRTP/ICE) - edges roaming');
      expect(https.id).toBe('egress:tcp-443:0.0.0.0/0');
      expect(media.id).toBe('egress:udp-10000-60000:168.86.128.0/18');
    });

    test('descriptions stay within 255 characters AWS accepts', () => {
      const edges = TwilioEdge.all().filter((e) => !e.isPrivateInterconnect);
      const plan = TwilioNetworkPlan.compute({ edges, sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE] });
      for (const r of plan.securityGroupRules) {
        expect(r.description.length).toBeLessThanOrEqual(255);
        expect(r.description).toMatch(/^[a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]+$/);
      }
    });
  });

  describe('network ACL entries', () => {
    test('every egress entry has its return-traffic ingress entry to the ephemeral range', () => {
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], ephemeralPorts: { fromPort: 32768, toPort: 60999 }, networkAcl: {} });
      const show = plan.networkAclEntries.map((e) => `${e.egress ? 'out' : 'in'} ${e.protocol} ${e.fromPort}-${e.toPort} ${e.cidr}`);
      expect(show).toEqual(expect.arrayContaining([
        'out tcp 443-443 185.187.132.0/25', 'out tcp 443-443 185.187.133.0/24', 'out udp 10000-60000 168.86.128.0/18',
        'in tcp 32768-60999 185.187.132.0/25', 'in tcp 32768-60999 185.187.133.0/24', 'in udp 32768-60999 168.86.128.0/18',
      ]));
      expect(show).toHaveLength(6);
    });

    test('rule numbers start at networkAcl.firstRuleNumber, step in fives, and do not move when another entry is added', () => {
      const small = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN], networkAcl: { firstRuleNumber: 1000 } });
      const big = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN, TwilioEdge.LONDON_IX], networkAcl: { firstRuleNumber: 1000 } });
      for (const e of small.networkAclEntries) {
        expect(e.ruleNumber).toBeGreaterThanOrEqual(1000);
        expect(e.ruleNumber).toBeLessThanOrEqual(1995);
        expect((e.ruleNumber - 1000) % 5).toBe(0);
        expect(big.networkAclEntries.find((b) => b.id === e.id)!.ruleNumber).toBe(e.ruleNumber);
      }
    });
  });

  describe('DNS domains and routes', () => {
    test.each<[string, Parameters<typeof TwilioNetworkPlan.compute>[0], string[]]>([
      ['GLL JavaScript (reconnects to the edge it landed on)', { edges: [TwilioEdge.ROAMING] }, [
        'eventgw.twilio.com', 'eventgw.us1.twilio.com', 'media.twiliocdn.com', 'sdk.twilio.com', 'voice-js.ashburn.twilio.com', 'voice-js.dublin.twilio.com', 'voice-js.frankfurt.twilio.com',
        'voice-js.roaming.twilio.com', 'voice-js.sao-paulo.twilio.com', 'voice-js.singapore.twilio.com', 'voice-js.sydney.twilio.com', 'voice-js.tokyo.twilio.com',
        'voice-js.umatilla.twilio.com',
      ]],
      ['GLL mobile without Insights', { edges: [TwilioEdge.ROAMING], sdks: [VoiceSdk.MOBILE], insights: false }, ['chunderm.gll.twilio.com', 'ers.twilio.com']],
      ['Interconnect resolves its own name', { edges: [TwilioEdge.TOKYO_IX] }, ['voice-js.tokyo-ix.twilio.com']],
      ['TURN adds the STUN and TURN names', { edges: [TwilioEdge.SYDNEY], turnFallback: true, insights: false },
        ['media.twiliocdn.com', 'sdk.twilio.com', 'sydney.stun.twilio.com', 'sydney.turn.twilio.com', 'voice-js.sydney.twilio.com']],
      ['wildcards', { edges: [TwilioEdge.SYDNEY], dnsWildcards: true }, ['*.twilio.com', '*.twiliocdn.com']],
    ])('%s', (_, props, expected) => {
      expect(TwilioNetworkPlan.compute(props).dnsDomains).toEqual(expected);
    });

    test('routes cover Interconnect signalling and media, and only Interconnect edges', () => {
      expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN] }).routes).toEqual([]);
      expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN, TwilioEdge.SAN_JOSE_IX, TwilioEdge.ASHBURN_IX] }).routes).toEqual([
        { cidr: '67.213.136.0/25', edgeNames: ['san-jose-ix'], purpose: 'Interconnect signalling', sourceUrl: 'https://www.twilio.com/docs/interconnect' },
        { cidr: '168.86.128.0/18', edgeNames: ['ashburn-ix', 'san-jose-ix'], purpose: 'Voice media', sourceUrl: 'https://www.twilio.com/docs/interconnect' },
        { cidr: '208.78.112.0/25', edgeNames: ['ashburn-ix'], purpose: 'Interconnect signalling', sourceUrl: 'https://www.twilio.com/docs/interconnect' },
      ]);
    });
  });

  describe('quotas', () => {
    test('reports usage against the AWS defaults, counting the NACL default deny', () => {
      const q = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ROAMING], networkAcl: {} }).quotas;
      expect([q.securityGroupEgress.used, q.securityGroupEgress.limit, q.securityGroupIngress.used]).toEqual([2, 60, 0]);
      expect([q.networkAclEgress.used, q.networkAclEgress.limit, q.networkAclIngress.used]).toEqual([3, 20, 3]);
      expect(q.networkAclEgress.nearLimit).toBe(false);
    });

    test('flags usage near a quota', () => {
      const quotas = { securityGroupRulesPerDirection: 12 };
      const q = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], turnFallback: true, quotas }).quotas;
      expect(q.securityGroupEgress).toMatchObject({ used: 11, limit: 12, nearLimit: true });
    });

    test('over a quota fails and names the choice to change', () => {
      expect(() => TwilioNetworkPlan.compute({ edges: [TwilioEdge.ROAMING], turnFallback: true })).toThrow(
        'The plan needs 89 security group egress rules, over the quota of 60 (quotas.securityGroupRulesPerDirection). Fix: turnFallback accounts for 87 of them: set turnFallback to false, or pin the edge nearest your clients instead of roaming (GLL TURN needs every region\'s addresses); or raise the AWS quota for your account and then this option.',
      );
      const edges = [TwilioEdge.ASHBURN, TwilioEdge.DUBLIN, TwilioEdge.FRANKFURT];
      expect(() => TwilioNetworkPlan.compute({ edges, turnFallback: true, networkAcl: {} })).toThrow(
        /network ACL outbound entries \(with the default deny\), over the quota of 20[\s\S]*choose fewer edges \(ashburn: \d+, dublin: \d+, frankfurt: \d+\)/,
      );
    });
  });

  describe('bad input', () => {
    test.each<[string, any, string]>([
      ['unknown edge', { edges: [{ name: 'mars' }] }, "edges[0] must be a TwilioEdge, got: 'mars'. Use a static member such as TwilioEdge.ASHBURN or TwilioEdge.of('ashburn')."],
      ['empty edge list', { edges: [] }, "edges must list at least one Twilio edge, got: []. Use e.g. [TwilioEdge.ROAMING] or [TwilioEdge.nearestTo('us-east-1')]."],
      ['empty sdk list', { edges: [TwilioEdge.ROAMING], sdks: [] }, 'sdks must list at least one SDK when given, got: []. Use [VoiceSdk.JAVASCRIPT], [VoiceSdk.MOBILE] or both, or leave it out.'],
      ['inverted ephemeral ports', { edges: [TwilioEdge.ROAMING], ephemeralPorts: { fromPort: 60999, toPort: 32768 } },
        'ephemeralPorts must run from the lower to the higher port, got: 60999-32768. Swap them: { fromPort: 32768, toPort: 60999 }.'],
      ['out-of-range ephemeral port', { edges: [TwilioEdge.ROAMING], ephemeralPorts: { fromPort: 0, toPort: 65535 } },
        'ephemeralPorts.fromPort must be an integer port 1-65535, got: 0. Most systems use 1024-65535 (Linux: 32768-60999).'],
      ['rule number zero', { edges: [TwilioEdge.ROAMING], networkAcl: { firstRuleNumber: 0 } },
        'networkAcl.firstRuleNumber must be an integer from 1 to 31771 (entries use up to 995 numbers above it, and AWS allows 1-32766), got: 0.'],
      ['rule number too high to fit the entries', { edges: [TwilioEdge.ROAMING], networkAcl: { firstRuleNumber: 32000 } },
        'networkAcl.firstRuleNumber must be an integer from 1 to 31771 (entries use up to 995 numbers above it, and AWS allows 1-32766), got: 32000.'],
      ['fractional rule number', { edges: [TwilioEdge.ROAMING], networkAcl: { firstRuleNumber: 100.5 } }, 'got: 100.5.'],
      ['NACL quota above the AWS maximum', { edges: [TwilioEdge.ROAMING], quotas: { networkAclEntriesPerDirection: 41 } },
        'quotas.networkAclEntriesPerDirection must be an integer from 2 to 40 (AWS allows at most 40, one of which is the default deny), got: 41.'],
    ])('%s', (_, props, message) => {
      expect(() => TwilioNetworkPlan.compute(props)).toThrow(message);
    });

    test('every problem is reported in one error', () => {
      expect(() => TwilioNetworkPlan.compute({ edges: [], networkAcl: { firstRuleNumber: -1 }, sdks: ['python' as any] })).toThrow(
        /^3 problems:\n- edges must list[^\n]*\n- networkAcl\.firstRuleNumber must be[^\n]*\n- sdks\[0\] must be VoiceSdk.JAVASCRIPT or VoiceSdk.MOBILE, got: 'python'\./,
      );
    });
  });

  test('notes carry the uncertain facts the plan relies on', () => {
    expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.ROAMING] }).notes.join('\n')).toMatch(/RFC 7871/);
    expect(TwilioNetworkPlan.compute({ edges: [TwilioEdge.TOKYO], sdks: [VoiceSdk.MOBILE] }).notes.join('\n')).toMatch(/partly undocumented/);
  });
});

test('edges are matched by name, so an edge object from another copy of the library works', () => {
  const foreign = { name: 'dublin', legacyRegionId: 'ie1', isPrivateInterconnect: false } as unknown as TwilioEdge;
  expect(TwilioNetworkPlan.compute({ edges: [foreign] }).edges).toEqual([TwilioEdge.DUBLIN]);
  expect(() => TwilioNetworkPlan.compute({ edges: [{ name: 'atlantis' } as unknown as TwilioEdge] })).toThrow("edges[0] must be a TwilioEdge, got: 'atlantis'.");
});
