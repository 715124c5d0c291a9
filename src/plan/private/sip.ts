// A SIP endpoint's flows (Elastic SIP Trunking, Programmable Voice SIP): the only ingress flows the library plans, and
// only from Twilio's published sources. Which flows exist follows how SIP moves through a stateful filter, not only
// who places the call: RTP goes both ways on every call, and a quiet UDP dialog outlives its tracked flow.
import { CIDR_SETS, DraftFlow } from './flows';
import { TwilioCatalog } from '../../catalog/twilio-catalog';
import { TwilioEdge } from '../../catalog/twilio-edge';
import { NetworkProtocol, PortRange, SipTransport } from '../../catalog/types';
import { show } from '../../util/text';
import { isEncodedToken } from '../../util/tokens';
import { FlowDirection, TwilioFlowKind } from '../types';

export const DEFAULT_SIP_PORT = 5060;
export const DEFAULT_SIP_TLS_PORT = 5061;
const ALL_TRANSPORTS = [SipTransport.UDP, SipTransport.TCP, SipTransport.TLS];

/** The SIP choices, validated and with defaults. */
export interface SipChoices {
  readonly edges: readonly TwilioEdge[];
  readonly mediaPorts: PortRange;
  readonly transports: readonly SipTransport[];
  readonly origination: boolean;
  readonly termination: boolean;
  readonly sipPort: number;
  readonly sipTlsPort: number;
  readonly sipDomains: boolean;
  readonly allInterconnectGateways: boolean;
}

/** The SDK options, which don't apply to a SIP endpoint. */
const SDK_ONLY = ['sdks', 'legacyMobilePort', 'turnFallback', 'homeRegion', 'publicServices', 'insights'];

function port(value: unknown, option: string, problems: string[]): void {
  if (value === undefined || value === null) return;
  if (isEncodedToken(value)) problems.push(`${option} must be a literal port, got an unresolved token. Rules are computed from it at synth time.`);
  else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) problems.push(`${option} must be an integer port 1-65535, got: ${show(value)}.`);
}

/** How the caller names the SIP options: `sip.mediaPorts` in the plan's props, `mediaPorts` in a construct's. */
export interface SipNaming {
  readonly option: (key: string) => string;
  /** Why an SDK option is refused, after its name. */
  readonly sdkOnly: string;
}

/** The plan's own names. */
export const PLAN_SIP_NAMING: SipNaming = { option: (key) => `sip.${key}`, sdkOnly: 'Leave it out with sip.' };
/** A construct's names: its SIP options are props of its own. */
export const CONSTRUCT_SIP_NAMING: SipNaming = { option: (key) => key, sdkOnly: 'Leave it out.' };

