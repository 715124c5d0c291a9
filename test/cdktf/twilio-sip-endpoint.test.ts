import { resources, synthJson, tfStack, VPC } from './util';
import { cdktf, SipTransport, TwilioEdge } from '../../src';

const MEDIA_PORTS = { fromPort: 16384, toPort: 32768 };

describe('TwilioSipEndpoint (CDKTF)', () => {
  test('ingress and egress rule resources from and to Twilio\'s published sources only', () => {
    const { stack } = tfStack();
    const sip = new cdktf.TwilioSipEndpoint(stack, 'sbc', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT], mediaPorts: MEDIA_PORTS, transports: [SipTransport.UDP] });
    const json = synthJson(stack);
    const ingress = resources(json, 'aws_vpc_security_group_ingress_rule');
    const egress = resources(json, 'aws_vpc_security_group_egress_rule');
    expect(ingress).toHaveLength(9);
    expect(egress).toHaveLength(9);
    expect(ingress).toContainEqual(expect.objectContaining({ ip_protocol: 'udp', cidr_ipv4: '168.86.128.0/18', from_port: 16384, to_port: 32768 }));
    expect(ingress).toContainEqual(expect.objectContaining({ ip_protocol: 'udp', cidr_ipv4: '35.156.191.128/30', from_port: 5060, to_port: 5060 }));
    for (const r of [...ingress, ...egress]) expect(r.cidr_ipv4).not.toBe('0.0.0.0/0');
    expect(resources(json, 'aws_security_group')[0].description).toMatch(/^Twilio SIP endpoint/);
    expect(sip.plan.quotas.securityGroupIngress.used).toBe(9);
  });

  test('a representative configuration (Interconnect edge, network ACL, DNS Firewall) is pinned', () => {
    const { stack } = tfStack();
    new cdktf.TwilioSipEndpoint(stack, 'sbc', {
      vpcId: VPC,
      edges: [TwilioEdge.LONDON_IX],
      mediaPorts: MEDIA_PORTS,
      transports: [SipTransport.TLS],
      networkAcl: { subnetIds: ['subnet-0123456789abcdef0'] },
      dnsFirewall: { blockOtherDomains: true },
    });
    const json = synthJson(stack);
    expect(resources(json, 'aws_route53_resolver_firewall_domain_list')[0].domains).toEqual(['*.pstn.london-ix.twilio.com']);
    expect(json).toMatchSnapshot();
  });

  test('sipDomains: the DNS Firewall also allows the SIP Domain names; the error for it names the construct\'s prop', () => {
    const { stack } = tfStack();
    new cdktf.TwilioSipEndpoint(stack, 'sbc', { vpcId: VPC, edges: [TwilioEdge.SYDNEY], mediaPorts: MEDIA_PORTS, sipDomains: true, dnsFirewall: {} });
    expect(resources(synthJson(stack), 'aws_route53_resolver_firewall_domain_list')[0].domains).toEqual(['*.pstn.sydney.twilio.com', '*.sip.sydney.twilio.com']);
    expect(() => new cdktf.TwilioSipEndpoint(tfStack().stack, 'sbc', { vpcId: VPC, edges: [TwilioEdge.SYDNEY], mediaPorts: MEDIA_PORTS, sipDomains: true, termination: false }))
      .toThrow(/'test\/sbc': sipDomains needs termination: sending to a SIP Domain/);
  });

  test('bad props name each, in the construct\'s own words', () => {
    const { stack } = tfStack();
    expect(() => new cdktf.TwilioSipEndpoint(stack, 'sbc', { vpcId: 'vpc-1', edges: [], mediaPorts: undefined as any })).toThrow(
      /^3 problems:\n- TwilioSipEndpoint 'test\/sbc': vpcId must be a VPC ID[^\n]*\n- [^\n]*edges must list at least one Twilio edge[^\n]*\n- [^\n]*mediaPorts is required/,
    );
  });
});
