#!/usr/bin/env node
// Post-compile step: make lib/index.js load the `awscdk` and `cdktf` submodules only when first used, so an
// AWS CDK user needs no cdktf installed and a CDKTF user no aws-cdk-lib (see LIGHT-INSTALL in the docs).
//
// tsc compiles `export * as awscdk from './awscdk'` to `exports.awscdk = __importStar(require("./awscdk"));`,
// which loads the framework at once. Each such line becomes a memoizing getter. tsc's
// `exports.cdktf = exports.awscdk = void 0;` line stays: Node's ESM loader reads export names from it. The getter
// goes through a helper whose property name is a variable, because a literal-name defineProperty would drop the
// name from ESM named exports. The .jsii assembly is untouched.
'use strict';
const fs = require('fs');
const path = require('path');

const lib = path.join(__dirname, '..', 'lib');
const jsFile = path.join(lib, 'index.js');
const dtsFile = path.join(lib, 'index.d.ts');
const js = fs.readFileSync(jsFile, 'utf8');
const expected = (fs.readFileSync(dtsFile, 'utf8').match(/^export \* as \w+ from /gm) || []).length;

const EAGER = /^exports\.(\w+) = __importStar\(require\("(\.\/[^"]+)"\)\);$/gm;
const HELPER = 'function __lazySubmodule(target, name, load) {\n'
  + '    var cached;\n'
  + '    Object.defineProperty(target, name, { enumerable: true, configurable: true, get: function () { return cached === undefined ? (cached = load()) : cached; } });\n'
  + '}\n';

if (js.includes('__lazySubmodule(')) {
  console.log('lazy-index: lib/index.js already lazy');
  process.exit(0);
}
let count = 0;
const out = js.replace(EAGER, (_, name, spec) => {
  count++;
  return `__lazySubmodule(exports, ${JSON.stringify(name)}, function () { return __importStar(require(${JSON.stringify(spec)})); });`;
});
if (count !== expected || expected === 0) {
  console.error(`lazy-index: rewrote ${count} submodule lines but lib/index.d.ts has ${expected} 'export * as' lines; the compiled index changed shape.`);
  process.exit(1);
}
const marker = 'Object.defineProperty(exports, "__esModule", { value: true });\n';
if (!out.includes(marker)) {
  console.error('lazy-index: cannot find the __esModule marker in lib/index.js');
  process.exit(1);
}
fs.writeFileSync(jsFile, out.replace(marker, marker + HELPER));
console.log(`lazy-index: ${count} submodules of lib/index.js now load on first use`);
