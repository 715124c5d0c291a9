// `twilio-voice-network probe`, run in-process against servers on 127.0.0.1 only. Every hostname a test probes is
// pinned to 127.0.0.1 with --resolve (the injected transformer refuses a target that is not, and the injected
// resolver fails any lookup), and the transformer moves each target's port to a loopback server: nothing leaves
// the machine.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  closeAll, closedTcpPort, FakeClock, fullBacklogPort, makeTestPki, opensslSkipReason, silentUdpPort, stunResponder, TestPki, tlsServer,
} from './servers';
import { TwilioCatalog, TwilioEdge, TwilioNetworkPlan, TwilioNetworkPlanProps, VoiceSdk } from '../../src';
import { runCli } from '../../src/cli/cli';
import { ProbeTarget } from '../../src/probe/runtime';
import { probeTargets } from '../../src/probe/targets';

const TIMEOUT = 400;
const LOOPBACK = '127.0.0.1';

const skip = opensslSkipReason();
if (skip) console.log(`SKIPPED probe CLI tests that need a test CA: ${skip}.`);
const withPki = skip ? test.skip : test;

const FRANKFURT: TwilioNetworkPlanProps = { edges: [TwilioEdge.FRANKFURT], insights: false };
const FRANKFURT_ARGS = ['--edge', 'frankfurt', '--no-insights'];
const FRANKFURT_TURN: TwilioNetworkPlanProps = { ...FRANKFURT, turnFallback: true };
const LONDON_TURN: TwilioNetworkPlanProps = { edges: [TwilioEdge.LONDON_IX], turnFallback: true };

/** Every hostname the plan's checks use (the CLI's, with the advisory STUN check). */
const hostsOf = (props: TwilioNetworkPlanProps): string[] =>
  [...new Set(probeTargets(TwilioNetworkPlan.compute(props), { stunAlways: true }).flatMap((t) => (t.host ? [t.host] : [])))];

