// One attempt of each check, bounded by a deadline that always releases its timer and sockets.
import * as dgram from 'dgram';
import * as dns from 'dns';
import { once } from 'events';
import * as net from 'net';
import { performance } from 'perf_hooks';
import * as tls from 'tls';
import { inCidr } from './ipv4';
import { bindingRequest, parseBindingResponse, StunAnswer, transactionId } from './stun';
import { ProbeTarget } from '../types';

/** The validated options one run shares. */
export interface ProbeContext {
  readonly timeoutMs: number;
  readonly pins: ReadonlyMap<string, string>;
  readonly lookup: (host: string) => Promise<string[]>;
  /** Built once per run: a context holding ~150 root CAs is too costly to rebuild per connection. */
  readonly secureContext?: tls.SecureContext;
  readonly stunSamples: number;
  /** The clock latencies are measured with, in ms (deadlines always use the real one). */
  readonly now: () => number;
}

/** What one attempt found. `final` failures are definitive answers, not worth a retry. */
export interface Outcome {
  readonly ok: boolean;
  readonly detail: string;
  readonly latencyMs?: number;
  readonly jitterMs?: number;
  readonly address?: string;
  readonly final?: boolean;
}

/** A failure with a stable code for the detail (ECONNREFUSED, ETIMEDOUT, a certificate error...). */
class ProbeFailure extends Error {
  constructor(readonly code: string, message: string, readonly final = false) {
    super(message);
  }
}

/** Owns what an attempt opens, so that the deadline can release it whichever way the attempt ends. */
class Scope {
  /** What the attempt is doing, for the detail of a timeout or an error. */
  public stage = 'starting';
  /** The address chosen, reported even when the attempt then fails. */
  public address?: string;
  private readonly controller = new AbortController();
  private readonly cleanups: Array<() => void> = [];

  constructor(readonly deadline: number) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  defer(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  close(): void {
    this.controller.abort();
    for (const cleanup of this.cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch {
        // already closed
      }
    }
  }
}

type Check = (target: ProbeTarget, ctx: ProbeContext, attempt: number, scope: Scope) => Promise<Outcome>;

const noop = (): void => undefined;
const ms = (value: number): string => value.toFixed(1);

/** Runs one attempt of `target`; never throws, never outlives `ctx.timeoutMs`. */
export async function runAttempt(target: ProbeTarget, ctx: ProbeContext, attempt: number): Promise<Outcome> {
  const scope = new Scope(performance.now() + ctx.timeoutMs);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeFailure('ETIMEDOUT', `no answer within ${ctx.timeoutMs} ms`)), ctx.timeoutMs);
  });
  const running = CHECKS[target.check](target, ctx, attempt, scope);
  running.catch(noop); // once the deadline has won, the abandoned attempt may still reject: expected, not unhandled
  try {
    return await Promise.race([running, expired]);
  } catch (err) {
    return failed(err, scope);
  } finally {
    clearTimeout(timer);
    scope.close();
  }
}

/** Duck-typed, since `instanceof Error` fails for errors from another realm (a Jest sandbox, a vm context). */
const messageOf = (err: unknown): string => String((err as { message?: unknown })?.message ?? err);
const codeOf = (err: unknown): string => String((err as { code?: unknown })?.code ?? 'ERROR');

function failed(err: unknown, scope: Scope): Outcome {
  const code = codeOf(err);
  const message = messageOf(err);
  // Node's network messages already name the code ("connect ECONNREFUSED 1.2.3.4:5"): keep only the code then.
  const explanation = message && !message.includes(code) ? ` (${message})` : '';
  const final = err instanceof ProbeFailure ? err.final : /CERT|SIGNATURE|ISSUER|SELF_SIGNED/.test(code);
  return { ok: false, final, detail: `${scope.stage}: ${code}${explanation}`, address: scope.address };
}

/**
 * The default resolver. resolve4 asks the DNS server (the VPC resolver, where DNS Firewall applies); when that
 * fails, getaddrinfo also reads the hosts file and nsswitch, as the applications on the machine do.
 */
