// The AWS API emulator (moto_server) for the lifecycle tests: started on a free loopback port, stopped with its
// whole process group, and unable to outlive the test even when the test crashes (see `startMoto`).
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';

/** moto exits by itself after this long, whatever happens to the test process (coreutils `timeout`). */
const SELF_DESTRUCT_SECONDS = Number(process.env.LIFECYCLE_EMULATOR_TTL_SECONDS ?? 45 * 60);

function works(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 60_000 });
  return r.status === 0;
}

/** Why the emulator cannot run here (missing moto_server, boto3 for the inventory, or `timeout`), or undefined. */
export function emulatorSkipReason(): string | undefined {
  if (!works('python3', ['-c', 'import moto.moto_server.werkzeug_app, werkzeug.serving'])) return 'python3 cannot import moto\'s server (pip install "moto[server]")';
  if (!works('python3', ['-c', 'import boto3'])) return 'python3 cannot import boto3 (needed to list what is left in the emulator)';
  if (!works('timeout', ['--version'])) return 'coreutils timeout is missing (it bounds the emulator\'s lifetime)';
  return undefined;
}

export interface Emulator {
  /** `http://127.0.0.1:PORT` */
  readonly endpoint: string;
  readonly region: string;
  /** Stops the server and its process group; safe to call twice. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

function ready(endpoint: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${endpoint}/moto-api/`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

/**
 * Starts moto_server on 127.0.0.1 and a free port, in its own process group, wrapped in `timeout` so that it exits
 * after SELF_DESTRUCT_SECONDS even if this process is killed. While this process lives, an unref'd safety timer and
 * an exit hook also kill the group. `stop()` in afterAll is the normal way out.
 */
export async function startMoto(logFile: string, region = 'us-east-1'): Promise<Emulator> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const log = fs.openSync(logFile, 'a');
  // moto_serial.py: moto's server, one request at a time (moto's EC2 models race under terraform's parallel calls).
  const server = ['python3', path.join(__dirname, 'moto_serial.py'), '127.0.0.1', String(port)];
  const child: ChildProcess = spawn('timeout', ['--kill-after=10', String(SELF_DESTRUCT_SECONDS), ...server], {
    detached: true, // its own process group: killing -pid stops timeout, moto and anything moto forked
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  let stopped = false;
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => kill('SIGKILL');
  process.once('exit', onExit);
  const safety = setTimeout(() => kill('SIGKILL'), SELF_DESTRUCT_SECONDS * 1000);
  safety.unref();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(safety);
    process.removeListener('exit', onExit);
    kill('SIGTERM');
    const hard = setTimeout(() => kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(hard);
  };
  const deadline = Date.now() + 60_000;
  while (!(await ready(endpoint))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`moto_server did not start on ${endpoint}; see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { endpoint, region, stop };
}

/** The IDs of every EC2 resource the lifecycle tests can create, as the emulator reports them (boto3, see inventory.py). */
export type Inventory = Record<string, string[]>;

export function inventory(emulator: Emulator): Inventory {
  const r = spawnSync('python3', [path.join(__dirname, 'inventory.py'), emulator.endpoint, emulator.region], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`inventory.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/**
 * Kinds the emulator keeps where AWS would not, reported but not counted as left behind: moto keeps a VPC's
 * default network ACL after the VPC is deleted (AWS deletes it with the VPC; terraform never manages it).
 */
export const EMULATOR_LEFTOVERS = ['orphanedDefaultNetworkAcls'];

/** What `after` holds that `before` did not, per kind (empty when nothing was left behind). */
export function leftBehind(before: Inventory, after: Inventory): Inventory {
  const out: Inventory = {};
  for (const [kind, ids] of Object.entries(after)) {
    if (EMULATOR_LEFTOVERS.includes(kind)) continue;
    const extra = ids.filter((id) => !(before[kind] ?? []).includes(id));
    if (extra.length > 0) out[kind] = extra;
  }
  return out;
}
