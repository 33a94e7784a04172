/**
 * Prune's ownership rules (src/lib/k8s/apply-set.ts) as tables, its argv through the real
 * kubectl's parser, and the documented RBAC that lets each identity run them.
 */
import { describe, expect, it } from '@jest/globals';
import {
  APPLY_SET_LABEL,
  BASE_PRUNE_KINDS,
  deleteArgs,
  foreignTargets,
  keepReason,
  listArgs,
  pruneKinds,
  pruneTargets,
  withApplySet,
} from '../../../src/lib/k8s/apply-set.js';
import { resourceType } from '../../../src/lib/tools/kubectl.js';
import { outcomesTable } from '../../../src/lib/reconcile/report.js';
import type { KubeObject } from '../../../src/lib/tools/kubectl.js';
import { labelValue } from '../../../src/lib/validate/label-value.js';
import { checkArgv } from '../../../test-support/cli/conformance.js';

const scope = { namespace: 'application', setId: 'deploy-app' };

/** Our manager's Apply entry owning the set label, as the API server records it (FieldsV1). */
const ours = {
  manager: 'gke-data-platform',
  operation: 'Apply',
  fieldsV1: { 'f:metadata': { 'f:labels': { [`f:${APPLY_SET_LABEL}`]: {} } } },
};

function live(
  over: Partial<KubeObject['metadata']> = {},
  kind = 'Deployment',
  apiVersion = 'apps/v1',
): KubeObject {
  return {
    apiVersion,
    kind,
    metadata: {
      name: 'old',
      namespace: 'application',
      labels: { [APPLY_SET_LABEL]: 'deploy-app' },
      managedFields: [ours],
      ...over,
    },
  };
}

describe('labelValue (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set)', () => {
  it.each(['deploy-app', 'Team_A.app-1', 'a', 'x'.repeat(63)])('accepts %s', (v) => {
    expect(labelValue('apply-set', v)).toBe(v);
  });
  it.each([
    ['x'.repeat(64), /at most 63/],
    ['-app', /must not start with "-"/],
    ['app-', /label value/],
    ['a/b', /label value/],
    ['', /must not be empty/],
    ['a b', /label value/],
  ])('refuses %j naming the input and the rule', (v, rule) => {
    expect(() => labelValue('apply-set', v)).toThrow(/apply-set/);
    expect(() => labelValue('apply-set', v)).toThrow(rule);
  });
});

describe('withApplySet', () => {
  it('labels namespaced objects (keeping their labels), never a Namespace, and copies', () => {
    const input: KubeObject[] = [
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', labels: { app: 'x' } } },
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n' } },
    ];
    const out = withApplySet(input, 'deploy-app');
    expect(out[0]?.metadata.labels).toEqual({ app: 'x', [APPLY_SET_LABEL]: 'deploy-app' });
    expect(out[1]?.metadata.labels).toBeUndefined();
    expect(input[0]?.metadata.labels).toEqual({ app: 'x' });
  });
});

describe('pruneKinds', () => {
  const desired: KubeObject[] = [
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's' } },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n' } },
  ];
  it('lists the base kinds and the manifests namespaced kinds, never cluster-scoped ones', () => {
    expect(pruneKinds(desired, false).map(resourceType)).toEqual([
      'deployment.apps',
      'service',
      'configmap',
      'secret',
      'statefulset.apps',
    ]);
  });
  it('a read-only plan never lists Secrets (a list returns their data)', () => {
    expect(pruneKinds(desired, true).map(resourceType)).not.toContain('secret');
  });
});

describe('keepReason: never delete anything we did not create', () => {
  it.each([
    ['ours, in scope', live(), undefined],
    ['another namespace', live({ namespace: 'airflow' }), /in namespace airflow/],
    [
      'another set',
      live({ labels: { [APPLY_SET_LABEL]: 'apply-litellm' } }),
      /not in our apply set/,
    ],
    ['no set label', live({ labels: {} }), /not in our apply set/],
    [
      'label copied by hand (no managed fields)',
      live({ managedFields: [] }),
      /not applied by gke-data-platform/,
    ],
    [
      'label applied by another manager',
      live({ managedFields: [{ ...ours, manager: 'kubectl-client-side-apply' }] }),
      /not applied by/,
    ],
    [
      'our manager by Update, not Apply',
      live({ managedFields: [{ ...ours, operation: 'Update' }] }),
      /not applied by/,
    ],
    [
      'our Apply entry without the set label',
      live({
        managedFields: [{ ...ours, fieldsV1: { 'f:metadata': { 'f:labels': { 'f:app': {} } } } }],
      }),
      /not applied by/,
    ],
    [
      'owned by another object',
      live({ ownerReferences: [{ uid: 'u' }] }),
      /owned by another object/,
    ],
    [
      'already terminating',
      live({ deletionTimestamp: '2026-01-01T00:00:00Z' }),
      /already being deleted/,
    ],
    ['a Namespace', live({ namespace: undefined }, 'Namespace', 'v1'), /not namespaced/],
  ])('%s', (_, object, expected) => {
    const reason = keepReason(object, scope);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });
});

