// `npx projen docs:figures`: measures what npm users download and install, from the real packed tarball, and writes
// the figures into docs/performance.md between FIGURES_START and FIGURES_END. Needs the compiled lib/ and .jsii.
//
//   (no flag)   measure, then rewrite the table in docs/performance.md
//   --print     measure, then print the table (docs untouched): to compare builds, e.g. source map settings
//   --check     measure, then fail (exit 1) when the committed table is not the one this script writes, or when a
//               committed figure is off by more than TOLERANCE from the measured one. Exact bytes are not compared:
//               they move with every source change and a little with the npm and zlib versions; the tolerance lets
//               small changes through and catches figures that no longer describe the package.
//
// Steps: `npm pack` into a temporary folder; `npm install --omit=peer` of that tarball into an empty project there;
// then the installed folder is read file by file (what the tarball holds, as a user gets it). The consumer apps
// with a framework installed are measured by scripts/measure-light-install.sh (minutes, not seconds).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const FIGURES_START = '<!-- figures:start (npx projen docs:figures writes this table) -->';
export const FIGURES_END = '<!-- figures:end -->';

/** How far a committed figure may be from the measured one before --check calls it stale. */
export const TOLERANCE = { files: 0.05, bytes: 0.1, sourceMapPoints: 5 };

/** Files and bytes of one kind of file in the package. */
export interface Part {
  readonly files: number;
  readonly bytes: number;
}

/** What was measured, in the units the table shows. */
export interface Figures {
  /** JavaScript without its source maps (inline maps are counted under sourceMaps). */
  readonly code: Part;
  /** Inline `//# sourceMappingURL=data:` comments (bytes only: they live in the .js files) plus `.map` files. */
  readonly sourceMaps: Part;
  readonly declarations: Part;
  readonly assembly: Part;
  readonly docs: Part;
  readonly other: Part;
  /** `npm pack`: the tarball's entries and unpackedSize. */
  readonly unpacked: Part;
  /** The .tgz file. */
  readonly packedBytes: number;
  /** node_modules/twilio-voice-network after `npm install --omit=peer` of the tarball. */
  readonly installed: Part;
  /** Source map bytes as a share of JavaScript bytes (.js with inline maps, plus .map files), in whole percent. */
  readonly sourceMapPercent: number;
  readonly measuredOn: string;
  readonly node: string;
  readonly npm: string;
}

const ROWS: ReadonlyArray<[keyof Figures, string]> = [
  ['code', 'JavaScript (`lib/**/*.js`, without source maps)'],
  ['sourceMaps', 'Source maps (`.map` files, and inline `//# sourceMappingURL=data:` comments inside the .js files)'],
  ['declarations', 'Type declarations (`lib/**/*.d.ts`)'],
  ['assembly', 'jsii assembly (`.jsii`)'],
  ['docs', '`API.md`, `README.md`'],
  ['other', '`LICENSE`, `package.json`'],
  ['unpacked', '**Tarball, unpacked** (`npm pack`)'],
  ['installed', '**Installed** (`node_modules/twilio-voice-network` after `npm install --omit=peer`)'],
];
const PACKED_LABEL = '**Tarball, packed** (`.tgz`)';

/** 3 significant digits: 843522 -> '844 kB', 3601264 -> '3.60 MB'. Parsing the text back and formatting it again gives the same text. */
export function formatBytes(bytes: number): string {
  if (bytes === 0) return '0 kB';
  if (bytes < 999_500) return `${bytes < 99_950 ? (bytes / 1e3).toPrecision(3) : Math.round(bytes / 1e3)} kB`;
  return `${(bytes / 1e6).toPrecision(3)} MB`;
}

export function parseBytes(text: string): number {
  const m = /^([\d.]+) (kB|MB)$/.exec(text.trim());
  if (!m) throw new Error(`not a size: '${text}'`);
  return Math.round(parseFloat(m[1]) * (m[2] === 'MB' ? 1e6 : 1e3));
}

