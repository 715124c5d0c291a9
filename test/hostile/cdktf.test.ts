// Hostile input for the CDKTF constructs: every case synthesizes Terraform JSON (Testing.synth with cdktf's
// validations), or throws the library's validation error naming every bad prop. In the integration run
// (HOSTILE_RUNS set) the accepted configurations are also put through `terraform validate` against the real
// provider schema.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Ec2TransitGatewayVpcAttachment } from '@cdktf/provider-aws/lib/ec2-transit-gateway-vpc-attachment';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import * as fc from 'fast-check';
import {
  anyOf, assertProperty, booleanProp, dropNulls, edgesProp, enumProp, ephemeralPortsProp, expectValidOrRejected, good, hugeList, integerProp,
  interconnectEdge, nullSome, outcome, presentJunk, printCounts, propsOf, publicEdge, quotasProp, recipe, record, rejected, sdksProp, Spec,
  structProp, value,
} from './hostile';
import { cdktf, TwilioCatalog, TwilioEdge, TwilioErrors } from '../../src';
import { tfStack, VPC } from '../cdktf/util';
import { terraformSkipReason, terraformValidate } from '../terraform';

interface Ctx {
  readonly stack: TerraformStack;
}

afterAll(() => printCounts('cdktf.test.ts'));

const SG = 'sg-0123456789abcdef0';
const TGW = 'tgw-0123456789abcdef0';
const VGW = 'vgw-0123456789abcdef0';
let ids = 0;
const uid = (prefix: string) => `${prefix}${++ids}`;

/** A string-ID prop: well-formed IDs and a deploy-time token are accepted; anything else is rejected. */
function idProp(prefix: string, required: boolean): Spec<Ctx> {
  const ok = fc.oneof(
    good<Ctx>(fc.constantFrom(`${prefix}-0123456789abcdef0`, `${prefix}-0123abcd`)),
    fc.constant(recipe<Ctx>(`\${var.${prefix}}`, (c) => new TerraformVariable(c.stack, uid('v'), { type: 'string' }).stringValue, false)),
  );
  const bad = rejected<Ctx>(fc.oneof(
    fc.constantFrom<unknown>(`${prefix}-1`, `${prefix.toUpperCase()}-0123456789ABCDEF0`, ` ${prefix}-0123456789abcdef0`, `${prefix}-0123456789abcdef0 `, 'nope', ''),
    presentJunk.filter((v) => typeof v !== 'string'),
  ));
  return required
    ? { ok, bad: fc.oneof(bad, fc.constantFrom(value<Ctx>(null, true), value<Ctx>(undefined, true))) }
    : { ok: fc.oneof(ok, fc.constantFrom(value<Ctx>(null, false), value<Ctx>(undefined, false))), bad };
}

/** A list-of-IDs prop (required when its struct is given): lists with duplicates, thousands of entries, list tokens. */
function idListProp(prefix: string): Spec<Ctx> {
  const id = fc.oneof(fc.constantFrom(`${prefix}-0123456789abcdef0`, `${prefix}-0fedcba9876543210`), fc.hexaString({ minLength: 8, maxLength: 8 })
    .map((h) => `${prefix}-${h.toLowerCase().padStart(8, '0')}`));
  return {
    ok: fc.oneof(
      { weight: 4, arbitrary: good<Ctx>(fc.array(id, { minLength: 1, maxLength: 4 })) },
      { weight: 1, arbitrary: good<Ctx>(hugeList(id)) },
      { weight: 1, arbitrary: fc.constant(recipe<Ctx>(`\${var.${prefix}s}`, (c) => new TerraformVariable(c.stack, uid('l'), { type: 'list(string)' }).listValue, false)) },
      { weight: 1, arbitrary: fc.constant(recipe<Ctx>(`[\${var.${prefix}}]`, (c) => [new TerraformVariable(c.stack, uid('v'), { type: 'string' }).stringValue], false)) },
    ),
    bad: fc.oneof(
      rejected<Ctx>(fc.constantFrom<unknown>(null, undefined, [], `${prefix}-0123456789abcdef0`, ['nope'], [null], [5], [`${prefix}-0123456789abcdef0`, ''])),
      rejected<Ctx>(fc.tuple(fc.array(id, { maxLength: 3 }), presentJunk.filter((v) => typeof v !== 'string')).map(([l, j]) => [...l, j])),
      rejected<Ctx>(presentJunk.filter((v) => !Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || !x.startsWith(`${prefix}-`)))),
    ),
  };
}

