#!/usr/bin/env bash
# Sets up a CDK Terrain (cdktn) app that installs this package from its packed tarball, as a cdktn user would.
# Usage: scripts/cdktn-consumer.sh DIR. Needs the compiled lib/ (run after the build).
set -euo pipefail
dir="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
rm -rf "$dir" && mkdir -p "$dir"
tarball="$(cd "$root" && npm pack --silent --pack-destination "$dir" | tail -1)"
cd "$dir"
echo '{ "name": "cdktn-consumer", "version": "0.0.0", "private": true }' > package.json
# cdktn 0.24 wants constructs >=10.6 <10.8; the package's cdktf peers are installed as a cdktn user must.
# cdktn-cli (the `cdktn` command) needs Node >= 22.19: the test runs it with the Node 22 of scripts/runtimes.sh.
npm install --no-audit --no-fund --prefer-offline \
  cdktn@0.24.0 cdktn-cli@0.24.0 constructs@~10.7.0 cdktf@0.21.0 @cdktf/provider-aws@21.22.1 "./$tarball"
