// The AWS CDK side of props checking: what only aws-cdk-lib objects can tell, then the shared checks and the plan.
import { Errors, Lazy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { validateAwsId } from '../../common/construct-plan';
import { show } from '../../util/text';
import { InterconnectRouteTarget } from '../options';
import { isUnresolved } from './render';

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

/** What the constructs call on a VPC: an object without them (e.g. `{ vpcId }`) fails deep inside aws-cdk-lib. */
function isVpc(vpc: unknown): vpc is ec2.IVpc {
  return isObject(vpc) && isString(vpc.vpcId) && typeof vpc.selectSubnets === 'function';
}

/**
 * True while a `Vpc.fromLookup()` waits for its context: aws-cdk-lib then hands out a placeholder VPC (`vpc-12345`, with
 * placeholder subnets and route tables) and records the missing context; the CDK CLI looks the VPC up and synthesizes
 * again. Its IDs are not checked then, so that the first pass synthesizes and the lookup can run.
 */
export function isPendingLookup(vpc: ec2.IVpc): boolean {
  try {
    return vpc.selectSubnets().isPendingLookup === true;
  } catch {
    return false; // a VPC without subnets to select is not a pending lookup
  }
}

/** What the constructs use of a security group: its ID and its connections (the construct's `IConnectable`). */
function isSecurityGroup(sg: unknown): sg is ec2.ISecurityGroup {
  return isObject(sg) && isString(sg.securityGroupId) && isObject(sg.connections);
}

/** What aws-cdk-lib uses of a subnet given in a selection: its ID, its construct node and its ACL association. */
function isSubnet(s: unknown): s is ec2.ISubnet {
  return isObject(s) && isString(s.subnetId) && typeof s.associateNetworkAcl === 'function' && isObject(s.node) && isString(s.node.id);
}

/** constructs' `Dependable.of()` looks the trait up under this global symbol; anything without it throws there. */
const DEPENDABLE_TRAIT = Symbol.for('@aws-cdk/core.DependableTrait');

const SUBNET_TYPES: readonly unknown[] = Object.values(ec2.SubnetType);

/**
 * Problems with the fields of an `ec2.SubnetSelection`, which aws-cdk-lib reads assuming their types (a string
 * `subnetType` or a number in `subnets` there is a TypeError, a null counts as given).
 */
function subnetSelectionShapeProblems(selection: Record<string, unknown>, option: string): string[] {
  const problems: string[] = [];
  const field = (key: string, ok: (v: unknown) => boolean, what: string) => {
    const v = selection[key];
    if (v === undefined) return;
    if (v === null) problems.push(`${option}.${key} must be ${what} or left out, got: null. aws-cdk-lib counts a null as given: leave the key out.`);
    else if (!ok(v)) problems.push(`${option}.${key} must be ${what}, got: ${show(v)}.`);
  };
  field('subnetType', (v) => SUBNET_TYPES.includes(v), 'an ec2.SubnetType such as ec2.SubnetType.PRIVATE_WITH_EGRESS');
  field('subnetGroupName', isString, 'the name of a subnet group of the VPC, such as \'Clients\'');
  field('subnetName', isString, 'the name of a subnet group of the VPC');
  field('availabilityZones', (v) => Array.isArray(v) && v.every(isString), 'a list of availability zone names');
  field('onePerAz', (v) => typeof v === 'boolean', 'true or false');
  field('subnetFilters', (v) => Array.isArray(v) && v.every((f) => isObject(f) && typeof f.selectSubnets === 'function'),
    'a list of ec2.SubnetFilter such as ec2.SubnetFilter.byIds([...])');
  field('subnets', (v) => Array.isArray(v) && v.every(isSubnet), 'a list of ec2.ISubnet such as ec2.Subnet.fromSubnetAttributes()');
  return problems;
}

/**
 * Problems with a subnet selection: its shape, then (for a usable VPC) what aws-cdk-lib says of selecting it, and
 * the IDs of the subnets it selects. `routeTables` also requires each selected subnet's route table ID.
 */
function subnetSelectionProblems(vpc: unknown, selection: Record<string, unknown>, option: string, routeTables: boolean): string[] {
  const shape = subnetSelectionShapeProblems(selection, option);
  if (shape.length > 0 || !isVpc(vpc) || isPendingLookup(vpc)) return shape;
  let subnets: ec2.ISubnet[];
  try {
    subnets = vpc.selectSubnets(selection as ec2.SubnetSelection).subnets;
  } catch (e) {
    // aws-cdk-lib's own validation errors (an unknown group name, conflicting fields) become ours; anything else is a bug
    if (!Errors.isValidationError(e)) throw e;
    return [`${option} must select subnets of the VPC, got: ${show(selection)}. ${e.message.replace(/\.?$/, '.')}`];
  }
  const problems: string[] = [];
  for (const s of subnets) {
    if (!isUnresolved(s.subnetId) && !/^subnet-[0-9a-f]{8,17}$/.test(s.subnetId)) {
      problems.push(`${option} must select subnets with subnet IDs like 'subnet-0123456789abcdef0', got: ${show(s.subnetId)}. Fix the ID where the subnet is imported.`);
    }
    if (!routeTables) continue;
    const table: unknown = isObject(s.routeTable) ? s.routeTable.routeTableId : undefined;
    if (!isString(table)) {
      problems.push(`${option} must select subnets whose route table is known, got: subnet ${show(s.subnetId)} without one. `
        + 'Import it with ec2.Subnet.fromSubnetAttributes({ subnetId, routeTableId }).');
    } else if (!isUnresolved(table) && !/^rtb-[0-9a-f]{8,17}$/.test(table)) {
      problems.push(`${option} must select subnets with route table IDs like 'rtb-0123456789abcdef0', got: ${show(table)} (subnet ${show(s.subnetId)}).`);
    }
  }
  return problems;
}

/**
 * Problems with the props every AWS CDK Twilio construct shares. The Interconnect construct's `routing.subnets` is
 * checked here too, since checking a selection needs the VPC.
 */
export function commonProblems(props: Record<string, any>): string[] {
  const problems: string[] = [];
  const vpc = props.vpc;
  if (vpc === undefined || vpc === null) problems.push('vpc is required: pass the ec2.IVpc the Twilio clients run in.');
  else if (!isVpc(vpc)) problems.push(`vpc must be an ec2.IVpc (ec2.Vpc or ec2.Vpc.fromLookup()), got: ${show(vpc)}.`);
  else if (!isPendingLookup(vpc)) problems.push(...validateAwsId(vpc.vpcId, 'vpc', 'vpc.vpcId', isUnresolved));
  const sg = props.securityGroup;
  if (sg !== undefined && sg !== null) {
    if (!isSecurityGroup(sg)) problems.push(`securityGroup must be an ec2.ISecurityGroup (e.g. ec2.SecurityGroup.fromSecurityGroupId()), got: ${show(sg)}.`);
    else problems.push(...validateAwsId(sg.securityGroupId, 'sg', 'securityGroup.securityGroupId', isUnresolved));
  }
  const acl = props.networkAcl;
  if (acl && typeof acl === 'object') {
    if (acl.subnets === undefined || acl.subnets === null || typeof acl.subnets !== 'object' || Array.isArray(acl.subnets)) {
      problems.push(`networkAcl.subnets must be an ec2.SubnetSelection such as { subnetGroupName: 'Clients' }, got: ${show(acl.subnets)}.`);
    } else {
      problems.push(...subnetSelectionProblems(vpc, acl.subnets, 'networkAcl.subnets', false));
    }
  }
  const routing = props.routing;
  if (isObject(routing) && isObject(routing.subnets) && !Array.isArray(routing.subnets)) {
    problems.push(...subnetSelectionProblems(vpc, routing.subnets, 'routing.subnets', true));
  }
  return problems;
}

/** True for an `InterconnectRouteTarget`, including one from another copy of this library. */
function isRouteTarget(target: unknown): target is InterconnectRouteTarget {
  if (target instanceof InterconnectRouteTarget) return true;
  return isObject(target) && ['transitGatewayId', 'gatewayId', 'natGatewayId'].includes(target._routeProperty) && ['tgw', 'vgw', 'nat'].includes(target._idPrefix)
    && Array.isArray(target.dependsOn);
}

/** Problems with Interconnect routing props. */
export function routingProblems(routing: unknown): string[] {
  if (routing === undefined || routing === null) return [];
  if (typeof routing !== 'object' || Array.isArray(routing)) return [`routing must be an object with subnets and target, got: ${show(routing)}.`];
  const r = routing as Record<string, any>;
  const problems: string[] = [];
  if (!r.subnets || typeof r.subnets !== 'object' || Array.isArray(r.subnets)) problems.push(`routing.subnets must be an ec2.SubnetSelection, got: ${show(r.subnets)}.`);
  const target = r.target;
  if (!isRouteTarget(target)) {
    problems.push(`routing.target must be an InterconnectRouteTarget, e.g. InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0'), got: ${show(target)}.`);
  } else {
    problems.push(...validateAwsId(target.targetId, target._idPrefix, 'routing.target', isUnresolved));
    target.dependsOn.forEach((d, i) => {
      if (!isObject(d) || (d as any)[DEPENDABLE_TRAIT] === undefined) {
        problems.push(`routing.target.dependsOn[${i}] must be a construct or another IDependable (e.g. the gateway attachment), got: ${show(d)}.`);
      }
    });
  }
  if (r.connection !== undefined && r.connection !== null) {
    problems.push(`routing.connection is now interconnectConnection, a prop of the construct (as in the plan), got: ${show(r.connection)}. Move it up one level.`);
  }
  return problems;
}

/** The ID `ec2.PrefixList.fromLookup()` answers while its context is missing (aws-cdk-lib's placeholder). */
const LOOKUP_PLACEHOLDER_PREFIX_LIST_ID = 'pl-xxxxxxxx';

/**
 * The props with `ec2.PrefixList.fromLookup()`'s placeholder ID in `prefixLists` treated as the deploy-time value it
 * stands for (a token), not as a malformed ID: the CDK CLI looks the list up and synthesizes again.
 */
export function withLookupPlaceholders<T>(props: T): T {
  const lists = (props as { prefixLists?: unknown } | null | undefined)?.prefixLists;
  if (!Array.isArray(lists) || !lists.some((r) => r?.prefixListId === LOOKUP_PLACEHOLDER_PREFIX_LIST_ID)) return props;
  const pending = (r: any) => (r?.prefixListId === LOOKUP_PLACEHOLDER_PREFIX_LIST_ID
    ? { ...r, prefixListId: Lazy.string({ produce: () => LOOKUP_PLACEHOLDER_PREFIX_LIST_ID }) } : r);
  return { ...props, prefixLists: lists.map(pending) };
}
