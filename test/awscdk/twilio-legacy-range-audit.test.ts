import * as path from 'path';
import { Annotations as CoreAnnotations, App, Aspects, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { awscdk, TwilioCatalog, TwilioEdge, VoiceSdk } from '../../src';

function audited(build: (stack: Stack) => void): string[] {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Audit', { env: { account: '111111111111', region: 'us-east-1' } });
  build(stack);
  Aspects.of(app).add(new awscdk.TwilioLegacyRangeAudit());
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('\\[ack: twilio-voice-network:'))
    .map((w) => `${w.id}: ${String(w.entry.data).replace(/ \[ack: twilio-voice-network:(\w+)\]$/, ' [$1]')}`);
}

describe('TwilioLegacyRangeAudit', () => {
  test('a hand-built stale template (CfnInclude): every legacy range, old port range and Twilio ingress is reported, nothing else', () => {
    const warnings = audited((stack) => new CfnInclude(stack, 'Stale', { templateFile: path.join(__dirname, 'fixtures', 'stale-twilio.template.json') }));
    expect(warnings).toEqual([
      expect.stringMatching(/^\/Audit\/Stale\/SoftphoneSg: security group rule \(egress, udp 10000-20000, 54\.172\.60\.0\/23\) allows 54\.172\.60\.0\/23, a Twilio media range of edge ashburn decommissioned on 2024-01-23 \(2024-02-21 for SIP over Interconnect; range known with medium confidence\)\. Fix: remove it and allow 168\.86\.128\.0\/18 UDP 10000-60000 instead.* \[legacyTwilioRange\]$/),
      expect.stringMatching(/SoftphoneSg: .*3\.122\.181\.0\/24, a Twilio media range of edge frankfurt decommissioned on 2024-01-23.* \[legacyTwilioRange\]$/),
      expect.stringMatching(/SoftphoneSg: security group rule \(egress, udp 10000-20000, 168\.86\.128\.0\/18\) allows only the old media ports 10000-20000 to Twilio.* \[legacyTwilioMediaPorts\]$/),
      expect.stringMatching(/SoftphoneSg: security group rule \(ingress, udp 10000-60000, 168\.86\.128\.0\/18\) opens ingress from Twilio's media range.* \[ingressFromTwilioMedia\]$/),
      expect.stringMatching(/LegacyNaclEntry: network ACL entry \(egress, udp 10000-20000, 54\.171\.127\.192\/26\) allows 54\.171\.127\.192\/26, a Twilio media range of edge dublin.* \[legacyTwilioRange\]$/),
      expect.stringMatching(/LegacyNaclReturn: network ACL entry \(ingress, udp 1024-65535, 3\.104\.90\.0\/24\) allows 3\.104\.90\.0\/24, a Twilio media range of edge sydney.* \[legacyTwilioRange\]$/),
      expect.stringMatching(/TwilioPrefixList: prefix list entry \(any, all, 177\.71\.206\.192\/26\) allows 177\.71\.206\.192\/26, a Twilio media range of edge sao-paulo.* \[legacyTwilioRange\]$/),
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
      expect.stringMatching(/^\/Audit\/Old\/Resource: .*egress.*34\.203\.250\.0\/23, a Twilio media range of edge ashburn.* \[legacyTwilioRange\]$/),
      expect.stringMatching(/^\/Audit\/Old\/Resource: .*ingress.*opens ingress from 54\.244\.51\.0\/24, a Twilio media range of edge umatilla.* \[ingressFromTwilioMedia\]$/),
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
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Audit');
    const rule = new ec2.CfnSecurityGroupEgress(stack, 'Old', { groupId: 'sg-0123456789abcdef0', ipProtocol: 'udp', cidrIp: '54.65.63.192/26', fromPort: 10000, toPort: 20000 });
    Aspects.of(app).add(new awscdk.TwilioLegacyRangeAudit());
    CoreAnnotations.of(rule).acknowledgeWarning('twilio-voice-network:legacyTwilioRange', 'migrating next sprint');
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });

  describe('what is current is not stale', () => {
    const rule = (stack: Stack, id: string, cidr: string, protocol: string, fromPort: number, toPort: number, ingress = false) => (ingress
      ? new ec2.CfnSecurityGroupIngress(stack, id, { groupId: 'sg-0123456789abcdef0', ipProtocol: protocol, cidrIp: cidr, fromPort, toPort })
      : new ec2.CfnSecurityGroupEgress(stack, id, { groupId: 'sg-0123456789abcdef0', ipProtocol: protocol, cidrIp: cidr, fromPort, toPort }));

    test('Twilio\'s SIP signalling /30s inside legacy media blocks are current on 5060-5061, stale on the old media ports', () => {
      const warnings = audited((stack) => {
        rule(stack, 'SipTcp', '54.172.60.0/30', 'tcp', 5060, 5061);
        rule(stack, 'SipUdp', '54.65.63.192/30', 'udp', 5060, 5060);
        rule(stack, 'SipIn', '54.244.51.0/30', 'udp', 5060, 5060, true);
        rule(stack, 'SipTls', '177.71.206.192/30', 'tcp', 5061, 5061, true);
        rule(stack, 'OldMedia', '54.172.60.0/30', 'udp', 10000, 20000);
      });
      expect(warnings).toEqual([expect.stringMatching(/^\/Audit\/OldMedia: .*allows 54\.172\.60\.0\/23, a Twilio media range of edge ashburn.*\[legacyTwilioRange\]$/)]);
    });

    test('the seed\'s single-range row (umatilla, UDP 1024-65535) and the roaming row over every range are reported once each', () => {
      const warnings = audited((stack) => {
        rule(stack, 'Umatilla', '54.244.51.0/24', 'udp', 30000, 40000);
        rule(stack, 'Roaming', '52.215.127.0/24', 'udp', 30000, 40000);
        rule(stack, 'Turn', '54.244.51.0/24', 'udp', 3478, 3478);
      });
      expect(warnings).toEqual([
        expect.stringMatching(/^\/Audit\/Umatilla: .*allows 54\.244\.51\.0\/24, a Twilio media range of edge umatilla .*range known with low confidence.*\[legacyTwilioRange\]$/),
        expect.stringMatching(/^\/Audit\/Roaming: .*allows 52\.215\.127\.0\/24, a Twilio media range of edge roaming .*\[legacyTwilioRange\]$/),
      ]);
    });

    test('the audit reads the live catalog: a registered change applies at once, and reset() undoes it', () => {
      const build = (stack: Stack) => rule(stack, 'Turn', '54.244.51.0/24', 'udp', 3478, 3478);
      try {
        TwilioCatalog.registerEdge({ ...TwilioCatalog.edgeDefinition(TwilioEdge.UMATILLA), ntsCidrs: ['44.234.69.0/25'] }, true);
        expect(audited(build)).toEqual([expect.stringMatching(/allows 54\.244\.51\.0\/24, a Twilio media range of edge umatilla/)]);
      } finally {
        TwilioCatalog.reset();
      }
      expect(audited(build)).toEqual([]);
    });
  });
});
