// Checks of the facts a user registers (edges, media), so that a bad definition is one error naming each problem
// rather than a plan that fails somewhere else later.
import { edgeDefinition, edgeDefinitions } from './store';
import { isCanonicalCidr, parseAnnouncement } from '../../util/cidr';
import { show } from '../../util/text';
import { TwilioEdgeDefinition, TwilioFactConfidence, TwilioMediaDefinition } from '../types';

const NAME_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Problems with a media definition given to `registerMedia`. */
export function validateMediaDefinition(d: TwilioMediaDefinition): string[] {
  const problems: string[] = [];
  if (!Array.isArray(d.cidrs) || d.cidrs.length === 0) problems.push('media cidrs must not be empty. Give at least one IPv4 CIDR such as \'168.86.128.0/18\'.');
  problems.push(...cidrProblems('media cidrs', Array.isArray(d.cidrs) ? d.cidrs : []));
  problems.push(...validatePortRange('media', d.fromPort, d.toPort));
  problems.push(...renamedProblems('media', d as unknown as Record<string, unknown>));
  problems.push(...validateSource('media', d.sourceUrl));
  problems.push(...optionalTypeProblems('media', d as unknown as Record<string, unknown>));
  return problems;
}

function cidrProblems(what: string, cidrs: readonly unknown[]): string[] {
  return cidrs.flatMap((c, i) => (typeof c === 'string' && isCanonicalCidr(c)
    ? []
    : [`${what}[${i}] must be a canonical IPv4 CIDR, got: ${show(c)}. Write the network address, e.g. '168.86.128.0/18'.`]));
}

function validatePortRange(what: string, fromPort: unknown, toPort: unknown): string[] {
  const problems: string[] = [];
  for (const [k, v] of [['fromPort', fromPort], ['toPort', toPort]] as const) {
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 65535) problems.push(`${what} ${k} must be an integer port 0-65535, got: ${show(v)}.`);
  }
  if (problems.length === 0 && (fromPort as number) > (toPort as number)) {
    problems.push(`${what} fromPort must not exceed toPort, got: ${fromPort}-${toPort}. Swap them.`);
  }
  return problems;
}

function validateSource(what: string, source: unknown, key: string = 'sourceUrl'): string[] {
  return typeof source === 'string' && /^https:\/\/\S+$/.test(source)
    ? []
    : [`${what} ${key} must be the https URL of the Twilio page the facts come from, got: ${show(source)}.`];
}

/** The names of the 0.x catalog definitions, for JavaScript callers: one clear error naming the new field. */
const RENAMED = { source: 'sourceUrl', routingSource: 'routingSourceUrl', sipSource: 'sipSourceUrl' } as const;
function renamedProblems(label: string, d: Record<string, unknown>): string[] {
  return Object.entries(RENAMED).filter(([old]) => d[old] !== undefined)
    .map(([old, now]) => `${label} ${old} is now ${now}: rename the field (the value is the same https URL).`);
}

/** Problems with the optional descriptive fields of a definition: JavaScript and JSON callers can pass any type. */
function optionalTypeProblems(label: string, d: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of ['location', 'awsRegion', 'note']) {
    if (d[key] !== undefined && typeof d[key] !== 'string') problems.push(`${label} ${key} must be a string, got: ${show(d[key])}.`);
  }
  if (d.isPrivateInterconnect !== undefined && typeof d.isPrivateInterconnect !== 'boolean') {
    problems.push(`${label} isPrivateInterconnect must be true or false, got: ${show(d.isPrivateInterconnect)}.`);
  }
  const levels = Object.values(TwilioFactConfidence) as unknown[];
  if (d.confidence !== undefined && !levels.includes(d.confidence)) {
    problems.push(`${label} confidence must be TwilioFactConfidence.HIGH, MEDIUM or LOW, got: ${show(d.confidence)}.`);
  }
  return problems;
}

