import { Construct } from 'constructs';
import { ITwilioNetwork } from './options';
import { CDKTF } from './private/framework';
import { TerraformCanaryBase } from '../terraform/canary';
import { CanaryPropsBase } from '../terraform/props';

/**
 * Props of the CDKTF `TwilioConnectivityCanary`.
 */
export interface TwilioConnectivityCanaryProps extends CanaryPropsBase {
  /**
   * The Twilio construct whose rules the canary proves: the function runs in its security group and checks its plan.
   * @default - none: give `securityGroupId` and `plan`
   */
  readonly target?: ITwilioNetwork;
}

/**
 * Proves the Twilio rules from inside the VPC, for Terraform CDK: a Lambda function in the clients' security group
 * runs the plan's checks on a schedule (DNS answers, TLS handshakes with signalling and other Twilio services, STUN
 * and TURN), publishes CloudWatch metrics per check kind and edge, and raises an alarm when a check fails.
 *
 * Creates `aws_lambda_function` (code: this package's probe runtime, archived as it is), its `aws_iam_role` with the
 * basic and VPC access execution policies, `aws_cloudwatch_log_group`, an `aws_cloudwatch_event_rule` with its
 * target and `aws_lambda_permission`, and an `aws_cloudwatch_metric_alarm` on the `Failures` metric (>= 1).
 *
 * @example
 * const voice = new cdktf.TwilioVoiceEgress(this, 'voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.FRANKFURT] });
 * new cdktf.TwilioConnectivityCanary(this, 'canary', {
 *   vpcId: 'vpc-0123456789abcdef0',
 *   subnetIds: ['subnet-0123456789abcdef0'],
 *   target: voice,
 *   alarmActions: ['arn:aws:sns:eu-central-1:111111111111:voice-alerts'],
 * });
 */
export class TwilioConnectivityCanary extends TerraformCanaryBase {
  /**
   * Checks the props and creates the function, its role, schedule, log group and alarm; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the TwilioConnectivityCanary's props
   */
  constructor(scope: Construct, id: string, props: TwilioConnectivityCanaryProps) {
    super(scope, id, props, CDKTF);
  }
}
