// A SIP endpoint's flows (Elastic SIP Trunking, Programmable Voice SIP): origination is the first traffic Twilio
// opens towards the workload, so these are the only ingress flows the library plans, and only from Twilio's
// published sources.
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
}

/** The SDK options, which don't apply to a SIP endpoint. */
const SDK_ONLY = ['sdks', 'legacyMobilePort', 'turnFallback', 'homeRegion', 'publicServices', 'insights', 'interconnectConnection'];

function port(value: unknown, option: string, problems: string[]): void {
  if (value === undefined || value === null) return;
  if (isEncodedToken(value)) problems.push(`${option} must be a literal port, got an unresolved token. Rules are computed from it at synth time.`);
  else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) problems.push(`${option} must be an integer port 1-65535, got: ${show(value)}.`);
}

/** Every problem with the `sip` option and with options that do not apply to a SIP plan. */
export function validateSip(props: Record<string, any>, sip: Record<string, any>): string[] {
  const problems: string[] = [];
  for (const key of SDK_ONLY) {
    if (props[key] !== undefined && props[key] !== null) problems.push(`${key} applies to Voice SDK clients, not to a SIP endpoint. Leave it out with sip.`);
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
    problems.push('sip.mediaPorts is required: the endpoint\'s RTP port range, e.g. { fromPort: 10000, toPort: 20000 } (Asterisk) or 16384-32768 (FreeSWITCH).');
  } else if (typeof media !== 'object' || Array.isArray(media)) {
    problems.push(`sip.mediaPorts must be a port range such as { fromPort: 10000, toPort: 20000 }, got: ${show(media)}.`);
  } else {
    const before = problems.length;
    port(media.fromPort ?? 'missing', 'sip.mediaPorts.fromPort', problems);
    port(media.toPort ?? 'missing', 'sip.mediaPorts.toPort', problems);
    if (problems.length === before && media.fromPort > media.toPort) {
      problems.push(`sip.mediaPorts must run from the lower to the higher port, got: ${media.fromPort}-${media.toPort}. Swap them.`);
    }
  }
  const transports = sip.transports;
  if (transports !== undefined && transports !== null) {
    if (!Array.isArray(transports) || transports.length === 0) {
      problems.push(`sip.transports must list at least one of SipTransport.UDP, TCP, TLS when given, got: ${show(transports)}. Leave it out for all three.`);
    } else {
      transports.forEach((t, i) => {
        if (!ALL_TRANSPORTS.includes(t)) problems.push(`sip.transports[${i}] must be SipTransport.UDP, SipTransport.TCP or SipTransport.TLS, got: ${show(t)}.`);
      });
    }
  }
  for (const key of ['origination', 'termination', 'sipDomains']) {
    const v = sip[key];
    if (v !== undefined && v !== null && typeof v !== 'boolean') problems.push(`sip.${key} must be true or false, got: ${show(v)}.`);
  }
  if (sip.origination === false && sip.termination === false) {
    problems.push('sip.origination and sip.termination are both false: the endpoint would exchange nothing with Twilio. Enable at least one.');
  } else if (sip.sipDomains === true && sip.termination === false) {
    problems.push('sip.sipDomains needs sip.termination: sending to a SIP Domain is traffic from the endpoint to Twilio. '
      + 'Enable termination, or leave sipDomains out.');
  }
  port(sip.sipPort, 'sip.sipPort', problems);
  port(sip.sipTlsPort, 'sip.sipTlsPort', problems);
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
  };
}

/**
 * Origination: ingress from every regional signalling gateway (Twilio requires all of them, whatever the edge) and
 * from each Interconnect edge's three gateways to the endpoint's SIP ports, and media from Twilio's media range to
 * its RTP ports. Termination: the same peers on Twilio's SIP ports, and media to Twilio's media range.
 */
