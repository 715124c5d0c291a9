import { TerraformVariable } from 'cdktf';
import { resources, synthJson, tfStack, VPC, warnings } from './util';
import { cdktf, TwilioEdge, VoiceSdk } from '../../src';

describe('TwilioVoiceEgress (CDKTF)', () => {
  describe('GIVEN the defaults (GLL, JavaScript SDK)', () => {
    const { stack } = tfStack();
    const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC });
    const json = synthJson(stack);

    test('THEN a security group without inline rules gets one egress rule resource per plan rule', () => {
      const [sg] = resources(json, 'aws_security_group');
      expect(sg).toEqual({ vpc_id: VPC, name_prefix: 'twilio-voice-', description: expect.stringMatching(/^Twilio Voice SDK egress/) });
      expect(resources(json, 'aws_vpc_security_group_egress_rule')).toEqual([
        expect.objectContaining({ ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0', description: expect.stringMatching(/^Twilio JavaScript SDK signalling/) }),
        expect.objectContaining({ ip_protocol: 'udp', from_port: 10000, to_port: 60000, cidr_ipv4: '168.86.128.0/18', description: 'Twilio Voice media (SRTP/ICE) - edges roaming' }),
      ]);
      for (const r of resources(json, 'aws_vpc_security_group_egress_rule')) expect(r.security_group_id).toBe(`\${aws_security_group.${Object.keys(json.resource.aws_security_group)[0]}.id}`);
    });

    test('THEN no ingress of any kind, no legacy rule resources, no ACL and no DNS Firewall', () => {
      for (const type of ['aws_vpc_security_group_ingress_rule', 'aws_security_group_rule', 'aws_network_acl', 'aws_route53_resolver_firewall_rule_group']) {
        expect(resources(json, type)).toEqual([]);
      }
      expect(voice.networkAclId).toBeUndefined();
      expect(voice.securityGroupId).toMatch(/^\$\{TfToken/);
    });

    test('THEN the configuration is pinned', () => {
      expect(json).toMatchSnapshot();
    });
  });

  test('the same configuration whatever the order of edges or sdks', () => {
    const render = (edges: TwilioEdge[], sdks: VoiceSdk[]) => {
      const { stack } = tfStack();
      new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC, edges, sdks, networkAcl: { subnetIds: ['subnet-0123456789abcdef0'] }, dnsFirewall: {} });
      return synthJson(stack);
    };
    expect(render([TwilioEdge.DUBLIN, TwilioEdge.FRANKFURT], [VoiceSdk.MOBILE, VoiceSdk.JAVASCRIPT]))
      .toEqual(render([TwilioEdge.FRANKFURT, TwilioEdge.DUBLIN], [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE, VoiceSdk.MOBILE]));
  });

  test('an Interconnect edge is an error pointing to TwilioPrivateInterconnectEdge', () => {
    const { stack } = tfStack();
    expect(() => new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC, edges: [TwilioEdge.SYDNEY_IX] })).toThrow(
      "TwilioVoiceEgress 'test/voice': edges[0] must be a public Twilio edge, got: 'sydney-ix'. Use TwilioPrivateInterconnectEdge for Interconnect edges.",
    );
  });

  describe('network ACL', () => {
    test('creates an ACL with the subnets and rules in both directions', () => {
      const { stack } = tfStack();
      const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC, edges: [TwilioEdge.ASHBURN], networkAcl: { subnetIds: ['subnet-0123456789abcdef0'], firstRuleNumber: 300 } });
      const json = synthJson(stack);
      expect(resources(json, 'aws_network_acl')).toEqual([expect.objectContaining({ vpc_id: VPC, subnet_ids: ['subnet-0123456789abcdef0'] })]);
      const rules = resources(json, 'aws_network_acl_rule');
      expect(rules).toHaveLength(voice.plan.networkAclEntries.length);
      expect(rules).toContainEqual(expect.objectContaining({ egress: false, protocol: 'udp', cidr_block: '168.86.128.0/18', from_port: 1024, to_port: 65535, rule_action: 'allow' }));
      for (const r of rules) expect(r.rule_number).toBeGreaterThanOrEqual(300);
      expect(voice.networkAclId).toBeDefined();
    });

    test('addNetworkAclEntries adds the rules to an existing ACL', () => {
      const { stack } = tfStack();
      const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC });
      voice.addNetworkAclEntries('acl-0123456789abcdef0', { firstRuleNumber: 4000 });
      const json = synthJson(stack);
      expect(resources(json, 'aws_network_acl')).toEqual([]);
      const rules = resources(json, 'aws_network_acl_rule');
      expect(rules).toHaveLength(4);
      for (const r of rules) expect(r).toMatchObject({ network_acl_id: 'acl-0123456789abcdef0', rule_number: expect.any(Number) });
    });
  });

  describe('DNS Firewall', () => {
    test('separate rule resources: ALLOW trusting CNAME chains, optional BLOCK, and the VPC association', () => {
      const { stack } = tfStack();
      const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC, edges: [TwilioEdge.SINGAPORE], dnsFirewall: { blockOtherDomains: true, priority: 500, name: 'calls' } });
      const json = synthJson(stack);
      expect(resources(json, 'aws_route53_resolver_firewall_domain_list')).toEqual([
        { name: 'calls-domains', domains: voice.plan.dnsDomains },
        { name: 'calls-everything-else', domains: ['*'] },
      ]);
      expect(resources(json, 'aws_route53_resolver_firewall_rule')).toEqual([
        expect.objectContaining({ action: 'ALLOW', priority: 100, firewall_domain_redirection_action: 'TRUST_REDIRECTION_DOMAIN' }),
        expect.objectContaining({ action: 'BLOCK', priority: 200, block_response: 'NODATA' }),
      ]);
      expect(resources(json, 'aws_route53_resolver_firewall_rule_group_association')).toEqual([expect.objectContaining({ vpc_id: VPC, priority: 500, name: 'calls' })]);
    });

    test('a priority outside 100-9900 fails; an unresolved token is accepted', () => {
      const { stack } = tfStack();
      expect(() => new cdktf.TwilioVoiceEgress(stack, 'bad', { vpcId: VPC, dnsFirewall: { priority: 50 } })).toThrow(
        "TwilioVoiceEgress 'test/bad': dnsFirewall.priority must be an integer from 100 to 9900 (the Route 53 Resolver API range), got: 50. Leave it out for 1000.",
      );
      const priority = new TerraformVariable(stack, 'priority', { type: 'number' }).numberValue;
      new cdktf.TwilioVoiceEgress(stack, 'ok', { vpcId: VPC, dnsFirewall: { priority } });
      expect(resources(synthJson(stack), 'aws_route53_resolver_firewall_rule_group_association')[0].priority).toBe('${var.priority}');
    });
  });

  test('an existing security group gets the rules and no group is created', () => {
    const { stack } = tfStack();
    const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC, securityGroupId: 'sg-0123456789abcdef0' });
    const json = synthJson(stack);
    expect(resources(json, 'aws_security_group')).toEqual([]);
    for (const r of resources(json, 'aws_vpc_security_group_egress_rule')) expect(r.security_group_id).toBe('sg-0123456789abcdef0');
    expect(voice.securityGroupId).toBe('sg-0123456789abcdef0');
  });

  test('malformed IDs fail with the prop name; tokens pass', () => {
    const { stack } = tfStack();
    expect(() => new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-1', securityGroupId: 'sg_bad', networkAcl: { subnetIds: ['subnet-0123456789abcdef0', 'subnet'] } })).toThrow(
      /^3 problems:\n- TwilioVoiceEgress 'test\/voice': vpcId must be a VPC ID like 'vpc-0123456789abcdef0', got: 'vpc-1'\.\n- [^\n]*securityGroupId must be a security group ID[^\n]*'sg_bad'\.\n- [^\n]*networkAcl.subnetIds\[1\] must be a subnet ID/,
    );
    const vpcId = new TerraformVariable(stack, 'vpc', { type: 'string' }).stringValue;
    expect(() => new cdktf.TwilioVoiceEgress(stack, 'ok', { vpcId })).not.toThrow();
  });

  describe('quotas', () => {
    test('near a quota gives a warning carrying its ID', () => {
      const { stack } = tfStack();
      const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT], turnFallback: true, quotas: { securityGroupRulesPerDirection: 12 } });
      expect(warnings(voice)).toEqual([expect.stringMatching(/^\[twilio-voice-network:securityGroupRulesNearQuota\] The Twilio plan uses 11 of 12 security group egress rules/)]);
    });

    test('over a quota fails naming the choice to change', () => {
      const { stack } = tfStack();
      expect(() => new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC, turnFallback: true })).toThrow(
        /^TwilioVoiceEgress 'test\/voice': The plan needs 89 security group egress rules, over the quota of 60 \(quotas.securityGroupRulesPerDirection\)\. Fix: turnFallback/,
      );
    });
  });

  test('a representative full configuration is pinned', () => {
    const { stack } = tfStack();
    new cdktf.TwilioVoiceEgress(stack, 'voice', {
      vpcId: VPC,
      edges: [TwilioEdge.nearestTo('eu-central-1')],
      sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
      turnFallback: true,
      networkAcl: { subnetIds: ['subnet-0123456789abcdef0'] },
      dnsFirewall: { blockOtherDomains: true },
    });
    expect(synthJson(stack)).toMatchSnapshot();
  });
});
