// Generators of the values a JavaScript, Python or JSON caller can send in place of each prop, tagged with whether
// the library must reject them, and the oracle every hostile-input test applies: synthesize valid output, or throw
// the library's validation error naming every bad prop; never a TypeError or any other raw error.
import * as fc from 'fast-check';
import { TwilioEdge, TwilioErrors } from '../../src';

/**
 * Cases for the whole hostile suite: ~100 by default (the unit run, which must stay under a minute on 2 cores with
 * three frameworks to render), thousands with `HOSTILE_RUNS=3000` (the integration run). Each property gets a share
 * of the total by its weight.
 */
export const TOTAL_RUNS = Math.max(1, Number(process.env.HOSTILE_RUNS ?? 100) || 100);

/** The weight of each property in the total; the shares add up to TOTAL_RUNS (at least 3 cases each). */
const WEIGHTS: Record<string, number> = {
  'plan.compute': 20,
  'plan.nullMeansAbsent': 6,
  'plan.forExistingNetworkAcl': 5,
  'edge.of': 6,
  'edge.nearestTo': 6,
  'catalog.registerEdge': 7,
  'catalog.registerMedia': 5,
  'awscdk.TwilioVoiceEgress': 25,
  'awscdk.TwilioPrivateInterconnectEdge': 20,
  'awscdk.addNetworkAclEntries': 5,
  'awscdk.nullMeansAbsent': 5,
  'cdktf.TwilioVoiceEgress': 25,
  'cdktf.TwilioPrivateInterconnectEdge': 20,
  'cdktf.addNetworkAclEntries': 5,
  'cdktf.nullMeansAbsent': 5,
  'cli': 25,
};
const WEIGHT_SUM = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);

/** Number of cases for one property. */
export function runsFor(property: string): number {
  const weight = WEIGHTS[property];
  if (weight === undefined) throw new Error(`no weight for hostile property '${property}'`);
  return Math.max(3, Math.round((TOTAL_RUNS * weight) / WEIGHT_SUM));
}

/** Outcomes seen per property, printed once per file so CI logs show how many cases ran. */
const counts = new Map<string, { ok: number; rejected: number; ms: number }>();

export function record(property: string, result: 'ok' | 'rejected'): void {
  const c = counts.get(property) ?? { ok: 0, rejected: 0, ms: 0 };
  c[result]++;
  counts.set(property, c);
}

/** Runs a property with its share of cases and times it. */
export function assertProperty<T>(property: string, arb: fc.Arbitrary<T>, check: (value: T) => void): void {
  const started = Date.now();
  const timed = (v: T) => {
    const t0 = Date.now();
    try {
      check(v);
    } finally {
      // HOSTILE_SLOW_MS=500 prints the cases slower than that, to keep the unit run fast
      const slow = Number(process.env.HOSTILE_SLOW_MS ?? Infinity);
      // eslint-disable-next-line no-console
      if (Date.now() - t0 > slow) console.log(`slow case (${Date.now() - t0} ms) in ${property}: ${fc.stringify(v).slice(0, 400)}`);
    }
  };
  fc.assert(fc.property(arb, timed), { numRuns: runsFor(property), seed: seedFor(property), endOnFailure: true });
  const c = counts.get(property) ?? { ok: 0, rejected: 0, ms: 0 };
  c.ms += Date.now() - started;
  counts.set(property, c);
}

/** `HOSTILE_SEED` replays a run; otherwise fast-check picks a seed and prints it on failure. */
function seedFor(property: string): number | undefined {
  const seed = process.env.HOSTILE_SEED;
  if (seed === undefined) return undefined;
  let h = Math.trunc(Number(seed)) % 2147483647;
  for (const ch of property) h = (h * 31 + ch.charCodeAt(0)) % 2147483647;
  return h;
}

