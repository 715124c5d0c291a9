// The CLI's SIP options and its prefix-lists and network-firewall commands: the same plans as the constructs, and one
// line naming each misuse.
import { NetworkFirewallRuleOrder, SipTransport, TwilioEdge, TwilioNetworkPlan } from '../../src';
import { runCli } from '../../src/cli/cli';

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } }) as number;
  return { code, stdout, stderr };
}

describe('SIP options', () => {
  test('--sip and its options give the plan of a SIP endpoint', () => {
    const out = run('rules', '--format', 'json', '--sip', '--edge', 'frankfurt,london-ix', '--media-ports', '16384-32768', '--transport', 'tls',
      '--no-origination', '--sip-tls-port', '5062');
    expect(out.code).toBe(0);
    const plan = TwilioNetworkPlan.compute({
      edges: [TwilioEdge.FRANKFURT, TwilioEdge.LONDON_IX],
      sip: { mediaPorts: { fromPort: 16384, toPort: 32768 }, transports: [SipTransport.TLS], origination: false, sipTlsPort: 5062 },
    });
    expect(JSON.parse(out.stdout).securityGroupRules).toEqual(JSON.parse(JSON.stringify(plan.securityGroupRules)));
  });

  test.each([
    [['rules', '--media-ports', '1-2'], '--media-ports needs --sip.'],
    [['rules', '--sip', '--edge', 'frankfurt'], '--sip needs --media-ports A-B: the endpoint\'s own RTP port range (Asterisk: 10000-20000).'],
    [['rules', '--sip', '--edge', 'frankfurt', '--media-ports', '10000'], '--media-ports must look like 10000-20000, got: \'10000\'.'],
    [['rules', '--sip', '--edge', 'frankfurt', '--media-ports', '10000-20000', '--transport', 'sctp'], '--transport must be udp, tcp or tls, got: \'sctp\'.'],
    [['probe', '--sip'], "--sip is not an option of probe (see 'twilio-voice-network probe --help')."],
  ])('%j is refused: %s', (args, message) => {
    expect(run(...args)).toEqual({ code: 2, stdout: '', stderr: `twilio-voice-network: ${message}\n` });
  });

  test('--sip-domains adds the SIP Domain names to the DNS allow list, in the plan and the export', () => {
    const out = run('rules', '--format', 'json', '--sip', '--edge', 'frankfurt', '--media-ports', '10000-20000', '--sip-domains');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).dnsDomains).toEqual(['*.pstn.de1.twilio.com', '*.pstn.frankfurt.twilio.com', '*.pstn.twilio.com', '*.sip.de1.twilio.com', '*.sip.frankfurt.twilio.com', '*.sip.twilio.com']);
    const tf = run('export', '--format', 'terraform', '--sip', '--edge', 'frankfurt', '--media-ports', '10000-20000', '--sip-domains', '--dns-firewall');
    expect(tf.code).toBe(0);
    expect(tf.stdout).toContain('"*.sip.frankfurt.twilio.com"');
    expect(run('rules', '--sip-domains').stderr).toBe('twilio-voice-network: --sip-domains needs --sip.\n');
  });

  test('the plan\'s SIP problems come through in one line', () => {
    const out = run('rules', '--sip', '--edge', 'roaming', '--media-ports', '10000-20000');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^twilio-voice-network: --edge must not be roaming: Twilio offers no Global Low Latency for SIP/);
  });
});

