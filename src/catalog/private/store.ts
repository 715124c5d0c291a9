// The live catalog: built-in facts plus whatever users registered. Read by TwilioEdge and TwilioCatalog only.
import { INTERCONNECT_EDGES, MEDIA, PUBLIC_EDGES, SIP } from '../data';
import { TwilioEdgeDefinition, TwilioFactConfidence, TwilioMediaDefinition } from '../types';

function copy(list: readonly string[] | undefined): string[] | undefined {
  return list ? [...list] : undefined;
}

function builtInEdges(): Map<string, TwilioEdgeDefinition> {
  const m = new Map<string, TwilioEdgeDefinition>();
  for (const e of PUBLIC_EDGES) {
    m.set(e.id, {
      name: e.id,
      legacyRegionId: e.legacyRegionId,
      isPrivateInterconnect: false,
      location: e.location,
      awsRegion: e.awsRegion,
      ntsCidrs: copy(e.ntsCidrs),
      sipSignalingCidrs: copy(e.sipSignalingCidrs),
      sipSourceUrl: e.sipSignalingCidrs ? SIP.source : undefined,
      sourceUrl: e.source,
      confidence: TwilioFactConfidence.HIGH,
    });
  }
  for (const e of INTERCONNECT_EDGES) {
    m.set(e.id, {
      name: e.id,
      legacyRegionId: e.legacyRegionId,
      aliases: copy(e.aliases),
      isPrivateInterconnect: true,
      location: e.exchange,
      servesPublicEdge: e.servesPublicEdge,
      signalingCidrs: [...e.signalingCidrs],
      bgpPrefixes: [...e.bgpPrefixes],
      vpnEncryptionDomain: [...e.vpnEncryptionDomain],
      sipGatewayCidrs: [...e.sipGatewayCidrs],
      sourceUrl: e.source,
      routingSourceUrl: e.routingSource,
      sipSourceUrl: SIP.interconnectSource,
      confidence: TwilioFactConfidence.HIGH,
      note: e.note,
    });
  }
  return m;
}

function builtInMedia(): TwilioMediaDefinition {
  return {
    cidrs: [...MEDIA.cidrs],
    fromPort: MEDIA.udpPorts.fromPort,
    toPort: MEDIA.udpPorts.toPort,
    sourceUrl: MEDIA.source,
    confidence: TwilioFactConfidence.HIGH,
  };
}

let edges = builtInEdges();
let media = builtInMedia();
/** Bumped on every change, so derived values can be cached safely (see `memo`). */
let generation = 0;

export function edgeDefinition(name: string): TwilioEdgeDefinition | undefined {
  return edges.get(name);
}

export function edgeDefinitions(): TwilioEdgeDefinition[] {
  return [...edges.values()];
}

export function putEdgeDefinition(def: TwilioEdgeDefinition): void {
  edges.set(def.name, def);
  generation++;
}

export function mediaDefinition(): TwilioMediaDefinition {
  return media;
}

export function putMediaDefinition(def: TwilioMediaDefinition): void {
  media = def;
  generation++;
}

export function resetStore(): void {
  edges = builtInEdges();
  media = builtInMedia();
  generation++;
}

/** The catalog's state: changes whenever a fact is registered or the catalog is reset. */
export function catalogGeneration(): number {
  return generation;
}

/**
 * A value derived from the catalog, computed once per catalog state: registering or resetting facts
 * invalidates it, so no cache can outlive an override.
 */
export function memo<T>(compute: () => T): () => T {
  let cachedAt = -1;
  let value: T;
  return () => {
    if (cachedAt !== generation) {
      value = compute();
      cachedAt = generation;
    }
    return value;
  };
}
