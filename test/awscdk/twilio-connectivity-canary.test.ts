import * as path from 'path';
import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sns from 'aws-cdk-lib/aws-sns';
import { testStack } from './util';
import { awscdk, TwilioCatalog, TwilioEdge, TwilioNetworkPlan } from '../../src';
import { useCanaryCodeDirectoryForTests } from '../../src/probe/canary-code';
import { probeTargets } from '../../src/probe/targets';
import { useCompiledRuntime } from '../probe/runtime-build';

const runtime = useCompiledRuntime();
afterAll(() => runtime.restore());

const FUNCTION = 'AWS::Lambda::Function';
const CONFIG = 'TWILIO_PROBE_CONFIG';

/** The canary configuration the template hands the function. */
function configOf(t: Template): any {
  const [fn] = Object.values(t.findResources(FUNCTION));
  return JSON.parse(fn.Properties.Environment.Variables[CONFIG]);
}

/** The template with the asset hash (which follows the runtime's code) replaced, for the snapshot. */
function normalized(t: Template): unknown {
  return JSON.parse(JSON.stringify(t.toJSON()).replace(/[0-9a-f]{64}(\.zip)?/g, 'ASSET_HASH$1'));
}

describe('TwilioConnectivityCanary', () => {
  describe('GIVEN a TwilioVoiceEgress target and the defaults', () => {
    const { stack, vpc } = testStack();
    const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.FRANKFURT] });
    const canary = new awscdk.TwilioConnectivityCanary(stack, 'Canary', { vpc, target: voice, subnets: { subnetGroupName: 'Clients' } });
    const t = Template.fromStack(stack); // validates every resource against the CloudFormation registry schemas

    test('THEN a Node.js function runs the package\'s probe runtime in the target\'s security group and the chosen subnets', () => {
      t.resourceCountIs(FUNCTION, 1);
      t.hasResourceProperties(FUNCTION, {
        Runtime: 'nodejs22.x',
        Handler: 'canary-handler.handler',
        MemorySize: 256,
        VpcConfig: {
          SecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^VoiceSecurityGroup'), 'GroupId'] }],
          SubnetIds: ['subnet-0b00000000000b001', 'subnet-0b00000000000b002'],
        },
        LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^CanaryLogGroup') } },
      });
      // The canary adds no security group of its own and no rule to the target's: it has exactly the clients' egress.
      t.resourceCountIs('AWS::EC2::SecurityGroup', 1);
      t.resourceCountIs('AWS::EC2::SecurityGroupEgress', 0);
      expect(canary.securityGroup).toBe(voice.securityGroup);
    });

    test('THEN TWILIO_PROBE_CONFIG holds the plan\'s checks, the default namespace and timeout, and the quality limits', () => {
      const { rttMsMax, jitterMsMax } = TwilioCatalog.qualityThresholds();
      expect(configOf(t)).toEqual({
        namespace: 'TwilioVoiceNetwork/Canary',
        dimensions: { Canary: 'Test/Canary', Vpc: 'vpc-0123456789abcdef0' },
        options: { timeoutMs: 3000, retries: 2, thresholds: { rttMsMax, jitterMsMax } },
        targets: JSON.parse(JSON.stringify(probeTargets(voice.plan))),
      });
      expect(canary.plan).toBe(voice.plan);
    });

    test('THEN the function timeout covers every check\'s retries', () => {
      const fn = Object.values(t.findResources(FUNCTION))[0];
      const checks = probeTargets(voice.plan).length;
      expect(fn.Properties.Timeout).toBeGreaterThanOrEqual(Math.ceil(checks / 8) * 3 * 3);
      expect(fn.Properties.Timeout).toBeLessThanOrEqual(900);
    });

    test('THEN the execution role may write logs and create the network interfaces of a function in a VPC', () => {
      t.hasResourceProperties('AWS::IAM::Role', {
        AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })] },
        ManagedPolicyArns: [
          { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] },
          { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole']] },
        ],
      });
      t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    });

    test('THEN it runs every 15 minutes', () => {
      t.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: 'rate(15 minutes)',
        State: 'ENABLED',
        Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CanaryFunction'), 'Arn'] } })],
      });
      t.hasResourceProperties('AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com' });
    });

    test('THEN an alarm fires on a run with at least one failure, with no actions by default', () => {
      t.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'TwilioVoiceNetwork/Canary',
        MetricName: 'Failures',
        Dimensions: [{ Name: 'Canary', Value: 'Test/Canary' }, { Name: 'Vpc', Value: 'vpc-0123456789abcdef0' }],
        Statistic: 'Maximum',
        Period: 900,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: Match.absent(),
      });
      expect(canary.metricNamespace).toBe('TwilioVoiceNetwork/Canary');
    });

    test('THEN the template is pinned', () => {
      expect(normalized(t)).toMatchSnapshot();
    });
  });

  test('GIVEN a plan, a security group, a schedule, a namespace, a timeout and alarm actions THEN each is used', () => {
    const { stack, vpc } = testStack();
    const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.DUBLIN], turnFallback: true });
    const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Clients', 'sg-0123456789abcdef0');
    const topic = new sns.Topic(stack, 'Alerts');
    new awscdk.TwilioConnectivityCanary(stack, 'Canary', {
      vpc,
      plan,
      securityGroup,
      schedule: Duration.hours(1),
      metricNamespace: 'Voice/Probe',
      timeoutMs: 1500,
      alarmActions: [new cloudwatchActions.SnsAction(topic)],
    });
    const t = Template.fromStack(stack);
    t.hasResourceProperties(FUNCTION, { VpcConfig: { SecurityGroupIds: ['sg-0123456789abcdef0'] } });
    expect(configOf(t)).toMatchObject({ namespace: 'Voice/Probe', options: { timeoutMs: 1500 }, targets: JSON.parse(JSON.stringify(probeTargets(plan))) });
    expect(configOf(t).targets.map((x: any) => x.check)).toEqual(expect.arrayContaining(['stun', 'tcp']));
    t.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 hour)' });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'Voice/Probe', Period: 3600, AlarmActions: [{ Ref: Match.stringLikeRegexp('^Alerts') }] });
  });

  test('GIVEN an Interconnect target THEN the edge\'s signalling host must resolve into its CIDRs, and an explicit plan wins over the target\'s', () => {
    const { stack, vpc } = testStack();
    const london = new awscdk.TwilioPrivateInterconnectEdge(stack, 'London', { vpc, edge: TwilioEdge.LONDON_IX });
    new awscdk.TwilioConnectivityCanary(stack, 'Canary', { vpc, target: london, subnets: { subnetGroupName: 'Interconnect' } });
    const config = configOf(Template.fromStack(stack));
    expect(config.targets.find((x: any) => x.check === 'dns').expectCidrs).toEqual(TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX).signalingCidrs);

    const withTurn = TwilioNetworkPlan.compute({ edges: [TwilioEdge.LONDON_IX], turnFallback: true });
    const other = new awscdk.TwilioConnectivityCanary(stack, 'TurnCanary', { vpc, target: london, plan: withTurn });
    expect(other.plan).toBe(withTurn);
    expect(other.securityGroup).toBe(london.securityGroup);
  });

  test('GIVEN a VPC and security group created in the stack THEN their tokens are accepted', () => {
    const { stack } = testStack();
    const vpc = new ec2.Vpc(stack, 'Net', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'Clients', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const securityGroup = new ec2.SecurityGroup(stack, 'Sg', { vpc, allowAllOutbound: false });
    new awscdk.TwilioConnectivityCanary(stack, 'Canary', { vpc, securityGroup, plan: TwilioNetworkPlan.compute({}) });
    const fn = Object.values(Template.fromStack(stack).findResources(FUNCTION))[0];
    // The VPC ID is a token, so the configuration is joined at deploy time.
    const [, parts] = fn.Properties.Environment.Variables[CONFIG]['Fn::Join'];
    expect(parts[0]).toMatch(/"Vpc":"$/);
    expect(parts[1]).toEqual({ Ref: expect.stringMatching(/^Net[0-9A-F]{8}$/) });
  });

  describe('bad props: one error naming each prop, its value and the fix', () => {
    test('every problem at once', () => {
      const { stack } = testStack();
      expect(() => new awscdk.TwilioConnectivityCanary(stack, 'Canary', {
        vpc: 'vpc-0123456789abcdef0',
        target: {},
        plan: 'frankfurt',
        schedule: Duration.seconds(90),
        metricNamespace: 'AWS/Lambda',
        timeoutMs: 50,
        alarmActions: ['arn:aws:sns:eu-central-1:111111111111:alerts'],
        subnets: 'Clients',
      } as any)).toThrow([
        '8 problems:',
        "- TwilioConnectivityCanary 'Test/Canary': vpc must be an ec2.IVpc (ec2.Vpc or ec2.Vpc.fromLookup()), got: 'vpc-0123456789abcdef0'.",
        "- TwilioConnectivityCanary 'Test/Canary': target must be a TwilioVoiceEgress or TwilioPrivateInterconnectEdge of the awscdk submodule, got: {}.",
        "- TwilioConnectivityCanary 'Test/Canary': plan must be a TwilioNetworkPlan (TwilioNetworkPlan.compute({...})), got: 'frankfurt'.",
        "- TwilioConnectivityCanary 'Test/Canary': subnets must be an ec2.SubnetSelection such as { subnetGroupName: 'Clients' }, got: 'Clients'.",
        "- TwilioConnectivityCanary 'Test/Canary': schedule must be a whole number of minutes from 1 to 1440 (one day), got: 1 minute 30 seconds. Use e.g. Duration.minutes(15).",
        "- TwilioConnectivityCanary 'Test/Canary': metricNamespace must be a CloudWatch namespace: 1-255 letters, digits or . - _ / # : and spaces, not starting with 'AWS/', got: 'AWS/Lambda'. Use e.g. 'TwilioVoiceNetwork/Canary'.",
        "- TwilioConnectivityCanary 'Test/Canary': timeoutMs must be a whole number of milliseconds from 100 to 30000, got: 50. The default, 3000, suits most networks.",
        "- TwilioConnectivityCanary 'Test/Canary': alarmActions[0] must be a cloudwatch.IAlarmAction such as new cloudwatch_actions.SnsAction(topic), got: 'arn:aws:sns:eu-central-1:111111111111:alerts'.",
      ].join('\n'));
    });

    test('neither a target nor a plan and security group', () => {
      const { stack, vpc } = testStack();
      expect(() => new awscdk.TwilioConnectivityCanary(stack, 'Canary', { vpc })).toThrow([
        '2 problems:',
        "- TwilioConnectivityCanary 'Test/Canary': target or plan is required: pass the TwilioVoiceEgress or TwilioPrivateInterconnectEdge whose rules the canary proves, or a TwilioNetworkPlan with securityGroup.",
        "- TwilioConnectivityCanary 'Test/Canary': securityGroup is required without a target: the canary must run in the security group whose rules it proves (a new group would allow all egress and prove nothing).",
      ].join('\n'));
      expect(() => new awscdk.TwilioConnectivityCanary(stack, 'Null', null as any)).toThrow(/^4 problems:\n- TwilioConnectivityCanary 'Test\/Null': props must be an object, got: null\./);
    });

    test('subnets the VPC does not have', () => {
      const { stack, vpc } = testStack();
      const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc });
      expect(() => new awscdk.TwilioConnectivityCanary(stack, 'Canary', { vpc, target: voice, subnets: { subnetGroupName: 'Clinets' } }))
        .toThrow(/^TwilioConnectivityCanary 'Test\/Canary': subnets must select subnets of the VPC, got: \{"subnetGroupName":"Clinets"\}\. There are no subnet groups with name 'Clinets' in this VPC\./);
    });

    test('a schedule longer than a day', () => {
      const { stack, vpc } = testStack();
      const plan = TwilioNetworkPlan.compute({});
      const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0');
      expect(() => new awscdk.TwilioConnectivityCanary(stack, 'Canary', { vpc, plan, securityGroup, schedule: Duration.days(2) }))
        .toThrow("TwilioConnectivityCanary 'Test/Canary': schedule must be a whole number of minutes from 1 to 1440 (one day), got: 2 days. Use e.g. Duration.minutes(15).");
    });

    test('a plan whose checks do not fit in Lambda\'s environment variables', () => {
      const { stack, vpc } = testStack();
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ROAMING], sdks: ['javascript', 'mobile'] as any, homeRegion: 'ie1', legacyMobilePort: true, turnFallback: true, quotas: { securityGroupRulesPerDirection: 200 } });
      const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0');
      expect(() => new awscdk.TwilioConnectivityCanary(stack, 'Canary', { vpc, plan, securityGroup, metricNamespace: 'TwilioVoiceNetwork/Canary/' + 'x'.repeat(200) }))
        .toThrow(/^TwilioConnectivityCanary 'Test\/Canary': the plan's \d+ checks need \d+ bytes in TWILIO_PROBE_CONFIG, over Lambda's 4096-byte limit for environment variables\. Give the canary a plan with fewer edges or SDKs \(one canary per edge\), or a shorter metricNamespace\.$/);
    });
  });

  test('without a compiled runtime next to the module, the error names the directory and the fix', () => {
    const { stack, vpc } = testStack();
    const voice = new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc });
    useCanaryCodeDirectoryForTests(path.join(__dirname, 'no-such-runtime'));
    try {
      expect(() => new awscdk.TwilioConnectivityCanary(stack, 'Canary', { vpc, target: voice }))
        .toThrow(`The canary's Lambda code is missing: ${path.join(__dirname, 'no-such-runtime')} holds no canary-handler.js. Use the compiled package (lib/), or build it first (npx projen compile).`);
    } finally {
      useCanaryCodeDirectoryForTests(runtime.dir);
    }
  });
});
