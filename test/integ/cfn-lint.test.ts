// cfn-lint (AWS's CloudFormation linter) over the templates of a sweep of configurations of every AWS CDK
// construct: no errors, and no warnings beyond the ones justified below. Skipped, saying why, without cfn-lint.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { awscdk, InterconnectConnection, TwilioEdge, VoiceSdk } from '../../src';
import { importedVpc } from '../awscdk/util';

/** Warnings that are expected, each with the reason it is not a problem. */
const JUSTIFIED_WARNINGS: Record<string, string> = {};

const version = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
const skipReason = version.error || version.status !== 0 ? 'cfn-lint is not installed' : undefined;

type Build = (stack: Stack, vpc: ec2.IVpc) => void;
const SWEEP: Array<[string, Build]> = [
  ['voice egress, defaults', (s, vpc) => new awscdk.TwilioVoiceEgress(s, 'Voice', { vpc })],
  ['voice egress, everything', (s, vpc) => new awscdk.TwilioVoiceEgress(s, 'Voice', {
    vpc, edges: [TwilioEdge.DUBLIN], sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE], turnFallback: true, homeRegion: 'ie1',
    networkAcl: { subnets: { subnetGroupName: 'Clients' }, firstRuleNumber: 2000 }, dnsFirewall: { blockOtherDomains: true, name: 'voice' },
  })],
  ['voice egress on a supplied group, entries in an existing ACL', (s, vpc) => {
    const voice = new awscdk.TwilioVoiceEgress(s, 'Voice', {
      vpc, edges: [TwilioEdge.TOKYO], securityGroup: ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-0123456789abcdef0', { allowAllOutbound: false }),
    });
    voice.addNetworkAclEntries(ec2.NetworkAcl.fromNetworkAclId(s, 'Acl', 'acl-0123456789abcdef0'), { firstRuleNumber: 500 });
  }],
  ['Interconnect over BGP with routes, ACL and DNS Firewall', (s, vpc) => new awscdk.TwilioPrivateInterconnectEdge(s, 'Ix', {
    vpc, edge: TwilioEdge.LONDON_IX, networkAcl: { subnets: { subnetGroupName: 'Interconnect' } }, dnsFirewall: {},
    routing: { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
  })],
  ['Interconnect over VPN to a virtual private gateway, public services', (s, vpc) => new awscdk.TwilioPrivateInterconnectEdge(s, 'Ix', {
    vpc, edge: TwilioEdge.SAO_PAULO_IX, publicServices: true, sdks: [VoiceSdk.MOBILE],
    routing: {
      subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.virtualPrivateGateway('vgw-0123456789abcdef0'),
      connection: InterconnectConnection.VPN,
    },
  })],
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-cfn-lint-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function template(name: string, build: Build): string {
  const app = new App({ outdir: path.join(tmp, name.replace(/\W+/g, '-')) });
  const stack = new Stack(app, 'Lint', { env: { account: '111111111111', region: 'eu-central-1' } });
  build(stack, importedVpc(stack));
  const assembly = app.synth();
  return path.join(assembly.directory, assembly.getStackByName('Lint').templateFile);
}

function lint(file: string): Array<{ Rule: { Id: string }; Message: string; Level: string }> {
  const r = spawnSync('cfn-lint', ['--format', 'json', '--regions', 'eu-central-1', '--', file], { encoding: 'utf8' });
  return JSON.parse(r.stdout || '[]');
}

if (skipReason) console.log(`SKIPPED cfn-lint sweep: ${skipReason}.`);
describe('cfn-lint', () => {
  (skipReason ? test.skip : test)(`the sweep of ${SWEEP.length} configurations has no errors and only justified warnings (cfn-lint ${version.stdout?.trim()})`, () => {
    for (const [name, build] of SWEEP) {
      const findings = lint(template(name, build)).filter((f) => !(f.Level === 'Warning' && f.Rule.Id in JUSTIFIED_WARNINGS));
      expect({ name, findings: findings.map((f) => `${f.Level} ${f.Rule.Id}: ${f.Message}`) }).toEqual({ name, findings: [] });
    }
  }, 180_000);

  (skipReason ? test.skip : test)('the check can fail: an invalid template is reported', () => {
    const file = path.join(tmp, 'broken.json');
    fs.writeFileSync(file, JSON.stringify({ Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', SecurityGroupEgress: [{ IpProtocol: 'udp', FromPort: 'ten' }] } } } }));
    expect(lint(file).some((f) => f.Level === 'Error')).toBe(true);
  }, 60_000);
});
