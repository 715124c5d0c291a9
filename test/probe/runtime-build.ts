// The canary constructs deploy the package's compiled probe runtime (lib/probe/runtime). Tests run from src/
// (ts-jest), where that directory holds TypeScript only, so they compile it to a temporary directory first, file
// by file as tsc would (CommonJS, the package's target), and point the constructs at it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { useCanaryCodeDirectoryForTests } from '../../src/probe/canary-code';

const RUNTIME = path.join(__dirname, '..', '..', 'src', 'probe', 'runtime');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? tsFiles(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Compiles src/probe/runtime into a new temporary directory and returns it. */
export function compileRuntime(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-probe-runtime-'));
  for (const file of tsFiles(RUNTIME)) {
    const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: file,
    });
    const target = path.join(out, path.relative(RUNTIME, file).replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, outputText);
  }
  return out;
}

/** Compiles the runtime and makes the canary constructs deploy it; call `restore` in afterAll. */
export function useCompiledRuntime(): { dir: string; restore: () => void } {
  const dir = compileRuntime();
  useCanaryCodeDirectoryForTests(dir);
  return {
    dir,
    restore: () => {
      useCanaryCodeDirectoryForTests(undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
