// The last few plans by their inputs. A plan is a pure function of its inputs and the catalog, and immutable, so the
// constructs of an app (or its stacks) with the same choices share one; registering a fact empties the cache.
import { TwilioCatalog } from '../../catalog/twilio-catalog';
import { TwilioEdge } from '../../catalog/twilio-edge';

const CACHE_SIZE = 32;

export class PlanCache<T> {
  private readonly plans = new Map<string, T>();
  private generation = -1;

  /** The cached value for `key`'s inputs, or a new one; inputs that are not plain data are never cached. */
  get(inputs: unknown, compute: () => T): T {
    let key: string;
    try {
      // edges by name; anything that is not plain data (a function, a construct) makes the inputs uncacheable
      key = JSON.stringify(inputs, (_, v) => {
        if (v instanceof TwilioEdge) return `edge:${v.name}`;
        if (typeof v === 'function' || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype)) throw new Error();
        return v;
      });
    } catch {
      return compute();
    }
    if (this.generation !== TwilioCatalog._generation()) {
      this.plans.clear();
      this.generation = TwilioCatalog._generation();
    }
    const hit = this.plans.get(key);
    if (hit) return hit;
    const value = compute(); // a validation error is thrown, not cached
    if (this.plans.size >= CACHE_SIZE) this.plans.delete(this.plans.keys().next().value!);
    this.plans.set(key, value);
    return value;
  }
}

/** A copy without null-valued keys: JavaScript, Python and JSON callers write null for "absent". */
export function withoutNulls<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as object).filter(([, v]) => v !== null)) as T;
}