/** Prints `hostile <property>: N cases (ok, rejected) in T ms` for every property the file ran. */
export function printCounts(file: string): void {
  const lines = [...counts.entries()].map(([p, c]) => `  ${p}: ${c.ok + c.rejected} cases (${c.ok} accepted, ${c.rejected} rejected) in ${c.ms} ms`);
  // eslint-disable-next-line no-console
  console.log(`hostile input, ${file} (HOSTILE_RUNS=${TOTAL_RUNS}):\n${lines.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Tagged values

/**
 * A prop value (or a recipe for one, for values that need the stack: VPCs, security groups, tokens) and whether
 * the library must reject it. `maybe` is for values whose verdict depends on other props (a subnet selection that
 * cannot be checked against an invalid VPC) or on quotas.
 */
export interface Hostile<C = unknown> {
  readonly make: (ctx: C) => unknown;
  readonly bad: boolean | 'maybe';
  readonly label: string;
}

function tag<C>(make: (ctx: C) => unknown, bad: boolean | 'maybe', label: string): Hostile<C> {
  // fast-check prints counterexamples with this method
  return { make, bad, label, [fc.toStringMethod]: () => `${bad === true ? 'BAD ' : bad === 'maybe' ? 'MAYBE ' : ''}${label}` } as Hostile<C>;
}

/** A plain value with its verdict. */
export function value<C = unknown>(v: unknown, bad: boolean | 'maybe'): Hostile<C> {
  return tag<C>(() => v, bad, describe(v));
}

/** A value built from the test's context (stack, VPC) with its verdict. */
export function recipe<C>(label: string, make: (ctx: C) => unknown, bad: boolean | 'maybe'): Hostile<C> {
  return tag(make, bad, label);
}

export function describe(v: unknown): string {
  if (Array.isArray(v) && v.length > 20) return `[${v.length} items: ${fc.stringify(v.slice(0, 3))}...]`;
  return fc.stringify(v);
}

/**
 * The values of one prop, split: `ok` (accepted: valid values, absent ones, and `maybe`s) and `bad` (rejected).
 * Keeping them apart lets a props object be drawn with no bad prop, exactly one, or any mix.
 */
export interface Spec<C = unknown> {
  readonly ok: fc.Arbitrary<Hostile<C>>;
  readonly bad: fc.Arbitrary<Hostile<C>>;
}

/** Any value of a prop. */
export function anyOf<C>(spec: Spec<C>): fc.Arbitrary<Hostile<C>> {
  return fc.oneof({ weight: 2, arbitrary: spec.ok }, { weight: 1, arbitrary: spec.bad });
}

/** Accepted values. */
export function good<C = unknown>(arb: fc.Arbitrary<unknown>): fc.Arbitrary<Hostile<C>> {
  return arb.map((v) => value<C>(v, false));
}

/** Rejected values. */
export function rejected<C = unknown>(arb: fc.Arbitrary<unknown>): fc.Arbitrary<Hostile<C>> {
  return arb.map((v) => value<C>(v, true));
}

/** `null` and `undefined`: an optional prop left out. */
export function absent<C = unknown>(): fc.Arbitrary<Hostile<C>> {
  return fc.constantFrom(null, undefined).map((v) => value<C>(v, false));
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile values

const hostileObjects = (): unknown[] => [
  {}, [], Object.create(null), { toString: 1, valueOf: 1 }, new Date(0), /twilio/, new Map([['a', 1]]), new Set([1]),
  { name: 'dublin' }, { name: ' Dublin ' }, { name: 'DUBLIN' }, { name: 5 }, { fromPort: 1, toPort: 2 }, [null], [[]], [{}],
  Object.assign(Object.create(null), { name: 'dublin' }),
];

/** Junk of every JavaScript type: what a JS or JSON caller can send by mistake. Filter it by what a prop accepts. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom<unknown>(
      NaN, Infinity, -Infinity, 0, -0, -1, 0.5, 1.5, 99.99, 1e21, -(2 ** 31), 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE,
      '', ' ', '\t\n', 'null', 'undefined', 'true', '0', '100', '[]', '{}', '🙂', '\u202e', '\u0000', 'ｄｕｂｌｉｎ', 'Dublin', ' Dublin ',
      'javascript', 'JavaScript', ' mobile ', 'BGP', 'vpc-1', 'x'.repeat(300),
      true, false, 10n, Symbol('hostile'), () => 'a function', class Hostile {},
    ),
  },
  { weight: 2, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...hostileObjects())) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.object({ maxDepth: 1, maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 4 }) },
);

/** Junk that is not null or undefined (those mean absent). */
export const presentJunk = junk.filter((v) => v !== null && v !== undefined);

/** A list of thousands of entries drawn from a few values (duplicates). */
export function hugeList(arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  return fc.tuple(fc.array(arb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1000, max: 5000 }))
    .map(([seed, n]) => Array.from({ length: n }, (_, i) => seed[i % seed.length]));
}

/** An optional boolean prop. */
export function booleanProp<C = unknown>(): Spec<C> {
  return { ok: fc.oneof(good<C>(fc.boolean()), absent<C>()), bad: rejected<C>(presentJunk.filter((v) => typeof v !== 'boolean')) };
}

/** An optional integer prop accepted in [min, max]. */
export function integerProp<C = unknown>(min: number, max: number): Spec<C> {
  const ok = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  return {
    ok: fc.oneof(good<C>(fc.integer({ min, max })), good<C>(fc.constantFrom(min, max)), absent<C>()),
    bad: rejected<C>(fc.oneof(fc.constantFrom<unknown>(min - 1, max + 1, min + 0.5, String(min), NaN, Infinity, -min), fc.integer(), presentJunk)
      .filter((v) => !ok(v))),
  };
}

/** Public edges as objects, including copies from another version of the library (matched by name). */
export const publicEdge: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TwilioEdge.all().filter((e) => !e.isPrivateInterconnect)) },
  { weight: 1, arbitrary: fc.constantFrom(...TwilioEdge.all().filter((e) => !e.isPrivateInterconnect)).map((e) => ({ name: e.name })) },
);

/** Interconnect edges as objects. */
export const interconnectEdge: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TwilioEdge.all().filter((e) => e.isPrivateInterconnect)) },
  { weight: 1, arbitrary: fc.constantFrom(...TwilioEdge.all().filter((e) => e.isPrivateInterconnect)).map((e) => ({ name: e.name })) },
);

/** Strings and objects that name an edge loosely (case, whitespace, legacy ids): a JS caller's edges, never accepted as props. */
export const edgeLookalike: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...TwilioEdge.all()).chain((e) => fc.constantFrom<unknown>(
    e.name, e.name.toUpperCase(), ` ${e.name} `, e.legacyRegionId, { name: e.name.toUpperCase() }, { name: ` ${e.name}` }, { name: e.legacyRegionId },
  )),
  presentJunk,
);

/** True for a non-empty list of edges the prop accepts. */
export function isEdgeList(v: unknown, interconnectOk: boolean): boolean {
  return Array.isArray(v) && v.length > 0
    && v.every((x) => TwilioEdge._resolve(x) && (interconnectOk || !TwilioEdge._resolve(x)!.isPrivateInterconnect));
}

/** `edges` of a construct or plan: `interconnectOk` when Interconnect edges are accepted (the plan). */
export function edgesProp<C = unknown>(interconnectOk: boolean): Spec<C> {
  const accepted = interconnectOk ? fc.oneof(publicEdge, interconnectEdge) : publicEdge;
  const refused = (interconnectOk ? edgeLookalike : fc.oneof(edgeLookalike, interconnectEdge)).filter((x) => !isEdgeList([x], interconnectOk));
  return {
    ok: fc.oneof(
      { weight: 4, arbitrary: good<C>(fc.array(accepted, { minLength: 1, maxLength: 6 })) },
      { weight: 1, arbitrary: good<C>(hugeList(accepted)) },
      { weight: 2, arbitrary: absent<C>() },
    ),
    bad: fc.oneof(
      { weight: 1, arbitrary: rejected<C>(fc.constantFrom<unknown>([], true, 'dublin', ' Dublin ', 5, {}, TwilioEdge.DUBLIN)) },
      { weight: 1, arbitrary: rejected<C>(presentJunk.filter((v) => !isEdgeList(v, interconnectOk))) },
      // valid edges with one bad entry somewhere
      {
        weight: 3,
        arbitrary: rejected<C>(fc.tuple(fc.array(accepted, { maxLength: 4 }), refused, fc.nat()).map(([list, x, at]) => {
          const out = [...list];
          out.splice(at % (list.length + 1), 0, x);
          return out;
        })),
      },
      { weight: 1, arbitrary: rejected<C>(fc.tuple(hugeList(fc.oneof(accepted, refused)), refused).map(([l, x]) => [...l, x])) },
    ),
  };
}

const SDK_VALUES = ['javascript', 'mobile'];

/** `sdks`: enum values (plain strings are the enum's values), duplicates, huge lists; anything else is rejected. */
export function sdksProp<C = unknown>(): Spec<C> {
  const sdk = fc.constantFrom(...SDK_VALUES);
  const wrongSdk = fc.oneof(fc.constantFrom<unknown>('JavaScript', ' mobile', 'MOBILE', 'ios', '', null, 0), presentJunk.filter((v) => !SDK_VALUES.includes(v as string)));
  return {
    ok: fc.oneof(
      { weight: 4, arbitrary: good<C>(fc.array(sdk, { minLength: 1, maxLength: 5 })) },
      { weight: 1, arbitrary: good<C>(hugeList(sdk)) },
      { weight: 2, arbitrary: absent<C>() },
    ),
    bad: fc.oneof(
      { weight: 1, arbitrary: rejected<C>(fc.constantFrom<unknown>([], 'javascript', 'mobile', { javascript: true })) },
      { weight: 2, arbitrary: rejected<C>(fc.tuple(fc.array(sdk, { maxLength: 3 }), wrongSdk).map(([l, w]) => [...l, w])) },
      { weight: 1, arbitrary: rejected<C>(presentJunk.filter((v) => !(Array.isArray(v) && v.length > 0 && v.every((x) => SDK_VALUES.includes(x))))) },
    ),
  };
}

/** `ephemeralPorts`: `{ fromPort, toPort }`, both integers 1-65535, in order. */
export function ephemeralPortsProp<C = unknown>(): Spec<C> {
  const port = fc.integer({ min: 1, max: 65535 });
  const badPort = fc.oneof(fc.constantFrom<unknown>(0, 65536, -1, 1024.5, NaN, Infinity, '1024', null, undefined), presentJunk)
    .filter((v) => !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535));
  return {
    ok: fc.oneof(
      { weight: 3, arbitrary: good<C>(fc.tuple(port, port).map(([a, b]) => ({ fromPort: Math.min(a, b), toPort: Math.max(a, b) }))) },
      { weight: 2, arbitrary: absent<C>() },
    ),
    bad: fc.oneof(
      rejected<C>(fc.tuple(port, port).filter(([a, b]) => a !== b).map(([a, b]) => ({ fromPort: Math.max(a, b), toPort: Math.min(a, b) }))),
      rejected<C>(fc.tuple(port, badPort, fc.boolean()).map(([p, b, first]) => (first ? { fromPort: b, toPort: p } : { fromPort: p, toPort: b }))),
      rejected<C>(presentJunk.filter((v) => !(v !== null && typeof v === 'object' && !Array.isArray(v)
        && Number.isInteger((v as any).fromPort) && Number.isInteger((v as any).toPort)))),
    ),
  };
}

/**
 * A struct prop (`optional` unless told otherwise): its fields optional unless `required`, junk in place of the
 * struct or of any field.
 */
export function structProp<C = unknown>(fields: Record<string, Spec<C>>, options: { required?: string[]; optional?: boolean } = {}): Spec<C> {
  const required = new Set(options.required ?? []);
  const keys = Object.keys(fields);
  const MISSING = Symbol('missing');
  const build = (vals: unknown[]) => {
    const present = keys.map((k, i) => [k, vals[i]] as const).filter(([, v]) => v !== MISSING) as [string, Hostile<C>][];
    const bads = present.map(([, h]) => h.bad);
    const bad = bads.includes(true) ? true : bads.includes('maybe') ? 'maybe' as const : false;
    const label = `{ ${present.map(([k, h]) => `${k}: ${h.label}`).join(', ')} }`;
    return recipe<C>(label, (ctx) => Object.fromEntries(present.map(([k, h]) => [k, h.make(ctx)])), bad);
  };
  const field = (k: string, arb: fc.Arbitrary<Hostile<C>>) => (required.has(k) ? arb : fc.option(arb, { nil: MISSING as any }));
  const allOk = fc.tuple(...keys.map((k) => field(k, fields[k].ok))).map(build);
  // one field bad (or a required one missing), the others anything
  const oneBad = fc.nat(keys.length - 1).chain((at) => fc.tuple(...keys.map((k, i) => (i === at
    ? (required.has(k) ? fc.oneof(fields[k].bad, fc.constant(MISSING as any)) : fields[k].bad)
    : field(k, anyOf(fields[k])))))).map((vals) => {
    const h = build(vals);
    return keys.some((k, i) => required.has(k) && vals[i] === MISSING) ? recipe<C>(h.label, h.make, true) : h;
  });
  // Objects of other classes (Date, Map) count as structs with no fields, as a class implementing the interface would.
  const notAStruct = rejected<C>(presentJunk.filter((v) => typeof v !== 'object' || Array.isArray(v)));
  return {
    ok: options.optional === false ? allOk : fc.oneof({ weight: 3, arbitrary: allOk }, { weight: 1, arbitrary: absent<C>() }),
    bad: fc.oneof({ weight: 3, arbitrary: oneBad }, { weight: 1, arbitrary: notAStruct }),
  };
}

/** Quotas: each optional, in AWS's ranges. Small quotas may not fit the plan, so every given quota is a `maybe`. */
export function quotasProp<C = unknown>(): Spec<C> {
  const s = structProp<C>({
    securityGroupRulesPerDirection: integerProp<C>(1, 1000),
    networkAclEntriesPerDirection: integerProp<C>(2, 40),
    warnAtPercent: integerProp<C>(1, 100),
  });
  return { ok: s.ok.map((h) => (h.label.includes(':') ? recipe<C>(h.label, h.make, 'maybe') : h)), bad: s.bad };
}

/** One of a few accepted strings (enum values); anything else, case and whitespace variants included, is rejected. */
export function enumProp<C = unknown>(accepted: string[]): Spec<C> {
  const variants = accepted.flatMap((a) => [a.toUpperCase(), ` ${a}`, `${a} `, a.charAt(0).toUpperCase() + a.slice(1)]).filter((v) => !accepted.includes(v));
  return {
    ok: fc.oneof({ weight: 3, arbitrary: good<C>(fc.constantFrom(...accepted)) }, { weight: 2, arbitrary: absent<C>() }),
    bad: fc.oneof(rejected<C>(fc.constantFrom(...variants)), rejected<C>(presentJunk.filter((v) => !accepted.includes(v as string)))),
  };
}

/** A prop whose values are listed by hand (recipes that need the stack). */
export function listed<C>(ok: Hostile<C>[], bad: Hostile<C>[]): Spec<C> {
  return { ok: fc.constantFrom(...ok), bad: fc.constantFrom(...bad) };
}

// ---------------------------------------------------------------------------------------------------------------
// Props objects

/** A props object: each key present or left out (`required` keys always present); which keys the library must reject. */
export interface HostileProps<C> {
  readonly make: (ctx: C) => unknown;
  readonly badKeys: string[];
  readonly maybeKeys: string[];
  readonly label: string;
}

/**
 * Props objects: a third with no bad prop (so accepted output is checked often), a third with exactly one, a third
 * any mix; now and then not an object at all.
 */
export function propsOf<C>(specs: Record<string, Spec<C>>, required: string[] = []): fc.Arbitrary<HostileProps<C>> {
  const keys = Object.keys(specs);
  const MISSING = Symbol('missing');
  const field = (k: string, arb: fc.Arbitrary<Hostile<C>>) => (required.includes(k) ? arb : fc.option(arb, { nil: MISSING as any, freq: 2 }));
  const build = (vals: unknown[]): HostileProps<C> => {
    const present = keys.map((k, i) => [k, vals[i]] as const).filter(([, v]) => v !== MISSING) as [string, Hostile<C>][];
    const missingRequired = required.filter((k) => !present.some(([p]) => p === k));
    return {
      make: (ctx: C) => Object.fromEntries(present.map(([k, h]) => [k, h.make(ctx)])),
      badKeys: [...present.filter(([, h]) => h.bad === true).map(([k]) => k), ...missingRequired],
      maybeKeys: present.filter(([, h]) => h.bad === 'maybe').map(([k]) => k),
      label: `{ ${present.map(([k, h]) => `${k}: ${h.label}`).join(', ')} }`,
      [fc.toStringMethod]: () => `{ ${present.map(([k, h]) => `${k}: ${String((h as any)[fc.toStringMethod]())}`).join(', ')} }`,
    } as HostileProps<C>;
  };
  const allOk = fc.tuple(...keys.map((k) => field(k, specs[k].ok))).map(build);
  const oneBad = fc.nat(keys.length - 1).chain((at) => fc.tuple(...keys.map((k, i) => (i === at ? specs[k].bad : field(k, specs[k].ok))))).map(build);
  const mixed = fc.tuple(...keys.map((k) => field(k, anyOf(specs[k])))).map(build);
  // Not an object at all: the whole props argument is junk.
  const junkProps = presentJunk.filter((v) => typeof v !== 'object' || Array.isArray(v))
    .map((v) => ({ make: () => v, badKeys: ['props'], maybeKeys: [], label: describe(v), [fc.toStringMethod]: () => `BAD props ${describe(v)}` }) as HostileProps<C>);
  return fc.oneof(
    { weight: 4, arbitrary: allOk },
    { weight: 4, arbitrary: oneBad },
    { weight: 4, arbitrary: mixed },
    { weight: 1, arbitrary: junkProps },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The oracle

/**
 * Calls `fn`. It must return (then the result is checked by `accept`), or throw the library's validation error.
 * A raw error (TypeError, aws-cdk's own errors, anything else) fails the case with its stack.
 * When any prop is bad, `fn` must throw, and every bad prop must be named at the start of one of the problems
 * (after the `Class 'path':` prefix): `edges[3] must be...`, `networkAcl.subnetIds is required...`.
 * With no bad prop, the only accepted error is a quota error, or one naming a prop whose verdict was `maybe`.
 */
export function expectValidOrRejected(property: string, props: Pick<HostileProps<unknown>, 'badKeys' | 'maybeKeys'>, fn: () => void): 'ok' | 'rejected' {
  let error: unknown;
  let threw = false;
  try {
    fn();
  } catch (e) {
    threw = true;
    error = e;
  }
  if (!threw) {
    if (props.badKeys.length > 0) throw new Error(`accepted bad props ${props.badKeys.join(', ')}`);
    record(property, 'ok');
    return 'ok';
  }
  if (!TwilioErrors.isValidationError(error)) {
    const e = error as Error;
    throw new Error(`raw error instead of a validation error: ${e?.name}: ${e?.message}\n${e?.stack ?? ''}`);
  }
  record(property, 'rejected');
  const problems = TwilioErrors.problemsOf(error);
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    // one sentence each, that shows something of the value and is not a stack trace
    expect(p).not.toMatch(/\n\s+at /);
    expect(p).not.toMatch(/\[object Object\]|Cannot read prop|is not a function|undefined is not/);
  }
  const named = (key: string) => problems.some((p) => startsWithProp(p, key));
  for (const key of props.badKeys) {
    if (!named(key)) throw new Error(`bad prop '${key}' not named in:\n- ${problems.join('\n- ')}`);
  }
  if (props.badKeys.length === 0) {
    const explained = problems.every((p) => /over the quota/.test(p) || props.maybeKeys.some((k) => startsWithProp(p, k)));
    if (!explained) throw new Error(`rejected props with no bad value (maybe: ${props.maybeKeys.join(', ') || 'none'}):\n- ${problems.join('\n- ')}`);
  } return 'rejected';
}

/** True when a problem, after its `Class 'path': ` (and `method: `) prefix, starts with the prop: `edges[1] `, `quotas.x `. */
export function startsWithProp(problem: string, key: string): boolean {
  const text = problem.replace(/^\w+ '[^']*'(?: \w+)?: /, '');
  return text.startsWith(key) && /^[[. ]/.test(text.slice(key.length));
}

// ---------------------------------------------------------------------------------------------------------------
// null means absent

/** Nested fields that are required when their struct is given (null there is a missing value, not an absent option). */
const REQUIRED_NESTED = new Set(['fromPort', 'toPort', 'subnetIds', 'subnets', 'target', 'routeTableIds']);

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Sets some optional keys (top level and one level down) to null, as a JSON caller writing every key would, and
 * adds some null keys that were not there.
 */
export function nullSome(props: Record<string, any>, coin: fc.Stream<boolean>, extraKeys: string[] = []): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(props)) {
    if (coin.next().value) {
      out[k] = null;
    } else if (isPlain(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([kk, vv]) => [kk, coin.next().value && !REQUIRED_NESTED.has(kk) ? null : vv]));
    } else {
      out[k] = v;
    }
  }
  for (const k of extraKeys) if (!(k in out) && coin.next().value) out[k] = null;
  return out;
}

/** The same props with every null removed (top level and one level down). */
export function dropNulls(props: Record<string, any>): Record<string, any> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)
    .map(([k, v]) => [k, isPlain(v) ? Object.fromEntries(Object.entries(v).filter(([, vv]) => vv !== null)) : v]));
}

/** What a caller observes: the result as JSON, or the validation error's problems. */
export function outcome(fn: () => unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(fn()));
  } catch (e) {
    if (!TwilioErrors.isValidationError(e)) throw e;
    return TwilioErrors.problemsOf(e);
  }
}
