import {
  CLIENT_EPHEMERAL_PORTS, HOSTS, LEGACY_MEDIA_DECOMMISSIONED, NTS, NTS_ONLY_REGIONS, PUBLIC_EDGES, QUALITY, SIP, TWILIO_REGIONS,
} from './data';
import { catalogGeneration, edgeDefinition, edgeDefinitions, mediaDefinition, memo, putEdgeDefinition, putMediaDefinition, resetStore } from './private/store';
import { validateEdgeDefinition, validateMediaDefinition } from './private/validation';
import { AWS_SOURCES, TWILIO_SOURCES } from './sources';
import { TwilioEdge } from './twilio-edge';
import {
  NetworkProtocol, PortRange, SipTransport, TwilioEdgeDefinition, TwilioFactConfidence, TwilioLegacyMediaRange,
  TwilioMediaDefinition, TwilioPortDefinition, TwilioQualityThresholds, TwilioServiceDefinition,
  TwilioNtsRegion, TwilioSourceDefinition, VoiceSdk,
} from './types';
import { TwilioValidationError } from '../util/errors';
import { show } from '../util/text';

/**
 * An address range Twilio still uses for a purpose other than media, which the audit must not report as stale
 * even where it lies inside a decommissioned media range.
 */
interface TwilioCurrentRange {
  /** CIDRs of the range. */
  readonly cidrs: string[];
  /** IP protocol. */
  readonly protocol: NetworkProtocol;
  /** First port of the current use. */
  readonly fromPort: number;
  /** Last port of the current use. */
  readonly toPort: number;
  /** What the range is used for now. */
  readonly purpose: string;
}

/**
 * Twilio's published network facts: edges, CIDRs, hostnames, ports and dates, for the Voice SDKs and SIP.
 *
 * Every fact carries the URL of the Twilio page it comes from (see `sources()` for when each page was last
 * checked). When Twilio publishes a change before this library does, register the new facts (like aws-cdk's
 * `Fact.register`); everything planned afterwards in the same process uses them.
 *
 * @see https://www.twilio.com/docs/voice/sdks/network-connectivity-requirements
 */
export class TwilioCatalog {
  /**
   * The facts the catalog holds for an edge, including registered overrides.
   * @param edge the edge
   */
  public static edgeDefinition(edge: TwilioEdge): TwilioEdgeDefinition {
    const def = edgeDefinition(TwilioEdge.of(edge?.name).name);
    return {
      ...def!,
      aliases: copy(def!.aliases),
      signalingCidrs: copy(def!.signalingCidrs),
      bgpPrefixes: copy(def!.bgpPrefixes),
      vpnEncryptionDomain: copy(def!.vpnEncryptionDomain),
      sipGatewayCidrs: copy(def!.sipGatewayCidrs),
      sipSignalingCidrs: copy(def!.sipSignalingCidrs),
      ntsCidrs: copy(def!.ntsCidrs),
    };
  }

  /**
   * Adds an edge, or replaces the facts of an existing one when `allowReplacing` is true.
   *
   * To change one fact, spread the current definition:
   * `TwilioCatalog.registerEdge({ ...TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX), signalingCidrs: [...], source: '<Twilio URL>' }, true)`.
   * @param definition the edge's facts, with the URL of the Twilio page they come from
   * @param allowReplacing true to replace the facts of an edge the catalog already has
   * @returns the edge, usable everywhere a built-in edge is
   */
  public static registerEdge(definition: TwilioEdgeDefinition, allowReplacing: boolean = false): TwilioEdge {
    const problems = validateEdgeDefinition(definition ?? ({} as TwilioEdgeDefinition), allowReplacing);
    if (problems.length > 0) throw new TwilioValidationError(problems);
    putEdgeDefinition({
      ...definition,
      isPrivateInterconnect: definition.isPrivateInterconnect ?? false,
      aliases: copy(definition.aliases),
      signalingCidrs: copy(definition.signalingCidrs),
      bgpPrefixes: copy(definition.bgpPrefixes),
      vpnEncryptionDomain: copy(definition.vpnEncryptionDomain),
      sipGatewayCidrs: copy(definition.sipGatewayCidrs),
      sipSignalingCidrs: copy(definition.sipSignalingCidrs),
      ntsCidrs: copy(definition.ntsCidrs),
      confidence: definition.confidence ?? TwilioFactConfidence.HIGH,
    });
    return TwilioEdge.of(definition.name);
  }

