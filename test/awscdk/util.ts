import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

/** Route tables of the imported VPC's Interconnect subnets (one per subnet), as CDKTF tests name them too. */
export const INTERCONNECT_ROUTE_TABLES = ['rtb-0123456789abcdef0', 'rtb-0fedcba9876543210'];

/**
 * An existing VPC with public, client and Interconnect subnets, imported by ID. Tests use it so that templates and
 * snapshots hold only this library's resources, not aws-cdk-lib's VPC (which changes with every aws-cdk-lib release).
 */
export function importedVpc(stack: Stack): ec2.IVpc {
  return ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0123456789abcdef0',
    availabilityZones: ['eu-central-1a', 'eu-central-1b'],
    publicSubnetIds: ['subnet-0a00000000000a001', 'subnet-0a00000000000a002'],
    publicSubnetNames: ['Public'],
    publicSubnetRouteTableIds: ['rtb-0a00000000000a001', 'rtb-0a00000000000a002'],
    privateSubnetIds: ['subnet-0b00000000000b001', 'subnet-0b00000000000b002'],
    privateSubnetNames: ['Clients'],
    privateSubnetRouteTableIds: ['rtb-0b00000000000b001', 'rtb-0b00000000000b002'],
    isolatedSubnetIds: ['subnet-0c00000000000c001', 'subnet-0c00000000000c002'],
    isolatedSubnetNames: ['Interconnect'],
    isolatedSubnetRouteTableIds: INTERCONNECT_ROUTE_TABLES,
  });
}

/** Whether tests that ask for CloudFormation schema validation get it: in the integration task (see testStack). */
export const SCHEMA_VALIDATION = process.env.CFN_SCHEMA_VALIDATION === 'on';

/**
 * A stack with an imported VPC. With `schemaValidation`, synthesis validates every resource against the CloudFormation
 * registry schemas (aws-cdk-lib's built-in validator, on by default in apps) in the integration task
 * (CFN_SCHEMA_VALIDATION=on, which also re-runs the files that ask for it: the cross-renderer configurations and the
 * hostile-input suite). Its start-up costs five seconds or more per test file, a tenth of the unit suite's minute, so
 * `npm test` leaves it off; the integration task also lints every configuration with cfn-lint.
 */
export function testStack(options: { schemaValidation?: boolean } = {}): { app: App; stack: Stack; vpc: ec2.IVpc } {
  const validate = (options.schemaValidation ?? false) && SCHEMA_VALIDATION;
  const app = new App({ builtinCloudFormationValidation: validate, context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
  const stack = new Stack(app, 'Test', { env: { account: '111111111111', region: 'eu-central-1' } });
  return { app, stack, vpc: importedVpc(stack) };
}
