// `twilio-voice-network probe`: runs the plan's checks from where the command runs, and reports one row per check.
import * as fs from 'fs';
import * as net from 'net';
import { TwilioCatalog } from '../catalog/twilio-catalog';
import { TwilioNetworkPlan } from '../plan/twilio-network-plan';
import { DEFAULT_TIMEOUT_MS } from '../probe/canary';
import { probeExitCode, runProbe } from '../probe/runtime/run-probe';
import { ProbeResult, ProbeTarget } from '../probe/runtime/types';
import { probeTargets } from '../probe/targets';

const MEDIA_PREFIX = 'not checkable: ';
const MAX_TIMEOUT_MS = 60_000;

/** The probe options as parsed by the CLI, and the plan computed from the choices. */
export interface ProbeCommandValues {
  /** The plan whose flows are checked (from the same choices as `rules`). */
  readonly plan: TwilioNetworkPlan;
  /** Print JSON Lines (one object per check, one per line) instead of a table. */
  readonly json?: boolean;
  /** `--timeout-ms`, as typed. */
  readonly timeoutMs?: string;
  /** `--resolve HOST=IP`, as typed, once per use. */
  readonly resolve?: string[];
  /** `--ca FILE`, once per use. */
  readonly ca?: string[];
}

/** What the command uses from its surroundings; tests replace parts to keep every check on loopback. */
export interface ProbeCommandDeps {
  /** Rewrites the targets before they run (tests point their ports at loopback servers). Default: unchanged. */
  readonly transformTargets?: (targets: ProbeTarget[]) => ProbeTarget[];
  /** The resolver for names not pinned with --resolve. Default: the system's (DNS server, then the hosts file). */
  readonly lookup?: (host: string) => Promise<string[]>;
  /** Reads a --ca file. Default: the file system. */
  readonly readFile?: (file: string) => string;
  /** The clock latencies are measured with, in ms (tests inject one, so no result depends on the machine's load). Default: performance.now. */
  readonly now?: () => number;
}

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Thrown for bad arguments: the message is the one line the user sees. */
class ProbeUsageError extends Error {}

/**
 * Runs `probe`: the plan's checks, a table (or JSON) of the results, and the exit status: 0 when every checkable
 * flow passed, 1 when a check failed, 2 for bad arguments (one line on stderr).
 *
 * Each attempt ends within the timeout and a check makes at most 3 attempts; 8 checks run at once, so the run ends
 * within its timeouts.
 */
export async function runProbeCommand(values: ProbeCommandValues, io: Io, deps: ProbeCommandDeps = {}): Promise<number> {
  let targets: ProbeTarget[];
  let results: ProbeResult[];
  try {
    const timeoutMs = timeoutOf(values.timeoutMs);
    const resolve = pinsOf(values.resolve ?? []);
    const ca = (values.ca ?? []).map((file) => readCa(file, deps.readFile));
    targets = probeTargets(values.plan, { stunAlways: true });
    if (deps.transformTargets) targets = deps.transformTargets(targets);
    const { rttMsMax, jitterMsMax } = TwilioCatalog.qualityThresholds();
    try {
      results = await runProbe(targets, {
        timeoutMs, resolve, ca: ca.length ? ca : undefined, thresholds: { rttMsMax, jitterMsMax }, lookup: deps.lookup, now: deps.now,
      });
    } catch (e) {
      // runProbe throws only for bad targets or options, e.g. a --ca file that holds no readable certificate.
      // the runtime names its options; the user typed flags
      throw new ProbeUsageError(String((e as Error)?.message ?? e).replace(/\boptions\.ca\[\d+\]/g, '--ca'));
    }
  } catch (e) {
    if (!(e instanceof ProbeUsageError)) throw e;
    io.stderr(`twilio-voice-network: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  }
  // JSON Lines: one object per check and line, so a reader can stream the results
  io.stdout(values.json ? results.map((r) => `${JSON.stringify(row(r))}\n`).join('') : formatResults(results));
  return probeExitCode(results);
}

function timeoutOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_TIMEOUT_MS)) throw new ProbeUsageError(`--timeout-ms must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, got: '${value}'.`);
  return n;
}

function pinsOf(values: string[]): Record<string, string> {
  const pins: Record<string, string> = {};
  for (const v of values) {
    const m = /^([A-Za-z0-9_.-]+)=(.+)$/.exec(v);
    if (!m || !net.isIPv4(m[2])) throw new ProbeUsageError(`--resolve must look like HOST=IPv4 (e.g. example.net=203.0.113.10), got: '${v}'.`);
    const host = m[1].toLowerCase().replace(/\.$/, '');
    if (pins[host] !== undefined && pins[host] !== m[2]) throw new ProbeUsageError(`--resolve pins ${host} twice, to ${pins[host]} and ${m[2]}: keep one.`);
    pins[host] = m[2];
  }
  return pins;
}

function readCa(file: string, readFile: (file: string) => string = (f) => fs.readFileSync(f, 'utf8')): string {
  let text: string;
  try {
    text = readFile(file);
  } catch (e) {
    throw new ProbeUsageError(`--ca cannot read '${file}': ${(e as { code?: string }).code ?? (e as Error).message}.`);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new ProbeUsageError(`--ca '${file}' holds no PEM certificate (-----BEGIN CERTIFICATE-----).`);
  return text;
}

/** The result column: what people read first. */
function resultOf(r: ProbeResult): string {
  return r.status === 'pass' ? 'ok' : r.status === 'warn' ? 'WARN' : r.status === 'fail' ? 'FAIL' : 'not checkable';
}

/** The detail, saying outright when a check could not be made (so that it never reads as passed). */
function detailOf(r: ProbeResult): string {
  // The runtime names its option; here the user typed the flag.
  const detail = r.detail.replace('pinned by options.resolve', 'pinned by --resolve');
  return r.ok === null ? `${MEDIA_PREFIX}${detail}` : detail;
}

/** One JSON object per check (a line of JSON Lines): absent fields are null, so every object has the same keys. */
function row(r: ProbeResult): Record<string, unknown> {
  return {
    check: r.check,
    flow: r.flow,
    edge: r.edge ?? null,
    host: r.host ?? null,
    address: r.address ?? null,
    port: r.port ?? null,
    protocol: r.protocol,
    ok: r.ok,
    status: r.status,
    result: resultOf(r),
    latencyMs: r.latencyMs ?? null,
    attempts: r.attempts,
    detail: detailOf(r),
  };
}

function formatResults(results: ProbeResult[]): string {
  const headers = ['check', 'flow', 'host', 'address', 'port', 'protocol', 'result', 'latency ms', 'detail'];
  const rows = results.map((r) => [
    r.check, r.flow, r.host ?? '-', r.address ?? '-', r.port === undefined ? '-' : String(r.port), r.protocol, resultOf(r),
    r.latencyMs === undefined ? '-' : r.latencyMs.toFixed(1), detailOf(r),
  ]);
  // The detail is long: it is the last column and is not padded.
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((cells) => cells[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  const count = (status: string): number => results.filter((r) => r.status === status).length;
  const summary = `${count('pass') + count('warn')} passed (${count('warn')} with warnings), ${count('fail')} failed, `
    + `${count('not-checkable')} not checkable. Quality limits: RTT ${TwilioCatalog.qualityThresholds().rttMsMax} ms, `
    + `jitter ${TwilioCatalog.qualityThresholds().jitterMsMax} ms.`;
  const rule = widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? headers[i].length : w));
  return [line(headers), line(rule), ...rows.map(line), '', summary].join('\n') + '\n';
}
