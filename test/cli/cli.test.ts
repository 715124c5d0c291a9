import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TwilioEdge, TwilioNetworkPlan, VoiceSdk } from '../../src';
import { runCli } from '../../src/cli/cli';
import { COMMANDS } from '../../src/cli/commands';

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } }) as number;
  return { code, stdout, stderr };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('twilio-voice-network CLI', () => {
  describe('rules', () => {
    test('table (default): flows, rules, ACL entries, DNS names and quotas', () => {
      const { code, stdout } = cli('rules', '--edge', 'frankfurt');
      expect(code).toBe(0);
      expect(stdout).toContain('Edges: frankfurt   SDKs: javascript');
      expect(stdout).toMatch(/UDP\s+168\.86\.128\.0\/18\s+10000-60000/);
      expect(stdout).toContain('DNS domains to allow: eventgw.twilio.com, eventgw.us1.twilio.com, media.twiliocdn.com, sdk.twilio.com, voice-js.frankfurt.twilio.com');
      // the plan says what the rules allow
      expect(stdout).toContain('Voice SDK clients: outbound connections to Twilio only');
    });

    test('json equals the plan computed in-process', () => {
      const { code, stdout } = cli('rules', '--edge', 'de1,ie1', '--sdk', 'mobile', '--sdk', 'javascript', '--turn', '--nacl-quota', '40', '--format', 'json');
      expect(code).toBe(0);
      const quotas = { networkAclEntriesPerDirection: 40 };
      const sdks = [VoiceSdk.MOBILE, VoiceSdk.JAVASCRIPT];
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.FRANKFURT, TwilioEdge.DUBLIN], sdks, turnFallback: true, quotas, networkAcl: {} });
      const json = JSON.parse(stdout);
      expect(json.edges).toEqual(['dublin', 'frankfurt']);
      expect(json.securityGroupRules).toEqual(JSON.parse(JSON.stringify(plan.securityGroupRules)));
      expect(json.networkAclEntries).toEqual(JSON.parse(JSON.stringify(plan.networkAclEntries)));
      expect(json.dnsDomains).toEqual(plan.dnsDomains);
    });

    test('csv: a header and one row per rule and ACL entry, quoted where needed', () => {
      const { stdout } = cli('rules', '--near-region', 'ap-southeast-2', '--format', 'csv', '--no-insights');
      const lines = stdout.trimEnd().split('\n');
      expect(lines[0]).toBe('kind,direction,rule_number,protocol,from_port,to_port,cidr,description');
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.SYDNEY], insights: false, networkAcl: {} });
      expect(lines).toHaveLength(1 + plan.securityGroupRules.length + plan.networkAclEntries.length);
      expect(lines).toContain('security-group,egress,,udp,10000,60000,168.86.128.0/18,Twilio Voice media (SRTP/ICE) - edges sydney');
      expect(lines.some((l) => l.startsWith('network-acl,ingress,') && l.includes(',tcp,1024,65535,0.0.0.0/0,'))).toBe(true);
    });
  });

  describe('export', () => {
    test('nftables: an egress chain with exactly the plan\'s rules (nft -c checks it in test/integ)', () => {
      const { code, stdout } = cli('export', '--format', 'nftables', '--edge', 'ashburn', '--turn');
      expect(code).toBe(0);
      const plan = TwilioNetworkPlan.compute({ edges: [TwilioEdge.ASHBURN], turnFallback: true });
      const accepts = stdout.split('\n').filter((l) => /^\s{4}(ip daddr|meta nfproto)/.test(l));
      expect(accepts).toHaveLength(plan.securityGroupRules.length);
      expect(stdout).toContain('ip daddr 168.86.128.0/18 udp dport 10000-60000 accept comment');
      expect(stdout).toContain('meta nfproto ipv4 tcp dport 443 accept');
      expect(stdout).not.toMatch(/hook input/);
    });

    test('iptables-restore: one ACCEPT per rule in a TWILIO-VOICE-EGRESS chain (iptables-restore --test checks it in test/integ)', () => {
      const { code, stdout } = cli('export', '--format', 'iptables', '--edge', 'london-ix');
      expect(code).toBe(0);
      expect(stdout.split('\n').filter((l) => l.startsWith('-A TWILIO-VOICE-EGRESS'))).toEqual([
        expect.stringMatching(/^-A TWILIO-VOICE-EGRESS -p tcp -d 185\.187\.132\.0\/25 --dport 443 -m comment --comment "Twilio Voice SDK signalling over Interconnect \(TLS\) - edges london-ix" -j ACCEPT$/),
        expect.stringMatching(/-d 185\.187\.133\.0\/24 --dport 443 /),
        expect.stringMatching(/-p udp -d 168\.86\.128\.0\/18 --dport 10000:60000 /),
      ]);
    });

    test('terraform: a standalone module with variables, rules, ACL rules and DNS Firewall (terraform validate checks it in test/integ)', () => {
      const dir = path.join(tmp, 'tf');
      fs.mkdirSync(dir);
      const file = path.join(dir, 'twilio.tf.json');
      const { code } = cli('export', '--format', 'terraform', '--edge', 'tokyo', '--network-acl', '--dns-firewall', '--output', file);
      expect(code).toBe(0);
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(Object.keys(json.variable)).toEqual(['vpc_id', 'network_acl_id', 'dns_firewall_priority']);
      expect(Object.keys(json.resource.aws_vpc_security_group_egress_rule)).toEqual(['egress_tcp_443_0_0_0_0_0', 'egress_udp_10000_60000_168_86_128_0_18']);
      expect(json.resource.aws_route53_resolver_firewall_domain_list.allow).toMatchObject({ name: 'twilio-voice-domains' });
      expect(json.resource.aws_route53_resolver_firewall_domain_list.allow.domains).toContain('voice-js.tokyo.twilio.com');
      expect(json.resource.aws_route53_resolver_firewall_rule_group.twilio_voice).toEqual({ name: 'twilio-voice' });
    });

    test('cloudformation: a standalone template with parameters, the group, ACL entries and DNS Firewall (cfn-lint checks it in test/integ)', () => {
      const file = path.join(tmp, 'twilio.template.json');
      const { code } = cli('export', '--format', 'cloudformation', '--edge', 'sao-paulo-ix', '--network-acl', '--dns-firewall', '--output', file);
      expect(code).toBe(0);
      const template = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(Object.keys(template.Parameters)).toEqual(['VpcId', 'NetworkAclId', 'DnsFirewallPriority']);
      expect(template.Resources.TwilioVoiceSecurityGroup.Properties.SecurityGroupIngress).toBeUndefined();
      expect(template.Resources.TwilioVoiceSecurityGroup.Properties.SecurityGroupEgress.map((r: any) => r.CidrIp)).toEqual(['159.183.255.0/25', '168.86.128.0/18']);
      const ofType = (type: string) => Object.values(template.Resources).filter((r: any) => r.Type === type) as any[];
      expect(ofType('AWS::EC2::NetworkAclEntry')).toHaveLength(4);
      expect(ofType('AWS::Route53Resolver::FirewallRuleGroup')[0].Properties).toEqual({
        Name: 'twilio-voice',
        FirewallRules: [{ Action: 'ALLOW', FirewallDomainRedirectionAction: 'TRUST_REDIRECTION_DOMAIN', Priority: 100, FirewallDomainListId: { 'Fn::GetAtt': ['TwilioDnsAllowList', 'Id'] } }],
      });
    });
  });

  test('Interconnect-only exports open nothing to 0.0.0.0/0 unless --insights', () => {
    expect(cli('export', '--format', 'iptables', '--edge', 'ashburn-ix').stdout).not.toMatch(/-p tcp --dport 443/);
    expect(cli('export', '--format', 'iptables', '--edge', 'ashburn-ix', '--insights').stdout).toMatch(/-p tcp --dport 443 .*eventgw\.twilio\.com/);
  });

  test('exports without an ACL are not held to the ACL quota; Terraform and CloudFormation ACL exports are', () => {
    expect(cli('export', '--format', 'nftables', '--edge', 'dublin,frankfurt', '--turn').code).toBe(0);
    expect(cli('export', '--format', 'terraform', '--edge', 'dublin,frankfurt', '--turn', '--network-acl').stderr).toMatch(/network ACL outbound entries.*over the quota of 20/);
    expect(cli('rules', '--edge', 'dublin,frankfurt', '--turn', '--nacl-quota', '40').code).toBe(0);
  });

  test('host firewall exports and the rules listing are not held to AWS quotas; AWS exports are', () => {
    // GLL TURN needs every region's ranges: over the security group quota of 60, which binds no host firewall
    for (const format of ['nftables', 'iptables']) expect(cli('export', '--format', format, '--edge', 'roaming', '--turn').code).toBe(0);
    for (const format of ['terraform', 'cloudformation']) expect(cli('export', '--format', format, '--edge', 'roaming', '--turn').stderr).toMatch(/over the quota of 60/);
    const rules = cli('rules', '--edge', 'roaming', '--turn');
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/security group egress rules\s+\d+\s+60\s+OVER the limit/);
  });

  describe('bad arguments: one line on stderr, exit status 2', () => {
    test.each([
      [['frobnicate'], "twilio-voice-network: unknown command: 'frobnicate'. Use rules, export, prefix-lists, network-firewall, probe, check-upstream or feed (see --help).\n"],
      [[], 'twilio-voice-network: missing command: rules, export, prefix-lists, network-firewall, probe, check-upstream or feed (see --help).\n'],
      [['rules', '--format', 'xml'], "twilio-voice-network: --format for rules must be one of table, json, csv, got: 'xml'.\n"],
      [['export'], 'twilio-voice-network: --format for export must be one of nftables, iptables, terraform, cloudformation, got: nothing.\n'],
      [['rules', '--sdk', 'python'], "twilio-voice-network: --sdk must be javascript or mobile, got: 'python'.\n"],
      [['rules', '--edge', 'ashburn', '--near-region', 'us-east-1'], 'twilio-voice-network: use either --edge or --near-region, not both.\n'],
      [['rules', '--ephemeral-ports', '5000'], "twilio-voice-network: --ephemeral-ports must look like 1024-65535, got: '5000'.\n"],
      [['rules', '--first-rule-number', 'ten'], "twilio-voice-network: --first-rule-number must be a whole number, got: 'ten'.\n"],
      [['rules', '--insights', '--no-insights'], 'twilio-voice-network: use either --insights or --no-insights, not both.\n'],
      [['rules', '--nacl-quota', '41'], 'twilio-voice-network: --nacl-quota must be an integer from 2 to 40 (AWS allows at most 40, one of which is the default deny), got: 41.\n'],
    ])('%j', (args, message) => {
      expect(cli(...args)).toEqual({ code: 2, stdout: '', stderr: message });
    });

    test.each([
      [['rules', '--edge', 'frankfrut'], /^twilio-voice-network: Unknown Twilio edge: 'frankfrut'\. Did you mean 'frankfurt'\?/],
      [['rules', '--ephemeral-ports', '9000-80'], /--ephemeral-ports must run from the lower to the higher port, got: 9000-80\. Swap them: 80-9000\./],
      [['rules', '--near-region', 'moon-1'], /--near-region must be an AWS region, got: 'moon-1'\. Pass an AWS region code such as 'eu-central-1', or pin an edge with --edge\./],
      [['export', '--format', 'terraform', '--turn'], /over the quota of 60/],
      [['rules', '--bogus'], /--bogus is not an option of rules \(see 'twilio-voice-network rules --help'\)\./],
    ])('%j', (args, message) => {
      const r = cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  });

  test('--help lists every command with one line each, and exits 0', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: twilio-voice-network <command> \[options\]\n/);
    for (const c of COMMANDS) expect(stdout).toContain(`  ${c.name.padEnd(16)}  ${c.summary}`);
  });

  test.each(COMMANDS.map((c) => [c.name, c] as const))('%s --help prints its own usage and options, and no other command\'s', (name, command) => {
    const { code, stdout } = cli(name, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: twilio-voice-network ${name} `));
    const own = new Set(command.options.flatMap(([, options]) => options.map((o) => o.flag)));
    for (const flag of own) expect(stdout).toMatch(new RegExp(`^  --${flag}(?= )`, 'm'));
    const others = new Set(COMMANDS.flatMap((c) => c.options.flatMap(([, options]) => options.map((o) => o.flag))));
    for (const flag of [...others].filter((f) => !own.has(f))) expect(stdout).not.toMatch(new RegExp(`^  --${flag}(?= )`, 'm'));
    expect(stdout).toContain(`Exit status: ${command.exit}.`);
    // help differs per command
    expect(stdout).not.toBe(cli('--help').stdout);
  });

  test('--version prints the package version and exits 0', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(cli('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

});
