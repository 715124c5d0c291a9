// CloudFormation change safety, judged by aws-cdk's own diff engine (@aws-cdk/cloudformation-diff, what `cdk diff`
// uses): adding an edge, an SDK or a transport replaces nothing and never the security group; removing it again only
// removes what it alone needed; and the order or duplication of inputs changes nothing at all.
import { fullDiff, ResourceImpact } from '@aws-cdk/cloudformation-diff';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { awscdk, SipTransport, TwilioEdge, VoiceSdk } from '../../src';
import { testStack } from '../awscdk/util';

type Build = (stack: Stack, vpc: ec2.IVpc, added: boolean) => void;

const TGW = 'tgw-0123456789abcdef0';
const CHANGES: Array<[string, Build]> = [
  ['public edge with a network ACL: frankfurt -> frankfurt + dublin', (s, vpc, added) => new awscdk.TwilioVoiceEgress(s, 'Voice', {
    vpc,
    edges: added ? [TwilioEdge.FRANKFURT, TwilioEdge.DUBLIN] : [TwilioEdge.FRANKFURT],
    networkAcl: { subnets: { subnetGroupName: 'Clients' } },
    dnsFirewall: {},
  })],
  ['GLL: javascript -> javascript + mobile', (s, vpc, added) => new awscdk.TwilioVoiceEgress(s, 'Voice', {
    vpc, sdks: added ? [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE] : [VoiceSdk.JAVASCRIPT],
  })],
  ['Interconnect with routes and a network ACL: a second availability zone\'s subnet routed', (s, vpc, added) => new awscdk.TwilioPrivateInterconnectEdge(s, 'Ix', {
    vpc,
    edge: TwilioEdge.LONDON_IX,
    networkAcl: { subnets: { subnetGroupName: 'Interconnect' } },
    routing: {
      subnets: { subnetGroupName: 'Interconnect', availabilityZones: added ? ['eu-central-1a', 'eu-central-1b'] : ['eu-central-1a'] },
      target: awscdk.InterconnectRouteTarget.transitGateway(TGW),
    },
  })],
  ['SIP endpoint: transports [tls] -> [tls, udp]', (s, vpc, added) => new awscdk.TwilioSipEndpoint(s, 'Sbc', {
    vpc,
    edges: [TwilioEdge.FRANKFURT],
    mediaPorts: { fromPort: 10000, toPort: 20000 },
    transports: added ? [SipTransport.TLS, SipTransport.UDP] : [SipTransport.TLS],
    networkAcl: { subnets: { subnetGroupName: 'Public' } },
  })],
  ['prefix lists referenced by egress: + TURN (a new list, new rules)', (s, vpc, added) => {
    const lists = new awscdk.TwilioPrefixLists(s, 'Lists', { edges: [TwilioEdge.DUBLIN], turnFallback: added });
    new awscdk.TwilioVoiceEgress(s, 'Voice', { vpc, edges: [TwilioEdge.DUBLIN], turnFallback: added, prefixLists: lists.references });
  }],
];

function template(build: (stack: Stack, vpc: ec2.IVpc) => void): any {
  const { stack, vpc } = testStack();
  build(stack, vpc);
  return Template.fromStack(stack).toJSON();
}

/** `logicalId type impact` for every resource the diff touches. */
function impacts(before: any, after: any): string[] {
  const out: string[] = [];
  fullDiff(before, after).resources.forEachDifference((id, change) => {
    out.push(`${id} ${change.resourceType} ${change.changeImpact}`);
  });
  return out;
}

const REPLACING = new Set<string>([ResourceImpact.WILL_REPLACE, ResourceImpact.MAY_REPLACE]);

