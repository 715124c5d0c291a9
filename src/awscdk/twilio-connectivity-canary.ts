import { Duration, Errors, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventsTargets from 'aws-cdk-lib/aws-events-targets';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ITwilioNetwork } from './options';
import { TwilioNetworkBase } from './private/network-base';
import { commonProblems, isPendingLookup } from './private/plan-props';
import { isUnresolved } from './private/render';
import { childPath, propsObject, throwProblems } from '../common/construct-plan';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import {
  CANARY_MEMORY_MB, canaryConfig, canaryDimensions, canaryFunctionTimeoutSeconds, canarySourceProblems, DEFAULT_METRIC_NAMESPACE,
  DEFAULT_SCHEDULE_MINUTES, DEFAULT_TIMEOUT_MS, FAILURES_METRIC, functionProblems, isPlan, namespaceProblems, PROBE_CONFIG_VARIABLE,
  scheduleMinutesProblems, timeoutProblems,
} from '../probe/canary';
import { CANARY_HANDLER, canaryCodeDirectory } from '../probe/canary-code';
import { show } from '../util/text';

/**
 * Props of `TwilioConnectivityCanary`.
 */
export interface TwilioConnectivityCanaryProps {
  /** The VPC the canary function runs in: the clients' VPC. */
  readonly vpc: ec2.IVpc;
  /**
   * Subnets the canary function runs in. Choose the clients' subnets, so that it uses their routes and network ACL.
   * @default - the VPC's private subnets (the Lambda default)
   */
  readonly subnets?: ec2.SubnetSelection;
  /**
   * The Twilio construct whose rules the canary proves: the function runs in its security group and checks its plan.
   * @default - none: give `securityGroup` and `plan`
   */
  readonly target?: ITwilioNetwork;
  /**
   * The plan whose flows the canary checks. Wins over the target's plan when both are given.
   * @default - the target's plan; one of `target` and `plan` is required
   */
  readonly plan?: TwilioNetworkPlan;
  /**
   * The security group the function runs in. Wins over the target's group when both are given. It must be the group
   * whose rules are to be proved: a group allowing all egress would prove nothing.
   * @default - the target's security group; one of `target` and `securityGroup` is required
   */
  readonly securityGroup?: ec2.ISecurityGroup;
  /**
   * Time between runs, in whole minutes from 1 minute to 1 day. Also the period of the failure alarm.
   * @default Duration.minutes(15)
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html#eb-rate-expressions
   */
  readonly schedule?: Duration;
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
   * What to do when a run finds a failure, e.g. `[new cloudwatch_actions.SnsAction(topic)]`.
   * @default - no actions: the alarm only changes state
   */
  readonly alarmActions?: cloudwatch.IAlarmAction[];
}

/**
 * Proves the Twilio rules from inside the VPC: a Lambda function in the clients' security group runs the
 * plan's checks on a schedule (DNS answers, TLS handshakes with signalling and other Twilio services, STUN and
 * TURN), publishes CloudWatch metrics per check kind and edge, and raises an alarm when a check fails.
 *
 * The function's code is this package's own probe runtime (Node.js standard library only, no bundling). It runs in
 * the target's security group, so it has exactly the egress the clients have; if the VPC has the target's DNS
 * Firewall, the function resolves through it too. UDP media cannot be proved outside a call and is not checked.
 *
 * Metrics (namespace `metricNamespace`, dimensions `Canary` and `Vpc`): `Success` and `LatencyMs` per `Check` and
 * `Edge`, and `Failures` per run, which the alarm watches (>= 1).
 *
 * Wire the alarm to SNS with `alarmActions` (e.g. `new cloudwatch_actions.SnsAction(topic)`).
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * const voice = new awscdk.TwilioVoiceEgress(this, 'Voice', { vpc, edges: [TwilioEdge.FRANKFURT] });
 * new awscdk.TwilioConnectivityCanary(this, 'Canary', {
 *   vpc,
 *   target: voice,
 *   subnets: { subnetGroupName: 'Clients' },
 * });
 */
