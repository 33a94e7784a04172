/**
 * helm-airflow's provenance and rollback-to-revision through the simulated helm and the
 * Kubernetes API emulator (real kubectl). Helm semantics modelled by the sim and cited there:
 * `upgrade --description` becomes the revision's description (helm v3.21.4
 * pkg/action/upgrade.go:477-480, install.go:488-489); `helm rollback` adds a revision
 * described "Rollback to N" (pkg/action/rollback.go:152) and has no --description in any
 * released Helm, so the rollback's provenance is on the deploy-state ConfigMap.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../__fixtures__/io.js';
import { FakeClock } from '../../__fixtures__/runner.js';
import { run } from '../../src/actions/helm-airflow/definition.js';
import { ProcessRunner } from '../../src/lib/exec/process-runner.js';
import { CHANGE_CAUSE, Provenance } from '../../src/lib/k8s/provenance.js';
import type { KubeObject } from '../../src/lib/tools/kubectl.js';
import { createHelmSim, type HelmSim } from '../../test-support/helm-sim/index.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';

const REPO = 'asia-southeast1-docker.pkg.dev/proj-123456/airflow/custom-airflow';
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const RUN = (id: number) => `https://github.com/acme/platform/actions/runs/${id}`;
const inputs = (c: string) => ({
  'chart-version': '1.22.0',
  image: `${REPO}@${digest(c)}`,
  'airflow-version': '3.2.2',
  'log-folder': 'gs://proj-airflow-logs/logs',
});

jest.setTimeout(180_000);

let emu: K8sEmulator;
let sim: HelmSim;
let runnerTemp: string;
const saved = { ...process.env };

beforeAll(async () => {
  emu = await startK8sEmulator();
  sim = createHelmSim();
  runnerTemp = mkdtempSync(path.join(tmpdir(), 'runner-temp-'));
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});
afterAll(async () => {
  await emu.stop();
  sim.cleanup();
  rmSync(runnerTemp, { recursive: true, force: true });
});

async function runAction(id: number, extra: Record<string, string>): Promise<FakeIO> {
  Object.assign(process.env, {
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_RUN_ID: String(id),
    GITHUB_SHA: String(id).repeat(40),
  });
  const io = new FakeIO(extra);
  const runner = new ProcessRunner(io, undefined, { ...process.env, ...emu.env, ...sim.env });
  const clock = new FakeClock();
  clock.time = Date.now();
  await run({ io, runner, clock });
  return io;
}

const history = () =>
  sim.history('airflow', 'airflow').map((r) => ({
    revision: r.version,
    status: r.status,
    description: r.description,
  }));
const helmMutations = (): string[][] =>
  sim.calls().filter((argv) => ['upgrade', 'rollback', 'uninstall'].includes(argv[0] ?? ''));
const state = (): Record<string, string> =>
  (emu.get('v1', 'ConfigMap', 'airflow-deploy-state', 'airflow') as KubeObject | undefined)
    ?.metadata.annotations ?? {};

describe('helm-airflow provenance and rollback (helm-sim, emulator)', () => {
  it('an upgrade records the run as the release description and on the deploy-state record', async () => {
    expect((await runAction(1, inputs('a'))).failed).toBeUndefined();
    expect((await runAction(2, inputs('b'))).failed).toBeUndefined();
    const revs = history();
    expect(revs.map((r) => [r.revision, r.status])).toEqual([
      [1, 'superseded'],
      [2, 'deployed'],
    ]);
    expect(revs[1]?.description).toBe(
      `deploy by ${RUN(2)} (commit ${'2'.repeat(12)}); image ${REPO}@${digest('b')}`,
    );
    expect(state()).toMatchObject({
      [Provenance.RunUrl]: RUN(2),
      [Provenance.Images]: `${REPO}@${digest('b')}`,
    });
  });

  it('an unchanged re-run writes nothing: no helm mutation, no record rewritten', async () => {
    const before = helmMutations().length;
    emu.clearRequests();
    expect((await runAction(3, inputs('b'))).failed).toBeUndefined();
    expect(helmMutations().length).toBe(before);
    expect(emu.mutatingRequests()).toEqual([]);
    expect(state()[Provenance.RunUrl]).toBe(RUN(2));
  });

  it.each([['latest'], ['0'], ['v2']])(
    'a bad rollback-to-revision (%s) fails before any command',
    async (v) => {
      const calls = sim.calls().length;
      const io = await runAction(4, { ...inputs('b'), 'rollback-to-revision': v });
      expect(io.failed).toMatch(
        /input "rollback-to-revision": must be "previous" or a revision number/,
      );
      expect(sim.calls().length).toBe(calls);
    },
  );

  it('a revision that does not exist fails naming it and the revisions kept', async () => {
    const io = await runAction(4, { ...inputs('b'), 'rollback-to-revision': '9' });
    expect(io.failed).toMatch(/release airflow\/airflow has no revision 9; revisions kept: 1, 2/);
  });

  it('a dry run names both revisions with their images and changes nothing', async () => {
    const before = helmMutations().length;
    emu.clearRequests();
    const io = await runAction(4, {
      ...inputs('b'),
      'rollback-to-revision': 'previous',
      'dry-run': 'true',
    });
    expect(io.failed).toBeUndefined();
    expect(io.summary).toContain(
      `roll back from revision 2 (chart airflow-1.22.0, image ${REPO}@${digest('b')}) to revision 1 (chart airflow-1.22.0, image ${REPO}@${digest('a')})`,
    );
    expect(helmMutations().length).toBe(before);
    expect(emu.mutatingRequests()).toEqual([]);
  });

  it('previous rolls back with the upgrade waits and records the rollback run on deploy-state', async () => {
    const io = await runAction(5, { ...inputs('b'), 'rollback-to-revision': 'previous' });
    expect(io.failed).toBeUndefined();
    expect(helmMutations().at(-1)).toEqual(
      expect.arrayContaining([
        'rollback',
        'airflow',
        '1',
        '--wait',
        '--wait-for-jobs',
        '--cleanup-on-fail',
      ]),
    );
    expect(history().at(-1)).toMatchObject({
      revision: 3,
      status: 'deployed',
      description: 'Rollback to 1',
    });
    expect(io.outputs).toMatchObject({ revision: '3', status: 'deployed', changed: 'true' });
    expect(state()).toMatchObject({
      [Provenance.RunUrl]: RUN(5),
      [Provenance.Images]: `${REPO}@${digest('a')}`,
    });
    expect(state()[CHANGE_CAUSE]).toBeUndefined();
    // A re-run of the same numbered rollback finds it done; the next normal deploy upgrades again.
    const again = await runAction(6, { ...inputs('b'), 'rollback-to-revision': '1' });
    expect(again.failed).toBeUndefined();
    expect(again.outputs.changed).toBe('false');
    const plan = await runAction(7, { ...inputs('b'), 'dry-run': 'true' });
    expect(plan.summary).toMatch(/\| update \|/);
  });
});
