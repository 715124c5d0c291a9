import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

/** A stack whose synthesis validates every resource against the CloudFormation registry schemas. */
export function testStack(): { app: App; stack: Stack; vpc: ec2.Vpc } {
  const app = new App({ context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
  const stack = new Stack(app, 'Test', { env: { account: '111111111111', region: 'eu-central-1' } });
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 1,
    subnetConfiguration: [
      { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
      { name: 'Clients', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      { name: 'Interconnect', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ],
    flowLogs: { All: {} },
  });
  return { app, stack, vpc };
}
