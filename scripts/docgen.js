#!/usr/bin/env node
// API.md from this build's .jsii, and from nothing else. jsii-docgen finds the assemblies it documents by globbing every
// `.jsii` under the folder it runs in, keyed by name and version: the API baseline (api-baseline/.jsii) and packed
// copies of this package under .tmp/ have the same name and version as the build, and whichever it finds last wins, so
// API.md could silently show the baseline's docs. Here it runs in a folder holding only package.json, this build's
// .jsii and a link to node_modules (the dependencies' assemblies).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
if (!fs.existsSync(path.join(root, '.jsii'))) {
  console.error('docgen: no .jsii; run `npx projen compile` first.');
  process.exit(2);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-docgen-'));
try {
  for (const file of ['package.json', '.jsii']) fs.copyFileSync(path.join(root, file), path.join(work, file));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  const bin = path.join(root, 'node_modules', '.bin', 'jsii-docgen');
  const r = spawnSync(bin, ['-o', path.join(root, 'API.md')], { cwd: work, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
