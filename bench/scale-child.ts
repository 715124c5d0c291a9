// One scale point in a fresh process: N constructs (one per imported VPC) in one app; prints JSON.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cdkStack, cdkWithLibrary, importedVpc, tfStack, tfWithLibrary } from './baselines';

const [framework, nText] = process.argv.slice(2);
const n = Number(nText);

/** Builds and synthesizes `count` constructs in one app. */
function run(count: number, dir: string): void {
  if (framework === 'awscdk') {
    const { app, stack } = cdkStack(dir);
    for (let i = 0; i < count; i++) cdkWithLibrary(stack, importedVpc(stack, `Vpc${i}`), `Voice${i}`, false);
    app.synth();
  } else {
    const { app, stack } = tfStack(dir);
    for (let i = 0; i < count; i++) tfWithLibrary(stack, `voice${i}`, false);
    app.synth();
  }
}

// The first synth in a process loads and compiles the framework (seconds for aws-cdk-lib): warm up with one
// construct so the timed run measures the constructs, not the process start.
const warm = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-warm-'));
run(1, warm);
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-scale-'));
const start = process.hrtime.bigint();
run(n, outdir);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const heap = process.memoryUsage().heapUsed;
for (const dir of [warm, outdir]) fs.rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ ms, heapMb: heap / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
