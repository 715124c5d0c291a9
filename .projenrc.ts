import { awscdk, javascript } from 'projen';
import { JobPermission } from 'projen/lib/github/workflows-model';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'twilio-voice-network',
  description: 'Security groups, network ACLs, Route 53 Resolver DNS Firewall rules and routes for Twilio Voice SDK clients in AWS VPCs, from Twilio\'s published network requirements, for AWS CDK and CDKTF.',
  author: 'twilio-voice-network contributors',
  authorAddress: 'maintainers@twilio-voice-network.dev',
  repositoryUrl: 'https://github.com/twilio-voice-network/twilio-voice-network.git',
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,
  // aws-cdk-lib floor (peer) and pinned devDependency; the version TOOLCHAIN.md knows to build here.
  cdkVersion: '2.276.0',
  // cdktf 0.21 and aws-cdk-lib 2.276 both accept constructs 10.5.x.
  constructsVersion: '10.5.1',
  // jsii 6.0.x is known to build here; newer minors are untested.
  jsiiVersion: '~6.0.16',
  // Without a pin "*" drifts to TypeScript 7, which ts-jest and typescript-eslint can't use.
  typescriptVersion: '~6.0.3',
  // Construct Hub discovers packages by these keywords; the rest is what a searcher types.
  keywords: ['cdk', 'awscdk', 'aws-cdk', 'cdktf', 'twilio', 'voice', 'webrtc', 'security-group', 'network-acl', 'dns-firewall', 'firewall', 'egress'],
  // Other languages on Construct Hub. Local builds package JavaScript only (see the package task below).
  publishToPypi: { distName: 'twilio-voice-network', module: 'twilio_voice_network' },
  publishToMaven: { javaPackage: 'io.github.twiliovoicenetwork', mavenGroupId: 'io.github.twilio-voice-network', mavenArtifactId: 'twilio-voice-network' },
  publishToNuget: { dotNetNamespace: 'TwilioVoiceNetwork', packageId: 'TwilioVoiceNetwork' },
  publishToGo: { moduleName: 'github.com/twilio-voice-network/twilio-voice-network-go' },
  peerDeps: [
    // The cdktf submodule renders the same plan with Terraform CDK (archived 2025-12-10; last release 0.21.0).
    'cdktf@^0.21.0',
    '@cdktf/provider-aws@^21.22.1',
  ],
  devDeps: [
    // Needed once typescriptVersion is pinned: projen otherwise asks for @types/node@ts6.0, which doesn't exist.
    '@types/node@^20',
    // Property-based tests of the plan.
    'fast-check@^3',
    // AwsSolutions checks on the AWS CDK constructs' templates.
    'cdk-nag@^3',
    // The real aws-cdk CLI, to synthesize the example app in CI.
    'aws-cdk@^2',
    // The real cdktf CLI (last release), to synthesize the CDKTF example app in CI.
    'cdktf-cli@^0.21.0',
  ],
  // The command-line tool for firewall admins who use neither framework (Node's util.parseArgs, no dependencies).
  bin: { 'twilio-voice-network': 'lib/cli/main.js' },
  jestOptions: {
    jestVersion: '^30',
    // projen's default (--updateSnapshot) would silently rewrite snapshots; updating one is a reviewed change.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    // The per-file coverage table drowns the test output; lcov/cobertura files are still written.
    coverageText: false,
  },
  // Example apps synthesize here; never commit their output.
  gitignore: ['cdk.out/', 'cdktf.out/', '/examples/**/cdk.out/', '/examples/**/cdktf.out/', '.tmp/', '/.ci-reports/'],
});

// Error messages and test expectations are long strings by design; keep the length limit for code only.
project.eslint?.addRules({
  '@stylistic/max-len': ['error', { code: 150, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true, ignoreComments: true }],
});

// Quick start: `npm ci && npm run demo` on a fresh clone compiles, synthesizes both example apps through the real
// CLIs into cdk.out/ and cdktf.out/, and prints what was allowed and why, per edge.
const demo = project.addTask('demo', {
  description: 'Synthesize the AWS CDK and CDKTF examples with their CLIs and explain the rules per edge',
});

// Only lib/, .jsii, API.md, README and LICENSE belong in the package: not CI, scripts, examples or their output.
project.npmignore?.exclude('/.tmp/', '/.ci/', '/.ci-reports/', '/scripts/', '/examples/', '/bench/', '/cdk.out/', '/cdktf.out/');

