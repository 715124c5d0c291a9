import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';

// lib/probe/runtime/ is copied as-is into a Lambda function: it may load Node built-ins and its own files only.
const RUNTIME = path.join(__dirname, '..', '..', 'src', 'probe', 'runtime');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('probe runtime', () => {
  test('imports only Node built-ins and its own files (type-only imports included)', () => {
    const files = tsFiles(RUNTIME);
    expect(files.length).toBeGreaterThan(3);
    const outside: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
        const builtin = builtinModules.includes(spec.replace(/^node:/, ''));
        const own = spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(RUNTIME + path.sep);
        if (!builtin && !own) outside.push(`${path.relative(RUNTIME, file)}: ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