const dnsNameProp: Spec<Ctx> = {
  ok: fc.oneof(
    fc.constantFrom(value<Ctx>(null, false), value<Ctx>(undefined, false)),
    good<Ctx>(fc.constantFrom('twilio', 'Corp DNS', 'it\'s-ok_1', 'a', 'x'.repeat(42), '0x')),
    good<Ctx>(fc.stringMatching(/^[A-Za-z_' -][A-Za-z0-9_' -]{0,41}$/)),
    good<Ctx>(fc.integer({ min: 43, max: 51 }).map((n) => 'x'.repeat(n))).map((h) => recipe<Ctx>(h.label, h.make, 'maybe')),
  ),
  bad: fc.oneof(
    rejected<Ctx>(fc.constantFrom('', 'a/b', 'é', '123', 'x'.repeat(52), 'dns.name', 'tab\there', '🙂')),
    rejected<Ctx>(presentJunk.filter((v) => typeof v !== 'string')),
  ),
};

const trafficProps = (): Record<string, Spec<Ctx>> => ({
  sdks: sdksProp(),
  legacyMobilePort: booleanProp(),
  turnFallback: booleanProp(),
  ephemeralPorts: ephemeralPortsProp(),
  quotas: quotasProp(),
  dnsWildcards: booleanProp(),
  homeRegion: enumProp(TwilioCatalog.twilioRegions()),
});

const commonSpecs = (): Record<string, Spec<Ctx>> => ({
  vpcId: idProp('vpc', true),
  securityGroupId: idProp('sg', false),
  networkAcl: structProp<Ctx>({ subnetIds: idListProp('subnet'), firstRuleNumber: integerProp(1, 31771) }, { required: ['subnetIds'] }),
  dnsFirewall: structProp<Ctx>({ name: dnsNameProp, priority: integerProp(100, 9900), blockOtherDomains: booleanProp() }),
  insights: booleanProp(),
  ...trafficProps(),
});

const attachment = (c: Ctx) => new Ec2TransitGatewayVpcAttachment(c.stack, uid('Attachment'), {
  transitGatewayId: TGW, vpcId: VPC, subnetIds: ['subnet-0123456789abcdef0'],
});

const routeTargetProp: Spec<Ctx> = {
  ok: fc.constantFrom(
    recipe<Ctx>('transitGateway(tgw-...)', () => cdktf.InterconnectRouteTarget.transitGateway(TGW), false),
    recipe<Ctx>('virtualPrivateGateway(vgw-...)', () => cdktf.InterconnectRouteTarget.virtualPrivateGateway(VGW), false),
    recipe<Ctx>('transitGateway(tgw-..., [attachment])', (c) => cdktf.InterconnectRouteTarget.transitGateway(TGW, [attachment(c)]), false),
    recipe<Ctx>('transitGateway(attachment.transitGatewayId, [attachment])',
      (c) => {
        const a = attachment(c);
        return cdktf.InterconnectRouteTarget.transitGateway(a.transitGatewayId, [a]);
      }, false),
  ),
  bad: fc.oneof(
    fc.constantFrom(
      value<Ctx>(TGW, true), value<Ctx>({ targetId: TGW }, true),
      recipe<Ctx>('transitGateway(\'nope\')', () => cdktf.InterconnectRouteTarget.transitGateway('nope'), true),
      recipe<Ctx>('virtualPrivateGateway(tgw-...)', () => cdktf.InterconnectRouteTarget.virtualPrivateGateway(TGW), true),
    ),
    presentJunk.map((j) => recipe<Ctx>(`transitGateway(${fc.stringify(j)})`, () => cdktf.InterconnectRouteTarget.transitGateway(j as any), true)),
    // a falsy dependsOn (0, '', NaN, false) means none, as undefined does (InterconnectRouteTarget's constructor)
    presentJunk.filter((j) => !(Array.isArray(j) && j.length === 0))
      .map((j) => recipe<Ctx>(`transitGateway(tgw-..., ${fc.stringify(j)})`, () => cdktf.InterconnectRouteTarget.transitGateway(TGW, j as any), !!j)),
    rejected<Ctx>(presentJunk),
  ),
};

