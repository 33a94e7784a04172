import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deployApplyArgs, diffArgs, K8sClient, parseDiff } from '../../../src/lib/k8s/client.js';
import { CommandError } from '../../../src/lib/errors.js';
import { Kubectl, sanitizeApplyError } from '../../../src/lib/tools/kubectl.js';
import { fail, FakeClock, ok, ScriptedRunner } from '../../../__fixtures__/runner.js';

// Recorded from the real kubectl 1.32 against the Kubernetes API emulator.
const DIFF = `diff -u -N /tmp/LIVE-2849332417/apps.v1.Deployment.application.web /tmp/MERGED-422154670/apps.v1.Deployment.application.web
--- /tmp/LIVE-2849332417/apps.v1.Deployment.application.web	2026-11-25 18:10:41.287292089 +0000
+++ /tmp/MERGED-422154670/apps.v1.Deployment.application.web	2026-11-25 18:10:41.291292089 +0000
@@ -0,0 +1,28 @@
+apiVersion: apps/v1
+kind: Deployment
diff -u -N /tmp/LIVE-2849332417/v1.Secret.application.s /tmp/MERGED-422154670/v1.Secret.application.s
--- /tmp/LIVE-2849332417/v1.Secret.application.s	2026-11-25 18:10:41.295292089 +0000
+++ /tmp/MERGED-422154670/v1.Secret.application.s	2026-11-25 18:10:41.295292089 +0000
@@ -1 +1,10 @@
-null
+apiVersion: v1
diff -u -N /tmp/LIVE-1/networking.k8s.io.v1.Ingress.application.my.app /tmp/MERGED-2/networking.k8s.io.v1.Ingress.application.my.app
--- /tmp/LIVE-1/networking.k8s.io.v1.Ingress.application.my.app	2026-11-25 18:10:41.835292113 +0000
+++ /tmp/MERGED-2/networking.k8s.io.v1.Ingress.application.my.app	2026-11-25 18:10:41.835292113 +0000
@@ -4,7 +4,7 @@
-  generation: 1
+  generation: 2
`;

describe('parseDiff', () => {
  it('names each changed object and whether it is new (empty or null live side)', () => {
    expect(parseDiff(DIFF)).toEqual([
      { kind: 'Deployment', namespace: 'application', name: 'web', created: true },
      { kind: 'Secret', namespace: 'application', name: 's', created: true },
      { kind: 'Ingress', namespace: 'application', name: 'my.app', created: false },
    ]);
    expect(parseDiff('')).toEqual([]);
  });
});

describe('argv', () => {
  it('applies and diffs server-side from stdin under our field manager', () => {
    expect(deployApplyArgs()).toEqual([
      'apply',
      '--server-side',
      '--field-manager=gke-data-platform',
      '--force-conflicts',
      '-f',
      '-',
    ]);
    expect(diffArgs()).toEqual([
      'diff',
      '--server-side',
      '--field-manager=gke-data-platform',
      '--force-conflicts',
      '-f',
      '-',
    ]);
  });
});

describe('sanitizeApplyError', () => {
  it('[F36] keeps the error line and drops an echoed object', () => {
    const stderr =
      'Error from server (Forbidden): error when applying patch:\n{"data":{"database-url":"cG9zdGdyZXM6Ly91OnBAaC9kYg=="}}\nto:\nResource: "/v1, Resource=secrets"\nName: "db-credentials"\nfor: "STDIN": secrets "db-credentials" is forbidden: User "ci" cannot patch resource "secrets"';
    const clean = sanitizeApplyError(stderr);
    expect(clean).toBe('Error from server (Forbidden): error when applying patch');
    expect(clean).not.toContain('cG9zdGdyZXM');
  });
});