  /** The current Voice media destination (168.86.128.0/18, UDP 10000-60000 unless replaced). */
  public static media(): TwilioMediaDefinition {
    const m = mediaDefinition();
    return { ...m, cidrs: [...m.cidrs] };
  }

  /**
   * Replaces the Voice media destination, e.g. when Twilio adds a range before this library is updated.
   * @param definition the media CIDRs and ports, with the URL of the Twilio page they come from
   */
  public static registerMedia(definition: TwilioMediaDefinition): void {
    const d = definition ?? ({} as TwilioMediaDefinition);
    const problems = validateMediaDefinition(d);
    if (problems.length > 0) throw new TwilioValidationError(problems);
    putMediaDefinition({ ...d, cidrs: [...d.cidrs], confidence: d.confidence ?? TwilioFactConfidence.HIGH });
  }

  /**
   * The catalog's state, which changes whenever a fact is registered or the catalog is reset: for caches of values
   * derived from it.
   * @internal
   */
  public static _generation(): number {
    return catalogGeneration();
  }

  /** Restores the built-in facts, dropping every registration (and every value derived from them). */
  public static reset(): void {
    resetStore();
  }

  /**
   * The source ports clients use: "any available port from the ephemeral range", which Twilio gives as
   * 1024-65535 on most machines. Network ACLs admit return traffic to these ports.
   */
  public static clientEphemeralPorts(): PortRange {
    return { fromPort: CLIENT_EPHEMERAL_PORTS.fromPort, toPort: CLIENT_EPHEMERAL_PORTS.toPort };
  }

  /**
   * The media ranges Twilio decommissioned in the 2023-2024 migration, per edge, plus the Voice SDK table's
   * `roaming` row, which covered all of them on UDP 1024-65535. Audit data only.
   */
  public static legacyMediaRanges(): TwilioLegacyMediaRange[] {
    const rows = PUBLIC_EDGES.filter((e) => e.legacyMedia?.cidrs);
    const all = rows.flatMap((e) => e.legacyMedia!.cidrs!);
    return PUBLIC_EDGES.filter((e) => e.legacyMedia).map((e) => ({
      edgeName: e.id,
      cidrs: [...(e.legacyMedia!.allRanges ? all : e.legacyMedia!.cidrs!)],
      fromPort: e.legacyMedia!.udpPorts.fromPort,
      toPort: e.legacyMedia!.udpPorts.toPort,
      decommissioned: LEGACY_MEDIA_DECOMMISSIONED.voiceSdk,
      decommissionedSipInterconnect: LEGACY_MEDIA_DECOMMISSIONED.sipInterconnect,
      confidence: e.legacyMedia!.confidence as TwilioFactConfidence,
      note: e.legacyMedia!.note,
      sourceUrl: LEGACY_MEDIA_DECOMMISSIONED.sources[0],
    }));
  }

  /**
   * Ranges Twilio uses today for something other than media that lie inside decommissioned media ranges: the
   * STUN/TURN ranges on their ports, and the SIP signalling gateways on 5060-5061. A rule to them is current (the
   * legacy-range audit's exceptions).
   * @internal
   */
  public static _currentRanges(): TwilioCurrentRange[] {
    return currentRanges();
  }

  /** Bandwidth, latency, jitter and loss Twilio asks for. */
  public static qualityThresholds(): TwilioQualityThresholds {
    const { source, ...thresholds } = QUALITY;
    return { ...thresholds, sourceUrl: source };
  }