describe('keepReason: another repository sharing the apply set', () => {
  // deploy-app and apply-litellm stamp the run URL of the run that last changed an object
  // (provenance.ts; GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID,
  // https://docs.github.com/en/actions/reference/variables-reference).
  const by = (runUrl: string) =>
    live({ annotations: { 'deploy.gke-data-platform.dev/run-url': runUrl } });
  const billing = 'https://github.com/acme/billing/actions/runs/42';
  it.each([
    [
      'deployed by another repository',
      by(billing),
      'acme/orders',
      /last deployed by acme\/billing, another repository using apply set "deploy-app": give each repository its own apply-set/,
    ],
    ['deployed by this repository', by(billing), 'acme/billing', undefined],
    // GitHub names are case-insensitive.
    ['this repository, other case', by(billing), 'Acme/Billing', undefined],
    [
      'GitHub Enterprise run URL, other repository',
      by('https://ghe.example.com/acme/billing/actions/runs/7'),
      'acme/orders',
      /last deployed by acme\/billing/,
    ],
    ['no run URL (a CLI deploy)', live(), 'acme/orders', undefined],
    ['a run URL we did not write', by('https://example.com/not-a-run'), 'acme/orders', undefined],
    ['this run outside Actions (repository unknown)', by(billing), undefined, undefined],
  ])('%s', (_, object, repository, expected) => {
    const reason = keepReason(object, { ...scope, ...(repository ? { repository } : {}) });
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });

  it('foreignTargets lists only objects that are ours but for the repository', () => {
    const listed = [
      by(billing),
      {
        ...by(billing),
        metadata: { ...by(billing).metadata, name: 'not-ours', managedFields: [] },
      },
      live({ name: 'mine' }),
    ];
    const foreign = foreignTargets(listed, [], { ...scope, repository: 'acme/orders' });
    expect(foreign).toEqual([
      {
        target: {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: 'old',
          namespace: 'application',
        },
        repository: 'acme/billing',
      },
    ]);
    expect(
      pruneTargets(listed, [], { ...scope, repository: 'acme/orders' }).map((t) => t.name),
    ).toEqual(['mine']);
  });
});

describe('pruneTargets', () => {
  it('keeps what the manifests still hold (by group, kind and name) and sorts the rest', () => {
    const listed = [
      live({ name: 'kept' }),
      live({ name: 'kept' }, 'ConfigMap', 'v1'),
      live({ name: 'b-old' }),
      live({ name: 'a-old' }, 'Service', 'v1'),
    ];
    const desired: KubeObject[] = [
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'kept' } },
    ];
    expect(pruneTargets(listed, desired, scope).map((t) => `${t.kind}/${t.name}`)).toEqual([
      'ConfigMap/kept',
      'Service/a-old',
      'Deployment/b-old',
    ]);
  });
});

describe('argv through the real kubectl parser', () => {
  it('the list and the delete parse', () => {
    const list = listArgs(BASE_PRUNE_KINDS, 'application', 'deploy-app');
    expect(list).toContain(`${APPLY_SET_LABEL}=deploy-app`);
    expect(checkArgv('kubectl', list).parsed).toBe(true);
    const del = deleteArgs({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'old',
      namespace: 'application',
    });
    expect(del).toEqual([
      'delete',
      'deployment.apps',
      'old',
      '--namespace',
      'application',
      '--cascade=background',
      '--ignore-not-found',
      '--wait=false',
    ]);
    expect(checkArgv('kubectl', del).parsed).toBe(true);
  });
});

describe('the summary table marks deletions', () => {
  it('shows a delete with its icon', () => {
    expect(
      outcomesTable([
        { resource: 'Deployment/a/old', action: 'delete', status: 'planned', detail: 'gone' },
      ]),
    ).toContain('| `Deployment/a/old` | 🗑️ delete | 📝 planned | gone |');
  });
});
