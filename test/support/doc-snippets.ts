// The TypeScript snippets of the README and docs/: found in the Markdown, compiled together in one TypeScript program,
// and run as the programs they are (test/integ/doc-snippets.test.ts). The convention is in docs/contributing.md.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** The line right before a snippet's fence that marks it as a fragment: compiled, never run. */
export const FRAGMENT_MARKER = '<!-- snippet: fragment -->';

/** A fenced TypeScript block of a Markdown page. */
export interface DocSnippet {
  /** The page, relative to the repository root, e.g. `docs/sip.md`. */
  readonly page: string;
  /** The page's line (1-based) of the snippet's first line of code. */
  readonly line: number;
  /** The code. */
  readonly code: string;
  /** Marked with `FRAGMENT_MARKER`: it must compile, but is not a program to run. */
  readonly fragment: boolean;
}

/**
 * What a complete snippet is: an AWS CDK app, a CDKTF app (or a CDK Terrain app, which synthesizes the same way; both
 * must synthesize resources), or a plain program.
 */
export type SnippetKind = 'awscdk' | 'cdktf' | 'program';

/** Where a snippet is, for messages: `docs/sip.md:139`. */
export const where = (s: DocSnippet, offset = 0): string => `${s.page}:${s.line + offset}`;

/**
 * The TypeScript snippets of a Markdown page (fences ```` ```ts ````, ```` ```ts nofixture ````, ```` ```typescript ````),
 * and problems with fragment markers: a marker that is misspelt or not right before a TypeScript fence.
 */
