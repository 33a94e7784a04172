/**
 * Rendered manifests validated against the Kubernetes OpenAPI schemas. kubectl cannot do this
 * offline: `apply --dry-run=client` and `--validate` download the schema from a server
 * ("failed to download openapi"), so we use kubernetes-models (generated from the upstream
 * OpenAPI spec, ajv validators). It checks types, enums and required fields; unknown fields are
 * caught by the server's strict field validation on apply instead.
 */
import { describe, expect, it } from '@jest/globals';
import { Deployment } from 'kubernetes-models/apps/v1';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { renderLitellm, litellmSecrets } from '../../../src/actions/apply-litellm/manifests.js';
import { DEFAULTS } from '../../../src/actions/apply-litellm/inputs.js';
import { prepareApp } from '../../../src/actions/deploy-app/manifests.js';
import { parseInputs } from '../../../src/actions/deploy-app/inputs.js';
import { parseManifests } from '../../../src/lib/k8s/manifests.js';
import type { KubeObject } from '../../../src/lib/tools/kubectl.js';

const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment as never,
  'v1/ConfigMap': ConfigMap as never,
  'v1/Secret': Secret as never,
  'v1/Service': Service as never,
};

export function validateAgainstSchema(o: KubeObject): void {
  const Model = MODELS[`${o.apiVersion}/${o.kind}`];
  if (!Model) throw new Error(`no schema model for ${o.apiVersion} ${o.kind}`);
  new Model(structuredClone(o) as never).validate();
}

const APP = `apiVersion: apps/v1
kind: Deployment
metadata: {name: fastapi-backend}
spec:
  selector: {matchLabels: {app: backend}}
  template:
    metadata: {labels: {app: backend}}
    spec:
      containers:
        - name: backend
          image: gcr.io/p/fastapi-backend:v2
          ports: [{containerPort: 8000}]
---
apiVersion: v1
kind: Service
metadata: {name: react-frontend-service}
spec:
  type: LoadBalancer
  selector: {app: frontend}
  ports: [{port: 80, targetPort: 3000}]
`;

describe('rendered manifests match the Kubernetes schemas', () => {
  it('the validator rejects a wrong type (it can fail)', () => {
    const bad: KubeObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's' },
      spec: { ports: [{ port: '80x' }] },
    };
    expect(() => validateAgainstSchema(bad)).toThrow(/port/);
  });

  it('LiteLLM default: ConfigMap, Secrets, Deployment with probes, Service', () => {
    const objects = renderLitellm(
      'model-serving',
      {
        image: 'ghcr.io/berriai/litellm:v1.74.3-stable',
        replicas: 2,
        configText: 'model_list: []\n',
        serviceType: 'ClusterIP',
        resources: DEFAULTS.resources,
      },
      litellmSecrets('model-serving', 'sk-x', { OPENAI_API_KEY: 'k' }),
    );
    expect(objects.map((o) => o.kind)).toEqual([
      'ConfigMap',
      'Secret',
      'Secret',
      'Deployment',
      'Service',
    ]);
    for (const o of objects) validateAgainstSchema(o);
    const container = (
      objects[3]?.spec as { template: { spec: { containers: Record<string, unknown>[] } } }
    ).template.spec.containers[0];
    expect(container?.readinessProbe).toMatchObject({
      httpGet: { path: '/health/readiness', port: 'http' },
    });
    expect(container?.livenessProbe).toMatchObject({
      httpGet: { path: '/health/liveliness', port: 'http' },
    });
    expect(container?.ports).toEqual([{ name: 'http', containerPort: 4000, protocol: 'TCP' }]);
    expect(container?.env).toEqual([
      {
        name: 'LITELLM_MASTER_KEY',
        valueFrom: { secretKeyRef: { name: 'litellm-master-key', key: 'master-key' } },
      },
    ]);
    // Not at /app: a ConfigMap there would shadow the image's application files.
    expect(container?.volumeMounts).toEqual([
      { name: 'config', mountPath: '/etc/litellm', readOnly: true },
    ]);
  });

  it('deploy-app backend with the Cloud SQL Auth Proxy as a native sidecar', async () => {
    const inputs = parseInputs(
      (name) =>
        ({
          manifests: 'deployments/',
          'cloud-sql-instance': 'alpine-figure-461007-i9:asia-southeast1:job-db',
          'auto-iam-authn': 'true',
          'private-ip': 'true',
          'database-url':
            'postgresql://cloudsql-proxy-gsa%40alpine-figure-461007-i9.iam@127.0.0.1:5432/job_db',
          images: `backend=asia-southeast1-docker.pkg.dev/p/apps/fastapi-backend@sha256:${'b'.repeat(64)}`,
        })[name] ?? '',
    );
    const prepared = prepareApp(inputs, await parseManifests('manifests', 'app.yaml', APP));
    for (const o of prepared.objects) validateAgainstSchema(o);
    const backend = prepared.objects.find((o) => o.kind === 'Deployment');
    const pod = (
      backend?.spec as {
        template: {
          metadata: { annotations: Record<string, string> };
          spec: Record<string, unknown> & {
            initContainers: Record<string, unknown>[];
            containers: Record<string, unknown>[];
          };
        };
      }
    ).template;
    const proxy = pod.spec.initContainers[0];
    expect(proxy).toMatchObject({
      name: 'cloud-sql-proxy',
      image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.25.3',
      restartPolicy: 'Always',
      securityContext: { runAsNonRoot: true, runAsUser: 65532 },
      resources: { requests: { cpu: '250m', memory: '256Mi' } },
    });
    expect(proxy?.args).toEqual(
      expect.arrayContaining([
        '--port=5432',
        '--structured-logs',
        '--auto-iam-authn',
        '--private-ip',
        'alpine-figure-461007-i9:asia-southeast1:job-db',
      ]),
    );
    expect((proxy?.args as string[]).at(-1)).toBe('alpine-figure-461007-i9:asia-southeast1:job-db');
    expect(pod.spec.serviceAccountName).toBe('fastapi-backend-ksa');
    expect(pod.spec.containers[0]?.image).toBe(
      `asia-southeast1-docker.pkg.dev/p/apps/fastapi-backend@sha256:${'b'.repeat(64)}`,
    );
    expect(pod.spec.containers[0]?.env).toEqual([
      {
        name: 'DATABASE_URL',
        valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'database-url' } },
      },
    ]);
    // No hash of the secret in the template (anyone who reads the Deployment would see it).
    expect(JSON.stringify(pod.metadata)).not.toMatch(/checksum|[a-f0-9]{64}/);
    expect(prepared.objects[0]).toMatchObject({
      kind: 'Secret',
      metadata: { name: 'db-credentials', namespace: 'application' },
    });
    expect(prepared.warnings.join('\n')).toMatch(/public LoadBalancer serving plain HTTP/);
  });
});

describe('serialised manifests', () => {
  it('use no YAML anchors or aliases (shared objects would produce them)', async () => {
    const { toYamlStream } = await import('../../../src/lib/tools/kubectl.js');
    const objects = renderLitellm(
      'model-serving',
      {
        image: 'ghcr.io/berriai/litellm:v1.74.3-stable',
        replicas: 1,
        serviceType: 'ClusterIP',
        resources: DEFAULTS.resources,
      },
      litellmSecrets('model-serving', 'sk-x', {}),
    );
    expect(await toYamlStream(objects)).not.toMatch(/[&*]a\d/);
  });
});
