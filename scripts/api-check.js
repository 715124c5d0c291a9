#!/usr/bin/env node
// The public API against its committed baseline (api-baseline/): jsii-diff must find no breaking change, and any other
// change (a new type, member or optional prop) must come with an updated baseline, so that every API change is a
// reviewed diff. `node scripts/api-check.js --update` writes the baseline from the current build (.jsii).
//
// Run after `compile` (it reads .jsii); the `api:check` task runs it in CI, `api:baseline` updates it.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const baselineDir = path.join(root, 'api-baseline');
const current = path.join(root, '.jsii');

if (!fs.existsSync(current)) {
  console.error('api-check: no .jsii; run `npx projen compile` first.');
  process.exit(2);
}

if (process.argv.includes('--update')) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  fs.mkdirSync(baselineDir, { recursive: true });
  fs.copyFileSync(current, path.join(baselineDir, '.jsii'));
  // a package around the assembly, so that jsii-diff resolves its dependencies (constructs, aws-cdk-lib, cdktf)
  const wrapper = {
    name: pkg.name,
    version: pkg.version,
    description: 'The public API baseline that `npx projen api:check` compares the build with (docs/contributing.md).',
    private: true,
    types: pkg.types,
    jsii: pkg.jsii,
    dependencies: pkg.dependencies,
    peerDependencies: pkg.peerDependencies,
  };
  fs.writeFileSync(path.join(baselineDir, 'package.json'), JSON.stringify(wrapper, null, 2) + '\n');
  console.log(`api-check: baseline updated from .jsii (${Object.keys(JSON.parse(fs.readFileSync(current, 'utf8')).types).length} types).`);
  process.exit(0);
}

if (!fs.existsSync(path.join(baselineDir, '.jsii'))) {
  console.error('api-check: no baseline in api-baseline/; write one with `npx projen api:baseline`.');
  process.exit(2);
}

// 1. Breaking changes, as jsii-diff sees them (every unmarked API counts as stable).
const bin = path.join(root, 'node_modules', '.bin', 'jsii-diff');
const diff = spawnSync(bin, ['--default-stability', 'stable', '--error-on', 'non-experimental', baselineDir, root], { encoding: 'utf8' });
const report = `${diff.stdout}${diff.stderr}`.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('!!')).join('\n');
if (diff.status !== 0) {
  console.error(`api-check: jsii-diff finds breaking changes against api-baseline/:\n${report}`);
  console.error('A 1.x release may not break the API. If this is a new major version, update the baseline with `npx projen api:baseline`.');
  process.exit(1);
}

// 2. Any other change: the shapes of the public types, without docs and source locations.
const shapes = (file) => {
  const types = JSON.parse(fs.readFileSync(file, 'utf8')).types;
  const strip = (value) => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value)
      .filter(([k]) => !['docs', 'locationInModule', 'symbolId'].includes(k))
      .map(([k, v]) => [k, strip(v)]));
  };
  return Object.fromEntries(Object.entries(types).map(([fqn, t]) => [fqn, JSON.stringify(strip(t))]));
};
const before = shapes(path.join(baselineDir, '.jsii'));
const after = shapes(current);
const added = Object.keys(after).filter((k) => !(k in before));
const changed = Object.keys(after).filter((k) => k in before && before[k] !== after[k]);
if (added.length + changed.length > 0) {
  console.error('api-check: the public API changed compatibly but the baseline was not updated.');
  if (added.length > 0) console.error(`  new types: ${added.join(', ')}`);
  if (changed.length > 0) console.error(`  changed types (members added or made optional): ${changed.join(', ')}`);
  console.error('Review API.md, then run `npx projen api:baseline` and commit api-baseline/ with the change.');
  process.exit(1);
}
console.log(`api-check: the public API matches api-baseline/ (${Object.keys(after).length} types; jsii-diff: no breaking change).`);
