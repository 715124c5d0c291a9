// What both frameworks' connectivity canaries share: the configuration the Lambda function receives, its time
// budget, and the checks of the props that do not depend on a framework. Framework-free: each renderer passes its
// framework's token test in, as for the network constructs.
import { probeTargets } from './targets';
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { show } from '../util/text';
import { CanaryConfig, PROBE_CONFIG_VARIABLE } from './runtime/canary-handler';
import { ProbeTarget } from './runtime/types';

export { PROBE_CONFIG_VARIABLE };

/** The CloudWatch namespace canaries publish to unless told otherwise. */
export const DEFAULT_METRIC_NAMESPACE = 'TwilioVoiceNetwork/Canary';
/** Minutes between runs unless told otherwise. */
export const DEFAULT_SCHEDULE_MINUTES = 15;
/** The limit of one check attempt, in ms, unless told otherwise (the CLI's default too). */
export const DEFAULT_TIMEOUT_MS = 3000;
/** The metric the alarm watches: failed checks per run. */
export const FAILURES_METRIC = 'Failures';
/** Memory of the canary function: TLS with the system CAs wants more than the 128 MB minimum. */
export const CANARY_MEMORY_MB = 256;

const MIN_TIMEOUT_MS = 100;
const MAX_TIMEOUT_MS = 30_000;
const MAX_SCHEDULE_MINUTES = 1440;
/** The probe's own limits: failed attempts are retried twice, and 8 targets run at once. */
const RETRIES = 2;
const CONCURRENCY = 8;
/** Lambda's limits: 15 minutes a run, 4 KB of environment variables (names and values). */
const LAMBDA_MAX_SECONDS = 900;
const LAMBDA_ENVIRONMENT_BYTES = 4096;
/** Time for the function to start and publish, on top of the checks. */
const MARGIN_SECONDS = 10;

/** How a renderer recognises deploy-time placeholders: its framework's `Token.isUnresolved`. */
export type IsUnresolved = (value: unknown) => boolean;

/** The canary's inputs once the framework-specific props are read. */
export interface CanarySettings {
  readonly plan: TwilioNetworkPlan;
  readonly namespace: string;
  readonly timeoutMs: number;
  /** Dimensions every metric carries (`Canary`, `Vpc`), which the alarm must name too. */
  readonly dimensions: Record<string, string>;
}

/** The configuration the canary function reads from `TWILIO_PROBE_CONFIG`: the plan's checks and how to run them. */
export function canaryConfig(s: CanarySettings): CanaryConfig {
  const { rttMsMax, jitterMsMax } = TwilioCatalog.qualityThresholds();
  return {
    namespace: s.namespace,
    dimensions: { ...s.dimensions },
    options: { timeoutMs: s.timeoutMs, retries: RETRIES, thresholds: { rttMsMax, jitterMsMax } },
    targets: probeTargets(s.plan),
  };
}

/**
 * The function timeout, in seconds, that a run of `targetCount` targets always fits in: every attempt ends within
 * `timeoutMs`, a target takes at most 3 attempts, and 8 run at once.
 */
export function canaryFunctionTimeoutSeconds(targetCount: number, timeoutMs: number): number {
  const rounds = Math.ceil(targetCount / CONCURRENCY) + 1;
  return Math.ceil((rounds * (RETRIES + 1) * timeoutMs) / 1000) + MARGIN_SECONDS;
}

/** The dimensions of the canary's metrics: which canary, in which VPC. */
export function canaryDimensions(path: string, vpcId: string): Record<string, string> {
  return { Canary: path, Vpc: vpcId };
}

/** A rate expression for EventBridge, e.g. `rate(15 minutes)`. */
export function rateExpression(minutes: number): string {
  return `rate(${minutes} ${minutes === 1 ? 'minute' : 'minutes'})`;
}

const RATE_RE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;
const UNIT_MINUTES: Record<string, number> = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 };

/** Minutes between runs of a rate expression, or undefined for anything else. */
export function rateMinutes(expression: string): number | undefined {
  const m = RATE_RE.exec(expression);
  if (!m) return undefined;
  const n = Number(m[1]);
  // EventBridge wants the singular for 1 and the plural otherwise.
  if ((n === 1) !== !m[2].endsWith('s')) return undefined;
  return n * UNIT_MINUTES[m[2]];
}

/** Problems with a schedule given as minutes between runs: whole minutes, at most a day (the longest alarm period used). */
export function scheduleMinutesProblems(minutes: number, got: string, example: string): string[] {
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_SCHEDULE_MINUTES ? [] : [
    `schedule must be a whole number of minutes from 1 to ${MAX_SCHEDULE_MINUTES} (one day), got: ${got}. Use e.g. ${example}.`,
  ];
}

/** Problems with a rate expression given as a string (not a token: the alarm's period is derived from it). */
export function scheduleExpressionProblems(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const minutes = typeof value === 'string' ? rateMinutes(value) : undefined;
  if (minutes === undefined) {
    return [`schedule must be an EventBridge rate expression such as 'rate(15 minutes)', 'rate(1 hour)' or 'rate(1 day)', got: ${show(value)}. `
      + 'Cron expressions are not accepted: the failure alarm\'s period follows the rate.'];
  }
  return minutes > MAX_SCHEDULE_MINUTES ? [`schedule must run at least once a day, got: ${show(value)}. Use e.g. 'rate(1 day)' or shorter.`] : [];
}

