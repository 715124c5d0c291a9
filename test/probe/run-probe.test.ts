import * as dns from 'dns';
import { performance } from 'perf_hooks';
import {
  closeAll, closedTcpPort, closedUdpPort, FakeClock, fullBacklogPort, makeTestPki, opensslSkipReason, silentTcpServer, silentUdpPort,
  stunResponder, TestPki, tlsServer,
} from './servers';
import { ProbeResult, ProbeTarget, probeExitCode, runProbe } from '../../src/probe/runtime';

// Short timeouts keep the suite fast; every server below is on 127.0.0.1.
const TIMEOUT = 300;

afterEach(() => jest.restoreAllMocks());
afterAll(closeAll);

/** A clock that moves `step` ms on every reading, so a measured interval is never 0 whatever the machine does. */
function ticking(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; elapsedMs: number }> {
  const start = performance.now();
  const value = await work;
  return { value, elapsedMs: performance.now() - start };
}

const tcp = (port: number, extra: Partial<ProbeTarget> = {}): ProbeTarget => ({ check: 'tcp', flow: 'test:tcp', address: '127.0.0.1', port, protocol: 'tcp', ...extra });
const stun = (port: number, extra: Partial<ProbeTarget> = {}): ProbeTarget => ({ check: 'stun', flow: 'test:stun', address: '127.0.0.1', port, protocol: 'udp', ...extra });

