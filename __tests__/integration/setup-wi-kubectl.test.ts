/**
 * setup-wi's Kubernetes side end to end: run() drives the REAL kubectl against the Kubernetes
 * API emulator. The Google Cloud side is answered by a small stateful gcloud stub (the real
 * gcloud against the GCP emulator is covered by the GCP integration tests).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { FakeIO } from '../../__fixtures__/io.js';
import { FakeClock, ok, ScriptedRunner } from '../../__fixtures__/runner.js';
import { run } from '../../src/actions/setup-wi/definition.js';
import { ProcessRunner } from '../../src/lib/exec/process-runner.js';
import type { Redactor } from '../../src/lib/exec/redact.js';
import type { CommandResult, CommandSpec, Runner } from '../../src/lib/exec/runner.js';
import type { IamPolicy } from '../../src/lib/tools/gcloud.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';

const PROJECT = 'data-platform-prod';
const GSA = `cloudsql-proxy-gsa@${PROJECT}.iam.gserviceaccount.com`;
const ANNOTATION = 'iam.gke.io/gcp-service-account';

/** gcloud answers for an existing GSA whose IAM policy it keeps (set-iam-policy reads the file). */
function gcloudStub(): ScriptedRunner {
  let policy: IamPolicy = { version: 1, etag: 'BwYAAA==', bindings: [] };
  let serial = 0;
  const gcloud = new ScriptedRunner();
  gcloud.on((spec) => {
    const line = spec.args.join(' ');
    if (line.startsWith('iam service-accounts describe ')) {
      return ok({
        email: GSA,
        name: `projects/${PROJECT}/serviceAccounts/${GSA}`,
        projectId: PROJECT,
      });
    }
    if (line.startsWith('iam service-accounts get-iam-policy ')) return ok(policy);
    if (line.startsWith('iam service-accounts set-iam-policy ')) {
      const file = spec.args[4] ?? '';
      const written = JSON.parse(readFileSync(file, 'utf8')) as IamPolicy;
      policy = { ...written, etag: `BwYA${(serial += 1)}==` };
      return ok(policy);
    }
    return undefined;
  });
  return gcloud;
}

/** The real kubectl (pointed at the emulator) for kubectl, the stub for everything else. */
class SplitRunner implements Runner {
  readonly kubectl: ProcessRunner;
  constructor(
    io: FakeIO,
    env: Record<string, string>,
    readonly gcloud: ScriptedRunner,
  ) {
    this.kubectl = new ProcessRunner(io, undefined, { ...process.env, ...env });
  }
  get redactor(): Redactor {
    return this.kubectl.redactor;
  }
  run(spec: CommandSpec): Promise<CommandResult> {
    return spec.tool === 'kubectl' ? this.kubectl.run(spec) : this.gcloud.run(spec);
  }
  has(tool: string): Promise<boolean> {
    return tool === 'kubectl' ? this.kubectl.has(tool) : this.gcloud.has(tool);
  }
}

const INPUTS = {
  'project-id': PROJECT,
  'gsa-name': 'cloudsql-proxy-gsa',
  'enable-workload-pool': 'false',
  bindings: 'airflow/airflow-ksa\napplication/fastapi-backend-ksa',
};

let emu: K8sEmulator;
let gcloud: ScriptedRunner;

async function runSetupWi(extra: Record<string, string> = {}): Promise<FakeIO> {
  const io = new FakeIO({ ...INPUTS, ...extra });
  await run({ io, runner: new SplitRunner(io, emu.env, gcloud), clock: new FakeClock() });
  return io;
}

const annotationOf = (namespace: string, name: string): unknown =>
  (
    emu.get('v1', 'ServiceAccount', name, namespace)?.metadata as
      { annotations?: Record<string, string> } | undefined
  )?.annotations?.[ANNOTATION];

beforeEach(async () => {
  emu = await startK8sEmulator();
  gcloud = gcloudStub();
});

afterEach(async () => {
  await emu.stop();
});

