import { X509Certificate } from 'crypto';
import * as net from 'net';
import { performance } from 'perf_hooks';
import * as tls from 'tls';
import { defaultLookup, Outcome, ProbeContext, runAttempt } from './private/checks';
import { isIpv4Cidr } from './private/ipv4';
import { ProbeOptions, ProbeResult, ProbeTarget } from './types';

/** Targets probed at once: enough to finish a plan in a few timeouts, few enough to look like one client. */
const CONCURRENCY = 8;
const MAX_RETRIES = 2;
const MAX_STUN_SAMPLES = 20;

const CHECK_KINDS = ['dns', 'tcp', 'tls', 'stun', 'media'];
const OPTION_NAMES = ['timeoutMs', 'retries', 'resolve', 'ca', 'thresholds', 'stunSamples', 'lookup', 'now'];
const THRESHOLD_NAMES = ['rttMsMax', 'jitterMsMax'];
const TARGET_NAMES = ['check', 'flow', 'edge', 'host', 'address', 'port', 'protocol', 'expectCidrs', 'description', 'advisory'];
const MEDIA_DETAIL = 'UDP media to Twilio\'s media range can only be verified during a call: media servers answer only on the '
  + 'port negotiated for a live call (ICE), so nothing answers a probe. Place a test call (e.g. the Voice SDK preflight test).';

/**
 * Runs connectivity checks against Twilio endpoints and reports one result per target, in target order.
 *
 * Each attempt is bounded by `timeoutMs` and failed attempts are retried up to `retries` times, so a target takes
 * at most (retries + 1) * timeoutMs; up to 8 targets run at once. Network trouble is reported in the results, never
 * thrown: only bad targets or options throw, naming every bad field at once.
 *
 * @example
 * const results = await runProbe([
 *   { check: 'tls', flow: 'voice:signalling:tls', edge: 'frankfurt', host: 'voice-js.frankfurt.twilio.com', port: 443, protocol: 'tcp' },
 *   { check: 'stun', flow: 'voice:stun', host: 'global.stun.twilio.com', port: 3478, protocol: 'udp' },
 * ], { timeoutMs: 2000, thresholds: { rttMsMax: 150 } });
 * process.exitCode = probeExitCode(results);
 */
export async function runProbe(targets: ProbeTarget[], options: ProbeOptions = {}): Promise<ProbeResult[]> {
  const problems = [...targetProblems(targets), ...optionProblems(options)];
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const timeoutMs = options.timeoutMs ?? 3000;
  const ctx: ProbeContext = {
    timeoutMs,
    pins: new Map(Object.entries(options.resolve ?? {}).map(([host, ip]) => [host.toLowerCase(), ip])),
    lookup: options.lookup ?? defaultLookup(timeoutMs),
    secureContext: options.ca?.length ? tls.createSecureContext({ ca: [...tls.rootCertificates, ...options.ca] }) : undefined,
    stunSamples: options.stunSamples ?? 3,
    now: options.now ?? (() => performance.now()),
  };
  const retries = Math.min(options.retries ?? MAX_RETRIES, MAX_RETRIES);
  const results: ProbeResult[] = new Array(targets.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const i = next++;
      results[i] = await probeTarget(targets[i], ctx, retries, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, worker));
  return results;
}

/**
 * The process exit status for a set of results: 0 when every checkable result passed (warnings included, and failed
 * advisory checks, which are warnings), 1 when any failed. Not-checkable results count neither way.
 */
export function probeExitCode(results: ProbeResult[]): number {
  return results.some((r) => r.status === 'fail') ? 1 : 0;
}

