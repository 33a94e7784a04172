import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../../src/lib/errors.js';
import {
  assertUnique,
  displayYaml,
  inNamespace,
  loadManifests,
  parseManifests,
  redactSecrets,
  REDACTED,
} from '../../../src/lib/k8s/manifests.js';

const deployment = (name: string, namespace?: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
${namespace ? `  namespace: ${namespace}\n` : ''}spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec: {containers: [{name: ${name}, image: nginx:1.27}]}
`;

describe('parseManifests', () => {
  it('reads every document, skips empty ones and flattens a List', async () => {
    const text = `${deployment('a')}---\n---\n# only a comment\n---\napiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: c}}\n  - {apiVersion: v1, kind: Service, metadata: {name: s}}\n`;
    const objects = await parseManifests('manifests', 'app.yaml', text);
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Deployment/a',
      'ConfigMap/c',
      'Service/s',
    ]);
  });

  it.each([
    ['kind: Deployment\nmetadata: {name: a}', /document 1: apiVersion must be/],
    ['apiVersion: apps/v1\nmetadata: {name: a}', /kind must be a Kubernetes kind/],
    ['apiVersion: apps/v1\nkind: deployment\nmetadata: {name: a}', /kind must be/],
    [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {generateName: a-}',
      /must have metadata.name/,
    ],
    ['apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: My_App}', /DNS-1123 subdomain/],
    ['apiVersion: v1\nkind: Service\nmetadata: {name: a.b}', /DNS-1123 label/],
    ['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: Bad_NS}', /DNS-1123 label/],
    ['- just\n- a list', /must be a mapping/],
    ['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [', /document 1 is not valid YAML/],
  ])('[F5] rejects %j naming the input and the document', async (text, message) => {
    const err = await parseManifests('manifests', 'bad.yaml', text).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).message).toMatch(/^input "manifests": bad\.yaml document 1/);
    expect((err as ConfigurationError).message).toMatch(message);
  });
});

describe('namespaces and duplicates', () => {
  it('sets the namespace on namespaced objects and leaves allowed cluster-scoped ones alone', async () => {
    const objects = await parseManifests(
      'm',
      'f',
      `${deployment('a')}---\napiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n`,
    );
    const placed = inNamespace('m', objects, 'application', true);
    expect(placed[0]?.metadata.namespace).toBe('application');
    expect(placed[1]?.metadata.namespace).toBeUndefined();
    expect(objects[0]?.metadata.namespace).toBeUndefined();
  });

  it('[F70] refuses a cluster-scoped object by name unless allowed; the own Namespace is fine', async () => {
    const binding = await parseManifests(
      'm',
      'f',
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: pwn}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\nsubjects: [{kind: ServiceAccount, name: default, namespace: application}]\n',
    );
    expect(() => inNamespace('m', binding, 'application')).toThrow(
      /input "m": ClusterRoleBinding\/pwn is cluster-scoped.*allow-cluster-scoped: true/,
    );
    const own = await parseManifests(
      'm',
      'f',
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: application}\n',
    );
    expect(inNamespace('m', own, 'application')).toHaveLength(1);
  });

  it('accepts the same namespace and refuses another one', async () => {
    const same = await parseManifests('m', 'f', deployment('a', 'application'));
    expect(inNamespace('m', same, 'application')[0]?.metadata.namespace).toBe('application');
    const other = await parseManifests('m', 'f', deployment('a', 'default'));
    expect(() => inNamespace('m', other, 'application')).toThrow(
      /is in namespace "default", but this step deploys to "application"/,
    );
  });

  it('refuses an object defined twice', async () => {
    const objects = await parseManifests('m', 'f', `${deployment('a')}---\n${deployment('a')}`);
    expect(() => assertUnique('m', objects)).toThrow(/Deployment\/a is defined twice/);
  });
});

describe('loadManifests', () => {
  it("reads a folder's yaml files in name order and ignores others", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'manifests-'));
    try {
      await writeFile(path.join(dir, 'b-frontend.yaml'), deployment('frontend'));
      await writeFile(path.join(dir, 'a-backend.yml'), deployment('backend'));
      await writeFile(path.join(dir, 'README.md'), '# not a manifest');
      const objects = await loadManifests('manifests', [dir]);
      expect(objects.map((o) => o.metadata.name)).toEqual(['backend', 'frontend']);
      await expect(loadManifests('manifests', [path.join(dir, 'missing.yaml')])).rejects.toThrow(
        /does not exist/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('display', () => {
  it('redacts every Secret value but keeps the keys', async () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      data: { 'database-url': Buffer.from('postgres://u:p@h/db').toString('base64') },
      stringData: { token: 'plain-token' },
    };
    const [redacted] = redactSecrets([secret]);
    expect(redacted?.data).toEqual({ 'database-url': REDACTED });
    const yaml = await displayYaml([secret]);
    expect(yaml).toContain('database-url: <redacted>');
    expect(yaml).not.toContain('plain-token');
    expect(yaml).not.toContain(Buffer.from('postgres://u:p@h/db').toString('base64'));
    expect(secret.stringData.token).toBe('plain-token');
  });
});
