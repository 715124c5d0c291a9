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

  test('a representative configuration (Interconnect edge, its gateways only, routes, network ACL, DNS Firewall) is pinned', () => {
    const { stack } = tfStack();
    const sip = new cdktf.TwilioSipEndpoint(stack, 'sbc', {
      vpcId: VPC,
      edges: [TwilioEdge.LONDON_IX],
      mediaPorts: MEDIA_PORTS,
      transports: [SipTransport.TLS],
      allInterconnectGateways: false,
      networkAcl: { subnetIds: ['subnet-0123456789abcdef0'] },
      dnsFirewall: { blockOtherDomains: true },
      routing: { routeTableIds: ['rtb-0123456789abcdef0'], target: cdktf.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
    });
    const json = synthJson(stack);
    expect(resources(json, 'aws_route53_resolver_firewall_domain_list')[0].domains)
      .toEqual(['*.pstn.ie1-ix.twilio.com', '*.pstn.london-ix.twilio.com', '*.pstn.twilio.com']);
    // routes to the edge's prefixes: its gateways (in 185.187.132.0/25) and media
    expect(resources(json, 'aws_route').map((r) => r.destination_cidr_block).sort()).toEqual(['168.86.128.0/18', '185.187.132.0/25', '185.187.133.0/24']);
    expect(sip.routes).toHaveLength(3);
    expect(json).toMatchSnapshot();
  });

  test('with an Interconnect edge every exchange\'s SIP gateways are allowed by default', () => {
    const { stack } = tfStack();
    new cdktf.TwilioSipEndpoint(stack, 'sbc', { vpcId: VPC, edges: [TwilioEdge.LONDON_IX], mediaPorts: MEDIA_PORTS, transports: [SipTransport.TLS] });
    const ingress = resources(synthJson(stack), 'aws_vpc_security_group_ingress_rule').map((r) => r.cidr_ipv4);
    for (const gateway of ['208.78.112.64/31', '67.213.136.66/32', '185.187.132.68/31', '159.183.255.70/32']) expect(ingress).toContain(gateway);
  });

  test('sipDomains: the DNS Firewall also allows the SIP Domain names; the error for it names the construct\'s prop', () => {
    const { stack } = tfStack();
    new cdktf.TwilioSipEndpoint(stack, 'sbc', { vpcId: VPC, edges: [TwilioEdge.SYDNEY], mediaPorts: MEDIA_PORTS, sipDomains: true, dnsFirewall: {} });
    expect(resources(synthJson(stack), 'aws_route53_resolver_firewall_domain_list')[0].domains).toEqual(['*.pstn.au1.twilio.com', '*.pstn.sydney.twilio.com', '*.pstn.twilio.com', '*.sip.au1.twilio.com', '*.sip.sydney.twilio.com', '*.sip.twilio.com']);
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
