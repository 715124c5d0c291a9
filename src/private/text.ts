// Small text helpers shared by the catalog and the plan. Framework-free.

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The candidate closest to `input` (ties: first in the given order). */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(input.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Renders a user-supplied value for an error message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Thrown for bad input: every problem found, one per line, each naming the option, the value and the fix. */
export class ValidationError extends Error {
  public readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n- ${problems.join('\n- ')}`);
    this.name = 'TwilioVoiceNetworkValidationError';
    this.problems = problems;
  }
}

/**
 * True for a value that is an unresolved AWS CDK or CDKTF token (a placeholder resolved at deploy time).
 * Framework-free: both encode string tokens as `${Token[...]}`/`${TfToken[...]}` and number tokens as huge
 * negative doubles.
 */
export function isUnresolved(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('${Token[') || value.includes('${TfToken[');
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) > 1e280;
  return false;
}