async function probeTarget(target: ProbeTarget, ctx: ProbeContext, retries: number, options: ProbeOptions): Promise<ProbeResult> {
  const base = {
    check: target.check,
    flow: target.flow,
    edge: target.edge,
    host: target.host,
    address: target.address,
    port: target.port,
    protocol: target.protocol,
  };
  if (target.check === 'media') return { ...base, ok: null, status: 'not-checkable', detail: MEDIA_DETAIL, attempts: 0 };
  let outcome: Outcome;
  let attempts = 0;
  do {
    outcome = await runAttempt(target, ctx, attempts++);
  } while (!outcome.ok && !outcome.final && attempts <= retries);
  const latencyMs = outcome.latencyMs === undefined ? undefined : Math.round(outcome.latencyMs * 10) / 10;
  const result = { ...base, address: outcome.address ?? target.address, latencyMs, attempts };
  if (!outcome.ok) {
    return target.advisory
      ? { ...result, ok: false, status: 'warn', detail: `${outcome.detail}; WARN: advisory, not required by the rules` }
      : { ...result, ok: false, status: 'fail', detail: outcome.detail };
  }
  const warnings: string[] = [];
  const { rttMsMax, jitterMsMax } = options.thresholds ?? {};
  if (rttMsMax !== undefined && target.check !== 'dns' && outcome.latencyMs !== undefined && outcome.latencyMs > rttMsMax) {
    warnings.push(`latency ${outcome.latencyMs.toFixed(1)} ms is over rttMsMax ${rttMsMax} ms`);
  }
  if (jitterMsMax !== undefined && outcome.jitterMs !== undefined && outcome.jitterMs > jitterMsMax) {
    warnings.push(`jitter ${outcome.jitterMs.toFixed(1)} ms is over jitterMsMax ${jitterMsMax} ms`);
  }
  const detail = warnings.length ? `${outcome.detail}; WARN: ${warnings.join('; ')}` : outcome.detail;
  return { ...result, ok: true, status: warnings.length ? 'warn' : 'pass', detail };
}

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? `'${value}'` : typeof value === 'function' ? 'a function' : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
const isWhole = (value: unknown, min: number, max = Infinity): boolean =>
  Number.isInteger(value) && min <= (value as number) && (value as number) <= max;
const isMs = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isFinite(value) && value >= min;
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isHostname = (value: unknown): boolean => typeof value === 'string' && value.length <= 253
  && value.replace(/\.$/, '').split('.').every((label) => /^[a-z0-9_-]{1,63}$/i.test(label));