let pki: TestPki;
let tmp: string;
let caFile: string;
let tlsPort: number;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-probe-cli-'));
  if (skip) return;
  pki = makeTestPki([...new Set([...hostsOf(FRANKFURT_TURN), ...hostsOf(LONDON_TURN)])]);
  caFile = path.join(tmp, 'ca.pem');
  fs.writeFileSync(caFile, pki.caPem);
  tlsPort = await tlsServer(pki.key, pki.cert);
});
afterAll(async () => {
  await closeAll();
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `probe` with every host of `props` pinned to loopback, and each target's port moved to `ports[check:port]`
 * (a target without an entry keeps its port, which the transformer refuses unless it is media).
 */
async function probe(props: TwilioNetworkPlanProps, args: string[], ports: Record<string, number>, clock = new FakeClock()): Promise<Run> {
  const pins = hostsOf(props);
  const transformTargets = (targets: ProbeTarget[]): ProbeTarget[] => targets.map((t) => {
    if (t.check === 'media' || t.check === 'dns') return t;
    if (!t.host || !pins.includes(t.host)) throw new Error(`test bug: ${t.host} is not pinned to loopback`);
    const port = ports[`${t.check}:${t.port}`];
    if (port === undefined) throw new Error(`test bug: no loopback server for ${t.check}:${t.port}`);
    return { ...t, port };
  });
  const lookup = async (host: string): Promise<string[]> => {
    throw new Error(`test bug: ${host} would be looked up`);
  };
  let stdout = '';
  let stderr = '';
  // latencies come from a clock only the test moves: no result depends on how busy the machine is (timeouts still do)
  const code = await runCli(['probe', ...args, '--timeout-ms', String(TIMEOUT), ...pins.flatMap((h) => ['--resolve', `${h}=${LOOPBACK}`])], {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
  }, { transformTargets, lookup, now: clock.now });
  return { code, stdout, stderr };
}

/** The --json output: JSON Lines, one object per line. */
const json = (run: Run): any[] => run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
const find = (rows: any[], check: string, port?: number): any => rows.find((r) => r.check === check && (port === undefined || r.port === port));
/** The probe's ports for STUN (UDP) and TURN (TCP), from the catalog like the targets. */
const STUN_PORT = TwilioCatalog.ntsPorts().find((p) => p.protocol === 'udp')!.port;
const [TURN_TCP_A, TURN_TCP_B, TURN_TCP_C] = TwilioCatalog.ntsPorts().filter((p) => p.protocol === 'tcp').map((p) => p.port).sort((a, b) => a - b);
const TLS = TwilioCatalog.signaling(TwilioEdge.FRANKFURT, VoiceSdk.JAVASCRIPT).port;

describe('twilio-voice-network probe', () => {
  withPki('every checkable flow passes: exit 0, a table with one row per check, media reported as not checkable', async () => {
    const stun = await stunResponder();
    const run = await probe(FRANKFURT, [...FRANKFURT_ARGS, '--ca', caFile], { [`tls:${TLS}`]: tlsPort, [`stun:${STUN_PORT}`]: stun.port });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^check\s+flow\s+host\s+address\s+port\s+protocol\s+result\s+latency ms\s+detail$/);
    const plan = TwilioNetworkPlan.compute(FRANKFURT);
    const rows = lines.slice(2, 2 + probeTargets(plan, { stunAlways: true }).length);
    for (const host of plan.flows.filter((f) => f.peerIsHostname).map((f) => f.peer)) {
      expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^dns\\s+\\S+\\s+${host.replace(/\./g, '\\.')}\\s+127\\.0\\.0\\.1\\s+-\\s+udp\\s+ok\\s+-\\s+${host.replace(/\./g, '\\.')} -> 127\\.0\\.0\\.1 \\(pinned by --resolve`)));
      expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^tls\\s+\\S+\\s+${host.replace(/\./g, '\\.')}\\s+127\\.0\\.0\\.1\\s+${tlsPort}\\s+tcp\\s+ok\\s+\\d+\\.\\d\\s+TLSv1\\.3 with ${host.replace(/\./g, '\\.')}`)));
    }
    expect(rows[rows.length - 1]).toMatch(/^media\s+media:\S+\s+-\s+-\s+-\s+udp\s+not checkable\s+-\s+not checkable: UDP media to Twilio's media range can only be verified during a call/);
    // without --turn the SDK still gathers STUN candidates: an advisory STUN check to the edge's STUN server
    expect(rows).toContainEqual(expect.stringMatching(/^stun\s+stun:frankfurt\.stun\.twilio\.com:udp-3478\s+frankfurt\.stun\.twilio\.com\s+127\.0\.0\.1\s+\d+\s+udp\s+ok\s/));
    expect(lines[lines.length - 1]).toBe('7 passed (0 with warnings), 0 failed, 1 not checkable. Quality limits: RTT 200 ms, jitter 30 ms.');
  });

  withPki('--json: JSON Lines, one object per check and line with the same fields each; media has ok null, never true', async () => {
    const silent = await silentUdpPort();
    const run = await probe(FRANKFURT, [...FRANKFURT_ARGS, '--ca', caFile, '--json'], { [`tls:${TLS}`]: tlsPort, [`stun:${STUN_PORT}`]: silent });
    // an unanswered advisory STUN check is a warning: the run still passes
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('{') && l.endsWith('}'))).toBe(true);
    const rows = json(run);
    expect(rows).toHaveLength(probeTargets(TwilioNetworkPlan.compute(FRANKFURT), { stunAlways: true }).length);
    expect(find(rows, 'stun')).toMatchObject({ ok: false, status: 'warn', result: 'WARN', detail: expect.stringMatching(/ETIMEDOUT.*; WARN: advisory, not required by the rules$/) });
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['check', 'flow', 'edge', 'host', 'address', 'port', 'protocol', 'ok', 'status', 'result', 'latencyMs', 'attempts', 'detail']);
    }
    expect(find(rows, 'tls')).toEqual({
      check: 'tls',
      flow: expect.stringMatching(/^\S+:tcp-443$/),
      edge: 'frankfurt',
      host: expect.any(String),
      address: LOOPBACK,
      port: tlsPort,
      protocol: 'tcp',
      ok: true,
      status: 'pass',
      result: 'ok',
      latencyMs: expect.any(Number),
      attempts: 1,
      detail: expect.stringMatching(/^TLSv1\.3 with /),
    });
    expect(find(rows, 'media')).toEqual({
      check: 'media',
      flow: 'media:168.86.128.0/18:udp-10000-60000',
      edge: 'frankfurt',
      host: null,
      address: null,
      port: null,
      protocol: 'udp',
      ok: null,
      status: 'not-checkable',
      result: 'not checkable',
      latencyMs: null,
      attempts: 0,
      detail: expect.stringMatching(/^not checkable: UDP media to Twilio's media range can only be verified during a call/),
    });
  });

  withPki('a certificate from a CA not trusted (no --ca) fails every TLS check at once, without retries: exit 1', async () => {
    const stun = await stunResponder();
    const run = await probe(FRANKFURT, [...FRANKFURT_ARGS, '--json'], { [`tls:${TLS}`]: tlsPort, [`stun:${STUN_PORT}`]: stun.port });
    expect(run.code).toBe(1);
    const tls = json(run).filter((r) => r.check === 'tls');
    expect(tls).toHaveLength(3);
    for (const r of tls) {
      expect(r).toMatchObject({ ok: false, status: 'fail', result: 'FAIL', attempts: 1 });
      expect(r.detail).toMatch(/^TLS handshake with \S+ \(127\.0\.0\.1:\d+, TCP connect [\d.]+ ms\): UNABLE_TO_VERIFY_LEAF_SIGNATURE/);
    }
  });

  withPki('Interconnect with TURN: every outcome in one run, within the time bound, exit 1', async () => {
    const closed = await closedTcpPort();
    const blackhole = await fullBacklogPort();
    const stun = await stunResponder();
    const run = await probe(LONDON_TURN, ['--edge', 'london-ix', '--turn', '--ca', caFile, '--json'], {
      [`tls:${TLS}`]: tlsPort,
      [`stun:${STUN_PORT}`]: stun.port,
      [`tcp:${TURN_TCP_A}`]: tlsPort,
      [`tcp:${TURN_TCP_B}`]: closed,
      [`tcp:${TURN_TCP_C}`]: blackhole,
    });
    expect(run.code).toBe(1);
    const rows = json(run);
    const [jsHost] = TwilioCatalog.signalingHostnames(TwilioEdge.LONDON_IX, VoiceSdk.JAVASCRIPT);
    const cidrs = TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX).signalingCidrs!;
    // The wrong Interconnect address: the name answers outside the edge's CIDRs, so traffic would take the public edge.
    expect(rows.find((r) => r.check === 'dns' && r.host === jsHost)).toMatchObject({
      ok: false, attempts: 1, detail: `${jsHost} resolved to 127.0.0.1, outside the expected ${cidrs.join(', ')} (pinned by --resolve, DNS not queried)`,
    });
    expect(find(rows, 'tls')).toMatchObject({ host: jsHost, ok: true, port: tlsPort });
    expect(find(rows, 'stun')).toMatchObject({ ok: true, status: 'pass', detail: expect.stringMatching(/^mapped address 127\.0\.0\.1:\d+; RTT median/) });
    expect(find(rows, 'tcp', tlsPort)).toMatchObject({ ok: true, detail: expect.stringMatching(/^TCP connect to 127\.0\.0\.1:\d+ in/) });
    expect(find(rows, 'tcp', closed)).toMatchObject({ ok: false, attempts: 3, detail: expect.stringMatching(/: ECONNREFUSED$/) });
    expect(find(rows, 'tcp', blackhole)).toMatchObject({ ok: false, attempts: 3, detail: `TCP connect to 127.0.0.1:${blackhole}: ETIMEDOUT (no answer within ${TIMEOUT} ms)` });
    expect(find(rows, 'media')).toMatchObject({ ok: null });
    // The black hole's three attempts each ended by the deadline (ETIMEDOUT above); wall time is not asserted, since a
    // busy machine makes any run slower.
  }, 10_000);

  withPki('a STUN server that never answers fails after the retries; the table says FAIL and the exit status is 1', async () => {
    const silent = await silentUdpPort();
    const run = await probe(FRANKFURT_TURN, [...FRANKFURT_ARGS, '--turn', '--ca', caFile], {
      [`tls:${TLS}`]: tlsPort, [`stun:${STUN_PORT}`]: silent, [`tcp:${TURN_TCP_A}`]: tlsPort, [`tcp:${TURN_TCP_B}`]: tlsPort, [`tcp:${TURN_TCP_C}`]: tlsPort,
    });
    expect(run.code).toBe(1);
    const stunRow = run.stdout.split('\n').find((l) => l.startsWith('stun '))!;
    expect(stunRow).toMatch(new RegExp(`^stun\\s+turn:\\S+:udp-${STUN_PORT}\\s+frankfurt\\.stun\\.twilio\\.com\\s+127\\.0\\.0\\.1\\s+${silent}\\s+udp\\s+FAIL\\s+-\\s+STUN Binding request to 127\\.0\\.0\\.1:${silent}: ETIMEDOUT \\(no answer within ${TIMEOUT} ms\\)$`));
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ passed \(0 with warnings\), 1 failed, 1 not checkable\./);
  }, 10_000);

  withPki('jitter over the quality threshold (30 ms) is a warning, not a failure: exit 0', async () => {
    // the second of three answers takes 90 ms on the injected clock: jitter over 30 ms
    const clock = new FakeClock();
    const stun = await stunResponder({ clockDelaysMs: [0, 90, 0], clock });
    const run = await probe(FRANKFURT_TURN, [...FRANKFURT_ARGS, '--turn', '--ca', caFile, '--json'], {
      [`tls:${TLS}`]: tlsPort, [`stun:${STUN_PORT}`]: stun.port, [`tcp:${TURN_TCP_A}`]: tlsPort, [`tcp:${TURN_TCP_B}`]: tlsPort, [`tcp:${TURN_TCP_C}`]: tlsPort,
    }, clock);
    expect(run.code).toBe(0);
    expect(find(json(run), 'stun')).toMatchObject({ ok: true, status: 'warn', result: 'WARN', detail: expect.stringMatching(/WARN: jitter [\d.]+ ms is over jitterMsMax 30 ms$/) });
  });

  describe('bad arguments: one line on stderr, exit status 2, nothing probed', () => {
    const badCa = () => {
      const file = path.join(tmp, 'bad.pem');
      fs.writeFileSync(file, '-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n');
      return file;
    };
    test.each([
      [['--timeout-ms', 'soon'], "twilio-voice-network: --timeout-ms must be a whole number of milliseconds from 1 to 60000, got: 'soon'.\n"],
      [['--timeout-ms', '0'], "twilio-voice-network: --timeout-ms must be a whole number of milliseconds from 1 to 60000, got: '0'.\n"],
      [['--resolve', 'voice-js.example'], "twilio-voice-network: --resolve must look like HOST=IPv4 (e.g. example.net=203.0.113.10), got: 'voice-js.example'.\n"],
      [['--resolve', 'a.example=::1'], "twilio-voice-network: --resolve must look like HOST=IPv4 (e.g. example.net=203.0.113.10), got: 'a.example=::1'.\n"],
      [['--resolve', 'a.example=127.0.0.1', '--resolve', 'a.example=127.0.0.2'], 'twilio-voice-network: --resolve pins a.example twice, to 127.0.0.1 and 127.0.0.2: keep one.\n'],
      [['--ca', '/nonexistent/ca.pem'], "twilio-voice-network: --ca cannot read '/nonexistent/ca.pem': ENOENT.\n"],
      [['--format', 'json'], "twilio-voice-network: --format is not an option of probe (see 'twilio-voice-network probe --help').\n"],
      [['--from', 'pages'], "twilio-voice-network: --from is not an option of probe (see 'twilio-voice-network probe --help').\n"],
      [['--edge', 'frankfrut'], /^twilio-voice-network: Unknown Twilio edge: 'frankfrut'\. Did you mean 'frankfurt'\?[^\n]*\n$/],
      [['--timeout-ms'], "twilio-voice-network: --timeout-ms needs a value (see 'twilio-voice-network probe --help').\n"],
    ])('probe %j', async (args, message) => {
      let stdout = '';
      let stderr = '';
      const transformTargets = jest.fn((t: ProbeTarget[]) => t);
      const code = await runCli(['probe', ...args], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } }, { transformTargets });
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      if (typeof message === 'string') expect(stderr).toBe(message);
      else expect(stderr).toMatch(message);
      expect(transformTargets).not.toHaveBeenCalled();
    });

    test('a --ca file whose certificate does not load', async () => {
      let stderr = '';
      const code = await runCli(['probe', '--ca', badCa()], { stdout: () => undefined, stderr: (t) => { stderr += t; } }, { transformTargets: () => [] });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^twilio-voice-network: --ca is not a readable PEM certificate \(.*\)\. Pass the file openssl wrote, unchanged\.\n$/);
    });

    test.each([
      [['rules', '--resolve', 'a.example=127.0.0.1'], "twilio-voice-network: --resolve is not an option of rules (see 'twilio-voice-network rules --help').\n"],
      [['export', '--format', 'nftables', '--timeout-ms', '5'], "twilio-voice-network: --timeout-ms is not an option of export (see 'twilio-voice-network export --help').\n"],
      [['check-upstream', '--ca', 'x.pem'], "twilio-voice-network: --ca is not an option of check-upstream (see 'twilio-voice-network check-upstream --help').\n"],
    ])('%j: probe options belong to probe', (args, message) => {
      let stderr = '';
      const code = runCli(args, { stdout: () => undefined, stderr: (t) => { stderr += t; } });
      expect({ code, stderr }).toEqual({ code: 2, stderr: message });
    });
  });

  test('probe --help prints its own usage, options (JSON Lines for --json) and exit status', () => {
    let stdout = '';
    expect(runCli(['probe', '--help'], { stdout: (t) => { stdout += t; }, stderr: () => undefined })).toBe(0);
    expect(stdout).toMatch(/^Usage: twilio-voice-network probe \[options\]\n/);
    expect(stdout).toMatch(/--resolve HOST=IP\s+use IP for HOST instead of DNS, like curl --resolve/);
    expect(stdout).toMatch(/--json\s+JSON Lines: one JSON object per check, one per line/);
    expect(stdout).toContain('Exit status: 0 every checkable flow passed (warnings allowed), 1 a check failed, 2 bad arguments.');
    expect(stdout).not.toContain('--format');
  });
});
