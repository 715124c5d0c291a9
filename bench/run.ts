// `npm run bench`: synth cost against hand-written code, scale, and rule economy. Writes bench/RESULTS.md.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { mergeCidrs } from '../src/util/cidr';
import { TwilioEdge, TwilioNetworkPlan, TwilioNetworkPlanProps, VoiceSdk } from '../src';
import { cdkByHand, cdkStack, cdkWithLibrary, importedVpc, tfByHand, tfStack, tfWithLibrary } from './baselines';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const WARMUP = 30;
const SCALE = [1, 10, 50, 200];

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}

/** Alternates the two in one process (order flipped every iteration) and returns per-pair ratios and times. */
function compare(library: () => void, byHand: () => void) {
  for (let i = 0; i < WARMUP; i++) { library(); byHand(); }
  const ratios: number[] = []; const lib: number[] = []; const hand: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    let tl: number;
    let th: number;
    if (i % 2 === 0) {
      tl = time(library);
      th = time(byHand);
    } else {
      th = time(byHand);
      tl = time(library);
    }
    lib.push(tl);
    hand.push(th);
    ratios.push(tl / th);
  }
  return { ratio: quantile(ratios, 0.5), q1: quantile(ratios, 0.25), q3: quantile(ratios, 0.75), lib: quantile(lib, 0.5), hand: quantile(hand, 0.5) };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-bench-'));
let k = 0;
const out = () => { const d = path.join(tmp, String(k++)); return d; };

console.log(`synth cost: ${ITERATIONS} alternating iterations after ${WARMUP} warm-up pairs`);
const cdk = compare(
  () => { const { app, stack } = cdkStack(out()); cdkWithLibrary(stack, importedVpc(stack)); app.synth(); },
  () => { const { app, stack } = cdkStack(out()); cdkByHand(stack, importedVpc(stack)); app.synth(); },
);
console.log('  awscdk', cdk);
const cdktf = compare(
  () => { const { app, stack } = tfStack(out()); tfWithLibrary(stack); app.synth(); },
  () => { const { app, stack } = tfStack(out()); tfByHand(stack); app.synth(); },
);
console.log('  cdktf', cdktf);
fs.rmSync(tmp, { recursive: true, force: true });

console.log('scale: one fresh process per point');
const scale = (['awscdk', 'cdktf'] as const).map((framework) => ({
  framework,
  points: SCALE.map((n) => {
    const json = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'scale-child.ts'), framework, String(n)], {
      env: { ...process.env, TS_NODE_PROJECT: path.join(__dirname, '..', 'test', 'tsconfig.json') },
    }).toString();
    const r = JSON.parse(json.trim().split('\n').pop()!);
    console.log(`  ${framework} ${n}`, r);
    return { n, ...r };
  }),
}));

// Rule economy: generated rules against the minimum for the same flows, computed here independently: group flows by
// protocol and identical ports, merge adjacent or overlapping CIDRs (hostnames count as 0.0.0.0/0).
function minimum(plan: TwilioNetworkPlan) {
  const groups = new Map<string, string[]>();
  for (const f of plan.flows) {
    const key = `${f.protocol} ${f.fromPort}-${f.toPort}`;
    groups.set(key, [...(groups.get(key) ?? []), f.peerIsHostname ? '0.0.0.0/0' : f.peer]);
  }
  const sg = [...groups.values()].reduce((n, cidrs) => n + mergeCidrs(cidrs).length, 0);
  const byProtocol = new Map<string, string[]>();
  for (const f of plan.flows) byProtocol.set(f.protocol, [...(byProtocol.get(f.protocol) ?? []), f.peerIsHostname ? '0.0.0.0/0' : f.peer]);
  const ingress = [...byProtocol.values()].reduce((n, cidrs) => n + mergeCidrs(cidrs).length, 0);
  return { sg, naclOut: sg + 1, naclIn: ingress + 1 };
}

