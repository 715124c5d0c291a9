import { HOSTS, LEGACY_MEDIA_DECOMMISSIONED, NTS, NTS_ONLY_REGIONS, PUBLIC_EDGES, QUALITY } from './data';
import { isCanonicalCidr } from './private/cidr';
import { edgeDefinition, edgeDefinitions, mediaDefinition, putEdgeDefinition, putMediaDefinition, resetStore } from './private/store';
import { TwilioEdge } from './twilio-edge';
import {
  TwilioEdgeDefinition, TwilioFactConfidence, TwilioLegacyMediaRange, TwilioMediaDefinition, TwilioQualityThresholds, VoiceSdk,
} from './types';
import { show, ValidationError } from '../private/text';

const NAME_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Twilio's published network facts for the Voice SDKs: edges, CIDRs, hostnames, ports and dates.
 *
 * Every fact carries the URL of the Twilio page it comes from. When Twilio publishes a change before
 * this library does, register the new facts (like aws-cdk's `Fact.register`); everything planned
 * afterwards in the same process uses them.
 *
 * @see https://www.twilio.com/docs/voice/sdks/network-connectivity-requirements
 */
export class TwilioCatalog {
  /** The facts the catalog holds for an edge, including registered overrides. */
  public static edgeDefinition(edge: TwilioEdge): TwilioEdgeDefinition {
    const def = edgeDefinition(edge.name);
    if (!def) throw new Error(`internal: edge ${edge.name} is not in the catalog`);
    return def;
  }

  /**
   * Adds an edge, or replaces the facts of an existing one when `allowReplacing` is true.
   *
   * To change one fact, spread the current definition:
   * `TwilioCatalog.registerEdge({ ...TwilioCatalog.edgeDefinition(TwilioEdge.LONDON_IX), signalingCidrs: [...], source: '<Twilio URL>' }, true)`.
   * @returns the edge, usable everywhere a built-in edge is
   */
  public static registerEdge(definition: TwilioEdgeDefinition, allowReplacing: boolean = false): TwilioEdge {
    const problems = validateEdgeDefinition(definition, allowReplacing);
    if (problems.length > 0) throw new ValidationError(problems);
    putEdgeDefinition({
      ...definition,
      isPrivateInterconnect: definition.isPrivateInterconnect ?? false,
      signalingCidrs: definition.signalingCidrs ? [...definition.signalingCidrs] : undefined,
      ntsCidrs: definition.ntsCidrs ? [...definition.ntsCidrs] : undefined,
      confidence: definition.confidence ?? TwilioFactConfidence.HIGH,
    });
    return TwilioEdge.of(definition.name);
  }

  /** The current Voice media destination (168.86.128.0/18, UDP 10000-60000 unless replaced). */
  public static media(): TwilioMediaDefinition {
    const m = mediaDefinition();
    return { ...m, cidrs: [...m.cidrs] };
  }

  /** Replaces the Voice media destination, e.g. when Twilio adds a range before this library is updated. */
  public static registerMedia(definition: TwilioMediaDefinition): void {
    const problems: string[] = [];
    if (!definition.cidrs || definition.cidrs.length === 0) problems.push('media cidrs must not be empty. Give at least one IPv4 CIDR such as \'168.86.128.0/18\'.');
    for (const [i, c] of (definition.cidrs ?? []).entries()) {
      if (!isCanonicalCidr(c)) problems.push(`media cidrs[${i}] must be a canonical IPv4 CIDR, got: ${show(c)}. Write the network address, e.g. '168.86.128.0/18'.`);
    }
    problems.push(...validatePortRange('media', definition.fromPort, definition.toPort));
    problems.push(...validateSource('media', definition.source));
    if (problems.length > 0) throw new ValidationError(problems);
    putMediaDefinition({ ...definition, cidrs: [...definition.cidrs], confidence: definition.confidence ?? TwilioFactConfidence.HIGH });
  }

  /** Restores the built-in facts, dropping every registration. */
  public static reset(): void {
    resetStore();
  }

  /**
   * The media ranges Twilio decommissioned in the 2023-2024 migration, per edge. Audit data only.
   */
  public static legacyMediaRanges(): TwilioLegacyMediaRange[] {
    const out: TwilioLegacyMediaRange[] = [];
    for (const e of PUBLIC_EDGES) {
      if (!e.legacyMedia) continue;
      out.push({
        edgeName: e.id,
        cidrs: [...e.legacyMedia.cidrs],
        fromPort: e.legacyMedia.udpPorts.fromPort,
        toPort: e.legacyMedia.udpPorts.toPort,
        decommissioned: LEGACY_MEDIA_DECOMMISSIONED.voiceSdk,
        decommissionedSipInterconnect: LEGACY_MEDIA_DECOMMISSIONED.sipInterconnect,
        confidence: e.legacyMedia.confidence as TwilioFactConfidence,
        note: e.legacyMedia.note,
        source: LEGACY_MEDIA_DECOMMISSIONED.sources[0],
      });
    }
    return out;
  }

  /** Bandwidth, latency, jitter and loss Twilio asks for. */
  public static qualityThresholds(): TwilioQualityThresholds {
    return { ...QUALITY };
  }

  /**
   * Hostnames an SDK connects to for signalling on an edge (TCP 443).
   *
   * Mobile regional names: Twilio documents `chunderm.{region}.gll.twilio.com`; the SDKs have also been seen
   * using `chunderm.{region}.twilio.com` and `chunderm-{region}.twilio.com`. All three are returned so a DNS
   * allow list does not break (low confidence for the undocumented two). An Interconnect edge uses the names of
   * the public edge it serves for mobile, since Twilio publishes none of its own.
   */
  public static signalingHostnames(edge: TwilioEdge, sdk: VoiceSdk): string[] {
    if (sdk === VoiceSdk.JAVASCRIPT) {
      return [edge.name === 'roaming' ? HOSTS.voiceJs.gll : fill(HOSTS.voiceJs.edgeTemplate, edge)];
    }
    const target = edge.isPrivateInterconnect ? TwilioEdge.of(TwilioCatalog.edgeDefinition(edge).servesPublicEdge!) : edge;
    if (target.name === 'roaming') return [HOSTS.mobile.gll];
    return [HOSTS.mobile.regionTemplate, ...HOSTS.mobile.observedRegionTemplates].map((t) => fill(t, target));
  }

  /** STUN and TURN hostnames for an edge (`global.*` for roaming; an Interconnect edge uses the public edge it serves). */
  public static ntsHostnames(edge: TwilioEdge): string[] {
    const target = ntsEdge(edge);
    if (target.name === 'roaming') return [...NTS.globalHosts];
    return NTS.edgeHostTemplates.map((t) => fill(t, target));
  }

  /**
   * Network Traversal Service (STUN/TURN) CIDRs for an edge. Roaming returns every region's, because
   * `global.turn.twilio.com` may resolve to any of them (including NTS-only regions such as mumbai).
   */
  public static ntsCidrs(edge: TwilioEdge): string[] {
    const target = ntsEdge(edge);
    if (target.name === 'roaming') {
      const all = edgeDefinitions().filter((d) => !d.isPrivateInterconnect).flatMap((d) => d.ntsCidrs ?? []);
      return [...all, ...NTS_ONLY_REGIONS.flatMap((r) => r.ntsCidrs)];
    }
    return [...(TwilioCatalog.edgeDefinition(target).ntsCidrs ?? [])];
  }

  private constructor() {}
}

function ntsEdge(edge: TwilioEdge): TwilioEdge {
  return edge.isPrivateInterconnect ? TwilioEdge.of(TwilioCatalog.edgeDefinition(edge).servesPublicEdge!) : edge;
}

function fill(template: string, edge: TwilioEdge): string {
  return template.replace('{edge}', edge.name).replace('{region}', edge.legacyRegionId);
}

function validatePortRange(what: string, fromPort: number, toPort: number): string[] {
  const problems: string[] = [];
  for (const [k, v] of [['fromPort', fromPort], ['toPort', toPort]] as const) {
    if (!Number.isInteger(v) || v < 0 || v > 65535) problems.push(`${what} ${k} must be an integer port 0-65535, got: ${show(v)}.`);
  }
  if (problems.length === 0 && fromPort > toPort) problems.push(`${what} fromPort must not exceed toPort, got: ${fromPort}-${toPort}. Swap them.`);
  return problems;
}

function validateSource(what: string, source: string): string[] {
  return typeof source === 'string' && /^https:\/\/\S+$/.test(source)
    ? []
    : [`${what} source must be the https URL of the Twilio page the facts come from, got: ${show(source)}.`];
}

function validateEdgeDefinition(d: TwilioEdgeDefinition, allowReplacing: boolean): string[] {
  const problems: string[] = [];
  const label = `edge ${show(d.name)}`;
  if (typeof d.name !== 'string' || !NAME_RE.test(d.name)) {
    problems.push(`edge name must be lower-case words joined by '-', got: ${show(d.name)}. Write it as Twilio does, e.g. 'ashburn-ix'.`);
  }
  if (typeof d.legacyRegionId !== 'string' || !NAME_RE.test(d.legacyRegionId)) {
    problems.push(`${label} legacyRegionId must be lower-case, e.g. 'us1' or 'us1-ix', got: ${show(d.legacyRegionId)}.`);
  }
  const existing = edgeDefinition(d.name);
  if (existing && !allowReplacing) {
    problems.push(`${label} is already in the catalog. Pass allowReplacing=true to replace its facts.`);
  }
  const sameKind = (existing?.isPrivateInterconnect ?? false) === (d.isPrivateInterconnect ?? false);
  if (existing && (existing.legacyRegionId !== d.legacyRegionId || !sameKind)) {
    problems.push(`${label} may change its facts but not its identity: keep legacyRegionId '${existing.legacyRegionId}' and isPrivateInterconnect ${existing.isPrivateInterconnect ?? false}.`);
  }
  const clash = edgeDefinitions().find((o) => o.name !== d.name
    && (o.legacyRegionId === d.legacyRegionId || o.name === d.legacyRegionId || o.legacyRegionId === d.name));
  if (clash) problems.push(`${label} legacyRegionId ${show(d.legacyRegionId)} clashes with edge '${clash.name}'. Use a unique id.`);
  const ix = d.isPrivateInterconnect ?? false;
  if (ix) {
    const served = d.servesPublicEdge ? edgeDefinition(d.servesPublicEdge) : undefined;
    if (!served || served.isPrivateInterconnect) {
      problems.push(`${label} servesPublicEdge must name a public edge, got: ${show(d.servesPublicEdge)}.`);
    }
    if (!d.signalingCidrs || d.signalingCidrs.length === 0) problems.push(`${label} signalingCidrs must list the Interconnect signalling CIDRs Twilio publishes for it.`);
    if (d.ntsCidrs) problems.push(`${label} ntsCidrs belong to public edges; an Interconnect edge uses those of the edge it serves.`);
  } else {
    if (d.signalingCidrs) problems.push(`${label} signalingCidrs are only for Interconnect edges; public signalling goes to hostnames.`);
    if (d.servesPublicEdge) problems.push(`${label} servesPublicEdge is only for Interconnect edges.`);
  }
  for (const key of ['signalingCidrs', 'ntsCidrs'] as const) {
    for (const [i, c] of (d[key] ?? []).entries()) {
      if (!isCanonicalCidr(c)) problems.push(`${label} ${key}[${i}] must be a canonical IPv4 CIDR, got: ${show(c)}.`);
    }
  }
  problems.push(...validateSource(label, d.source));
  return problems;
}