/** Every problem with the `sip` option and with options that do not apply to a SIP plan, named as the caller names them. */
export function validateSip(props: Record<string, any>, sip: Record<string, any>, naming: SipNaming = PLAN_SIP_NAMING): string[] {
  const at = naming.option;
  const problems: string[] = [];
  for (const key of SDK_ONLY) {
    if (props[key] !== undefined && props[key] !== null) problems.push(`${key} applies to Voice SDK clients, not to a SIP endpoint. ${naming.sdkOnly}`);
  }
  const edges = props.edges;
  if (edges === undefined || edges === null) {
    problems.push('edges must list the edges in the termination URIs the SIP endpoint uses ({trunk}.pstn.{edge}.twilio.com), e.g. [TwilioEdge.ASHBURN].');
  } else if (Array.isArray(edges)) {
    edges.forEach((e, i) => {
      if (TwilioEdge._resolve(e)?.name === 'roaming') {
        problems.push(`edges[${i}] must not be roaming: Twilio offers no Global Low Latency for SIP Domains or Elastic SIP Trunking. Pin the edges your termination URIs name.`);
      }
    });
  }
  const media = sip.mediaPorts;
  if (media === undefined || media === null) {
    problems.push(`${at('mediaPorts')} is required: the endpoint's RTP port range, e.g. { fromPort: 10000, toPort: 20000 } (Asterisk) or 16384-32768 (FreeSWITCH).`);
  } else if (typeof media !== 'object' || Array.isArray(media)) {
    problems.push(`${at('mediaPorts')} must be a port range such as { fromPort: 10000, toPort: 20000 }, got: ${show(media)}.`);
  } else {
    const before = problems.length;
    port(media.fromPort ?? 'missing', `${at('mediaPorts')}.fromPort`, problems);
    port(media.toPort ?? 'missing', `${at('mediaPorts')}.toPort`, problems);
    if (problems.length === before && media.fromPort > media.toPort) {
      problems.push(`${at('mediaPorts')} must run from the lower to the higher port, got: ${media.fromPort}-${media.toPort}. Swap them.`);
    }
  }
  const transports = sip.transports;
  if (transports !== undefined && transports !== null) {
    if (!Array.isArray(transports) || transports.length === 0) {
      problems.push(`${at('transports')} must list at least one of SipTransport.UDP, TCP, TLS when given, got: ${show(transports)}. Leave it out for all three.`);
    } else {
      transports.forEach((t, i) => {
        if (!ALL_TRANSPORTS.includes(t)) problems.push(`${at('transports')}[${i}] must be SipTransport.UDP, SipTransport.TCP or SipTransport.TLS, got: ${show(t)}.`);
      });
    }
  }
  for (const key of ['origination', 'termination', 'sipDomains', 'allInterconnectGateways']) {
    const v = sip[key];
    if (v !== undefined && v !== null && typeof v !== 'boolean') problems.push(`${at(key)} must be true or false, got: ${show(v)}.`);
  }
  if (sip.origination === false && sip.termination === false) {
    problems.push(`${at('origination')} and ${at('termination')} are both false: the endpoint would exchange nothing with Twilio. Enable at least one.`);
  } else if (sip.sipDomains === true && sip.termination === false) {
    problems.push(`${at('sipDomains')} needs ${at('termination')}: sending to a SIP Domain is traffic from the endpoint to Twilio. `
      + 'Enable termination, or leave sipDomains out.');
  }
  port(sip.sipPort, at('sipPort'), problems);
  port(sip.sipTlsPort, at('sipTlsPort'), problems);
  return problems;
}

/** The SIP choices with their defaults. */
export function sipChoices(edges: readonly TwilioEdge[], sip: Record<string, any>): SipChoices {
  const transports: SipTransport[] = sip.transports ?? ALL_TRANSPORTS;
  return {
    edges,
    mediaPorts: { fromPort: sip.mediaPorts.fromPort, toPort: sip.mediaPorts.toPort },
    transports: ALL_TRANSPORTS.filter((t) => transports.includes(t)),
    origination: sip.origination ?? true,
    termination: sip.termination ?? true,
    sipPort: sip.sipPort ?? DEFAULT_SIP_PORT,
    sipTlsPort: sip.sipTlsPort ?? DEFAULT_SIP_TLS_PORT,
    sipDomains: sip.sipDomains ?? false,
    allInterconnectGateways: sip.allInterconnectGateways ?? true,
  };
}

/**
 * The Interconnect gateways a SIP plan admits: with any `*-ix` edge, every Interconnect edge's gateways (Twilio strongly
 * encourages allowing all of them, for resilience), or only the chosen edges' with `allInterconnectGateways: false`.
 * A gateway of a chosen edge serves that edge; another exchange's serves every chosen `*-ix` edge.
 */
