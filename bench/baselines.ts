// The benchmark's configuration written twice: with this library's constructs, and by hand with plain
// aws-cdk-lib / @cdktf/provider-aws, producing identical resources (test/bench-baselines.test.ts checks that).
// Configuration: frankfurt, JavaScript + mobile SDKs, a network ACL and a DNS Firewall.
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { NetworkAcl as TfNetworkAcl } from '@cdktf/provider-aws/lib/network-acl';
import { NetworkAclRule } from '@cdktf/provider-aws/lib/network-acl-rule';
import { Route53ResolverFirewallDomainList } from '@cdktf/provider-aws/lib/route53-resolver-firewall-domain-list';
import { Route53ResolverFirewallRule } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule';
import { Route53ResolverFirewallRuleGroup } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule-group';
import { Route53ResolverFirewallRuleGroupAssociation } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule-group-association';
import { SecurityGroup as TfSecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as r53r from 'aws-cdk-lib/aws-route53resolver';
import * as tf from 'cdktf';
import { Construct } from 'constructs';
import { awscdk, cdktf, TwilioEdge, VoiceSdk } from '../src';

const SG_DESCRIPTION = 'Twilio Voice SDK egress (twilio-voice-network): rules per Twilio published requirements';
const HTTPS = 'Twilio Mobile SDK signalling (TLS), JavaScript SDK signalling (WSS), Insights call quality events, Mobile push registration, JavaScript SDK sounds - hostnames without published IPs so any IPv4: chunderm-de1.twilio.com chunderm.de1.gll.twilio.com chunde...';
const MEDIA = 'Twilio Voice media (SRTP/ICE) - edges frankfurt';
const DOMAINS = ['chunderm-de1.twilio.com', 'chunderm.de1.gll.twilio.com', 'chunderm.de1.twilio.com', 'ers.twilio.com', 'eventgw.twilio.com', 'eventgw.us1.twilio.com', 'media.twiliocdn.com', 'sdk.twilio.com', 'voice-js.frankfurt.twilio.com'];
const SUBNETS = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];

export function cdkStack(outdir: string, index = 0): { app: App; stack: Stack } {
  const app = new App({ outdir, analyticsReporting: false });
  const stack = new Stack(app, `Bench${index}`, { env: { account: '111111111111', region: 'eu-central-1' } });
  return { app, stack };
}

export function importedVpc(scope: Construct, id = 'Vpc'): ec2.IVpc {
  return ec2.Vpc.fromVpcAttributes(scope, id, {
    vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['eu-central-1a', 'eu-central-1b'], privateSubnetIds: SUBNETS,
  });
}

/** With the library. */
export function cdkWithLibrary(scope: Construct, vpc: ec2.IVpc, id = 'Voice', full = true): void {
  new awscdk.TwilioVoiceEgress(scope, id, {
    vpc, edges: [TwilioEdge.FRANKFURT], sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
    networkAcl: full ? { subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } } : undefined,
    dnsFirewall: full ? {} : undefined,
  });
}

/** By hand, with plain aws-cdk-lib. */
export function cdkByHand(scope: Construct, vpc: ec2.IVpc, id = 'Voice', full = true): void {
  const voice = new Construct(scope, id);
  const sg = new ec2.SecurityGroup(voice, 'SecurityGroup', { vpc, allowAllOutbound: false, description: SG_DESCRIPTION });
  sg.addEgressRule(ec2.Peer.ipv4('0.0.0.0/0'), ec2.Port.tcp(443), HTTPS);
  sg.addEgressRule(ec2.Peer.ipv4('168.86.128.0/18'), ec2.Port.udpRange(10000, 60000), MEDIA);
  if (!full) return;
  const acl = new ec2.NetworkAcl(voice, 'NetworkAcl', { vpc, subnetSelection: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } });
  const entry = (id2: string, ruleNumber: number, cidr: string, traffic: ec2.AclTraffic, direction: ec2.TrafficDirection) =>
    new ec2.NetworkAclEntry(acl, id2, { networkAcl: acl, ruleNumber, cidr: ec2.AclCidr.ipv4(cidr), traffic, direction, ruleAction: ec2.Action.ALLOW });
  entry('egress:tcp-443:0.0.0.0_0', 340, '0.0.0.0/0', ec2.AclTraffic.tcpPort(443), ec2.TrafficDirection.EGRESS);
  entry('egress:udp-10000-60000:168.86.128.0_18', 970, '168.86.128.0/18', ec2.AclTraffic.udpPortRange(10000, 60000), ec2.TrafficDirection.EGRESS);
  entry('ingress:tcp-return:0.0.0.0_0', 525, '0.0.0.0/0', ec2.AclTraffic.tcpPortRange(1024, 65535), ec2.TrafficDirection.INGRESS);
  entry('ingress:udp-return:168.86.128.0_18', 870, '168.86.128.0/18', ec2.AclTraffic.udpPortRange(1024, 65535), ec2.TrafficDirection.INGRESS);
  const list = new r53r.CfnFirewallDomainList(voice, 'DnsAllowList', { domains: DOMAINS });
  const group = new r53r.CfnFirewallRuleGroup(voice, 'DnsRuleGroup', {
    firewallRules: [{ action: 'ALLOW', firewallDomainListId: list.attrId, priority: 100, firewallDomainRedirectionAction: 'TRUST_REDIRECTION_DOMAIN' }],
  });
  new r53r.CfnFirewallRuleGroupAssociation(voice, 'DnsAssociation', { firewallRuleGroupId: group.attrId, vpcId: vpc.vpcId, priority: 1000 });
}

