import { closeAll, closedTcpPort, silentTcpServer } from './servers';
import { CanaryConfig, createEmfClient, createHandler, handler, MetricsClient, ProbeMetric, PROBE_CONFIG_VARIABLE } from '../../src/probe/runtime';

afterAll(closeAll);
afterEach(() => {
  delete process.env[PROBE_CONFIG_VARIABLE];
  jest.restoreAllMocks();
});

/** A plan's worth of targets: one passing and one refused TCP check at frankfurt, a pinned DNS name, and media. */
async function config(): Promise<CanaryConfig> {
  const open = await silentTcpServer();
  const closed = await closedTcpPort();
  return {
    namespace: 'TwilioVoiceNetwork/Probe',
    dimensions: { Vpc: 'vpc-0abc' },
    options: { timeoutMs: 300, retries: 0, resolve: { 'voice-js.frankfurt.twilio.com': '127.0.0.1' } },
    targets: [
      { check: 'tcp', flow: 'voice:signalling:tcp', edge: 'frankfurt', address: '127.0.0.1', port: open, protocol: 'tcp' },
      { check: 'tcp', flow: 'voice:signalling:tcp', edge: 'frankfurt', address: '127.0.0.1', port: closed, protocol: 'tcp' },
      { check: 'dns', flow: 'voice:dns', edge: 'frankfurt', host: 'voice-js.frankfurt.twilio.com', protocol: 'udp' },
      { check: 'media', flow: 'voice:media:udp', edge: 'frankfurt', protocol: 'udp' },
    ],
  };
}

function stubClient(): { client: MetricsClient; put: jest.Mock } {
  const put = jest.fn(async () => undefined);
  return { client: { put }, put };
}

describe('canary handler', () => {
  test('publishes Success and LatencyMs per check kind and edge, Failures for the run, and nothing for media', async () => {
    const { client, put } = stubClient();
    const log = jest.fn();
    const outcome = await createHandler(client, log)({ config: await config() });

    expect(outcome).toMatchObject({ ok: false, failures: 1 });
    expect(outcome.results.map((r) => r.status)).toEqual(['pass', 'fail', 'pass', 'not-checkable']);
    const tcpDims = { Vpc: 'vpc-0abc', Check: 'tcp', Edge: 'frankfurt' };
    expect(put).toHaveBeenCalledTimes(1);
    expect(put).toHaveBeenCalledWith([
      { name: 'Success', value: 0, unit: 'Count', dimensions: tcpDims },
      { name: 'LatencyMs', value: outcome.results[0].latencyMs, unit: 'Milliseconds', dimensions: tcpDims },
      // The pinned name was not resolved, so there is no latency to publish.
      { name: 'Success', value: 1, unit: 'Count', dimensions: { Vpc: 'vpc-0abc', Check: 'dns', Edge: 'frankfurt' } },
      { name: 'Failures', value: 1, unit: 'Count', dimensions: { Vpc: 'vpc-0abc' } },
    ], 'TwilioVoiceNetwork/Probe');
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toMatch(/^FAIL tcp voice:signalling:tcp 127\.0\.0\.1:\d+ after 1 attempt\(s\): TCP connect to 127\.0\.0\.1:\d+: ECONNREFUSED$/);
  });

  test('reads TWILIO_PROBE_CONFIG when the event (e.g. a schedule\'s) has no config; targets without an edge are global', async () => {
    const open = await silentTcpServer();
    process.env[PROBE_CONFIG_VARIABLE] = JSON.stringify({
      namespace: 'Probe', targets: [{ check: 'tcp', flow: 'insights', address: '127.0.0.1', port: open, protocol: 'tcp' }],
    });
    const { client, put } = stubClient();
    const outcome = await createHandler(client)({ 'source': 'aws.events', 'detail-type': 'Scheduled Event' } as any);
    expect(outcome).toMatchObject({ ok: true, failures: 0 });
    expect(put.mock.calls[0][0].map((m: ProbeMetric) => [m.name, m.value > 0 ? 'positive' : m.value, m.dimensions])).toEqual([
      ['Success', 'positive', { Check: 'tcp', Edge: 'global' }],
      ['LatencyMs', expect.anything(), { Check: 'tcp', Edge: 'global' }],
      ['Failures', 0, {}],
    ]);
  });

  test('a missing, unreadable or incomplete configuration throws a clear error', async () => {
    const run = createHandler(stubClient().client);
    await expect(run({})).rejects.toThrow('TWILIO_PROBE_CONFIG is not set and the event has no config. Set it to JSON: {"namespace": "...", "targets": [...], "options": {...}}.');
    process.env[PROBE_CONFIG_VARIABLE] = '{"namespace":';
    await expect(run({})).rejects.toThrow(/^TWILIO_PROBE_CONFIG is not valid JSON: /);
    await expect(run({ config: { targets: [], dimensions: { Vpc: 7 } } as any })).rejects.toThrow([
      'config.namespace must be a CloudWatch namespace (a non-empty string), got: undefined.',
      'config.dimensions must map dimension names to string values, got: {"Vpc":7}.',
    ].join('\n'));
    await expect(run({ config: { namespace: 'P', targets: [{ check: 'tcp' }] } as any })).rejects.toThrow(/^targets\[0\]\.flow must be the plan flow ID/);
  });
});

