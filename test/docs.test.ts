// The docs cannot drift: the catalog tables are the generated ones, the README stays a landing page, and every
// relative link leads somewhere. (Every TypeScript sample is type-checked in test/integ/doc-snippets.test.ts, which also synthesizes every complete one.)
import * as fs from 'fs';
import * as path from 'path';
import { figuresBlock, parseFigures, renderFigures } from '../scripts/package-figures';
import { CATALOG_TABLE_END, CATALOG_TABLE_START, catalogMarkdownTable } from '../src/cli/markdown';

const root = path.join(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const readme = read('README.md');
/** README.md and every docs/*.md, by path relative to the repository root. */
const pages = ['README.md', ...fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

function between(text: string, start: string, end: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  return a >= 0 && b > a ? text.slice(a, b + end.length) : '';
}

/** The text outside fenced code blocks, where Markdown links are links. */
function prose(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/`/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of prose(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

describe('docs', () => {
  test('the catalog tables in docs/catalog.md are the ones generated from the catalog (run `npx projen docs:catalog` when this fails)', () => {
    expect(between(read('docs/catalog.md'), CATALOG_TABLE_START, CATALOG_TABLE_END)).toBe(catalogMarkdownTable());
  });

  test('the generated table names each edge\'s source page with its dateModified and last-checked date, and lists every source', () => {
    const table = catalogMarkdownTable();
    expect(table).toContain('| Edge | Legacy id | AWS region | Signalling | Media | Source | Page dateModified | Checked |');
    expect(table).toMatch(/^\| `ashburn` \|.*\| \[Edge Locations\]\(https:\/\/www\.twilio\.com\/docs\/global-infrastructure\/edge-locations\) \| not published \| \d{4}-\d{2}-\d{2} \|$/m);
    expect(table).toMatch(/^\| IP Addresses for Elastic SIP Trunking Services \| <https:\/\/www\.twilio\.com\/docs\/sip-trunking\/ip-addresses> \| \d{4}-\d{2}-\d{2} \| \d{4}-\d{2}-\d{2} \|$/m);
  });

  test('the README\'s Quick start has exactly the two commands', () => {
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));
    const commands = (quick.match(/```sh\n([\s\S]*?)```/) ?? ['', ''])[1].trim().split('\n').map((l) => l.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
  });

  test('the README stays a landing page: at most 250 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
  });

  test('the light-install numbers in docs/performance.md are filled in', () => {
    expect(between(read('docs/performance.md'), '<!-- light-install:start -->', '<!-- light-install:end -->')).toMatch(/Added by this package \| [\d.]+ MB/);
  });

  test('the package figures in docs/performance.md are the table scripts/package-figures.ts writes (run `npx projen docs:figures`)', () => {
    // Whether they are current needs a build: `npx projen docs:figures:check`, in the ci task.
    const block = figuresBlock(read('docs/performance.md')) ?? '';
    expect(block).not.toBe('');
    expect(renderFigures(parseFigures(block))).toBe(block);
  });

  test('every relative link in the README and docs/ points to a file (and heading) that exists', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const m of prose(read(page)).matchAll(/\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = m[1];
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, ...
        const [file, anchor] = target.split('#');
        const resolved = file ? path.join(path.dirname(path.join(root, page)), decodeURIComponent(file)) : path.join(root, page);
        if (!fs.existsSync(resolved)) {
          broken.push(`${page}: ${target} (no such file)`);
        } else if (anchor && resolved.endsWith('.md') && !anchorsOf(fs.readFileSync(resolved, 'utf8')).has(anchor)) {
          broken.push(`${page}: ${target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