describe('CloudFormation change safety (aws-cdk diff engine)', () => {
  test.each(CHANGES)('%s', (_, build) => {
    const base = template((s, vpc) => build(s, vpc, false));
    const added = template((s, vpc) => build(s, vpc, true));
    const adding = impacts(base, added);
    expect(adding.length).toBeGreaterThan(0); // the change does something
    // adding: updates and creations only
    expect(adding.filter((l) => !/ (WILL_UPDATE|WILL_CREATE)$/.test(l))).toEqual([]);
    // removing: no replacement, and only what the addition created is destroyed
    const removing = impacts(added, base);
    expect(removing.filter((l) => REPLACING.has(l.split(' ')[2]))).toEqual([]);
    const created = adding.filter((l) => l.endsWith(ResourceImpact.WILL_CREATE)).map((l) => l.split(' ')[0]).sort();
    expect(removing.filter((l) => l.endsWith(ResourceImpact.WILL_DESTROY)).map((l) => l.split(' ')[0]).sort()).toEqual(created);
    // the security group is never replaced or destroyed either way
    expect([...adding, ...removing].filter((l) => l.includes('AWS::EC2::SecurityGroup ') && !l.endsWith(ResourceImpact.WILL_UPDATE))).toEqual([]);
  });

  test('adding Insights to an Interconnect edge destroys only the network ACL entries its any-address entry now covers', () => {
    const build = (insights: boolean) => template((s, vpc) => new awscdk.TwilioPrivateInterconnectEdge(s, 'Ix', {
      vpc, edge: TwilioEdge.LONDON_IX, insights, networkAcl: { subnets: { subnetGroupName: 'Interconnect' } },
    }));
    const adding = impacts(build(false), build(true));
    // the plan keeps the ACL within its quota by merging TCP 443 entries into the 0.0.0.0/0 one; CloudFormation creates
    // the new entries before it deletes the old ones, so no traffic is dropped; the group is only updated
    expect(adding.filter((l) => REPLACING.has(l.split(' ')[2]))).toEqual([]);
    expect(adding.filter((l) => l.endsWith('WILL_DESTROY'))).toEqual([
      expect.stringMatching(/^IxNetworkAclegresstcp443185187132025\w+ AWS::EC2::NetworkAclEntry WILL_DESTROY$/),
      expect.stringMatching(/^IxNetworkAclegresstcp443185187133024\w+ AWS::EC2::NetworkAclEntry WILL_DESTROY$/),
      expect.stringMatching(/^IxNetworkAclingresstcpreturn185187132025\w+ AWS::EC2::NetworkAclEntry WILL_DESTROY$/),
      expect.stringMatching(/^IxNetworkAclingresstcpreturn185187133024\w+ AWS::EC2::NetworkAclEntry WILL_DESTROY$/),
    ]);
    expect(adding).toContainEqual(expect.stringMatching(/ AWS::EC2::SecurityGroup WILL_UPDATE$/));
  });

  test('the check can fail: changing the group\'s description is a replacement the engine reports', () => {
    const base = template((s, vpc) => new ec2.SecurityGroup(s, 'Sg', { vpc, description: 'a' }));
    const changed = template((s, vpc) => new ec2.SecurityGroup(s, 'Sg', { vpc, description: 'b' }));
    expect(impacts(base, changed)).toEqual([expect.stringMatching(/^Sg\w+ AWS::EC2::SecurityGroup WILL_REPLACE$/)]);
  });

  test('order and duplication of inputs change nothing', () => {
    const pairs: Array<[(s: Stack, vpc: ec2.IVpc) => void, (s: Stack, vpc: ec2.IVpc) => void]> = [
      [
        (s, vpc) => new awscdk.TwilioVoiceEgress(s, 'Voice', { vpc, edges: [TwilioEdge.DUBLIN, TwilioEdge.FRANKFURT], sdks: [VoiceSdk.MOBILE, VoiceSdk.JAVASCRIPT] }),
        (s, vpc) => new awscdk.TwilioVoiceEgress(s, 'Voice', {
          vpc,
          edges: [TwilioEdge.FRANKFURT, TwilioEdge.DUBLIN, TwilioEdge.FRANKFURT],
          sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE,
            VoiceSdk.JAVASCRIPT],
        }),
      ],
      [
        (s, vpc) => new awscdk.TwilioSipEndpoint(s, 'Sbc', {
          vpc,
          edges: [TwilioEdge.ASHBURN, TwilioEdge.ASHBURN_IX],
          mediaPorts: {
            fromPort: 10000,
            toPort: 20000,
          },
          transports: [SipTransport.UDP, SipTransport.TLS],
        }),
        (s, vpc) => new awscdk.TwilioSipEndpoint(s, 'Sbc', {
          vpc,
          edges: [TwilioEdge.ASHBURN_IX, TwilioEdge.ASHBURN],
          mediaPorts: { fromPort: 10000, toPort: 20000 },
          transports: [SipTransport.TLS, SipTransport.UDP, SipTransport.TLS],
        }),
      ],
      [
        (s) => new awscdk.TwilioPrefixLists(s, 'Lists', { edges: [TwilioEdge.DUBLIN, TwilioEdge.LONDON_IX], shareWith: ['111122223333', '444455556666'] }),
        (s) => new awscdk.TwilioPrefixLists(s, 'Lists', { edges: [TwilioEdge.LONDON_IX, TwilioEdge.DUBLIN, TwilioEdge.DUBLIN], shareWith: ['111122223333', '444455556666'] }),
      ],
    ];
    for (const [a, b] of pairs) expect(impacts(template(a), template(b))).toEqual([]);
  });
});
