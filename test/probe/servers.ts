/* eslint-disable no-bitwise */ // STUN's wire format is bit fields and XOR masks.
// Loopback-only servers for the probe tests: every one listens on 127.0.0.1 and is closed by `closeAll()`.
import { execFileSync, spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as dgram from 'dgram';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import * as tls from 'tls';
import { Worker } from 'worker_threads';

const LOOPBACK = '127.0.0.1';
const closers: Array<() => Promise<unknown>> = [];

/** Closes every server started so far. */
export async function closeAll(): Promise<void> {
  await Promise.all(closers.splice(0).map((close) => close()));
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  return (server.address() as net.AddressInfo).port;
}

/** Keeps accepted sockets so that closing can destroy them (server.close() waits for open connections). */
async function track(server: net.Server): Promise<number> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', () => undefined);
  const port = await listen(server);
  closers.push(() => new Promise((resolve) => {
    sockets.forEach((s) => s.destroy());
    server.close(resolve);
  }));
  return port;
}

/** A TCP port nothing listens on: connecting is refused. */
export async function closedTcpPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A TCP server that accepts connections and never says anything (a TLS handshake to it never completes). */
export function silentTcpServer(): Promise<number> {
  return track(net.createServer());
}

/** A TLS server presenting `cert`. */
export function tlsServer(key: string, cert: string): Promise<number> {
  return track(tls.createServer({ key, cert }, (s) => s.end()));
}

function connectWithin(port: number, ms: number): Promise<net.Socket | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect(port, LOOPBACK);
    socket.on('error', () => undefined);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(undefined);
    }, ms);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
  });
}

/**
 * A TCP port where connecting times out without leaving the machine: a listener whose accept queue is full.
 *
 * A worker thread listens with backlog 1 and then blocks in Atomics.wait, so it never accepts. We fill the queue
 * with connections the kernel completes on its own; once it is full, Linux drops further SYNs (see
 * tcp_conn_request), so the next connect hangs as if the packets went into a black hole.
 */
export async function fullBacklogPort(): Promise<number> {
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(`
    const net = require('net');
    const { parentPort, workerData } = require('worker_threads');
    const server = net.createServer();
    server.listen({ host: '${LOOPBACK}', port: 0, backlog: 1 }, () => {
      parentPort.postMessage(server.address().port);
      Atomics.wait(workerData, 0, 0);
      server.close();
    });`, { eval: true, workerData: gate });
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  const queued: net.Socket[] = [];
  for (let i = 0; i < 16; i++) {
    const socket = await connectWithin(port, 200);
    if (!socket) break;
    queued.push(socket);
  }
  closers.push(async () => {
    queued.forEach((s) => s.destroy());
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    await worker.terminate();
  });
  return port;
}

async function udpSocket(onMessage: (socket: dgram.Socket, msg: Buffer, rinfo: dgram.RemoteInfo) => void): Promise<number> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (msg, rinfo) => onMessage(socket, msg, rinfo));
  await new Promise<void>((resolve) => socket.bind(0, LOOPBACK, resolve));
  closers.push(() => new Promise((resolve) => socket.close(() => resolve(undefined))));
  return socket.address().port;
}

/** A UDP socket that receives and never answers. */
export function silentUdpPort(): Promise<number> {
  return udpSocket(() => undefined);
}

/** A UDP port nothing listens on: the kernel answers ICMP port unreachable. */
export async function closedUdpPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, LOOPBACK, resolve));
  const port = socket.address().port;
  await new Promise<void>((resolve) => socket.close(resolve));
  return port;
}

export interface StunResponderProps {
  /** `xor`: XOR-MAPPED-ADDRESS; `mapped`: MAPPED-ADDRESS only (RFC 3489 servers); `wrong-id`: answers another transaction; `error`: 401. */
  readonly mode?: 'xor' | 'mapped' | 'wrong-id' | 'error';
  /** Delay before answering request n (cycled); a negative delay drops the request. */
  readonly delaysMs?: number[];
  /**
   * With `clock`: how far request n (cycled) moves the probe's injected clock before the answer, so a test states the
   * round trip exactly instead of measuring it on a machine whose load it cannot control.
   */
  readonly clockDelaysMs?: number[];
  /** The fake clock `clockDelaysMs` moves (the same one passed to runProbe as `now`). */
  readonly clock?: FakeClock;
}

