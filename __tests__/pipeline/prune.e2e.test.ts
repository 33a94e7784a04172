/**
 * Prune through a template (issue 16 item 4): deploy-platform.yml dispatched with only the app
 * component, as the deployer, from the built bundles, against the Kubernetes API emulator (real
 * kubectl) and the Google Cloud API emulator (real gcloud). The platform file turns prune on
 * (`app: {prune: true}`), as a platform repository would. A manifest removed from the
 * deployments folder is deleted; nothing else is; a re-run changes nothing. No docker build.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGcpEmulator, type GcpEmulator } from '../../test-support/gcp-emulator/index.js';
import { createHelmSim, type HelmSim } from '../../test-support/helm-sim/index.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';
import { createArgvShims, type ArgvShims } from '../../test-support/pipeline/argv-shims.js';
import {
  ACCOUNTS,
  expectAllSucceeded,
  expectNoLeaks,
  PROJECT,
  PUSH,
  SECRETS,
  VARS,
  writeWorkspace,
} from '../../test-support/pipeline/e2e-fixture.js';
import { pipelineIdentities } from '../../test-support/pipeline/identities.js';
import {
  runPipeline,
  type Identity,
  type PipelineResult,
} from '../../test-support/pipeline/workflow-runner.js';

const root = path.resolve(import.meta.dirname, '../..');
const NS = 'application';

let gcp: GcpEmulator;
let k8s: K8sEmulator;
let helm: HelmSim;
let shims: ArgvShims;
let workspace: string;
let identities: Record<string, Identity>;
const timings: string[] = [];

/** The runbook's old frontend name and a ConfigMap only it used: removed from the folder later. */
const OLD = `apiVersion: apps/v1
kind: Deployment
metadata: {name: react-frontend-deployment}
spec:
  replicas: 1
  selector: {matchLabels: {app: old-frontend}}
  template:
    metadata: {labels: {app: old-frontend}}
    spec: {containers: [{name: react-frontend, image: "example.invalid/react-frontend:v1"}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: frontend-legacy-config}
data: {API_URL: "http://fastapi-backend:8000"}
`;

async function dispatchApp(name: string, dryRun = false): Promise<PipelineResult> {
  const started = Date.now();
  const result = await runPipeline({
    workflowFile: path.join(root, 'workflows-templates/deploy-platform.yml'),
    workspace,
    vars: VARS,
    secrets: SECRETS,
    github: { ...PUSH, event_name: 'workflow_dispatch' },
    inputs: { components: 'app', 'dry-run': dryRun },
    // A dispatch deploys staging (deploy-platform.yml); here staging is this one cluster: no
    // environment variables override the repository's.
    environments: { staging: { vars: {} } },
    localWorkflowsDir: path.join(root, 'workflows-templates'),
    env: { ...helm.env, PATH: `${shims.dir}${path.delimiter}${helm.env.PATH}` },
    identities,
  });
  timings.push(`${name}: ${Date.now() - started} ms`);
  expectAllSucceeded(result, ['validate', 'staging/check', 'staging/app']);
  return result;
}

const appSummary = (r: PipelineResult): string =>
  r.steps
    .filter((s) => s.job === 'staging/app')
    .map((s) => s.summary)
    .join('\n');
const exists = (apiVersion: string, kind: string, name: string): boolean =>
  k8s.get(apiVersion, kind, name, NS) !== undefined;

beforeAll(async () => {
  gcp = await startGcpEmulator();
  gcp.state.addProject(PROJECT, 461007);
  gcp.state.addCluster(PROJECT, 'asia-southeast1-a', 'data-pipeline-cluster', {
    nodePools: [
      {
        name: 'default-pool',
        config: { workloadMetadataConfig: { mode: 'GKE_METADATA' } },
        status: 'RUNNING',
      },
    ],
  });
  k8s = await startK8sEmulator();
  k8s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  k8s.setLoadBalancer(NS, 'react-frontend-service', { ip: '34.87.10.30', afterMs: 100 });
  // Not ours: made by hand in the app's namespace; must survive every run.
  k8s.put({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'hand-made', namespace: NS },
    data: {},
  });
  helm = createHelmSim();
  shims = await createArgvShims(['gcloud', 'kubectl'], process.env.PATH ?? '');
  workspace = mkdtempSync(path.join(tmpdir(), 'pipeline-prune-'));
  writeWorkspace(workspace);
  // The platform repository turns prune on for the app in its platform file.
  const platform = path.join(workspace, 'platform.yaml');
  writeFileSync(platform, readFileSync(platform, 'utf8').replace('app: {', 'app: {prune: true, '));
  writeFileSync(path.join(workspace, 'deployments/old-frontend.yaml'), OLD);
  identities = await pipelineIdentities(gcp, k8s, ACCOUNTS, NS);
}, 120_000);

afterAll(async () => {
  process.stdout.write(`prune pipeline timings: ${timings.join(', ')}\n`);
  await Promise.allSettled([gcp?.stop(), k8s?.stop()]);
  helm?.cleanup();
  if (shims) rmSync(shims.dir, { recursive: true, force: true });
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('deploy-platform.yml (app component, prune: true in the platform file)', () => {
  it('a manifest removed from the deployments folder is pruned, and nothing else', async () => {
    const first = await dispatchApp('first deploy');
    expect(exists('apps/v1', 'Deployment', 'react-frontend-deployment')).toBe(true);
    expect(appSummary(first)).not.toContain('🗑️');

    rmSync(path.join(workspace, 'deployments/old-frontend.yaml'));
    k8s.clearRequests();
    const planned = await dispatchApp('dry run', true);
    expect(k8s.mutatingRequests()).toEqual([]);
    expect(appSummary(planned)).toContain(
      '| `Deployment/application/react-frontend-deployment` | 🗑️ delete | 📝 planned |',
    );

    k8s.clearRequests();
    const pruned = await dispatchApp('prune');
    const deleted = k8s
      .mutatingRequests()
      .filter((r) => r.method === 'DELETE')
      .map((r) => r.path)
      .sort();
    expect(deleted).toEqual([
      `/api/v1/namespaces/${NS}/configmaps/frontend-legacy-config`,
      `/apis/apps/v1/namespaces/${NS}/deployments/react-frontend-deployment`,
    ]);
    expect(appSummary(pruned)).toContain(
      '| `Deployment/application/react-frontend-deployment` | 🗑️ delete | ✅ done |',
    );
    expect(exists('apps/v1', 'Deployment', 'react-frontend-deployment')).toBe(false);
    for (const [apiVersion, kind, name] of [
      ['apps/v1', 'Deployment', 'fastapi-backend'],
      ['apps/v1', 'Deployment', 'react-frontend'],
      ['v1', 'Service', 'react-frontend-service'],
      ['v1', 'Secret', 'db-credentials'],
      ['v1', 'ConfigMap', 'hand-made'],
    ] as const) {
      expect([kind, name, exists(apiVersion, kind, name)]).toEqual([kind, name, true]);
    }
    expectNoLeaks(pruned, { gcp, k8s, helm, shims });

    k8s.clearRequests();
    const again = await dispatchApp('re-run');
    expect(k8s.mutatingRequests()).toEqual([]);
    expect(again.jobs['staging/app']?.result).toBe('success');
  }, 600_000);
});