/** The Markdown between (and including) the markers. */
export function renderFigures(f: Figures): string {
  const lines = [FIGURES_START, '| In the package | Files | Size |', '|---|---|---|'];
  for (const [key, label] of ROWS) {
    const part = f[key] as Part;
    lines.push(`| ${label} | ${part.files} | ${formatBytes(part.bytes)} |`);
    if (key === 'unpacked') lines.push(`| ${PACKED_LABEL} | 1 | ${formatBytes(f.packedBytes)} |`);
  }
  lines.push('');
  const when = `Measured ${f.measuredOn} with Node ${f.node} and npm ${f.npm}.`;
  lines.push(`Source maps are ${f.sourceMapPercent}% of the JavaScript bytes shipped. ${when}`);
  lines.push(FIGURES_END);
  return lines.join('\n');
}

/** The inverse of renderFigures, for the committed table (sizes come back rounded as shown). */
export function parseFigures(block: string): Figures {
  const cells = new Map<string, [number, number]>();
  for (const m of block.matchAll(/^\| (.+?) \| (\d+) \| ([\d.]+ (?:kB|MB)) \|$/gm)) cells.set(m[1], [parseInt(m[2], 10), parseBytes(m[3])]);
  const part = (label: string): Part => {
    const cell = cells.get(label);
    if (!cell) throw new Error(`the figures table has no row '${label}'`);
    return { files: cell[0], bytes: cell[1] };
  };
  const foot = /^Source maps are (\d+)% of the JavaScript bytes shipped\. Measured (\S+) with Node (\S+) and npm (\S+)\.$/m.exec(block);
  if (!foot) throw new Error('the figures table has no line \'Source maps are N% ... Measured DATE with Node X and npm Y.\'');
  const parts = Object.fromEntries(ROWS.map(([key, label]) => [key, part(label)]));
  return {
    ...parts,
    packedBytes: part(PACKED_LABEL).bytes,
    sourceMapPercent: parseInt(foot[1], 10),
    measuredOn: foot[2],
    node: foot[3],
    npm: foot[4],
  } as unknown as Figures;
}

/** The block between the markers in a page, or undefined. */
export function figuresBlock(page: string): string | undefined {
  const start = page.indexOf(FIGURES_START);
  const end = page.indexOf(FIGURES_END);
  return start >= 0 && end > start ? page.slice(start, end + FIGURES_END.length) : undefined;
}

