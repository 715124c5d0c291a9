#!/usr/bin/env bash
# Sets up a CDK Terrain (cdktn) app that installs this package from its packed tarball, as a cdktn user would: cdktn,
# @cdktn/provider-aws, the cdktn CLI and TypeScript, and no other framework (no aws-cdk-lib, no cdktf). The app is
# examples/cdktn. Usage: scripts/cdktn-consumer.sh DIR. Needs the compiled lib/ (run after the build).
set -euo pipefail
dir="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
rm -rf "$dir" && mkdir -p "$dir"
tarball="$(cd "$root" && npm pack --silent --pack-destination "$dir" | tail -1)"
cd "$dir"
echo '{ "name": "cdktn-consumer", "version": "0.0.0", "private": true }' > package.json
cp "$root/examples/cdktn/main.ts" "$root/examples/cdktn/cdktf.json" "$root/examples/cdktn/tsconfig.json" .
# cdktn 0.24 wants constructs >=10.6 <10.8. cdktn-cli (the `cdktn` command) needs Node >= 22.19: the test runs it
# with the Node 22 of scripts/runtimes.sh. Versions as the package's peers and the toolchain pin them.
npm install --no-audit --no-fund --prefer-offline \
  cdktn@0.24.0 cdktn-cli@0.24.0 @cdktn/provider-aws@25.7.0 constructs@~10.7.0 \
  typescript@~6.0.3 ts-node@^10.9.2 @types/node@^22 "./$tarball"
