/**
 * The facts one Twilio docs page carries, normalized so they compare with the catalog's.
 *
 * Every value is a plain string (a CIDR, an address, a port or port range, an edge name), so a
 * change of any kind on the page shows up as a changed string. Values are sorted and unique.
 */
export interface PageFacts {
  /**
   * The docs path of the page, as in `https://www.twilio.com/docs/<page>.md`, e.g. `stun-turn/regions`.
   */
  readonly page: string;

  /**
   * Fact key to its sorted, de-duplicated values, e.g. `nts.cidrs.sydney` to `['3.25.42.128/25', ...]`.
   */
  readonly facts: Record<string, string[]>;
}

/**
 * What kind of difference `compareFacts` found between the catalog and a page.
 */
export enum DriftKind {
  /** One value of ours was replaced by one value on the page. */
  CHANGED = 'changed',
  /** We list the value; the page no longer does. */
  MISSING = 'missing',
  /** The page lists a value we don't. */
  NEW = 'new',
}

/**
 * One difference between the catalog's facts and a Twilio docs page.
 */
export interface Drift {
  /** The docs path of the page. */
  readonly page: string;

  /** The fact key, e.g. `nts.cidrs.sydney`. */
  readonly fact: string;

  /** Whether the value changed, went missing from the page, or is new on the page. */
  readonly kind: DriftKind;

  /**
   * Our value.
   *
   * @default - none: the page has a value we don't (`new`)
   */
  readonly ours?: string;

  /**
   * The page's value.
   *
   * @default - none: we have a value the page doesn't (`missing`)
   */
  readonly theirs?: string;
}

/**
 * The `PageFacts` for a page, with each fact's values sorted and de-duplicated.
 *
 * Use it to build our side of a comparison from the catalog, so both sides are normalized the same way.
 */
export function definePageFacts(page: string, facts: Record<string, readonly string[]>): PageFacts {
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(facts).sort(compareText)) {
    out[key] = sortValues(facts[key]);
  }
  return { page, facts: out };
}

/**
 * The values sorted in natural order (numbers inside compare as numbers), without duplicates.
 *
 * Natural order keeps CIDRs readable (`3.25.42.128/25` before `13.210.2.128/27`) and, unlike
 * `localeCompare`, does not depend on the machine's locale, so reports are identical everywhere.
 */
export function sortValues(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

/**
 * Compares two strings in natural order: runs of digits as numbers, everything else by code point.
 */
export function compareText(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    if (bothNumbers && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}
