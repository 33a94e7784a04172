import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { definition } from '../../../src/actions/deploy-app/definition.js';
import { planStep } from '../../../__fixtures__/cli-step.js';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import { parsePlatformConfig } from '../../../src/lib/config/load.js';
import { DryRunRunner } from '../../../src/lib/exec/runner.js';
import { FakeClock } from '../../../__fixtures__/runner.js';
import { fakeKubectl } from '../../lib/k8s/fake-kubectl.js';

const DIGEST = `@sha256:${'d'.repeat(64)}`;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'deploy-app-step-'));
  await writeFile(
    path.join(dir, 'backend.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: fastapi-backend}\nspec:\n  selector: {matchLabels: {app: b}}\n  template:\n    metadata: {labels: {app: b}}\n    spec: {containers: [{name: backend, image: "gcr.io/p/fastapi-backend:v2"}]}\n',
  );
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const config = () =>
  parsePlatformConfig(`project: alpine-figure-461007-i9
region: asia-southeast1
app:
  manifests: [${dir}]
  cloudSqlInstance: alpine-figure-461007-i9:asia-southeast1:job-db
  autoIamAuthn: true
`);

describe('deploy-app step (CLI plan)', () => {
  it('uses images carried from build-push-image and renders the proxy sidecar', async () => {
    const { runner } = fakeKubectl();
    const tools = {
      runner: new DryRunRunner(runner),
      logger: new MemoryLogger(),
      clock: new FakeClock(),
    };
    const carried = new Map([
      [
        'image-ref:fastapi-backend',
        `asia-southeast1-docker.pkg.dev/p/apps/fastapi-backend${DIGEST}`,
      ],
      ['image-ref:custom-airflow', `asia-southeast1-docker.pkg.dev/p/apps/custom-airflow${DIGEST}`],
      ['gsa-email', 'x@p.iam.gserviceaccount.com'],
    ]);
    const cfg = await config();
    expect(definition.order).toBe(60);
    expect(definition.cli.enabled(cfg)).toBe(true);
    const plan = await planStep(definition, { config: cfg, tools, offline: true, carried });
    expect(plan.changes.map((c) => c.resource)).toEqual(['Deployment/application/fastapi-backend']);
    const yaml = plan.artifacts[0]?.body ?? '';
    expect(yaml).toContain(`image: asia-southeast1-docker.pkg.dev/p/apps/fastapi-backend${DIGEST}`);
    expect(yaml).toContain('--auto-iam-authn');
    expect(yaml).toContain('restartPolicy: Always');
    expect(yaml).not.toContain('custom-airflow');
    expect(runner.calls).toHaveLength(0);
  });

  it('the platform file refuses a bad app section', async () => {
    await expect(
      parsePlatformConfig(
        'project: alpine-figure-461007-i9\nregion: asia-southeast1\napp:\n  cloudSqlInstance: nope\n',
      ),
    ).rejects.toThrow(/app.cloudSqlInstance/);
    await expect(
      parsePlatformConfig(
        'project: alpine-figure-461007-i9\nregion: asia-southeast1\napp:\n  databaseUrl: postgres://x\n',
      ),
    ).rejects.toThrow(/app/);
  });
});
