#!/usr/bin/env bash
# Measures the light install: packs this package, installs it with plain `npm install` into a fresh
# `cdk init` app and a fresh `cdktf init` app, and reports bytes added to node_modules, whether the other
# framework was installed or loaded (require.cache), and whether the app type-checks with tsc under the
# tsconfig its init generated (and with skipLibCheck off, root import vs subpath import).
# Usage: scripts/measure-light-install.sh [WORKDIR]   (needs the compiled lib/; takes a few minutes)
# WORKDIR must be outside this repository, or module resolution would find the repository's own node_modules.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mkdir -p "${1:-${TMPDIR:-/tmp}/twilio-voice-network-light-install}" && cd "${1:-${TMPDIR:-/tmp}/twilio-voice-network-light-install}" && pwd)"
case "$work/" in "$root/"*) echo "WORKDIR must be outside $root" >&2; exit 2;; esac
rm -rf "$work"/* && cd "$work"
tarball="$work/$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -1)"
packed=$(tar -tzf "$tarball" | wc -l); packed_bytes=$(wc -c < "$tarball")
export CDK_DISABLE_CLI_TELEMETRY=true CHECKPOINT_DISABLE=1
bytes() { du -sb node_modules | cut -f1; }
has() { [ -d "node_modules/$1" ] && echo yes || echo no; }
tsc_ok() { if npx tsc --noEmit -p "$1" >"tsc-$1.log" 2>&1; then echo pass; else echo "fail ($(grep -c 'error TS' "tsc-$1.log") errors: $(grep -o 'error TS[0-9]*' "tsc-$1.log" | sort -u | tr '\n' ' '))"; fi; }

# --- AWS CDK app ---------------------------------------------------------------------------------------------
mkdir cdk-app && cd cdk-app
"$root/node_modules/.bin/cdk" init app --language typescript --generate-only >/dev/null
npm install --no-audit --no-fund --prefer-offline >/dev/null 2>&1
cdk_before=$(bytes)
npm install --no-audit --no-fund --prefer-offline "$tarball" >/dev/null 2>&1
cdk_after=$(bytes)
cat > lib/voice.ts <<'TS'
import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { awscdk, TwilioEdge } from 'twilio-voice-network';
export function addVoice(stack: Stack, vpc: ec2.IVpc) {
  return new awscdk.TwilioVoiceEgress(stack, 'Voice', { vpc, edges: [TwilioEdge.nearestTo('eu-central-1')] });
}
TS
cdk_tsc=$(tsc_ok tsconfig.json)
node -e 'const c=require("./tsconfig.json"); c.compilerOptions.skipLibCheck=false; require("fs").writeFileSync("tsconfig.strict.json", JSON.stringify(c))'
cdk_tsc_strict_root=$(tsc_ok tsconfig.strict.json)
sed -i "s#from 'twilio-voice-network'#from 'twilio-voice-network/awscdk'#" lib/voice.ts
cdk_tsc_strict_sub=$(tsc_ok tsconfig.strict.json)
cdk_loaded=$(node -e '
const { App, Stack } = require("aws-cdk-lib"); const ec2 = require("aws-cdk-lib/aws-ec2");
const { awscdk, TwilioEdge } = require("twilio-voice-network");
const stack = new Stack(new App(), "S", { env: { region: "eu-central-1" } });
new awscdk.TwilioVoiceEgress(stack, "V", { vpc: new ec2.Vpc(stack, "Vpc"), edges: [TwilioEdge.FRANKFURT] });
console.log(Object.keys(require.cache).some((k) => /node_modules[\/]cdktf[\/]/.test(k)) ? "yes" : "no");')
cdk_ls=$(npm ls >/dev/null 2>&1 && echo clean || echo problems)
cdk_other=$(has cdktf)/$(has @cdktf/provider-aws)
cd "$work"

# --- CDKTF app -----------------------------------------------------------------------------------------------
mkdir cdktf-app && cd cdktf-app
"$root/node_modules/.bin/cdktf" init --template typescript --local --project-name cdktf-app --project-description probe \
  --enable-crash-reporting=false --providers-force-local >/dev/null 2>&1 || \
"$root/node_modules/.bin/cdktf" init --template typescript --local --project-name cdktf-app --project-description probe --enable-crash-reporting=false >/dev/null 2>&1
# cdktf init now pulls TypeScript 7, which ts-node and ts-jest cannot use; pin 6 as the README advises.
npm install --no-audit --no-fund --prefer-offline -D typescript@~6.0.3 >/dev/null 2>&1
npm install --no-audit --no-fund --prefer-offline @cdktf/provider-aws@^21.22.1 >/dev/null 2>&1
cdktf_before=$(bytes)
npm install --no-audit --no-fund --prefer-offline "$tarball" >/dev/null 2>&1
cdktf_after=$(bytes)
cat > voice.ts <<'TS'
import { TerraformStack } from 'cdktf';
import { cdktf, TwilioEdge } from 'twilio-voice-network';
export function addVoice(stack: TerraformStack) {
  return new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.DUBLIN] });
}
TS
# Only the app's own code: the template's __tests__ lack jest types once TypeScript is pinned (not this package's doing).
node -e 'const c=require("./tsconfig.json"); c.include=["main.ts","voice.ts"]; require("fs").writeFileSync("tsconfig.app.json", JSON.stringify(c))'
cdktf_tsc=$(tsc_ok tsconfig.app.json)
node -e 'const c=require("./tsconfig.app.json"); c.compilerOptions.skipLibCheck=false; require("fs").writeFileSync("tsconfig.strict.json", JSON.stringify(c))'
cdktf_tsc_strict_root=$(tsc_ok tsconfig.strict.json)
sed -i "s#from 'twilio-voice-network'#from 'twilio-voice-network/cdktf'#" voice.ts
cdktf_tsc_strict_sub=$(tsc_ok tsconfig.strict.json)
cdktf_loaded=$(node -e '
const { App, TerraformStack } = require("cdktf");
const { cdktf, TwilioEdge } = require("twilio-voice-network");
new cdktf.TwilioVoiceEgress(new TerraformStack(new App(), "s"), "v", { vpcId: "vpc-0123456789abcdef0", edges: [TwilioEdge.DUBLIN] });
console.log(Object.keys(require.cache).some((k) => /node_modules[\/]aws-cdk-lib[\/]/.test(k)) ? "yes" : "no");')
cdktf_ls=$(npm ls >/dev/null 2>&1 && echo clean || echo problems)
cdktf_other=$(has aws-cdk-lib)
cd "$work"

# --- CDK Terrain (cdktn) app -----------------------------------------------------------------------------------
# As `cdktn init --template typescript` sets one up (the cdktn CLI needs Node >= 22.19, so the app is assembled
# directly): cdktn, constructs, the AWS provider and TypeScript, with the tsconfig the cdktf template generated above.
mkdir cdktn-app && cd cdktn-app
echo '{ "name": "cdktn-app", "version": "0.0.0", "private": true }' > package.json
npm install --no-audit --no-fund --prefer-offline cdktn@0.24.0 constructs@~10.7.0 @cdktn/provider-aws@25.7.0 \
  typescript@~6.0.3 @types/node@^22 >/dev/null 2>&1
cp ../cdktf-app/tsconfig.json tsconfig.init.json
node -e 'const c=require("./tsconfig.init.json"); c.include=["voice.ts"]; require("fs").writeFileSync("tsconfig.app.json", JSON.stringify(c))'
cdktn_before=$(bytes)
npm install --no-audit --no-fund --prefer-offline "$tarball" >/dev/null 2>&1
cdktn_after=$(bytes)
cat > voice.ts <<'TS'
import { TerraformStack } from 'cdktn';
import { cdktn, TwilioEdge } from 'twilio-voice-network';
export function addVoice(stack: TerraformStack) {
  return new cdktn.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0', edges: [TwilioEdge.DUBLIN] });
}
TS
cdktn_tsc=$(tsc_ok tsconfig.app.json)
node -e 'const c=require("./tsconfig.app.json"); c.compilerOptions.skipLibCheck=false; require("fs").writeFileSync("tsconfig.strict.json", JSON.stringify(c))'
cdktn_tsc_strict_root=$(tsc_ok tsconfig.strict.json)
sed -i "s#from 'twilio-voice-network'#from 'twilio-voice-network/cdktn'#" voice.ts
cdktn_tsc_strict_sub=$(tsc_ok tsconfig.strict.json)
cdktn_loaded=$(node -e '
const { App, TerraformStack } = require("cdktn");
const { cdktn, TwilioEdge } = require("twilio-voice-network");
new cdktn.TwilioVoiceEgress(new TerraformStack(new App(), "s"), "v", { vpcId: "vpc-0123456789abcdef0", edges: [TwilioEdge.DUBLIN] });
console.log(Object.keys(require.cache).some((k) => /node_modules[\/](aws-cdk-lib|cdktf|@cdktf)[\/]/.test(k)) ? "yes" : "no");')
cdktn_ls=$(npm ls >/dev/null 2>&1 && echo clean || echo problems)
cdktn_other=$(has aws-cdk-lib)/$(has cdktf)/$(has @cdktf/provider-aws)
cd "$work"

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
cat > results.md <<MD
| | \`cdk init app\` consumer | cdktn app | \`cdktf init\` consumer |
|---|---|---|---|
| node_modules before / after installing the tarball | $(mb "$cdk_before") / $(mb "$cdk_after") | $(mb "$cdktn_before") / $(mb "$cdktn_after") | $(mb "$cdktf_before") / $(mb "$cdktf_after") |
| Tarball | $packed files, $(mb "$packed_bytes") | (same) | (same) |
| Added by this package | $(mb $((cdk_after - cdk_before))) | $(mb $((cdktn_after - cdktn_before))) | $(mb $((cdktf_after - cdktf_before))) |
| Other framework installed | cdktf / provider-aws: $cdk_other | aws-cdk-lib / cdktf / @cdktf/provider-aws: $cdktn_other | aws-cdk-lib: $cdktf_other |
| Other framework loaded (\`require.cache\`) | $cdk_loaded | $cdktn_loaded | $cdktf_loaded |
| \`npm ls\` | $cdk_ls | $cdktn_ls | $cdktf_ls |
| \`tsc\` with the init tsconfig, root import | $cdk_tsc | $cdktn_tsc | $cdktf_tsc |
| \`tsc\` with \`skipLibCheck: false\`, root import | $cdk_tsc_strict_root | $cdktn_tsc_strict_root | $cdktf_tsc_strict_root |
| \`tsc\` with \`skipLibCheck: false\`, subpath import | $cdk_tsc_strict_sub | $cdktn_tsc_strict_sub | $cdktf_tsc_strict_sub |
MD
cat results.md
