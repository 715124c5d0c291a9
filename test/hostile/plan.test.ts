// Hostile input for the framework-free API: TwilioNetworkPlan.compute, TwilioEdge.of / nearestTo and the catalog's
// register hooks. Every case returns a usable result or throws the library's validation error naming the bad prop.
import * as fc from 'fast-check';
import {
  anyOf, assertProperty, booleanProp, edgesProp, enumProp, ephemeralPortsProp, expectValidOrRejected, integerProp, junk,
  presentJunk, nullSome, dropNulls, outcome, printCounts, propsOf, quotasProp, record, sdksProp, Spec, structProp,
} from './hostile';
import { TwilioCatalog, TwilioEdge, TwilioErrors, TwilioNetworkPlan } from '../../src';
import { AWS_REGION_LOCATIONS } from '../../src/catalog/private/aws-regions';

afterAll(() => printCounts('plan.test.ts'));

/** Every prop of `TwilioNetworkPlan.compute()`. */
const planPropSpecs = (): Record<string, Spec> => ({
  edges: edgesProp(true),
  sdks: sdksProp(),
  legacyMobilePort: booleanProp(),
  turnFallback: booleanProp(),
  ephemeralPorts: ephemeralPortsProp(),
  quotas: quotasProp(),
  dnsWildcards: booleanProp(),
  homeRegion: enumProp(TwilioCatalog.twilioRegions()),
  publicServices: booleanProp(),
  insights: booleanProp(),
  networkAcl: structProp({ firstRuleNumber: integerProp(1, 31771) }),
  dnsFirewall: structProp({ priority: integerProp(100, 9900), blockOtherDomains: booleanProp() }),
  interconnectConnection: enumProp(['bgp', 'vpn']),
});

/** A plan is usable: it serializes, admits every flow, and its ACL plan can be asked for. */
function expectUsable(plan: TwilioNetworkPlan): void {
  expect(plan.edges.length).toBeGreaterThan(0);
  expect(() => JSON.stringify(plan)).not.toThrow();
  expect(plan.unadmittedFlows()).toEqual([]);
}

