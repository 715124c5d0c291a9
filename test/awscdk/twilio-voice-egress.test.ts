import { Annotations as CoreAnnotations, App, CfnParameter, Token, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AwsSolutionsChecks } from 'cdk-nag';
import { testStack } from './util';
import { awscdk, TwilioEdge, VoiceSdk } from '../../src';

/** cdk-nag 3 runs as a validation plugin at synth; any finding fails the synth. */
function expectNagClean(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  expect(() => app.synth()).not.toThrow();
}

describe('TwilioVoiceEgress', () => {
  describe('GIVEN the defaults (GLL, JavaScript SDK)', () => {
    const { stack, vpc } = testStack();
    const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc });
    const t = Template.fromStack(stack);

    test('THEN one security group holds exactly the Twilio egress rules, each describing its purpose', () => {
      t.resourceCountIs('AWS::EC2::SecurityGroup', 1);
      t.hasResourceProperties('AWS::EC2::SecurityGroup', {
        SecurityGroupEgress: [
          Match.objectLike({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0', Description: Match.stringLikeRegexp('^Twilio JavaScript SDK signalling.*hostnames without published IPs') }),
          Match.objectLike({ IpProtocol: 'udp', FromPort: 10000, ToPort: 60000, CidrIp: '168.86.128.0/18', Description: 'Twilio Voice media (SRTP/ICE) - edges roaming' }),
        ],
        SecurityGroupIngress: Match.absent(),
      });
    });

    test('THEN no ingress, no allow-all egress, no NACL and no DNS Firewall', () => {
      t.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
      const sg = Object.values(t.findResources('AWS::EC2::SecurityGroup'))[0];
      for (const rule of sg.Properties.SecurityGroupEgress) expect(rule.IpProtocol).not.toBe('-1');
      t.resourceCountIs('AWS::EC2::NetworkAcl', 0);
      t.resourceCountIs('AWS::Route53Resolver::FirewallRuleGroup', 0);
      expect(voice.networkAclId).toBeUndefined();
      expect(voice.firewallRuleGroupId).toBeUndefined();
    });

    test('THEN the plan is exposed', () => {
      expect(voice.plan.edges).toEqual([TwilioEdge.ROAMING]);
    });

    test('THEN the template is pinned', () => {
      expect(t.toJSON()).toMatchSnapshot();
    });
  });

  test('the same template whatever the order of edges or sdks', () => {
    const render = (edges: TwilioEdge[], sdks: VoiceSdk[]) => {
      const { stack, vpc } = testStack();
      new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges, sdks, networkAcl: { subnets: { subnetGroupName: 'Clients' } }, dnsFirewall: {} });
      return Template.fromStack(stack).toJSON();
    };
    expect(render([TwilioEdge.DUBLIN, TwilioEdge.FRANKFURT], [VoiceSdk.MOBILE, VoiceSdk.JAVASCRIPT]))
      .toEqual(render([TwilioEdge.FRANKFURT, TwilioEdge.DUBLIN, TwilioEdge.FRANKFURT], [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE]));
  });

  test('changing the edges keeps the security group (same logical ID and description, so no replacement)', () => {
    const groups = (edges: TwilioEdge[]) => {
      const { stack, vpc } = testStack();
      new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges });
      const found = Template.fromStack(stack).findResources('AWS::EC2::SecurityGroup');
      return Object.fromEntries(Object.entries(found).map(([id, r]) => [id, r.Properties.GroupDescription]));
    };
    expect(groups([TwilioEdge.ASHBURN, TwilioEdge.SYDNEY])).toEqual(groups([TwilioEdge.ASHBURN]));
  });

  test('an Interconnect edge is an error pointing to TwilioPrivateInterconnectEdge', () => {
    const { stack, vpc } = testStack();
    expect(() => new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.ASHBURN, TwilioEdge.LONDON_IX] })).toThrow(
      "TwilioVoiceEgress 'Test/Voice': edges[1] must be a public Twilio edge, got: 'london-ix'. Use TwilioPrivateInterconnectEdge for Interconnect edges.",
    );
  });

  describe('network ACL', () => {
    test('creates an ACL with both directions, associated with the chosen subnets', () => {
      const { stack, vpc } = testStack();
      const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.FRANKFURT], networkAcl: { subnets: { subnetGroupName: 'Clients' }, firstRuleNumber: 2000 } });
      const t = Template.fromStack(stack);
      t.resourceCountIs('AWS::EC2::NetworkAcl', 1);
      t.resourceCountIs('AWS::EC2::SubnetNetworkAclAssociation', 2);
      t.resourceCountIs('AWS::EC2::NetworkAclEntry', voice.plan.networkAclEntries.length);
      t.hasResourceProperties('AWS::EC2::NetworkAclEntry', { Egress: true, Protocol: 17, CidrBlock: '168.86.128.0/18', PortRange: { From: 10000, To: 60000 }, RuleAction: 'allow' });
      t.hasResourceProperties('AWS::EC2::NetworkAclEntry', { Egress: false, Protocol: 17, CidrBlock: '168.86.128.0/18', PortRange: { From: 1024, To: 65535 }, RuleAction: 'allow' });
      t.hasResourceProperties('AWS::EC2::NetworkAclEntry', { Egress: false, Protocol: 6, CidrBlock: '0.0.0.0/0', PortRange: { From: 1024, To: 65535 } });
      for (const e of Object.values(t.findResources('AWS::EC2::NetworkAclEntry'))) {
        expect(e.Properties.RuleNumber).toBeGreaterThanOrEqual(2000);
        expect(e.Properties.RuleNumber).toBeLessThanOrEqual(2995);
      }
      expect(voice.networkAclId).toBeDefined();
    });

    test('addNetworkAclEntries adds the entries to an existing ACL without creating one', () => {
      const { stack, vpc } = testStack();
      const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.DUBLIN] });
      voice.addNetworkAclEntries(ec2.NetworkAcl.fromNetworkAclId(stack, 'Existing', 'acl-0123456789abcdef0'), { firstRuleNumber: 500 });
      const t = Template.fromStack(stack);
      t.resourceCountIs('AWS::EC2::NetworkAcl', 0);
      t.resourceCountIs('AWS::EC2::SubnetNetworkAclAssociation', 0);
      t.resourceCountIs('AWS::EC2::NetworkAclEntry', 4);
      t.allResourcesProperties('AWS::EC2::NetworkAclEntry', { NetworkAclId: 'acl-0123456789abcdef0' });
    });

    test('logical IDs come from rule IDs: adding an edge keeps the existing entries and rule numbers', () => {
      const entries = (edges: TwilioEdge[]) => {
        const { stack, vpc } = testStack();
        new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges, networkAcl: { subnets: { subnetGroupName: 'Clients' } } });
        return Template.fromStack(stack).findResources('AWS::EC2::NetworkAclEntry');
      };
      const before = entries([TwilioEdge.ASHBURN]);
      const after = entries([TwilioEdge.ASHBURN, TwilioEdge.UMATILLA]);
      expect(Object.keys(before).length).toBeGreaterThan(0);
      for (const [logicalId, resource] of Object.entries(before)) expect(after[logicalId]).toEqual(resource);
      expect(Object.keys(before).some((id) => id.includes('egresstcp443'))).toBe(true);
    });

    test('a bad first rule number names the prop', () => {
      const { stack, vpc } = testStack();
      expect(() => new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, networkAcl: { subnets: {}, firstRuleNumber: 40000 } })).toThrow(
        "TwilioVoiceEgress 'Test/Voice': networkAcl.firstRuleNumber must be an integer from 1 to 31771 (entries use up to 995 numbers above it, and AWS allows 1-32766), got: 40000.",
      );
    });
  });

  describe('DNS Firewall', () => {
    test('{} creates a domain list with the plan\'s hostnames, an ALLOW rule trusting CNAME chains, and the VPC association', () => {
      const { stack, vpc } = testStack();
      const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.TOKYO], dnsFirewall: {} });
      const t = Template.fromStack(stack);
      t.hasResourceProperties('AWS::Route53Resolver::FirewallDomainList', { Domains: voice.plan.dnsDomains });
      t.hasResourceProperties('AWS::Route53Resolver::FirewallRuleGroup', {
        FirewallRules: [{ Action: 'ALLOW', Priority: 100, FirewallDomainRedirectionAction: 'TRUST_REDIRECTION_DOMAIN', FirewallDomainListId: Match.anyValue() }],
      });
      t.hasResourceProperties('AWS::Route53Resolver::FirewallRuleGroupAssociation', { Priority: 1000, VpcId: 'vpc-0123456789abcdef0' });
      expect(voice.plan.dnsDomains).toContain('voice-js.tokyo.twilio.com');
      expect(voice.firewallRuleGroupId).toBeDefined();
    });

    test('blockOtherDomains adds a BLOCK rule for every other domain after the ALLOW rule', () => {
      const { stack, vpc } = testStack();
      new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, dnsFirewall: { blockOtherDomains: true, priority: 300, name: 'voice' } });
      const t = Template.fromStack(stack);
      t.hasResourceProperties('AWS::Route53Resolver::FirewallDomainList', { Domains: ['*'], Name: 'voice-everything-else' });
      t.hasResourceProperties('AWS::Route53Resolver::FirewallRuleGroup', {
        Name: 'voice',
        FirewallRules: [
          Match.objectLike({ Action: 'ALLOW', Priority: 100 }),
          Match.objectLike({ Action: 'BLOCK', Priority: 200, BlockResponse: 'NODATA' }),
        ],
      });
      t.hasResourceProperties('AWS::Route53Resolver::FirewallRuleGroupAssociation', { Priority: 300 });
    });

    test('a priority outside 100-9900 fails; an unresolved token is accepted', () => {
      const { stack, vpc } = testStack();
      expect(() => new awscdk.TwilioVoiceEgress(stack, 'Bad', { vpc, dnsFirewall: { priority: 99 } })).toThrow(
        "TwilioVoiceEgress 'Test/Bad': dnsFirewall.priority must be an integer from 100 to 9900 (the Route 53 Resolver API range), got: 99. Leave it out for 1000.",
      );
      const priority = Token.asNumber(new CfnParameter(stack, 'Priority', { type: 'Number' }).valueAsNumber);
      new awscdk.TwilioVoiceEgress(stack, 'Token', { vpc, dnsFirewall: { priority } });
      Template.fromStack(stack).hasResourceProperties('AWS::Route53Resolver::FirewallRuleGroupAssociation', { Priority: { Ref: 'Priority' } });
    });
  });

  describe('an existing security group', () => {
    test('gets the rules as separate resources and no group is created', () => {
      const { stack, vpc } = testStack();
      const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0', { allowAllOutbound: false });
      const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, securityGroup: sg });
      const t = Template.fromStack(stack);
      t.resourceCountIs('AWS::EC2::SecurityGroup', 0);
      t.resourceCountIs('AWS::EC2::SecurityGroupEgress', 2);
      t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { GroupId: 'sg-0123456789abcdef0', IpProtocol: 'udp', CidrIp: '168.86.128.0/18', FromPort: 10000, ToPort: 60000 });
      expect(voice.securityGroup).toBe(sg);
      Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
    });

    test('that allows all outbound traffic gets a warning', () => {
      const { stack, vpc } = testStack();
      const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0');
      new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, securityGroup: sg });
      Annotations.fromStack(stack).hasWarning('/Test/Voice', Match.stringLikeRegexp('securityGroup allows all outbound traffic'));
    });
  });

  test('composes with IConnectable', () => {
    const { stack, vpc } = testStack();
    const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc });
    const instance = new ec2.Instance(stack, 'Softphone', {
      vpc, instanceType: new ec2.InstanceType('t3.small'), machineImage: ec2.MachineImage.latestAmazonLinux2023(),
    });
    instance.connections.addSecurityGroup(voice.securityGroup);
    expect(instance.connections.securityGroups).toContain(voice.securityGroup);
    expect(voice.connections.securityGroups).toEqual([voice.securityGroup]);
  });

  describe('quotas', () => {
    test('near a quota gives a warning users can acknowledge', () => {
      const { stack, vpc } = testStack();
      new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.FRANKFURT], turnFallback: true, quotas: { securityGroupRulesPerDirection: 12 } });
      Annotations.fromStack(stack).hasWarning('/Test/Voice', Match.stringLikeRegexp('uses 11 of 12 security group egress rules.*\\[ack: twilio-voice-network:securityGroupRulesNearQuota\\]'));

      const { stack: acked, vpc: vpc2 } = testStack();
      const voice = new awscdk.TwilioVoiceEgress(acked, 'Voice', { vpc: vpc2, edges: [TwilioEdge.FRANKFURT], turnFallback: true, quotas: { securityGroupRulesPerDirection: 12 } });
      CoreAnnotations.of(voice).acknowledgeWarning('twilio-voice-network:securityGroupRulesNearQuota', 'we raised the quota');
      Annotations.fromStack(acked).hasNoWarning('/Test/Voice', Match.anyValue());
    });

    test('over a quota fails at synth time naming the choice to change', () => {
      const { stack, vpc } = testStack();
      expect(() => new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, turnFallback: true })).toThrow(
        /^TwilioVoiceEgress 'Test\/Voice': The plan needs 89 security group egress rules, over the quota of 60 \(quotas.securityGroupRulesPerDirection\)\. Fix: turnFallback/,
      );
    });

    test('the NACL quota is only enforced when a network ACL is asked for', () => {
      const { stack, vpc } = testStack();
      const edges = [TwilioEdge.ASHBURN, TwilioEdge.DUBLIN, TwilioEdge.FRANKFURT];
      expect(() => new awscdk.TwilioVoiceEgress(stack, 'NoAcl', { vpc, edges, turnFallback: true })).not.toThrow();
      expect(() => new awscdk.TwilioVoiceEgress(stack, 'Acl', { vpc, edges, turnFallback: true, networkAcl: { subnets: {} } })).toThrow(/network ACL outbound entries/);
    });
  });

  test('every bad prop is reported in one error', () => {
    const { stack, vpc } = testStack();
    expect(() => new awscdk.TwilioVoiceEgress(stack, 'Voice', {
      vpc, edges: [TwilioEdge.LONDON_IX], sdks: [], dnsFirewall: { priority: 10000 }, ephemeralPorts: { fromPort: 9, toPort: 1 },
    })).toThrow(/^4 problems:\n- TwilioVoiceEgress 'Test\/Voice': edges\[0\] must be a public[^\n]*\n- [^\n]*dnsFirewall.priority[^\n]*\n- [^\n]*sdks must list[^\n]*\n- [^\n]*ephemeralPorts must run/);
  });

  describe('full configuration (NACL, DNS walled garden, both SDKs, TURN)', () => {
    const full = () => {
      const { app, stack, vpc } = testStack();
      new awscdk.TwilioVoiceEgress(stack, 'Voice', {
        vpc,
        edges: [TwilioEdge.nearestTo('eu-central-1')],
        sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
        turnFallback: true,
        networkAcl: { subnets: { subnetGroupName: 'Clients' } },
        dnsFirewall: { blockOtherDomains: true },
      });
      return { app, stack };
    };

    test('THEN the template is pinned', () => {
      expect(Template.fromStack(full().stack).toJSON()).toMatchSnapshot();
    });

    test('cdk-nag AwsSolutions reports nothing (VPC3 on the requested ACL is acknowledged in code)', () => {
      expectNagClean(full().app);
    });
  });

  test('cdk-nag AwsSolutions reports nothing on the defaults', () => {
    const { app, stack, vpc } = testStack();
    new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc });
    expectNagClean(app);
  });

  test('the cdk-nag check can fail: an open ingress rule is reported', () => {
    const { app, stack, vpc } = testStack();
    const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc });
    (voice.securityGroup as ec2.SecurityGroup).addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-EC23/);
  });
});
