import { awscdk, javascript, JsonFile } from 'projen';
import { JobPermission } from 'projen/lib/github/workflows-model';
import { AWS_SOURCES, TWILIO_SOURCES } from './src/catalog/sources';

// Node versions CI tests. The build runs on the machine's Node, the oldest tested (engines.node says so); the unit
// suite and the packed-package consumer apps also run on Node 22 and 24, installed from the npm registry (package
// `node`). The GitHub workflows use the same versions.
const NODE_BUILD = '20.20.2';
const NODE_RUNTIMES = ['22.23.3', '24.21.0'];

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'twilio-voice-network',
  description: 'Security groups, network ACLs, Route 53 Resolver DNS Firewall rules and routes for Twilio Voice SDK clients in AWS VPCs, from Twilio\'s published network requirements, for AWS CDK, CDK Terrain (cdktn) and CDKTF.',
  author: 'twilio-voice-network contributors',
  authorAddress: 'maintainers@twilio-voice-network.dev',
  repositoryUrl: 'https://github.com/twilio-voice-network/twilio-voice-network.git',
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  minNodeVersion: NODE_BUILD,
  packageManager: javascript.NodePackageManager.NPM,
  // aws-cdk-lib floor (peer) and pinned devDependency; the version TOOLCHAIN.md knows to build here.
  cdkVersion: '2.276.0',
  // One constructs that all three frameworks accept: aws-cdk-lib 2.276 (^10.5.0), cdktf 0.21 (^10.4.2) and
  // cdktn 0.24 (>=10.6.0 <10.8.0).
  constructsVersion: '10.7.0',
  // jsii 6.0.x is known to build here; newer minors are untested.
  jsiiVersion: '~6.0.16',
  // Without a pin "*" drifts to TypeScript 7, which ts-jest and typescript-eslint can't use.
  typescriptVersion: '~6.0.3',
  // No source maps in lib/: projen's inline maps were 71% of the shipped JavaScript, in every language's package
  // (docs/performance.md). sourceMap stays unset: ts-jest and ts-node make their own maps unless it is false.
  tsconfig: { compilerOptions: { inlineSourceMap: false, inlineSources: false } },
  // Construct Hub discovers packages by these keywords; the rest is what a searcher types.
  keywords: ['cdk', 'awscdk', 'aws-cdk', 'cdktf', 'cdktn', 'twilio', 'voice', 'webrtc', 'security-group', 'network-acl', 'dns-firewall', 'firewall', 'egress'],
  // Other languages on Construct Hub. Local builds package JavaScript only (see the package task below).
  publishToPypi: { distName: 'twilio-voice-network', module: 'twilio_voice_network' },
  publishToMaven: { javaPackage: 'io.github.twiliovoicenetwork', mavenGroupId: 'io.github.twilio-voice-network', mavenArtifactId: 'twilio-voice-network' },
  publishToNuget: { dotNetNamespace: 'TwilioVoiceNetwork', packageId: 'TwilioVoiceNetwork' },
  publishToGo: { moduleName: 'github.com/twilio-voice-network/twilio-voice-network-go' },
  peerDeps: [
    // The cdktf submodule renders the same plan with Terraform CDK (archived 2025-12-10; last release 0.21.0).
    'cdktf@^0.21.0',
    '@cdktf/provider-aws@^21.22.1',
    // The cdktn submodule renders it with CDK Terrain, CDKTF's community continuation, and its AWS provider (6.x).
    'cdktn@^0.24.0',
    '@cdktn/provider-aws@^25.7.0',
  ],
  devDeps: [
    // Needed once typescriptVersion is pinned: projen otherwise asks for @types/node@ts6.0, which doesn't exist.
    '@types/node@^20',
    // Property-based tests of the plan.
    'fast-check@^3',
    // aws-cdk's own template diff engine, for the change-safety tests (which changes replace resources).
    '@aws-cdk/cloudformation-diff@^2',
    // AwsSolutions checks on the AWS CDK constructs' templates.
    'cdk-nag@^3',
    // The real aws-cdk CLI, to synthesize the example app in CI.
    'aws-cdk@^2',
    // The real cdktf CLI (last release), to synthesize the CDKTF example app in CI.
    'cdktf-cli@^0.21.0',
    // A real JSON Schema (draft 2020-12) validator for the feed's tests (ajv/dist/2020).
    'ajv@^8',
    // Drives the machine's Chromium (never a downloaded browser) to check the feed's index.html as rendered.
    'playwright-core@^1',
  ],
  // The command-line tool for firewall admins who use neither framework (Node's util.parseArgs, no dependencies).
  bin: { 'twilio-voice-network': 'lib/cli/main.js' },
  jestOptions: {
    jestVersion: '^30',
    // projen's default (--updateSnapshot) would silently rewrite snapshots; updating one is a reviewed change.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    // The per-file coverage table drowns the test output; lcov/cobertura files are still written.
    coverageText: false,
    jestConfig: {
      // `npm test` is the fast unit suite; tests that need a tool or a build run in the `integ` task.
      testPathIgnorePatterns: ['/node_modules/', '/test/integ/', '/test/lifecycle/'],
      // Coverage instrumentation costs a third of the unit suite's time; `integ` collects it.
      collectCoverage: false,
      // Every core: jest's default leaves one for the main process, which is half of a 2-core CI machine.
      maxWorkers: '100%',
    },
  },
  // Tests never modify the working tree: lint without --fix (`npx projen eslint --fix` fixes on purpose).
  eslintOptions: { dirs: ['src'], devdirs: ['test', 'build-tools', 'projenrc'], commandOptions: { fix: false } },
  // Release from main as 0.x, with projen's release workflow and changelog.
  majorVersion: 0,
  // CI is one pipeline of projen tasks, run by .ci/run and by the build workflow below.
  buildWorkflow: false,
  // Example apps synthesize here; never commit their output.
  gitignore: ['cdk.out/', 'cdktf.out/', '/examples/**/cdk.out/', '/examples/**/cdktf.out/', '.tmp/', '/.ci-reports/', '/.jsii.tabl.json'],
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
// The committed API baseline is a .jsii file, which projen's gitignore otherwise ignores everywhere.
project.gitignore.include('/api-baseline/.jsii');
project.npmignore?.exclude('/.tmp/', '/.ci/', '/.ci-reports/', '/scripts/', '/examples/', '/bench/', '/cdk.out/', '/cdktf.out/', '/docs/', '/rosetta/', '/.jsii.tabl.json', '/api-baseline/');