const voiceEgressSpecs = (): Record<string, Spec<Ctx>> => ({ ...commonSpecs(), edges: edgesProp<Ctx>(false) });

const interconnectSpecs = (): Record<string, Spec<Ctx>> => ({
  ...commonSpecs(),
  edge: {
    ok: good<Ctx>(interconnectEdge),
    bad: fc.oneof(
      rejected<Ctx>(fc.constantFrom(null, undefined, 'london-ix', ' London-IX ', { name: 'LONDON-IX' }, [TwilioEdge.LONDON_IX])),
      rejected<Ctx>(publicEdge),
      rejected<Ctx>(presentJunk),
    ),
  },
  publicServices: booleanProp(),
  routing: structProp<Ctx>({ routeTableIds: idListProp('rtb'), target: routeTargetProp }, { required: ['routeTableIds', 'target'] }),
  interconnectConnection: enumProp(['bgp', 'vpn']),
});

/** Accepted configurations, replayed into one stack for `terraform validate` in the integration run. */
const accepted: Array<(stack: TerraformStack, id: string) => void> = [];
const VALIDATE_AT_MOST = 60;

/** Synthesizes with cdktf's validations on; returns the Terraform JSON. */
function synth(build: (c: Ctx) => void): any {
  const { stack } = tfStack();
  build({ stack });
  return JSON.parse(Testing.synth(stack, true));
}