/** A clock a test moves by hand: pass `now` to runProbe. */
export class FakeClock {
  private t = 1000;
  public readonly now = (): number => this.t;
  public advance(ms: number): void {
    this.t += ms;
  }
}

/** A STUN server answering Binding requests, written from RFC 5389 independently of the probe's codec. */
export async function stunResponder(props: StunResponderProps = {}): Promise<{ port: number; requests: () => number }> {
  const mode = props.mode ?? 'xor';
  let requests = 0;
  const port = await udpSocket((socket, msg, rinfo) => {
    if (msg.length < 20 || msg.readUInt16BE(0) !== 0x0001) return;
    const delay = props.delaysMs?.[requests % props.delaysMs.length] ?? 0;
    const clockDelay = props.clockDelaysMs?.[requests % props.clockDelaysMs.length];
    requests++;
    if (delay < 0) return;
    if (clockDelay !== undefined) props.clock!.advance(clockDelay);
    const header = Buffer.alloc(20);
    header.writeUInt16BE(mode === 'error' ? 0x0111 : 0x0101, 0);
    header.writeUInt32BE(0x2112a442, 4);
    (mode === 'wrong-id' ? randomBytes(12) : msg.subarray(8, 20)).copy(header, 8);
    // SOFTWARE first, 10 bytes padded to 12: the parser must skip it and honour the padding.
    const software = Buffer.concat([Buffer.from([0x80, 0x22, 0, 10]), Buffer.from('probe-test'), Buffer.alloc(2)]);
    if (mode === 'error') {
      // ERROR-CODE: type 0x0009, length 16, class 4 number 01 (401), then the reason phrase.
      const errorCode = Buffer.concat([Buffer.from([0x00, 0x09, 0, 16, 0, 0, 4, 1]), Buffer.from('Unauthorized')]);
      send(socket, Buffer.concat([header, software, errorCode]), rinfo, delay);
      return;
    }
    const address = Buffer.alloc(12);
    const octets = rinfo.address.split('.').map(Number);
    const xor = mode !== 'mapped';
    address.writeUInt16BE(xor ? 0x0020 : 0x0001, 0);
    address.writeUInt16BE(8, 2);
    address[5] = 0x01;
    address.writeUInt16BE(rinfo.port ^ (xor ? 0x2112 : 0), 6);
    [0x21, 0x12, 0xa4, 0x42].forEach((cookie, i) => { address[8 + i] = octets[i] ^ (xor ? cookie : 0); });
    send(socket, Buffer.concat([header, software, address]), rinfo, delay);
  });
  return { port, requests: () => requests };
}

function send(socket: dgram.Socket, msg: Buffer, rinfo: dgram.RemoteInfo, delay: number): void {
  msg.writeUInt16BE(msg.length - 20, 2);
  const go = (): void => socket.send(msg, rinfo.port, rinfo.address, () => undefined);
  if (delay > 0) {
    const timer = setTimeout(go, delay);
    closers.push(async () => clearTimeout(timer));
  } else {
    go();
  }
}

export interface TestPki {
  readonly caPem: string;
  readonly key: string;
  readonly cert: string;
}

/** Why the TLS tests cannot run here, or undefined. */
export function opensslSkipReason(): string | undefined {
  return spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0 ? undefined : 'openssl is not installed';
}

/**
 * A throwaway CA and a leaf for `names` (default probe.test) and 127.0.0.1, generated with openssl (EC P-256: fast).
 * The CLI tests name the plan's hostnames, pinned to loopback with --resolve.
 */
export function makeTestPki(names: string[] = ['probe.test']): TestPki {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-probe-pki-'));
  const f = (name: string): string => path.join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  try {
    execFileSync('openssl', ['req', '-x509', ...ec, '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=Probe Test CA',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], { stdio: 'pipe' });
    execFileSync('openssl', ['req', ...ec, '-keyout', f('leaf.key'), '-out', f('leaf.csr'), '-subj', `/CN=${names[0]}`], { stdio: 'pipe' });
    const sans = [...names.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',');
    fs.writeFileSync(f('leaf.ext'), `subjectAltName=${sans}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
    execFileSync('openssl', ['x509', '-req', '-in', f('leaf.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-set_serial', '2', '-days', '2',
      '-out', f('leaf.pem'), '-extfile', f('leaf.ext')], { stdio: 'pipe' });
    return { caPem: fs.readFileSync(f('ca.pem'), 'utf8'), key: fs.readFileSync(f('leaf.key'), 'utf8'), cert: fs.readFileSync(f('leaf.pem'), 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