// How fresh the Twilio facts are, visible to anyone who looks at the package (TwilioCatalog.lastChecked() at run time).
project.package.addField('twilioCatalog', {
  checked: [...Object.values(TWILIO_SOURCES), ...Object.values(AWS_SOURCES)].map((x) => x.checked).sort().pop(),
  sources: Object.values(TWILIO_SOURCES).map((x) => x.url),
});

// Light install: each framework is an optional peer, so npm installs only the one a user has.
project.package.addField('peerDependenciesMeta', {
  'aws-cdk-lib': { optional: true },
  'cdktf': { optional: true },
  '@cdktf/provider-aws': { optional: true },
  'cdktn': { optional: true },
  '@cdktn/provider-aws': { optional: true },
});
// Entry points: the root (lazy submodules), and one per framework whose types never mention the other. The map
// also lets the examples in this repository import the package by name, as users do.
project.package.addField('exports', {
  '.': { types: './lib/index.d.ts', default: './lib/index.js' },
  './awscdk': { types: './lib/entry-awscdk.d.ts', default: './lib/entry-awscdk.js' },
  './cdktf': { types: './lib/entry-cdktf.d.ts', default: './lib/entry-cdktf.js' },
  './cdktn': { types: './lib/entry-cdktn.d.ts', default: './lib/entry-cdktn.js' },
  './.jsii': './.jsii',
  './package.json': './package.json',
});
// The same subpaths for TypeScript's older "node" module resolution, which ignores the exports map.
project.package.addField('typesVersions', {
  '*': { awscdk: ['lib/entry-awscdk.d.ts'], cdktf: ['lib/entry-cdktf.d.ts'], cdktn: ['lib/entry-cdktn.d.ts'] },
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
  // A CLI configuration of its own (the machine's TF_CLI_CONFIG_FILE may name a missing file, which terraform warns
  // about on every call), and the output without the spinner the CLI draws even into a log.
  exec: 'bash -o pipefail -c "TF_CLI_CONFIG_FILE=$PWD/terraform.rc cdktf synth 2>&1 | node ../../scripts/plain-log.js"',
});

