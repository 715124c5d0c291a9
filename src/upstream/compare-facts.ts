import { compareText, Drift, DriftKind, PageFacts, sortValues } from './page-facts';

const KIND_ORDER = [DriftKind.CHANGED, DriftKind.MISSING, DriftKind.NEW];

/**
 * The differences between our facts and the pages' facts, one `Drift` per value.
 *
 * For every page and fact key on either side, a value only we list is `missing` and a value only
 * the page lists is `new`. When a key differs by exactly one value each way (one of ours gone, one
 * new on the page) that pair is reported as one `changed`, since that is almost always an edit of
 * the value: `3.25.42.128/25` -> `3.25.42.0/25` among three CIDRs. With more than one value
 * gone or added nothing says which replaced which, so they stay `missing` and `new`.
 *
 * A key only counts for the pages it is listed under: a fact we hold for another page is not
 * expected here. Pages listed twice on a side are merged. Sorted by page, fact, kind
 * (changed, missing, new), then value, so the report is stable.
 */
export function compareFacts(ours: readonly PageFacts[], theirs: readonly PageFacts[]): Drift[] {
  const a = byPage(ours);
  const b = byPage(theirs);
  const drifts: Drift[] = [];
  for (const page of sortValues([...a.keys(), ...b.keys()])) {
    const mine = a.get(page) ?? new Map<string, Set<string>>();
    const onPage = b.get(page) ?? new Map<string, Set<string>>();
    for (const fact of sortValues([...mine.keys(), ...onPage.keys()])) {
      const x = mine.get(fact) ?? new Set<string>();
      const y = onPage.get(fact) ?? new Set<string>();
      const missing = sortValues([...x].filter((v) => !y.has(v)));
      const added = sortValues([...y].filter((v) => !x.has(v)));
      if (missing.length === 1 && added.length === 1) {
        drifts.push({ page, fact, kind: DriftKind.CHANGED, ours: missing[0], theirs: added[0] });
        continue;
      }
      missing.forEach((v) => drifts.push({ page, fact, kind: DriftKind.MISSING, ours: v }));
      added.forEach((v) => drifts.push({ page, fact, kind: DriftKind.NEW, theirs: v }));
    }
  }
  // Built in order already; sorting again documents the contract and guards later edits.
  return drifts.sort((p, q) =>
    compareText(p.page, q.page) || compareText(p.fact, q.fact) ||
    KIND_ORDER.indexOf(p.kind) - KIND_ORDER.indexOf(q.kind) ||
    compareText(p.ours ?? p.theirs ?? '', q.ours ?? q.theirs ?? ''));
}

/**
 * One report line for a drift: page, fact, our value, the page's value, kind.
 *
 * A side without a value shows `-`: `stun-turn/regions: nts.ports: ours -, page tcp/5350 (new)`.
 */
export function formatDrift(d: Drift): string {
  return `${d.page}: ${d.fact}: ours ${d.ours ?? '-'}, page ${d.theirs ?? '-'} (${d.kind})`;
}

function byPage(list: readonly PageFacts[]): Map<string, Map<string, Set<string>>> {
  const pages = new Map<string, Map<string, Set<string>>>();
  for (const { page, facts } of list) {
    const keys = pages.get(page) ?? new Map<string, Set<string>>();
    for (const [fact, values] of Object.entries(facts)) {
      keys.set(fact, new Set([...(keys.get(fact) ?? []), ...values]));
    }
    pages.set(page, keys);
  }
  return pages;
}
