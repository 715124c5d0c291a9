// The plan's notes (uncertain facts it relies on, advice) and the descriptions of its named CIDR sets.
import { TwilioCatalog } from '../../catalog/twilio-catalog';
import { TwilioEdge } from '../../catalog/twilio-edge';
import { VoiceSdk } from '../../catalog/types';

const CIDR_SET_DESCRIPTIONS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^media$/, () => 'Twilio Voice media (SRTP/ICE), UDP 10000-60000'],
  [/^nts$/, () => 'Twilio Network Traversal Service (STUN/TURN) of the chosen edges'],
  [/^interconnect-signaling-(.+)$/, (m) => `Twilio Voice SDK signalling over Interconnect ${m[1]}`],
  [/^sip-signaling$/, () => 'Twilio SIP signalling gateways of every region'],
  [/^sip-gateways-(.+)$/, (m) => `Twilio SIP gateways of Interconnect ${m[1]}`],
  [/^interconnect-routes-(.+)$/, (m) => `Twilio prefixes routed over Interconnect ${m[1]}`],
];

/** What a named CIDR set holds, in words. */
export function describeCidrSet(name: string): string {
  for (const [re, text] of CIDR_SET_DESCRIPTIONS) {
    const m = name.match(re);
    if (m) return text(m);
  }
  return `Twilio ${name}`;
}

/** What to know about a Voice SDK plan. */
export function planNotes(edges: readonly TwilioEdge[], sdks: readonly VoiceSdk[], legacyMobilePort: boolean, turn: boolean): string[] {
  const notes: string[] = [];
  const gll = edges.some((e) => e.name === 'roaming');
  if (gll) {
    notes.push('roaming (GLL) picks the edge by DNS latency routing: the resolver must support RFC 7871 client subnet and be near the clients. In restrictive networks pin the edge nearest your clients (TwilioEdge.nearestTo(region)).');
    if (sdks.includes(VoiceSdk.JAVASCRIPT)) {
      notes.push('With roaming, the JavaScript SDK reconnects signalling during a call to voice-js.{edge}.twilio.com of the edge it landed on; the DNS names include every public edge\'s for that reason.');
    }
  }
  const regional = edges.find((e) => e.name !== 'roaming' && !e.isPrivateInterconnect);
  if (sdks.includes(VoiceSdk.MOBILE) && regional) {
    const [documented, ...observed] = TwilioCatalog.signalingHostnames(regional, VoiceSdk.MOBILE);
    notes.push(`Mobile regional signalling names are partly undocumented: Twilio documents ${documented}; SDKs were also seen using ${observed.join(' and ')}. All are allowed.`);
  }
  if (legacyMobilePort && edges.some((e) => e.isPrivateInterconnect)) {
    notes.push(`legacyMobilePort opens TCP ${TwilioCatalog.legacyMobileSignalingPort()} only to public edges: Twilio publishes no pre-3.x port for Interconnect signalling.`);
  }
  if (turn) {
    notes.push(`TURN is billed by Twilio. Ports: ${TwilioCatalog.ntsPorts().map((p) => `${p.protocol.toUpperCase()} ${p.port}`).join(', ')}.`);
    const pinned = edges.filter((e) => e.name !== 'roaming');
    if (pinned.length > 0 && !gll) {
      const [stun] = TwilioCatalog.ntsHostnames(TwilioEdge.ROAMING);
      const example = TwilioCatalog.ntsHostnames(pinned[0]);
      notes.push(`Network Traversal Service tokens return ${stun.replace('stun', 'stun/turn')} URIs, which may reach any region; these rules admit only `
        + `the pinned edges' TURN ranges. Rewrite 'global' in the ICE server URLs to the edge name (e.g. ${example.join(', ')}) before passing them to the SDK.`);
    }
  }
  if (edges.some((e) => e.isPrivateInterconnect)) {
    notes.push('Interconnect needs public source addresses: Twilio requires the addresses you send from over Interconnect to be globally unique '
      + '(no special-purpose range: not RFC 1918, not 100.64.0.0/10) and announced by you. In AWS: add a non-RFC 1918 VPC CIDR from your own block and send the clients\' Twilio traffic through '
      + 'a private NAT gateway in it.');
  }
  return notes;
}
