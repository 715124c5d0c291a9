import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { AssetType, Fn, TerraformAsset } from 'cdktf';
import { Construct } from 'constructs';
import { ITwilioNetwork } from './options';
import { TwilioNetworkBase } from './private/network-base';
import { commonProblems } from './private/plan-props';
import { isUnresolved, makeCdktnCompatible } from './private/render';
import { childPath, propsObject, throwProblems, validateAwsIdList } from '../common/construct-plan';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import {
  CANARY_MEMORY_MB, canaryConfig, canaryDimensions, canaryFunctionTimeoutSeconds, canarySourceProblems, DEFAULT_METRIC_NAMESPACE,
  DEFAULT_SCHEDULE_MINUTES, DEFAULT_TIMEOUT_MS, FAILURES_METRIC, functionProblems, isPlan, namespaceProblems, PROBE_CONFIG_VARIABLE,
  rateExpression, rateMinutes, scheduleExpressionProblems, timeoutProblems,
} from '../probe/canary';
import { CANARY_HANDLER, canaryCodeDirectory } from '../probe/canary-code';
import { show } from '../util/text';

/** The Lambda runtime of the canary: a Node.js version Lambda supports, which the probe runtime's built-ins exist in. */
const NODE_RUNTIME = 'nodejs22.x';
/** Managed policies of the execution role: logs, and the network interfaces a function in a VPC needs. */
const MANAGED_POLICIES: Array<[string, string]> = [
  ['BasicExecution', 'AWSLambdaBasicExecutionRole'],
  ['VpcAccess', 'AWSLambdaVPCAccessExecutionRole'],
];
const LOG_RETENTION_DAYS = 30;

/**
 * Props of the CDKTF `TwilioConnectivityCanary`.
 */
export interface TwilioConnectivityCanaryProps {
  /** ID of the VPC the canary runs in (the clients' VPC), or a token; the `Vpc` dimension of the metrics. */
  readonly vpcId: string;
  /**
   * IDs of the subnets the function runs in (a list, or a list token). Choose the clients' subnets, so that it uses
   * their routes and network ACL.
   */
  readonly subnetIds: string[];
  /**
   * The Twilio construct whose rules the canary proves: the function runs in its security group and checks its plan.
   * @default - none: give `securityGroupId` and `plan`
   */
  readonly target?: ITwilioNetwork;
  /**
   * The plan whose flows the canary checks. Wins over the target's plan when both are given.
   * @default - the target's plan; one of `target` and `plan` is required
   */
  readonly plan?: TwilioNetworkPlan;
  /**
   * ID of the security group the function runs in, or a token. Wins over the target's group when both are given.
   * It must be the group whose rules are to be proved: a group allowing all egress would prove nothing.
   * @default - the target's security group; one of `target` and `securityGroupId` is required
   */
  readonly securityGroupId?: string;
  /**
   * How often the canary runs: an EventBridge rate expression of at most a day, e.g. `rate(1 hour)`. Also the
   * period of the failure alarm.
   * @default 'rate(15 minutes)'
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html#eb-rate-expressions
   */
  readonly schedule?: string;
  /**
   * The CloudWatch namespace of the canary's metrics.
   * @default 'TwilioVoiceNetwork/Canary'
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace
   */
  readonly metricNamespace?: string;
  /**
   * The limit of one check attempt, in ms (100-30000). Failed attempts are retried twice.
   * @default 3000
   */
  readonly timeoutMs?: number;
  /**
   * ARNs to notify when a run finds a failure, e.g. SNS topics.
   * @default - no actions: the alarm only changes state
   */
  readonly alarmActions?: string[];
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
export class TwilioConnectivityCanary extends Construct {
  /** Name of the function that runs the checks. */
  public readonly functionName: string;
  /** Name of the function's log group, which also carries the metrics (CloudWatch Embedded Metric Format). */
  public readonly logGroupName: string;
  /** Name of the alarm raised when a run has at least one failed check. */
  public readonly alarmName: string;
  /** The CloudWatch namespace of the metrics. */
  public readonly metricNamespace: string;
  /** The plan the canary checks. */
  public readonly plan: TwilioNetworkPlan;
  /** ID of the security group the function runs in. */
  public readonly securityGroupId: string;
  private readonly fn: LambdaFunction;
  private readonly metricAlarm: CloudwatchMetricAlarm;

