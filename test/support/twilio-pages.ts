// Writes the six Twilio docs pages the drift check reads, in the same Markdown shapes as Twilio's pages (tables,
// headings, bullet lists, code blocks), filled from the catalog. Our own minimal text, not copies of Twilio's pages:
// with it, `check-upstream --from DIR` can be tested where the stored pages are not available (CI).
import * as fs from 'fs';
import * as path from 'path';
import { TwilioCatalog, TwilioEdge, VoiceSdk } from '../../src';

const table = (headers: string[], rows: string[][]) => [
  `| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const tick = (x: string) => `\`${x}\``;
const thousands = (n: number) => n.toLocaleString('en-US');

/** The pages, by docs path. */
export function renderTwilioPages(): Record<string, string> {
  const all = TwilioEdge.all();
  const publicEdges = all.filter((e) => !e.isPrivateInterconnect);
  const regional = publicEdges.filter((e) => e.name !== 'roaming');
  const ix = all.filter((e) => e.isPrivateInterconnect);
  const media = TwilioCatalog.media();
  const def = (e: TwilioEdge) => TwilioCatalog.edgeDefinition(e);
  const mediaRow = (edges: TwilioEdge[]) => [
    edges.map((e) => `${e.name} (**${e.legacyRegionId}** )`).join(' <br /><br /> '), 'UDP', 'ANY', media.cidrs.join(' '), `${thousands(media.fromPort)} - ${thousands(media.toPort)}`,
  ];
  const mediaTable = (edges: TwilioEdge[]) => table(
    ['**Media Edge Locations**', '**Protocol**', '**Source Port †**', '**Destination IP Ranges**', '**Destination Port Range**'], [mediaRow(edges)]);
  const host = (e: TwilioEdge, sdk: VoiceSdk) => TwilioCatalog.signalingHostnames(e, sdk)[0];
  const mobilePort = TwilioCatalog.signaling(TwilioEdge.ROAMING, VoiceSdk.MOBILE).port;
  const legacyPort = TwilioCatalog.legacyMobileSignalingPort();
  const [insights] = TwilioCatalog.insights().hostnames;

  const voice = [
    '# Voice SDK connectivity (test copy)', '', '## Media servers', '', '**Public media range**', '', mediaTable(publicEdges), '', '† Any ephemeral port.', '',
    '## Signalling connectivity requirements', '',
    table(['', '**Protocol**', '**Destination\\***', '**Destination Port**'], [
      ['**Voice JavaScript SDK**', '', '', ''],
      ['Global gateway', 'TCP', tick(host(TwilioEdge.ROAMING, VoiceSdk.JAVASCRIPT)), '443'],
      ...regional.map((e) => [`Gateway ${e.name}`, 'TCP', tick(host(e, VoiceSdk.JAVASCRIPT)), '443']),
      ['Insights', 'TCP', tick(insights), '443'],
      ['**Mobile Voice SDKs**', '', '', ''],
      ['Global gateway', 'TCP', tick(host(TwilioEdge.ROAMING, VoiceSdk.MOBILE)), `${mobilePort} (${legacyPort} §)`],
      ...regional.map((e) => [`Gateway ${e.name}`, 'TCP', tick(host(e, VoiceSdk.MOBILE)), `${mobilePort} (${legacyPort} §)`]),
      ['Insights', 'TCP', tick(insights), '443'],
      ['Registration', 'TCP', tick(TwilioCatalog.registration().hostnames[0]), '443'],
    ]),
    '', '\\* Legacy names.', '', '## Private Interconnect edge locations', '',
    table(['**Edge Location**', '**Protocol**', '**Destination**', '**Destination Port**'], ix.flatMap((e) => [
      [`**${e.name}** (${e.legacyRegionId})`, 'TCP', def(e).signalingCidrs!.join(' '), '443'],
      ['', 'UDP', media.cidrs.join(' '), `${media.fromPort}-${media.toPort}`],
    ])),
  ].join('\n');

  const nts = [
    '# STUN/TURN regions (test copy)', '', '## Open IP ranges', '',
    ...TwilioCatalog.ntsRegions().flatMap((r) => [`### Region ${tick(r.name)} IP ranges`, '', table(['CIDR block', 'Addresses'], r.cidrs.map((c) => [tick(c), '-'])), '']),
    '## Open ports', '',
    table(['Port', 'Protocol', 'TLS?'], [['443', 'TCP', 'Yes'], ['3478', 'TCP, UDP', 'No'], ['5349', 'TCP', 'Yes']]),
  ].join('\n');

  const interconnect = [
    '# Interconnect (test copy)', '', '## Interconnect region\'s IP details', '', '### Exchanges', '',
    ...ix.flatMap((e) => [
      `#### ${e.name}`, '', `* **Twilio Edge Location ID:** ${e.name} (${tick(e.legacyRegionId)})`, '',
      `  * **BGP Prefix:** ${def(e).bgpPrefixes!.map(tick).join(', ')}`,
      `  * **VPN (Policy Based) Encryption Domain:** ${def(e).vpnEncryptionDomain!.map(tick).join(', ')}`, '',
    ]),
    '## Exchange locations', '', table(['Location', '10Mbps'], [['all', 'yes']]),
  ].join('\n');

  const edgeLocations = [
    '# Edge locations (test copy)', '', '## Public Edge Locations', '', table(['Edge ID', 'Location'], publicEdges.map((e) => [tick(e.name), '-'])), '',
    '## Private Interconnect', '', table(['Edge ID', 'Location'], ix.map((e) => [tick(e.name), '-'])),
  ].join('\n');

  const sipBlock = (lines: string[]) => ['```bash', ...lines.map((l) => `    ${l}`), '    Ports: 5060 (UDP/TCP), 5061 (TLS)', '```'];
  const sip = [
    '# SIP IP addresses (test copy)', '', '## Media', '', mediaTable(publicEdges), '', '## Regional signaling IP gateways', '',
    ...regional.flatMap((e) => [`### ${e.name} gateways`, '', ...sipBlock(def(e).sipSignalingCidrs!.map((c) => `${c} which is:`)), '']),
  ].join('\n');

  const sipIx = [
    '# SIP over Interconnect (test copy)', '', '## Configure', '', '### Termination settings', '',
    table(['Termination SIP URI', 'Exchange'], ix.map((e) => [tick(`{example}.pstn.${e.name}.twilio.com`), '-'])), '',
    '### Origination settings', '', '**Interconnect media range**', '', mediaTable(ix), '', '### Signalling IP Addresses', '',
    ...ix.flatMap((e) => [`#### ${def(e).servesPublicEdge} Interconnect Gateways`, '', ...sipBlock(def(e).sipGatewayCidrs!.map((c) => c.replace(/\/32$/, ''))), '']),
  ].join('\n');

  return {
    'voice/sdks/network-connectivity-requirements': voice,
    'stun-turn/regions': nts,
    'interconnect': interconnect,
    'global-infrastructure/edge-locations': edgeLocations,
    'sip-trunking/ip-addresses': sip,
    'sip-trunking/configure-with-interconnect': sipIx,
  };
}

/** Writes the pages under `dir` as `<docs path>.md`. */
export function writeTwilioPages(dir: string, pages: Record<string, string> = renderTwilioPages()): void {
  for (const [docsPath, markdown] of Object.entries(pages)) {
    const file = path.join(dir, `${docsPath}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, markdown);
  }
}