  /**
   * Hostnames an SDK connects to for signalling on an edge (TCP 443).
   *
   * Mobile regional names: Twilio documents `chunderm.{region}.gll.twilio.com`; the SDKs have also been seen
   * using `chunderm.{region}.twilio.com` and `chunderm-{region}.twilio.com`. All three are returned so a DNS
   * allow list does not break (low confidence for the undocumented two). Twilio publishes no mobile signalling
   * names for Interconnect edges, so none are returned for them.
   * @param edge the edge
   * @param sdk the SDK
   */
  public static signalingHostnames(edge: TwilioEdge, sdk: VoiceSdk): string[] {
    return TwilioCatalog.signaling(edge, sdk).hostnames;
  }

  /**
   * An SDK's signalling gateway on an edge: hostnames (see `signalingHostnames`), TCP port and source.
   * @param edge the edge
   * @param sdk the SDK
   */
  public static signaling(edge: TwilioEdge, sdk: VoiceSdk): TwilioServiceDefinition {
    const e = TwilioEdge.of(edge?.name);
    if (sdk === VoiceSdk.JAVASCRIPT) {
      return {
        hostnames: [isGll(e) ? HOSTS.voiceJs.gll : fill(HOSTS.voiceJs.edgeTemplate, e)],
        port: HOSTS.voiceJs.port,
        purpose: 'JavaScript SDK signalling (WSS)',
        sourceUrl: e.isPrivateInterconnect ? HOSTS.voiceJs.interconnectSource : HOSTS.voiceJs.source,
      };
    }
    const hostnames = e.isPrivateInterconnect ? []
      : isGll(e) ? [HOSTS.mobile.gll]
        : [HOSTS.mobile.regionTemplate, ...HOSTS.mobile.observedRegionTemplates].map((t) => fill(t, e));
    return { hostnames, port: HOSTS.mobile.port, purpose: 'Mobile SDK signalling (TLS)', sourceUrl: HOSTS.mobile.source };
  }

  /**
   * Hostnames the JavaScript SDK may reconnect signalling to during a call that started on GLL: after connecting
   * through `roaming`, it reconnects to `voice-js.{edge}.twilio.com` of the edge the server reports, which can be any
   * public edge.
   */
  public static gllReconnectHostnames(): string[] {
    return edgeDefinitions().filter((d) => !d.isPrivateInterconnect && d.name !== 'roaming')
      .map((d) => fill(HOSTS.voiceJs.edgeTemplate, TwilioEdge.of(d.name)));
  }

  /** The TCP port mobile SDKs before 3.x use for signalling instead of 443 (10194). */
  public static legacyMobileSignalingPort(): number {
    return HOSTS.mobile.legacyPort;
  }

  /**
   * The Insights gateway, which receives call quality events: `eventgw.twilio.com`, and `eventgw.{home}.twilio.com`
   * where the JavaScript SDK posts them. `home` is the Twilio Region the signalling server names when the SDK connects
   * (not something the access token carries); it is `us1` for most accounts.
   * @param homeRegion a Twilio Region id from `twilioRegions()` (default `us1`)
   */
  public static insights(homeRegion?: string): TwilioServiceDefinition {
    const home = homeRegion ?? HOSTS.insights.defaultHomeRegion;
    if (!TWILIO_REGIONS.ids.includes(home as any)) {
      throw new TwilioValidationError([`homeRegion must be a Twilio Region (${TWILIO_REGIONS.ids.join(', ')}), got: ${show(homeRegion)}.`]);
    }
    const hostnames = [HOSTS.insights.host, HOSTS.insights.homeRegionTemplate.replace('{home}', home)];
    return { hostnames, port: HOSTS.insights.port, purpose: 'Insights call quality events', sourceUrl: HOSTS.insights.source };
  }