export function extractSnippets(page: string, markdown: string): { snippets: DocSnippet[]; problems: string[] } {
  const lines = markdown.split('\n');
  const snippets: DocSnippet[] = [];
  const problems: string[] = [];
  let fence: { marker: string; ts: boolean; start: number; fragment: boolean } | undefined;
  lines.forEach((text, i) => {
    if (fence) {
      if (text.trimEnd() === fence.marker) {
        if (fence.ts) snippets.push({ page, line: fence.start + 1, code: lines.slice(fence.start, i).join('\n'), fragment: fence.fragment });
        fence = undefined;
      }
      return;
    }
    const open = /^(```+|~~~+)\s*([\w-]*)(.*)$/.exec(text);
    const marked = i > 0 && lines[i - 1].trim() === FRAGMENT_MARKER;
    if (open) {
      const isTs = open[2] === 'ts' || open[2] === 'typescript';
      if (marked && !isTs) problems.push(`${page}:${i}: ${FRAGMENT_MARKER} must be right before a TypeScript fence, got: ${text}`);
      fence = { marker: open[1], ts: isTs, start: i + 1, fragment: marked };
      return;
    }
    if (/<!--\s*snippet\b/.test(text) && text.trim() !== FRAGMENT_MARKER) {
      problems.push(`${page}:${i + 1}: unknown snippet marker ${text.trim()}; the only one is ${FRAGMENT_MARKER}`);
    } else if (marked) {
      problems.push(`${page}:${i}: ${FRAGMENT_MARKER} must be right before a TypeScript fence, got: ${text}`);
    }
  });
  if (fence) problems.push(`${page}:${fence.start}: the fence opened here is never closed`);
  return { snippets, problems };
}

/** An AWS CDK app imports aws-cdk-lib and creates an App; a CDKTF app imports cdktf (or cdktn); anything else is a plain program. */
export function snippetKind(code: string): SnippetKind {
  if (/from '(cdktf|cdktn)'/.test(code)) return 'cdktf';
  if (/from 'aws-cdk-lib'/.test(code) && /\bnew App\(/.test(code)) return 'awscdk';
  return 'program';
}

/** The file a snippet is written to in `dir`. */
export function snippetFile(dir: string, s: DocSnippet): string {
  return path.join(dir, `${s.page.replace(/[^\w]/g, '_')}_L${s.line}.ts`);
}

/** The compiler options of test/tsconfig.json (strict, no unused locals or parameters), without emitting. */
export function testCompilerOptions(root: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'test', 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, ' ')); },
  });
  if (!parsed) throw new Error('test/tsconfig.json cannot be read');
  const { rootDir, outDir, declaration, inlineSourceMap, inlineSources, configFilePath, ...options } = parsed.options;
  return { ...options, noEmit: true };
}

/**
 * Compiles the snippets (written to `dir`, each a module) and the `extraFiles` in one TypeScript program with `options`;
 * returns one line per error: `page:line: message` for snippets, `file:line: message` (relative to `root`) otherwise.
 */
export function compileSnippets(snippets: readonly DocSnippet[], dir: string, extraFiles: readonly string[], root: string,
  options: ts.CompilerOptions): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const bySnippetFile = new Map<string, DocSnippet>();
  for (const s of snippets) {
    const file = snippetFile(dir, s);
    fs.writeFileSync(file, `${s.code}\nexport {};\n`);
    bySnippetFile.set(path.resolve(file), s);
  }
  const extras = new Set(extraFiles.map((f) => path.resolve(f)));
  const program = ts.createProgram([...bySnippetFile.keys(), ...extras], options);
  return ts.getPreEmitDiagnostics(program).flatMap((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (!d.file) return [`(program): ${message}`];
    const file = path.resolve(d.file.fileName);
    const line = d.start === undefined ? 0 : d.file.getLineAndCharacterOfPosition(d.start).line;
    const snippet = bySnippetFile.get(file);
    if (snippet) return [`${where(snippet, line)}: ${message}`];
    return extras.has(file) ? [`${path.relative(root, file)}:${line + 1}: ${message}`] : [];
  });
}

/** The outcome of running one snippet. */
export interface SnippetRun {
  readonly snippet: DocSnippet;
  readonly kind: SnippetKind;
  /** Where the app synthesized to (CDK_OUTDIR / CDKTF_OUTDIR, the working directory). */
  readonly outdir: string;
  readonly ms: number;
  /** Why it failed: a compile-free run that exited non-zero or timed out. */
  readonly error?: string;
  readonly stdout: string;
}

/**
 * Transpiles a snippet to CommonJS and runs it with Node in a child process, in a fresh working directory under `dir`
 * that is also the apps' output directory. `twilio-voice-network` resolves to this package's compiled lib/ (a package
 * may import itself by name), since `dir` is inside the repository.
 */
export function runSnippet(s: DocSnippet, dir: string, timeoutMs: number): Promise<SnippetRun> {
  const kind = snippetKind(s.code);
  const js = snippetFile(dir, s).replace(/\.ts$/, '.js');
  const outdir = js.replace(/\.js$/, '.out');
  fs.mkdirSync(outdir, { recursive: true });
  fs.writeFileSync(js, ts.transpileModule(`${s.code}\nexport {};\n`, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: path.basename(js),
  }).outputText);
  const env = {
    ...process.env,
    CDK_OUTDIR: outdir,
    CDKTF_OUTDIR: outdir,
    CHECKPOINT_DISABLE: '1',
    JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION: '1',
    JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1',
  };
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [js], { cwd: outdir, env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const ms = Date.now() - started;
        const error = !err ? undefined
          : err.killed ? `did not finish within ${timeoutMs / 1000} s` : `exited with ${err.code ?? err.signal}: ${errorSummary(`${stderr}`)}`;
        resolve({ snippet: s, kind, outdir, ms, error, stdout: `${stdout}` });
      });
  });
}

/**
 * The message of an uncaught error, from Node's report on standard error: without the stack frames, the source line
 * Node echoes (minified in aws-cdk-lib) and its caret.
 */
export function errorSummary(stderr: string): string {
  const kept: string[] = [];
  const lines = stderr.split('\n').map((l) => l.trimEnd());
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^\/\S+:\d+$/.test(l)) i++; // "file:line", then the source line Node echoes
    else if (l.trim() !== '' && !/^\s+at |^\s*\^+$|^\s+\.\.\.|^Node\.js v\d/.test(l)) kept.push(l.length > 300 ? `${l.slice(0, 300)}...` : l);
  }
  return kept.slice(0, 8).join('\n') || stderr.trim().slice(-2000);
}

/** Runs the snippets, `concurrency` at a time, in their order. */
export async function runSnippets(snippets: readonly DocSnippet[], dir: string, timeoutMs: number, concurrency: number): Promise<SnippetRun[]> {
  const results: SnippetRun[] = new Array(snippets.length);
  let next = 0;
  const worker = async () => {
    while (next < snippets.length) {
      const i = next++;
      results[i] = await runSnippet(snippets[i], dir, timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
}

/** Resource types and how many of each an app synthesized: CloudFormation templates or Terraform JSON in `outdir`. */
export function synthesizedResources(kind: SnippetKind, outdir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (type: string, n = 1) => counts.set(type, (counts.get(type) ?? 0) + n);
  if (kind === 'awscdk') {
    for (const f of fs.readdirSync(outdir).filter((n) => n.endsWith('.template.json'))) {
      const template = JSON.parse(fs.readFileSync(path.join(outdir, f), 'utf8'));
      for (const r of Object.values<{ Type: string }>(template.Resources ?? {})) add(r.Type);
    }
  } else if (kind === 'cdktf') {
    const stacks = path.join(outdir, 'stacks');
    for (const stack of fs.existsSync(stacks) ? fs.readdirSync(stacks) : []) {
      const file = path.join(stacks, stack, 'cdk.tf.json');
      if (!fs.existsSync(file)) continue;
      const config = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const [type, byName] of Object.entries<Record<string, unknown>>(config.resource ?? {})) add(type, Object.keys(byName).length);
    }
  }
  return counts;
}

/** The resource each construct of this library creates at least one of: [AWS CDK, CDKTF]. */
const CONSTRUCT_RESOURCES: Record<string, [string, string]> = {
  TwilioVoiceEgress: ['AWS::EC2::SecurityGroup', 'aws_security_group'],
  TwilioPrivateInterconnectEdge: ['AWS::EC2::SecurityGroup', 'aws_security_group'],
  TwilioSipEndpoint: ['AWS::EC2::SecurityGroup', 'aws_security_group'],
  TwilioPrefixLists: ['AWS::EC2::PrefixList', 'aws_ec2_managed_prefix_list'],
  TwilioNetworkFirewallRuleGroup: ['AWS::NetworkFirewall::RuleGroup', 'aws_networkfirewall_rule_group'],
  TwilioConnectivityCanary: ['AWS::Lambda::Function', 'aws_lambda_function'],
};

/** Options and calls whose resources must be in the output when a snippet uses them: [AWS CDK, CDKTF]. */
const OPTION_RESOURCES: Array<[RegExp, string, string]> = [
  [/\bdnsFirewall: \{/, 'AWS::Route53Resolver::FirewallRuleGroup', 'aws_route53_resolver_firewall_rule_group'],
  [/\bnetworkAcl: \{/, 'AWS::EC2::NetworkAcl', 'aws_network_acl'],
  [/\brouting: \{/, 'AWS::EC2::Route', 'aws_route'],
  [/\.addNetworkAclEntries\(/, 'AWS::EC2::NetworkAclEntry', 'aws_network_acl_rule'],
];

/** The resource types an app snippet must synthesize, read from the constructs it creates and the options it uses. */
export function expectedResources(code: string, kind: SnippetKind): string[] {
  if (kind === 'program') return [];
  const i = kind === 'awscdk' ? 0 : 1;
  const expected = new Set<string>();
  for (const m of code.matchAll(/\bnew (?:awscdk|cdktf|cdktn)\.(\w+)\(/g)) {
    const types = CONSTRUCT_RESOURCES[m[1]];
    if (types) expected.add(types[i]);
  }
  for (const [pattern, ...types] of OPTION_RESOURCES) if (pattern.test(code)) expected.add(types[i]);
  return [...expected].sort();
}

/** What is wrong with a run: it failed, synthesized nothing, or lacks a resource its code asks for. */
export function runProblems(run: SnippetRun): string[] {
  const at = where(run.snippet);
  if (run.error) return [`${at}: ${run.error}`];
  if (run.kind === 'program') return [];
  const synthesized = synthesizedResources(run.kind, run.outdir);
  if (synthesized.size === 0) return [`${at}: the ${run.kind === 'awscdk' ? 'AWS CDK' : 'CDKTF'} app synthesized no resources (does it call app.synth()?)`];
  const missing = expectedResources(run.snippet.code, run.kind).filter((t) => !synthesized.has(t))
    .map((t) => `${at}: synthesized no ${t} (got ${[...synthesized.keys()].sort().join(', ')})`);
  const warned = run.kind === 'awscdk' ? synthesizedWarnings(run.outdir) : '';
  const unwarned = promisedWarnings(run.snippet.code).filter((id) => !warned.includes(`[ack: ${id}]`))
    .map((id) => `${at}: a comment says it warns ${id}, but the synthesized app has no such warning`);
  return [...missing, ...unwarned];
}

/** The warning IDs a `// warns ... twilio-voice-network:<id>` comment in an AWS CDK app promises. */
export function promisedWarnings(code: string): string[] {
  return [...code.matchAll(/\/\/ warns\b.*?(twilio-voice-network:\w+)/g)].map((m) => m[1]);
}

/** The warnings of an AWS CDK app's stacks (their `*.metadata.json`), as one text. */
function synthesizedWarnings(outdir: string): string {
  return fs.readdirSync(outdir).filter((n) => n.endsWith('.metadata.json')).flatMap((f) => {
    const metadata = JSON.parse(fs.readFileSync(path.join(outdir, f), 'utf8')) as Record<string, Array<{ type: string; data: unknown }>>;
    return Object.values(metadata).flat().filter((e) => e.type === 'aws:cdk:warning').map((e) => String(e.data));
  }).join('\n');
}
