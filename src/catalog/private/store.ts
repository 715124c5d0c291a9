// The live catalog: built-in facts plus whatever users registered. Read by TwilioEdge, TwilioCatalog and the plan.
import { INTERCONNECT_EDGES, MEDIA, PUBLIC_EDGES } from '../data';
import { TwilioEdgeDefinition, TwilioFactConfidence, TwilioMediaDefinition } from '../types';

function builtInEdges(): Map<string, TwilioEdgeDefinition> {
  const m = new Map<string, TwilioEdgeDefinition>();
  for (const e of PUBLIC_EDGES) {
    m.set(e.id, {
      name: e.id,
      legacyRegionId: e.legacyRegionId,
      isPrivateInterconnect: false,
      location: e.location,
      awsRegion: e.awsRegion,
      ntsCidrs: e.ntsCidrs ? [...e.ntsCidrs] : undefined,
      source: e.source,
      confidence: TwilioFactConfidence.HIGH,
    });
  }
  for (const e of INTERCONNECT_EDGES) {
    m.set(e.id, {
      name: e.id,
      legacyRegionId: e.legacyRegionId,
      isPrivateInterconnect: true,
      location: e.exchange,
      servesPublicEdge: e.servesPublicEdge,
      signalingCidrs: [...e.signalingCidrs],
      source: e.source,
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
    source: MEDIA.source,
    confidence: TwilioFactConfidence.HIGH,
  };
}

let edges = builtInEdges();
let media = builtInMedia();

export function edgeDefinition(name: string): TwilioEdgeDefinition | undefined {
  return edges.get(name);
}

export function edgeDefinitions(): TwilioEdgeDefinition[] {
  return [...edges.values()];
}

export function putEdgeDefinition(def: TwilioEdgeDefinition): void {
  edges.set(def.name, def);
}

export function mediaDefinition(): TwilioMediaDefinition {
  return media;
}

export function putMediaDefinition(def: TwilioMediaDefinition): void {
  media = def;
}

export function resetStore(): void {
  edges = builtInEdges();
  media = builtInMedia();
}