  /** The Twilio Region whose Insights host is allowed when no `homeRegion` is given (`us1`, most accounts' home). */
  public static defaultHomeRegion(): string {
    return HOSTS.insights.defaultHomeRegion;
  }

  /** Twilio Regions (where data is processed: `us1`, `ie1`, `au1`), distinct from edges. */
  public static twilioRegions(): string[] {
    return [...TWILIO_REGIONS.ids];
  }

  /** The mobile SDKs' push registration server. */
  public static registration(): TwilioServiceDefinition {
    return { hostnames: [HOSTS.registration.host], port: HOSTS.registration.port, purpose: 'Mobile push registration', sourceUrl: HOSTS.registration.source };
  }

  /** Where the JavaScript SDK downloads its sounds. */
  public static sdkAssets(): TwilioServiceDefinition {
    return { hostnames: [...HOSTS.jsAssets.hosts], port: HOSTS.jsAssets.port, purpose: 'JavaScript SDK sounds', sourceUrl: HOSTS.jsAssets.source };
  }

  /**
   * STUN and TURN hostnames for an edge: `global.*` for roaming (what NTS tokens return); `{edge}.*` for a pinned
   * edge, whose clients must rewrite `global` to the edge name; an Interconnect edge uses the public edge it serves.
   * @param edge the edge
   */
  public static ntsHostnames(edge: TwilioEdge): string[] {
    const target = ntsEdge(edge);
    if (isGll(target)) return [...NTS.globalHosts];
    return NTS.edgeHostTemplates.map((t) => fill(t, target));
  }

  /** Every Network Traversal Service region: each public edge's, and regions that are not Voice edges (mumbai). */
  public static ntsRegions(): TwilioNtsRegion[] {
    return [
      ...edgeDefinitions().filter((d) => !d.isPrivateInterconnect && d.ntsCidrs)
        .map((d) => ({ name: d.name, legacyRegionId: d.legacyRegionId, cidrs: [...d.ntsCidrs!] })),
      ...NTS_ONLY_REGIONS.map((r) => ({ name: r.id, legacyRegionId: r.legacyRegionId, cidrs: [...r.ntsCidrs] })),
    ];
  }

  /** STUN/TURN ports: UDP and TCP 3478, TLS on TCP 443 and 5349. */
  public static ntsPorts(): TwilioPortDefinition[] {
    return NTS.ports.map((p) => ({ protocol: p.protocol as NetworkProtocol, port: p.port, purpose: p.purpose, sourceUrl: NTS.source }));
  }

  /**
   * Network Traversal Service (STUN/TURN) CIDRs for an edge. Roaming returns every region's, because
   * `global.turn.twilio.com` may resolve to any of them (including NTS-only regions such as mumbai).
   * @param edge the edge
   */
  public static ntsCidrs(edge: TwilioEdge): string[] {
    const target = ntsEdge(edge);
    if (isGll(target)) return [...allNtsCidrs()];
    return [...(TwilioCatalog.edgeDefinition(target).ntsCidrs ?? [])];
  }

  /** Twilio's SIP signalling ports per transport: 5060 UDP and TCP, 5061 TLS. */
  public static sipPorts(): TwilioPortDefinition[] {
    return SIP.ports.map((p) => ({
      transport: p.transport as SipTransport,
      protocol: p.protocol as NetworkProtocol,
      port: p.port,
      purpose: `SIP signalling over ${p.transport.toUpperCase()}`,
      sourceUrl: SIP.source,
    }));
  }

  /**
   * Every region's SIP signalling gateways. Twilio asks SIP endpoints to allow all of them, whatever edge they use,
   * because it does not guarantee which region a call leaves from.
   */
  public static sipSignalingCidrs(): string[] {
    return edgeDefinitions().filter((d) => !d.isPrivateInterconnect).flatMap((d) => d.sipSignalingCidrs ?? []);
  }