/** The nearest known name to a typo (a third of its letters wrong at most), for "did you mean" hints. */
function nearest(name: string, known: string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const prev = row;
      row = [i];
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      }
    }
    return row[b.length];
  };
  const best = known.map((k) => ({ k, d: distance(name, k) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(best.k.length / 3)) ? best.k : undefined;
}

function unknownKeys(value: Record<string, unknown>, known: string[], path: string): string[] {
  return Object.keys(value).filter((k) => !known.includes(k)).map((k) => {
    const hint = nearest(k, known);
    return `${path}.${k} is not a known field${hint ? `; did you mean ${hint}?` : `. Known: ${known.join(', ')}.`}`;
  });
}

function targetProblems(targets: unknown): string[] {
  if (!Array.isArray(targets)) return [`targets must be an array of probe targets, got: ${show(targets)}.`];
  return targets.flatMap((t: unknown, i) => {
    const at = `targets[${i}]`;
    if (!isPlainObject(t)) return [`${at} must be an object, got: ${show(t)}.`];
    const problems = unknownKeys(t, TARGET_NAMES, at);
    const check = t.check as string;
    const transport = check === 'stun' ? 'udp' : check === 'tcp' || check === 'tls' ? 'tcp' : undefined;
    const fail = (condition: boolean, message: string): void => {
      if (condition) problems.push(`${at}${message}`);
    };
    fail(!CHECK_KINDS.includes(check), `.check must be one of ${CHECK_KINDS.join(', ')}, got: ${show(check)}.`);
    fail(typeof t.flow !== 'string' || t.flow === '', `.flow must be the plan flow ID (a non-empty string), got: ${show(t.flow)}.`);
    fail(t.protocol !== 'tcp' && t.protocol !== 'udp', `.protocol must be 'tcp' or 'udp', got: ${show(t.protocol)}.`);
    fail(!!transport && (t.protocol === 'tcp' || t.protocol === 'udp') && t.protocol !== transport,
      `.protocol must be '${transport}' for a ${check} check, got: ${show(t.protocol)}.`);
    fail(t.host !== undefined && !isHostname(t.host), `.host must be a hostname like voice-js.roaming.twilio.com, got: ${show(t.host)}.`);
    fail(t.address !== undefined && !net.isIPv4(String(t.address)), `.address must be a literal IPv4 address like 203.0.113.10, got: ${show(t.address)}.`);
    for (const field of ['edge', 'description']) fail(t[field] !== undefined && typeof t[field] !== 'string', `.${field} must be a string, got: ${show(t[field])}.`);
    fail(t.advisory !== undefined && typeof t.advisory !== 'boolean', `.advisory must be true or false, got: ${show(t.advisory)}.`);
    fail(check === 'dns' && t.host === undefined, '.host is required for a dns check.');
    fail(!!transport && t.host === undefined && t.address === undefined, ` needs a host or an address for a ${check} check.`);
    fail(!!transport && !isWhole(t.port, 1, 65535), `.port must be a whole number from 1 to 65535 for a ${check} check, got: ${show(t.port)}.`);
    return [...problems, ...cidrProblems(t.expectCidrs, check, at)];
  });
}

function cidrProblems(cidrs: unknown, check: string, at: string): string[] {
  if (cidrs === undefined) return [];
  if (check !== 'dns') return [`${at}.expectCidrs applies to dns checks only; put it on a dns target for the same host.`];
  if (!Array.isArray(cidrs)) return [`${at}.expectCidrs must be an array of IPv4 CIDRs, got: ${show(cidrs)}.`];
  return cidrs.flatMap((c: unknown, j) => isIpv4Cidr(c) ? [] : [`${at}.expectCidrs[${j}] must be an IPv4 CIDR like 168.86.128.0/18, got: ${show(c)}.`]);
}

function optionProblems(options: unknown): string[] {
  if (!isPlainObject(options)) return [`options must be an object, got: ${show(options)}.`];
  const o = options;
  const problems = unknownKeys(o, OPTION_NAMES, 'options');
  const fail = (condition: boolean, message: string): void => {
    if (condition) problems.push(`options.${message}`);
  };
  fail(o.timeoutMs !== undefined && !(isMs(o.timeoutMs, 0) && o.timeoutMs > 0), `timeoutMs must be a positive number of milliseconds, got: ${show(o.timeoutMs)}.`);
  fail(o.retries !== undefined && !isWhole(o.retries, 0),
    `retries must be a whole number from 0 (above ${MAX_RETRIES} counts as ${MAX_RETRIES}), got: ${show(o.retries)}.`);
  fail(o.stunSamples !== undefined && !isWhole(o.stunSamples, 1, MAX_STUN_SAMPLES),
    `stunSamples must be a whole number from 1 to ${MAX_STUN_SAMPLES}, got: ${show(o.stunSamples)}.`);
  fail(o.lookup !== undefined && typeof o.lookup !== 'function', `lookup must be a function (host) => Promise<string[]>, got: ${show(o.lookup)}.`);
  fail(o.now !== undefined && typeof o.now !== 'function', `now must be a function () => number (a clock in ms), got: ${show(o.now)}.`);
  return [...problems, ...resolveProblems(o.resolve), ...caProblems(o.ca), ...thresholdProblems(o.thresholds)];
}

function resolveProblems(pins: unknown): string[] {
  if (pins === undefined) return [];
  if (!isPlainObject(pins)) return [`options.resolve must map hostnames to IPv4 addresses, got: ${show(pins)}.`];
  return Object.entries(pins).flatMap(([host, ip]) => [
    ...isHostname(host) ? [] : [`options.resolve has a key that is not a hostname: ${show(host)}.`],
    ...typeof ip === 'string' && net.isIPv4(ip) ? [] : [`options.resolve['${host}'] must be an IPv4 address like 203.0.113.10, got: ${show(ip)}.`],
  ]);
}

function caProblems(ca: unknown): string[] {
  if (ca === undefined) return [];
  if (!Array.isArray(ca)) return [`options.ca must be an array of PEM certificates, got: ${show(ca)}.`];
  return ca.flatMap((pem: unknown, i) => {
    if (typeof pem !== 'string' || !pem.includes('-----BEGIN CERTIFICATE-----')) {
      return [`options.ca[${i}] must be a PEM certificate (-----BEGIN CERTIFICATE-----...), got: ${show(pem)}.`];
    }
    // tls.createSecureContext skips a CA it cannot parse without a word: say so here instead.
    try {
      new X509Certificate(pem);
      return [];
    } catch (err) {
      return [`options.ca[${i}] is not a readable PEM certificate (${(err as { message?: string }).message}). Pass the file openssl wrote, unchanged.`];
    }
  });
}

function thresholdProblems(thresholds: unknown): string[] {
  if (thresholds === undefined) return [];
  if (!isPlainObject(thresholds)) return [`options.thresholds must be an object, got: ${show(thresholds)}.`];
  return [
    ...unknownKeys(thresholds, THRESHOLD_NAMES, 'options.thresholds'),
    ...THRESHOLD_NAMES.filter((name) => thresholds[name] !== undefined && !isMs(thresholds[name], 0))
      .map((name) => `options.thresholds.${name} must be a number of milliseconds >= 0, got: ${show(thresholds[name])}.`),
  ];
}
