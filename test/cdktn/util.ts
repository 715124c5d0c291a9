import { AwsProvider } from '@cdktn/provider-aws/lib/provider';
import { App, TerraformStack, Testing } from 'cdktn';

/** A CDK Terrain stack with the AWS provider, for constructs under test. */
export function tnStack(): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new AwsProvider(stack, 'aws', { region: 'eu-central-1' });
  return { app, stack };
}

/** Synthesizes the stack to Terraform JSON, as an object. */
export function synthTnJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}
