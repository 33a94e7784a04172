import { describe, expect, it } from '@jest/globals';
import {
  bumpMarkers,
  referencedSecrets,
  SECRETS_MARKER,
  withLiveMarkers,
} from '../../../src/lib/k8s/secret-rollout.js';
import type { KubeObject } from '../../../src/lib/tools/kubectl.js';

const deployment = (name: string, podSpec: Record<string, unknown>): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'application' },
  spec: { template: { metadata: { labels: { app: name } }, spec: podSpec } },
});
const marker = (o: KubeObject | undefined): string | undefined =>
  (o?.spec as { template: { metadata: { annotations?: Record<string, string> } } }).template
    .metadata.annotations?.[SECRETS_MARKER];

const backend = deployment('backend', {
  containers: [
    {
      name: 'api',
      env: [
        {
          name: 'DATABASE_URL',
          valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'database-url' } },
        },
      ],
      envFrom: [{ secretRef: { name: 'provider-keys' } }],
    },
  ],
  volumes: [
    { name: 'tls', secret: { secretName: 'tls-cert' } },
    {
      name: 'p',
      projected: {
        sources: [{ secret: { name: 'projected-one' } }, { configMap: { name: 'cm' } }],
      },
    },
  ],
});
const frontend = deployment('frontend', { containers: [{ name: 'ui' }] });

describe('secret rollout markers', () => {
  it('finds every Secret a pod reads', () => {
    expect([...referencedSecrets(backend)].sort()).toEqual([
      'db-credentials',
      'projected-one',
      'provider-keys',
      'tls-cert',
    ]);
    expect(referencedSecrets(frontend).size).toBe(0);
  });

  it('carries the live marker so an unchanged run diffs clean', () => {
    const live = new Map([
      ['Deployment/backend', { exists: true, marker: '2026-01-01T00:00:00.000Z' }],
    ]);
    const [b, f] = withLiveMarkers([backend, frontend], live);
    expect(marker(b)).toBe('2026-01-01T00:00:00.000Z');
    expect(marker(f)).toBeUndefined();
    expect(marker(backend)).toBeUndefined();
  });

  it('bumps only existing workloads that read a changed Secret', () => {
    const objects = [
      backend,
      frontend,
      deployment('new-reader', {
        containers: [{ name: 'x', envFrom: [{ secretRef: { name: 'db-credentials' } }] }],
      }),
    ];
    const live = new Map([
      ['Deployment/backend', { exists: true }],
      ['Deployment/new-reader', { exists: false }],
    ]);
    const diff = [
      { kind: 'Secret', namespace: 'application', name: 'db-credentials', created: false },
    ];
    expect(bumpMarkers(objects, diff, live, 'NOW')).toEqual(['Deployment/backend']);
    expect(marker(objects[0])).toBe('NOW');
    expect(marker(objects[2])).toBeUndefined();
    expect(bumpMarkers([backend], [], live, 'NOW')).toEqual([]);
  });
});
