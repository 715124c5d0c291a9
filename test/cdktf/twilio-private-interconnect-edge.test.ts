import { TerraformVariable } from 'cdktf';
import { resources, synthJson, tfStack, VPC } from './util';
import { cdktf, TwilioEdge } from '../../src';

describe('TwilioPrivateInterconnectEdge (CDKTF)', () => {
  test('exact CIDRs only: signalling on TCP 443, media on UDP 10000-60000, nothing to 0.0.0.0/0', () => {
    const { stack } = tfStack();
    new cdktf.TwilioPrivateInterconnectEdge(stack, 'london', { vpcId: VPC, edge: TwilioEdge.LONDON_IX });
    const rules = resources(synthJson(stack), 'aws_vpc_security_group_egress_rule').map((r) => `${r.ip_protocol} ${r.from_port}-${r.to_port} ${r.cidr_ipv4}`);
    expect(rules).toEqual(['tcp 443-443 185.187.132.0/25', 'tcp 443-443 185.187.133.0/24', 'udp 10000-60000 168.86.128.0/18']);
  });

  test('Insights over the public internet is opt-in', () => {
    const { stack } = tfStack();
    new cdktf.TwilioPrivateInterconnectEdge(stack, 'ashburn', { vpcId: VPC, edge: TwilioEdge.ASHBURN_IX, insights: true });
    expect(resources(synthJson(stack), 'aws_vpc_security_group_egress_rule')).toContainEqual(expect.objectContaining({ cidr_ipv4: '0.0.0.0/0', from_port: 443 }));
  });

  test('a public edge is an error pointing to TwilioVoiceEgress', () => {
    const { stack } = tfStack();
    expect(() => new cdktf.TwilioPrivateInterconnectEdge(stack, 'edge', { vpcId: VPC, edge: TwilioEdge.TOKYO })).toThrow(
      "TwilioPrivateInterconnectEdge 'test/edge': edge must be a Private Interconnect edge, got: 'tokyo'. Use TwilioVoiceEgress for public edges and GLL.",
    );
  });

  test('routes: one per route table and prefix, named by table and CIDR', () => {
    const { stack } = tfStack();
    const edge = new cdktf.TwilioPrivateInterconnectEdge(stack, 'sj', {
      vpcId: VPC,
      edge: TwilioEdge.SAN_JOSE_IX,
      routing: { routeTableIds: ['rtb-0123456789abcdef0', 'rtb-0fedcba9876543210'], target: cdktf.InterconnectRouteTarget.virtualPrivateGateway('vgw-0123456789abcdef0') },
    });
    const json = synthJson(stack);
    const routes = resources(json, 'aws_route');
    expect(routes).toHaveLength(4);
    expect(routes).toContainEqual({ route_table_id: 'rtb-0fedcba9876543210', destination_cidr_block: '67.213.136.0/25', gateway_id: 'vgw-0123456789abcdef0' });
    expect(Object.keys(json.resource.aws_route).some((k) => k.includes('rtb-0123456789abcdef0'))).toBe(true);
    expect(edge.routes).toHaveLength(4);
  });

  test('bad gateway and route table IDs fail; tokens pass', () => {
    const { stack } = tfStack();
    expect(() => new cdktf.TwilioPrivateInterconnectEdge(stack, 'bad', {
      vpcId: VPC, edge: TwilioEdge.TOKYO_IX, routing: { routeTableIds: ['rt-1'], target: cdktf.InterconnectRouteTarget.transitGateway('tgw-xyz') },
    })).toThrow(/routing.target must be a transit gateway ID like 'tgw-0123456789abcdef0', got: 'tgw-xyz'\.[\s\S]*routing.routeTableIds\[0\] must be a route table ID/);
    const tgw = new TerraformVariable(stack, 'tgw', { type: 'string' }).stringValue;
    new cdktf.TwilioPrivateInterconnectEdge(stack, 'ok', {
      vpcId: VPC, edge: TwilioEdge.TOKYO_IX, routing: { routeTableIds: ['rtb-0123456789abcdef0'], target: cdktf.InterconnectRouteTarget.transitGateway(tgw) },
    });
    expect(resources(synthJson(stack), 'aws_route')[0].transit_gateway_id).toBe('${var.tgw}');
  });

  test('a representative configuration is pinned', () => {
    const { stack } = tfStack();
    new cdktf.TwilioPrivateInterconnectEdge(stack, 'sp', {
      vpcId: VPC,
      edge: TwilioEdge.SAO_PAULO_IX,
      networkAcl: { subnetIds: ['subnet-0123456789abcdef0'] },
      dnsFirewall: {},
      routing: { routeTableIds: ['rtb-0123456789abcdef0'], target: cdktf.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
    });
    expect(synthJson(stack)).toMatchSnapshot();
  });
});