describe('runProbe', () => {
  describe('validation', () => {
    test('names every bad option in one error, with a hint for a typo', async () => {
      const options: any = {
        timeoutMs: 0, retries: -1, stunSamples: 0, resolve: { 'a.test': 'nope' }, ca: ['nope'], thresholds: { rttMsMax: -1 }, timout: 5, lookup: 'dns',
      };
      await expect(runProbe([], options)).rejects.toThrow([
        'options.timout is not a known field; did you mean timeoutMs?',
        'options.timeoutMs must be a positive number of milliseconds, got: 0.',
        'options.retries must be a whole number from 0 (above 2 counts as 2), got: -1.',
        'options.stunSamples must be a whole number from 1 to 20, got: 0.',
        "options.lookup must be a function (host) => Promise<string[]>, got: 'dns'.",
        "options.resolve['a.test'] must be an IPv4 address like 203.0.113.10, got: 'nope'.",
        "options.ca[0] must be a PEM certificate (-----BEGIN CERTIFICATE-----...), got: 'nope'.",
        'options.thresholds.rttMsMax must be a number of milliseconds >= 0, got: -1.',
      ].join('\n'));
    });

    test('names every bad target field in one error', async () => {
      const targets: any[] = [
        { check: 'http', flow: 'a', protocol: 'tcp' },
        { check: 'tcp', flow: '', protocol: 'udp', port: 0 },
        { check: 'dns', flow: 'c', protocol: 'udp', expectCidrs: ['10.0.0.0/33'] },
        { check: 'stun', flow: 'd', protocol: 'udp', address: 'stun.example', port: 3478, expectCidrs: [] },
      ];
      await expect(runProbe(targets)).rejects.toThrow([
        "targets[0].check must be one of dns, tcp, tls, stun, media, got: 'http'.",
        "targets[1].flow must be the plan flow ID (a non-empty string), got: ''.",
        "targets[1].protocol must be 'tcp' for a tcp check, got: 'udp'.",
        'targets[1] needs a host or an address for a tcp check.',
        'targets[1].port must be a whole number from 1 to 65535 for a tcp check, got: 0.',
        'targets[2].host is required for a dns check.',
        "targets[2].expectCidrs[0] must be an IPv4 CIDR like 168.86.128.0/18, got: '10.0.0.0/33'.",
        "targets[3].address must be a literal IPv4 address like 203.0.113.10, got: 'stun.example'.",
        'targets[3].expectCidrs applies to dns checks only; put it on a dns target for the same host.',
      ].join('\n'));
    });

    test('a CA that does not load is a bad option, not a failed check', async () => {
      const ca = ['-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n'];
      await expect(runProbe([], { ca })).rejects.toThrow(
        // The parenthesis holds OpenSSL's own words, which change between versions.
        /^options\.ca\[0\] is not a readable PEM certificate \(.*bad base64 decode\)\. Pass the file openssl wrote, unchanged\.$/);
    });

    test('retries above 2 count as 2', async () => {
      const [result] = await runProbe([tcp(await closedTcpPort())], { retries: 9, timeoutMs: TIMEOUT });
      expect(result.attempts).toBe(3);
    });
  });

  describe('dns', () => {
    const dnsTarget = (host: string, expectCidrs?: string[]): ProbeTarget => ({ check: 'dns', flow: 'test:dns', edge: 'frankfurt', host, protocol: 'udp', expectCidrs });

    test('passes with the injected resolver\'s addresses and the resolve time', async () => {
      const lookup = jest.fn(async () => ['168.86.128.10', '168.86.129.20']);
      const [result] = await runProbe([dnsTarget('voice-js.frankfurt.twilio.com', ['168.86.128.0/18'])], { lookup });
      expect(lookup).toHaveBeenCalledWith('voice-js.frankfurt.twilio.com');
      expect(result).toEqual({
        check: 'dns',
        flow: 'test:dns',
        edge: 'frankfurt',
        host: 'voice-js.frankfurt.twilio.com',
        address: '168.86.128.10',
        port: undefined,
        protocol: 'udp',
        ok: true,
        status: 'pass',
        latencyMs: expect.any(Number),
        attempts: 1,
        detail: 'voice-js.frankfurt.twilio.com -> 168.86.128.10, 168.86.129.20, all within 168.86.128.0/18',
      });
    });

    test('fails on NXDOMAIN without retrying: the answer would not change', async () => {
      const lookup = async (): Promise<string[]> => { throw Object.assign(new Error('queryA ENOTFOUND nowhere.test'), { code: 'ENOTFOUND' }); };
      const [result] = await runProbe([dnsTarget('nowhere.test')], { lookup, retries: 2 });
      expect(result).toMatchObject({ ok: false, status: 'fail', attempts: 1, detail: 'DNS lookup of nowhere.test: ENOTFOUND' });
    });

    test('fails with ENODATA when the resolver returns no IPv4 address', async () => {
      const [result] = await runProbe([dnsTarget('v6only.test')], { lookup: async () => ['2001:db8::1'] });
      expect(result).toMatchObject({ ok: false, attempts: 1, detail: 'DNS lookup of v6only.test: ENODATA (no IPv4 address for v6only.test)' });
    });

    // Only a lower bound on time: a busy machine makes a run slower, never faster. That the deadline ends each attempt
    // shows in the result itself (ETIMEDOUT is reported by the deadline alone).
    test('a resolver that never answers times out on every attempt', async () => {
      const lookup = (): Promise<string[]> => new Promise(() => undefined);
      const { value: [result], elapsedMs } = await timed(runProbe([dnsTarget('slow.test')], { lookup, retries: 2, timeoutMs: 200 }));
      expect(result).toMatchObject({ ok: false, attempts: 3, detail: 'DNS lookup of slow.test: ETIMEDOUT (no answer within 200 ms)' });
      expect(elapsedMs).toBeGreaterThanOrEqual(3 * 200 - 5);
    });

    test('Interconnect: an address outside expectCidrs fails and is named', async () => {
      const lookup = async (): Promise<string[]> => ['168.86.128.10', '54.172.60.1'];
      const [result] = await runProbe([dnsTarget('voice-js.frankfurt-ix.twilio.com', ['168.86.128.0/18', '10.10.0.0/16'])], { lookup });
      expect(result).toMatchObject({
        ok: false,
        status: 'fail',
        attempts: 1,
        detail: 'voice-js.frankfurt-ix.twilio.com resolved to 54.172.60.1, outside the expected 168.86.128.0/18, 10.10.0.0/16',
      });
    });

    test('a resolve pin skips DNS and is still checked against expectCidrs', async () => {
      const lookup = jest.fn(async () => ['192.0.2.1']);
      const resolve = { 'Voice-JS.Frankfurt-IX.twilio.com': '10.10.1.5', 'pinned.test': '192.0.2.7' };
      const results = await runProbe([
        dnsTarget('voice-js.frankfurt-ix.twilio.com', ['10.10.0.0/16']),
        dnsTarget('pinned.test', ['10.10.0.0/16']),
      ], { lookup, resolve });
      expect(lookup).not.toHaveBeenCalled();
      expect(results.map((r) => [r.status, r.address, r.latencyMs, r.detail])).toEqual([
        ['pass', '10.10.1.5', undefined, 'voice-js.frankfurt-ix.twilio.com -> 10.10.1.5, all within 10.10.0.0/16 (pinned by options.resolve, DNS not queried)'],
        ['fail', '192.0.2.7', undefined, 'pinned.test resolved to 192.0.2.7, outside the expected 10.10.0.0/16 (pinned by options.resolve, DNS not queried)'],
      ]);
    });

    test('the default resolver falls back to the system resolver (hosts file) when the DNS server fails', async () => {
      jest.spyOn(dns.promises.Resolver.prototype, 'resolve4').mockRejectedValue(Object.assign(new Error('queryA ECONNREFUSED localhost'), { code: 'ECONNREFUSED' }));
      const [result] = await runProbe([dnsTarget('localhost')], { timeoutMs: 2000 });
      expect(result).toMatchObject({ ok: true, address: '127.0.0.1' });
    });

    test('the default resolver reports the DNS server\'s error when the fallback fails too', async () => {
      jest.spyOn(dns.promises.Resolver.prototype, 'resolve4').mockRejectedValue(Object.assign(new Error('queryA ESERVFAIL x.test'), { code: 'ESERVFAIL' }));
      jest.spyOn(dns.promises, 'lookup').mockRejectedValue(Object.assign(new Error('getaddrinfo EAI_AGAIN x.test'), { code: 'EAI_AGAIN' }));
      const [result] = await runProbe([dnsTarget('x.test')], { retries: 0 });
      expect(result).toMatchObject({ ok: false, attempts: 1, detail: 'DNS lookup of x.test: ESERVFAIL' });
    });
  });

  describe('tcp', () => {
    test('connects to a listening port and reports the connect time', async () => {
      const port = await silentTcpServer();
      const [result] = await runProbe([tcp(port)]);
      expect(result).toMatchObject({ ok: true, status: 'pass', address: '127.0.0.1', port, attempts: 1, latencyMs: expect.any(Number) });
      expect(result.detail).toMatch(new RegExp(`^TCP connect to 127\\.0\\.0\\.1:${port} in \\d+\\.\\d ms$`));
    });

    test('resolves the host with the injected resolver', async () => {
      const port = await silentTcpServer();
      const [result] = await runProbe([tcp(port, { address: undefined, host: 'chunderw-vpc-gll.twilio.com' })], { lookup: async () => ['127.0.0.1'] });
      expect(result).toMatchObject({ ok: true, host: 'chunderw-vpc-gll.twilio.com', address: '127.0.0.1' });
    });

    test('a retry tries the next resolved address', async () => {
      const port = await silentTcpServer(); // on 127.0.0.1 only: 127.0.0.2 refuses
      const [result] = await runProbe([tcp(port, { address: undefined, host: 'two.test' })], { lookup: async () => ['127.0.0.2', '127.0.0.1'] });
      expect(result).toMatchObject({ ok: true, address: '127.0.0.1', attempts: 2 });
    });

    test('a refused connection fails with ECONNREFUSED after the retries', async () => {
      const port = await closedTcpPort();
      const [result] = await runProbe([tcp(port)], { retries: 1, timeoutMs: TIMEOUT });
      expect(result).toMatchObject({ ok: false, status: 'fail', attempts: 2, latencyMs: undefined, detail: `TCP connect to 127.0.0.1:${port}: ECONNREFUSED` });
    });

    test('a black-holed SYN (full accept queue) times out on every attempt', async () => {
      const port = await fullBacklogPort();
      const [result] = await runProbe([tcp(port)], { retries: 2, timeoutMs: TIMEOUT });
      expect(result).toMatchObject({ ok: false, attempts: 3, detail: `TCP connect to 127.0.0.1:${port}: ETIMEDOUT (no answer within ${TIMEOUT} ms)` });
    });

    test('latency over rttMsMax is a warning, still ok', async () => {
      const port = await silentTcpServer();
      const [result] = await runProbe([tcp(port)], { thresholds: { rttMsMax: 0 }, now: ticking(5) });
      expect(result).toMatchObject({ ok: true, status: 'warn' });
      expect(result.detail).toMatch(/; WARN: latency \d+\.\d ms is over rttMsMax 0 ms$/);
    });
  });

  const skipTls = opensslSkipReason();
  if (skipTls) console.log(`Skipping the TLS probe tests: ${skipTls}`);
  (skipTls ? describe.skip : describe)('tls', () => {
    let pki: TestPki;
    let port: number;
    const tlsTarget = (host: string | undefined, extra: Partial<ProbeTarget> = {}): ProbeTarget => ({
      check: 'tls', flow: 'test:tls', host, address: host ? undefined : '127.0.0.1', port, protocol: 'tcp', ...extra,
    });
    const pins = { 'probe.test': '127.0.0.1', 'wrong.test': '127.0.0.1' };

    beforeAll(async () => {
      pki = makeTestPki();
      port = await tlsServer(pki.key, pki.cert);
    });

    test('completes a verified handshake with the extra CA, reporting connect and handshake times', async () => {
      const [result] = await runProbe([tlsTarget('probe.test')], { resolve: pins, ca: [pki.caPem] });
      expect(result).toMatchObject({ ok: true, status: 'pass', address: '127.0.0.1', attempts: 1, latencyMs: expect.any(Number) });
      expect(result.detail).toMatch(new RegExp(
        `^TLSv1\\.3 with probe\\.test \\(127\\.0\\.0\\.1:${port}\\): certificate CN=probe\\.test issued by CN=Probe Test CA, valid until .+; `
        + 'TCP connect \\d+\\.\\d ms, handshake \\d+\\.\\d ms$'));
    });

    test('verifies an address-only target against the certificate\'s IP SAN', async () => {
      const [result] = await runProbe([tlsTarget(undefined)], { ca: [pki.caPem] });
      expect(result).toMatchObject({ ok: true, status: 'pass' });
    });

    test('an untrusted certificate fails with its code, without retrying', async () => {
      const [result] = await runProbe([tlsTarget('probe.test')], { resolve: pins, retries: 2 });
      expect(result).toMatchObject({ ok: false, status: 'fail', attempts: 1, address: '127.0.0.1' });
      expect(result.detail).toMatch(new RegExp(`^TLS handshake with probe\\.test \\(127\\.0\\.0\\.1:${port}, TCP connect \\d+\\.\\d ms\\): UNABLE_TO_VERIFY_LEAF_SIGNATURE`));
    });

    test('a certificate for another name fails with ERR_TLS_CERT_ALTNAME_INVALID', async () => {
      const [result] = await runProbe([tlsTarget('wrong.test')], { resolve: pins, ca: [pki.caPem] });
      expect(result).toMatchObject({ ok: false, attempts: 1 });
      expect(result.detail).toMatch(/: ERR_TLS_CERT_ALTNAME_INVALID \(Hostname\/IP does not match certificate's altnames: Host: wrong\.test\. is not in the cert's altnames: DNS:probe\.test, IP Address:127\.0\.0\.1\)$/);
    });

    test('a server that accepts but never answers the handshake times out on every attempt', async () => {
      const silent = await silentTcpServer();
      const [result] = await runProbe([tlsTarget('probe.test', { port: silent })], { resolve: pins, ca: [pki.caPem], retries: 1, timeoutMs: TIMEOUT });
      expect(result).toMatchObject({ ok: false, attempts: 2 });
      expect(result.detail).toMatch(new RegExp(`^TLS handshake with probe\\.test \\(127\\.0\\.0\\.1:${silent}, TCP connect \\d+\\.\\d ms\\): ETIMEDOUT \\(no answer within ${TIMEOUT} ms\\)$`));
    });

    test('a handshake over rttMsMax is a warning', async () => {
      const [result] = await runProbe([tlsTarget('probe.test')], { resolve: pins, ca: [pki.caPem], thresholds: { rttMsMax: 0 }, now: ticking(5) });
      expect(result).toMatchObject({ ok: true, status: 'warn' });
      expect(result.detail).toMatch(/; WARN: latency \d+\.\d ms is over rttMsMax 0 ms$/);
    });
  });

  describe('stun', () => {
    test('reads XOR-MAPPED-ADDRESS and reports median RTT and jitter over the samples', async () => {
      const server = await stunResponder();
      const [result] = await runProbe([stun(server.port)]);
      expect(server.requests()).toBe(3);
      expect(result).toMatchObject({ ok: true, status: 'pass', attempts: 1, latencyMs: expect.any(Number), address: '127.0.0.1' });
      expect(result.detail).toMatch(/^mapped address 127\.0\.0\.1:\d+; RTT median \d+\.\d ms over 3 of 3 samples \([\d., ]+ ms\), jitter \d+\.\d ms$/);
    });

    test('falls back to MAPPED-ADDRESS from RFC 3489 servers', async () => {
      const server = await stunResponder({ mode: 'mapped' });
      const [result] = await runProbe([stun(server.port)], { stunSamples: 1 });
      expect(result.detail).toMatch(/^mapped address 127\.0\.0\.1:\d+; RTT median \d+\.\d ms over 1 of 1 samples \([\d.]+ ms\), jitter n\/a$/);
    });

    test('no answer fails with ETIMEDOUT after the retries', async () => {
      const port = await silentUdpPort();
      const [result] = await runProbe([stun(port)], { retries: 1, timeoutMs: TIMEOUT });
      expect(result).toMatchObject({ ok: false, status: 'fail', attempts: 2, detail: `STUN Binding request to 127.0.0.1:${port}: ETIMEDOUT (no answer within ${TIMEOUT} ms)` });
    });

    test('answers to another transaction are ignored', async () => {
      const server = await stunResponder({ mode: 'wrong-id' });
      const [result] = await runProbe([stun(server.port)], { retries: 0, timeoutMs: TIMEOUT });
      expect(result).toMatchObject({ ok: false, detail: `STUN Binding request to 127.0.0.1:${server.port}: ETIMEDOUT (no answer within ${TIMEOUT} ms)` });
      expect(server.requests()).toBe(1);
    });

    test('a closed UDP port fails with ECONNREFUSED (ICMP port unreachable)', async () => {
      const port = await closedUdpPort();
      const [result] = await runProbe([stun(port)], { retries: 0, timeoutMs: TIMEOUT });
      expect(result).toMatchObject({ ok: false, detail: `STUN Binding request to 127.0.0.1:${port}: ECONNREFUSED` });
    });

    test('an error response fails without retrying', async () => {
      const server = await stunResponder({ mode: 'error' });
      const [result] = await runProbe([stun(server.port)]);
      expect(result).toMatchObject({ ok: false, attempts: 1, detail: `STUN Binding request to 127.0.0.1:${server.port}: STUN_401 (error response 401 Unauthorized)` });
    });

    test('keeps the samples measured before a lost request', async () => {
      const server = await stunResponder({ delaysMs: [0, -1] });
      const [result] = await runProbe([stun(server.port)], { timeoutMs: TIMEOUT });
      expect(result).toMatchObject({ ok: true, attempts: 1 });
      expect(result.detail).toContain('over 1 of 3 samples');
    });

    // The round trips come from an injected clock the responders move, so the machine's load cannot add jitter.
    test('RTT over rttMsMax and jitter over jitterMsMax are warnings', async () => {
      const clock = new FakeClock();
      const slow = await stunResponder({ clock, clockDelaysMs: [40] });
      const jittery = await stunResponder({ clock, clockDelaysMs: [0, 80, 0] });
      const options = { thresholds: { rttMsMax: 20, jitterMsMax: 30 }, timeoutMs: 1000, now: clock.now };
      // one target at a time: two in parallel would move the shared clock for each other
      const [slowResult] = await runProbe([stun(slow.port)], options);
      const [jitteryResult] = await runProbe([stun(jittery.port)], options);
      expect([slowResult, jitteryResult].map((r) => [r.ok, r.status])).toEqual([[true, 'warn'], [true, 'warn']]);
      expect(slowResult.latencyMs).toBe(40);
      expect(slowResult.detail).toBe(`mapped address 127.0.0.1:${slowResult.detail.match(/:(\d+);/)![1]}; RTT median 40.0 ms over 3 of 3 samples `
        + '(40.0, 40.0, 40.0 ms), jitter 0.0 ms; WARN: latency 40.0 ms is over rttMsMax 20 ms');
      expect(jitteryResult.latencyMs).toBe(0);
      expect(jitteryResult.detail).toMatch(/RTT median 0\.0 ms over 3 of 3 samples \(0\.0, 80\.0, 0\.0 ms\), jitter 80\.0 ms; WARN: jitter 80\.0 ms is over jitterMsMax 30 ms$/);
    });

    test('a passing check within both limits is not a warning (measured with the injected clock)', async () => {
      const clock = new FakeClock();
      const server = await stunResponder({ clock, clockDelaysMs: [10, 12, 10] });
      const [result] = await runProbe([stun(server.port)], { thresholds: { rttMsMax: 20, jitterMsMax: 30 }, now: clock.now });
      expect(result).toMatchObject({ ok: true, status: 'pass', latencyMs: 10 });
      expect(result.detail).toMatch(/RTT median 10\.0 ms over 3 of 3 samples \(10\.0, 12\.0, 10\.0 ms\), jitter 2\.0 ms$/);
    });
  });

  describe('media', () => {
    test('is not checkable: ok null, no attempt, not counted as passed', async () => {
      const [result] = await runProbe([{ check: 'media', flow: 'voice:media:udp', edge: 'sydney', protocol: 'udp', description: 'SRTP to 168.86.128.0/18' }]);
      expect(result).toMatchObject({ ok: null, status: 'not-checkable', attempts: 0 });
      expect(result.detail).toMatch(/^UDP media to Twilio's media range can only be verified during a call/);
    });
  });

  describe('scheduling', () => {
    test('runs at most 8 targets at once and returns results in target order', async () => {
      // Counted, not timed: a resolver that answers after a turn of the event loop records how many lookups overlap.
      let inFlight = 0;
      let most = 0;
      const lookup = async (): Promise<string[]> => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setImmediate(r));
        inFlight--;
        return ['127.0.0.1'];
      };
      const targets: ProbeTarget[] = Array.from({ length: 20 }, (_, i) => ({
        check: 'dns', flow: `flow-${i}`, edge: 'frankfurt', host: `host-${i}.test`, protocol: 'udp',
      }));
      const results = await runProbe(targets, { retries: 0, lookup });
      expect(results.map((r) => [r.flow, r.attempts, r.ok])).toEqual(targets.map((t) => [t.flow, 1, true]));
      expect(most).toBe(8);
    });

    test('an empty target list gives no results', async () => {
      await expect(runProbe([])).resolves.toEqual([]);
    });
  });
});

describe('probeExitCode', () => {
  const result = (ok: boolean | null, status: ProbeResult['status']): ProbeResult => ({ check: 'tcp', flow: 'f', protocol: 'tcp', ok, status, detail: '', attempts: 1 });

  test('0 when every checkable result passed; warnings and not-checkable results do not fail', () => {
    expect(probeExitCode([result(true, 'pass'), result(true, 'warn'), result(null, 'not-checkable')])).toBe(0);
    expect(probeExitCode([])).toBe(0);
  });

  test('1 when any checkable result failed', () => {
    expect(probeExitCode([result(true, 'pass'), result(false, 'fail')])).toBe(1);
  });
});
