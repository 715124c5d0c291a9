import * as path from 'path';
import { Annotations as CoreAnnotations, App, Aspects, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { awscdk, TwilioEdge, VoiceSdk } from '../../src';

function audited(build: (stack: Stack) => void): string[] {
  const app = new App();
  const stack = new Stack(app, 'Audit', { env: { account: '111111111111', region: 'us-east-1' } });
  build(stack);
  Aspects.of(app).add(new awscdk.TwilioLegacyRangeAudit());
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('twilio-voice-network:legacyTwilioRange'))
    .map((w) => `${w.id}: ${String(w.entry.data).replace(/ \[ack: .*\]$/, '')}`);
}

describe('TwilioLegacyRangeAudit', () => {
  test('a hand-built stale template (CfnInclude): every legacy range, old port range and Twilio ingress is reported, nothing else', () => {
    const warnings = audited((stack) => new CfnInclude(stack, 'Stale', { templateFile: path.join(__dirname, 'fixtures', 'stale-twilio.template.json') }));
    expect(warnings).toEqual([
      expect.stringMatching(/^\/Audit\/Stale\/SoftphoneSg: security group rule \(egress, udp 10000-20000, 54\.172\.60\.0\/23\) allows 54\.172\.60\.0\/23, a Twilio media range of edge ashburn decommissioned on 2024-01-23 \(2024-02-21 for SIP over Interconnect; range known with medium confidence\)\. Fix: remove it and allow 168\.86\.128\.0\/18 UDP 10000-60000 instead/),
      expect.stringMatching(/SoftphoneSg: .*3\.122\.181\.0\/24, a Twilio media range of edge frankfurt decommissioned on 2024-01-23/),
      expect.stringMatching(/SoftphoneSg: security group rule \(egress, udp 10000-20000, 168\.86\.128\.0\/18\) allows only the old media ports 10000-20000 to Twilio/),
      expect.stringMatching(/SoftphoneSg: security group rule \(ingress, udp 10000-60000, 168\.86\.128\.0\/18\) opens ingress from Twilio's media range/),
      expect.stringMatching(/LegacyNaclEntry: network ACL entry \(egress, udp 10000-20000, 54\.171\.127\.192\/26\) allows 54\.171\.127\.192\/26, a Twilio media range of edge dublin/),
      expect.stringMatching(/LegacyNaclReturn: network ACL entry \(ingress, udp 1024-65535, 3\.104\.90\.0\/24\) allows 3\.104\.90\.0\/24, a Twilio media range of edge sydney/),
      expect.stringMatching(/TwilioPrefixList: prefix list entry \(any, all, 177\.71\.206\.192\/26\) allows 177\.71\.206\.192\/26, a Twilio media range of edge sao-paulo/),
    ]);
    // not reported: HTTPS to 0.0.0.0/0, TURN 3478 to a block that is still a current NTS range, stateless ACL return
    // entries from the current media range or from a block that is still a TURN range (TurnNaclReturn), the current
    // range in a prefix list, and the rule whose CIDR is an import
  });

  test('L2 resources are audited too', () => {
    const warnings = audited((stack) => {
      const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['us-east-1a'] });
      const sg = new ec2.SecurityGroup(stack, 'Old', { vpc, allowAllOutbound: false });
      sg.addEgressRule(ec2.Peer.ipv4('34.203.250.0/23'), ec2.Port.udpRange(10000, 20000), 'old twilio');
      sg.addIngressRule(ec2.Peer.ipv4('54.244.51.0/24'), ec2.Port.allUdp(), 'legacy twilio in');
    });
    expect(warnings).toEqual([
      expect.stringMatching(/^\/Audit\/Old\/Resource: .*egress.*34\.203\.250\.0\/23, a Twilio media range of edge ashburn/),
      expect.stringMatching(/^\/Audit\/Old\/Resource: .*ingress.*opens ingress from 54\.244\.51\.0\/24, a Twilio media range of edge umatilla/),
    ]);
  });

  test('unresolvable tokens are skipped without crashing', () => {
    expect(audited((stack) => {
      new ec2.CfnSecurityGroupEgress(stack, 'Token', { groupId: 'sg-0123456789abcdef0', ipProtocol: 'udp', cidrIp: Fn.importValue('X'), fromPort: 10000, toPort: 20000 });
      new ec2.CfnNetworkAclEntry(stack, 'TokenAcl', { networkAclId: 'acl-0123456789abcdef0', ruleNumber: 1, protocol: 17, ruleAction: 'allow', cidrBlock: Fn.importValue('Y') });
      new ec2.CfnPrefixList(stack, 'TokenList', { prefixListName: 'x', addressFamily: 'IPv4', maxEntries: 1, entries: Fn.importValue('Z') as any });
    })).toEqual([]);
  });

  test('the library\'s own constructs are clean, in every configuration it emits', () => {
    expect(audited((stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 });
      new awscdk.TwilioVoiceEgress(stack, 'Voice', {
        vpc,
        edges: [TwilioEdge.ASHBURN, TwilioEdge.DUBLIN],
        sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
        turnFallback: true,
        networkAcl: { subnets: {} },
        quotas: { networkAclEntriesPerDirection: 40 },
        dnsFirewall: {},
      });
      new awscdk.TwilioPrivateInterconnectEdge(stack, 'Ix', { vpc, edge: TwilioEdge.ASHBURN_IX, networkAcl: { subnets: {} } });
    })).toEqual([]);
  });

  test('a finding can be acknowledged', () => {
    const app = new App();
    const stack = new Stack(app, 'Audit');
    const rule = new ec2.CfnSecurityGroupEgress(stack, 'Old', { groupId: 'sg-0123456789abcdef0', ipProtocol: 'udp', cidrIp: '54.65.63.192/26', fromPort: 10000, toPort: 20000 });
    Aspects.of(app).add(new awscdk.TwilioLegacyRangeAudit());
    CoreAnnotations.of(rule).acknowledgeWarning('twilio-voice-network:legacyTwilioRange', 'migrating next sprint');
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });
});