function interconnectGateways(c: SipChoices): Array<{ cidr: string; set: string; edges: string[]; source: string }> {
  const chosen = c.edges.filter((e) => e.isPrivateInterconnect).map((e) => e.name);
  if (chosen.length === 0) return [];
  const exchanges = (c.allInterconnectGateways ? TwilioEdge.all() : c.edges).filter((e) => e.isPrivateInterconnect);
  return exchanges.flatMap((e) => {
    const def = TwilioCatalog.edgeDefinition(e);
    return (def.sipGatewayCidrs ?? []).map((cidr) => ({
      cidr,
      set: CIDR_SETS.sipGateways(e.name),
      edges: chosen.includes(e.name) ? [e.name] : chosen,
      source: def.sipSourceUrl ?? def.sourceUrl,
    }));
  });
}

/**
 * The SIP endpoint's flows, from Twilio's published sources only (every regional signalling /30, Interconnect gateways
 * and the media range):
 *
 * - media both ways whenever SIP is planned: RTP flows both ways on every call, and early media (183 with SDP, ringback)
 *   arrives from Twilio before the endpoint has sent anything;
 * - UDP signalling both ways whenever SIP is planned: a security group tracks a UDP flow for 30 s (one way) or 180 s
 *   (a stream), so the other side's in-dialog request (BYE, re-INVITE, session refresh) after a quiet spell is a new
 *   flow in either direction;
 * - TCP and TLS signalling follow the call direction: origination opens ingress to the endpoint's ports, termination
 *   egress to Twilio's; the connection carries the in-dialog requests and stays tracked (5 days).
 */
export function sipDrafts(c: SipChoices): DraftFlow[] {
  const drafts: DraftFlow[] = [];
  const media = TwilioCatalog.media();
  const twilioPorts = TwilioCatalog.sipPorts().map((p) => ({ ...p, transport: p.transport! })).filter((p) => c.transports.includes(p.transport));
  const localPort = (t: SipTransport) => (t === SipTransport.TLS ? c.sipTlsPort : c.sipPort);
  const regional = twilioPorts[0]?.sourceUrl ?? media.sourceUrl;
  const gateways = [
    ...TwilioCatalog.sipSignalingCidrs().map((cidr) => ({ cidr, set: CIDR_SETS.sipSignaling, edges: c.edges.map((e) => e.name), source: regional })),
    ...interconnectGateways(c),
  ];
  const kind = TwilioFlowKind.SIGNALING;

  for (const p of twilioPorts) {
    const udp = p.transport === SipTransport.UDP;
    const purpose = `SIP signalling over ${p.transport.toUpperCase()}`;
    // UDP: both ways, whatever the call direction (see above); TCP and TLS: as the calls go
    const ingress = c.origination || udp;
    const egress = c.termination || udp;
    for (const g of gateways) {
      for (const edge of g.edges) {
        const common = { kind, protocol: p.protocol, destination: g.cidr, hostname: false, cidrSet: g.set, edge, source: g.source };
        if (ingress) {
          const local = localPort(p.transport);
          drafts.push({
            ...common,
            direction: FlowDirection.INGRESS,
            fromPort: local,
            toPort: local,
            purpose: c.origination ? `${purpose} from Twilio (origination)` : `${purpose} from Twilio (in-dialog requests)`,
          });
        }
        if (egress) {
          drafts.push({
            ...common,
            direction: FlowDirection.EGRESS,
            fromPort: p.port,
            toPort: p.port,
            purpose: c.termination ? `${purpose} to Twilio (termination)` : `${purpose} to Twilio (in-dialog requests)`,
          });
        }
      }
    }
  }
  const twilioMedia: PortRange = { fromPort: media.fromPort, toPort: media.toPort };
  for (const edge of c.edges) {
    for (const cidr of media.cidrs) {
      const common = {
        kind: TwilioFlowKind.MEDIA,
        protocol: NetworkProtocol.UDP,
        destination: cidr,
        hostname: false,
        cidrSet: CIDR_SETS.media,
        edge: edge.name,
        source: media.sourceUrl,
      };
      drafts.push({
        ...common,
        direction: FlowDirection.INGRESS,
        fromPort: c.mediaPorts.fromPort,
        toPort: c.mediaPorts.toPort,
        sourcePorts: twilioMedia,
        purpose: 'SIP media (RTP) from Twilio',
      });
      drafts.push({
        ...common,
        direction: FlowDirection.EGRESS,
        fromPort: media.fromPort,
        toPort: media.toPort,
        sourcePorts: c.mediaPorts,
        purpose: 'SIP media (RTP) to Twilio',
      });
    }
  }
  return drafts;
}