// The demo's steps after compiling, so CI can run them on the lib/ it already built.
const demoRun = project.addTask('demo:run', { description: 'Synthesize both examples (needs lib/) and explain the rules' });
demoRun.spawn(project.tasks.tryFind('examples:awscdk')!);
demoRun.spawn(project.tasks.tryFind('examples:cdktf')!);
demoRun.exec('ts-node --project test/tsconfig.json scripts/demo.ts');
demo.spawn(project.compileTask);
demo.spawn(demoRun);

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

// The catalog tables in docs/catalog.md are generated from the catalog; a test fails when they are stale.
project.addTask('docs:catalog', {
  description: 'Regenerate the catalog tables in docs/catalog.md from the catalog',
  exec: 'ts-node --project test/tsconfig.json scripts/docs-catalog.ts',
});

// Package size from the packed tarball (files, packed, unpacked, installed, source map share) -> docs/performance.md.
// `--check` fails when the committed figures are off by more than a tolerance (see the script).
project.addTask('docs:figures', {
  description: 'Measure the packed package (needs lib/) and rewrite its figures in docs/performance.md (--check: fail if stale)',
  exec: 'ts-node --project test/tsconfig.json scripts/package-figures.ts',
  // --check and --print pass through to the script
  receiveArgs: true,
});
// CI's check: the tolerance (10% of a size, 5% of a file count) absorbs what differs between machines (npm, zlib);
// a pass or fail depends on the commit, not on the machine.
const figuresCheck = project.addTask('docs:figures:check', {
  description: 'Fail when the package figures in docs/performance.md are stale (needs lib/)',
  exec: 'ts-node --project test/tsconfig.json scripts/package-figures.ts --check',
});

// Benchmark (not part of the tests): synth cost against hand-written code, scale, rule economy -> bench/RESULTS.md.
project.addTask('bench', {
  description: 'Measure synth cost, scale and rule economy; writes bench/RESULTS.md',
  exec: 'ts-node --project test/tsconfig.json --transpile-only bench/run.ts',
});

// The feed for network admins without CDK (docs/feed.md): JSON, its schema, ipv4/ lists, CHANGELOG.md, Atom and
// index.html, built with the shipped CLI (lib/) exactly as the publish-feed workflow builds it: --out DIR (default
// .tmp/feed), --from URL (the published feed, fetched as --previous; 404 = first publication).
const feedBuild = project.addTask('feed:build', {
  description: 'Build the feed with the CLI (--out DIR, default .tmp/feed; --from URL: the published feed, fetched as --previous)',
  exec: 'bash scripts/publish-feed.sh',
  // --out and --from pass through to the script
  receiveArgs: true,
});

// jsii 6 prints a Node 20 end-of-life banner on every run; the version is known to work here.
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');

// --- Tests and CI -----------------------------------------------------------------------------------------------
// `npm test` (the README's command) is the unit suite alone, kept under a minute on 2 cores; lint and the
// type-check of the tests run in the `ci` task. One JUnit file per suite run, so CI counts each test case once.
project.testTask.reset('jest --passWithNoTests --ci', { receiveArgs: true });
project.testTask.env('JEST_JUNIT_OUTPUT_NAME', 'unit.xml');
// Type-check the tests (ts-jest transpiles them file by file without type-checking: test/tsconfig.json sets isolatedModules).
const typecheck = project.addTask('typecheck', {
  description: 'Type-check src, test, scripts and bench without emitting',
  exec: 'tsc --noEmit -p test/tsconfig.json',
});
// The demo, the docs generator and the benchmark run under ts-node after the build; type-check them here, with the
// tests, so a type error in them fails CI in seconds instead of at its last step.
new JsonFile(project, 'scripts/tsconfig.json', {
  // The examples import the package by name; before it is packed, that name means src/.
  obj: {
    extends: '../test/tsconfig.json',
    compilerOptions: { rootDir: '..', paths: { 'twilio-voice-network': ['../src'] } },
    include: ['*.ts', '../bench/*.ts'],
  },
});
typecheck.exec('tsc --noEmit -p scripts/tsconfig.json');

