/** The read-only plan's comparison of desired and live objects (src/lib/k8s/compare.ts). */
import { CHANGE_CAUSE, Provenance } from '../../../src/lib/k8s/provenance.js';
import { describe, expect, it } from '@jest/globals';
import { compareManaged, droppedFields, quantityValue } from '../../../src/lib/k8s/compare.js';
import { FIELD_MANAGER, type KubeObject } from '../../../src/lib/tools/kubectl.js';

const desired = (): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', namespace: 'app', labels: { app: 'api' } },
  spec: {
    replicas: 2,
    template: {
      spec: {
        containers: [
          {
            name: 'api',
            image: 'img@sha256:abc',
            resources: { requests: { cpu: '0.5', memory: '1024Mi' } },
          },
        ],
      },
    },
  },
});

/** What the API server returns: our fields, its defaults, canonical quantities, metadata. */
const live = (): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'api',
    namespace: 'app',
    uid: 'u1',
    labels: { app: 'api' },
    annotations: { 'deployment.kubernetes.io/revision': '3' },
  },
  spec: {
    replicas: 2,
    progressDeadlineSeconds: 600,
    strategy: { type: 'RollingUpdate' },
    template: {
      spec: {
        restartPolicy: 'Always',
        containers: [
          {
            name: 'api',
            image: 'img@sha256:abc',
            imagePullPolicy: 'IfNotPresent',
            resources: { requests: { cpu: '500m', memory: '1Gi' } },
          },
        ],
      },
    },
  },
  status: { readyReplicas: 2 },
});

describe('compareManaged', () => {
  it('ignores the defaults and metadata the API server adds, and canonical quantities', () => {
    expect(compareManaged(desired(), live())).toEqual([]);
  });

  it.each([
    [
      'a scalar',
      (o: KubeObject) => ((o.spec as { replicas: number }).replicas = 3),
      'spec.replicas',
    ],
    [
      'an image in a list item',
      (o: KubeObject) => {
        (
          o.spec as { template: { spec: { containers: { image: string }[] } } }
        ).template.spec.containers[0]!.image = 'img@sha256:def';
      },
      'spec.template.spec.containers.0.image',
    ],
    [
      'a quantity by value',
      (o: KubeObject) => {
        (
          o.spec as {
            template: { spec: { containers: { resources: { requests: { cpu: string } } }[] } };
          }
        ).template.spec.containers[0]!.resources.requests.cpu = '1';
      },
      'spec.template.spec.containers.0.resources.requests.cpu',
    ],
    ['a label', (o: KubeObject) => (o.metadata.labels = { app: 'web' }), 'metadata.labels.app'],
  ])('finds %s that differs', (_what, change, path) => {
    const want = desired();
    change(want);
    expect(compareManaged(want, live())).toEqual([path]);
  });

  it('a list of another length differs (our manifests own whole lists)', () => {
    const want = desired();
    const c = (want.spec as { template: { spec: { containers: unknown[] } } }).template.spec;
    c.containers = [...c.containers, { name: 'sidecar', image: 'x:1' }];
    expect(compareManaged(want, live())).toEqual(['spec.template.spec.containers']);
  });

  it('a field our manager applied before and no longer sets is a change (SSA removes it)', () => {
    const have = live();
    have.metadata.annotations = { ...have.metadata.annotations, team: 'data' };
    have.metadata.managedFields = [
      {
        manager: FIELD_MANAGER,
        operation: 'Apply',
        fieldsV1: {
          'f:metadata': { 'f:annotations': { 'f:team': {} }, 'f:labels': { 'f:app': {} } },
        },
      },
      // Another manager's field is not ours to remove.
      { manager: 'kubectl-edit', operation: 'Update', fieldsV1: { 'f:spec': { 'f:paused': {} } } },
    ];
    expect(droppedFields(desired(), have)).toEqual(['metadata.annotations.team']);
    expect(compareManaged(desired(), have)).toEqual(['metadata.annotations.team (no longer set)']);
  });

  it('provenance our manager wrote is never a difference by itself (issue 16: written only with a change)', () => {
    const have = live();
    have.metadata.annotations = {
      ...have.metadata.annotations,
      [Provenance.RunUrl]: 'https://github.com/o/r/actions/runs/1',
      [CHANGE_CAUSE]: 'deploy by https://github.com/o/r/actions/runs/1',
    };
    have.metadata.managedFields = [
      {
        manager: FIELD_MANAGER,
        operation: 'Apply',
        fieldsV1: {
          'f:metadata': {
            'f:annotations': {
              [`f:${Provenance.RunUrl}`]: {},
              [`f:${CHANGE_CAUSE}`]: {},
            },
          },
        },
      },
    ];
    expect(compareManaged(desired(), have)).toEqual([]);
    // Any other annotation of ours that the manifests dropped still is one.
    const fields = have.metadata.managedFields as {
      fieldsV1: Record<string, Record<string, object>>;
    }[];
    (fields[0]?.fieldsV1['f:metadata']?.['f:annotations'] as Record<string, object>)['f:team'] = {};
    expect(compareManaged(desired(), have)).toEqual(['metadata.annotations.team (no longer set)']);
  });

  it.each([
    ['500m', 0.5],
    ['1Gi', 2 ** 30],
    ['1G', 1e9],
    ['2', 2],
    ['1e3', 1000],
    ['lots', undefined],
  ])('quantity %s = %s', (text, value) => {
    expect(quantityValue(text)).toBe(value);
  });
});
