// The Lambda canary: runs the probe on a schedule inside the VPC and turns the results into CloudWatch metrics.
import { probeExitCode, runProbe } from './run-probe';
import { ProbeOptions, ProbeResult, ProbeTarget } from './types';

/** The environment variable holding the canary's JSON configuration. */
export const PROBE_CONFIG_VARIABLE = 'TWILIO_PROBE_CONFIG';

/**
 * One metric data point.
 */
export interface ProbeMetric {
  /** The metric name: `Success`, `LatencyMs` or `Failures`. */
  readonly name: string;
  /** The value. */
  readonly value: number;
  /** The CloudWatch unit. */
  readonly unit: 'Count' | 'Milliseconds';
  /** Dimension names and values. */
  readonly dimensions: Record<string, string>;
}

/**
 * Where the canary publishes its metrics (an Embedded Metric Format writer by default; a stub in tests).
 */
export interface MetricsClient {
  /** Publishes a batch of data points under `namespace`. */
  put(metrics: ProbeMetric[], namespace: string): Promise<void>;
}

/**
 * The canary's configuration, from `event.config` or the `TWILIO_PROBE_CONFIG` environment variable (JSON).
 */
export interface CanaryConfig {
  /** The checks to run. */
  readonly targets: ProbeTarget[];
  /** Probe options (JSON-representable ones: not `lookup`). @default - the probe defaults */
  readonly options?: ProbeOptions;
  /** The CloudWatch namespace, e.g. `TwilioVoiceNetwork/Probe`. */
  readonly namespace: string;
  /** Dimensions added to every metric, e.g. `{ "Vpc": "vpc-0abc" }`. @default - none */
  readonly dimensions?: Record<string, string>;
}

/**
 * The Lambda event: a schedule's event (ignored), or one carrying `config` for an ad hoc run.
 */
export interface CanaryEvent {
  /** A configuration overriding the environment variable. @default - read from TWILIO_PROBE_CONFIG */
  readonly config?: CanaryConfig;
}

/**
 * What one invocation found.
 */
export interface CanaryOutcome {
  /** True when no checkable result failed. */
  readonly ok: boolean;
  /** How many checkable results failed. */
  readonly failures: number;
  /** One result per target, in target order. */
  readonly results: ProbeResult[];
}

/**
 * Turns results into data points: per check kind and edge, `Success` (1 when every checkable result of that kind
 * at that edge passed, else 0) and `LatencyMs` (the slowest passing one); and for the run, `Failures`.
 * Not-checkable results publish nothing.
 */
export function probeMetrics(results: ProbeResult[], dimensions: Record<string, string> = {}): ProbeMetric[] {
  const groups = new Map<string, ProbeResult[]>();
  for (const r of results.filter((x) => x.ok !== null)) {
    const key = `${r.check}\n${r.edge ?? 'global'}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const metrics: ProbeMetric[] = [];
  for (const [key, group] of groups) {
    const [check, edge] = key.split('\n');
    const dims = { ...dimensions, Check: check, Edge: edge };
    metrics.push({ name: 'Success', value: group.every((r) => r.ok) ? 1 : 0, unit: 'Count', dimensions: dims });
    const latencies = group.filter((r) => r.ok && r.latencyMs !== undefined).map((r) => r.latencyMs!);
    if (latencies.length > 0) metrics.push({ name: 'LatencyMs', value: Math.max(...latencies), unit: 'Milliseconds', dimensions: dims });
  }
  metrics.push({ name: 'Failures', value: results.filter((r) => r.ok === false).length, unit: 'Count', dimensions: { ...dimensions } });
  return metrics;
}

/**
 * A metrics client writing CloudWatch Embedded Metric Format: CloudWatch Logs extracts the metrics from the Lambda
 * function's log lines, so the canary needs no SDK and no network path to the CloudWatch API.
 *
 * A document's dimension values live at its root, so each distinct dimension set gets its own line; repeated
 * values of one metric in a set become an array.
 *
 * @param write receives one JSON document per call
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
export function createEmfClient(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): MetricsClient {
  return {
    async put(metrics, namespace) {
      const sets = new Map<string, ProbeMetric[]>();
      for (const m of metrics) {
        const key = JSON.stringify(Object.entries(m.dimensions).sort());
        sets.set(key, [...(sets.get(key) ?? []), m]);
      }
      for (const set of sets.values()) {
        const values: Record<string, number[]> = {};
        const units = new Map<string, string>();
        for (const m of set) {
          (values[m.name] ??= []).push(m.value);
          units.set(m.name, m.unit);
        }
        const document = {
          _aws: {
            Timestamp: Date.now(),
            CloudWatchMetrics: [{
              Namespace: namespace,
              Dimensions: [Object.keys(set[0].dimensions)],
              Metrics: [...units].map(([Name, Unit]) => ({ Name, Unit })),
            }],
          },
          ...set[0].dimensions,
          ...Object.fromEntries(Object.entries(values).map(([name, v]) => [name, v.length === 1 ? v[0] : v])),
        };
        write(JSON.stringify(document));
      }
    },
  };
}

function configOf(event: CanaryEvent | undefined): CanaryConfig {
  let config: unknown = event?.config;
  if (config === undefined) {
    const text = process.env[PROBE_CONFIG_VARIABLE];
    if (!text) throw new Error(`${PROBE_CONFIG_VARIABLE} is not set and the event has no config. Set it to JSON: {"namespace": "...", "targets": [...], "options": {...}}.`);
    try {
      config = JSON.parse(text);
    } catch (err) {
      throw new Error(`${PROBE_CONFIG_VARIABLE} is not valid JSON: ${(err as Error).message}`);
    }
  }
  const c = config as Partial<CanaryConfig> | null;
  const problems: string[] = [];
  if (typeof c !== 'object' || c === null) throw new Error(`The canary config must be an object, got: ${JSON.stringify(c)}.`);
  if (typeof c.namespace !== 'string' || c.namespace === '') problems.push(`config.namespace must be a CloudWatch namespace (a non-empty string), got: ${JSON.stringify(c.namespace)}.`);
  const dims = c.dimensions ?? {};
  if (typeof dims !== 'object' || Object.values(dims).some((v) => typeof v !== 'string')) {
    problems.push(`config.dimensions must map dimension names to string values, got: ${JSON.stringify(c.dimensions)}.`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return c as CanaryConfig;
}

/** A Lambda handler running the probe. */
export type CanaryHandler = (event?: CanaryEvent) => Promise<CanaryOutcome>;

/**
 * Builds the Lambda handler around a metrics client: reads the configuration, runs the probe, publishes metrics,
 * logs one line per failed or warning result, and returns `{ ok, failures, results }`. Failures are reported, not
 * thrown, so that a failing network does not look like a broken canary; a bad configuration throws.
 */
export function createHandler(client: MetricsClient, log: (line: string) => void = (line) => console.log(line)): CanaryHandler {
  return async (event) => {
    const config = configOf(event);
    const results = await runProbe(config.targets, config.options);
    await client.put(probeMetrics(results, config.dimensions), config.namespace);
    for (const r of results.filter((x) => x.status === 'fail' || x.status === 'warn')) {
      log(`${r.status.toUpperCase()} ${r.check} ${r.flow} ${r.host ?? r.address}:${r.port ?? '-'} after ${r.attempts} attempt(s): ${r.detail}`);
    }
    const failures = results.filter((r) => r.ok === false).length;
    return { ok: probeExitCode(results) === 0, failures, results };
  };
}

/** The Lambda entry point (`canary-handler.handler`): metrics go to CloudWatch through EMF log lines. */
export const handler = createHandler(createEmfClient());