describe('prefix-lists and network-firewall', () => {
  test('--format json prints the plans the constructs render', () => {
    const lists = run('prefix-lists', '--format', 'json', '--edge', 'frankfurt', '--turn', '--sip-signaling', '--headroom', '1', '--name-prefix', 'net',
      '--share-with', '111122223333,444455556666');
    expect(lists.code).toBe(0);
    expect(JSON.parse(lists.stdout)).toEqual(JSON.parse(JSON.stringify(TwilioNetworkPlan.prefixLists({
      edges: [TwilioEdge.FRANKFURT], turnFallback: true, sipSignaling: true, prefixListHeadroom: 1, namePrefix: 'net', shareWith: ['111122223333', '444455556666'],
    }))));
    const nf = run('network-firewall', '--format', 'json', '--edge', 'dublin', '--home-net', '10.0.0.0/8', '--strict-order', '--priority', '7', '--first-sid', '9',
      '--capacity-headroom', '10', '--dns-wildcards', '--no-insights');
    expect(nf.code).toBe(0);
    expect(JSON.parse(nf.stdout)).toEqual(JSON.parse(JSON.stringify(TwilioNetworkPlan.networkFirewall({
      edges: [TwilioEdge.DUBLIN],
      homeNet: ['10.0.0.0/8'],
      ruleOrder: NetworkFirewallRuleOrder.STRICT_ORDER,
      priority: 7,
      firstSid: 9,
      capacityHeadroomPercent: 10,
      dnsWildcards: true,
      insights: false,
    }))));
  });

  test('--prefix-list-arn: the flow group references the list as an IP set, in Terraform and CloudFormation', () => {
    const arn = 'arn:aws:ec2:eu-west-1:111122223333:prefix-list/pl-0123456789abcdef0';
    const args = ['--edge', 'dublin', '--home-net', '10.0.0.0/8', '--prefix-list-arn', `media=${arn}`];
    const plan = JSON.parse(run('network-firewall', '--format', 'json', ...args).stdout);
    const flows = plan.ruleGroups.find((g: any) => g.ipSetReferences.length > 0);
    expect(flows.ipSetReferences).toEqual([expect.objectContaining({ setName: 'media', prefixListArn: arn })]);
    expect(flows.statefulRules.map((r: any) => r.destination)).toEqual(['@TWILIO_MEDIA']);
    const tf = JSON.parse(run('network-firewall', '--format', 'terraform', ...args).stdout);
    expect(JSON.stringify(tf)).toContain(`"reference_arn":"${arn}"`);
    const cfn = JSON.parse(run('network-firewall', '--format', 'cloudformation', ...args).stdout);
    expect(JSON.stringify(cfn)).toContain(`"ReferenceArn":"${arn}"`);
    expect(run('network-firewall', '--format', 'json', '--prefix-list-arn', 'media=pl-0123456789abcdef0').stderr)
      .toBe('twilio-voice-network: --prefix-list-arn must look like media=arn:aws:ec2:us-east-1:111122223333:prefix-list/pl-0123456789abcdef0, '
        + 'got: \'media=pl-0123456789abcdef0\'.\n');
    expect(run('network-firewall', '--format', 'json', '--prefix-list-arn', `voice=${arn}`).stderr).toMatch(/--prefix-list-arn must name a CIDR set/);
  });

  test.each([
    [['prefix-lists', '--format', 'json', '--prefix-list-arn', 'media=x'], "--prefix-list-arn is not an option of prefix-lists (see 'twilio-voice-network prefix-lists --help')."],
    [['prefix-lists'], '--format for prefix-lists must be one of terraform, cloudformation, json, got: nothing.'],
    [['network-firewall', '--format', 'nftables'], '--format for network-firewall must be one of terraform, cloudformation, json, got: \'nftables\'.'],
    [['prefix-lists', '--format', 'json', '--home-net', '10.0.0.0/8'], "--home-net is not an option of prefix-lists (see 'twilio-voice-network prefix-lists --help')."],
    [['network-firewall', '--format', 'json', '--share-with', '111122223333'], "--share-with is not an option of network-firewall (see 'twilio-voice-network network-firewall --help')."],
    [['network-firewall', '--format', 'json', '--network-acl'], "--network-acl is not an option of network-firewall (see 'twilio-voice-network network-firewall --help')."],
    [['network-firewall', '--format', 'json', '--priority', '3'], '--priority needs --strict-order.'],
    [['prefix-lists', '--format', 'json', '--insights'], "--insights is not an option of prefix-lists (see 'twilio-voice-network prefix-lists --help')."],
    [['export', '--format', 'terraform', '--headroom', '3'], "--headroom is not an option of export (see 'twilio-voice-network export --help')."],
    [['rules', '--name-prefix', 'x'], "--name-prefix is not an option of rules (see 'twilio-voice-network rules --help')."],
    [['prefix-lists', '--format', 'json', '--headroom', 'two'], '--headroom must be a whole number, got: \'two\'.'],
  ])('%j is refused: %s', (args, message) => {
    expect(run(...args)).toEqual({ code: 2, stdout: '', stderr: `twilio-voice-network: ${message}\n` });
  });

  test('the plans\' own problems come through in one line', () => {
    const out = run('prefix-lists', '--format', 'terraform', '--share-with', 'me');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^twilio-voice-network: --share-with must be a 12-digit AWS account ID/);
  });
});
