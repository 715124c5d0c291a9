import * as fc from 'fast-check';
import { NetworkProtocol, TwilioEdge, TwilioFlow, TwilioNetworkPlan, TwilioNetworkPlanProps, VoiceSdk } from '../../src';
import { cidrContains, mergeCidrs } from '../../src/util/cidr';

const ANY = '0.0.0.0/0';
const peerOf = (f: TwilioFlow) => (f.peerIsHostname ? ANY : f.peer);

const arbChoices: fc.Arbitrary<TwilioNetworkPlanProps> = fc.record({
  edges: fc.array(fc.constantFrom(...TwilioEdge.all()), { minLength: 1, maxLength: 5 }),
  sdks: fc.option(fc.array(fc.constantFrom(VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  insights: fc.option(fc.boolean(), { nil: undefined }),
  publicServices: fc.option(fc.boolean(), { nil: undefined }),
  legacyMobilePort: fc.option(fc.boolean(), { nil: undefined }),
  turnFallback: fc.option(fc.boolean(), { nil: undefined }),
  dnsWildcards: fc.option(fc.boolean(), { nil: undefined }),
  networkAcl: fc.record({ firstRuleNumber: fc.option(fc.integer({ min: 1, max: 31771 }), { nil: undefined }) }),
  ephemeralPorts: fc.option(
    fc.integer({ min: 1, max: 65535 }).chain((a) => fc.integer({ min: a, max: 65535 }).map((b) => ({ fromPort: a, toPort: b }))),
    { nil: undefined },
  ),
  quotas: fc.option(fc.record({
    securityGroupRulesPerDirection: fc.integer({ min: 1, max: 1000 }),
    networkAclEntriesPerDirection: fc.integer({ min: 2, max: 40 }),
  }), { nil: undefined }),
});

/** Builds the plan, or returns the error message when the choices exceed a quota (the only error valid choices may give). */
function attempt(props: TwilioNetworkPlanProps): TwilioNetworkPlan | string {
  try {
    return TwilioNetworkPlan.compute(props);
  } catch (e) {
    const message = (e as Error).message;
    expect(message).toMatch(/over the quota of \d+ \(quotas\.\w+\)\. Fix: /);
    return message;
  }
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seed * (i + 7)) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// The unit suite's share; HOSTILE_RUNS (the integration run's setting, see test/hostile) scales it up there.
const runs = { numRuns: Math.max(60, Math.round(Number(process.env.HOSTILE_RUNS ?? 0) / 10)) };

describe('TwilioNetworkPlan properties', () => {
  test('permutation and duplication of the input do not change the output', () => {
    fc.assert(fc.property(arbChoices, fc.nat(1000), (props, seed) => {
      const again = {
        ...props,
        edges: shuffled([...props.edges!, ...props.edges!.slice(0, 2)], seed),
        sdks: props.sdks ? shuffled([...props.sdks, props.sdks[0]], seed + 1) : undefined,
      };
      expect(JSON.stringify(attempt(again))).toEqual(JSON.stringify(attempt(props)));
    }), runs);
  });

  test('every required flow is admitted by the security group rules and, both ways, by the network ACL entries', () => {
    fc.assert(fc.property(arbChoices, (props) => {
      const plan = attempt(props);
      if (typeof plan === 'string') return;
      const eph = plan.ephemeralPorts;
      for (const f of plan.flows) {
        const admits = (r: { protocol: NetworkProtocol; cidr: string; fromPort: number; toPort: number }, fromPort: number, toPort: number) =>
          r.protocol === f.protocol && r.fromPort <= fromPort && toPort <= r.toPort && cidrContains(r.cidr, peerOf(f));
        expect(plan.securityGroupRules.some((r) => admits({ ...r, cidr: r.cidr! }, f.fromPort, f.toPort))).toBe(true);
        expect(plan.networkAclEntries.some((e) => e.egress && admits(e, f.fromPort, f.toPort))).toBe(true);
        expect(plan.networkAclEntries.some((e) => !e.egress && admits(e, eph.fromPort, eph.toPort))).toBe(true);
      }
      expect(plan.unadmittedFlows()).toEqual([]);
    }), runs);
  });

  test('nothing wider than the flows: every address and port a rule admits belongs to one of its flows', () => {
    fc.assert(fc.property(arbChoices, (props) => {
      const plan = attempt(props);
      if (typeof plan === 'string') return;
      const byId = new Map(plan.flows.map((f) => [f.id, f]));
      for (const r of plan.securityGroupRules) {
        const flows = r.flowIds.map((id) => byId.get(id)!);
        expect(flows.every((f) => f.protocol === r.protocol)).toBe(true);
        // ports: the rule's range is the union of its flows' ranges
        for (const p of [r.fromPort, r.toPort, Math.floor((r.fromPort + r.toPort) / 2)]) {
          expect(flows.some((f) => f.fromPort <= p && p <= f.toPort)).toBe(true);
        }
        // addresses: the rule's CIDR is covered by its flows' destinations (a merge of exact halves at most)
        const covered = flows.some((f) => cidrContains(peerOf(f), r.cidr!))
          || flows.filter((f) => cidrContains(r.cidr!, peerOf(f))).length >= 2;
        expect(covered).toBe(true);
        if (r.cidr === ANY) expect(flows.some((f) => f.peerIsHostname)).toBe(true);
      }
    }), runs);
  });

  test('no ingress rules; NACL ingress only to the ephemeral range; rule numbers unique and in range', () => {
    fc.assert(fc.property(arbChoices, (props) => {
      const plan = attempt(props);
      if (typeof plan === 'string') return;
      expect(plan.quotas.securityGroupIngress.used).toBe(0);
      expect(plan.securityGroupRules.every((r) => r.id.startsWith('egress:'))).toBe(true);
      const first = props.networkAcl?.firstRuleNumber ?? 100;
      for (const egress of [true, false]) {
        const numbers = plan.networkAclEntries.filter((e) => e.egress === egress).map((e) => e.ruleNumber);
        expect(new Set(numbers).size).toBe(numbers.length);
        for (const n of numbers) {
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(Math.max(1, first));
          expect(n).toBeLessThanOrEqual(32766);
        }
      }
      for (const e of plan.networkAclEntries.filter((x) => !x.egress)) {
        expect([e.fromPort, e.toPort]).toEqual([plan.ephemeralPorts.fromPort, plan.ephemeralPorts.toPort]);
      }
    }), runs);
  });

  test('every valid choice fits the quotas or fails with the quota error', () => {
    fc.assert(fc.property(arbChoices, (props) => {
      const plan = attempt(props);
      if (typeof plan === 'string') return; // attempt() already checked it is the quota error
      for (const u of [plan.quotas.securityGroupEgress, plan.quotas.networkAclEgress, plan.quotas.networkAclIngress]) {
        expect(u.used).toBeLessThanOrEqual(u.limit);
      }
    }), runs);
  });

  test('Interconnect-only plans open nothing to 0.0.0.0/0 unless Insights or public services are asked for', () => {
    const ix = TwilioEdge.all().filter((e) => e.isPrivateInterconnect);
    fc.assert(fc.property(fc.array(fc.constantFrom(...ix), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean(), (edges, mobile, turn) => {
      const plan = attempt({ edges, sdks: mobile ? [VoiceSdk.MOBILE] : undefined, turnFallback: turn });
      if (typeof plan === 'string') return;
      expect(plan.securityGroupRules.filter((r) => r.cidr === ANY)).toEqual([]);
      expect(plan.networkAclEntries.filter((r) => r.cidr === ANY)).toEqual([]);
    }), runs);
  });

  test('the default choices for every single edge fit the default quotas', () => {
    for (const edge of TwilioEdge.all()) {
      for (const sdks of [[VoiceSdk.JAVASCRIPT], [VoiceSdk.MOBILE], [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE]]) {
        expect(() => TwilioNetworkPlan.compute({ edges: [edge], sdks })).not.toThrow();
      }
    }
  });
});

describe('TwilioNetworkPlan rule economy', () => {
  test('never more security group rules than flows merged by identical ports and adjacent or overlapping CIDRs', () => {
    fc.assert(fc.property(arbChoices, (props) => {
      const plan = attempt(props);
      if (typeof plan === 'string') return;
      const groups = new Map<string, string[]>();
      for (const f of plan.flows) {
        const key = `${f.protocol} ${f.fromPort}-${f.toPort}`;
        groups.set(key, [...(groups.get(key) ?? []), peerOf(f)]);
      }
      const minimum = [...groups.values()].reduce((n, cidrs) => n + mergeCidrs(cidrs).length, 0);
      expect(plan.securityGroupRules.length).toBeLessThanOrEqual(minimum);
    }), runs);
  });
});
