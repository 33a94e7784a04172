/**
 * The planner's documented Kubernetes RBAC (examples/planner-rbac.yaml, docs/wif-setup.md §5)
 * is read-only and holds no Secret access: RBAC only adds permissions, and get/list on Secrets
 * return their data (https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { resourceType } from '../src/lib/tools/kubectl.js';

const root = path.resolve(import.meta.dirname, '..');
interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}
const docs = parseAllDocuments(
  readFileSync(path.join(root, 'examples/planner-rbac.yaml'), 'utf8'),
).map((d) => d.toJS() as { kind: string; rules?: Rule[]; subjects?: unknown[] });
const rules = docs.find((d) => d.kind === 'ClusterRole')?.rules ?? [];

/** `kind.group` (as the plan's kubectl get names it) -> is it readable? */
function readable(type: string): boolean {
  const [kind = '', ...group] = type.split('.');
  const plural = kind.endsWith('s')
    ? `${kind}es`
    : kind.endsWith('y')
      ? `${kind.slice(0, -1)}ies`
      : `${kind}s`;
  return rules.some(
    (r) =>
      r.apiGroups.includes(group.join('.')) &&
      r.resources.includes(plural) &&
      r.verbs.includes('get'),
  );
}

describe('planner RBAC', () => {
  it('grants only get, list and watch, never on Secrets, never with wildcards', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r.verbs.filter((v) => !['get', 'list', 'watch'].includes(v))).toEqual([]);
      expect(r.resources).not.toContain('secrets');
      expect(r.resources).not.toContain('*');
      expect(r.apiGroups).not.toContain('*');
    }
  });

  it.each([
    ['v1', 'Namespace'],
    ['v1', 'ConfigMap'], // helm-airflow's <release>-deploy-state record
    ['v1', 'Service'],
    ['v1', 'ServiceAccount'],
    ['apps/v1', 'Deployment'],
    ['apps/v1', 'StatefulSet'],
    ['networking.k8s.io/v1', 'Ingress'],
  ])('lets the plan get %s %s', (apiVersion, kind) => {
    expect(readable(resourceType({ apiVersion, kind }))).toBe(true);
  });

  it('is bound to the planner only, by a placeholder the docs replace', () => {
    const binding = docs.find((d) => d.kind === 'ClusterRoleBinding');
    expect(binding?.subjects).toEqual([
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'PLANNER_EMAIL' },
    ]);
  });
});
