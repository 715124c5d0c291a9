// `npm run demo` (after the examples are synthesized by the aws-cdk and cdktf CLIs): what was allowed and why,
// per edge, and a check that both synthesized outputs hold exactly the planned rules.
import * as fs from 'fs';
import * as path from 'path';
import { INTERCONNECT_EDGE, PUBLIC_EDGES, SDKS, SIP_EDGES, SIP_MEDIA_PORTS, SIP_TRANSPORTS } from '../examples/choices';
import { TwilioNetworkPlan } from '../src';
import { formatPlan } from '../src/cli/format';

const root = path.join(__dirname, '..');
const cfn = JSON.parse(fs.readFileSync(path.join(root, 'cdk.out', 'TwilioVoiceExample.template.json'), 'utf8'));
const tf = JSON.parse(fs.readFileSync(path.join(root, 'cdktf.out', 'stacks', 'twilio-voice-example', 'cdk.tf.json'), 'utf8'));

const groups: Array<{ title: string; plan: TwilioNetworkPlan; cfnId: RegExp; tfId: RegExp }> = [
  ...PUBLIC_EDGES.map((edge) => ({
    title: `${edge.name} (public edge nearest the VPC) - TwilioVoiceEgress`,
    plan: TwilioNetworkPlan.compute({ edges: [edge], sdks: SDKS, dnsFirewall: {} }),
    cfnId: /^VoiceSecurityGroup/,
    tfId: /^voice_/,
  })),
  {
    title: `${INTERCONNECT_EDGE.name} (Private Interconnect) - TwilioPrivateInterconnectEdge`,
    plan: TwilioNetworkPlan.compute({ edges: [INTERCONNECT_EDGE], sdks: SDKS, insights: false, networkAcl: {} }),
    cfnId: /^InterconnectSecurityGroup/,
    tfId: /^interconnect_/,
  },
  {
    title: `${SIP_EDGES.map((e) => e.name).join(', ')} (SBC on Elastic SIP Trunking, TLS only) - TwilioSipEndpoint`,
    plan: TwilioNetworkPlan.compute({ edges: SIP_EDGES, sip: { mediaPorts: SIP_MEDIA_PORTS, transports: SIP_TRANSPORTS } }),
    cfnId: /^SbcSecurityGroup/,
    tfId: /^sbc_/,
  },
];

const key = (d: string, p: string, a: number, b: number, c: string) => `${d} ${p} ${a}-${b} ${c}`;
let ok = true;
for (const g of groups) {
  console.log(`\n=== ${g.title} ===\n`);
  console.log(formatPlan(g.plan));
  const planned = g.plan.securityGroupRules.map((r) => key(r.direction, r.protocol, r.fromPort, r.toPort, r.cidr ?? `prefix list ${r.cidrSet}`)).sort();
  const groupsOf = Object.entries(cfn.Resources as Record<string, any>).filter(([id, r]) => g.cfnId.test(id) && r.Type === 'AWS::EC2::SecurityGroup');
  const cfnRules = (['egress', 'ingress'] as const).flatMap((d) => groupsOf.flatMap(([, r]) => r.Properties[d === 'egress' ? 'SecurityGroupEgress' : 'SecurityGroupIngress'] ?? [])
    .map((r: any) => key(d, r.IpProtocol, r.FromPort, r.ToPort, r.CidrIp))).sort();
  const tfRules = (['egress', 'ingress'] as const).flatMap((d) => Object.entries((tf.resource[`aws_vpc_security_group_${d}_rule`] ?? {}) as Record<string, any>)
    .filter(([id]) => g.tfId.test(id)).map(([, r]) => key(d, r.ip_protocol, r.from_port, r.to_port, r.cidr_ipv4))).sort();
  const same = (xs: string[]) => JSON.stringify(xs) === JSON.stringify(planned);
  console.log(`\nSynthesized: cdk.out (CloudFormation) ${cfnRules.length} rules ${same(cfnRules) ? 'match' : 'DIFFER from'} the plan; `
    + `cdktf.out (Terraform) ${tfRules.length} ${same(tfRules) ? 'match' : 'DIFFER from'} the plan.`);
  ok = ok && same(cfnRules) && same(tfRules);
}
console.log(ok ? '\nBoth frameworks produced exactly the planned rules.' : '\nMISMATCH between the synthesized outputs and the plan.');
process.exitCode = ok ? 0 : 1;