export function defaultLookup(timeoutMs: number): (host: string) => Promise<string[]> {
  return async (host) => {
    const resolver = new dns.promises.Resolver({ timeout: timeoutMs, tries: 1 });
    try {
      return await resolver.resolve4(host);
    } catch (err) {
      try {
        return (await dns.promises.lookup(host, { family: 4, all: true })).map((a) => a.address);
      } catch {
        throw err; // the DNS server's answer (NXDOMAIN, SERVFAIL...) says more than getaddrinfo's
      }
    }
  };
}

async function resolveHost(host: string, ctx: ProbeContext, scope: Scope): Promise<string[]> {
  scope.stage = `DNS lookup of ${host}`;
  let addresses: unknown;
  try {
    addresses = await ctx.lookup(host);
  } catch (err) {
    const code = codeOf(err);
    // NXDOMAIN and "no A record" are answers, not losses: asking again gets the same answer.
    throw new ProbeFailure(code, messageOf(err), code === 'ENOTFOUND' || code === 'ENODATA');
  }
  const ipv4 = Array.isArray(addresses) ? addresses.filter((a): a is string => typeof a === 'string' && net.isIPv4(a)) : [];
  if (ipv4.length === 0) throw new ProbeFailure('ENODATA', `no IPv4 address for ${host}`, true);
  return ipv4;
}

/** The address to probe: the target's literal, a pin, or one of the resolved ones (a different one per retry). */
async function addressOf(target: ProbeTarget, ctx: ProbeContext, attempt: number, scope: Scope): Promise<string> {
  const host = target.host!;
  const literal = target.address ?? (net.isIPv4(host) ? host : ctx.pins.get(host.toLowerCase()));
  const addresses = literal ? [literal] : await resolveHost(host, ctx, scope);
  scope.address = addresses[attempt % addresses.length];
  return scope.address;
}

const dnsCheck: Check = async (target, ctx, _attempt, scope) => {
  const host = target.host!;
  const pinned = ctx.pins.get(host.toLowerCase());
  const fixed = pinned ?? (net.isIPv4(host) ? host : undefined);
  const start = ctx.now();
  const addresses = fixed ? [fixed] : await resolveHost(host, ctx, scope);
  const latencyMs = fixed ? undefined : ctx.now() - start;
  const source = pinned ? ' (pinned by options.resolve, DNS not queried)' : fixed ? ' (an address, DNS not queried)' : '';
  const cidrs = target.expectCidrs ?? [];
  const outside = addresses.filter((a) => cidrs.length > 0 && !cidrs.some((c) => inCidr(a, c)));
  if (outside.length > 0) {
    const detail = `${host} resolved to ${outside.join(', ')}, outside the expected ${cidrs.join(', ')}${source}`;
    return { ok: false, final: true, detail, latencyMs, address: addresses[0] };
  }
  const within = cidrs.length > 0 ? `, all within ${cidrs.join(', ')}` : '';
  return { ok: true, detail: `${host} -> ${addresses.join(', ')}${within}${source}`, latencyMs, address: addresses[0] };
};

async function connect(ip: string, port: number, ctx: ProbeContext, scope: Scope): Promise<{ socket: net.Socket; connectMs: number }> {
  scope.stage = `TCP connect to ${ip}:${port}`;
  const start = ctx.now();
  const socket = net.connect({ host: ip, port });
  socket.on('error', noop); // errors reach `once` below; a late one must not crash the process
  scope.defer(() => socket.destroy());
  await once(socket, 'connect', { signal: scope.signal });
  return { socket, connectMs: ctx.now() - start };
}

const tcpCheck: Check = async (target, ctx, attempt, scope) => {
  const address = await addressOf(target, ctx, attempt, scope);
  const { connectMs } = await connect(address, target.port!, ctx, scope);
  return { ok: true, detail: `TCP connect to ${address}:${target.port} in ${ms(connectMs)} ms`, latencyMs: connectMs, address };
};

