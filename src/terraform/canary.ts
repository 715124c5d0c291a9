// The connectivity canary of both Terraform frameworks: a Lambda function in the clients' security group that runs
// the plan's checks on a schedule, with its role, log group, schedule and failure alarm.
import { Construct } from 'constructs';
import { commonProblems } from './checks';
import { TerraformFramework } from './framework';
import { TerraformNetworkBase } from './network-base';
import { CanaryPropsBase } from './props';
import { childPath, propsObject, throwProblems, validateAwsIdList } from '../common/construct-plan';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import {
  CANARY_MEMORY_MB, canaryConfig, canaryDimensions, canaryFunctionTimeoutSeconds, canarySourceProblems, DEFAULT_METRIC_NAMESPACE,
  DEFAULT_SCHEDULE_MINUTES, DEFAULT_TIMEOUT_MS, FAILURES_METRIC, functionProblems, isPlan, namespaceProblems, PROBE_CONFIG_VARIABLE,
  rateExpression, rateMinutes, scheduleExpressionProblems, timeoutProblems,
} from '../probe/canary';
import { CANARY_HANDLER, canaryCodeDirectory } from '../probe/canary-code';
import { show } from '../util/text';

const CLASS = 'TwilioConnectivityCanary';
/** The Lambda runtime of the canary: a Node.js version Lambda supports, which the probe runtime's built-ins exist in. */
const NODE_RUNTIME = 'nodejs22.x';
/** Managed policies of the execution role: logs, and the network interfaces a function in a VPC needs. */
const MANAGED_POLICIES: Array<[string, string]> = [
  ['BasicExecution', 'AWSLambdaBasicExecutionRole'],
  ['VpcAccess', 'AWSLambdaVPCAccessExecutionRole'],
];
const LOG_RETENTION_DAYS = 30;

/** What a canary reads from its target (each submodule's `ITwilioNetwork`). */
interface NetworkTarget {
  readonly plan: TwilioNetworkPlan;
  readonly securityGroupId: string;
}

/**
 * The base of both frameworks' `TwilioConnectivityCanary`. Not exported: jsii lists its members on each.
 * @internal
 */
export abstract class TerraformCanaryBase extends Construct {
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
  private readonly fn: { readonly arn: string; readonly functionName: string };
  private readonly metricAlarm: { readonly arn: string };

