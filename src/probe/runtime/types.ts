// The probe's vocabulary. Defined here rather than imported from the plan, because lib/probe/runtime/ is copied
// as-is into a Lambda function and may load nothing but Node built-ins and its own files.

/**
 * What a probe target checks.
 *
 * `dns` resolves a name, `tcp` opens a connection, `tls` also completes a verified TLS handshake, `stun` sends
 * RFC 5389 Binding requests over UDP, and `media` stands for Twilio's UDP media range, which cannot be checked
 * outside a call.
 */
export type ProbeCheckKind = 'dns' | 'tcp' | 'tls' | 'stun' | 'media';

/**
 * One check to run: a name to resolve, or an endpoint to reach, tied to the plan flow it verifies.
 */
export interface ProbeTarget {
  /** The kind of check. */
  readonly check: ProbeCheckKind;
  /** The plan flow ID this check belongs to (opaque here, e.g. `voice:signalling:tls`). */
  readonly flow: string;
  /**
   * The Twilio edge name, used as a metrics dimension.
   *
   * @default - none: the canary publishes the result under `Edge=global`
   */
  readonly edge?: string;
  /**
   * The hostname to resolve, and the TLS server name (SNI) to verify.
   *
   * @default - none: `address` must be given (not allowed for `dns` checks)
   */
  readonly host?: string;
  /**
   * A literal IPv4 address to connect to, for endpoints that Twilio publishes only as addresses.
   *
   * Takes precedence over resolving `host`; `host` is still the TLS server name when both are given.
   *
   * @default - `host` is resolved (or taken from `ProbeOptions.resolve`)
   */
  readonly address?: string;
  /**
   * The port to connect to. Required for `tcp`, `tls` and `stun` checks.
   *
   * @default - none
   */
  readonly port?: number;
  /** The transport: `tcp` for `tcp` and `tls` checks, `udp` for `stun`. */
  readonly protocol: 'tcp' | 'udp';
  /**
   * For `dns` checks: every resolved address must fall in one of these IPv4 CIDRs (e.g. an Interconnect's ranges).
   *
   * @default - any address passes
   */
  readonly expectCidrs?: string[];
  /**
   * An advisory check of something the rules do not require: a failure is reported with status `warn` (ok false) and
   * does not fail the run.
   *
   * @default false
   */
  readonly advisory?: boolean;
  /**
   * A human-readable note carried along for reports.
   *
   * @default - none
   */
  readonly description?: string;
}

/**
 * The outcome of one target, after retries.
 */
export interface ProbeResult {
  /** The kind of check, copied from the target. */
  readonly check: ProbeCheckKind;
  /** The plan flow ID, copied from the target. */
  readonly flow: string;
  /** The edge name, copied from the target. @default - none */
  readonly edge?: string;
  /** The hostname, copied from the target. @default - none */
  readonly host?: string;
  /**
   * The IPv4 address actually probed: the target's address, a pin, or the resolved address.
   *
   * @default - none (not resolved, or a media target)
   */
  readonly address?: string;
  /** The port, copied from the target. @default - none */
  readonly port?: number;
  /** The transport, copied from the target. */
  readonly protocol: 'tcp' | 'udp';
  /** True when the check passed, false when it failed, null when it cannot be checked (never counted as passed). */
  readonly ok: boolean | null;
  /** `warn` means passed (ok is true) but over a quality threshold. */
  readonly status: 'pass' | 'fail' | 'warn' | 'not-checkable';
  /**
   * The measured time of the last attempt: dns resolve, tcp connect, tls handshake, stun median round trip.
   *
   * @default - none when the check failed before measuring, or for pinned names and media
   */
  readonly latencyMs?: number;
  /** What was seen: addresses, certificate subject, mapped address and jitter, or the error code. */
  readonly detail: string;
  /** How many attempts ran (1 plus the retries used); 0 for media. */
  readonly attempts: number;
}

/**
 * Quality limits above which a passing check is reported as `warn`.
 */
export interface ProbeThresholds {
  /**
   * Largest acceptable latency in ms: tcp connect, tls handshake or stun round trip.
   *
   * @default - no limit
   */
  readonly rttMsMax?: number;
  /**
   * Largest acceptable stun jitter in ms (mean absolute difference of consecutive round trips).
   *
   * @default - no limit
   */
  readonly jitterMsMax?: number;
}

/**
 * How to run the probe.
 */
export interface ProbeOptions {
  /**
   * The limit for one attempt, DNS lookup included, in ms.
   *
   * @default 3000
   */
  readonly timeoutMs?: number;
  /**
   * How many times a failed attempt is repeated. Values above 2 are capped at 2. Definitive answers (NXDOMAIN, a
   * rejected certificate, an address outside `expectCidrs`, a STUN error response) are not retried.
   *
   * @default 2
   */
  readonly retries?: number;
  /**
   * Hostname to IPv4 pins, like `curl --resolve`: DNS is skipped for these names, which stay the TLS server name.
   *
   * @default - every name is resolved
   */
  readonly resolve?: Record<string, string>;
  /**
   * PEM certificate authorities to trust in addition to the system ones (`tls.rootCertificates`), e.g. a
   * TLS-inspecting proxy's CA.
   *
   * @default - the system CAs only
   */
  readonly ca?: string[];
  /**
   * Quality limits: a passing check over one of them has status `warn`.
   *
   * @default - no limits
   */
  readonly thresholds?: ProbeThresholds;
  /**
   * STUN Binding requests sent per attempt, to measure round trip and jitter.
   *
   * @default 3
   */
  readonly stunSamples?: number;
  /**
   * The resolver, injectable for tests.
   *
   * @default - `dns.promises.Resolver#resolve4` (asks the VPC resolver), falling back to `dns.lookup` (hosts file, nsswitch)
   */
  readonly lookup?: (host: string) => Promise<string[]>;
  /**
   * The clock latencies (DNS, TCP connect, TLS handshake, STUN round trips) are measured with, in ms; injectable for
   * tests, so that a measured value does not depend on the machine's load. Timeouts always use the real clock.
   *
   * @default - `performance.now`
   */
  readonly now?: () => number;
}