export class TwilioConnectivityCanary extends Construct {
  /** The function that runs the checks. */
  public readonly canaryFunction: lambda.Function;
  /** The function's log group, which also carries the metrics (CloudWatch Embedded Metric Format). */
  public readonly logGroup: logs.LogGroup;
  /** The schedule rule that invokes the function. */
  public readonly rule: events.Rule;
  /** The alarm raised when a run has at least one failed check. */
  public readonly alarm: cloudwatch.Alarm;
  /** The CloudWatch namespace of the metrics. */
  public readonly metricNamespace: string;
  /** The plan the canary checks. */
  public readonly plan: TwilioNetworkPlan;
  /** The security group the function runs in. */
  public readonly securityGroup: ec2.ISecurityGroup;
  private readonly dimensions: Record<string, string>;
  private readonly period: Duration;

  /**
   * Checks the props and creates the function, its schedule, log group and alarm; throws one error naming every bad prop.
   * @param scope the parent construct
   * @param id the construct ID
   * @param props the TwilioConnectivityCanary's props
   */
  constructor(scope: Construct, id: string, props: TwilioConnectivityCanaryProps) {
    const path = childPath(scope, id);
    const problems: string[] = [];
    const p = propsObject(props, problems);
    problems.push(...commonProblems({ vpc: p.vpc, securityGroup: p.securityGroup }), ...ownProblems(p));
    throwProblems('TwilioConnectivityCanary', path, problems);
    // Everything that can fail is settled before the construct joins the tree.
    const target = p.target as ITwilioNetwork | undefined;
    const plan = (p.plan ?? target!.plan) as TwilioNetworkPlan;
    const namespace: string = p.metricNamespace ?? DEFAULT_METRIC_NAMESPACE;
    const timeoutMs: number = p.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const vpc = p.vpc as ec2.IVpc;
    const dimensions = canaryDimensions(path, vpc.vpcId);
    const config = canaryConfig({ plan, namespace, timeoutMs, dimensions });
    // Measured as plain JSON: a token (the VPC ID of a VPC in the stack) stands in at about the length of its value.
    throwProblems('TwilioConnectivityCanary', path, functionProblems(config.targets, timeoutMs, JSON.stringify(config)));
    const configJson = Stack.of(scope).toJsonString(config);
    const codeDirectory = canaryCodeDirectory();
    super(scope, id);

    this.plan = plan;
    this.securityGroup = (p.securityGroup ?? target!.securityGroup) as ec2.ISecurityGroup;
    this.metricNamespace = namespace;
    this.period = p.schedule ?? Duration.minutes(DEFAULT_SCHEDULE_MINUTES);
    this.dimensions = dimensions;

    this.logGroup = new logs.LogGroup(this, 'LogGroup', { retention: logs.RetentionDays.ONE_MONTH });
    this.canaryFunction = new lambda.Function(this, 'Function', {
      description: 'Twilio connectivity canary (twilio-voice-network): checks the Twilio flows of a plan from inside the VPC',
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: CANARY_HANDLER,
      code: lambda.Code.fromAsset(codeDirectory, { exclude: ['*.d.ts'] }),
      memorySize: CANARY_MEMORY_MB,
      timeout: Duration.seconds(canaryFunctionTimeoutSeconds(config.targets.length, timeoutMs)),
      vpc,
      vpcSubnets: p.subnets,
      securityGroups: [this.securityGroup],
      environment: { [PROBE_CONFIG_VARIABLE]: configJson },
      logGroup: this.logGroup,
    });
    this.rule = new events.Rule(this, 'Schedule', {
      description: 'Runs the Twilio connectivity canary',
      schedule: events.Schedule.rate(this.period),
      targets: [new eventsTargets.LambdaFunction(this.canaryFunction, { retryAttempts: 0 })],
    });
    this.alarm = new cloudwatch.Alarm(this, 'FailuresAlarm', {
      alarmDescription: `A Twilio connectivity check failed in ${this.node.path}: read the FAIL lines in the log group of the canary function.`,
      metric: this.metricFailures(),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // A period without a run (a late schedule) is not a failure.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    for (const action of p.alarmActions ?? []) this.alarm.addAlarmAction(action);
  }

  /**
   * The number of failed checks per run (the metric the alarm watches).
   * @param options to change the statistic or period
   */
  public metricFailures(options: cloudwatch.MetricOptions = {}): cloudwatch.Metric {
    return new cloudwatch.Metric({
      namespace: this.metricNamespace,
      metricName: FAILURES_METRIC,
      dimensionsMap: { ...this.dimensions },
      statistic: cloudwatch.Stats.MAXIMUM,
      period: this.period,
      ...options,
    });
  }
}

function ownProblems(p: Record<string, any>): string[] {
  const problems = canarySourceProblems(p, {
    submodule: 'awscdk',
    groupProp: 'securityGroup',
    isTarget: (t) => t instanceof TwilioNetworkBase
      || (t !== null && typeof t === 'object' && isPlan((t as any).plan) && typeof (t as any).securityGroup?.securityGroupId === 'string'),
  });
  problems.push(...subnetProblems(p.vpc, p.subnets));
  problems.push(...scheduleProblems(p.schedule), ...namespaceProblems(p.metricNamespace, isUnresolved), ...timeoutProblems(p.timeoutMs));
  const actions = p.alarmActions;
  if (actions !== undefined && actions !== null) {
    if (!Array.isArray(actions)) {problems.push(`alarmActions must be a list of cloudwatch.IAlarmAction, got: ${show(actions)}.`);} else {
      actions.forEach((a, i) => {
        if (a === null || typeof a !== 'object' || typeof a.bind !== 'function') {
          problems.push(`alarmActions[${i}] must be a cloudwatch.IAlarmAction such as new cloudwatch_actions.SnsAction(topic), got: ${show(a)}.`);
        }
      });
    }
  }
  return problems;
}

/** Problems with the subnet selection: its shape, then what aws-cdk-lib says of selecting it in the VPC. */
function subnetProblems(vpc: any, subnets: unknown): string[] {
  if (subnets === undefined || subnets === null) return [];
  if (typeof subnets !== 'object' || Array.isArray(subnets)) {
    return [`subnets must be an ec2.SubnetSelection such as { subnetGroupName: 'Clients' }, got: ${show(subnets)}.`];
  }
  if (vpc === null || typeof vpc !== 'object' || typeof vpc.selectSubnets !== 'function') return []; // vpc is reported
  // Vpc.fromLookup's first pass: placeholder subnets, which the selection is checked against once the lookup has run
  if (isPendingLookup(vpc as ec2.IVpc)) return [];
  try {
    if ((vpc as ec2.IVpc).selectSubnets(subnets as ec2.SubnetSelection).subnets.length > 0) return [];
    return [`subnets must select at least one subnet of the VPC, got: ${show(subnets)}.`];
  } catch (e) {
    // aws-cdk-lib's own validation errors (an unknown group name, conflicting fields) become ours; anything else is a bug
    if (!Errors.isValidationError(e)) throw e;
    return [`subnets must select subnets of the VPC, got: ${show(subnets)}. ${(e as Error).message.replace(/\.?$/, '.')}`];
  }
}

function scheduleProblems(schedule: unknown): string[] {
  if (schedule === undefined || schedule === null) return [];
  const d = schedule as Duration;
  if (typeof d !== 'object' || typeof d.toMilliseconds !== 'function' || typeof d.isUnresolved !== 'function') {
    return [`schedule must be a Duration such as Duration.minutes(15), got: ${show(schedule)}.`];
  }
  if (d.isUnresolved()) return [];
  return scheduleMinutesProblems(d.toMilliseconds() / 60_000, d.toHumanString(), 'Duration.minutes(15)');
}