export function sipDrafts(c: SipChoices): DraftFlow[] {
  const drafts: DraftFlow[] = [];
  const media = TwilioCatalog.media();
  const twilioPorts = TwilioCatalog.sipPorts().filter((p) => c.transports.includes(p.transport));
  const localPort = (t: SipTransport) => (t === SipTransport.TLS ? c.sipTlsPort : c.sipPort);
  const gateways: Array<{ cidr: string; set: string; edge?: string; source: string }> = [
    ...TwilioCatalog.sipSignalingCidrs().map((cidr) => ({ cidr, set: CIDR_SETS.sipSignaling, source: twilioPorts[0]?.source ?? media.source })),
    ...c.edges.filter((e) => e.isPrivateInterconnect).flatMap((e) => {
      const def = TwilioCatalog.edgeDefinition(e);
      return (def.sipGatewayCidrs ?? []).map((cidr) => ({
        cidr,
        set: CIDR_SETS.sipGateways(e.name),
        edge: e.name,
        source: def.sipSource ?? def.source,
      }));
    }),
  ];
  const allEdges = (edge?: string) => (edge ? [edge] : c.edges.map((e) => e.name));
  const kind = TwilioFlowKind.SIGNALING;

  for (const p of twilioPorts) {
    const purpose = `SIP signalling over ${p.transport.toUpperCase()}`;
    for (const g of gateways) {
      for (const edge of allEdges(g.edge)) {
        if (c.origination) {
          const local = localPort(p.transport);
          drafts.push({
            kind,
            direction: FlowDirection.INGRESS,
            protocol: p.protocol,
            destination: g.cidr,
            hostname: false,
            cidrSet: g.set,
            fromPort: local,
            toPort: local,
            purpose: `${purpose} from Twilio (origination)`,
            edge,
            source: g.source,
          });
        }
        if (c.termination) {
          drafts.push({
            kind,
            direction: FlowDirection.EGRESS,
            protocol: p.protocol,
            destination: g.cidr,
            hostname: false,
            cidrSet: g.set,
            fromPort: p.port,
            toPort: p.port,
            purpose: `${purpose} to Twilio (termination)`,
            edge,
            source: g.source,
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
        source: media.source,
      };
      if (c.origination) {
        drafts.push({
          ...common,
          direction: FlowDirection.INGRESS,
          fromPort: c.mediaPorts.fromPort,
          toPort: c.mediaPorts.toPort,
          sourcePorts: twilioMedia,
          purpose: 'SIP media (RTP) from Twilio',
        });
      }
      if (c.termination) {
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
  }
  return drafts;
}


/**
 * The DNS names the endpoint resolves: its termination URIs (`*.pstn.{edge}.twilio.com`) and, with `sipDomains`, the
 * SIP Domains (`*.sip.{edge}.twilio.com`) of the chosen edges.
 */
export function sipDomains(c: SipChoices): string[] {
  if (!c.termination) return [];
  return [
    ...c.edges.flatMap((e) => TwilioCatalog.sipTerminationDomains(e)),
    ...(c.sipDomains ? c.edges.flatMap((e) => TwilioCatalog.sipDomainNames(e)) : []),
  ];
}

/** What to know about a SIP endpoint's plan. */
export function sipNotes(c: SipChoices): string[] {
  const notes = [
    'Send SIP to your termination URI ({trunk}.pstn.{edge}.twilio.com), never to the gateway addresses: Twilio publishes them for firewalls only.',
  ];
  if (c.origination) {
    notes.push('Origination: every region\'s signalling gateways are allowed, because Twilio does not guarantee the region a call comes from. '
      + 'Add the endpoint\'s public address to the trunk\'s IP access control list, and name the edge in the origination URI (sip:host;edge={edge}).');
  }
  if (c.edges.some((e) => e.isPrivateInterconnect)) {
    notes.push('Interconnect: the addresses you send from must be globally unique (not RFC 1918) and announced by you; route Twilio\'s Interconnect '
      + 'prefixes to the connection (see TwilioPrivateInterconnectEdge routing).');
  }
  return notes;
}