const tlsCheck: Check = async (target, ctx, attempt, scope) => {
  const address = await addressOf(target, ctx, attempt, scope);
  const { socket, connectMs } = await connect(address, target.port!, ctx, scope);
  const name = target.host ?? address;
  // SNI carries names only (RFC 6066); for an address the certificate must list it as an IP SAN.
  const servername = net.isIP(name) ? undefined : name;
  scope.stage = `TLS handshake with ${name} (${address}:${target.port}, TCP connect ${ms(connectMs)} ms)`;
  const start = ctx.now();
  const secure = tls.connect({ socket, host: name, servername, secureContext: ctx.secureContext, rejectUnauthorized: true });
  secure.on('error', noop);
  scope.defer(() => secure.destroy());
  await once(secure, 'secureConnect', { signal: scope.signal });
  const handshakeMs = ctx.now() - start;
  const cert = secure.getPeerCertificate();
  const detail = `${secure.getProtocol()} with ${name} (${address}:${target.port}): certificate CN=${cert.subject?.CN} issued by `
    + `CN=${cert.issuer?.CN}, valid until ${cert.valid_to}; TCP connect ${ms(connectMs)} ms, handshake ${ms(handshakeMs)} ms`;
  return { ok: true, detail, latencyMs: handshakeMs, address };
};

/** The answer to request `id`, ignoring anything else the socket receives. */
function answer(socket: dgram.Socket, id: Buffer, scope: Scope): Promise<StunAnswer | undefined> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      socket.off('message', onMessage);
      socket.off('error', onError);
    };
    const onMessage = (msg: Buffer): void => {
      const parsed = parseBindingResponse(msg, id);
      if (parsed) {
        done();
        resolve(parsed);
      }
    };
    const onError = (err: Error): void => {
      done();
      reject(err);
    };
    // Resolves empty just before the attempt's deadline, so that samples already measured are kept.
    const timer = setTimeout(() => {
      done();
      resolve(undefined);
    }, Math.max(0, scope.deadline - performance.now() - 5));
    scope.defer(done);
    socket.on('message', onMessage);
    socket.on('error', onError);
  });
}

const stunCheck: Check = async (target, ctx, attempt, scope) => {
  const address = await addressOf(target, ctx, attempt, scope);
  scope.stage = `STUN Binding request to ${address}:${target.port}`;
  const socket = dgram.createSocket('udp4');
  socket.on('error', noop);
  scope.defer(() => socket.close());
  // Connected, so that an ICMP port unreachable surfaces as ECONNREFUSED instead of silence.
  socket.connect(target.port!, address);
  await once(socket, 'connect', { signal: scope.signal });
  const rtts: number[] = [];
  let mapped: string | undefined;
  for (let i = 0; i < ctx.stunSamples; i++) {
    const id = transactionId();
    const start = ctx.now();
    const pending = answer(socket, id, scope);
    socket.send(bindingRequest(id));
    const reply = await pending;
    if (!reply) break;
    if (reply.kind === 'error') throw new ProbeFailure(`STUN_${reply.code}`, `error response ${reply.code} ${reply.reason}`.trim(), true);
    rtts.push(ctx.now() - start);
    mapped = reply.mapped ?? mapped;
  }
  if (rtts.length === 0) throw new ProbeFailure('ETIMEDOUT', `no answer within ${ctx.timeoutMs} ms`);
  // Median, not mean: one delayed sample should show as jitter, not move the round trip.
  const sorted = [...rtts].sort((a, b) => a - b);
  const median = (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
  const jitterMs = rtts.length > 1 ? rtts.slice(1).reduce((sum, rtt, i) => sum + Math.abs(rtt - rtts[i]), 0) / (rtts.length - 1) : undefined;
  const detail = `mapped address ${mapped ?? 'not reported'}; RTT median ${ms(median)} ms over ${rtts.length} of ${ctx.stunSamples} `
    + `samples (${rtts.map(ms).join(', ')} ms), jitter ${jitterMs === undefined ? 'n/a' : `${ms(jitterMs)} ms`}`;
  return { ok: true, detail, latencyMs: median, jitterMs, address };
};

const mediaCheck: Check = async () => {
  throw new Error('media targets are not checkable and never reach an attempt');
};

const CHECKS: Record<ProbeTarget['check'], Check> = { dns: dnsCheck, tcp: tcpCheck, tls: tlsCheck, stun: stunCheck, media: mediaCheck };
