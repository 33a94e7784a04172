/**
 * Prune's ownership rules (src/lib/k8s/apply-set.ts) as tables, its argv through the real
 * kubectl's parser, and the documented RBAC that lets each identity run them.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  APPLY_SET_LABEL,
  BASE_PRUNE_KINDS,
  deleteArgs,
  keepReason,
  listArgs,
  pruneKinds,
  pruneTargets,
  typeOf,
  withApplySet,
} from '../../../src/lib/k8s/apply-set.js';
import { parseInputs as parseLitellmInputs } from '../../../src/actions/apply-litellm/inputs.js';
import { parseInputs as parseAppInputs } from '../../../src/actions/deploy-app/inputs.js';
import { platformSchema, type PlatformConfig } from '../../../src/lib/config/schema.js';
import { outcomesTable } from '../../../src/lib/reconcile/report.js';
import type { KubeObject } from '../../../src/lib/tools/kubectl.js';
import { labelValue } from '../../../src/lib/validate/label-value.js';
import { checkArgv } from '../../../test-support/cli/conformance.js';
import { appPruneRules, appRules } from '../../../test-support/pipeline/identities.js';

const root = path.resolve(import.meta.dirname, '../../..');
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
    expect(pruneKinds(desired, false).map(typeOf)).toEqual([
      'deployment.apps',
      'service',
      'configmap',
      'secret',
      'statefulset.apps',
    ]);
  });
  it('a read-only plan never lists Secrets (a list returns their data)', () => {
    expect(pruneKinds(desired, true).map(typeOf)).not.toContain('secret');
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

describe('documented RBAC covers prune, and no more', () => {
  const plural = (type: string): [string, string] => {
    const [kind = '', ...group] = type.split('.');
    return [group.join('.'), kind.endsWith('s') ? `${kind}es` : `${kind}s`];
  };
  it("the planner's ClusterRole lets a read-only prune list every kind it lists", () => {
    const role = parseAllDocuments(
      readFileSync(path.join(root, 'examples/planner-rbac.yaml'), 'utf8'),
    )
      .map(
        (d) =>
          d.toJS() as {
            kind: string;
            rules?: { apiGroups: string[]; resources: string[]; verbs: string[] }[];
          },
      )
      .find((d) => d.kind === 'ClusterRole');
    for (const type of pruneKinds([], true).map(typeOf)) {
      const [group, resource] = plural(type);
      expect(
        role?.rules?.some(
          (r) =>
            r.apiGroups.includes(group) &&
            r.resources.includes(resource) &&
            r.verbs.includes('list'),
        ),
      ).toBe(true);
    }
  });
  it("docs/app-repositories.md's app-deployer-prune role grants delete on exactly the base kinds", () => {
    const doc = readFileSync(path.join(root, 'docs/app-repositories.md'), 'utf8');
    const m =
      /kubectl create role app-deployer-prune[^\n]*\\\n\s*--verb=(\S+) \\\n\s*--resource=(\S+)/.exec(
        doc,
      );
    expect(m?.[1]).toBe('delete');
    const granted = (m?.[2] ?? '').split(',').sort();
    expect(granted).toEqual(
      BASE_PRUNE_KINDS.map((k) => {
        const [group, resource] = plural(typeOf(k));
        return group ? `${resource}.${group}` : resource;
      }).sort(),
    );
  });
  it('the pipeline app deployer with the prune role may list and delete them in its namespace only', () => {
    const rules = [...appRules('application'), ...appPruneRules('application')];
    for (const type of BASE_PRUNE_KINDS.map(typeOf)) {
      const [group, resource] = plural(type);
      for (const verb of ['list', 'delete']) {
        expect(
          rules.some(
            (r) =>
              r.apiGroups.includes(group) &&
              r.resources.includes(resource) &&
              r.verbs.includes(verb) &&
              r.namespaces?.includes('application'),
          ),
        ).toBe(true);
      }
    }
  });
});

describe('prune and apply-set inputs (bad input fails before any command, naming the input)', () => {
  const source =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? '';
  const appBase = { manifests: 'deployments' };
  const litellmBase = { 'dry-run': 'true', image: 'ghcr.io/berriai/litellm:v1.74.3-stable' };

  it.each([
    [
      'deploy-app',
      async (v: Record<string, string>, c?: PlatformConfig) =>
        parseAppInputs(source({ ...appBase, ...v }), c),
    ],
    [
      'apply-litellm',
      (v: Record<string, string>, c?: PlatformConfig) =>
        parseLitellmInputs(source({ ...litellmBase, ...v }), c),
    ],
  ])(
    '%s: prune off and the set named after the action by default; the file and the input win in turn',
    async (action, parse) => {
      expect(await parse({})).toMatchObject({ prune: false, applySet: action });
      const file = {
        app: { prune: true, applySet: 'from-file' },
        litellm: { prune: true, applySet: 'from-file' },
      } as PlatformConfig;
      expect(await parse({}, file)).toMatchObject({ prune: true, applySet: 'from-file' });
      expect(await parse({ prune: 'false', 'apply-set': 'from-input' }, file)).toMatchObject({
        prune: false,
        applySet: 'from-input',
      });
      await expect(parse({ 'apply-set': 'team/app' })).rejects.toThrow(/apply-set.*label value/);
      await expect(parse({ prune: 'yes' })).rejects.toThrow(/prune.*true or false/);
    },
  );

  it('the platform file refuses a bad applySet with the rule', async () => {
    expect(() => platformSchema.parse({ app: { applySet: 'x'.repeat(64) } })).toThrow(/at most 63/);
    expect(() => platformSchema.parse({ litellm: { prune: 'yes' } })).toThrow();
  });
});
