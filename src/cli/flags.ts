// The plan and the catalog explain a problem in the words of their API (option paths such as `sip.mediaPorts`, values
// such as `SipTransport.TLS`). On the command line the same problem is told in flags: this table is the CLI's
// dictionary from one vocabulary to the other. A test runs every bad value of every flag through the CLI and finds no
// API name left (test/cli/cli-errors.test.ts).

const lower = (m: string): string => m.split('.')[1].toLowerCase();

/** Phrases first (whole advice), then option paths (longest first), then values. */
const DICTIONARY: ReadonlyArray<readonly [RegExp, string | ((m: string) => string)]> = [
  // advice in the plan's quota errors
  [/set sip\.allInterconnectGateways to false/g, 'add --only-chosen-gateways'],
  [/set turnFallback to false/g, 'leave out --turn'],
  [/sip\.transports: \[SipTransport\.TLS\]/g, '--transport tls'],
  [/raise the AWS quota for your account and then this option/g, 'raise the AWS quota for your account and then the flag'],
  [/choose an Interconnect edge/g, 'choose an Interconnect edge with --edge'],
  [/pin the edge nearest your clients instead of roaming/g, 'pin the edge nearest your clients (--near-region) instead of roaming'],
  // in the plan's notes
  [/ to the connection with the routing option/g, ' (the routes listed) to the connection'],
  [/\(TwilioEdge\.nearestTo\(region\)\)/g, '(--near-region REGION)'],
  [/ or pin an edge with TwilioEdge\.of\(\)/g, ' or pin an edge with --edge'],
  [/ \(an unresolved token cannot be used here\)/g, ''],
  [/Use a static member such as TwilioEdge\.ASHBURN or TwilioEdge\.of\('ashburn'\)/g, 'Use an edge name such as ashburn'],
  [/Use e\.g\. \[TwilioEdge\.ROAMING\] or \[TwilioEdge\.nearestTo\('us-east-1'\)\]/g, 'Use e.g. --edge roaming or --near-region us-east-1'],
  [/e\.g\. \[TwilioEdge\.ASHBURN\]/g, 'e.g. --edge ashburn'],
  [/Use \[VoiceSdk\.JAVASCRIPT\], \[VoiceSdk\.MOBILE\] or both, or leave it out/g, 'Use javascript, mobile or both, or leave it out'],
  [/Use TwilioPrivateInterconnectEdge for Interconnect edges/g, 'Interconnect edges take no other edges here'],
  [/Leave it out with sip\./g, 'Leave it out with --sip.'],
  [/sip\.sipDomains needs sip\.termination/g, '--sip-domains needs termination'],
  [/Enable termination, or leave sipDomains out\./g, 'Leave out --no-termination or --sip-domains.'],
  [/e\.g\. \{ fromPort: 10000, toPort: 20000 \} \(Asterisk\) or 16384-32768 \(FreeSWITCH\)/g, 'e.g. 10000-20000 (Asterisk) or 16384-32768 (FreeSWITCH)'],
  [/Swap them: \{ fromPort: (\d+), toPort: (\d+) \}/g, 'Swap them: $1-$2'],
  [/TwilioCatalog\.registerEdge\/registerMedia/g, 'a newer release of this tool'],
  // option paths
  [/\bquotas\.securityGroupRulesPerDirection\b/g, '--sg-quota'],
  [/\bquotas\.networkAclEntriesPerDirection\b/g, '--nacl-quota'],
  [/\bdnsFirewall\.blockOtherDomains\b/g, '--block-other-domains'],
  [/\bdnsFirewall\.priority\b/g, '--dns-priority'],
  [/\bsip\.mediaPorts(\.fromPort|\.toPort)?\b/g, '--media-ports'],
  [/\bsip\.transports(\[\d+\])?/g, '--transport'],
  [/\bsip\.sipTlsPort\b/g, '--sip-tls-port'],
  [/\bsip\.sipPort\b/g, '--sip-port'],
  [/\bsip\.sipDomains\b/g, '--sip-domains'],
  [/\bsip\.origination and sip\.termination are both false\b/g, '--no-origination and --no-termination are both given'],
  [/\bsip\.termination\b/g, 'termination (no --no-termination)'],
  [/\bsip\.allInterconnectGateways\b/g, '--only-chosen-gateways'],
  [/\bnetworkAcl\.firstRuleNumber\b/g, '--first-rule-number'],
  [/\bephemeralPorts(\.fromPort|\.toPort)?\b/g, '--ephemeral-ports'],
  [/\bpublicSourceCidrs(\[\d+\])?/g, '--public-source'],
  [/\bhomeRegion\b/g, '--home-region'],
  [/\binterconnectConnection\b/g, '--connection'],
  [/\bturnFallback\b/g, '--turn'],
  [/\blegacyMobilePort\b/g, '--legacy-mobile-port'],
  [/\bdnsWildcards\b/g, '--dns-wildcards'],
  [/\bpublicServices\b/g, '--public-services'],
  [/\bawsRegion\b/g, '--near-region'],
  [/\bprefixListHeadroom\b/g, '--headroom'],
  [/\bnamePrefix\b/g, '--name-prefix'],
  [/\bshareWith(\[\d+\])?/g, '--share-with'],
  [/\ballowExternalPrincipals\b/g, '--allow-external-principals'],
  [/\bsipSignaling\b/g, '--sip-signaling'],
  [/\bhomeNet(\[\d+\])?/g, '--home-net'],
  [/\bfirstSid\b/g, '--first-sid'],
  [/\bcapacityHeadroomPercent\b/g, '--capacity-headroom'],
  [/\bprefixLists(\[\d+\])?(\.setName|\.prefixListArn|\.prefixListId)?/g, '--prefix-list-arn'],
  [/\bruleOrder\b/g, '--strict-order'],
  [/^edges(\[\d+\])?(?=\W|$)/g, '--edge'],
  [/^sdks(\[\d+\])?(?=\W|$)/g, '--sdk'],
  [/^insights\b/g, '--insights'],
  [/^priority\b/g, '--priority'],
  [/^(sdks|insights) applies to Voice SDK clients/g, '--$1 applies to Voice SDK clients'],
  // values
  [/SipTransport\.(UDP|TCP|TLS)/g, lower],
  [/VoiceSdk\.(JAVASCRIPT|MOBILE)/g, lower],
  [/InterconnectConnection\.(BGP|VPN)/g, lower],
  [/NetworkFirewallRuleOrder\.STRICT_ORDER/g, '--strict-order'],
];

/** A problem, note or warning of the plan or the catalog, told in the command line's flags. */
export function inFlags(problem: string): string {
  let text = problem;
  for (const [pattern, replacement] of DICTIONARY) {
    text = typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  }
  return text;
}