// Tests that need a tool (terraform, cfn-lint, moto, nft, iptables) or a build (lib/, .jsii, the packed tarball).
// Each tool check is its own test and reports itself as skipped, with the reason, where the tool is missing.
const integSetup = project.addTask('integ:setup', {
  description: 'Pack the package; install it into consumer apps (AWS CDK, CDKTF, CDK Terrain); fetch Node 22 and 24 (needs lib/)',
});
integSetup.exec('bash scripts/integ-tools.sh');
integSetup.exec('bash scripts/cdktn-consumer.sh .tmp/cdktn-consumer');
integSetup.exec(`bash scripts/runtimes.sh .tmp/runtimes ${NODE_RUNTIMES.join(' ')}`);
project.addTask('integ', {
  description: 'Integration tests: tool-backed checks, packaging, consumer apps on each Node version, docs type-check, lifecycle',
  env: {
    JEST_JUNIT_OUTPUT_NAME: 'integ.xml', HOSTILE_RUNS: '3000', CFN_SCHEMA_VALIDATION: 'on', CDKTN_CONSUMER_DIR: '.tmp/cdktn-consumer', RUNTIMES_DIR: '.tmp/runtimes',
  },
  // The path patterns come first: --testPathIgnorePatterns takes every argument after it.
  // test/hostile again, with HOSTILE_RUNS cases per property instead of the unit suite's hundred in all, and with the
  // cross-renderer configurations, both with CloudFormation schema validation on (too slow to start for `npm test`).
  exec: 'jest test/integ test/lifecycle test/hostile test/cross-renderer.test.ts --ci --passWithNoTests --coverage --testPathIgnorePatterns=/node_modules/',
});

// The unit suite again on each newer Node version, one JUnit file each (run from the registry's `node` package).
const runtimeTests = project.addTask('test:runtimes', { description: `The unit suite on Node ${NODE_RUNTIMES.join(' and ')}` });
for (const v of NODE_RUNTIMES) {
  runtimeTests.exec(`JEST_JUNIT_OUTPUT_NAME=unit-node${v.split('.')[0]}.xml npx -y -p node@${v} node node_modules/jest/bin/jest.js --passWithNoTests --ci`);
}

// `jsii-rosetta` compiles every @example in the API docs against rosetta/default.ts-fixture.
const rosetta = project.addTask('rosetta:extract', {
  description: 'Compile every @example of the API docs (strict)',
  exec: 'jsii-rosetta extract --strict',
});

// The public API against its committed baseline (api-baseline/): jsii-diff finds no breaking change, and any other
// change comes with an updated baseline (a reviewed diff). The registry-based `compat` task cannot serve before the
// package is published.
const apiCheck = project.addTask('api:check', {
  description: 'Compare the built API (.jsii) with api-baseline/ (jsii-diff, then any other change)',
  exec: 'node scripts/api-check.js',
});
project.addTask('api:baseline', {
  description: 'Write api-baseline/ from the built API (.jsii): a deliberate, reviewed change',
  exec: 'node scripts/api-check.js --update',
});

// The CI pipeline after `npm test`: build, package, integration tests, other languages, the demo. Run by
// .ci/run and by the build workflow, so what the README says CI does is true of both.
// API.md from this build's .jsii only: jsii-docgen globs every .jsii below its folder, and the API baseline's (same
// name and version) would otherwise win (scripts/docgen.js).
project.tasks.tryFind('docgen')!.reset('node scripts/docgen.js');

const ci = project.addTask('ci', { description: 'Everything CI runs after npm test (lint, build, package, integ, demo)' });
ci.spawn(project.tasks.tryFind('eslint')!);
ci.spawn(typecheck);
for (const name of ['default', 'pre-compile', 'compile', 'post-compile']) ci.spawn(project.tasks.tryFind(name)!);
ci.spawn(rosetta);
ci.spawn(apiCheck);
ci.spawn(project.tasks.tryFind('package')!);
ci.spawn(figuresCheck);
// the Python bindings before the integration tests, which smoke-test their cdktn submodule (test/integ/python.test.ts)
ci.spawn(project.tasks.tryFind('package:python-code')!);
ci.spawn(integSetup);
ci.spawn(project.tasks.tryFind('integ')!);
ci.spawn(runtimeTests);
// the feed, built into .tmp/feed as the publish-feed workflow builds it
ci.spawn(feedBuild);
ci.spawn(demoRun);