describe('the one kubectl apply path', () => {
  const secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'airflow-git-ssh' },
    data: { gitSshKey: 'LS0tLS1CRUdJTiBPUEVOU1NIIFBSSVZBVEUgS0VZLS0tLS0=' },
  };
  // kubectl's client-side message layout (kubernetes/kubectl pkg/cmd/apply/apply.go:749):
  // "error when applying patch:\n<patch>\nto:\n<info>\nfor: \"<source>\": <reason>".
  const echoed = `Error from server (Forbidden): error when applying patch:\n{"data":${JSON.stringify(secret.data)}}\nto:\nResource: "/v1, Resource=secrets", GroupVersionKind: "/v1, Kind=Secret"\nName: "airflow-git-ssh", Namespace: "airflow"\nfor: "STDIN": secrets "airflow-git-ssh" is forbidden: User "ci" cannot patch resource "secrets"`;

  it('[F36] Kubectl.apply (Secrets of helm-airflow, setup-wi objects) sanitises its errors too', async () => {
    const runner = new ScriptedRunner().on(() => fail(echoed));
    const kubectl = new Kubectl({ runner, logger: new MemoryLogger(), clock: new FakeClock() });
    const err = await kubectl.apply([secret]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).stderr).toBe(
      'Error from server (Forbidden): error when applying patch',
    );
    expect((err as CommandError).kind).toBe('permission');
    expect(String((err as Error).message)).not.toContain('LS0tLS1CRUdJTi');
    // From stdin, never argv.
    expect(runner.calls[0]?.args).toEqual(
      deployApplyArgs().filter((a) => a !== '--force-conflicts'),
    );
    expect(runner.calls[0]?.stdin).toContain('LS0tLS1CRUdJTi');
  });

  it("keeps the first line, cut short, when no line is kubectl's own", () => {
    expect(sanitizeApplyError(`x${'y'.repeat(500)}\nsecond`)).toBe(`x${'y'.repeat(399)}…`);
  });

  it('no module but tools/kubectl.ts writes an apply argv', () => {
    const root = path.resolve('src');
    const writers = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /\[\s*'apply'\s*,/.test(readFileSync(path.join(root, f), 'utf8')));
    expect(writers).toEqual([path.join('lib', 'tools', 'kubectl.ts')]);
  });
});

describe('K8sClient', () => {
  const make = (runner: ScriptedRunner) =>
    new K8sClient({ runner, logger: new MemoryLogger(), clock: new FakeClock() });

  it('reads exit 0 as no difference and exit 1 with a diff as differences', async () => {
    const runner = new ScriptedRunner()
      .once('kubectl diff', ok(''))
      .once('kubectl diff', { exitCode: 1, stdout: DIFF, stderr: '' });
    const client = make(runner);
    expect(await client.diff([])).toHaveLength(3);
    expect(await client.diff([])).toEqual([]);
    expect(runner.mutations()).toHaveLength(0);
  });

  it('[F36] a forbidden apply fails without the manifest or the secret in the error', async () => {
    const runner = new ScriptedRunner().on(() =>
      fail(
        'Error from server (Forbidden): error when applying patch:\n{"data":{"k":"c2VjcmV0LXZhbHVl"}}\nfor: "STDIN": secrets "s" is forbidden',
      ),
    );
    const err = await make(runner)
      .applyObjects([
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's' },
          data: { k: 'c2VjcmV0LXZhbHVl' },
        },
      ])
      .catch((e: unknown) => e as Error);
    expect(String(err)).toContain('Forbidden');
    expect(String(err)).not.toContain('c2VjcmV0LXZhbHVl');
    expect(runner.calls).toHaveLength(1);
  });

  it('[F50] retries an apply that hits a transient failure', async () => {
    const runner = new ScriptedRunner()
      .on(() => ok('deployment.apps/web serverside-applied'))
      .once(
        'kubectl apply',
        fail(
          'Error from server (InternalError): an error on the server ("connection reset by peer") has prevented the request from succeeding',
        ),
      )
      .once(
        'kubectl apply',
        fail('Unable to connect to the server: net/http: TLS handshake timeout'),
      );
    expect(await make(runner).applyObjects([])).toContain('serverside-applied');
    expect(runner.mutations()).toHaveLength(3);
  });

  it('turns a progress-deadline error into a failed status', async () => {
    const runner = new ScriptedRunner().on(() =>
      fail('error: deployment "web" exceeded its progress deadline'),
    );
    const status = await make(runner).rolloutStatus('Deployment', 'web', 'application');
    expect(status.done).toBe(false);
    expect(status.failed).toContain('exceeded its progress deadline');
  });
});
