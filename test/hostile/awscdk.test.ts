// Hostile input for the AWS CDK constructs: every case synthesizes a template that passes the CloudFormation
// registry schema validation (on in the integration task, as testStack({ schemaValidation: true }); Template.fromStack runs it), or throws the library's
// validation error naming every bad prop.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as fc from 'fast-check';
import {
  anyOf, assertProperty, booleanProp, edgesProp, enumProp, ephemeralPortsProp, expectValidOrRejected, good, Hostile, integerProp, interconnectEdge,
  listed, presentJunk, nullSome, dropNulls, outcome, printCounts, propsOf, publicEdge, quotasProp, recipe, record, rejected, sdksProp, Spec,
  structProp, value,
} from './hostile';
import { awscdk, TwilioCatalog, TwilioEdge, TwilioErrors } from '../../src';
import { importedVpc, SCHEMA_VALIDATION } from '../awscdk/util';

interface Ctx {
  readonly stack: Stack;
  readonly vpc: ec2.IVpc;
}

afterAll(() => printCounts('awscdk.test.ts'));

const SG = 'sg-0123456789abcdef0';
let ids = 0;
/** A construct ID unique in any stack, for recipes that may run twice in one case (networkAcl and routing subnets). */
const uid = (prefix: string) => `${prefix}${++ids}`;
const TGW = 'tgw-0123456789abcdef0';
const VGW = 'vgw-0123456789abcdef0';

const vpcSpec: Spec<Ctx> = listed<Ctx>([
  recipe('the imported VPC', (c) => c.vpc, false),
], [
  value(undefined, true), value(null, true), value('vpc-0123456789abcdef0', true), value({ vpcId: 'vpc-0123456789abcdef0' }, true),
  recipe('Vpc.fromVpcAttributes({ vpcId: \'nope\' })', (c) => ec2.Vpc.fromVpcAttributes(c.stack, uid('BadVpc'), { vpcId: 'nope', availabilityZones: ['eu-central-1a'] }), true),
]);
const vpcProp: Spec<Ctx> = { ok: vpcSpec.ok, bad: fc.oneof(vpcSpec.bad, rejected<Ctx>(presentJunk)) };

const securityGroupProp: Spec<Ctx> = {
  ok: fc.oneof(
    fc.constantFrom(value<Ctx>(null, false), value<Ctx>(undefined, false)),
    fc.constantFrom(
      recipe<Ctx>('SecurityGroup.fromSecurityGroupId(sg-...)', (c) => ec2.SecurityGroup.fromSecurityGroupId(c.stack, uid('Sg'), SG), false),
      recipe<Ctx>('SecurityGroup.fromSecurityGroupId(sg-..., { allowAllOutbound: false })',
        (c) => ec2.SecurityGroup.fromSecurityGroupId(c.stack, uid('Sg'), SG, { allowAllOutbound: false }), false),
      recipe<Ctx>('new SecurityGroup()', (c) => new ec2.SecurityGroup(c.stack, uid('OwnSg'), { vpc: c.vpc, allowAllOutbound: false }), false),
    ),
  ),
  bad: fc.oneof(
    fc.constantFrom(
      value<Ctx>(SG, true), value<Ctx>({ securityGroupId: SG }, true),
      recipe<Ctx>('SecurityGroup.fromSecurityGroupId(\'nope\')', (c) => ec2.SecurityGroup.fromSecurityGroupId(c.stack, uid('Sg'), 'nope'), true),
    ),
    rejected<Ctx>(presentJunk),
  ),
};

