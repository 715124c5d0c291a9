// Cosmetic and structural edits of the Markdown fixtures, to prove the parsers read facts, not layout.

const FENCE = /^\s*(```|~~~)/;

/** Applies `edit` to every line of every pipe table (header, delimiter and body rows). */
function mapTableRows(md: string, edit: (cells: string[], delimiter: boolean) => string): string {
  let inFence = false;
  return md.split('\n').map((line) => {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || !line.trim().startsWith('|')) return line;
    const cells = line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim());
    return edit(cells, cells.every((c) => /^:?-+:?$/.test(c)));
  }).join('\n');
}

/** Named edits that must not change any fact. */
export const COSMETIC_EDITS: Record<string, (md: string) => string> = {
  'tables padded wider': (md) => mapTableRows(md, (cells, delimiter) =>
    '|  ' + cells.map((c) => (delimiter ? '-'.repeat(50) : c.padEnd(50))).join('  |  ') + '  |'),
  'tables without padding': (md) => mapTableRows(md, (cells, delimiter) =>
    '|' + cells.map((c) => (delimiter ? '-' : c)).join('|') + '|'),
  'bold markers around every table cell': (md) => mapTableRows(md, (cells, delimiter) =>
    '| ' + cells.map((c) => (delimiter || c === '' ? c : `**${c}**`)).join(' | ') + ' |'),
  'no code spans': (md) => {
    let inFence = false;
    return md.split('\n').map((line) => {
      if (FENCE.test(line)) {
        inFence = !inFence;
        return line;
      }
      return inFence ? line : line.replace(/`/g, '');
    }).join('\n');
  },
  'Windows line endings': (md) => md.replace(/\n/g, '\r\n'),
  'extra blank lines and trailing spaces': (md) => md.replace(/\n\n/g, '\n\n\n').replace(/\n/g, '  \n'),
};

/** Reverses the body rows of every table (not valid where a row continues the one above it). */
export function reverseTableRows(md: string): string {
  const lines = md.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].trim().startsWith('|') || !/^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1])) continue;
    let end = i + 2;
    while (end < lines.length && lines[end].trim().startsWith('|')) end++;
    lines.splice(i + 2, end - i - 2, ...lines.slice(i + 2, end).reverse());
    i = end;
  }
  return lines.join('\n');
}

/** Removes the table whose header row matches `header`, with its rows. */
export function withoutTable(md: string, header: RegExp): string {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.trim().startsWith('|') && header.test(l));
  if (start < 0) throw new Error(`fixture has no table with a header matching ${header}`);
  let end = start;
  while (end < lines.length && lines[end].trim().startsWith('|')) end++;
  lines.splice(start, end - start);
  return lines.join('\n');
}