describe('cdktf constructs with hostile props', () => {
  test('TwilioVoiceEgress: Terraform JSON or the validation error naming every bad prop', () => {
    assertProperty('cdktf.TwilioVoiceEgress', propsOf(voiceEgressSpecs(), ['vpcId']), (props) => {
      const result = expectValidOrRejected('cdktf.TwilioVoiceEgress', props, () => {
        const json = synth((c) => new cdktf.TwilioVoiceEgress(c.stack, 'Voice', props.make(c) as any));
        expect(Object.keys(json.resource ?? {})).not.toContain('aws_vpc_security_group_ingress_rule');
      });
      if (result === 'ok' && accepted.length < VALIDATE_AT_MOST) accepted.push((stack, id) => new cdktf.TwilioVoiceEgress(stack, id, props.make({ stack }) as any));
    });
  });

  test('TwilioPrivateInterconnectEdge (routing, networkAcl.subnetIds, dnsFirewall): Terraform JSON or the validation error', () => {
    assertProperty('cdktf.TwilioPrivateInterconnectEdge', propsOf(interconnectSpecs(), ['vpcId', 'edge']), (props) => {
      const result = expectValidOrRejected('cdktf.TwilioPrivateInterconnectEdge', props, () => {
        synth((c) => new cdktf.TwilioPrivateInterconnectEdge(c.stack, 'Ix', props.make(c) as any));
      });
      if (result === 'ok' && accepted.length < VALIDATE_AT_MOST) {
        accepted.push((stack, id) => new cdktf.TwilioPrivateInterconnectEdge(stack, id, props.make({ stack }) as any));
      }
    });
  });

  test('addNetworkAclEntries: hostile options on either construct', () => {
    const options = anyOf(structProp<Ctx>({ firstRuleNumber: integerProp(1, 31771) }));
    const aclId = fc.constantFrom(
      (_: Ctx) => 'acl-0123456789abcdef0',
      (c: Ctx) => new TerraformVariable(c.stack, uid('acl'), { type: 'string' }).stringValue,
    );
    assertProperty('cdktf.addNetworkAclEntries', fc.tuple(options, aclId, fc.boolean()), ([o, makeAclId, ix]) => {
      const badKeys = o.bad !== true ? [] : o.label.startsWith('{') ? ['firstRuleNumber'] : ['options'];
      expectValidOrRejected('cdktf.addNetworkAclEntries', { badKeys, maybeKeys: [] }, () => {
        synth((c) => {
          const construct = ix
            ? new cdktf.TwilioPrivateInterconnectEdge(c.stack, 'Ix', { vpcId: VPC, edge: TwilioEdge.FRANKFURT_IX })
            : new cdktf.TwilioVoiceEgress(c.stack, 'Voice', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT] });
          construct.addNetworkAclEntries(makeAclId(c), o.make(c) as any);
        });
      });
    });
  });

  test('null on any optional prop (top level or nested) means absent: the same Terraform', () => {
    const valid = fc.record({
      securityGroupId: fc.constant(SG),
      networkAcl: fc.record({ subnetIds: fc.constant(['subnet-0123456789abcdef0']), firstRuleNumber: fc.integer({ min: 1, max: 31771 }) }, { requiredKeys: ['subnetIds'] }),
      dnsFirewall: fc.record({ name: fc.constantFrom('twilio', 'corp'), priority: fc.integer({ min: 100, max: 9900 }), blockOtherDomains: fc.boolean() }, { requiredKeys: [] }),
      edge: fc.constantFrom(TwilioEdge.LONDON_IX, TwilioEdge.ASHBURN_IX),
      routing: fc.record({
        routeTableIds: fc.constant(['rtb-0123456789abcdef0']),
        target: fc.constant(cdktf.InterconnectRouteTarget.transitGateway(TGW)),
      }, { requiredKeys: ['routeTableIds', 'target'] }),
      interconnectConnection: fc.constantFrom('bgp', 'vpn'),
      sdks: fc.subarray(['javascript', 'mobile'], { minLength: 1 }),
      insights: fc.boolean(),
      publicServices: fc.boolean(),
      ephemeralPorts: fc.constant({ fromPort: 32768, toPort: 60999 }),
      quotas: fc.record({ securityGroupRulesPerDirection: fc.constant(200), networkAclEntriesPerDirection: fc.constant(40) }, { requiredKeys: [] }),
    }, { requiredKeys: ['edge'] });
    assertProperty('cdktf.nullMeansAbsent', fc.tuple(valid, fc.infiniteStream(fc.boolean())), ([props, coin]) => {
      const withNulls = { ...nullSome(props, coin, ['legacyMobilePort', 'turnFallback', 'dnsWildcards', 'homeRegion']), edge: props.edge };
      const render = (p: Record<string, any>) => outcome(() => synth((c) => new cdktf.TwilioPrivateInterconnectEdge(c.stack, 'Ix', { ...p, vpcId: VPC } as any)));
      expect(render(withNulls)).toEqual(render(dropNulls(withNulls)));
      record('cdktf.nullMeansAbsent', 'ok');
    });
  });

  const validateReason = !process.env.HOSTILE_RUNS ? 'HOSTILE_RUNS is not set (terraform validate runs in the integration run only)' : terraformSkipReason;
  if (validateReason) {
    // eslint-disable-next-line no-console
    console.log(`SKIPPED terraform validate of the accepted hostile configurations: ${validateReason}`);
  }
  (validateReason ? test.skip : test)(validateReason
    ? `accepted configurations pass terraform validate (SKIPPED: ${validateReason})`
    : 'accepted configurations pass terraform validate against the real provider schema', () => {
    const { stack } = tfStack();
    accepted.forEach((build, i) => build(stack, `Accepted${i}`));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-hostile-tf-'));
    try {
      const file = path.join(dir, 'main.tf.json');
      fs.writeFileSync(file, Testing.synth(stack));
      const result = terraformValidate(dir, file);
      expect(result.diagnostics).toEqual([]);
      expect(result.valid).toBe(true);
      // eslint-disable-next-line no-console
      console.log(`terraform validate: ${accepted.length} accepted hostile configurations in one stack, valid`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('cdktf raw errors found by the hostile suite, now validation errors', () => {
  const problemsOf = (build: (c: Ctx) => void): string[] => {
    try {
      synth(build);
    } catch (e) {
      expect(TwilioErrors.isValidationError(e)).toBe(true);
      return TwilioErrors.problemsOf(e);
    }
    throw new Error('no error');
  };

  test('the two known ones: edges: true is the validation error, ephemeralPorts: null means absent', () => {
    expect(problemsOf((c) => new cdktf.TwilioVoiceEgress(c.stack, 'Voice', { vpcId: VPC, edges: true as any }))).toEqual([
      'TwilioVoiceEgress \'test/Voice\': edges must list at least one Twilio edge, got: true. Use e.g. [TwilioEdge.ROAMING] or [TwilioEdge.nearestTo(\'us-east-1\')].',
    ]);
    const acl = { subnetIds: ['subnet-0123456789abcdef0'] };
    expect(synth((c) => new cdktf.TwilioVoiceEgress(c.stack, 'Voice', { vpcId: VPC, networkAcl: acl, ephemeralPorts: null as any })))
      .toEqual(synth((c) => new cdktf.TwilioVoiceEgress(c.stack, 'Voice', { vpcId: VPC, networkAcl: acl })));
  });

  test('a null in networkAcl.subnetIds rendered a null subnet ID (invalid Terraform)', () => {
    expect(problemsOf((c) => new cdktf.TwilioVoiceEgress(c.stack, 'Voice', { vpcId: VPC, networkAcl: { subnetIds: [null as any] } }))).toEqual([
      'TwilioVoiceEgress \'test/Voice\': networkAcl.subnetIds[0] must be a subnet ID like \'subnet-0123456789abcdef0\', got: null.',
    ]);
  });

  test('a function in a route target\'s dependsOn was cdktf\'s "You can only use a plain value"; other junk rendered invalid depends_on', () => {
    expect(problemsOf((c) => new cdktf.TwilioPrivateInterconnectEdge(c.stack, 'Ix', {
      vpcId: VPC,
      edge: TwilioEdge.LONDON_IX,
      routing: { routeTableIds: ['rtb-0123456789abcdef0'], target: cdktf.InterconnectRouteTarget.transitGateway(TGW, [(() => 1) as any, 5 as any]) },
    }))).toEqual([
      'TwilioPrivateInterconnectEdge \'test/Ix\': routing.target.dependsOn[0] must be a Terraform resource or another ITerraformDependable (e.g. the gateway attachment), got: a function.',
      'TwilioPrivateInterconnectEdge \'test/Ix\': routing.target.dependsOn[1] must be a Terraform resource or another ITerraformDependable (e.g. the gateway attachment), got: 5.',
    ]);
  });

  test('DNS Firewall names the provider refuses synthesized (terraform validate failed on them)', () => {
    expect(problemsOf((c) => new cdktf.TwilioVoiceEgress(c.stack, 'Voice', { vpcId: VPC, dnsFirewall: { name: 'corp.dns' } })))
      .toEqual(['TwilioVoiceEgress \'test/Voice\': dnsFirewall.name must be letters, digits, spaces, \'-\', \'_\' or "\'" (not only digits), got: \'corp.dns\'. '
        + 'AWS accepts no other characters in DNS Firewall names; leave it out for the default.']);
    expect(problemsOf((c) => new cdktf.TwilioVoiceEgress(c.stack, 'Voice', { vpcId: VPC, dnsFirewall: { name: 'x'.repeat(52) } })))
      .toEqual([`TwilioVoiceEgress 'test/Voice': dnsFirewall.name must be at most 42 characters, got: '${'x'.repeat(52)}' (52). `
        + 'Shorten it: the longest name made from it, \'<name>-block-everything-else\', must fit AWS\'s 64.']);
  });
});

// addNetworkAclEntries with something that is not an ACL: raw errors the suite found (a TypeError, or invalid
// Terraform), now one validation error naming the argument.
describe('cdktf addNetworkAclEntries with a non-ACL', () => {
  test('addNetworkAclEntries(<not an ACL ID>) is a validation error', () => {
    for (const id of [undefined, null, 5, 'nope', '', Object.create(null)]) {
      const { stack } = tfStack();
      const voice = new cdktf.TwilioVoiceEgress(stack, 'Voice', { vpcId: VPC });
      let error: unknown;
      try {
        voice.addNetworkAclEntries(id);
      } catch (e) {
        error = e;
      }
      expect(TwilioErrors.isValidationError(error)).toBe(true);
    }
  });
});
