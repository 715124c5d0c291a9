// What both frameworks share about prefix lists: reading the `prefixLists` prop (a TwilioPrefixLists, or lists
// imported by ID), and the imported kind itself.
import { ITwilioPrefixLists, TwilioPrefixListReference } from '../plan/types';
import { show } from '../util/text';

/** Lists imported by ID: only what the caller said about them. */
class ImportedTwilioPrefixLists implements ITwilioPrefixLists {
  public readonly references: TwilioPrefixListReference[];

  constructor(references: unknown) {
    // kept as given (copied when a list): the plan reports what is wrong with them, with the other props' problems
    this.references = (Array.isArray(references) ? [...references] : references) as TwilioPrefixListReference[];
  }
}

/** Prefix lists imported by ID, for `fromReferences()` of both frameworks. */
export function importPrefixLists(references: TwilioPrefixListReference[]): ITwilioPrefixLists {
  return new ImportedTwilioPrefixLists(references);
}

/**
 * The references a construct's `prefixLists` prop stands for, for the plan's `prefixLists` option (which checks
 * each); `undefined` when absent. A value that is not prefix lists is reported.
 */
export function prefixListReferencesOf(value: unknown, problems: string[], option: string = 'prefixLists'): TwilioPrefixListReference[] | undefined {
  if (value === undefined || value === null) return undefined;
  const references = typeof value === 'object' ? (value as { references?: unknown }).references : undefined;
  if (references === undefined) {
    problems.push(`${option} must be a TwilioPrefixLists, or lists imported with TwilioPrefixLists.fromReferences([{ setName, prefixListId, maxEntries }]), got: ${show(value)}.`);
    return undefined;
  }
  return references as TwilioPrefixListReference[];
}
