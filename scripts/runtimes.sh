#!/usr/bin/env bash
# Sets up the runtime checks: the Node versions CI tests besides the machine's (installed from the npm registry,
# package `node`), and two consumer apps (AWS CDK, CDKTF) that install this package from its packed tarball, as a
# user would. Writes DIR/runtimes.json. Usage: scripts/runtimes.sh DIR NODE_VERSION... Needs the compiled lib/.
set -euo pipefail
dir="$1"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
rm -rf "$dir" && mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

# The machine's Node first (it runs the build), then each extra version.
{
  printf '[\n  {"version": "%s", "node": "%s"}' "$(node -p process.version)" "$(node -p process.execPath)"
  for v in "$@"; do
    printf ',\n  {"version": "v%s", "node": "%s"}' "$v" "$(npx -y -p "node@$v" node -p process.execPath)"
  done
  printf '\n]\n'
} > "$dir/runtimes.json"

tarball="$(cd "$root" && npm pack --silent --pack-destination "$dir" | tail -1)"
version() { node -p "require('$root/node_modules/$1/package.json').version"; }
consumer() {
  local name="$1"
  shift
  mkdir -p "$dir/$name"
  echo "{ \"name\": \"$name-consumer\", \"version\": \"0.0.0\", \"private\": true }" > "$dir/$name/package.json"
  (cd "$dir/$name" && npm install --no-audit --no-fund --prefer-offline --loglevel=error "$@" "../$tarball")
}
# The framework versions this package builds with, so the install comes from the npm cache.
consumer awscdk "aws-cdk-lib@$(version aws-cdk-lib)" "constructs@$(version constructs)"
consumer cdktf "cdktf@$(version cdktf)" "@cdktf/provider-aws@$(version @cdktf/provider-aws)" "constructs@$(version constructs)"
echo "runtimes: $(node -e "console.log(require('$dir/runtimes.json').map((r) => r.version).join(', '))"); consumers in $dir"