describe('setup-wi with the real kubectl', () => {
  it('creates namespaces and annotated KSAs, then a re-run makes no mutating request', async () => {
    const io = await runSetupWi();
    expect(io.failed).toBeUndefined();
    expect(io.outputs.changed).toBe('true');
    for (const [ns, ksa] of [
      ['airflow', 'airflow-ksa'],
      ['application', 'fastapi-backend-ksa'],
    ] as const) {
      const namespace = emu.get('v1', 'Namespace', ns)?.metadata as Record<string, unknown>;
      expect(namespace.labels).toMatchObject({
        'app.kubernetes.io/managed-by': 'gke-data-platform',
      });
      expect(annotationOf(ns, ksa)).toBe(GSA);
      const managed = (
        emu.get('v1', 'ServiceAccount', ksa, ns)?.metadata as Record<string, unknown>
      ).managedFields;
      expect(managed).toEqual([
        expect.objectContaining({
          manager: 'gke-data-platform',
          operation: 'Apply',
          fieldsV1: expect.objectContaining({
            'f:metadata': expect.objectContaining({
              // Our annotation, and the run's provenance written with it (issue 16).
              'f:annotations': expect.objectContaining({
                [`f:${ANNOTATION}`]: {},
                'f:deploy.gke-data-platform.dev/deployed-by': {},
              }),
            }),
          }),
        }),
      ]);
    }
    // Four applies (two namespaces, two KSAs), each a server-side apply PATCH.
    const patches = emu.mutatingRequests();
    expect(patches.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PATCH /api/v1/namespaces/airflow',
      'PATCH /api/v1/namespaces/airflow/serviceaccounts/airflow-ksa',
      'PATCH /api/v1/namespaces/application',
      'PATCH /api/v1/namespaces/application/serviceaccounts/fastapi-backend-ksa',
    ]);
    expect(patches.every((r) => r.contentType === 'application/apply-patch+yaml')).toBe(true);
    expect(patches.every((r) => r.query.fieldManager === 'gke-data-platform')).toBe(true);

    emu.clearRequests();
    const gcloudMutationsBefore = gcloud.mutations().length;
    const again = await runSetupWi();
    expect(again.failed).toBeUndefined();
    expect(again.outputs.changed).toBe('false');
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.requests().length).toBeGreaterThan(0);
    expect(gcloud.mutations().length).toBe(gcloudMutationsBefore);
  });

  it('fixes a KSA whose annotation points at another GSA, touching only that KSA', async () => {
    await runSetupWi();
    // Someone re-annotated the KSA by hand (an Update by another field manager).
    const ksa = emu.get('v1', 'ServiceAccount', 'airflow-ksa', 'airflow') as Record<
      string,
      unknown
    >;
    const metadata = ksa.metadata as Record<string, unknown>;
    emu.put({
      ...ksa,
      metadata: {
        ...metadata,
        annotations: { [ANNOTATION]: `other@${PROJECT}.iam.gserviceaccount.com` },
      },
    });
    emu.clearRequests();

    const io = await runSetupWi();
    expect(io.failed).toBeUndefined();
    expect(io.outputs.changed).toBe('true');
    expect(annotationOf('airflow', 'airflow-ksa')).toBe(GSA);
    expect(emu.mutatingRequests().map((r) => `${r.method} ${r.path}`)).toEqual([
      'PATCH /api/v1/namespaces/airflow/serviceaccounts/airflow-ksa',
    ]);
  });

  it('[F50] retries a server-side apply answered 503 and converges', async () => {
    emu.inject({ method: 'PATCH', path: /\/serviceaccounts\/airflow-ksa$/, status: 503 });
    const io = await runSetupWi();
    expect(io.failed).toBeUndefined();
    expect(annotationOf('airflow', 'airflow-ksa')).toBe(GSA);
    const attempts = emu
      .requests()
      .filter((r) => r.method === 'PATCH' && r.path.endsWith('/airflow-ksa'));
    expect(attempts).toHaveLength(2);
    expect(io.warnings()).toContainEqual(
      expect.stringMatching(/attempt 1\/\d+ failed .*ServiceUnavailable.*; retrying/),
    );
  });

  it('dry-run reads the cluster but sends no mutating request', async () => {
    const io = await runSetupWi({ 'dry-run': 'true' });
    expect(io.failed).toBeUndefined();
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.requests().some((r) => r.path === '/api/v1/namespaces/airflow')).toBe(true);
    expect(emu.get('v1', 'Namespace', 'airflow')).toBeUndefined();
    expect(io.summary).toContain('dry run');
  });

  it('fails naming the namespace when the API refuses the apply', async () => {
    emu.inject({ method: 'PATCH', path: /\/namespaces\/airflow$/, status: 403 });
    const io = await runSetupWi();
    expect(io.failed).toContain('Forbidden');
    expect(emu.get('v1', 'Namespace', 'airflow')).toBeUndefined();
  });
});
