// Flows -> security group rules and network ACL entries. Pure rule algebra: every step keeps exactly the traffic
// it was given (merging CIDRs and ports, dropping rules another rule already covers), never more.
import { NetworkProtocol, PortRange } from '../../catalog/types';
import { cidrContains, compareCidrs, mergeCidrs } from '../../util/cidr';
import { portLabel } from '../../util/text';
import { FlowDirection, TwilioFlow, TwilioFlowKind, TwilioNetworkAclEntry, TwilioSecurityGroupRule } from '../types';

export const ANY_IPV4 = '0.0.0.0/0';

/** A rule before it gets its ID and description. */
export interface RawRule {
  readonly protocol: NetworkProtocol;
  readonly cidr: string;
  readonly fromPort: number;
  readonly toPort: number;
  readonly flowIds: ReadonlySet<string>;
}

function covers(outer: RawRule, inner: RawRule): boolean {
  return outer.protocol === inner.protocol && outer.fromPort <= inner.fromPort && inner.toPort <= outer.toPort
    && cidrContains(outer.cidr, inner.cidr);
}

export function compareRules(a: RawRule, b: RawRule): number {
  return a.protocol.localeCompare(b.protocol) || a.fromPort - b.fromPort || a.toPort - b.toPort || compareCidrs(a.cidr, b.cidr);
}

/**
 * The smallest rule set admitting exactly the traffic of `rules`: merges CIDRs per port range, merges adjacent
 * port ranges per CIDR and drops rules covered by another, until nothing changes. Sorted canonically.
 */
export function normalizeRules(rules: readonly RawRule[]): RawRule[] {
  let current = [...rules];
  for (;;) {
    const before = current.length;
    current = mergeCidrsPerPorts(current);
    current = dropCovered(current);
    current = mergePortsPerCidr(current);
    if (current.length === before) break;
  }
  return current.sort(compareRules);
}

function union(sets: Iterable<ReadonlySet<string>>): Set<string> {
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    m.set(k, [...(m.get(k) ?? []), it]);
  }
  return m;
}

function mergeCidrsPerPorts(rules: readonly RawRule[]): RawRule[] {
  const out: RawRule[] = [];
  for (const group of groupBy(rules, (r) => `${r.protocol}|${r.fromPort}|${r.toPort}`).values()) {
    for (const cidr of mergeCidrs(group.map((r) => r.cidr))) {
      const members = group.filter((r) => cidrContains(cidr, r.cidr));
      out.push({ ...group[0], cidr, flowIds: union(members.map((r) => r.flowIds)) });
    }
  }
  return out;
}

function dropCovered(rules: readonly RawRule[]): RawRule[] {
  const sorted = [...rules].sort(compareRules);
  const covered = (r: RawRule) => sorted.some((o) => o !== r && covers(o, r) && !covers(r, o));
  const kept = sorted.filter((r) => !covered(r)).map((r) => ({ ...r, flowIds: new Set(r.flowIds) }));
  for (const r of sorted.filter(covered)) {
    const host = kept.find((k) => covers(k, r))!;
    for (const id of r.flowIds) host.flowIds.add(id);
  }
  return kept;
}

function mergePortsPerCidr(rules: readonly RawRule[]): RawRule[] {
  const out: RawRule[] = [];
  for (const group of groupBy(rules, (r) => `${r.protocol}|${r.cidr}`).values()) {
    const sorted = [...group].sort((a, b) => a.fromPort - b.fromPort || a.toPort - b.toPort);
    let cur = sorted[0];
    for (const next of sorted.slice(1)) {
      if (next.fromPort <= cur.toPort + 1) {
        cur = { ...cur, toPort: Math.max(cur.toPort, next.toPort), flowIds: union([cur.flowIds, next.flowIds]) };
      } else {
        out.push(cur);
        cur = next;
      }
    }
    out.push(cur);
  }
  return out;
}

const KIND_ORDER = Object.values(TwilioFlowKind) as string[];
const ALLOWED_DESCRIPTION = /[^a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]/g;

/** A description AWS accepts (security group rule character set, at most 255 characters) naming the Twilio purpose. */
export function describe(flows: readonly TwilioFlow[], cidr: string): string {
  const ordered = [...flows].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id));
  const purposes = [...new Set(ordered.map((f) => f.purpose))].join(', ');
  const hosts = [...new Set(ordered.filter((f) => f.peerIsHostname).map((f) => f.peer))];
  const edges = [...new Set(ordered.flatMap((f) => f.edgeNames))];
  let text = `Twilio ${purposes}`;
  if (hosts.length > 0 && cidr === ANY_IPV4) {
    text += ` - hostnames without published IPs so any IPv4: ${hosts.join(' ')}`;
  } else {
    text += ` - edges ${edges.join(' ')}`;
  }
  text = text.replace(ALLOWED_DESCRIPTION, ' ');
  return text.length <= 255 ? text : `${text.slice(0, 252)}...`;
}

