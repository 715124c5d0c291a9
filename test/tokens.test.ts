// Deploy-time values (tokens) are accepted wherever an ID, a list of IDs or a number may be one, detected with each
// framework's own Token API; list tokens render with Terraform iteration, never by indexing.
import { CfnParameter, Fn, Token } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { TerraformVariable, Token as TfToken } from 'cdktf';
import { Token as TnToken } from 'cdktn';
import { awscdk, cdktf, TwilioEdge, TwilioNetworkPlan } from '../src';
import { testStack } from './awscdk/util';
import { resources, synthJson, tfStack } from './cdktf/util';
import { isEncodedToken } from '../src/util/tokens';

describe('CDKTF tokens', () => {
  const vars = () => {
    const { stack } = tfStack();
    const v = (name: string, type: string) => new TerraformVariable(stack, name, { type });
    return { stack, v };
  };

  test('string tokens: vpcId, securityGroupId, route target and an existing ACL ID', () => {
    const { stack, v } = vars();
    const edge = new cdktf.TwilioPrivateInterconnectEdge(stack, 'ix', {
      vpcId: v('vpc', 'string').stringValue,
      securityGroupId: v('sg', 'string').stringValue,
      edge: TwilioEdge.LONDON_IX,
      routing: { routeTableIds: ['rtb-0123456789abcdef0'], target: cdktf.InterconnectRouteTarget.transitGateway(v('tgw', 'string').stringValue) },
    });
    edge.addNetworkAclEntries(v('acl', 'string').stringValue);
    const json = synthJson(stack);
    expect(resources(json, 'aws_vpc_security_group_egress_rule').every((r) => r.security_group_id === '${var.sg}')).toBe(true);
    expect(resources(json, 'aws_route').every((r) => r.transit_gateway_id === '${var.tgw}')).toBe(true);
    expect(resources(json, 'aws_network_acl_rule').every((r) => r.network_acl_id === '${var.acl}')).toBe(true);
  });

  test('a list token of subnets goes to the network ACL as a whole list', () => {
    const { stack, v } = vars();
    new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', networkAcl: { subnetIds: v('subnets', 'list(string)').listValue } });
    expect(resources(synthJson(stack), 'aws_network_acl')[0].subnet_ids).toBe('${var.subnets}');
  });

  test('a list token of route tables renders one for_each route per prefix, iterating the list', () => {
    const { stack, v } = vars();
    const edge = new cdktf.TwilioPrivateInterconnectEdge(stack, 'ix', {
      vpcId: 'vpc-0123456789abcdef0',
      edge: TwilioEdge.LONDON_IX,
      routing: { routeTableIds: v('tables', 'list(string)').listValue, target: cdktf.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
    });
    const routes = resources(synthJson(stack), 'aws_route');
    expect(routes).toHaveLength(edge.plan.routes.length);
    for (const r of routes) {
      expect(r.for_each).toBe('${toset(var.tables)}');
      expect(r.route_table_id).toBe('${each.value}');
    }
    expect(routes.map((r) => r.destination_cidr_block).sort()).toEqual(edge.plan.routes.map((r) => r.cidr).sort());
  });

  test('a number token as the DNS Firewall priority', () => {
    const { stack, v } = vars();
    new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', dnsFirewall: { priority: v('priority', 'number').numberValue } });
    expect(resources(synthJson(stack), 'aws_route53_resolver_firewall_rule_group_association')[0].priority).toBe('${var.priority}');
  });

  test('a token as the first rule number is refused: rule numbers are computed from it', () => {
    const { stack, v } = vars();
    expect(() => new cdktf.TwilioVoiceEgress(stack, 'voice', {
      vpcId: 'vpc-0123456789abcdef0', networkAcl: { subnetIds: ['subnet-0123456789abcdef0'], firstRuleNumber: v('n', 'number').numberValue },
    })).toThrow("TwilioVoiceEgress 'test/voice': networkAcl.firstRuleNumber must be a literal number, got an unresolved token.");
  });

  test('literal lists are still checked element by element', () => {
    const { stack } = vars();
    expect(() => new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', networkAcl: { subnetIds: ['subnet-0123456789abcdef0', 'sub-1'] } }))
      .toThrow("networkAcl.subnetIds[1] must be a subnet ID like 'subnet-0123456789abcdef0', got: 'sub-1'.");
  });
});

describe('AWS CDK tokens', () => {
  test('Fn.importValue and SSM parameters as VPC, security group, gateway and ACL IDs', () => {
    const { stack } = testStack();
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Imported', {
      vpcId: Fn.importValue('VpcId'),
      availabilityZones: ['eu-central-1a'],
      isolatedSubnetIds: [Fn.importValue('SubnetId')],
      isolatedSubnetRouteTableIds: [Fn.importValue('RouteTableId')],
    });
    const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', ssm.StringParameter.valueForStringParameter(stack, '/net/sg'), { allowAllOutbound: false });
    const edge = new awscdk.TwilioPrivateInterconnectEdge(stack, 'Ix', {
      vpc,
      securityGroup,
      edge: TwilioEdge.TOKYO_IX,
      dnsFirewall: { priority: new CfnParameter(stack, 'Priority', { type: 'Number' }).valueAsNumber },
      routing: { subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, target: awscdk.InterconnectRouteTarget.transitGateway(Fn.importValue('TgwId')) },
    });
    edge.addNetworkAclEntries(ec2.NetworkAcl.fromNetworkAclId(stack, 'Acl', Token.asString(Fn.importValue('AclId'))));
    const t = Template.fromStack(stack);
    t.allResourcesProperties('AWS::EC2::Route', { TransitGatewayId: { 'Fn::ImportValue': 'TgwId' }, RouteTableId: { 'Fn::ImportValue': 'RouteTableId' } });
    t.allResourcesProperties('AWS::EC2::SecurityGroupEgress', { GroupId: { Ref: Match.stringLikeRegexp('^SsmParameterValue') } });
    t.allResourcesProperties('AWS::EC2::NetworkAclEntry', { NetworkAclId: { 'Fn::ImportValue': 'AclId' } });
    t.hasResourceProperties('AWS::Route53Resolver::FirewallRuleGroupAssociation', { VpcId: { 'Fn::ImportValue': 'VpcId' }, Priority: { Ref: 'Priority' } });
  });

  test('a malformed literal gateway ID is refused, naming the prop', () => {
    const { stack, vpc } = testStack();
    expect(() => new awscdk.TwilioPrivateInterconnectEdge(stack, 'Ix', {
      vpc, edge: TwilioEdge.TOKYO_IX, routing: { subnets: {}, target: awscdk.InterconnectRouteTarget.virtualPrivateGateway('tgw-0123456789abcdef0') },
    })).toThrow("TwilioPrivateInterconnectEdge 'Test/Ix': routing.target must be a virtual private gateway ID like 'vgw-0123456789abcdef0', got: 'tgw-0123456789abcdef0'.");
  });
});

describe('framework-free token recognition', () => {
  test('number tokens of both frameworks are recognised; huge ordinary numbers are numbers', () => {
    expect(isEncodedToken(Token.asNumber(Fn.importValue('Priority')))).toBe(true);
    expect(isEncodedToken(TfToken.asNumber('${var.priority}'))).toBe(true);
    expect(isEncodedToken(TnToken.asNumber('${var.priority}'))).toBe(true);
    for (const n of [Number.MAX_VALUE, 1e300, -1e10, 0, NaN, -Infinity]) expect(isEncodedToken(n)).toBe(false);
    // a huge negative ordinary number too (the hostile suite's integration run found -Number.MAX_VALUE taken for a token)
    for (const n of [-Number.MAX_VALUE, -1e300, -1e285, -1.8e289]) expect(isEncodedToken(n)).toBe(false);
  });

  test('a huge number is validated as the number it is (it was taken for a token and passed unchecked)', () => {
    for (const priority of [Number.MAX_VALUE, -Number.MAX_VALUE]) {
      expect(() => TwilioNetworkPlan.compute({ dnsFirewall: { priority } })).toThrow(/dnsFirewall\.priority/);
    }
  });
});
