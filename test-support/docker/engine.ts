/**
 * A real Docker engine and registry for tests (issue 3 part 4): Debian's `dockerd` on a private
 * socket with the vfs storage driver and no networking of its own, and Debian's
 * `docker-registry` on a free loopback port (plain HTTP, which docker allows for loopback
 * hosts without configuration). Nothing can be pulled from Docker Hub here, so the base image
 * for `RUN` steps is made with `docker import` from a folder holding busybox-static.
 *
 * Needs root and the packages docker.io, docker-registry and busybox-static (.ci/run installs
 * them). Only when the engine truly cannot start does startDocker() answer `{ skip }`, and it
 * says why loudly; CI must not skip.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { constants as fsConstants, createWriteStream } from 'node:fs';
import {
  access,
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface DockerEnv {
  /** DOCKER_HOST (the private socket) and DOCKER_CONFIG (a private client config folder). */
  readonly env: Record<string, string>;
  /** The local registry, `127.0.0.1:PORT`. */
  readonly registry: string;
  /** A local busybox image for `FROM` with `RUN` steps. */
  readonly baseImage: string;
  stop(): Promise<void>;
}

export const BASE_IMAGE = 'test-busybox:local';
const START_TIMEOUT_MS = 60_000;

const BINARIES = {
  dockerd: '/usr/sbin/dockerd',
  registry: '/usr/bin/docker-registry',
  busybox: '/bin/busybox',
} as const;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** GET over a unix socket or TCP; resolves with the status, or 0 when nothing answers. */
function probe(options: {
  socketPath?: string;
  host?: string;
  port?: number;
  path: string;
}): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ ...options, method: 'GET', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
    req.end();
  });
}

async function waitFor(
  what: string,
  ready: () => Promise<boolean>,
  child: ChildProcess,
  log: string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${what} exited (${child.exitCode ?? child.signalCode}); log:\n${await tail(log)}`,
      );
    }
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `${what} did not become ready in ${START_TIMEOUT_MS / 1000}s; log:\n${await tail(log)}`,
  );
}

async function tail(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-20).join('\n');
}

function startProcess(command: string, args: string[], log: string): ChildProcess {
  const out = createWriteStream(log);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return child;
}

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function loud(reason: string): { skip: string } {
  const bar = '!'.repeat(78);
  console.warn(`${bar}\n!! Docker engine tests SKIPPED: ${reason}\n${bar}`);
  return { skip: reason };
}

export async function startDocker(): Promise<DockerEnv | { skip: string }> {
  if (process.platform !== 'linux') return loud('needs Linux');
  if (process.getuid?.() !== 0) return loud('dockerd must run as root; run the tests as root');
  for (const [name, file] of Object.entries(BINARIES)) {
    if (!(await exists(file))) {
      return loud(
        `${file} missing (${name}); apt-get install -y docker.io docker-registry busybox-static`,
      );
    }
  }
  const root = await mkdtemp(path.join(tmpdir(), 'dk-'));
  const socket = path.join(root, 'docker.sock');
  let dockerd: ChildProcess | undefined;
  let registry: ChildProcess | undefined;
  const stop = async (): Promise<void> => {
    await stopProcess(registry);
    await stopProcess(dockerd);
    await rm(root, { recursive: true, force: true }).catch(() => undefined);
  };
  try {
    await mkdir(path.join(root, 'client'));
    dockerd = startProcess(
      BINARIES.dockerd,
      [
        '--storage-driver=vfs',
        '--iptables=false',
        '--bridge=none',
        '--ip-forward=false',
        '--ip-masq=false',
        '-H',
        `unix://${socket}`,
        '--data-root',
        path.join(root, 'data'),
        '--exec-root',
        path.join(root, 'exec'),
        '--pidfile',
        path.join(root, 'docker.pid'),
      ],
      path.join(root, 'dockerd.log'),
    );
    await waitFor(
      'dockerd',
      async () => (await probe({ socketPath: socket, path: '/_ping' })) === 200,
      dockerd,
      path.join(root, 'dockerd.log'),
    );

    const port = await freePort();
    const config = path.join(root, 'registry.yml');
    await writeFile(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: warn',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${path.join(root, 'registry')}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: 127.0.0.1:${port}`,
        '',
      ].join('\n'),
    );
    registry = startProcess(BINARIES.registry, ['serve', config], path.join(root, 'registry.log'));
    await waitFor(
      'docker-registry',
      async () => (await probe({ host: '127.0.0.1', port, path: '/v2/' })) === 200,
      registry,
      path.join(root, 'registry.log'),
    );

    const env = { DOCKER_HOST: `unix://${socket}`, DOCKER_CONFIG: path.join(root, 'client') };
    await importBusybox(root, env);
    return { env, registry: `127.0.0.1:${port}`, baseImage: BASE_IMAGE, stop };
  } catch (err) {
    await stop();
    return loud(`the engine could not start: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** `docker import` of a root file system holding only busybox and its `sh`. */
async function importBusybox(root: string, env: Record<string, string>): Promise<void> {
  const fsRoot = path.join(root, 'busybox-root');
  await mkdir(path.join(fsRoot, 'bin'), { recursive: true });
  await mkdir(path.join(fsRoot, 'tmp'));
  await copyFile(BINARIES.busybox, path.join(fsRoot, 'bin', 'busybox'));
  for (const applet of ['sh', 'echo', 'cat', 'ls', 'mkdir', 'touch']) {
    await symlink('busybox', path.join(fsRoot, 'bin', applet));
  }
  const tarball = path.join(root, 'busybox.tar');
  await run('tar', ['-C', fsRoot, '-cf', tarball, '.']);
  await run('docker', ['import', tarball, BASE_IMAGE], { env: { ...process.env, ...env } });
}