/** Every way the committed figures differ from the measured ones beyond TOLERANCE (empty: up to date). */
export function staleFigures(committed: Figures, measured: Figures): string[] {
  const problems: string[] = [];
  const off = (a: number, b: number, share: number) => Math.abs(a - b) > share * Math.max(a, b);
  for (const [key, markdown] of [...ROWS, ['packedBytes', PACKED_LABEL] as const]) {
    const label = markdown.replace(/\*\*|`/g, '');
    const c = key === 'packedBytes' ? { files: 1, bytes: committed.packedBytes } : committed[key] as Part;
    const m = key === 'packedBytes' ? { files: 1, bytes: measured.packedBytes } : measured[key] as Part;
    if (off(c.files, m.files, TOLERANCE.files)) problems.push(`${label}: ${c.files} files in the docs, ${m.files} measured`);
    if (off(c.bytes, m.bytes, TOLERANCE.bytes)) problems.push(`${label}: ${formatBytes(c.bytes)} in the docs, ${formatBytes(m.bytes)} measured`);
  }
  if (Math.abs(committed.sourceMapPercent - measured.sourceMapPercent) > TOLERANCE.sourceMapPoints) {
    problems.push(`source maps: ${committed.sourceMapPercent}% in the docs, ${measured.sourceMapPercent}% measured`);
  }
  return problems;
}

// --- measuring ---------------------------------------------------------------------------------------------------

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function walk(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, r) : [r];
  });
}

const INLINE_MAP = /^\/\/# sourceMappingURL=data:[^\n]*\n?/m;

/** Measures the package whose sources and build are in `root`. */
export function measure(root: string): Figures {
  for (const f of ['lib/index.js', '.jsii']) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`no ${f}: run \`npx projen compile\` first`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'package-figures-'));
  try {
    const [pack] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], root));
    const tarball = path.join(tmp, pack.filename);
    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'package-figures-app', private: true }));
    run('npm', ['install', '--omit=peer', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
    const installedDir = path.join(app, 'node_modules', pack.name);

    const parts = { code: [0, 0], sourceMaps: [0, 0], declarations: [0, 0], assembly: [0, 0], docs: [0, 0], other: [0, 0], installed: [0, 0] };
    const add = (key: keyof typeof parts, files: number, bytes: number) => { parts[key][0] += files; parts[key][1] += bytes; };
    const orphanMaps: string[] = [];
    const files = walk(installedDir);
    for (const rel of files) {
      const buf = fs.readFileSync(path.join(installedDir, rel));
      add('installed', 1, buf.length);
      if (rel.endsWith('.d.ts')) add('declarations', 1, buf.length);
      else if (rel.endsWith('.js')) {
        const inline = INLINE_MAP.exec(buf.toString('utf8'));
        const mapBytes = inline ? Buffer.byteLength(inline[0]) : 0;
        add('code', 1, buf.length - mapBytes);
        if (inline) add('sourceMaps', 0, mapBytes);
      } else if (rel.endsWith('.map')) {
        add('sourceMaps', 1, buf.length);
        const js = path.join(installedDir, rel.replace(/\.map$/, ''));
        if (!fs.existsSync(js) || !fs.readFileSync(js, 'utf8').includes(`//# sourceMappingURL=${path.basename(rel)}`)) orphanMaps.push(rel);
      } else if (rel === '.jsii' || rel === '.jsii.gz') add('assembly', 1, buf.length);
      else if (rel === 'API.md' || rel === 'README.md') add('docs', 1, buf.length);
      else add('other', 1, buf.length);
    }
    if (orphanMaps.length > 0) {
      console.error(`package-figures: ${orphanMaps.length} .map files in the package belong to no .js (e.g. ${orphanMaps[0]}): `
        + 'left in lib/ by an earlier build? Delete lib/ and compile again.');
    }
    const jsBytes = parts.code[1] + parts.sourceMaps[1];
    const part = (k: keyof typeof parts): Part => ({ files: parts[k][0], bytes: parts[k][1] });
    return {
      code: part('code'),
      sourceMaps: part('sourceMaps'),
      declarations: part('declarations'),
      assembly: part('assembly'),
      docs: part('docs'),
      other: part('other'),
      unpacked: { files: pack.entryCount, bytes: pack.unpackedSize },
      packedBytes: fs.statSync(tarball).size,
      installed: part('installed'),
      sourceMapPercent: jsBytes === 0 ? 0 : Math.round((100 * parts.sourceMaps[1]) / jsBytes),
      measuredOn: new Date().toISOString().slice(0, 10),
      node: process.versions.node,
      npm: run('npm', ['--version'], root).trim(),
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function main(argv: string[]): number {
  const root = path.join(__dirname, '..');
  const docFile = path.join(root, 'docs', 'performance.md');
  const page = fs.readFileSync(docFile, 'utf8');
  const measured = measure(root);
  if (argv.includes('--print')) {
    console.log(renderFigures(measured));
    return 0;
  }
  const block = figuresBlock(page);
  if (!block) {
    console.error(`package-figures: docs/performance.md needs the markers ${FIGURES_START} ... ${FIGURES_END}`);
    return 2;
  }
  if (argv.includes('--check')) {
    let committed: Figures;
    try {
      committed = parseFigures(block);
    } catch (e) {
      console.error(`package-figures: the table in docs/performance.md is not the one this script writes (${(e as Error).message}).`);
      return 1;
    }
    const problems = renderFigures(committed) === block ? staleFigures(committed, measured)
      : ['the table in docs/performance.md was edited by hand: it is not the one this script writes from its own figures'];
    if (problems.length > 0) {
      console.error(`package-figures: docs/performance.md is stale; run \`npx projen docs:figures\`:\n  ${problems.join('\n  ')}`);
      return 1;
    }
    console.log(`package-figures: docs/performance.md is up to date (within ${TOLERANCE.bytes * 100}% of the measured sizes, `
      + `${TOLERANCE.files * 100}% of the file counts, ${TOLERANCE.sourceMapPoints} points of the source map share).`);
    return 0;
  }
  const at = page.indexOf(block);
  fs.writeFileSync(docFile, page.slice(0, at) + renderFigures(measured) + page.slice(at + block.length));
  console.log(`package-figures: docs/performance.md updated: ${measured.unpacked.files} files, ${formatBytes(measured.packedBytes)} packed, `
    + `${formatBytes(measured.installed.bytes)} installed, source maps ${measured.sourceMapPercent}% of the JavaScript.`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