/** Subnet selections: `routing` when the selected subnets must also have known route tables. */
function subnetsProp(routing: boolean): Spec<Ctx> {
  const ok: Hostile<Ctx>[] = [
    value({}, false), value({ subnetGroupName: 'Clients' }, false), value({ subnetGroupName: 'Interconnect' }, false),
    value({ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, false), value({ subnetType: ec2.SubnetType.PUBLIC, onePerAz: true }, false),
    value({ availabilityZones: ['eu-central-1a'] }, false), value({ availabilityZones: ['mars-1a'] }, false),
    value({ subnetType: 'Isolated' }, false), // the enum's value, as a JS caller writes it
    recipe('{ subnetFilters: [SubnetFilter.byIds([...])] }', () => ({ subnetFilters: [ec2.SubnetFilter.byIds(['subnet-0b00000000000b001'])] }), false),
    recipe('{ subnets: [Subnet.fromSubnetAttributes(...)] }', (c) => ({
      subnets: [ec2.Subnet.fromSubnetAttributes(c.stack, uid('Sn'), { subnetId: 'subnet-0123456789abcdef0', routeTableId: 'rtb-0123456789abcdef0' })],
    }), false),
  ];
  const bad: Hostile<Ctx>[] = [
    // bad whatever the VPC
    value({ subnetType: 'garbage' }, true), value({ subnetType: 'isolated' }, true), value({ subnetGroupName: 5 }, true),
    value({ availabilityZones: 'eu-central-1a' }, true), value({ availabilityZones: [5] }, true), value({ onePerAz: 'yes' }, true),
    value({ subnets: [1] }, true), value({ subnets: 'subnet-0123456789abcdef0' }, true), value({ subnets: [{ subnetId: 'subnet-0123456789abcdef0' }] }, true),
    value({ subnetFilters: [1] }, true), value({ subnetFilters: {} }, true),
    value({ subnetGroupName: null }, true), value({ subnetType: null }, true),
    // bad only when checked against a usable VPC (an invalid VPC is reported instead)
    value({ subnetGroupName: 'Nope' }, 'maybe'), value({ subnetGroupName: 'Clients', subnetType: ec2.SubnetType.PUBLIC }, 'maybe'),
    recipe('{ subnets: [Subnet.fromSubnetId(\'nope\')] }', (c) => ({ subnets: [ec2.Subnet.fromSubnetId(c.stack, uid('Sn'), 'nope')] }), 'maybe'),
  ];
  if (routing) {
    bad.push(recipe('{ subnets: [Subnet.fromSubnetId(...)] } (no route table)',
      (c) => ({ subnets: [ec2.Subnet.fromSubnetId(c.stack, uid('Sn'), 'subnet-0123456789abcdef0')] }), 'maybe'));
  } else {
    ok.push(recipe('{ subnets: [Subnet.fromSubnetId(...)] }', (c) => ({ subnets: [ec2.Subnet.fromSubnetId(c.stack, uid('Sn'), 'subnet-0123456789abcdef0')] }), false));
  }
  // a `maybe` is accepted when the VPC is usable and rejected otherwise; keep them with the bad ones
  return {
    ok: fc.constantFrom(...ok),
    bad: fc.oneof(fc.constantFrom(...bad), rejected<Ctx>(presentJunk.filter((v) => typeof v !== 'object' || Array.isArray(v)))),
  };
}

const dnsNameProp: Spec<Ctx> = {
  ok: fc.oneof(
    fc.constantFrom(value<Ctx>(null, false), value<Ctx>(undefined, false)),
    good<Ctx>(fc.constantFrom('twilio', 'Corp DNS', 'it\'s-ok_1', 'a', 'x'.repeat(42), '0x')),
    good<Ctx>(fc.stringMatching(/^[A-Za-z_' -][A-Za-z0-9_' -]{0,41}$/)),
    // 43-51 characters fit without the block rule only
    good<Ctx>(fc.integer({ min: 43, max: 51 }).map((n) => 'x'.repeat(n))).map((h) => recipe<Ctx>(h.label, h.make, 'maybe')),
  ),
  bad: fc.oneof(
    rejected<Ctx>(fc.constantFrom('', 'a/b', 'é', '123', 'x'.repeat(52), 'dns.name', 'tab\there', '🙂')),
    rejected<Ctx>(presentJunk.filter((v) => typeof v !== 'string')),
  ),
};

const dnsFirewallProp = structProp<Ctx>({ name: dnsNameProp, priority: integerProp(100, 9900), blockOtherDomains: booleanProp() });

const networkAclProp = (): Spec<Ctx> => structProp<Ctx>({ subnets: subnetsProp(false), firstRuleNumber: integerProp(1, 31771) }, { required: ['subnets'] });

const trafficProps = (): Record<string, Spec<Ctx>> => ({
  sdks: sdksProp(),
  legacyMobilePort: booleanProp(),
  turnFallback: booleanProp(),
  ephemeralPorts: ephemeralPortsProp(),
  quotas: quotasProp(),
  dnsWildcards: booleanProp(),
  homeRegion: enumProp(TwilioCatalog.twilioRegions()),
});

const routeTargetProp: Spec<Ctx> = {
  ok: fc.constantFrom(
    recipe<Ctx>('transitGateway(tgw-...)', () => awscdk.InterconnectRouteTarget.transitGateway(TGW), false),
    recipe<Ctx>('virtualPrivateGateway(vgw-...)', () => awscdk.InterconnectRouteTarget.virtualPrivateGateway(VGW), false),
    recipe<Ctx>('transitGateway(tgw-..., [attachment])', (c) => awscdk.InterconnectRouteTarget.transitGateway(TGW,
      [new ec2.CfnTransitGatewayAttachment(c.stack, uid('Attachment'), { transitGatewayId: TGW, vpcId: c.vpc.vpcId, subnetIds: ['subnet-0c00000000000c001'] })]), false),
  ),
  bad: fc.oneof(
    fc.constantFrom(
      value<Ctx>(TGW, true), value<Ctx>({ targetId: TGW }, true),
      recipe<Ctx>('transitGateway(\'nope\')', () => awscdk.InterconnectRouteTarget.transitGateway('nope'), true),
      recipe<Ctx>('transitGateway(vgw-...)', () => awscdk.InterconnectRouteTarget.transitGateway(VGW), true),
    ),
    presentJunk.map((j) => recipe<Ctx>(`transitGateway(${fc.stringify(j)})`, () => awscdk.InterconnectRouteTarget.transitGateway(j as any), true)),
    // a falsy dependsOn (0, '', NaN, false) means none, as undefined does (InterconnectRouteTarget's constructor)
    presentJunk.filter((j) => !(Array.isArray(j) && j.length === 0))
      .map((j) => recipe<Ctx>(`transitGateway(tgw-..., ${fc.stringify(j)})`, () => awscdk.InterconnectRouteTarget.transitGateway(TGW, j as any), !!j)),
    rejected<Ctx>(presentJunk),
  ),
};

const routingProp = (): Spec<Ctx> => structProp<Ctx>({
  subnets: subnetsProp(true),
  target: routeTargetProp,
}, { required: ['subnets', 'target'] });

const voiceEgressSpecs = (): Record<string, Spec<Ctx>> => ({
  vpc: vpcProp,
  securityGroup: securityGroupProp,
  networkAcl: networkAclProp(),
  dnsFirewall: dnsFirewallProp,
  edges: edgesProp<Ctx>(false),
  insights: booleanProp(),
  ...trafficProps(),
});

const interconnectSpecs = (): Record<string, Spec<Ctx>> => ({
  vpc: vpcProp,
  edge: {
    ok: good<Ctx>(interconnectEdge),
    bad: fc.oneof(
      rejected<Ctx>(fc.constantFrom(null, undefined, 'london-ix', ' London-IX ', { name: 'LONDON-IX' }, [TwilioEdge.LONDON_IX])),
      rejected<Ctx>(publicEdge),
      rejected<Ctx>(presentJunk),
    ),
  },
  securityGroup: securityGroupProp,
  networkAcl: networkAclProp(),
  dnsFirewall: dnsFirewallProp,
  insights: booleanProp(),
  publicServices: booleanProp(),
  routing: routingProp(),
  interconnectConnection: enumProp(['bgp', 'vpn']),
  ...trafficProps(),
});

/**
 * Like testStack({ schemaValidation: true }) (the imported VPC), but synthesizing into one directory this file removes:
 * an App without outdir leaves a new cdk.out* directory in the system temp folder on every synth.
 */
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-hostile-cdk-'));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
function hostileStack(): Ctx {
  const app = new App({ outdir, builtinCloudFormationValidation: SCHEMA_VALIDATION, context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
  const stack = new Stack(app, 'Test', { env: { account: '111111111111', region: 'eu-central-1' } });
  return { stack, vpc: importedVpc(stack) };
}

/** The synthesized template (schema-validated); construction and synthesis both count. */
function synth(build: (c: Ctx) => void): Template {
  const ctx = hostileStack();
  build(ctx);
  return Template.fromStack(ctx.stack);
}

describe('awscdk constructs with hostile props', () => {
  if (!SCHEMA_VALIDATION) console.log('SKIPPED CloudFormation schema validation of the hostile suite\'s templates: it runs in the integration task (CFN_SCHEMA_VALIDATION=on).');
  (SCHEMA_VALIDATION ? test : test.skip)('schema validation is on in this file\'s stacks (it rejects an unknown property)', () => {
    expect(() => synth((c) => new CfnResource(c.stack, 'Broken', {
      type: 'AWS::EC2::NetworkAclEntry', properties: { NetworkAclId: 'acl-0123456789abcdef0', RuleNumbr: 1 },
    }))).toThrow(/RuleNumbr: Additional properties are not allowed/);
  });

  test('TwilioVoiceEgress: a schema-valid template or the validation error naming every bad prop', () => {
    assertProperty('awscdk.TwilioVoiceEgress', propsOf(voiceEgressSpecs(), ['vpc']), (props) => {
      expectValidOrRejected('awscdk.TwilioVoiceEgress', props, () => {
        const t = synth((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', props.make(c) as any));
        expect(Object.keys(t.findResources('AWS::EC2::SecurityGroupIngress'))).toEqual([]);
      });
    });
  });

  test('TwilioPrivateInterconnectEdge (routing, networkAcl, dnsFirewall): a schema-valid template or the validation error', () => {
    assertProperty('awscdk.TwilioPrivateInterconnectEdge', propsOf(interconnectSpecs(), ['vpc', 'edge']), (props) => {
      expectValidOrRejected('awscdk.TwilioPrivateInterconnectEdge', props, () => {
        synth((c) => new awscdk.TwilioPrivateInterconnectEdge(c.stack, 'Ix', props.make(c) as any));
      });
    });
  });

  test('addNetworkAclEntries: hostile options on either construct', () => {
    const options = anyOf(structProp<Ctx>({ firstRuleNumber: integerProp(1, 31771) }));
    const acl = fc.constantFrom(
      (c: Ctx) => ec2.NetworkAcl.fromNetworkAclId(c.stack, 'Acl', 'acl-0123456789abcdef0'),
      (c: Ctx) => new ec2.NetworkAcl(c.stack, 'OwnAcl', { vpc: c.vpc }),
    );
    assertProperty('awscdk.addNetworkAclEntries', fc.tuple(options, acl, fc.boolean(), fc.boolean()), ([o, makeAcl, ix, twice]) => {
      // a bad struct is reported by its field (`firstRuleNumber must be...`), anything else as `options`
      const badKeys = o.bad !== true ? [] : o.label.startsWith('{') ? ['firstRuleNumber'] : ['options'];
      expectValidOrRejected('awscdk.addNetworkAclEntries', { badKeys, maybeKeys: [] }, () => {
        synth((c) => {
          const construct = ix
            ? new awscdk.TwilioPrivateInterconnectEdge(c.stack, 'Ix', { vpc: c.vpc, edge: TwilioEdge.FRANKFURT_IX })
            : new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, edges: [TwilioEdge.FRANKFURT] });
          const theAcl = makeAcl(c);
          construct.addNetworkAclEntries(theAcl, o.make(c) as any);
          if (twice) construct.addNetworkAclEntries(ec2.NetworkAcl.fromNetworkAclId(c.stack, 'Acl2', 'acl-0fedcba9876543210'), o.make(c) as any);
        });
      });
    });
  });

  test('null on any optional prop (top level or nested) means absent: the same template', () => {
    const valid = fc.record({
      securityGroup: fc.constant('sg'),
      networkAcl: fc.record({ subnets: fc.constant({ subnetGroupName: 'Clients' }), firstRuleNumber: fc.integer({ min: 1, max: 31771 }) }, { requiredKeys: ['subnets'] }),
      dnsFirewall: fc.record({ name: fc.constantFrom('twilio', 'corp'), priority: fc.integer({ min: 100, max: 9900 }), blockOtherDomains: fc.boolean() }, { requiredKeys: [] }),
      edges: fc.array(fc.constantFrom(TwilioEdge.DUBLIN, TwilioEdge.FRANKFURT, TwilioEdge.ROAMING), { minLength: 1, maxLength: 2 }),
      sdks: fc.subarray(['javascript', 'mobile'], { minLength: 1 }),
      insights: fc.boolean(),
      turnFallback: fc.boolean(),
      ephemeralPorts: fc.constant({ fromPort: 32768, toPort: 60999 }),
      quotas: fc.record({ securityGroupRulesPerDirection: fc.constant(200), networkAclEntriesPerDirection: fc.constant(40) }, { requiredKeys: [] }),
      homeRegion: fc.constantFrom('us1', 'ie1'),
    }, { requiredKeys: [] });
    assertProperty('awscdk.nullMeansAbsent', fc.tuple(valid, fc.infiniteStream(fc.boolean())), ([props, coin]) => {
      const withNulls = nullSome(props, coin, ['legacyMobilePort', 'dnsWildcards', 'ephemeralPorts', 'quotas', 'securityGroup', 'networkAcl', 'dnsFirewall']);
      // the template, or the problems (a quota left at its default may not fit)
      const render = (p: Record<string, any>) => outcome(() => synth((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', {
        ...p, vpc: c.vpc, securityGroup: p.securityGroup === 'sg' ? ec2.SecurityGroup.fromSecurityGroupId(c.stack, 'Sg', SG) : p.securityGroup,
      } as any)).toJSON());
      expect(render(withNulls)).toEqual(render(dropNulls(withNulls)));
      record('awscdk.nullMeansAbsent', 'ok');
    });
  });
});

describe('awscdk raw errors found by the hostile suite, now validation errors', () => {
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
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, edges: true as any }))).toEqual([
      'TwilioVoiceEgress \'Test/Voice\': edges must list at least one Twilio edge, got: true. Use e.g. [TwilioEdge.ROAMING] or [TwilioEdge.nearestTo(\'us-east-1\')].',
    ]);
    const acl = { subnets: { subnetGroupName: 'Clients' } };
    const withNull = synth((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, networkAcl: acl, ephemeralPorts: null as any })).toJSON();
    expect(withNull).toEqual(synth((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, networkAcl: acl })).toJSON());
  });

  test('a VPC look-alike ({ vpcId }) was a TypeError in NetworkAcl (this.vpc.selectSubnets is not a function)', () => {
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: { vpcId: 'vpc-0123456789abcdef0' } as any, networkAcl: { subnets: {} } })))
      .toEqual(['TwilioVoiceEgress \'Test/Voice\': vpc must be an ec2.IVpc (ec2.Vpc or ec2.Vpc.fromLookup()), got: {"vpcId":"vpc-0123456789abcdef0"}.']);
  });

  test('an unknown subnetType was a TypeError in aws-cdk-lib (reading \'length\')', () => {
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, networkAcl: { subnets: { subnetType: 'garbage' as any } } })))
      .toEqual(['TwilioVoiceEgress \'Test/Voice\': networkAcl.subnets.subnetType must be an ec2.SubnetType such as ec2.SubnetType.PRIVATE_WITH_EGRESS, got: \'garbage\'.']);
  });

  test('a subnet group the VPC lacks was aws-cdk-lib\'s own error; now ours, naming the prop', () => {
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, networkAcl: { subnets: { subnetGroupName: 'Nope' } } })))
      .toEqual(['TwilioVoiceEgress \'Test/Voice\': networkAcl.subnets must select subnets of the VPC, got: {"subnetGroupName":"Nope"}. '
        + 'There are no subnet groups with name \'Nope\' in this VPC. Available names: Public,Clients,Interconnect.']);
  });

  test('non-subnets in subnets / subnetFilters were TypeErrors (associateNetworkAcl / selectSubnets is not a function)', () => {
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, networkAcl: { subnets: { subnets: [1 as any] } } })))
      .toEqual(['TwilioVoiceEgress \'Test/Voice\': networkAcl.subnets.subnets must be a list of ec2.ISubnet such as ec2.Subnet.fromSubnetAttributes(), got: [1].']);
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, networkAcl: { subnets: { subnetFilters: [1 as any] } } })))
      .toEqual(['TwilioVoiceEgress \'Test/Voice\': networkAcl.subnets.subnetFilters must be a list of ec2.SubnetFilter such as ec2.SubnetFilter.byIds([...]), got: [1].']);
  });

  test('null in a subnet selection was aws-cdk-lib\'s "Only one of ... can be supplied"', () => {
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, networkAcl: { subnets: { subnetGroupName: null as any } } })))
      .toEqual(['TwilioVoiceEgress \'Test/Voice\': networkAcl.subnets.subnetGroupName must be the name of a subnet group of the VPC, such as \'Clients\' '
        + 'or left out, got: null. aws-cdk-lib counts a null as given: leave the key out.']);
  });

  test('routes from a subnet imported without its route table failed the schema (missing RouteTableId)', () => {
    expect(problemsOf((c) => new awscdk.TwilioPrivateInterconnectEdge(c.stack, 'Ix', {
      vpc: c.vpc,
      edge: TwilioEdge.LONDON_IX,
      routing: { subnets: { subnets: [ec2.Subnet.fromSubnetId(c.stack, uid('Sn'), 'subnet-0123456789abcdef0')] }, target: awscdk.InterconnectRouteTarget.transitGateway(TGW) },
    }))).toEqual(['TwilioPrivateInterconnectEdge \'Test/Ix\': routing.subnets must select subnets whose route table is known, got: subnet \'subnet-0123456789abcdef0\' '
      + 'without one. Import it with ec2.Subnet.fromSubnetAttributes({ subnetId, routeTableId }).']);
  });

  test('a route target depending on a non-construct was constructs\' "does not implement IDependable"', () => {
    expect(problemsOf((c) => new awscdk.TwilioPrivateInterconnectEdge(c.stack, 'Ix', {
      vpc: c.vpc,
      edge: TwilioEdge.LONDON_IX,
      routing: { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway(TGW, [5 as any]) },
    }))).toEqual(['TwilioPrivateInterconnectEdge \'Test/Ix\': routing.target.dependsOn[0] must be a construct or another IDependable (e.g. the gateway attachment), got: 5.']);
  });

  test('IDs that fail the CloudFormation schema: a VPC, security group or subnet imported with a malformed ID', () => {
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', {
      vpc: ec2.Vpc.fromVpcAttributes(c.stack, 'V', { vpcId: 'nope', availabilityZones: ['eu-central-1a'] }),
      securityGroup: ec2.SecurityGroup.fromSecurityGroupId(c.stack, uid('Sg'), 'nope'),
    }))).toEqual([
      'TwilioVoiceEgress \'Test/Voice\': vpc.vpcId must be a VPC ID like \'vpc-0123456789abcdef0\', got: \'nope\'.',
      'TwilioVoiceEgress \'Test/Voice\': securityGroup.securityGroupId must be a security group ID like \'sg-0123456789abcdef0\', got: \'nope\'.',
    ]);
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', {
      vpc: c.vpc, networkAcl: { subnets: { subnets: [ec2.Subnet.fromSubnetId(c.stack, uid('Sn'), 'nope')] } },
    }))).toEqual(['TwilioVoiceEgress \'Test/Voice\': networkAcl.subnets must select subnets with subnet IDs like \'subnet-0123456789abcdef0\', got: \'nope\'. '
      + 'Fix the ID where the subnet is imported.']);
  });

  test('DNS Firewall names AWS refuses failed the schema (length, characters)', () => {
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, dnsFirewall: { name: 'x'.repeat(49), blockOtherDomains: true } })))
      .toEqual([`TwilioVoiceEgress 'Test/Voice': dnsFirewall.name must be at most 42 characters, got: '${'x'.repeat(49)}' (49). `
        + 'Shorten it: the longest name made from it, \'<name>-block-everything-else\', must fit AWS\'s 64.']);
    expect(problemsOf((c) => new awscdk.TwilioVoiceEgress(c.stack, 'Voice', { vpc: c.vpc, dnsFirewall: { name: '' } })))
      .toEqual(['TwilioVoiceEgress \'Test/Voice\': dnsFirewall.name must be letters, digits, spaces, \'-\', \'_\' or "\'" (not only digits), got: \'\'. '
        + 'AWS accepts no other characters in DNS Firewall names; leave it out for the default.']);
  });
});

// addNetworkAclEntries with something that is not an ACL: raw errors the suite found (a TypeError, or invalid
// Terraform), now one validation error naming the argument.
describe('awscdk addNetworkAclEntries with a non-ACL', () => {
  test('addNetworkAclEntries(<not an ACL>) is a validation error', () => {
    for (const acl of [undefined, null, 5, 'acl-0123456789abcdef0', {}]) {
      const { stack, vpc } = hostileStack();
      const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc });
      let error: unknown;
      try {
        voice.addNetworkAclEntries(acl as any);
      } catch (e) {
        error = e;
      }
      expect(TwilioErrors.isValidationError(error)).toBe(true);
    }
  });
});