/** A security group rule with a CIDR (no prefix list). */
export type CidrRule = TwilioSecurityGroupRule & { readonly cidr: string };

/** Security group rules admitting every flow, per direction; a hostname flow becomes the same port to any IPv4. */
export function planSecurityGroupRules(flows: readonly TwilioFlow[]): CidrRule[] {
  const byId = new Map(flows.map((f) => [f.id, f]));
  return [FlowDirection.EGRESS, FlowDirection.INGRESS].flatMap((direction) => {
    const raw: RawRule[] = flows.filter((f) => f.direction === direction).map((f) => ({
      protocol: f.protocol,
      cidr: f.peerIsHostname ? ANY_IPV4 : f.peer,
      fromPort: f.fromPort,
      toPort: f.toPort,
      flowIds: new Set([f.id]),
    }));
    return normalizeRules(raw).map((r) => {
      const flowIds = [...r.flowIds].sort();
      return {
        id: `${direction}:${r.protocol}-${portLabel(r.fromPort, r.toPort)}:${r.cidr}`,
        direction,
        protocol: r.protocol,
        cidr: r.cidr,
        fromPort: r.fromPort,
        toPort: r.toPort,
        description: describe(flowIds.map((id) => byId.get(id)!), r.cidr),
        flowIds,
      };
    });
  });
}

/** A network ACL entry before it gets its rule number. */
export type UnnumberedAclEntry = Omit<TwilioNetworkAclEntry, 'ruleNumber'>;

const sameTraffic = (a: RawRule, b: { protocol: string; cidr: string; fromPort: number; toPort: number }) =>
  a.protocol === b.protocol && a.cidr === b.cidr && a.fromPort === b.fromPort && a.toPort === b.toPort;

/**
 * Network ACL entries without rule numbers. NACLs are stateless, so each direction holds its own rules and the
 * return traffic of the other direction's: to the flow's source ports where they are known (RTP ports), else to the
 * workload's ephemeral ports (egress flows) or to any port 1024-65535 on Twilio's side (ingress flows, whose source
 * ports Twilio does not publish). Each direction is normalized as a whole, so a return entry that covers a rule
 * replaces it rather than adding to the count.
 */
export function planNetworkAclEntries(
  rules: readonly CidrRule[], flows: readonly TwilioFlow[], ephemeral: PortRange, twilioSourcePorts: PortRange,
): UnnumberedAclEntry[] {
  const byId = new Map(flows.map((f) => [f.id, f]));
  const entries: UnnumberedAclEntry[] = [];
  for (const direction of [FlowDirection.EGRESS, FlowDirection.INGRESS]) {
    const outbound = direction === FlowDirection.EGRESS;
    const own = rules.filter((r) => r.direction === direction);
    const returned = rules.filter((r) => r.direction !== direction).flatMap((r) => r.flowIds.map((id) => {
      const flow = byId.get(id)!;
      const ports = flow.sourcePorts ?? (flow.direction === FlowDirection.EGRESS ? ephemeral : twilioSourcePorts);
      return { protocol: r.protocol, cidr: r.cidr, fromPort: ports.fromPort, toPort: ports.toPort, flowIds: new Set([id]) };
    }));
    const raw: RawRule[] = [...own.map((r) => ({ ...r, flowIds: new Set(r.flowIds) })), ...returned];
    const used = new Set<string>();
    for (const e of normalizeRules(raw)) {
      const rule = own.find((r) => sameTraffic(e, r));
      let id = rule?.id ?? `${direction}:${e.protocol}-return:${e.cidr}`;
      if (used.has(id)) id = `${direction}:${e.protocol}-return-${portLabel(e.fromPort, e.toPort)}:${e.cidr}`;
      used.add(id);
      entries.push({
        id,
        egress: outbound,
        protocol: e.protocol,
        cidr: e.cidr,
        fromPort: e.fromPort,
        toPort: e.toPort,
        description: rule?.description
          ?? `Return traffic of Twilio ${e.protocol.toUpperCase()} flows ${outbound ? 'from' : 'to'} ${e.cidr} (network ACLs are stateless)`,
        flowIds: [...e.flowIds].sort(),
      });
    }
  }
  return entries;
}
