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
  /** Whether its rule group ends with a rule that blocks every other domain (`blockOtherDomains`). */
  readonly walledGarden?: boolean;
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
 * The chosen priority of a walled garden that shares its VPC: after every other Twilio rule group. DNS Firewall runs
 * the VPC's rule groups from the lowest priority number and stops at the first rule that matches, so a group that
 * blocks every other domain must come last, or it blocks the names the groups after it allow.
 */
export const WALLED_GARDEN_PRIORITY = 9000;
/** The highest association priority AWS accepts. */
const MAX_PRIORITY = 9900;

/** Whether a plan's DNS Firewall rules block every domain they do not allow (a walled garden). */
export function blocksOtherDomains(rules: ReadonlyArray<{ readonly action: string }>): boolean {
  return rules.some((r) => r.action === 'BLOCK');
}

/**
 * Assigns priorities per VPC. An explicit priority is kept; two equal explicit priorities in one VPC are a problem of
 * both constructs, naming the other. Of the constructs without one, in the order they were created, the first takes
 * the default (1000) unless an explicit priority holds it; each other takes 1001-1999 from a hash of its path, or the
 * next free one after it. So adding a construct changes no existing construct's priority, unless the new one is
 * created before the first or holds a number another one had only by collision; and a single construct keeps 1000.
 *
 * A walled garden (a group that blocks every other domain) must run last: alone in its VPC it keeps 1000, with others
 * it takes 9000 (or the number after the highest other, up to 9900). Two walled gardens in one VPC, or another group
 * whose priority comes after the walled garden's, are a problem naming both: the first block-all rule would answer
 * every name the other allows.
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
    const lastAuto = group.length > 1 ? group.find((x) => x.explicit === undefined && x.walledGarden) : undefined;
    group.filter((x) => x.explicit === undefined && x !== lastAuto).forEach((r, i) => {
      let priority = i === 0 && !taken.has(DEFAULT_DNS_FIREWALL_PRIORITY) ? DEFAULT_DNS_FIREWALL_PRIORITY : FIRST_SLOT + (fnv1a(r.path) % SLOTS);
      for (let tries = 0; taken.has(priority) && tries < SLOTS; tries++) priority = FIRST_SLOT + ((priority - FIRST_SLOT + 1) % SLOTS);
      taken.set(priority, r.path);
      priorities.set(r.path, priority);
    });
    if (lastAuto) {
      const priority = Math.min(MAX_PRIORITY, Math.max(WALLED_GARDEN_PRIORITY, ...[...taken.keys()].map((n) => n + 1)));
      taken.set(priority, lastAuto.path);
      priorities.set(lastAuto.path, priority);
    }
    walledGardenProblems(group, priorities, problems);
  }
  return { priorities, problems };
}

/** A walled garden must be the only one in its VPC, and every other Twilio group must run before it. */
function walledGardenProblems(group: readonly DnsPriorityRequest[], priorities: ReadonlyMap<string, number>, problems: Map<string, string[]>): void {
  const add = (path: string, problem: string) => problems.set(path, [...(problems.get(path) ?? []), problem]);
  const walled = group.filter((r) => r.walledGarden);
  const why = 'DNS Firewall runs the VPC\'s rule groups from the lowest priority number and stops at the first rule that matches, '
    + 'so a block-all rule answers every name the groups after it allow.';
  for (const w of walled) {
    const others = walled.filter((x) => x !== w).map((x) => `'${x.path}'`);
    if (others.length > 0) {
      add(w.path, `dnsFirewall.blockOtherDomains is also set on ${others.join(', ')} in the same VPC: ${why} `
        + 'Set blockOtherDomains on one of them only; it is given the last priority of the VPC\'s Twilio rule groups.');
    }
  }
  if (walled.length !== 1) return;
  const w = walled[0];
  const wp = priorities.get(w.path)!;
  for (const r of group.filter((x) => x !== w && priorities.get(x.path)! >= wp)) {
    const problem = `the DNS Firewall of '${r.path}' (priority ${priorities.get(r.path)}) runs after the walled garden (blockOtherDomains) `
      + `of '${w.path}' (priority ${wp}) in the same VPC: ${why} Give the walled garden a priority above every other, or leave its priority `
      + `out to have one chosen (${WALLED_GARDEN_PRIORITY}).`;
    add(r.path, problem);
    add(w.path, problem);
  }
}