  /**
   * The DNS names of an edge's SIP termination URIs: `*.pstn.{edge}.twilio.com`, and the legacy region id form the
   * pages still list (`*.pstn.us1.twilio.com`, `*.pstn.ie1-ix.twilio.com`).
   * @param edge the edge
   * @see https://www.twilio.com/docs/global-infrastructure/localized-uris/termination
   */
  public static sipTerminationDomains(edge: TwilioEdge): string[] {
    const e = TwilioEdge.of(edge?.name);
    return [...new Set(SIP.terminationDomainTemplates.map((t) => fill(t.template, e)))];
  }

  /**
   * The DNS name of the default termination URI, `*.pstn.twilio.com`: `{trunk}.pstn.twilio.com` names no edge and
   * Twilio routes it to its default edge.
   * @see https://www.twilio.com/docs/global-infrastructure/localized-uris/termination
   */
  public static sipDefaultTerminationDomain(): string {
    return SIP.defaultTerminationDomain;
  }

  /**
   * The DNS names of an edge's Programmable Voice SIP Domains, which endpoints register to or call on any edge: the
   * global `*.sip.twilio.com`, `*.sip.{edge}.twilio.com` and the legacy region-id form (`*.sip.us1.twilio.com`).
   * @param edge the edge
   * @see https://www.twilio.com/docs/global-infrastructure/localized-uris/sip-uris
   */
  public static sipDomainNames(edge: TwilioEdge): string[] {
    const e = TwilioEdge.of(edge?.name);
    return [...new Set([SIP.defaultDomain.template, ...SIP.domainTemplates.map((t) => fill(t.template, e))])];
  }

  /**
   * When the catalog's facts were last compared with Twilio's pages (YYYY-MM-DD): how fresh this copy of the library
   * is. The package's `package.json` carries the same date (`twilioCatalog.checked`).
   */
  public static lastChecked(): string {
    return TwilioCatalog.sources().map((s) => s.checked).sort().pop()!;
  }

  /** Every page the catalog's facts come from, with the date each was last checked. */
  public static sources(): TwilioSourceDefinition[] {
    return [...Object.values(TWILIO_SOURCES), ...Object.values(AWS_SOURCES)].map((s) => ({ ...s }));
  }

  /**
   * The source entry for a fact's URL, with its page date and when it was last checked.
   * @param url the `source` URL of a fact
   * @returns undefined for a URL that is not one of the catalog's sources (e.g. a registered override's)
   */
  public static sourceOf(url: string): TwilioSourceDefinition | undefined {
    return TwilioCatalog.sources().find((s) => s.url === url);
  }

  private constructor() {}
}

const isGll = (edge: TwilioEdge) => edge.name === 'roaming';

function copy(list: readonly string[] | undefined): string[] | undefined {
  return list ? [...list] : undefined;
}

function ntsEdge(edge: TwilioEdge): TwilioEdge {
  const e = TwilioEdge.of(edge?.name);
  return e.isPrivateInterconnect ? TwilioEdge.of(TwilioCatalog.edgeDefinition(e).servesPublicEdge!) : e;
}

function fill(template: string, edge: TwilioEdge): string {
  return template.replace('{edge}', edge.name).replace('{region}', edge.legacyRegionId);
}

/** Every NTS CIDR: each public edge's plus the NTS-only regions'. Cached per catalog state. */
const allNtsCidrs = memo(() => TwilioCatalog.ntsRegions().flatMap((r) => r.cidrs));

const currentRanges = memo((): TwilioCurrentRange[] => {
  const nts = allNtsCidrs();
  const out: TwilioCurrentRange[] = TwilioCatalog.ntsPorts().map((p) => ({
    cidrs: [...nts], protocol: p.protocol, fromPort: p.port, toPort: p.port, purpose: p.purpose,
  }));
  const sip = TwilioCatalog.sipSignalingCidrs();
  for (const p of TwilioCatalog.sipPorts()) out.push({ cidrs: [...sip], protocol: p.protocol, fromPort: p.port, toPort: p.port, purpose: 'SIP signalling' });
  return out;
});
