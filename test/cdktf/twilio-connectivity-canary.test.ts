import { TerraformVariable } from 'cdktf';
import { resources, synthJson, tfStack, VPC } from './util';
import { cdktf, TwilioCatalog, TwilioEdge, TwilioNetworkPlan } from '../../src';
import { probeTargets } from '../../src/probe/targets';
import { useCompiledRuntime } from '../probe/runtime-build';

const runtime = useCompiledRuntime();
afterAll(() => runtime.restore());

const SUBNETS = ['subnet-0b00000000000b001', 'subnet-0b00000000000b002'];
const ref = (json: any, type: string, attribute: string): string => `\${${type}.${Object.keys(json.resource[type])[0]}.${attribute}}`;
/** The configuration with the asset hash (which follows the runtime's code) replaced, for the snapshot. */
const normalized = (json: any): unknown => JSON.parse(JSON.stringify(json).replace(/[0-9A-F]{32}/g, 'ASSET_HASH'));

describe('TwilioConnectivityCanary (CDKTF)', () => {
  describe('GIVEN a TwilioVoiceEgress target and the defaults', () => {
    const { stack } = tfStack();
    const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: VPC, edges: [TwilioEdge.FRANKFURT] });
    const canary = new cdktf.TwilioConnectivityCanary(stack, 'canary', { vpcId: VPC, subnetIds: SUBNETS, target: voice });
    const json = synthJson(stack);
    const [fn] = resources(json, 'aws_lambda_function');

    test('THEN a Node.js function runs the package\'s probe runtime, archived, in the target\'s security group and the subnets', () => {
      expect(fn).toMatchObject({
        runtime: 'nodejs22.x',
        handler: 'canary-handler.handler',
        memory_size: 256,
        function_name: canary.functionName,
        role: ref(json, 'aws_iam_role', 'arn'),
        filename: expect.stringMatching(/^assets\/.+\/archive\.zip$/),
        source_code_hash: expect.stringMatching(/^\$\{filebase64sha256\("assets\/.+\/archive\.zip"\)\}$/),
        vpc_config: { subnet_ids: SUBNETS, security_group_ids: [ref(json, 'aws_security_group', 'id')] },
        logging_config: { log_format: 'Text', log_group: ref(json, 'aws_cloudwatch_log_group', 'name') },
      });
      expect(fn.depends_on).toHaveLength(2);
      expect(canary.functionName).toMatch(/^twilio-voice-canary-[0-9a-f]{8}$/);
      expect(canary.securityGroupId).toBe(voice.securityGroupId);
      // The canary adds no security group and no rule: it has exactly the clients' egress.
      expect(resources(json, 'aws_security_group')).toHaveLength(1);
      expect(resources(json, 'aws_vpc_security_group_egress_rule')).toHaveLength(voice.plan.securityGroupRules.length);
    });

    test('THEN TWILIO_PROBE_CONFIG holds the plan\'s checks, the default namespace and timeout, and the quality limits', () => {
      const { rttMsMax, jitterMsMax } = TwilioCatalog.qualityThresholds();
      expect(JSON.parse(fn.environment.variables.TWILIO_PROBE_CONFIG)).toEqual({
        namespace: 'TwilioVoiceNetwork/Canary',
        dimensions: { Canary: 'test/canary', Vpc: VPC },
        options: { timeoutMs: 3000, retries: 2, thresholds: { rttMsMax, jitterMsMax } },
        targets: JSON.parse(JSON.stringify(probeTargets(voice.plan))),
      });
    });

    test('THEN the execution role has the basic and VPC access execution policies, and the log group its name', () => {
      expect(JSON.parse(resources(json, 'aws_iam_role')[0].assume_role_policy).Statement).toEqual([
        { Effect: 'Allow', Principal: { Service: expect.stringMatching(/^lambda\.\$\{data\.aws_partition\.\S+\.dns_suffix\}$/) }, Action: 'sts:AssumeRole' },
      ]);
      expect(resources(json, 'aws_iam_role_policy_attachment').map((a) => a.policy_arn)).toEqual([
        expect.stringMatching(/^arn:\$\{data\.aws_partition\.\S+\.partition\}:iam::aws:policy\/service-role\/AWSLambdaBasicExecutionRole$/),
        expect.stringMatching(/^arn:\$\{data\.aws_partition\.\S+\.partition\}:iam::aws:policy\/service-role\/AWSLambdaVPCAccessExecutionRole$/),
      ]);
      expect(resources(json, 'aws_cloudwatch_log_group')).toEqual([{ name: `/aws/lambda/${canary.functionName}`, retention_in_days: 30 }]);
      expect(canary.logGroupName).toBe(`/aws/lambda/${canary.functionName}`);
    });

    test('THEN it runs every 15 minutes, invoked by EventBridge with permission', () => {
      expect(resources(json, 'aws_cloudwatch_event_rule')).toEqual([expect.objectContaining({ schedule_expression: 'rate(15 minutes)' })]);
      expect(resources(json, 'aws_cloudwatch_event_target')).toEqual([expect.objectContaining({
        rule: ref(json, 'aws_cloudwatch_event_rule', 'name'), arn: ref(json, 'aws_lambda_function', 'arn'),
      })]);
      expect(resources(json, 'aws_lambda_permission')).toEqual([expect.objectContaining({
        action: 'lambda:InvokeFunction', principal: 'events.amazonaws.com', source_arn: ref(json, 'aws_cloudwatch_event_rule', 'arn'),
      })]);
    });

    test('THEN an alarm fires on a run with at least one failure, with no actions by default', () => {
      expect(resources(json, 'aws_cloudwatch_metric_alarm')).toEqual([{
        alarm_name: canary.alarmName,
        alarm_description: expect.stringMatching(/^A Twilio connectivity check failed in test\/canary/),
        namespace: 'TwilioVoiceNetwork/Canary',
        metric_name: 'Failures',
        dimensions: { Canary: 'test/canary', Vpc: VPC },
        statistic: 'Maximum',
        period: 900,
        evaluation_periods: 1,
        threshold: 1,
        comparison_operator: 'GreaterThanOrEqualToThreshold',
        treat_missing_data: 'notBreaching',
      }]);
      expect(canary.alarmArn).toMatch(/^\$\{TfToken/);
      expect(canary.functionArn).toMatch(/^\$\{TfToken/);
    });

    test('THEN the configuration is pinned', () => {
      expect(normalized(json)).toMatchSnapshot();
    });
  });

  test('GIVEN a plan, a security group ID, a schedule, a namespace, a timeout and alarm actions THEN each is used', () => {
    const { stack } = tfStack();
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], turnFallback: true });
    const topic = 'arn:aws:sns:eu-central-1:111111111111:voice-alerts';
    new cdktf.TwilioConnectivityCanary(stack, 'canary', {
      vpcId: VPC,
      subnetIds: SUBNETS,
      plan,
      securityGroupId: 'sg-0123456789abcdef0',
      schedule: 'rate(1 hour)',
      metricNamespace: 'Voice/Probe',
      timeoutMs: 1500,
      alarmActions: [topic],
    });
    const json = synthJson(stack);
    const [fn] = resources(json, 'aws_lambda_function');
    expect(fn.vpc_config.security_group_ids).toEqual(['sg-0123456789abcdef0']);
    const config = JSON.parse(fn.environment.variables.TWILIO_PROBE_CONFIG);
    expect(config).toMatchObject({ namespace: 'Voice/Probe', options: { timeoutMs: 1500 }, targets: JSON.parse(JSON.stringify(probeTargets(plan))) });
    expect(config.targets.find((t: any) => t.check === 'dns' && t.expectCidrs).expectCidrs).toEqual(TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX).signalingCidrs);
    expect(resources(json, 'aws_cloudwatch_event_rule')[0].schedule_expression).toBe('rate(1 hour)');
    expect(resources(json, 'aws_cloudwatch_metric_alarm')[0]).toMatchObject({ namespace: 'Voice/Probe', period: 3600, alarm_actions: [topic] });
  });

  test('GIVEN IDs as tokens THEN they are accepted and interpolated', () => {
    const { stack } = tfStack();
    const vpcId = new TerraformVariable(stack, 'vpc_id', { type: 'string' }).stringValue;
    const subnetIds = new TerraformVariable(stack, 'subnet_ids', { type: 'list(string)' }).listValue;
    const securityGroupId = new TerraformVariable(stack, 'sg_id', { type: 'string' }).stringValue;
    const topic = new TerraformVariable(stack, 'topic_arn', { type: 'string' }).stringValue;
    new cdktf.TwilioConnectivityCanary(stack, 'canary', { vpcId, subnetIds, securityGroupId, plan: TwilioNetworkPlan.compute({}), alarmActions: [topic] });
    const json = synthJson(stack);
    const [fn] = resources(json, 'aws_lambda_function');
    expect(fn.vpc_config).toEqual({ subnet_ids: '${var.subnet_ids}', security_group_ids: ['${var.sg_id}'] });
    expect(fn.environment.variables.TWILIO_PROBE_CONFIG).toContain('"Vpc":"${var.vpc_id}"');
    expect(resources(json, 'aws_cloudwatch_metric_alarm')[0]).toMatchObject({ dimensions: { Vpc: '${var.vpc_id}' }, alarm_actions: ['${var.topic_arn}'] });
  });

  describe('bad props: one error naming each prop, its value and the fix', () => {
    test('every problem at once', () => {
      const { stack } = tfStack();
      expect(() => new cdktf.TwilioConnectivityCanary(stack, 'canary', {
        vpcId: 'vpc-1',
        subnetIds: ['subnet-x'],
        securityGroupId: 'sg-nope',
        plan: {},
        schedule: 'cron(0 * * * ? *)',
        metricNamespace: '',
        timeoutMs: 1.5,
        alarmActions: ['alerts'],
      } as any)).toThrow([
        '8 problems:',
        "- TwilioConnectivityCanary 'test/canary': vpcId must be a VPC ID like 'vpc-0123456789abcdef0', got: 'vpc-1'.",
        "- TwilioConnectivityCanary 'test/canary': securityGroupId must be a security group ID like 'sg-0123456789abcdef0', got: 'sg-nope'.",
        "- TwilioConnectivityCanary 'test/canary': plan must be a TwilioNetworkPlan (TwilioNetworkPlan.compute({...})), got: {}.",
        "- TwilioConnectivityCanary 'test/canary': subnetIds[0] must be a subnet ID like 'subnet-0123456789abcdef0', got: 'subnet-x'.",
        "- TwilioConnectivityCanary 'test/canary': schedule must be an EventBridge rate expression such as 'rate(15 minutes)', 'rate(1 hour)' or 'rate(1 day)', got: 'cron(0 * * * ? *)'. Cron expressions are not accepted: the failure alarm's period follows the rate.",
        "- TwilioConnectivityCanary 'test/canary': metricNamespace must be a CloudWatch namespace: 1-255 letters, digits or . - _ / # : and spaces, not starting with 'AWS/', got: ''. Use e.g. 'TwilioVoiceNetwork/Canary'.",
        "- TwilioConnectivityCanary 'test/canary': timeoutMs must be a whole number of milliseconds from 100 to 30000, got: 1.5. The default, 3000, suits most networks.",
        "- TwilioConnectivityCanary 'test/canary': alarmActions[0] must be an ARN such as an SNS topic's (arn:aws:sns:eu-central-1:111111111111:alerts), got: 'alerts'.",
      ].join('\n'));
    });

    test('no target, plan, security group or subnets', () => {
      const { stack } = tfStack();
      expect(() => new cdktf.TwilioConnectivityCanary(stack, 'canary', { vpcId: VPC } as any)).toThrow([
        '3 problems:',
        "- TwilioConnectivityCanary 'test/canary': target or plan is required: pass the TwilioVoiceEgress or TwilioPrivateInterconnectEdge whose rules the canary proves, or a TwilioNetworkPlan with securityGroupId.",
        "- TwilioConnectivityCanary 'test/canary': securityGroupId is required without a target: the canary must run in the security group whose rules it proves (a new group would allow all egress and prove nothing).",
        "- TwilioConnectivityCanary 'test/canary': subnetIds is required: list the subnet IDs.",
      ].join('\n'));
    });

    test.each([
      ['rate(1 minutes)', "schedule must be an EventBridge rate expression such as 'rate(15 minutes)', 'rate(1 hour)' or 'rate(1 day)', got: 'rate(1 minutes)'."],
      ['rate(2 days)', "schedule must run at least once a day, got: 'rate(2 days)'. Use e.g. 'rate(1 day)' or shorter."],
    ])('schedule %j', (schedule, message) => {
      const { stack } = tfStack();
      expect(() => new cdktf.TwilioConnectivityCanary(stack, 'canary', {
        vpcId: VPC, subnetIds: SUBNETS, securityGroupId: 'sg-0123456789abcdef0', plan: TwilioNetworkPlan.compute({}), schedule,
      })).toThrow(`TwilioConnectivityCanary 'test/canary': ${message}`);
    });

    test('a plan with nothing checkable without a call (a SIP endpoint\'s: media and gateway addresses)', () => {
      const { stack } = tfStack();
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT], sip: { mediaPorts: { fromPort: 10000, toPort: 20000 } } } as any);
      expect(() => new cdktf.TwilioConnectivityCanary(stack, 'canary', { vpcId: VPC, subnetIds: SUBNETS, securityGroupId: 'sg-0123456789abcdef0', plan }))
        .toThrow("TwilioConnectivityCanary 'test/canary': the plan has no flow the canary can check without a call (it has UDP media, and flows to "
          + 'addresses Twilio publishes no hostname for): a canary would prove nothing. Give it a TwilioVoiceEgress or TwilioPrivateInterconnectEdge, or its plan.');
    });

    test('a target from the other framework', () => {
      const { stack } = tfStack();
      expect(() => new cdktf.TwilioConnectivityCanary(stack, 'canary', { vpcId: VPC, subnetIds: SUBNETS, target: { securityGroup: {} } as any }))
        .toThrow("TwilioConnectivityCanary 'test/canary': target must be a TwilioVoiceEgress or TwilioPrivateInterconnectEdge of the cdktf submodule, got: {\"securityGroup\":{}}.");
    });
  });

});