  /**
   * Checks the props and creates the function, its role, schedule, log group and alarm; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the TwilioConnectivityCanary's props
   */
  constructor(scope: Construct, id: string, props: TwilioConnectivityCanaryProps) {
    const path = childPath(scope, id);
    const problems: string[] = [];
    const p = propsObject(props, problems);
    problems.push(...commonProblems({ vpcId: p.vpcId, securityGroupId: p.securityGroupId }), ...ownProblems(p));
    throwProblems('TwilioConnectivityCanary', path, problems);
    // Everything that can fail is settled before the construct joins the tree.
    const target = p.target as ITwilioNetwork | undefined;
    const plan = (p.plan ?? target!.plan) as TwilioNetworkPlan;
    const namespace: string = p.metricNamespace ?? DEFAULT_METRIC_NAMESPACE;
    const schedule: string = p.schedule ?? rateExpression(DEFAULT_SCHEDULE_MINUTES);
    const timeoutMs: number = p.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const dimensions = canaryDimensions(path, p.vpcId);
    const config = canaryConfig({ plan, namespace, timeoutMs, dimensions });
    const configJson = JSON.stringify(config);
    throwProblems('TwilioConnectivityCanary', path, functionProblems(config.targets, timeoutMs, configJson));
    const codeDirectory = canaryCodeDirectory();
    super(scope, id);

    this.plan = plan;
    this.securityGroupId = (p.securityGroupId ?? target!.securityGroupId) as string;
    this.metricNamespace = namespace;

    // Terraform needs names where CloudFormation generates them: one from the construct's address, unique per path.
    this.functionName = `${this.plan.resourceNamePrefix}-canary-${this.node.addr.slice(0, 8)}`;
    this.logGroupName = `/aws/lambda/${this.functionName}`;
    this.alarmName = `${this.functionName}-failures`;

    const partition = new DataAwsPartition(this, 'Partition');
    const role = new IamRole(this, 'Role', {
      namePrefix: `${this.plan.resourceNamePrefix}-canary-`,
      description: `Execution role of the Twilio connectivity canary ${this.functionName}`,
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: `lambda.${partition.dnsSuffix}` }, Action: 'sts:AssumeRole' }],
      }),
    });
    const attachments = MANAGED_POLICIES.map(([key, policy]) => new IamRolePolicyAttachment(this, `Role${key}`, {
      role: role.name,
      policyArn: `arn:${partition.partition}:iam::aws:policy/service-role/${policy}`,
    }));
    const logGroup = new CloudwatchLogGroup(this, 'LogGroup', { name: this.logGroupName, retentionInDays: LOG_RETENTION_DAYS });
    const code = new TerraformAsset(this, 'Code', { path: codeDirectory, type: AssetType.ARCHIVE });
    this.fn = new LambdaFunction(this, 'Function', {
      functionName: this.functionName,
      description: 'Twilio connectivity canary (twilio-voice-network): checks the Twilio flows of a plan from inside the VPC',
      role: role.arn,
      runtime: NODE_RUNTIME,
      handler: CANARY_HANDLER,
      filename: code.path,
      sourceCodeHash: Fn.filebase64sha256(code.path),
      memorySize: CANARY_MEMORY_MB,
      timeout: canaryFunctionTimeoutSeconds(config.targets.length, timeoutMs),
      vpcConfig: { subnetIds: p.subnetIds, securityGroupIds: [this.securityGroupId] },
      environment: { variables: { [PROBE_CONFIG_VARIABLE]: configJson } },
      loggingConfig: { logFormat: 'Text', logGroup: logGroup.name },
      // The network interfaces are created with the role's VPC access permissions: attach them first.
      dependsOn: attachments,
    });
    const rule = new CloudwatchEventRule(this, 'Schedule', {
      name: this.functionName,
      description: 'Runs the Twilio connectivity canary',
      scheduleExpression: schedule,
    });
    new CloudwatchEventTarget(this, 'ScheduleTarget', { rule: rule.name, arn: this.fn.arn, retryPolicy: { maximumRetryAttempts: 0 } });
    new LambdaPermission(this, 'SchedulePermission', {
      statementId: 'AllowEventBridgeSchedule',
      action: 'lambda:InvokeFunction',
      functionName: this.fn.functionName,
      principal: 'events.amazonaws.com',
      sourceArn: rule.arn,
    });
    this.metricAlarm = new CloudwatchMetricAlarm(this, 'FailuresAlarm', {
      alarmName: this.alarmName,
      alarmDescription: `A Twilio connectivity check failed in ${this.node.path}: read the FAIL lines in ${this.logGroupName}.`,
      namespace: this.metricNamespace,
      metricName: FAILURES_METRIC,
      dimensions,
      statistic: 'Maximum',
      period: rateMinutes(schedule)! * 60,
      evaluationPeriods: 1,
      threshold: 1,
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      // A period without a run (a late schedule) is not a failure.
      treatMissingData: 'notBreaching',
      alarmActions: p.alarmActions,
    });
    makeCdktnCompatible(this);
  }

  // Getters, not fields: every `.arn` of a cdktf resource is a new token that records a stack trace; only create
  // them when read.

  /** ARN of the function that runs the checks. */
  public get functionArn(): string {
    return this.fn.arn;
  }

  /** ARN of the alarm raised when a run has at least one failed check. */
  public get alarmArn(): string {
    return this.metricAlarm.arn;
  }
}

function ownProblems(p: Record<string, any>): string[] {
  const problems = canarySourceProblems(p, {
    submodule: 'cdktf',
    groupProp: 'securityGroupId',
    isTarget: (t) => t instanceof TwilioNetworkBase
      || (t !== null && typeof t === 'object' && isPlan((t as any).plan) && typeof (t as any).securityGroupId === 'string'),
  });
  problems.push(...validateAwsIdList(p.subnetIds, 'subnet', 'subnetIds', isUnresolved, true));
  problems.push(...scheduleExpressionProblems(p.schedule), ...namespaceProblems(p.metricNamespace, isUnresolved), ...timeoutProblems(p.timeoutMs));
  const actions = p.alarmActions;
  if (actions !== undefined && actions !== null && !isUnresolved(actions)) {
    if (!Array.isArray(actions)) {problems.push(`alarmActions must be a list of ARNs, got: ${show(actions)}.`);} else {
      actions.forEach((a, i) => {
        if (!isUnresolved(a) && (typeof a !== 'string' || !/^arn:[a-z-]+:[a-z0-9-]+:/.test(a))) {
          problems.push(`alarmActions[${i}] must be an ARN such as an SNS topic's (arn:aws:sns:eu-central-1:111111111111:alerts), got: ${show(a)}.`);
        }
      });
    }
  }
  return problems;
}
