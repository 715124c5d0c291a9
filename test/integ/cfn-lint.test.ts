// cfn-lint (AWS's CloudFormation linter) over the templates of a sweep of configurations of every AWS CDK
// construct: no errors, and no warnings beyond the ones justified below. Skipped, saying why, without cfn-lint.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { awscdk, InterconnectConnection, NetworkFirewallRuleOrder, SipTransport, TwilioEdge, VoiceSdk } from '../../src';
import { importedVpc } from '../awscdk/util';

/** Warnings that are expected, each with the reason it is not a problem. */
const JUSTIFIED_WARNINGS: Record<string, string> = {};

const version = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
const skipReason = version.error || version.status !== 0 ? 'cfn-lint is not installed' : undefined;

type Build = (stack: Stack, vpc: ec2.IVpc) => void;
const SWEEP: Array<[string, Build]> = [
  ['voice egress, defaults', (s, vpc) => new awscdk.TwilioVoiceEgress(s, 'Voice', { vpc })],
  ['voice egress, everything', (s, vpc) => new awscdk.TwilioVoiceEgress(s, 'Voice', {
    vpc,
    edges: [TwilioEdge.DUBLIN],
    sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
    turnFallback: true,
    homeRegion: 'ie1',
    networkAcl: { subnets: { subnetGroupName: 'Clients' }, firstRuleNumber: 2000 },
    dnsFirewall: { blockOtherDomains: true, name: 'voice' },
  })],
  ['voice egress on a supplied group, entries in an existing ACL', (s, vpc) => {
    const voice = new awscdk.TwilioVoiceEgress(s, 'Voice', {
      vpc, edges: [TwilioEdge.TOKYO], securityGroup: ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-0123456789abcdef0', { allowAllOutbound: false }),
    });
    voice.addNetworkAclEntries(ec2.NetworkAcl.fromNetworkAclId(s, 'Acl', 'acl-0123456789abcdef0'), { firstRuleNumber: 500 });
  }],
  ['Interconnect over BGP with routes, ACL and DNS Firewall', (s, vpc) => new awscdk.TwilioPrivateInterconnectEdge(s, 'Ix', {
    vpc,
    edge: TwilioEdge.LONDON_IX,
    networkAcl: { subnets: { subnetGroupName: 'Interconnect' } },
    dnsFirewall: {},
    routing: { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
  })],
  ['Interconnect over VPN to a virtual private gateway, public services', (s, vpc) => new awscdk.TwilioPrivateInterconnectEdge(s, 'Ix', {
    vpc,
    edge: TwilioEdge.SAO_PAULO_IX,
    publicServices: true,
    sdks: [VoiceSdk.MOBILE],
    interconnectConnection: InterconnectConnection.VPN,
    routing: {
      subnets: { subnetGroupName: 'Interconnect' },
      target: awscdk.InterconnectRouteTarget.virtualPrivateGateway('vgw-0123456789abcdef0'),
    },
  })],
  ['SIP endpoint, all transports, ACL and walled-garden DNS Firewall', (s, vpc) => new awscdk.TwilioSipEndpoint(s, 'Sbc', {
    vpc,
    edges: [TwilioEdge.ASHBURN],
    mediaPorts: { fromPort: 10000, toPort: 20000 },
    networkAcl: { subnets: { subnetGroupName: 'Public' } },
    dnsFirewall: { blockOtherDomains: true },
  })],
  ['SIP endpoint over Interconnect, TLS only, termination only, on a supplied group', (s, vpc) => new awscdk.TwilioSipEndpoint(s, 'Sbc', {
    vpc,
    edges: [TwilioEdge.LONDON_IX],
    mediaPorts: { fromPort: 16384, toPort: 32768 },
    transports: [SipTransport.TLS],
    origination: false,
    securityGroup: ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-0123456789abcdef0', { allowAllOutbound: false }),
  })],
  ['prefix lists shared with an organization, referenced by egress, Interconnect routes and Network Firewall', (s, vpc) => {
    const lists = new awscdk.TwilioPrefixLists(s, 'Lists', {
      edges: [TwilioEdge.FRANKFURT, TwilioEdge.FRANKFURT_IX],
      turnFallback: true,
      sipSignaling: true,
      shareWith: ['arn:aws:organizations::111122223333:organization/o-abcdefghij'],
    });
    new awscdk.TwilioVoiceEgress(s, 'Voice', { vpc, edges: [TwilioEdge.FRANKFURT], turnFallback: true, prefixLists: lists.references });
    new awscdk.TwilioPrivateInterconnectEdge(s, 'Ix', {
      vpc,
      edge: TwilioEdge.FRANKFURT_IX,
      prefixLists: lists.references,
      routing: { subnets: { subnetGroupName: 'Interconnect' }, target: awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
    });
    new awscdk.TwilioSipEndpoint(s, 'Sbc', { vpc, edges: [TwilioEdge.FRANKFURT], mediaPorts: { fromPort: 10000, toPort: 20000 }, prefixLists: lists.references });
    new awscdk.TwilioNetworkFirewallRuleGroup(s, 'Nf', { edges: [TwilioEdge.FRANKFURT], turnFallback: true, prefixLists: lists.references, homeNet: ['10.0.0.0/8'] });
  }],
  ['Network Firewall rule groups in strict order with wildcard domains', (s) => new awscdk.TwilioNetworkFirewallRuleGroup(s, 'Nf', {
    edges: [TwilioEdge.ROAMING, TwilioEdge.LONDON_IX], turnFallback: true, dnsWildcards: true, ruleOrder: NetworkFirewallRuleOrder.STRICT_ORDER,
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

  // The example apps import the package by name, which resolves to the compiled lib/.
  const exampleSkip = skipReason ?? (fs.existsSync(path.join(__dirname, '..', '..', 'lib', 'index.js')) ? undefined : 'lib/ is not compiled (npx projen compile)');
  if (exampleSkip) console.log(`SKIPPED cfn-lint of the example apps: ${exampleSkip}.`);
  (exampleSkip ? test.skip : test)('the example apps (call centre; Interconnect from a VPC through a private NAT gateway) lint clean', () => {
    const outdir = fs.mkdtempSync(path.join(tmp, 'examples-'));
    const run = spawnSync('npx', ['ts-node', '--transpile-only', 'app.ts'], {
      cwd: path.join(__dirname, '..', '..', 'examples', 'awscdk'), env: { ...process.env, CDK_OUTDIR: outdir }, encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const templates = fs.readdirSync(outdir).filter((f) => f.endsWith('.template.json')).sort();
    expect(templates).toEqual(['TwilioInterconnectFromVpc.template.json', 'TwilioVoiceExample.template.json']);
    for (const t of templates) {
      const findings = lint(path.join(outdir, t)).filter((f) => !(f.Level === 'Warning' && f.Rule.Id in JUSTIFIED_WARNINGS));
      expect({ t, findings: findings.map((f) => `${f.Level} ${f.Rule.Id}: ${f.Message}`) }).toEqual({ t, findings: [] });
    }
  }, 180_000);

  (skipReason ? test.skip : test)('the check can fail: an invalid template is reported', () => {
    const file = path.join(tmp, 'broken.json');
    fs.writeFileSync(file, JSON.stringify({ Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', SecurityGroupEgress: [{ IpProtocol: 'udp', FromPort: 'ten' }] } } } }));
    expect(lint(file).some((f) => f.Level === 'Error')).toBe(true);
  }, 60_000);
});