describe('TwilioNetworkPlan.compute with hostile props', () => {
  test('returns a plan or throws the validation error naming every bad prop', () => {
    assertProperty('plan.compute', propsOf(planPropSpecs()), (props) => {
      expectValidOrRejected('plan.compute', props, () => expectUsable(TwilioNetworkPlan.compute(props.make(undefined) as any)));
    });
  });

  test('null on any optional prop (top level or nested) means absent', () => {
    const valid = fc.record({
      edges: fc.array(fc.constantFrom(...TwilioEdge.all()), { minLength: 1, maxLength: 3 }),
      sdks: fc.subarray(['javascript', 'mobile'], { minLength: 1 }),
      turnFallback: fc.boolean(),
      insights: fc.boolean(),
      networkAcl: fc.option(fc.record({ firstRuleNumber: fc.integer({ min: 1, max: 31771 }) }), { nil: undefined }),
      quotas: fc.record({
        securityGroupRulesPerDirection: fc.integer({ min: 40, max: 1000 }),
        networkAclEntriesPerDirection: fc.integer({ min: 20, max: 40 }),
      }),
      dnsFirewall: fc.record({ priority: fc.integer({ min: 100, max: 9900 }), blockOtherDomains: fc.boolean() }),
      homeRegion: fc.constantFrom(...TwilioCatalog.twilioRegions()),
    }, { requiredKeys: [] });
    assertProperty('plan.nullMeansAbsent', fc.tuple(valid, fc.infiniteStream(fc.boolean())), ([props, coin]) => {
      const withNulls = nullSome(props, coin, ['legacyMobilePort', 'dnsWildcards', 'publicServices', 'ephemeralPorts', 'interconnectConnection']);
      const compute = (p: Record<string, any>) => outcome(() => TwilioNetworkPlan.compute(p as any));
      expect(compute(withNulls)).toEqual(compute(dropNulls(withNulls)));
      record('plan.nullMeansAbsent', 'ok');
    });
  });

  test('forExistingNetworkAcl with hostile options', () => {
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT] });
    // A non-object options argument is read as {} by the plan (twilio-network-plan.ts); the constructs reject it.
    const options = anyOf(structProp({ firstRuleNumber: integerProp(1, 31771) }))
      .map((h) => (h.label.startsWith('{') ? h : { ...h, bad: h.bad && 'maybe' }));
    assertProperty('plan.forExistingNetworkAcl', options, (o) => {
      const p = { badKeys: o.bad === true ? ['firstRuleNumber'] : [], maybeKeys: ['firstRuleNumber', 'options'] };
      expectValidOrRejected('plan.forExistingNetworkAcl', p, () => {
        const acl = plan.forExistingNetworkAcl(o.make(undefined) as any);
        expect(acl.networkAclEntries.length).toBeGreaterThan(0);
      });
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------

const ALL_IDS = TwilioEdge.all().flatMap((e) => {
  const d = TwilioCatalog.edgeDefinition(e);
  return [d.name, d.legacyRegionId, ...(d.aliases ?? [])].map((id) => [id, e] as const);
});

/** Whitespace String.prototype.trim removes, which TwilioEdge.of and nearestTo ignore around a name. */
const SPACE = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff');

/** A string in every case and with surrounding whitespace. */
function variants(s: string): fc.Arbitrary<string> {
  return fc.tuple(SPACE, SPACE, fc.constantFrom('lower', 'upper', 'title')).map(([a, b, c]) => {
    const cased = c === 'upper' ? s.toUpperCase() : c === 'title' ? s.charAt(0).toUpperCase() + s.slice(1) : s;
    return `${a}${cased}${b}`;
  });
}

/** Strings that are almost a name: a typo, an inner space, unicode look-alikes, Object.prototype keys. */
function nearMisses(ids: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.tuple(fc.constantFrom(...ids), fc.nat(), fc.char()).map(([id, at, ch]) => id.slice(0, at % id.length) + ch + id.slice((at % id.length) + 1)),
    fc.constantFrom(...ids).map((id) => id.split('').join(' ')),
    fc.constantFrom(...ids).map((id) => id.replace(/a/g, '\u0430')), // Cyrillic a
    fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'length'),
    fc.constantFrom('x'.repeat(5000), 'dublin'.repeat(1000)),
    junk,
  );
}

describe('TwilioEdge.of with hostile names', () => {
  test('the edge of a name, legacy id or alias in any case and whitespace; anything else is a validation error', () => {
    const ids = ALL_IDS.map(([id]) => id);
    const name = fc.oneof(fc.constantFrom(...ids).chain(variants), nearMisses(ids));
    assertProperty('edge.of', name, (n) => {
      const wanted = typeof n === 'string' ? n.trim().toLowerCase() : undefined;
      const expected = ALL_IDS.find(([id]) => id === wanted)?.[1];
      let got: TwilioEdge | undefined;
      try {
        got = TwilioEdge.of(n as any);
      } catch (e) {
        if (!TwilioErrors.isValidationError(e)) throw e;
        expect(expected).toBeUndefined();
        expect((e as Error).message).toMatch(/^Unknown Twilio edge: .*Valid edges: /s);
        record('edge.of', 'rejected');
        return;
      }
      expect(got).toBe(expected);
      record('edge.of', 'ok');
    });
  });
});

describe('TwilioEdge.nearestTo with hostile regions', () => {
  test('a public edge for a known region in any case and whitespace; anything else is a validation error', () => {
    const regions = Object.keys(AWS_REGION_LOCATIONS);
    const region = fc.oneof(fc.constantFrom(...regions).chain(variants), nearMisses(regions), fc.constantFrom('us-gov-west-1', 'eu-mars-1', 'us-east-99'));
    assertProperty('edge.nearestTo', region, (r) => {
      const wanted = typeof r === 'string' ? r.trim().toLowerCase() : undefined;
      const known = wanted !== undefined && Object.prototype.hasOwnProperty.call(AWS_REGION_LOCATIONS, wanted);
      let got: TwilioEdge | undefined;
      try {
        got = TwilioEdge.nearestTo(r as any);
      } catch (e) {
        if (!TwilioErrors.isValidationError(e)) throw e;
        expect(known).toBe(false);
        expect((e as Error).message).toMatch(/^awsRegion must be an AWS region, got: /);
        record('edge.nearestTo', 'rejected');
        return;
      }
      expect(known).toBe(true);
      expect(got.isPrivateInterconnect).toBe(false);
      const hosted = TwilioEdge.all().find((e) => TwilioCatalog.edgeDefinition(e).awsRegion === wanted);
      if (hosted) expect(got).toBe(hosted);
      record('edge.nearestTo', 'ok');
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------

const SOURCE = 'https://www.twilio.com/docs/global-infrastructure/edge-locations';

/** A definition with some fields replaced by hostile values (or removed, or null). */
function mutated(
  base: Record<string, unknown>, fields: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<{ def: Record<string, unknown>; changed: string[] }> {
  const keys = Object.keys(fields);
  return fc.tuple(fc.subarray(keys, { maxLength: 3 }), fc.tuple(...keys.map((k) => fields[k])))
    .map(([chosen, vals]) => {
      const def = { ...base };
      for (const k of chosen) def[k] = vals[keys.indexOf(k)];
      return { def, changed: chosen };
    });
}

const cidrList = fc.oneof(
  fc.constantFrom<unknown>(['203.0.113.0/24'], ['198.51.100.0/25', '198.51.100.128/25'], [], ['203.0.113.1/24'], ['10.0.0.0/33'], ['::/0'], '203.0.113.0/24', [null], [5]),
  presentJunk, fc.constant(null),
);
const stringish = fc.oneof(fc.constantFrom<unknown>('', 'x', 'ok text'), presentJunk, fc.constant(null));

/** What each definition field documents; a registered value of another type is reported (not failed). */
const isStr = (v: unknown) => typeof v === 'string';
const isStrList = (v: unknown) => Array.isArray(v) && v.every(isStr);
const WELL_TYPED: Record<string, (v: unknown) => boolean> = {
  name: isStr,
  legacyRegionId: isStr,
  aliases: isStrList,
  isPrivateInterconnect: (v) => typeof v === 'boolean',
  location: isStr,
  awsRegion: isStr,
  servesPublicEdge: isStr,
  signalingCidrs: isStrList,
  bgpPrefixes: isStrList,
  vpnEncryptionDomain: isStrList,
  routingSourceUrl: isStr,
  sipGatewayCidrs: isStrList,
  sipSignalingCidrs: isStrList,
  ntsCidrs: isStrList,
  sourceUrl: isStr,
  note: isStr,
  confidence: (v) => ['high', 'medium', 'low'].includes(v as string),
  cidrs: isStrList,
  fromPort: Number.isInteger,
  toPort: Number.isInteger,
};
const accepted = new Set<string>();

describe('TwilioCatalog.registerEdge and registerMedia with hostile definitions', () => {
  afterEach(() => TwilioCatalog.reset());
  afterAll(() => {
    // every field is type-checked by the hooks now: a wrongly typed value must have been refused, never registered
    expect([...accepted].sort()).toEqual([]);
  });

  /**
   * Calls the hook: a validation error, or else the registered facts must be usable by a plan (a validation error
   * then is a fault: the hook accepted what the plan cannot use). Fields accepted with a value of the wrong type
   * are collected and printed (the hooks live in twilio-catalog.ts, which this suite does not change).
   */
  function check(property: string, changed: string[], def: unknown, register: () => TwilioEdge | undefined): void {
    let edge: TwilioEdge | undefined;
    try {
      try {
        edge = register();
      } catch (e) {
        if (!TwilioErrors.isValidationError(e)) throw e;
        for (const p of TwilioErrors.problemsOf(e)) expect(p).not.toMatch(/\[object Object\]|Cannot read prop|is not a function/);
        record(property, 'rejected');
        return;
      }
      const plan = TwilioNetworkPlan.compute({
        edges: edge ? [edge] : undefined,
        sdks: ['javascript', 'mobile'] as any,
        turnFallback: true,
        quotas: { securityGroupRulesPerDirection: 1000 },
      });
      expectUsable(plan);
      if (edge) {
        expect(TwilioEdge.of(edge.name)).toBe(edge);
        expect(() => JSON.stringify(TwilioCatalog.edgeDefinition(edge!))).not.toThrow();
      }
      for (const k of changed) {
        const v = (def as Record<string, unknown>)[k];
        if (v !== undefined && v !== null && !WELL_TYPED[k]?.(v)) accepted.add(`${property.replace('catalog.', '')} ${k}: ${fc.stringify(v)}`);
      }
      record(property, 'ok');
    } finally {
      TwilioCatalog.reset();
    }
  }

  test('registerEdge: a usable edge or a validation error', () => {
    const publicBase = { name: 'hostile-public', legacyRegionId: 'hx1', location: 'Nowhere', awsRegion: 'eu-west-1', ntsCidrs: ['203.0.113.0/24'], sourceUrl: SOURCE };
    const ixBase = {
      name: 'hostile-ix',
      legacyRegionId: 'hx1-ix',
      isPrivateInterconnect: true,
      servesPublicEdge: 'dublin',
      signalingCidrs: ['203.0.113.0/24'],
      bgpPrefixes: ['203.0.113.0/24'],
      vpnEncryptionDomain: ['203.0.113.0/24'],
      sipGatewayCidrs: ['203.0.113.0/24'],
      sourceUrl: SOURCE,
      routingSourceUrl: SOURCE,
    };
    const fields = {
      name: fc.oneof(fc.constantFrom<unknown>('dublin', 'Hostile', 'hostile edge', 'hostile-new'), stringish),
      legacyRegionId: fc.oneof(fc.constantFrom<unknown>('ie1', 'HX1', 'hx2'), stringish),
      aliases: fc.oneof(fc.constantFrom<unknown>([], ['hx-alias'], ['ie1'], ['UPPER'], 'hx-alias'), presentJunk, fc.constant(null)),
      isPrivateInterconnect: fc.oneof(fc.boolean(), stringish),
      location: stringish,
      awsRegion: fc.oneof(fc.constantFrom<unknown>('us-east-1', 'EU-WEST-1', 'constructor', 'mars-1'), stringish),
      servesPublicEdge: fc.oneof(fc.constantFrom<unknown>('dublin', 'london-ix', 'Dublin', 'constructor'), stringish),
      signalingCidrs: cidrList,
      bgpPrefixes: fc.oneof(fc.constantFrom<unknown>(['203.0.113.0/24 le 28'], ['203.0.113.0/24 le 99'], ['203.0.113.0/24 ge 24']), cidrList),
      vpnEncryptionDomain: cidrList,
      sipGatewayCidrs: cidrList,
      sipSignalingCidrs: cidrList,
      ntsCidrs: cidrList,
      sourceUrl: fc.oneof(fc.constantFrom<unknown>('http://x', 'https://', 'https://a b'), stringish),
      routingSourceUrl: fc.oneof(fc.constantFrom<unknown>('http://x'), stringish),
      confidence: fc.oneof(fc.constantFrom<unknown>('high', 'medium', 'low', 'HIGH'), stringish),
    };
    const arb = fc.tuple(fc.boolean(), fc.oneof(fc.boolean(), junk), fc.nat(20))
      .chain(([ix, replacing, n]) => (n === 0
        ? presentJunk.map((def) => ({ def: def as any, changed: ['definition'], replacing }))
        : mutated(ix ? ixBase : publicBase, fields).map((m) => ({ ...m, replacing }))));
    assertProperty('catalog.registerEdge', arb, ({ def, changed, replacing }) => {
      check('catalog.registerEdge', changed, def, () => TwilioCatalog.registerEdge(def as any, replacing as any));
    });
  });

  test('registerMedia: a usable media range or a validation error', () => {
    const base = { cidrs: ['168.86.128.0/18'], fromPort: 10000, toPort: 60000, sourceUrl: SOURCE };
    const port = fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.constantFrom<unknown>(-1, 65536, 1.5, NaN, '10000', null), presentJunk);
    const fields = { cidrs: cidrList, fromPort: port, toPort: port, sourceUrl: stringish, confidence: stringish };
    const arb = fc.oneof({ weight: 10, arbitrary: mutated(base, fields) }, { weight: 1, arbitrary: presentJunk.map((def) => ({ def: def as any, changed: ['definition'] })) });
    assertProperty('catalog.registerMedia', arb, ({ def, changed }) => {
      check('catalog.registerMedia', changed, def, () => {
        TwilioCatalog.registerMedia(def as any);
        return undefined;
      });
    });
  });
});

describe('raw errors found by the hostile suite (and the two known ones), now validation errors', () => {
  const problemsOf = (fn: () => unknown): string[] => {
    try {
      fn();
    } catch (e) {
      expect(TwilioErrors.isValidationError(e)).toBe(true);
      return TwilioErrors.problemsOf(e);
    }
    throw new Error('no error');
  };

  test('edges: true used to be a TypeError; it is the validation error naming edges', () => {
    expect(problemsOf(() => TwilioNetworkPlan.compute({ edges: true } as any))).toEqual([
      'edges must list at least one Twilio edge, got: true. Use e.g. [TwilioEdge.ROAMING] or [TwilioEdge.nearestTo(\'us-east-1\')].',
    ]);
  });

  test('ephemeralPorts: null used to be a TypeError; it means absent', () => {
    const withNull = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], ephemeralPorts: null } as any);
    expect(JSON.stringify(withNull)).toBe(JSON.stringify(TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN] })));
    expect(withNull.ephemeralPorts).toEqual({ fromPort: 1024, toPort: 65535 });
  });

  test.each([
    [null, 'null'], [undefined, 'undefined'], [5, '5'], ['dublin', '\'dublin\''], [[], '[]'],
  ])('props %p (not an object) was a TypeError or silently the defaults; it is the validation error', (props, shown) => {
    expect(problemsOf(() => TwilioNetworkPlan.compute(props as any))).toEqual([`props must be an object, got: ${shown}. Pass {} for the defaults.`]);
  });

  test('nearestTo(\'constructor\') found Object.prototype\'s member and answered ashburn; it is the validation error', () => {
    for (const region of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(problemsOf(() => TwilioEdge.nearestTo(region))).toEqual([`awsRegion must be an AWS region, got: '${region}'. Pass an AWS region code such as `
        + '\'eu-central-1\' (an unresolved token cannot be used here), or pin an edge with TwilioEdge.of().']);
    }
  });

  test('TwilioEdge.of skips the "did you mean" search for text far longer than any name (it cost O(length) per candidate)', () => {
    // The skip shows in the answer (no suggestion); how long it takes depends on the machine, so it is not asserted.
    expect(problemsOf(() => TwilioEdge.of('x'.repeat(100_000)))[0]).not.toContain('Did you mean');
    expect(problemsOf(() => TwilioEdge.of('dublinn'))[0]).toContain('Did you mean \'dublin\'?');
  });
});