type Row = { label: string; flows: number; sg: string; naclOut: string; naclIn: string; quota: string; over: boolean };
const UNLIMITED = { securityGroupRulesPerDirection: 1000, networkAclEntriesPerDirection: 40 };
function economy(label: string, props: TwilioNetworkPlanProps): Row {
  let plan: TwilioNetworkPlan;
  let acl = true;
  try {
    plan = TwilioNetworkPlan.compute({ ...props, quotas: UNLIMITED, networkAcl: {} });
  } catch {
    plan = TwilioNetworkPlan.compute({ ...props, quotas: UNLIMITED }); // over the 40-entry ACL maximum: no ACL entries planned
    acl = false;
  }
  const min = minimum(plan);
  const q = plan.quotas;
  const sgOver = q.securityGroupEgress.used > 60;
  const aclOver = !acl || q.networkAclEgress.used > 20 || q.networkAclIngress.used > 20;
  return {
    label,
    flows: plan.flows.length,
    sg: `${q.securityGroupEgress.used} / ${min.sg}`,
    naclOut: acl ? `${q.networkAclEgress.used} / ${min.naclOut}` : `> 40 / ${min.naclOut}`,
    naclIn: acl ? `${q.networkAclIngress.used} / ${min.naclIn}` : `> 40 / ${min.naclIn}`,
    quota: !sgOver && !aclOver ? 'fits' : [sgOver ? 'SG over 60' : '', aclOver ? 'NACL over 20' : ''].filter(Boolean).join(', '),
    over: q.securityGroupEgress.used > min.sg || (acl && (q.networkAclEgress.used > min.naclOut || q.networkAclIngress.used > min.naclIn)),
  };
}
const sdkSets: Array<[string, VoiceSdk[]]> = [['JS', [VoiceSdk.JAVASCRIPT]], ['mobile', [VoiceSdk.MOBILE]], ['JS+mobile', [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE]]];
const rows: Row[] = [];
for (const edge of TwilioEdge.all()) {
  for (const [name, sdks] of sdkSets) rows.push(economy(`${edge.name}, ${name}`, { edges: [edge], sdks }));
  if (!edge.isPrivateInterconnect) rows.push(economy(`${edge.name}, JS+mobile, TURN`, { edges: [edge], sdks: sdkSets[2][1], turnFallback: true }));
}
const allPublic = TwilioEdge.all().filter((e) => !e.isPrivateInterconnect);
for (const [name, sdks] of sdkSets) rows.push(economy(`all public edges, ${name}`, { edges: allPublic, sdks }));
rows.push(economy('all public edges, JS+mobile, TURN', { edges: allPublic, sdks: sdkSets[2][1], turnFallback: true }));

const fmt = (x: number, d = 1) => x.toFixed(d);
const cpu = os.cpus();
const lines = [
  '# Benchmark results',
  '',
  `Produced by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, `
  + `${fmt(os.totalmem() / 2 ** 30, 0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}. Shared, noisy machine: compare ratios, not absolute times.`,
  '',
  '## Synth cost against hand-written code',
  '',
  `Build and synthesize one stack with \`TwilioVoiceEgress\` (frankfurt, JavaScript + mobile, network ACL, DNS Firewall) and the same stack written by hand`,
  `with plain resources (bench/baselines.ts; a test checks both produce identical output). ${ITERATIONS} iterations alternating the two (order flipped`,
  `each time) after ${WARMUP} warm-up pairs, in one process. Target: at most 1.05.`,
  '',
  '| Framework | Median ratio (library / by hand) | Interquartile range | Median with library | Median by hand | Target met |',
  '|---|---|---|---|---|---|',
  ...[['AWS CDK (`app.synth()`)', cdk], ['CDKTF (`app.synth()`)', cdktf]].map(([name, r]: any) =>
    `| ${name} | ${fmt(r.ratio, 3)} | ${fmt(r.q1, 3)}-${fmt(r.q3, 3)} | ${fmt(r.lib)} ms | ${fmt(r.hand)} ms | ${r.ratio <= 1.05 ? 'yes' : 'no'} |`),
  '',
  ...[['AWS CDK', cdk], ['CDKTF', cdktf]].filter(([, r]: any) => r.q1 <= 1 && r.q3 >= 1)
    .map(([name]) => `${name}: the interquartile range includes 1.0, so the difference from hand-written code is within this machine's noise.`),
  '',
  '## Scale',
  '',
  'N constructs (security group only, one imported VPC each) in one app and one stack, each point in a fresh process after a one-construct',
  'warm-up synth. Marginal cost = extra time per added construct since the previous point: constant means linear growth, falling means the',
  'fixed cost of synthesis is still being amortized.',
  '',
  '| Framework | Constructs | Synth time | Time per construct | Marginal cost per added construct | Heap after synth | Peak RSS |',
  '|---|---|---|---|---|---|---|',
  ...scale.flatMap(({ framework, points }) => points.map((p, i) => {
    const prev = points[i - 1];
    const marginal = prev ? `${fmt((p.ms - prev.ms) / (p.n - prev.n), 2)} ms` : '-';
    return `| ${framework} | ${p.n} | ${fmt(p.ms, 0)} ms | ${fmt(p.ms / p.n, 2)} ms | ${marginal} | ${fmt(p.heapMb, 0)} MB | ${fmt(p.maxRssMb, 0)} MB |`;
  })),
  '',
  '## Rule economy',
  '',
  'Generated / minimum for the same flows. The minimum is computed independently: flows grouped by protocol and identical ports, adjacent or',
  'overlapping CIDRs merged (a CIDR inside another drops), hostnames as 0.0.0.0/0. Network ACL counts include the default deny; "> 40" means',
  'over the 40-entry maximum AWS allows. Default quotas: 60 security group rules, 20 ACL entries per direction.',
  '',
  `Generated above the minimum in ${rows.filter((r) => r.over).length} of ${rows.length} choices${rows.some((r) => r.over) ? `: ${rows.filter((r) => r.over).map((r) => r.label).join('; ')}` : ''}.`,
  '',
  '| Choice | Flows | SG rules | NACL out | NACL in | Default quotas |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.label} | ${r.flows} | ${r.sg} | ${r.naclOut} | ${r.naclIn} | ${r.quota} |`),
  '',
];
fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), lines.join('\n'));
console.log('wrote bench/RESULTS.md');