/**
 * The DNS names the endpoint resolves when it sends calls: the default termination URI (`*.pstn.twilio.com`), the
 * chosen edges' termination URIs in their edge and legacy region id forms, and, with `sipDomains`, the SIP Domains
 * (`*.sip.{edge}.twilio.com`) of the chosen edges.
 */
export function sipDomains(c: SipChoices): string[] {
  if (!c.termination) return [];
  return [
    TwilioCatalog.sipDefaultTerminationDomain(),
    ...c.edges.flatMap((e) => TwilioCatalog.sipTerminationDomains(e)),
    ...(c.sipDomains ? c.edges.flatMap((e) => TwilioCatalog.sipDomainNames(e)) : []),
  ];
}

/**
 * What to know about a SIP endpoint's plan.
 * @param option how the caller names a SIP option (`sip.allInterconnectGateways` for the plan, bare for a construct)
 */
export function sipNotes(c: SipChoices, option: (key: string) => string): string[] {
  const notes = [
    'Send SIP to your termination URI ({trunk}.pstn.twilio.com, or {trunk}.pstn.{edge}.twilio.com to pick the edge), never to the gateway '
    + 'addresses: Twilio publishes them for firewalls only.',
    'Media (RTP) is allowed both ways whatever the call direction: early media and ringback arrive from Twilio before the endpoint sends.',
  ];
  if (c.transports.includes(SipTransport.UDP)) {
    notes.push('SIP over UDP is allowed both ways whatever the call direction: a security group forgets a quiet UDP flow after 30 s (one way) or '
      + '180 s (a stream), so an in-dialog BYE or re-INVITE from either side can arrive as a new flow. TCP and TLS connections stay tracked.');
  }
  if (c.origination) {
    notes.push('Origination: every region\'s signalling gateways are allowed, because Twilio does not guarantee the region a call comes from. '
      + 'Add the endpoint\'s public address to the trunk\'s IP access control list, and name the edge in the origination URI (sip:host;edge={edge}).');
  }
  if (c.edges.some((e) => e.isPrivateInterconnect)) {
    notes.push(c.allInterconnectGateways
      ? 'Interconnect: every exchange\'s SIP gateways are allowed, as Twilio strongly encourages for resilience (another exchange\'s gateways take '
        + `over when one is down); set ${option('allInterconnectGateways')} to false to allow only the chosen edges' gateways.`
      : 'Interconnect: only the chosen edges\' SIP gateways are allowed; Twilio strongly encourages allowing every exchange\'s for resilience.');
    notes.push('Interconnect: the addresses you send from must be globally unique (no special-purpose range such as RFC 1918 or 100.64.0.0/10) and '
      + 'announced by you; route Twilio\'s Interconnect prefixes to the connection with the routing option.');
  }
  return notes;
}

/** What the plan's rules allow, in one sentence, for the headers of exports and tables. */
export function sipSummary(c: SipChoices): string {
  const tcp = c.transports.filter((t) => t !== SipTransport.UDP).map((t) => t.toUpperCase()).join('/');
  const parts = ['SIP endpoint: inbound and outbound RTP media with Twilio\'s media range'];
  if (c.transports.includes(SipTransport.UDP)) parts.push('SIP over UDP both ways with Twilio\'s signalling sources');
  if (tcp && c.origination) parts.push(`inbound SIP over ${tcp} from them (origination)`);
  if (tcp && c.termination) parts.push(`outbound SIP over ${tcp} to them (termination)`);
  return `${parts.join('; ')}. Only Twilio's published sources are admitted; return traffic follows connection tracking.`;
}
