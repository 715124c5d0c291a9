// The configuration the canary constructs write into TWILIO_PROBE_CONFIG is what the Lambda handler reads: run the
// handler on it, with every host pinned to 127.0.0.1 and every port moved to a closed loopback port, so that each
// check fails fast (or passes, for pinned names) and nothing leaves the machine.
import * as path from 'path';
import { Template } from 'aws-cdk-lib/assertions';
import { useCompiledRuntime } from './runtime-build';
import { closeAll, closedTcpPort, closedUdpPort } from './servers';
import { awscdk, cdktf, TwilioCatalog, TwilioEdge, TwilioNetworkPlan, VoiceSdk } from '../../src';
import { CanaryConfig, createHandler, MetricsClient, PROBE_CONFIG_VARIABLE, ProbeMetric } from '../../src/probe/runtime';
import { testStack } from '../awscdk/util';
import { resources, synthJson, tfStack, VPC } from '../cdktf/util';

const runtime = useCompiledRuntime();
afterAll(async () => {
  runtime.restore();
  await closeAll();
});
afterEach(() => {
  delete process.env[PROBE_CONFIG_VARIABLE];
});

/** Keeps a run on loopback: every host pinned to 127.0.0.1, every port a closed one, short timeouts, no retries. */
async function onLoopback(config: CanaryConfig): Promise<CanaryConfig> {
  const tcp = await closedTcpPort();
  const udp = await closedUdpPort();
  const hosts = [...new Set(config.targets.flatMap((t) => (t.host ? [t.host] : [])))];
  return {
    ...config,
    options: { ...config.options, timeoutMs: 300, retries: 0, resolve: Object.fromEntries(hosts.map((h) => [h, '127.0.0.1'])) },
    targets: config.targets.map((t) => (t.port === undefined ? t : { ...t, port: t.protocol === 'udp' ? udp : tcp })),
  };
}

function stubClient(): { client: MetricsClient; put: jest.Mock } {
  const put = jest.fn(async () => undefined);
  return { client: { put }, put };
}

/** What the metrics must be: Success per check kind and edge (media excluded), and Failures for the run. */
function expectedGroups(config: CanaryConfig): string[] {
  return [...new Set(config.targets.filter((t) => t.check !== 'media').map((t) => `Success ${t.check} ${t.edge}`)), 'Failures'].sort();
}

describe('the canary configuration written by the constructs', () => {
  test('AWS CDK: the function\'s handler (the compiled runtime the asset deploys) accepts it from TWILIO_PROBE_CONFIG and publishes per check and edge', async () => {
    const { stack, vpc } = testStack();
    const london = new awscdk.TwilioPrivateInterconnectEdge(stack, 'London', { vpc, edge: TwilioEdge.LONDON_IX });
    new awscdk.TwilioConnectivityCanary(stack, 'Canary', { vpc, target: london, plan: TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], turnFallback: true }) });
    const [fn] = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'));
    const written: CanaryConfig = JSON.parse(fn.Properties.Environment.Variables[PROBE_CONFIG_VARIABLE]);
    const config = await onLoopback(written);
    process.env[PROBE_CONFIG_VARIABLE] = JSON.stringify(config);

    // The code the asset holds, not src/: what runs in Lambda.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const deployed = require(path.join(runtime.dir, 'canary-handler.js'));
    const { client, put } = stubClient();
    const outcome = await deployed.createHandler(client, () => undefined)({ 'source': 'aws.events', 'detail-type': 'Scheduled Event' });

    expect(outcome.results).toHaveLength(written.targets.length);
    const [jsHost] = TwilioCatalog.signalingHostnames(TwilioEdge.LONDON_IX, VoiceSdk.JAVASCRIPT);
    // Pinned names resolve, except the Interconnect host, whose loopback answer is outside the edge's CIDRs; every
    // connection is refused; media is not checkable.
    expect(outcome.results.map((r: any) => [r.check, r.host, r.ok])).toEqual(written.targets.map((t) => [
      t.check, t.host, t.check === 'media' ? null : t.check === 'dns' ? t.host !== jsHost : false,
    ]));
    expect(put).toHaveBeenCalledTimes(1);
    const [metrics, namespace] = put.mock.calls[0] as [ProbeMetric[], string];
    expect(namespace).toBe('TwilioVoiceNetwork/Canary');
    expect(metrics.filter((m) => m.name !== 'LatencyMs').map((m) => (m.name === 'Failures' ? 'Failures' : `${m.name} ${m.dimensions.Check} ${m.dimensions.Edge}`)).sort())
      .toEqual(expectedGroups(written));
    for (const m of metrics) expect(m.dimensions).toMatchObject({ Canary: 'Test/Canary', Vpc: 'vpc-0123456789abcdef0' });
    expect(metrics.find((m) => m.name === 'Failures')?.value).toBe(outcome.failures);
    // Every connection, and the Interconnect name.
    expect(outcome.failures).toBe(written.targets.filter((t) => t.check !== 'media' && t.check !== 'dns').length + 1);
  }, 15_000);

  test('CDKTF: the handler accepts it as the event\'s config and publishes per check and edge', async () => {
    const { stack } = tfStack();
    const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT], turnFallback: true });
    new cdktf.TwilioConnectivityCanary(stack, 'canary', { vpcId: VPC, subnetIds: ['subnet-0123456789abcdef0'], target: voice });
    const [fn] = resources(synthJson(stack), 'aws_lambda_function');
    const written: CanaryConfig = JSON.parse(fn.environment.variables[PROBE_CONFIG_VARIABLE]);

    const { client, put } = stubClient();
    const outcome = await createHandler(client, () => undefined)({ config: await onLoopback(written) });

    expect(outcome.results.map((r) => r.status)).toEqual(written.targets.map((t) => (t.check === 'media' ? 'not-checkable' : t.check === 'dns' ? 'pass' : 'fail')));
    const [metrics] = put.mock.calls[0] as [ProbeMetric[], string];
    expect(metrics.filter((m) => m.name === 'Success').map((m) => `${m.dimensions.Check}:${m.value}`).sort()).toEqual(['dns:1', 'stun:0', 'tcp:0', 'tls:0']);
    for (const m of metrics.filter((x) => x.name === 'Success')) expect(m.dimensions).toEqual({ Canary: 'test/canary', Vpc: VPC, Check: m.dimensions.Check, Edge: 'frankfurt' });
  }, 15_000);
});
