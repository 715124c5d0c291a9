// The Terraform side of props checking (CDKTF and CDK Terrain): IDs given as strings (or either framework's tokens),
// then the shared checks and the plan.
import { RouteTarget } from './render';
import { IsUnresolved, validateAwsId, validateAwsIdList } from '../common/construct-plan';
import { show } from '../util/text';

/** Problems with the props every CDKTF Twilio construct shares. */
export function commonProblems(isUnresolved: IsUnresolved, props: Record<string, any>): string[] {
  const problems: string[] = [];
  if (props.vpcId === undefined || props.vpcId === null) problems.push('vpcId is required: pass the ID of the VPC the Twilio clients run in.');
  else problems.push(...validateAwsId(props.vpcId, 'vpc', 'vpcId', isUnresolved));
  problems.push(...validateAwsId(props.securityGroupId, 'sg', 'securityGroupId', isUnresolved));
  const acl = props.networkAcl;
  if (acl !== null && typeof acl === 'object') problems.push(...validateAwsIdList(acl.subnetIds, 'subnet', 'networkAcl.subnetIds', isUnresolved, true));
  return problems;
}

/** True for an `InterconnectRouteTarget` of either framework, including one from another copy of this library. */
function isRouteTarget(target: unknown): target is RouteTarget {
  const t = target as Record<string, any>;
  return typeof target === 'object' && target !== null && ['transitGatewayId', 'gatewayId', 'natGatewayId'].includes(t._routeProperty)
    && ['tgw', 'vgw', 'nat'].includes(t._idPrefix) && Array.isArray(t.dependsOn);
}

/** Problems with Interconnect routing props. */
export function routingProblems(isUnresolved: IsUnresolved, routing: unknown): string[] {
  if (routing === undefined || routing === null) return [];
  if (typeof routing !== 'object' || Array.isArray(routing)) return [`routing must be an object with routeTableIds and target, got: ${show(routing)}.`];
  const r = routing as Record<string, any>;
  const problems: string[] = [];
  const target = r.target;
  if (!isRouteTarget(target)) {
    problems.push(`routing.target must be an InterconnectRouteTarget, e.g. InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0'), got: ${show(target)}.`);
  } else {
    problems.push(...validateAwsId(target.targetId, target._idPrefix, 'routing.target', isUnresolved));
    // rendered as `depends_on` addresses: anything without an `fqn` is invalid Terraform (or a TypeError in cdktf)
    target.dependsOn.forEach((d, i) => {
      if (typeof d !== 'object' || d === null || typeof (d as { fqn?: unknown }).fqn !== 'string') {
        problems.push(`routing.target.dependsOn[${i}] must be a Terraform resource or another ITerraformDependable (e.g. the gateway attachment), got: ${show(d)}.`);
      }
    });
  }
  problems.push(...validateAwsIdList(r.routeTableIds, 'rtb', 'routing.routeTableIds', isUnresolved, true));
  if (r.connection !== undefined && r.connection !== null) {
    problems.push(`routing.connection is now interconnectConnection, a prop of the construct (as in the plan), got: ${show(r.connection)}. Move it up one level.`);
  }
  return problems;
}