const build = project.github!.addWorkflow('build');
build.on({ pullRequest: {}, workflowDispatch: {}, push: { branches: ['main'] } });
build.addJobs({
  build: {
    runsOn: ['ubuntu-latest'],
    permissions: { contents: JobPermission.READ },
    env: { CI: 'true' },
    steps: [
      { uses: 'actions/checkout@v5' },
      { uses: 'actions/setup-node@v5', with: { 'node-version': NODE_BUILD } },
      { name: 'Tools the integration tests use', run: 'sudo apt-get install -y -qq nftables iptables && pip install -q cfn-lint "moto[server]"' },
      {
        // for test/integ/python.test.ts, which imports the cdktn submodule for real only where these are installed
        // (it says skipped otherwise); optional, so that a PyPI outage does not fail the build
        name: 'The Python packages the cdktn import test needs (jsii runtime, cdktn)',
        run: 'pip install -q jsii "cdktn>=0.24.0,<0.25.0" "cdktn-provider-aws>=25.7.0,<26.0.0" "constructs>=10.7.0,<11.0.0"',
        continueOnError: true,
      },
      { run: 'npm ci' },
      { name: 'The README\'s test command', run: 'npm test' },
      { run: 'npx projen ci' },
      { name: 'No tracked file may change (API.md, snapshots, projen files)', run: 'git diff --exit-code --stat' },
    ],
  },
});

// Weekly drift check: compares the catalog with Twilio's pages (their Markdown twins) and opens an issue on drift.
const upstream = project.github!.addWorkflow('check-upstream');
upstream.on({ schedule: [{ cron: '17 6 * * 1' }], workflowDispatch: {} });
upstream.addJobs({
  check: {
    runsOn: ['ubuntu-latest'],
    permissions: { contents: JobPermission.READ, issues: JobPermission.WRITE },
    steps: [
      { uses: 'actions/checkout@v5' },
      { uses: 'actions/setup-node@v5', with: { 'node-version': NODE_BUILD } },
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

// The feed on GitHub Pages (docs/feed.md), rebuilt after each release, weekly (catalog edits land between releases)
// and on demand. The feed published last is the --previous, so the change history carries forward; a 404 means none
// yet. The release workflow publishes its GitHub release with GITHUB_TOKEN, and events made with that token start no
// other workflow, so `release: published` alone would never fire for projen's releases: a successful run of the
// release workflow is the trigger (`release` stays for releases published by hand).
const FEED_URL = 'https://twilio-voice-network.github.io/twilio-voice-network/feed';
const publishFeed = project.github!.addWorkflow('publish-feed');
publishFeed.on({
  workflowRun: { workflows: ['release'], types: ['completed'] },
  release: { types: ['published'] },
  schedule: [{ cron: '43 6 * * 1' }],
  workflowDispatch: {},
});
publishFeed.addJobs({
  publish: {
    runsOn: ['ubuntu-latest'],
    // after a release run only when it succeeded
    if: "github.event_name != 'workflow_run' || github.event.workflow_run.conclusion == 'success'",
    // deploy-pages needs pages: write and an OIDC token; nothing else is written
    permissions: { contents: JobPermission.READ, pages: JobPermission.WRITE, idToken: JobPermission.WRITE },
    // the environment GitHub Pages deployments go to, and the URL shown on the run
    environment: { name: 'github-pages', url: '${{ steps.deploy.outputs.page_url }}' },
    // one publication at a time: two runs must not both diff against the same previous feed
    concurrency: { 'group': 'publish-feed', 'cancel-in-progress': false },
    steps: [
      { uses: 'actions/checkout@v5' },
      { uses: 'actions/setup-node@v5', with: { 'node-version': NODE_BUILD } },
      { run: 'npm ci' },
      { name: 'Compile (the feed is built with the shipped CLI)', run: 'npx projen compile' },
      // fetches the published twilio-network.json as --previous (404: a first feed; any other failure stops the run)
      { name: 'Build the feed', run: `npx projen feed:build --out .tmp/pages/feed --from ${FEED_URL}` },
      { uses: 'actions/upload-pages-artifact@v3', with: { path: '.tmp/pages' } },
      { id: 'deploy', uses: 'actions/deploy-pages@v4' },
    ],
  },
});

project.synth();