// Light install: each framework is an optional peer, so npm installs only the one a user has.
project.package.addField('peerDependenciesMeta', {
  'aws-cdk-lib': { optional: true },
  'cdktf': { optional: true },
  '@cdktf/provider-aws': { optional: true },
});
// Entry points: the root (lazy submodules), and one per framework whose types never mention the other. The map
// also lets the examples in this repository import the package by name, as users do.
project.package.addField('exports', {
  '.': { types: './lib/index.d.ts', default: './lib/index.js' },
  './awscdk': { types: './lib/entry-awscdk.d.ts', default: './lib/entry-awscdk.js' },
  './cdktf': { types: './lib/entry-cdktf.d.ts', default: './lib/entry-cdktf.js' },
  './.jsii': './.jsii',
  './package.json': './package.json',
});
// The same subpaths for TypeScript's older "node" module resolution, which ignores the exports map.
project.package.addField('typesVersions', {
  '*': { awscdk: ['lib/entry-awscdk.d.ts'], cdktf: ['lib/entry-cdktf.d.ts'] },
});
// Right after jsii: turn the eager submodule requires in lib/index.js into lazy getters (fails if the shape changes).
project.compileTask.exec('node scripts/lazy-index.js');

// The AWS CDK example, synthesized by the real aws-cdk CLI (needs the compiled lib/).
project.addTask('examples:awscdk', {
  description: 'Synthesize examples/awscdk with the aws-cdk CLI into cdk.out/',
  cwd: 'examples/awscdk',
  env: { CDK_DISABLE_CLI_TELEMETRY: 'true' },
  exec: 'cdk synth --no-notices --quiet',
});

// The CDKTF example, synthesized by the real cdktf CLI (needs the compiled lib/; no terraform binary needed).
project.addTask('examples:cdktf', {
  description: 'Synthesize examples/cdktf with the cdktf CLI into cdktf.out/',
  cwd: 'examples/cdktf',
  env: { CHECKPOINT_DISABLE: '1', CDKTF_DISABLE_PLUGIN_CACHE_ENV: 'true' },
  exec: 'cdktf synth',
});

demo.spawn(project.compileTask);
demo.spawn(project.tasks.tryFind('examples:awscdk')!);
demo.spawn(project.tasks.tryFind('examples:cdktf')!);
demo.exec('ts-node --project test/tsconfig.json scripts/demo.ts');

// With other targets named, projen's local `package` would build every language and fail on a machine without
// Python, Java, .NET and Go toolchains. Locally and in CI here: package JavaScript; release jobs call their own
// package:<language> tasks. CI checks the Python code generation separately (jsii-pacmak --code-only).
const packageTask = project.tasks.tryFind('package')!;
packageTask.reset();
packageTask.spawn(project.tasks.tryFind('package:js')!);
project.addTask('package:python-code', {
  description: 'Generate (not build) the Python bindings, to check they generate',
  exec: 'jsii-pacmak --target python --code-only -o .tmp/python-code && python3 -m compileall -q .tmp/python-code/python/src',
});

// The README's catalog table is generated from the catalog; a test fails when it is stale.
project.addTask('docs:catalog', {
  description: 'Regenerate the catalog table in README.md from the catalog',
  exec: 'ts-node --project test/tsconfig.json scripts/docs-catalog.ts',
});

// Benchmark (not part of the tests): synth cost against hand-written code, scale, rule economy -> bench/RESULTS.md.
project.addTask('bench', {
  description: 'Measure synth cost, scale and rule economy; writes bench/RESULTS.md',
  exec: 'ts-node --project test/tsconfig.json --transpile-only bench/run.ts',
});

// jsii 6 prints a Node 20 end-of-life banner on every run; the version is known to work here.
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');

// Weekly drift check: compares the catalog with Twilio's pages (their Markdown twins) and opens an issue on drift.
const upstream = project.github!.addWorkflow('check-upstream');
upstream.on({ schedule: [{ cron: '17 6 * * 1' }], workflowDispatch: {} });
upstream.addJobs({
  check: {
    runsOn: ['ubuntu-latest'],
    permissions: { contents: JobPermission.READ, issues: JobPermission.WRITE },
    steps: [
      { uses: 'actions/checkout@v5' },
      { uses: 'actions/setup-node@v5', with: { 'node-version': 'lts/*' } },
      { run: 'npm ci' },
      { run: 'npx projen compile' },
      {
        id: 'check',
        name: 'Compare the catalog with Twilio\'s pages',
        // exit 1 = drift (open an issue below); 2 = a page could not be read or understood (fail the run)
        run: 'set +e; node lib/cli/main.js check-upstream > drift.txt; code=$?; cat drift.txt; echo "code=$code" >> "$GITHUB_OUTPUT"; [ "$code" -ne 2 ]',
      },
      {
        name: 'Open an issue on drift',
        if: "steps.check.outputs.code == '1'",
        env: { GH_TOKEN: '${{ github.token }}' },
        run: 'gh issue create --title "Twilio\'s pages differ from the catalog ($(date -u +%F))" --body-file drift.txt',
      },
    ],
  },
});

project.synth();
