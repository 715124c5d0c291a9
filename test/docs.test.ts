// The README cannot drift: its catalog table is the generated one, and its TypeScript samples and the examples
// type-check against the library's source.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { CATALOG_TABLE_END, CATALOG_TABLE_START, catalogMarkdownTable } from '../src/cli/markdown';

const root = path.join(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

function between(text: string, start: string, end: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  return a >= 0 && b > a ? text.slice(a, b + end.length) : '';
}

describe('README', () => {
  test('the catalog table is the one generated from the catalog (run `npx projen docs:catalog` when this fails)', () => {
    expect(between(readme, CATALOG_TABLE_START, CATALOG_TABLE_END)).toBe(catalogMarkdownTable());
  });

  test('the Quick start has exactly the two commands', () => {
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));
    const commands = (quick.match(/```sh\n([\s\S]*?)```/) ?? ['', ''])[1].trim().split('\n').map((l) => l.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
  });

  test('the light-install numbers are filled in', () => {
    expect(between(readme, '<!-- light-install:start -->', '<!-- light-install:end -->')).toMatch(/Added by this package \| [\d.]+ MB/);
  });

  test('every TypeScript sample in the README and every example app type-checks', () => {
    const dir = path.join(root, '.tmp', 'readme-samples');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const samples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(samples.length).toBeGreaterThanOrEqual(5);
    const files = samples.map((code, i) => {
      const file = path.join(dir, `sample-${i + 1}.ts`);
      fs.writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    const examples = ['examples/awscdk/app.ts', 'examples/cdktf/main.ts', 'examples/choices.ts'].map((f) => path.join(root, f));
    const program = ts.createProgram([...files, ...examples], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      skipLibCheck: true,
      types: ['node'],
      paths: {
        'twilio-voice-network': [path.join(root, 'src', 'index.ts')],
        'twilio-voice-network/awscdk': [path.join(root, 'src', 'entry-awscdk.ts')],
        'twilio-voice-network/cdktf': [path.join(root, 'src', 'entry-cdktf.ts')],
      },
    });
    const problems = ts.getPreEmitDiagnostics(program)
      .filter((d) => d.file && (files.includes(d.file.fileName) || examples.includes(d.file.fileName)))
      .map((d) => `${path.relative(root, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(problems).toEqual([]);
  }, 120_000);
});