describe('createEmfClient', () => {
  /** Checks a line against the EMF specification's required structure. */
  function expectValidEmf(line: string): Record<string, any> {
    const doc = JSON.parse(line);
    expect(doc._aws.Timestamp).toEqual(expect.any(Number));
    expect(doc._aws.CloudWatchMetrics).toHaveLength(1);
    const [directive] = doc._aws.CloudWatchMetrics;
    expect(directive.Namespace).toEqual(expect.any(String));
    for (const set of directive.Dimensions) for (const key of set) expect(typeof doc[key]).toBe('string');
    for (const metric of directive.Metrics) {
      expect(['Count', 'Milliseconds']).toContain(metric.Unit);
      expect([doc[metric.Name]].flat().every((v: unknown) => typeof v === 'number')).toBe(true);
    }
    return doc;
  }

  test('writes one EMF document per dimension set, with repeated values as an array', async () => {
    const lines: string[] = [];
    const dims = { Check: 'tcp', Edge: 'sydney' };
    await createEmfClient((l) => lines.push(l)).put([
      { name: 'Success', value: 1, unit: 'Count', dimensions: dims },
      { name: 'LatencyMs', value: 12.5, unit: 'Milliseconds', dimensions: dims },
      { name: 'LatencyMs', value: 14, unit: 'Milliseconds', dimensions: { Edge: 'sydney', Check: 'tcp' } },
      { name: 'Failures', value: 0, unit: 'Count', dimensions: {} },
    ], 'NS');
    expect(lines.map(expectValidEmf)).toEqual([
      {
        _aws: {
          Timestamp: expect.any(Number),
          CloudWatchMetrics: [{ Namespace: 'NS', Dimensions: [['Check', 'Edge']], Metrics: [{ Name: 'Success', Unit: 'Count' }, { Name: 'LatencyMs', Unit: 'Milliseconds' }] }],
        },
        Check: 'tcp',
        Edge: 'sydney',
        Success: 1,
        LatencyMs: [12.5, 14],
      },
      {
        _aws: { Timestamp: expect.any(Number), CloudWatchMetrics: [{ Namespace: 'NS', Dimensions: [[]], Metrics: [{ Name: 'Failures', Unit: 'Count' }] }] },
        Failures: 0,
      },
    ]);
  });

  test('the default handler writes its metrics to stdout as EMF lines', async () => {
    const written: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => {
      written.push(String(chunk));
      return true;
    });
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const outcome = await handler({ config: await config() });
    jest.restoreAllMocks();

    expect(outcome.failures).toBe(1);
    expect(written.every((chunk) => chunk.endsWith('\n'))).toBe(true);
    const docs = written.join('').trim().split('\n').map(expectValidEmf);
    expect(docs.map((d) => [d._aws.CloudWatchMetrics[0].Namespace, d.Check, d.Success, d.Failures])).toEqual([
      ['TwilioVoiceNetwork/Probe', 'tcp', 0, undefined],
      ['TwilioVoiceNetwork/Probe', 'dns', 1, undefined],
      ['TwilioVoiceNetwork/Probe', undefined, undefined, 1],
    ]);
  });
});
