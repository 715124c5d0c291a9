// Every TypeScript sample in the README and docs/, and every example app, type-checks against the library's source.
// An integration test: it builds a TypeScript program over the whole library (about 15 s).
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
/** README.md and every docs/*.md, by path relative to the repository root. */
const pages = ['README.md', ...fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

describe('docs samples', () => {
  test('every TypeScript sample in the README and docs/, and every example app, type-checks', () => {
    const dir = path.join(root, '.tmp', 'docs-samples');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const files = new Map<string, string>(); // sample file -> where it came from
    for (const page of pages) {
      [...read(page).matchAll(/^```ts(?: nofixture)?\n([\s\S]*?)^```/gm)].forEach((m, i) => {
        const file = path.join(dir, `${page.replace(/[/.]/g, '-')}-${i + 1}.ts`);
        fs.writeFileSync(file, `${m[1]}\nexport {};\n`);
        files.set(file, `${page} sample ${i + 1}`);
      });
    }
    expect([...files.values()].filter((s) => s.startsWith('README.md ')).length).toBeGreaterThanOrEqual(2);
    expect(files.size).toBeGreaterThanOrEqual(10);
    const examples = ['examples/awscdk/app.ts', 'examples/cdktf/main.ts', 'examples/choices.ts'].map((f) => path.join(root, f));
    const program = ts.createProgram([...files.keys(), ...examples], {
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
      .filter((d) => d.file && (files.has(d.file.fileName) || examples.includes(d.file.fileName)))
      .map((d) => `${files.get(d.file!.fileName) ?? path.relative(root, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(problems).toEqual([]);
  }, 120_000);
});
