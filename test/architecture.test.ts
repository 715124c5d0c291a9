import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', 'src');

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('architecture', () => {
  test.each(['catalog', 'plan', 'private'])('src/%s imports no framework (catalog -> plan -> renderer flows one way)', (folder) => {
    const files = tsFiles(path.join(SRC, folder));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      for (const spec of importsOf(f)) {
        expect({ file: path.relative(SRC, f), spec }).toEqual({ file: path.relative(SRC, f), spec: expect.not.stringMatching(/^(aws-cdk-lib|cdktf|@cdktf\/|constructs|cdk-nag)/) });
        expect({ file: path.relative(SRC, f), spec }).toEqual({ file: path.relative(SRC, f), spec: expect.not.stringMatching(/awscdk|cdktf/) });
      }
    }
  });

  test('the catalog does not import the plan', () => {
    for (const f of tsFiles(path.join(SRC, 'catalog'))) {
      expect(importsOf(f).filter((s) => s.includes('/plan'))).toEqual([]);
    }
  });

  test('no provider barrel import anywhere (import @cdktf/provider-aws/lib/<resource>)', () => {
    for (const f of [...tsFiles(SRC), ...tsFiles(path.join(__dirname))]) {
      expect(importsOf(f).filter((s) => s === '@cdktf/provider-aws')).toEqual([]);
    }
  });
});
