// Which priority each DNS Firewall rule group association takes, when several Twilio constructs associate one with the
// same VPC: AWS allows one association per priority and VPC, so they must differ. Framework-free; the constructs of both
// frameworks collect their requests per stack and ask this at synth time.
import { fnv1a } from './private/numbering';
import { DEFAULT_DNS_FIREWALL_PRIORITY } from './private/validation';

/** One construct's DNS Firewall association. */
export interface DnsPriorityRequest {
  /** The construct's path: its identity, and the seed of its priority. */
  readonly path: string;
  /** The VPC, as a value equal for every reference to the same VPC in the stack. */
  readonly vpc: string;
  /** The priority the user gave; undefined to have one chosen. */
  readonly explicit?: number;
}

/** The priorities, and the problems of each construct (by path). */
export interface DnsPriorityAssignment {
  readonly priorities: ReadonlyMap<string, number>;
  readonly problems: ReadonlyMap<string, string[]>;
}

/** Priorities the chosen ones take after the first: 1001-1999, from a hash of the construct path. */
const FIRST_SLOT = DEFAULT_DNS_FIREWALL_PRIORITY + 1;
const SLOTS = 999;

/**
 * Assigns priorities per VPC. An explicit priority is kept; two equal explicit priorities in one VPC are a problem of
 * both constructs, naming the other. Of the constructs without one, in the order they were created, the first takes
 * the default (1000) unless an explicit priority holds it; each other takes 1001-1999 from a hash of its path, or the
 * next free one after it. So adding a construct changes no existing construct's priority, unless the new one is
 * created before the first or holds a number another one had only by collision; and a single construct keeps 1000.
 */
export function assignDnsFirewallPriorities(requests: readonly DnsPriorityRequest[]): DnsPriorityAssignment {
  const priorities = new Map<string, number>();
  const problems = new Map<string, string[]>();
  const byVpc = new Map<string, DnsPriorityRequest[]>();
  for (const r of requests) byVpc.set(r.vpc, [...(byVpc.get(r.vpc) ?? []), r]);
  for (const group of byVpc.values()) {
    const taken = new Map<number, string>();
    for (const r of group.filter((x) => x.explicit !== undefined)) {
      const other = taken.get(r.explicit!);
      if (other !== undefined) {
        const clash = (path: string, with_: string) => `dnsFirewall.priority ${r.explicit} is also the priority of '${with_}' in the same VPC: `
          + `AWS allows one DNS Firewall rule group association per priority and VPC. Give '${path}' or '${with_}' another priority, or leave it out to have one chosen.`;
        problems.set(r.path, [...(problems.get(r.path) ?? []), clash(r.path, other)]);
        problems.set(other, [...(problems.get(other) ?? []), clash(other, r.path)]);
      } else {
        taken.set(r.explicit!, r.path);
      }
      priorities.set(r.path, r.explicit!);
    }
    group.filter((x) => x.explicit === undefined).forEach((r, i) => {
      let priority = i === 0 && !taken.has(DEFAULT_DNS_FIREWALL_PRIORITY) ? DEFAULT_DNS_FIREWALL_PRIORITY : FIRST_SLOT + (fnv1a(r.path) % SLOTS);
      for (let tries = 0; taken.has(priority) && tries < SLOTS; tries++) priority = FIRST_SLOT + ((priority - FIRST_SLOT + 1) % SLOTS);
      taken.set(priority, r.path);
      priorities.set(r.path, priority);
    });
  }
  return { priorities, problems };
}
