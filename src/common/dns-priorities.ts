// The DNS Firewall associations of one stack, collected as the constructs are created and given their priorities at
// synth time, when every construct of the stack is known (see plan/dns-firewall-priorities.ts for the rule).
import { assignDnsFirewallPriorities, blocksOtherDomains, DnsPriorityAssignment } from '../plan/dns-firewall-priorities';
import { isEncodedToken } from '../util/tokens';

interface Entry {
  readonly path: string;
  /** The VPC's key, resolved at synth (tokens for one VPC differ until resolved). */
  readonly vpc: () => string;
  readonly explicit?: number;
  readonly walledGarden: boolean;
}

class StackAssociations {
  private readonly entries: Entry[] = [];
  private assigned?: { count: number; result: DnsPriorityAssignment };

  add(entry: Entry): void {
    this.entries.push(entry);
  }

  assignment(): DnsPriorityAssignment {
    if (this.assigned?.count !== this.entries.length) {
      const requests = this.entries.map((e) => ({ path: e.path, vpc: e.vpc(), explicit: e.explicit, walledGarden: e.walledGarden }));
      const result = assignDnsFirewallPriorities(requests);
      this.assigned = { count: this.entries.length, result };
    }
    return this.assigned.result;
  }
}

const STACKS = new WeakMap<object, StackAssociations>();

/** What a construct reads at synth: its association's priority, and its problems (a clash with another's). */
export interface DnsFirewallSlot {
  readonly priority: () => number;
  readonly problems: () => string[];
}

/**
 * Registers a construct's DNS Firewall association with its stack. `explicit` is the user's `dnsFirewall.priority`; a
 * deploy-time token is kept as given and takes part in no comparison. `rules` are the plan's DNS Firewall rules (a
 * walled garden must run after the VPC's other Twilio groups).
 */
export function registerDnsFirewall(
  stack: object, path: string, vpc: () => string, explicit: unknown, rules: ReadonlyArray<{ readonly action: string }>,
): DnsFirewallSlot {
  const associations = STACKS.get(stack) ?? new StackAssociations();
  STACKS.set(stack, associations);
  const known = typeof explicit === 'number' && !isEncodedToken(explicit) ? explicit : undefined;
  associations.add({ path, vpc, explicit: known, walledGarden: blocksOtherDomains(rules) });
  return {
    priority: () => associations.assignment().priorities.get(path)!,
    problems: () => associations.assignment().problems.get(path) ?? [],
  };
}