  /**
   * Checks the props and creates the function, its role, schedule, log group and alarm; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the canary's props
   * @param fw the framework's classes
   */
  protected constructor(scope: Construct, id: string, props: CanaryPropsBase, fw: TerraformFramework) {
    const path = childPath(scope, id);
    const problems: string[] = [];
    const p = propsObject(props, problems);
    problems.push(...commonProblems(fw.isUnresolved, { vpcId: p.vpcId, securityGroupId: p.securityGroupId }), ...ownProblems(fw, p));
    throwProblems(CLASS, path, problems);
    // Everything that can fail is settled before the construct joins the tree.
    const target = p.target as NetworkTarget | undefined;
    const plan = (p.plan ?? target!.plan) as TwilioNetworkPlan;
    const namespace: string = p.metricNamespace ?? DEFAULT_METRIC_NAMESPACE;
    const schedule: string = p.schedule ?? rateExpression(DEFAULT_SCHEDULE_MINUTES);
    const timeoutMs: number = p.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const dimensions = canaryDimensions(path, p.vpcId);
    const config = canaryConfig({ plan, namespace, timeoutMs, dimensions });
    const configJson = JSON.stringify(config);
    throwProblems(CLASS, path, functionProblems(config.targets, timeoutMs, configJson));
    const codeDirectory = canaryCodeDirectory();
    super(scope, id);

    this.plan = plan;
    this.securityGroupId = (p.securityGroupId ?? target!.securityGroupId) as string;
    this.metricNamespace = namespace;

    // Terraform needs names where CloudFormation generates them: one from the construct's address, unique per path.
    this.functionName = `${this.plan.resourceNamePrefix}-canary-${this.node.addr.slice(0, 8)}`;
    this.logGroupName = `/aws/lambda/${this.functionName}`;
    this.alarmName = `${this.functionName}-failures`;

    const partition = new fw.aws.DataAwsPartition(this, 'Partition', {});
    const role = new fw.aws.IamRole(this, 'Role', {
      namePrefix: `${this.plan.resourceNamePrefix}-canary-`,
      description: `Execution role of the Twilio connectivity canary ${this.functionName}`,
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: `lambda.${partition.dnsSuffix}` }, Action: 'sts:AssumeRole' }],
      }),
    });
    const attachments = MANAGED_POLICIES.map(([key, policy]) => new fw.aws.IamRolePolicyAttachment(this, `Role${key}`, {
      role: role.name,
      policyArn: `arn:${partition.partition}:iam::aws:policy/service-role/${policy}`,
    }));
    const logGroup = new fw.aws.CloudwatchLogGroup(this, 'LogGroup', { name: this.logGroupName, retentionInDays: LOG_RETENTION_DAYS });
    const code = fw.archiveAsset(this, 'Code', codeDirectory);
    this.fn = new fw.aws.LambdaFunction(this, 'Function', {
      functionName: this.functionName,
      description: 'Twilio connectivity canary (twilio-voice-network): checks the Twilio flows of a plan from inside the VPC',
      role: role.arn,
      runtime: NODE_RUNTIME,
      handler: CANARY_HANDLER,
      filename: code,
      sourceCodeHash: fw.fileBase64Sha256(code),
      memorySize: CANARY_MEMORY_MB,
      timeout: canaryFunctionTimeoutSeconds(config.targets.length, timeoutMs),
      vpcConfig: { subnetIds: p.subnetIds, securityGroupIds: [this.securityGroupId] },
      environment: { variables: { [PROBE_CONFIG_VARIABLE]: configJson } },
      loggingConfig: { logFormat: 'Text', logGroup: logGroup.name },
      // The network interfaces are created with the role's VPC access permissions: attach them first.
      dependsOn: attachments,
    });
    const rule = new fw.aws.CloudwatchEventRule(this, 'Schedule', {
      name: this.functionName,
      description: 'Runs the Twilio connectivity canary',
      scheduleExpression: schedule,
    });
    new fw.aws.CloudwatchEventTarget(this, 'ScheduleTarget', { rule: rule.name, arn: this.fn.arn, retryPolicy: { maximumRetryAttempts: 0 } });
    new fw.aws.LambdaPermission(this, 'SchedulePermission', {
      statementId: 'AllowEventBridgeSchedule',
      action: 'lambda:InvokeFunction',
      functionName: this.fn.functionName,
      principal: 'events.amazonaws.com',
      sourceArn: rule.arn,
    });
    this.metricAlarm = new fw.aws.CloudwatchMetricAlarm(this, 'FailuresAlarm', {
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
  }

  // Getters, not fields: every `.arn` of a provider resource is a new token that records a stack trace; only create
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

function ownProblems(fw: TerraformFramework, p: Record<string, any>): string[] {
  const problems = canarySourceProblems(p, {
    submodule: fw.submodule,
    groupProp: 'securityGroupId',
    isTarget: (t) => t instanceof TerraformNetworkBase
      || (t !== null && typeof t === 'object' && isPlan((t as any).plan) && typeof (t as any).securityGroupId === 'string'),
  });
  problems.push(...validateAwsIdList(p.subnetIds, 'subnet', 'subnetIds', fw.isUnresolved, true));
  problems.push(...scheduleExpressionProblems(p.schedule), ...namespaceProblems(p.metricNamespace, fw.isUnresolved), ...timeoutProblems(p.timeoutMs));
  const actions = p.alarmActions;
  if (actions !== undefined && actions !== null && !fw.isUnresolved(actions)) {
    if (!Array.isArray(actions)) {problems.push(`alarmActions must be a list of ARNs, got: ${show(actions)}.`);} else {
      actions.forEach((a, i) => {
        if (!fw.isUnresolved(a) && (typeof a !== 'string' || !/^arn:[a-z-]+:[a-z0-9-]+:/.test(a))) {
          problems.push(`alarmActions[${i}] must be an ARN such as an SNS topic's (arn:aws:sns:eu-central-1:111111111111:alerts), got: ${show(a)}.`);
        }
      });
    }
  }
  return problems;
}
