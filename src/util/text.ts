// Small text helpers shared by every layer. Framework-free.

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

/** Renders a user-supplied value for an error message (short, whatever the value: NaN, functions, cycles). */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' || value === undefined) return String(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return value.toString();
  const path = constructPath(value);
  if (path !== undefined) return `construct '${path}'`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // cycles (constructs hold their tree), BigInts, throwing toJSON: a second try that names what JSON cannot hold
    text = safeJson(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** The path of a construct (of either framework: both come from the `constructs` package), else undefined. */
function constructPath(value: unknown): string | undefined {
  const node = typeof value === 'object' && value !== null ? (value as { node?: unknown }).node : undefined;
  const path = typeof node === 'object' && node !== null ? (node as { path?: unknown }).path : undefined;
  return typeof path === 'string' ? path : undefined;
}

function safeJson(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return `${v}n`;
      if (typeof v !== 'object' || v === null) return v;
      const path = constructPath(v);
      if (path !== undefined) return `construct '${path}'`;
      if (seen.has(v)) return '[repeated]';
      seen.add(v);
      return v;
    }) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A port range as text: `443`, or `10000-60000` (another separator for formats that want one, e.g. iptables' `:`). */
export function portLabel(fromPort: number, toPort: number, separator: string = '-'): string {
  return fromPort === toPort ? `${fromPort}` : `${fromPort}${separator}${toPort}`;
}
