/**
 * deploy-app's rollback-to-revision against the Kubernetes API emulator with the real kubectl:
 * the images come from the Deployment's ReplicaSets (owner reference + the
 * `deployment.kubernetes.io/revision` annotation, as kubectl rollout history reads them:
 * kubectl pkg/polymorphichelpers/history.go), are deployed through the same flow, and the
 * change-cause names the rollback and the run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deploymentYaml } from '../../__fixtures__/manifests.js';
import { FakeIO } from '../../__fixtures__/io.js';
import { run } from '../../src/actions/deploy-app/definition.js';
import { CHANGE_CAUSE } from '../../src/lib/k8s/provenance.js';
import type { KubeObject } from '../../src/lib/tools/kubectl.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';
import { emulatorRunner } from '../lib/k8s/emulator-runner.js';

const NS = 'rb';
const REPO = 'asia-southeast1-docker.pkg.dev/p/apps';
const ref = (c: string) => `${REPO}/fastapi-backend@sha256:${c.repeat(64)}`;
const FAST = { pollMs: 50, addressPollMs: 50, smokeAttempts: 1, smokeDelayMs: 10 };

let emu: K8sEmulator;
let dir: string;

async function deploy(inputs: Record<string, string>) {
  const io = new FakeIO({
    namespace: NS,
    manifests: path.join(dir, 'app'),
    'wait-for-address': 'false',
    timeout: '30s',
    ...inputs,
  });
  const runner = await emulatorRunner(io, emu);
  await run({ io, runner }, FAST);
  return { io, runner };
}

const image = (): string | undefined =>
  (
    emu.get('apps/v1', 'Deployment', 'fastapi-backend', NS) as
      { spec: { template: { spec: { containers: { image: string }[] } } } } | undefined
  )?.spec.template.spec.containers[0]?.image;

beforeAll(async () => {
  emu = await startK8sEmulator();
  dir = await mkdtemp(path.join(tmpdir(), 'rollback-'));
  await mkdir(path.join(dir, 'app'));
  await writeFile(
    path.join(dir, 'app', 'app.yaml'),
    deploymentYaml('fastapi-backend', 'backend', 'backend', 'gcr.io/p/fastapi-backend:v1'),
  );
  emu.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  for (const c of ['a', 'b']) {
    const { io } = await deploy({ images: `fastapi-backend=${ref(c)}` });
    expect(io.failed).toBeUndefined();
  }
});
afterAll(async () => {
  await emu?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('deploy-app rollback-to-revision (real kubectl, emulator)', () => {
  it.each([['last'], ['0'], ['-1'], ['2; rm'], ['1.5']])(
    'a bad value (%s) fails naming the input, before any command',
    async (value) => {
      const { io, runner } = await deploy({ 'rollback-to-revision': value });
      expect(io.failed).toMatch(
        /input "rollback-to-revision": must be "previous" or a revision number/,
      );
      expect(runner.calls).toEqual([]);
    },
  );

  it('a revision that does not exist fails naming it and the revisions kept; nothing is written', async () => {
    emu.clearRequests();
    const { io } = await deploy({ 'rollback-to-revision': '7' });
    expect(io.failed).toMatch(
      /deployment\/fastapi-backend has no revision 7; revisions kept: 1, 2/,
    );
    expect(emu.mutatingRequests()).toEqual([]);
  });

  it('a dry run says from which revision to which, with the images, and writes nothing', async () => {
    emu.clearRequests();
    const { io } = await deploy({ 'rollback-to-revision': 'previous', 'dry-run': 'true' });
    expect(io.failed).toBeUndefined();
    expect(emu.mutatingRequests()).toEqual([]);
    expect(io.summary).toContain('rollback to revision 1');
    expect(io.summary).toContain(`| 2: backend=\`${ref('b')}\` | 1: backend=\`${ref('a')}\` |`);
    expect(image()).toBe(ref('b'));
  });

  it('previous restores the earlier digest through the deploy flow, with the rollback as change-cause', async () => {
    process.env.GITHUB_ACTIONS = 'true';
    process.env.GITHUB_REPOSITORY = 'acme/platform';
    process.env.GITHUB_RUN_ID = '77';
    try {
      const { io, runner } = await deploy({ 'rollback-to-revision': 'previous' });
      expect(io.failed).toBeUndefined();
      expect(io.outputs.changed).toBe('true');
      expect(image()).toBe(ref('a'));
      // Waited like any deploy.
      expect(runner.argv()).toContain('rollout status deployment/fastapi-backend');
      const dep = emu.get('apps/v1', 'Deployment', 'fastapi-backend', NS) as KubeObject;
      expect(dep.metadata.annotations?.[CHANGE_CAUSE]).toBe(
        'rollback to revision 1 by https://github.com/acme/platform/actions/runs/77',
      );
    } finally {
      delete process.env.GITHUB_RUN_ID;
      delete process.env.GITHUB_REPOSITORY;
      delete process.env.GITHUB_ACTIONS;
    }
  });
});
