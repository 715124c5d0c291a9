// The layering, as a table of allowed folder-to-folder imports. Any other edge fails: a new one is a design change
// made on purpose, in this table and the code together.
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', 'src');

/**
 * Folder -> the folders it may import. `catalog:facade` means the catalog's public facade only (TwilioCatalog,
 * TwilioEdge, types), not its raw tables or private store. Framework packages are listed per folder too.
 */
const ALLOWED: Record<string, string[]> = {
  'util': [],
  'catalog': ['util'],
  'plan': ['util', 'catalog:facade'],
  'audit': ['util', 'catalog:facade', 'plan'],
  'probe/runtime': [],
  'probe': ['util', 'catalog:facade', 'plan', 'probe/runtime'],
  'upstream': ['util', 'catalog:facade'],
  'common': ['util', 'catalog:facade', 'plan'],
  'feed': ['util', 'catalog:facade', 'plan'],
  'awscdk': ['util', 'catalog:facade', 'plan', 'audit', 'common', 'probe', 'probe/runtime', 'aws-cdk-lib', 'constructs'],
  // both Terraform frameworks render through one framework-free layer, which they hand their own classes
  'terraform': ['util', 'catalog:facade', 'plan', 'common', 'probe', 'constructs'],
  'cdktf': ['util', 'catalog:facade', 'plan', 'common', 'terraform', 'cdktf', '@cdktf/provider-aws', 'constructs'],
  'cdktn': ['util', 'catalog:facade', 'plan', 'common', 'terraform', 'cdktn', '@cdktn/provider-aws', 'constructs'],
  'cli': ['util', 'catalog:facade', 'plan', 'audit', 'probe', 'probe/runtime', 'upstream', 'feed'],
  // the package's entry points re-export the public layers
  '.': ['util', 'catalog:facade', 'plan', 'awscdk', 'cdktf', 'cdktn'],
};

const FACADE = ['catalog/twilio-catalog', 'catalog/twilio-edge', 'catalog/types'];
const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'util', 'child_process', 'crypto', 'dns', 'net', 'tls', 'dgram', 'https', 'http', 'url', 'worker_threads', 'events', 'stream', 'zlib', 'perf_hooks', 'timers']);

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|require\(|import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** The layer a file belongs to: its folder under src/, `probe/runtime` counted on its own. */
function layerOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  if (rel.length === 1) return '.';
  if (rel[0] === 'probe' && rel[1] === 'runtime') return 'probe/runtime';
  return rel[0];
}

/** The layer an import points to (`catalog:facade` or `catalog` for the catalog), or the npm package. */
function targetOf(file: string, spec: string): string {
  if (!spec.startsWith('.')) {
    const bare = spec.replace(/^node:/, '');
    if (NODE_BUILTINS.has(bare.split('/')[0])) return 'node';
    return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  }
  const absolute = path.resolve(path.dirname(file), spec);
  const target = fs.existsSync(absolute) && fs.statSync(absolute).isDirectory() ? path.join(absolute, 'index') : absolute;
  const resolved = path.relative(SRC, target).split(path.sep).join('/');
  const layer = layerOf(path.join(SRC, `${resolved}.ts`));
  if (layer === 'catalog') return FACADE.includes(resolved) ? 'catalog:facade' : 'catalog';
  return layer;
}

/** The layer whose private/ folder an import points into, if it does. */
function privateLayerOf(file: string, spec: string): string | undefined {
  const rel = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep);
  const at = rel.indexOf('private');
  return at > 0 ? layerOf(path.join(SRC, ...rel.slice(0, at), 'x.ts')) : undefined;
}

const edges = tsFiles(SRC).flatMap((file) => importsOf(file).map((spec) => ({
  file: path.relative(SRC, file), from: layerOf(file), to: targetOf(file, spec), spec,
})));

describe('architecture', () => {
  test('every import follows the table of allowed folder-to-folder imports', () => {
    expect(edges.length).toBeGreaterThan(100);
    const illegal = edges.filter(({ from, to }) => from !== to.replace(':facade', '') && to !== 'node'
      && !(ALLOWED[from] ?? []).includes(to) && !(to === 'catalog:facade' && (ALLOWED[from] ?? []).includes('catalog')));
    expect(illegal).toEqual([]);
  });

  test('no layer imports another layer\'s private/ folder (a layer\'s private files serve that layer only)', () => {
    const intoPrivate = edges.filter(({ from, spec, file }) => spec.startsWith('.')
      && privateLayerOf(path.join(SRC, file), spec) !== undefined && privateLayerOf(path.join(SRC, file), spec) !== from);
    expect(intoPrivate).toEqual([]);
    // the check can fail: the CLI reaching into the plan's private prefix-list rules is caught
    expect(privateLayerOf(path.join(SRC, 'cli', 'x.ts'), '../plan/private/prefix-lists')).toBe('plan');
  });

  test('files of one concern: no source file over 400 lines', () => {
    const long = tsFiles(SRC).map((f) => ({ file: path.relative(SRC, f), lines: fs.readFileSync(f, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });

  test('the table itself has no cycle (every arrow points down)', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (layer: string): void => {
      if (done.has(layer)) return;
      expect(visiting.has(layer)).toBe(false);
      visiting.add(layer);
      // npm packages are leaves (the cdktf folder may import the cdktf package)
      for (const next of (ALLOWED[layer] ?? []).map((n) => n.replace(':facade', '')).filter((n) => n !== layer && n in ALLOWED)) visit(next);
      visiting.delete(layer);
      done.add(layer);
    };
    for (const layer of Object.keys(ALLOWED)) visit(layer);
  });

  test('the check can fail: a made-up upward import is caught', () => {
    const upward = { from: 'plan', to: targetOf(path.join(SRC, 'plan', 'x.ts'), '../awscdk/render') };
    expect(ALLOWED[upward.from]).not.toContain(upward.to);
    expect(targetOf(path.join(SRC, 'plan', 'x.ts'), '../catalog/data')).toBe('catalog');
    expect(ALLOWED.plan).not.toContain('catalog');
  });

  test('no Twilio address, hostname or DNS Firewall decision in a renderer or the CLI (they map the plan)', () => {
    const leaks = ['awscdk', 'cdktf', 'cdktn', 'terraform', 'cli'].flatMap((dir) => tsFiles(path.join(SRC, dir)).flatMap((file) => fs.readFileSync(file, 'utf8').split('\n')
      .map((line, i) => ({ file: path.relative(SRC, file), line: i + 1, text: line }))
      .filter(({ text }) => !/^\s*(\/\/|\*|\/\*\*)/.test(text))
      .filter(({ text }) => /168\.86\.|twilio\.com|\b(5060|5061|3478|5349|10194)\b|'ALLOW'|'BLOCK'|NODATA|TRUST_REDIRECTION/.test(text))));
    expect(leaks).toEqual([]);
  });

  test('no provider barrel import anywhere (import @cdktf/provider-aws/lib/<resource>)', () => {
    for (const f of [...tsFiles(SRC), ...tsFiles(path.join(__dirname))]) {
      expect(importsOf(f).filter((s) => s === '@cdktf/provider-aws' || s === '@cdktn/provider-aws')).toEqual([]);
    }
  });

  test('no reads of aws-cdk-lib private fields', () => {
    const privateReads = tsFiles(SRC).filter((f) => /\._validationPlugins|\._policyValidation/.test(fs.readFileSync(f, 'utf8')));
    expect(privateReads).toEqual([]);
  });
});
