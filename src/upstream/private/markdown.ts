// Just enough Markdown to read Twilio's docs pages: headings, pipe tables, plain text.
// Everything is found by heading text or by column names, never by position, so padding,
// reordered rows and added prose don't matter.

/** A heading and the lines under it. */
export interface Section {
  /** 1 for `#`, 2 for `##`, ... */
  readonly level: number;
  /** The heading text, cleaned (no backticks, bold markers or escapes). */
  readonly title: string;
  /** The heading text as written, for the rare case where backticks carry meaning. */
  readonly rawTitle: string;
  /** Lines up to the next heading of the same or a higher level (sub-sections included). */
  readonly lines: readonly string[];
  /** Lines up to the next heading of any level. */
  readonly ownLines: readonly string[];
}

/** A pipe table's rows (header row first), each cell cleaned. */
export type TableRows = string[][];

/** Splits a page into lines, whatever its line endings. */
export function linesOf(markdown: string): string[] {
  return markdown.replace(/\r\n?/g, '\n').split('\n');
}

/** Every heading of the page with its body; headings inside fenced code blocks are not headings. */
export function sectionsOf(markdown: string): Section[] {
  const lines = linesOf(markdown);
  const heads: Array<{ index: number; level: number; raw: string }> = [];
  let inFence = false;
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) heads.push({ index, level: m[1].length, raw: m[2] });
  });
  return heads.map((h, i) => {
    const nextAny = i + 1 < heads.length ? heads[i + 1].index : lines.length;
    const nextPeer = heads.slice(i + 1).find((n) => n.level <= h.level)?.index ?? lines.length;
    return {
      level: h.level,
      title: cleanText(h.raw),
      rawTitle: h.raw,
      lines: lines.slice(h.index + 1, nextPeer),
      ownLines: lines.slice(h.index + 1, nextAny),
    };
  });
}

/**
 * Cleans inline Markdown down to plain text on one line.
 *
 * Twilio's pages mark edge ids in bold or code, escape braces and asterisks, and break cells with
 * `<br />`; none of that is part of a fact.
 */
export function cleanText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/`/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cells of one table row, split on unescaped pipes, outer pipes optional. */
function splitRow(row: string): string[] {
  let text = row.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (/(^|[^\\])\|$/.test(text)) text = text.slice(0, -1);
  return text.split(/(?<!\\)\|/);
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Every pipe table in the lines.
 *
 * A row whose last cell was broken onto the next line (no closing pipe, too few cells) is joined
 * with that line, so a hand-wrapped cell reads as one cell.
 */
export function tablesIn(lines: readonly string[]): TableRows[] {
  const tables: TableRows[] = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i])) inFence = !inFence;
    if (inFence || !lines[i].includes('|') || i + 1 >= lines.length || !DELIMITER_ROW.test(lines[i + 1])) continue;
    const width = splitRow(lines[i]).length;
    const rows: TableRows = [splitRow(lines[i]).map(cleanText)];
    let j = i + 2;
    while (j < lines.length && lines[j].trim() !== '' && lines[j].includes('|')) {
      let row = lines[j];
      while (!/(^|[^\\])\|\s*$/.test(row) && splitRow(row).length < width && j + 1 < lines.length && lines[j + 1].trim() !== '') {
        row += ' ' + lines[++j];
      }
      rows.push(splitRow(row).map(cleanText));
      j++;
    }
    tables.push(rows);
    i = j - 1;
  }
  return tables;
}

/** A table read through a header row: the index of each wanted column and the rows below the header. */
export interface FoundTable {
  /** For each wanted column pattern, its index in the row. */
  readonly columns: number[];
  /** The rows after the header row. */
  readonly rows: TableRows;
}

/**
 * The first table in the lines with a row naming every wanted column.
 *
 * The header row may be a body row: Twilio's signalling tables put a group header above the real one.
 */
export function findTable(lines: readonly string[], wanted: readonly RegExp[]): FoundTable | undefined {
  for (const table of tablesIn(lines)) {
    for (let r = 0; r < table.length; r++) {
      const columns = wanted.map((re) => table[r].findIndex((cell) => re.test(headerText(cell))));
      if (columns.every((c) => c >= 0)) return { columns, rows: table.slice(r + 1) };
    }
  }
  return undefined;
}

/** A header cell without footnote markers, so `Destination*` and `Source Port †` match plain names. */
function headerText(cell: string): string {
  return cell.replace(/[*†‡§]/g, '').trim();
}