/** Problems with an edge definition given to `registerEdge`. */
export function validateEdgeDefinition(d: TwilioEdgeDefinition, allowReplacing: boolean): string[] {
  const problems: string[] = [];
  const label = `edge ${show(d.name)}`;
  if (typeof d.name !== 'string' || !NAME_RE.test(d.name)) {
    problems.push(`edge name must be lower-case words joined by '-', got: ${show(d.name)}. Write it as Twilio does, e.g. 'ashburn-ix'.`);
  }
  if (typeof d.legacyRegionId !== 'string' || !NAME_RE.test(d.legacyRegionId)) {
    problems.push(`${label} legacyRegionId must be lower-case, e.g. 'us1' or 'us1-ix', got: ${show(d.legacyRegionId)}.`);
  }
  const existing = typeof d.name === 'string' ? edgeDefinition(d.name) : undefined;
  if (existing && !allowReplacing) {
    problems.push(`${label} is already in the catalog. Pass allowReplacing=true to replace its facts.`);
  }
  const sameKind = (existing?.isPrivateInterconnect ?? false) === (d.isPrivateInterconnect ?? false);
  if (existing && (existing.legacyRegionId !== d.legacyRegionId || !sameKind)) {
    problems.push(`${label} may change its facts but not its identity: keep legacyRegionId '${existing.legacyRegionId}' and isPrivateInterconnect ${existing.isPrivateInterconnect ?? false}.`);
  }
  const ids = [d.legacyRegionId, ...(Array.isArray(d.aliases) ? d.aliases : [])];
  const clash = edgeDefinitions().find((o) => o.name !== d.name
    && [o.name, o.legacyRegionId, ...(o.aliases ?? [])].some((id) => ids.includes(id) || id === d.name));
  if (clash) {
    const taken = [clash.name, clash.legacyRegionId, ...(clash.aliases ?? [])];
    const which = taken.includes(d.legacyRegionId) || d.legacyRegionId === clash.name ? `legacyRegionId ${show(d.legacyRegionId)}`
      : `aliases ${show(ids.filter((id) => taken.includes(id)))}`;
    problems.push(`${label} ${which} clashes with edge '${clash.name}'. Use a unique id.`);
  }
  if (d.aliases !== undefined && (!Array.isArray(d.aliases) || d.aliases.some((a) => typeof a !== 'string' || !NAME_RE.test(a)))) {
    problems.push(`${label} aliases must be lower-case ids such as 'us1-tnx', got: ${show(d.aliases)}.`);
  }
  const ix = d.isPrivateInterconnect ?? false;
  const ixOnly = ['signalingCidrs', 'bgpPrefixes', 'vpnEncryptionDomain', 'sipGatewayCidrs', 'servesPublicEdge', 'routingSourceUrl'] as const;
  const publicOnly = ['ntsCidrs', 'sipSignalingCidrs'] as const;
  if (ix) {
    const served = typeof d.servesPublicEdge === 'string' ? edgeDefinition(d.servesPublicEdge) : undefined;
    if (!served || served.isPrivateInterconnect) {
      problems.push(`${label} servesPublicEdge must name a public edge, got: ${show(d.servesPublicEdge)}.`);
    }
    if (!Array.isArray(d.signalingCidrs) || d.signalingCidrs.length === 0) {
      problems.push(`${label} signalingCidrs must list the Interconnect signalling CIDRs Twilio publishes for it.`);
    }
    for (const key of publicOnly) if (d[key] !== undefined) problems.push(`${label} ${key} belong to public edges; an Interconnect edge uses those of the edge it serves.`);
  } else {
    for (const key of ixOnly) if (d[key] !== undefined) problems.push(`${label} ${key} is only for Interconnect edges.`);
  }
  for (const key of ['signalingCidrs', 'vpnEncryptionDomain', 'sipGatewayCidrs', 'sipSignalingCidrs', 'ntsCidrs'] as const) {
    const list = d[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) problems.push(`${label} ${key} must be a list of IPv4 CIDRs, got: ${show(list)}.`);
    else problems.push(...cidrProblems(`${label} ${key}`, list));
  }
  if (d.bgpPrefixes !== undefined && !Array.isArray(d.bgpPrefixes)) {
    problems.push(`${label} bgpPrefixes must be a list of announcements such as ['168.86.128.0/18 le 24'], got: ${show(d.bgpPrefixes)}.`);
  } else if (d.bgpPrefixes !== undefined) {
    d.bgpPrefixes.forEach((p, i) => {
      if (typeof p !== 'string' || !parseAnnouncement(p)) {
        problems.push(`${label} bgpPrefixes[${i}] must be a canonical IPv4 CIDR, optionally with 'le N' as Twilio writes it (e.g. '168.86.128.0/18 le 24'), got: ${show(p)}.`);
      }
    });
  }
  problems.push(...optionalTypeProblems(label, d as unknown as Record<string, unknown>));
  problems.push(...renamedProblems(label, d as unknown as Record<string, unknown>));
  problems.push(...validateSource(label, d.sourceUrl));
  if (d.routingSourceUrl !== undefined) problems.push(...validateSource(label, d.routingSourceUrl, 'routingSourceUrl'));
  if (d.sipSourceUrl !== undefined) problems.push(...validateSource(label, d.sipSourceUrl, 'sipSourceUrl'));
  return problems;
}