/** Problems with the CloudWatch namespace; tokens pass. */
export function namespaceProblems(value: unknown, isUnresolved: IsUnresolved): string[] {
  if (value === undefined || value === null || isUnresolved(value)) return [];
  const ok = typeof value === 'string' && /^[A-Za-z0-9.\-_/#: ]{1,255}$/.test(value) && /[^ ]/.test(value) && !value.startsWith('AWS/');
  return ok ? [] : [`metricNamespace must be a CloudWatch namespace: 1-255 letters, digits or . - _ / # : and spaces, not starting with 'AWS/', got: ${show(value)}. `
    + `Use e.g. '${DEFAULT_METRIC_NAMESPACE}'.`];
}

/** Problems with the per-attempt timeout. */
export function timeoutProblems(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return Number.isInteger(value) && (value as number) >= MIN_TIMEOUT_MS && (value as number) <= MAX_TIMEOUT_MS ? [] : [
    `timeoutMs must be a whole number of milliseconds from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS}, got: ${show(value)}. The default, ${DEFAULT_TIMEOUT_MS}, suits most networks.`,
  ];
}

/**
 * Problems with what the function would run: nothing checkable (a plan of UDP media and flows to addresses only, such
 * as a SIP endpoint's), a run longer than Lambda allows, or a configuration over Lambda's 4 KB.
 */
export function functionProblems(targets: readonly ProbeTarget[], timeoutMs: number, configJson: string): string[] {
  const problems: string[] = [];
  const targetCount = targets.length;
  if (targets.every((t) => t.check === 'media')) {
    problems.push('the plan has no flow the canary can check without a call (it has UDP media, and flows to addresses Twilio publishes no '
      + 'hostname for): a canary would prove nothing. Give it a TwilioVoiceEgress or TwilioPrivateInterconnectEdge, or its plan.');
  }
  const seconds = canaryFunctionTimeoutSeconds(targetCount, timeoutMs);
  if (seconds > LAMBDA_MAX_SECONDS) {
    const fitting = Math.floor(((LAMBDA_MAX_SECONDS - MARGIN_SECONDS) * 1000) / ((Math.ceil(targetCount / CONCURRENCY) + 1) * (RETRIES + 1)));
    problems.push(`timeoutMs ${timeoutMs} lets a run of the plan's ${targetCount} checks last up to ${seconds} s, over Lambda's ${LAMBDA_MAX_SECONDS} s. `
      + `Use timeoutMs ${Math.min(fitting, MAX_TIMEOUT_MS)} or less.`);
  }
  const bytes = Buffer.byteLength(PROBE_CONFIG_VARIABLE) + Buffer.byteLength(configJson);
  if (bytes > LAMBDA_ENVIRONMENT_BYTES) {
    problems.push(`the plan's ${targetCount} checks need ${bytes} bytes in ${PROBE_CONFIG_VARIABLE}, over Lambda's ${LAMBDA_ENVIRONMENT_BYTES}-byte limit `
      + 'for environment variables. Give the canary a plan with fewer edges or SDKs (one canary per edge), or a shorter metricNamespace.');
  }
  return problems;
}

/** True for a plan, also one from another copy of this library. */
export function isPlan(value: unknown): value is TwilioNetworkPlan {
  return value instanceof TwilioNetworkPlan
    || (value !== null && typeof value === 'object' && Array.isArray((value as TwilioNetworkPlan).flows) && Array.isArray((value as TwilioNetworkPlan).edges));
}

/** How a renderer names the canary's inputs. */
export interface CanaryInputNames {
  /** The submodule, for the target's class names (`awscdk`, `cdktf`). */
  readonly submodule: string;
  /** The security group prop (`securityGroup`, `securityGroupId`). */
  readonly groupProp: string;
  /** True when the value is a Twilio network construct of the renderer's framework. */
  readonly isTarget: (value: unknown) => boolean;
}

/** Problems with where the canary takes its plan and security group from; the same words in both frameworks. */
export function canarySourceProblems(p: Record<string, any>, names: CanaryInputNames): string[] {
  const problems: string[] = [];
  const given = (v: unknown): boolean => v !== undefined && v !== null;
  if (given(p.target) && !names.isTarget(p.target)) {
    problems.push(`target must be a TwilioVoiceEgress or TwilioPrivateInterconnectEdge of the ${names.submodule} submodule, got: ${show(p.target)}.`);
  }
  if (given(p.plan) && !isPlan(p.plan)) problems.push(`plan must be a TwilioNetworkPlan (TwilioNetworkPlan.compute({...})), got: ${show(p.plan)}.`);
  if (!given(p.target) && !given(p.plan)) {
    problems.push('target or plan is required: pass the TwilioVoiceEgress or TwilioPrivateInterconnectEdge whose rules the canary proves, '
      + `or a TwilioNetworkPlan with ${names.groupProp}.`);
  }
  if (!given(p.target) && !given(p[names.groupProp])) {
    problems.push(`${names.groupProp} is required without a target: the canary must run in the security group whose rules it proves `
      + '(a new group would allow all egress and prove nothing).');
  }
  return problems;
}
