// Every TypeScript snippet in the README and docs/ compiles (strict, as test/tsconfig.json), and every one not marked
// `<!-- snippet: fragment -->` runs: AWS CDK and CDKTF apps synthesize into a temporary directory and must hold the
// resources their constructs create. An integration test: snippets import the package by name, which resolves to the
// compiled lib/ (npx projen compile). The example apps are compiled with the snippets (no tsconfig covers them).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  compileSnippets, DocSnippet, expectedResources, extractSnippets, FRAGMENT_MARKER, promisedWarnings, runProblems, runSnippets,
  snippetKind, SnippetRun, testCompilerOptions, where,
} from '../support/doc-snippets';

const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
/** README.md and every docs/*.md, by path relative to the repository root. */
const pages = ['README.md', ...fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
/** Every TypeScript file of the example apps. */
function exampleFiles(dir = path.join(root, 'examples')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? exampleFiles(path.join(dir, e.name))
    : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path.join(dir, e.name)] : []);
}

const skipReason = fs.existsSync(path.join(root, 'lib', 'index.js')) ? undefined : 'lib/ is not compiled (npx projen compile)';
if (skipReason) console.log(`SKIPPED doc snippets compile and run: ${skipReason}.`);
const withLib = skipReason ? test.skip : test;

/** A scratch directory inside the repository (so that the package and its dependencies resolve), removed afterwards. */
let tmp: string;
beforeAll(() => {
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  tmp = fs.mkdtempSync(path.join(root, '.tmp', 'doc-snippets-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const extracted = pages.map((page) => extractSnippets(page, read(page)));
const snippets: DocSnippet[] = extracted.flatMap((e) => e.snippets);

describe('extractSnippets', () => {
  test('finds TypeScript fences with the line of their first line of code, and the fragment marker right before a fence', () => {
    const page = ['# Page', '', '```ts', 'const a = 1;', '```', '', FRAGMENT_MARKER, '```ts nofixture', 'declare const b: number;', '```',
      '```sh', 'npm test', '```', '~~~typescript', 'const c = 3;', '~~~'].join('\n');
    expect(extractSnippets('page.md', page)).toEqual({
      snippets: [
        { page: 'page.md', line: 4, code: 'const a = 1;', fragment: false },
        { page: 'page.md', line: 9, code: 'declare const b: number;', fragment: true },
        { page: 'page.md', line: 15, code: 'const c = 3;', fragment: false },
      ],
      problems: [],
    });
  });

  test('reports a misspelt marker, a marker before anything but a TypeScript fence, and an unclosed fence', () => {
    const page = ['<!-- snippet: fragmnet -->', '```ts', 'const a = 1;', '```', FRAGMENT_MARKER, '```sh', 'ls', '```', FRAGMENT_MARKER, '',
      '```ts', 'const b = 2;'].join('\n');
    expect(extractSnippets('page.md', page).problems).toEqual([
      'page.md:1: unknown snippet marker <!-- snippet: fragmnet -->; the only one is <!-- snippet: fragment -->',
      'page.md:5: <!-- snippet: fragment --> must be right before a TypeScript fence, got: ```sh',
      'page.md:9: <!-- snippet: fragment --> must be right before a TypeScript fence, got: ',
      'page.md:11: the fence opened here is never closed',
    ]);
  });

  test('tells AWS CDK apps, CDKTF apps and plain programs apart, and what each app must synthesize and warn', () => {
    const cdk = "import { App } from 'aws-cdk-lib';\nconst app = new App();\nnew awscdk.TwilioPrefixLists(app, 'L', {});\nx.addNetworkAclEntries(acl);";
    const tf = "import { App } from 'cdktf';\nnew cdktf.TwilioVoiceEgress(stack, 'v', { vpcId, dnsFirewall: {} });";
    const kinds = [cdk, tf, "import { App } from 'cdktn';", "import { TwilioEdge } from 'twilio-voice-network';"].map(snippetKind);
    expect(kinds).toEqual(['awscdk', 'cdktf', 'cdktf', 'program']);
    expect(expectedResources(cdk, 'awscdk')).toEqual(['AWS::EC2::NetworkAclEntry', 'AWS::EC2::PrefixList']);
    expect(expectedResources(tf, 'cdktf')).toEqual(['aws_route53_resolver_firewall_rule_group', 'aws_security_group']);
    expect(promisedWarnings('app.synth(); // warns on Old: the old range [ack: twilio-voice-network:legacyTwilioRange]\n// twilio-voice-network:other'))
      .toEqual(['twilio-voice-network:legacyTwilioRange']);
  });
});

describe('doc snippets', () => {
  test('the README and docs/ have TypeScript snippets, and every fragment marker is right before one', () => {
    expect(extracted.flatMap((e) => e.problems)).toEqual([]);
    expect(snippets.filter((s) => s.page === 'README.md' && !s.fragment).length).toBeGreaterThanOrEqual(2);
    expect(snippets.length).toBeGreaterThanOrEqual(15);
  });

  withLib('a broken snippet is reported by page and line, and so is a CDKTF app without a provider', async () => {
    const broken: DocSnippet = { page: 'broken.md', line: 7, code: "import { TwilioEdge } from 'twilio-voice-network';\n\nconst n: number = TwilioEdge.DUBLIN.name;\nconsole.log(n);", fragment: false };
    expect(compileSnippets([broken], path.join(tmp, 'broken'), [], root, testCompilerOptions(root)))
      .toEqual(['broken.md:9: Type \'string\' is not assignable to type \'number\'.']);

    const noProvider: DocSnippet = {
      page: 'no-provider.md',
      line: 3,
      code: "import { App, TerraformStack } from 'cdktf';\nimport { cdktf, TwilioEdge } from 'twilio-voice-network';\n\n"
        + "const app = new App();\nconst stack = new TerraformStack(app, 'sbc');\n"
        + "new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.DUBLIN] });\napp.synth();",
      fragment: false,
    };
    const [run] = await runSnippets([noProvider], path.join(tmp, 'broken'), 60_000, 1);
    expect(runProblems(run)).toEqual([expect.stringMatching(/^no-provider\.md:3: exited with 1: [\s\S]*Found resources without a matching provider construct/)]);
  }, 120_000);

  withLib('every snippet, and every example app, compiles', () => {
    const started = Date.now();
    const problems = compileSnippets(snippets, path.join(tmp, 'compile'), exampleFiles(), root, testCompilerOptions(root));
    console.log(`compiled ${snippets.length} doc snippets and ${exampleFiles().length} example files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(problems).toEqual([]);
  }, 180_000);

  withLib('every snippet not marked as a fragment runs, and every app synthesizes the resources its constructs create', async () => {
    const complete = snippets.filter((s) => !s.fragment);
    const started = Date.now();
    const runs: SnippetRun[] = await runSnippets(complete, path.join(tmp, 'run'), 90_000, Math.min(2, os.cpus().length));
    const count = (kind: string) => runs.filter((r) => r.kind === kind).length;
    console.log([
      `doc snippets: ${snippets.length} in all, ${snippets.length - complete.length} fragments (compiled only), `
        + `${count('awscdk')} AWS CDK and ${count('cdktf')} CDKTF apps synthesized, ${count('program')} plain programs run, `
        + `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      ...snippets.filter((s) => s.fragment).map((s) => `  fragment ${where(s)}`),
      ...runs.map((r) => `  ${r.kind.padEnd(7)} ${where(r.snippet)} ${(r.ms / 1000).toFixed(1)} s`),
    ].join('\n'));
    expect(runs.flatMap(runProblems)).toEqual([]);
  }, 600_000);
});
