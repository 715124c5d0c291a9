import { PageFacts, sortValues } from '../page-facts';
import { UpstreamParseError } from '../upstream-parse-error';

/** Collects a page's facts, then checks that the ones the parser depends on were found. */
export class FactsBuilder {
  private readonly facts = new Map<string, Set<string>>();

  constructor(public readonly page: string) {}

  /** Adds values under a key (duplicates collapse). */
  public add(key: string, ...values: string[]): void {
    const set = this.facts.get(key) ?? new Set<string>();
    values.forEach((v) => set.add(v));
    this.facts.set(key, set);
  }

  /** Throws `UpstreamParseError` naming `what` unless `found` holds. */
  public require(found: unknown, what: string): asserts found {
    if (!found) throw new UpstreamParseError(this.page, what);
  }

  /** The collected facts; a key with no values would be a parser bug, so it throws instead. */
  public build(): PageFacts {
    const empty = [...this.facts].filter(([, v]) => v.size === 0).map(([k]) => k);
    this.require(empty.length === 0, `no values for ${empty.join(', ')}`);
    this.require(this.facts.size > 0, 'no facts at all');
    const facts: Record<string, string[]> = {};
    for (const key of sortValues(this.facts.keys())) facts[key] = sortValues(this.facts.get(key)!);
    return { page: this.page, facts };
  }
}
