import { App, Aspects, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AwsSolutionsChecks } from 'cdk-nag';
import { testStack } from './util';
import { awscdk, SipTransport, TwilioEdge } from '../../src';

const MEDIA_PORTS = { fromPort: 10000, toPort: 20000 };

describe('TwilioSipEndpoint', () => {
  describe('GIVEN an SBC on ashburn with all transports, a network ACL and a DNS Firewall', () => {
    const build = () => {
      const { app, stack, vpc } = testStack();
      const sip = new awscdk.TwilioSipEndpoint(stack, 'Sbc', {
        vpc,
        edges: [TwilioEdge.ASHBURN],
        mediaPorts: MEDIA_PORTS,
        networkAcl: { subnets: { subnetGroupName: 'Public' } },
        dnsFirewall: {},
      });
      return { app, stack, sip, t: Template.fromStack(stack) };
    };
    const { sip, t } = build();

    test('THEN the group admits SIP and media from Twilio\'s published sources only, and reaches them', () => {
      const group = Object.values(t.findResources('AWS::EC2::SecurityGroup'))[0].Properties;
      expect(group.GroupDescription).toBe('Twilio SIP endpoint (twilio-voice-network): rules per Twilio published requirements');
      expect(group.SecurityGroupIngress).toHaveLength(17);
      expect(group.SecurityGroupIngress).toContainEqual(expect.objectContaining({ IpProtocol: 'udp', CidrIp: '54.172.60.0/30', FromPort: 5060, ToPort: 5060 }));
      expect(group.SecurityGroupIngress).toContainEqual(expect.objectContaining({ IpProtocol: 'tcp', CidrIp: '177.71.206.192/30', FromPort: 5060, ToPort: 5061 }));
      expect(group.SecurityGroupIngress).toContainEqual(expect.objectContaining({ IpProtocol: 'udp', CidrIp: '168.86.128.0/18', FromPort: 10000, ToPort: 20000 }));
      for (const r of [...group.SecurityGroupIngress, ...group.SecurityGroupEgress]) {
        expect(r.CidrIp).not.toBe('0.0.0.0/0');
        expect(r.Description).toMatch(/^Twilio SIP (signalling|media)/);
      }
      expect(group.SecurityGroupEgress).toContainEqual(expect.objectContaining({ IpProtocol: 'udp', CidrIp: '168.86.128.0/18', FromPort: 10000, ToPort: 60000 }));
    });

    test('THEN the network ACL holds every flow both ways and the DNS Firewall the termination names', () => {
      t.resourceCountIs('AWS::EC2::NetworkAclEntry', sip.plan.networkAclEntries.length);
      t.hasResourceProperties('AWS::EC2::NetworkAclEntry', { Egress: false, Protocol: 17, CidrBlock: '168.86.128.0/18', PortRange: { From: 10000, To: 20000 } });
      t.hasResourceProperties('AWS::Route53Resolver::FirewallDomainList', { Domains: ['*.pstn.ashburn.twilio.com', '*.pstn.twilio.com', '*.pstn.us1.twilio.com'] });
    });

    test('THEN the template is pinned', () => {
      expect(t.toJSON()).toMatchSnapshot();
    });

    test('THEN cdk-nag AwsSolutions reports nothing (no ingress from 0.0.0.0/0)', () => {
      const { app } = build();
      Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
      expect(() => app.synth()).not.toThrow();
    });
  });

  test('sipDomains: the DNS Firewall also allows the SIP Domain names; the error for it names the construct\'s prop', () => {
    const { stack, vpc } = testStack();
    new awscdk.TwilioSipEndpoint(stack, 'Sbc', { vpc, edges: [TwilioEdge.SYDNEY], mediaPorts: MEDIA_PORTS, sipDomains: true, dnsFirewall: {} });
    Template.fromStack(stack).hasResourceProperties('AWS::Route53Resolver::FirewallDomainList', {
      Domains: ['*.pstn.au1.twilio.com', '*.pstn.sydney.twilio.com', '*.pstn.twilio.com', '*.sip.au1.twilio.com', '*.sip.sydney.twilio.com', '*.sip.twilio.com'],
    });
    const other = testStack();
    expect(() => new awscdk.TwilioSipEndpoint(other.stack, 'Sbc', { vpc: other.vpc, edges: [TwilioEdge.SYDNEY], mediaPorts: MEDIA_PORTS, sipDomains: true, termination: false }))
      .toThrow(/'Test\/Sbc': sipDomains needs termination: sending to a SIP Domain/);
  });

  test('routing: the chosen *-ix edges\' prefixes (gateways, signalling, media) go to the gateway from each subnet\'s table', () => {
    const { stack, vpc } = testStack();
    const sip = new awscdk.TwilioSipEndpoint(stack, 'Sbc', {
      vpc,
      edges: [TwilioEdge.FRANKFURT_IX],
      mediaPorts: MEDIA_PORTS,
      transports: [SipTransport.TLS],
      routing: { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
    });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::EC2::Route', 2 * 2);
    t.hasResourceProperties('AWS::EC2::Route', { RouteTableId: 'rtb-0123456789abcdef0', DestinationCidrBlock: '185.194.136.0/25', TransitGatewayId: 'tgw-0123456789abcdef0' });
    t.hasResourceProperties('AWS::EC2::Route', { RouteTableId: 'rtb-0fedcba9876543210', DestinationCidrBlock: '168.86.128.0/18' });
    expect(sip.routes).toHaveLength(4);
    // every exchange's gateways are allowed (for resilience), the chosen edge's are routed
    const ingress = Object.values(t.findResources('AWS::EC2::SecurityGroup'))[0].Properties.SecurityGroupIngress.map((r: any) => r.CidrIp);
    expect(ingress).toEqual(expect.arrayContaining(['185.194.136.64/31', '185.194.136.66/32', '208.78.112.64/31', '103.146.214.68/31']));
    expect(() => new awscdk.TwilioSipEndpoint(stack, 'Bad', {
      vpc, edges: [TwilioEdge.FRANKFURT_IX], mediaPorts: MEDIA_PORTS, routing: { subnets: {}, target: 'tgw-0123456789abcdef0' as any },
    })).toThrow(/TwilioSipEndpoint 'Test\/Bad': routing\.target must be an InterconnectRouteTarget/);
  });

  test('a supplied group gets separate ingress and egress resources', () => {
    const { stack, vpc } = testStack();
    const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0', { allowAllOutbound: false });
    new awscdk.TwilioSipEndpoint(stack, 'Sbc', { vpc, securityGroup, edges: [TwilioEdge.DUBLIN], mediaPorts: MEDIA_PORTS, transports: [SipTransport.TLS] });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::EC2::SecurityGroup', 0);
    t.resourceCountIs('AWS::EC2::SecurityGroupIngress', 9);
    t.resourceCountIs('AWS::EC2::SecurityGroupEgress', 9);
    t.allResourcesProperties('AWS::EC2::SecurityGroupIngress', { GroupId: 'sg-0123456789abcdef0' });
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { IpProtocol: 'tcp', FromPort: 5061, ToPort: 5061, CidrIp: '54.171.127.192/30' });
  });

  test('bad props are one error naming each, in the construct\'s own words', () => {
    const { stack, vpc } = testStack();
    expect(() => new awscdk.TwilioSipEndpoint(stack, 'Sbc', {
      vpc, edges: [TwilioEdge.ROAMING], mediaPorts: { fromPort: 20000, toPort: 10 }, origination: false, termination: false, sdks: ['javascript'],
    } as any)).toThrow(/^4 problems:\n- TwilioSipEndpoint 'Test\/Sbc': sdks applies to Voice SDK clients, not to a SIP endpoint\. Leave it out\.\n- [^\n]*edges\[0\] must not be roaming[^\n]*\n- [^\n]*'Test\/Sbc': mediaPorts must run from the lower to the higher port, got: 20000-10\. Swap them\.\n- [^\n]*origination and termination are both false/);
  });

  test('the legacy-range audit does not flag the media ingress Twilio requires, but does flag it elsewhere', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Audit', { env: { account: '111111111111', region: 'us-east-1' } });
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['us-east-1a'] });
    new awscdk.TwilioSipEndpoint(stack, 'Sbc', { vpc, edges: [TwilioEdge.ASHBURN], mediaPorts: MEDIA_PORTS });
    const handWritten = new ec2.SecurityGroup(stack, 'Softphones', { vpc });
    handWritten.addIngressRule(ec2.Peer.ipv4('168.86.128.0/18'), ec2.Port.udpRange(10000, 60000));
    Aspects.of(app).add(new awscdk.TwilioLegacyRangeAudit());
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('twilio-voice-network:'));
    expect(warnings.map((w) => w.id)).toEqual(['/Audit/Softphones/Resource']);
  });
});
