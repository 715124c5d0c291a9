import { awscdk, javascript } from 'projen';

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

// Quick start: `npm ci && npm run demo` must work on a fresh clone without a build, so it runs TypeScript directly.
project.addTask('demo', {
  description: 'Print the Twilio network plan for a default choice of edges',
  exec: 'ts-node --project test/tsconfig.json scripts/demo.ts',
});

// Lets code inside this repository (the examples) import the package by name, as users do.
project.package.addField('exports', {
  '.': { types: './lib/index.d.ts', default: './lib/index.js' },
  './.jsii': './.jsii',
  './package.json': './package.json',
});

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

// jsii 6 prints a Node 20 end-of-life banner on every run; the version is known to work here.
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');

project.synth();