export function tfStack(outdir: string, index = 0): { app: tf.App; stack: tf.TerraformStack } {
  const app = new tf.App({ outdir });
  const stack = new tf.TerraformStack(app, `bench${index}`);
  new AwsProvider(stack, 'aws', { region: 'eu-central-1' });
  return { app, stack };
}

/** With the library. */
export function tfWithLibrary(scope: Construct, id = 'voice', full = true): void {
  new cdktf.TwilioVoiceEgress(scope, id, {
    vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.FRANKFURT], sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
    networkAcl: full ? { subnetIds: SUBNETS } : undefined,
    dnsFirewall: full ? {} : undefined,
  });
}

/** By hand, with plain @cdktf/provider-aws. */
export function tfByHand(scope: Construct, id = 'voice', full = true): void {
  const voice = new Construct(scope, id);
  const sg = new TfSecurityGroup(voice, 'SecurityGroup', { vpcId: 'vpc-0123456789abcdef0', namePrefix: 'twilio-voice-', description: SG_DESCRIPTION });
  new VpcSecurityGroupEgressRule(voice, 'egress:tcp-443:0.0.0.0_0', { securityGroupId: sg.id, ipProtocol: 'tcp', cidrIpv4: '0.0.0.0/0', fromPort: 443, toPort: 443, description: HTTPS });
  new VpcSecurityGroupEgressRule(voice, 'egress:udp-10000-60000:168.86.128.0_18', {
    securityGroupId: sg.id, ipProtocol: 'udp', cidrIpv4: '168.86.128.0/18', fromPort: 10000, toPort: 60000, description: MEDIA,
  });
  if (!full) return;
  const acl = new TfNetworkAcl(voice, 'NetworkAcl', { vpcId: 'vpc-0123456789abcdef0', subnetIds: SUBNETS, tags: { Name: 'twilio-voice' } });
  const rule = (id2: string, ruleNumber: number, egress: boolean, protocol: string, cidrBlock: string, fromPort: number, toPort: number) =>
    new NetworkAclRule(acl, id2, { networkAclId: acl.id, ruleNumber, egress, protocol, ruleAction: 'allow', cidrBlock, fromPort, toPort });
  rule('egress:tcp-443:0.0.0.0_0', 340, true, 'tcp', '0.0.0.0/0', 443, 443);
  rule('egress:udp-10000-60000:168.86.128.0_18', 970, true, 'udp', '168.86.128.0/18', 10000, 60000);
  rule('ingress:tcp-return:0.0.0.0_0', 525, false, 'tcp', '0.0.0.0/0', 1024, 65535);
  rule('ingress:udp-return:168.86.128.0_18', 870, false, 'udp', '168.86.128.0/18', 1024, 65535);
  const list = new Route53ResolverFirewallDomainList(voice, 'DnsAllowList', { name: 'twilio-voice-domains', domains: DOMAINS });
  const group = new Route53ResolverFirewallRuleGroup(voice, 'DnsRuleGroup', { name: 'twilio-voice' });
  new Route53ResolverFirewallRule(voice, 'DnsAllowRule', {
    name: 'twilio-voice-allow-twilio', action: 'ALLOW', firewallDomainListId: list.id, firewallRuleGroupId: group.id, priority: 100,
    firewallDomainRedirectionAction: 'TRUST_REDIRECTION_DOMAIN',
  });
  new Route53ResolverFirewallRuleGroupAssociation(voice, 'DnsAssociation', { name: 'twilio-voice', firewallRuleGroupId: group.id, vpcId: 'vpc-0123456789abcdef0', priority: 1000 });
}
