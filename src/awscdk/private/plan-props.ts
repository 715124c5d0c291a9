// The AWS CDK side of props checking: what only aws-cdk-lib objects can tell, then the shared checks and the plan.
import { connectionProblems, validateAwsId } from '../../common/construct-plan';
import { show } from '../../util/text';
import { InterconnectRouteTarget } from '../options';
import { isUnresolved } from './render';

/** Problems with the props every AWS CDK Twilio construct shares. */
export function commonProblems(props: Record<string, any>): string[] {
  const problems: string[] = [];
  const vpc = props.vpc;
  if (vpc === undefined || vpc === null) problems.push('vpc is required: pass the ec2.IVpc the Twilio clients run in.');
  else if (typeof vpc !== 'object' || typeof vpc.vpcId !== 'string') problems.push(`vpc must be an ec2.IVpc (ec2.Vpc or ec2.Vpc.fromLookup()), got: ${show(vpc)}.`);
  const sg = props.securityGroup;
  if (sg !== undefined && sg !== null && (typeof sg !== 'object' || typeof sg.securityGroupId !== 'string')) {
    problems.push(`securityGroup must be an ec2.ISecurityGroup (e.g. ec2.SecurityGroup.fromSecurityGroupId()), got: ${show(sg)}.`);
  }
  const acl = props.networkAcl;
  if (acl && typeof acl === 'object' && (acl.subnets === undefined || acl.subnets === null || typeof acl.subnets !== 'object')) {
    problems.push(`networkAcl.subnets must be an ec2.SubnetSelection such as { subnetGroupName: 'Clients' }, got: ${show(acl.subnets)}.`);
  }
  const dns = props.dnsFirewall;
  if (dns && typeof dns === 'object' && dns.name !== undefined && dns.name !== null && typeof dns.name !== 'string') {
    problems.push(`dnsFirewall.name must be a string, got: ${show(dns.name)}.`);
  }
  return problems;
}

/** Problems with Interconnect routing props. */
export function routingProblems(routing: unknown): string[] {
  if (routing === undefined || routing === null) return [];
  if (typeof routing !== 'object') return [`routing must be an object with subnets and target, got: ${show(routing)}.`];
  const r = routing as Record<string, any>;
  const problems: string[] = [];
  if (!r.subnets || typeof r.subnets !== 'object') problems.push(`routing.subnets must be an ec2.SubnetSelection, got: ${show(r.subnets)}.`);
  const target = r.target;
  if (!(target instanceof InterconnectRouteTarget) && !(target && typeof target === 'object' && typeof target._routeProperty === 'string')) {
    problems.push(`routing.target must be an InterconnectRouteTarget, e.g. InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0'), got: ${show(target)}.`);
  } else {
    problems.push(...validateAwsId(target.targetId, target._idPrefix, 'routing.target', isUnresolved));
  }
  problems.push(...connectionProblems(r.connection, 'routing.connection'));
  return problems;
}
