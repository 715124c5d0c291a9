import { App, CfnParameter, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AwsSolutionsChecks } from 'cdk-nag';
import { INTERCONNECT_ROUTE_TABLES, testStack } from './util';
import { awscdk, TwilioEdge, VoiceSdk } from '../../src';

const egressOf = (t: Template) => Object.values(t.findResources('AWS::EC2::SecurityGroup'))[0].Properties.SecurityGroupEgress as any[];

describe('TwilioPrivateInterconnectEdge', () => {
  test('signalling goes to the edge\'s exact CIDRs on TCP 443, media to the media range, nothing to 0.0.0.0/0', () => {
    const { stack, vpc } = testStack();
    new awscdk.TwilioPrivateInterconnectEdge(stack, 'London', { vpc, edge: TwilioEdge.LONDON_IX, sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE] });
    const t = Template.fromStack(stack);
    const rules = egressOf(t).map((r) => `${r.IpProtocol} ${r.FromPort}-${r.ToPort} ${r.CidrIp}`);
    expect(rules).toEqual(['tcp 443-443 185.187.132.0/25', 'tcp 443-443 185.187.133.0/24', 'udp 10000-60000 168.86.128.0/18']);
    for (const r of egressOf(t)) expect(r.Description).toMatch(/^Twilio (Voice SDK signalling over Interconnect|Voice media)/);
    t.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    t.hasResourceProperties('AWS::EC2::SecurityGroup', { SecurityGroupIngress: Match.absent() });
  });

  test('Insights over the public internet is opt-in', () => {
    const { stack, vpc } = testStack();
    new awscdk.TwilioPrivateInterconnectEdge(stack, 'Ashburn', { vpc, edge: TwilioEdge.ASHBURN_IX, insights: true });
    const t = Template.fromStack(stack);
    expect(egressOf(t)).toContainEqual(expect.objectContaining({ IpProtocol: 'tcp', FromPort: 443, CidrIp: '0.0.0.0/0', Description: expect.stringContaining('eventgw.twilio.com') }));
  });

  test('a public edge is an error pointing to TwilioVoiceEgress', () => {
    const { stack, vpc } = testStack();
    expect(() => new awscdk.TwilioPrivateInterconnectEdge(stack, 'Edge', { vpc, edge: TwilioEdge.DUBLIN })).toThrow(
      "TwilioPrivateInterconnectEdge 'Test/Edge': edge must be a Private Interconnect edge, got: 'dublin'. Use TwilioVoiceEgress for public edges and GLL.",
    );
  });

  describe('routing', () => {
    test('to a transit gateway: one route per selected subnet and Interconnect prefix, after the attachment', () => {
      const { stack, vpc } = testStack();
      const attachment = new ec2.CfnTransitGatewayAttachment(stack, 'Attachment', {
        transitGatewayId: 'tgw-0123456789abcdef0', vpcId: vpc.vpcId, subnetIds: vpc.isolatedSubnets.map((s) => s.subnetId),
      });
      const edge = new awscdk.TwilioPrivateInterconnectEdge(stack, 'London', {
        vpc,
        edge: TwilioEdge.LONDON_IX,
        routing: {
          subnets: { subnetGroupName: 'Interconnect' },
          target: awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0', [attachment]),
        },
      });
      const t = Template.fromStack(stack);
      t.resourceCountIs('AWS::EC2::Route', 2 * 3);
      for (const cidr of ['168.86.128.0/18', '185.187.132.0/25', '185.187.133.0/24']) {
        t.resourcePropertiesCountIs('AWS::EC2::Route', { DestinationCidrBlock: cidr, TransitGatewayId: 'tgw-0123456789abcdef0' }, 2);
      }
      const routes = t.findResources('AWS::EC2::Route', { Properties: { TransitGatewayId: 'tgw-0123456789abcdef0' } });
      for (const r of Object.values(routes)) expect(r.DependsOn).toContain('Attachment');
      expect(edge.routes).toHaveLength(6);
      // Interconnect subnets' tables only
      for (const r of Object.values(routes)) expect(INTERCONNECT_ROUTE_TABLES).toContain(r.Properties.RouteTableId);
    });

    test('to a virtual private gateway', () => {
      const { stack, vpc } = testStack();
      new awscdk.TwilioPrivateInterconnectEdge(stack, 'Tokyo', {
        vpc,
        edge: TwilioEdge.TOKYO_IX,
        routing: { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.virtualPrivateGateway('vgw-0123456789abcdef0') },
      });
      Template.fromStack(stack).resourcePropertiesCountIs('AWS::EC2::Route', { DestinationCidrBlock: '103.144.142.0/25', GatewayId: 'vgw-0123456789abcdef0' }, 2);
    });

    test('a malformed gateway ID fails; an unresolved token is accepted', () => {
      const { stack, vpc } = testStack();
      expect(() => new awscdk.TwilioPrivateInterconnectEdge(stack, 'Bad', {
        vpc, edge: TwilioEdge.TOKYO_IX, routing: { subnets: {}, target: awscdk.InterconnectRouteTarget.transitGateway('vgw-0123456789abcdef0') },
      })).toThrow("TwilioPrivateInterconnectEdge 'Test/Bad': routing.target must be a transit gateway ID like 'tgw-0123456789abcdef0', got: 'vgw-0123456789abcdef0'.");
      const tgw = new CfnParameter(stack, 'Tgw').valueAsString;
      new awscdk.TwilioPrivateInterconnectEdge(stack, 'Ok', {
        vpc, edge: TwilioEdge.TOKYO_IX, routing: { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway(tgw) },
      });
      Template.fromStack(stack).hasResourceProperties('AWS::EC2::Route', { TransitGatewayId: { Ref: 'Tgw' } });
    });
  });

  describe('a representative configuration (routing, NACL, DNS Firewall)', () => {
    const build = () => {
      const { app, stack, vpc } = testStack();
      new awscdk.TwilioPrivateInterconnectEdge(stack, 'SaoPaulo', {
        vpc,
        edge: TwilioEdge.SAO_PAULO_IX,
        networkAcl: { subnets: { subnetGroupName: 'Interconnect' } },
        dnsFirewall: {},
        routing: { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
      });
      return { app, stack };
    };

    test('THEN the template is pinned', () => {
      expect(Template.fromStack(build().stack).toJSON()).toMatchSnapshot();
    });

    test('THEN the DNS list holds the edge\'s own name and the ACL has only exact CIDRs', () => {
      const t = Template.fromStack(build().stack);
      t.hasResourceProperties('AWS::Route53Resolver::FirewallDomainList', { Domains: ['voice-js.sao-paulo-ix.twilio.com'] });
      for (const e of Object.values(t.findResources('AWS::EC2::NetworkAclEntry'))) expect(e.Properties.CidrBlock).not.toBe('0.0.0.0/0');
    });

    test('cdk-nag AwsSolutions reports nothing', () => {
      const { app } = build();
      Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
      expect(() => (app as App).synth()).not.toThrow();
    });
  });
});
