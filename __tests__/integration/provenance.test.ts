/**
 * Provenance on deploy-app's objects, end to end: run() drives the REAL kubectl against the
 * Kubernetes API emulator. What a run changes carries its commit, run URL and images; what it
 * does not change keeps the earlier run's; a run with nothing to change writes nothing; and the
 * real `kubectl rollout history` names the run in CHANGE-CAUSE (kubectl reads the
 * `kubernetes.io/change-cause` annotation of each ReplicaSet, which the Deployment controller
 * copied from the Deployment: kubernetes pkg/controller/deployment/util/deployment_util.go,
 * SetNewReplicaSetAnnotations; kubectl pkg/polymorphichelpers/history.go, ChangeCauseAnnotation).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deploymentYaml } from '../../__fixtures__/manifests.js';
import { FakeIO } from '../../__fixtures__/io.js';
import { run } from '../../src/actions/deploy-app/definition.js';
import { CHANGE_CAUSE, Provenance } from '../../src/lib/k8s/provenance.js';
import type { KubeObject } from '../../src/lib/tools/kubectl.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';
import { emulatorRunner } from '../lib/k8s/emulator-runner.js';

const NS = 'prov';
const REPO = 'asia-southeast1-docker.pkg.dev/p/apps';
const digest = (c: string) => `@sha256:${c.repeat(64)}`;
const FAST = { pollMs: 50, addressPollMs: 50, smokeAttempts: 1, smokeDelayMs: 10 };
const SHA = (c: string) => c.repeat(40);
const RUN = (id: number) => `https://github.com/acme/platform/actions/runs/${id}`;

const manifests = [
  deploymentYaml('fastapi-backend', 'backend', 'backend', 'gcr.io/p/fastapi-backend:v1'),
  deploymentYaml('react-frontend', 'frontend', 'frontend', 'gcr.io/p/react-frontend:v1'),
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {mode: prod}\n',
].join('---\n');

let emu: K8sEmulator;
let dir: string;
const saved = { ...process.env };

/** One run as workflow run `id` at commit `sha` (the runner's default variables). */
async function deploy(
  id: number,
  sha: string,
  backend: string,
  extra: Record<string, string> = {},
) {
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_SHA: sha,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_RUN_ID: String(id),
    GITHUB_RUN_ATTEMPT: '1',
  });
  const io = new FakeIO({
    namespace: NS,
    manifests: path.join(dir, 'app'),
    images: `fastapi-backend=${REPO}/fastapi-backend${digest(backend)}\nreact-frontend=${REPO}/react-frontend${digest('f')}`,
    'wait-for-address': 'false',
    timeout: '30s',
    ...extra,
  });
  const runner = await emulatorRunner(io, emu);
  await run({ io, runner }, FAST);
  return { io, runner };
}

const annotations = (kind: string, name: string): Record<string, string> =>
  (emu.get(kind === 'ConfigMap' ? 'v1' : 'apps/v1', kind, name, NS) as KubeObject | undefined)
    ?.metadata.annotations ?? {};

beforeAll(async () => {
  emu = await startK8sEmulator();
  dir = await mkdtemp(path.join(tmpdir(), 'provenance-'));
  await mkdir(path.join(dir, 'app'));
  await writeFile(path.join(dir, 'app', 'app.yaml'), manifests);
  emu.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});
afterAll(async () => {
  await emu?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('provenance on applied objects (real kubectl, Kubernetes API emulator)', () => {
  it('a first deploy stamps every object it creates with the commit, run and images', async () => {
    const { io } = await deploy(1, SHA('a'), 'b');
    expect(io.failed).toBeUndefined();
    const backend = annotations('Deployment', 'fastapi-backend');
    expect(backend).toMatchObject({
      [Provenance.Commit]: SHA('a'),
      [Provenance.RunUrl]: RUN(1),
      [Provenance.RunAttempt]: '1',
      [Provenance.DeployedBy]: 'github-actions',
      [Provenance.Images]: `backend=${REPO}/fastapi-backend${digest('b')}`,
      [CHANGE_CAUSE]: `deploy by ${RUN(1)} (commit ${SHA('a').slice(0, 12)})`,
    });
    // Metadata only: the pod template carries no provenance (a change there would roll pods).
    const dep = emu.get('apps/v1', 'Deployment', 'fastapi-backend', NS) as {
      spec: { template: { metadata: { annotations?: Record<string, string> } } };
    };
    expect(JSON.stringify(dep.spec.template.metadata.annotations ?? {})).not.toContain('runs/1');
    // A ConfigMap records the run too, but has no rollout history to name it in.
    expect(annotations('ConfigMap', 'settings')).toMatchObject({ [Provenance.RunUrl]: RUN(1) });
    expect(annotations('ConfigMap', 'settings')[CHANGE_CAUSE]).toBeUndefined();
  });

  it('a re-run with nothing to change writes nothing, although commit and run are new', async () => {
    emu.clearRequests();
    const { io, runner } = await deploy(2, SHA('c'), 'b');
    expect(io.failed).toBeUndefined();
    expect(emu.mutatingRequests()).toEqual([]);
    expect(runner.calls.filter((c) => c.mutating)).toEqual([]);
    expect(io.outputs.changed).toBe('false');
    expect(annotations('Deployment', 'fastapi-backend')[Provenance.RunUrl]).toBe(RUN(1));
  });

  it('a dry run (read-only plan) does not count provenance as a difference', async () => {
    emu.clearRequests();
    const { io } = await deploy(2, SHA('c'), 'b', { 'dry-run': 'true' });
    expect(io.failed).toBeUndefined();
    expect(emu.requests().filter((r) => r.verb !== 'get' && r.verb !== 'list')).toEqual([]);
    expect(io.summary).not.toMatch(/\| update \|/);
    // The apply-set label (prune) shares the prefix; no provenance key may show up.
    for (const key of [...Object.values(Provenance), CHANGE_CAUSE])
      expect(io.summary).not.toContain(key);
  });

  it('a new backend digest stamps only the backend with the new run; the rest keep the old', async () => {
    const { io } = await deploy(3, SHA('d'), 'e');
    expect(io.failed).toBeUndefined();
    expect(annotations('Deployment', 'fastapi-backend')).toMatchObject({
      [Provenance.Commit]: SHA('d'),
      [Provenance.RunUrl]: RUN(3),
      [Provenance.Images]: `backend=${REPO}/fastapi-backend${digest('e')}`,
    });
    expect(annotations('Deployment', 'react-frontend')[Provenance.RunUrl]).toBe(RUN(1));
    expect(annotations('ConfigMap', 'settings')[Provenance.Commit]).toBe(SHA('a'));
  });

  it('real `kubectl rollout history` names the run of each revision in CHANGE-CAUSE', async () => {
    // Asynchronously: the emulator answers from this very process.
    const history = await promisify(execFile)(
      'kubectl',
      ['rollout', 'history', 'deployment/fastapi-backend', '--namespace', NS],
      { env: { ...process.env, ...emu.env }, encoding: 'utf8' },
    );
    expect(history.stderr).toBe('');
    expect(history.stdout).toMatch(/REVISION\s+CHANGE-CAUSE/);
    expect(history.stdout).toMatch(new RegExp(`1\\s+deploy by ${RUN(1)}`));
    expect(history.stdout).toMatch(
      new RegExp(`2\\s+deploy by ${RUN(3)} \\(commit dddddddddddd\\)`),
    );
  });
});
