/**
 * Kubernetes manifests as typed objects: parse the user's YAML (files or a folder), validate
 * what kubectl would only reject half-way through an apply (kind, apiVersion, names,
 * duplicates), set or check the namespace, and render them back for plans and summaries with
 * Secret data redacted. The YAML library is loaded lazily to keep it off the start-up path.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { readInputFile } from '../inputs/file.js';
import { parseYamlDocuments } from '../inputs/yaml.js';
import { redactInlineSecrets } from './inline-secrets.js';
import { API_VERSION, KIND, nameRuleOf } from '../validate/kubernetes.js';
import { dnsLabel } from '../validate/rules.js';
import type { KubeObject } from '../tools/kubectl.js';

export type { KubeObject } from '../tools/kubectl.js';

/** Kinds that live outside namespaces: their namespace is never set. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'APIService',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
]);

export const isClusterScoped = (kind: string): boolean => CLUSTER_SCOPED.has(kind);

/** `Kind/name` (with the namespace when set), for messages and summary rows. */
export function refOf(o: Pick<KubeObject, 'kind' | 'metadata'>): string {
  const ns = o.metadata.namespace;
  return `${o.kind}/${ns ? `${ns}/` : ''}${o.metadata.name}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks one parsed document; `where` names the input and file/document for the message. */
export function validateObject(input: string, where: string, doc: unknown): KubeObject {
  const bad = (rule: string): ConfigurationError =>
    new ConfigurationError(input, `${where}: ${rule}`);
  if (!isRecord(doc))
    throw bad('each document must be a mapping with apiVersion, kind and metadata');
  const { apiVersion, kind, metadata } = doc;
  if (typeof apiVersion !== 'string' || !API_VERSION.test(apiVersion)) {
    throw bad(`apiVersion must be like v1 or apps/v1 (got ${JSON.stringify(apiVersion ?? null)})`);
  }
  if (typeof kind !== 'string' || !KIND.test(kind)) {
    throw bad(
      `kind must be a Kubernetes kind such as Deployment (got ${JSON.stringify(kind ?? null)})`,
    );
  }
  if (!isRecord(metadata) || typeof metadata.name !== 'string') {
    throw bad(`${kind} must have metadata.name (generateName is not supported with apply)`);
  }
  try {
    nameRuleOf(kind)('', metadata.name);
    if (metadata.namespace !== undefined) dnsLabel('', String(metadata.namespace));
  } catch (err) {
    throw bad(`${kind} ${err instanceof ConfigurationError ? `name: ${err.rule}` : String(err)}`);
  }
  return doc as KubeObject;
}

/** Parses a multi-document YAML stream; empty documents are skipped, `kind: List` is flattened. */
export async function parseManifests(
  input: string,
  source: string,
  text: string,
): Promise<KubeObject[]> {
  const objects: KubeObject[] = [];
  (await parseYamlDocuments(text, { input, where: source })).forEach((value, index) => {
    const where = `${source} document ${index + 1}`;
    if (value === null || value === undefined) return;
    if (isRecord(value) && value.kind === 'List' && Array.isArray(value.items)) {
      value.items.forEach((item, i) =>
        objects.push(validateObject(input, `${where} item ${i + 1}`, item)),
      );
      return;
    }
    objects.push(validateObject(input, where, value));
  });
  return objects;
}

/** The YAML/JSON files named by the input: files as given, folders' files sorted by name. */
export async function manifestFiles(input: string, paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) throw new ConfigurationError(input, `${p} does not exist`);
    if (info.isDirectory()) {
      const names = (await readdir(p)).filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
      if (names.length === 0)
        throw new ConfigurationError(input, `folder ${p} has no .yaml, .yml or .json files`);
      files.push(...names.map((n) => path.join(p, n)));
    } else {
      files.push(p);
    }
  }
  return files;
}

/** Reads, parses and validates every manifest the input names. */
export async function loadManifests(
  input: string,
  paths: readonly string[],
): Promise<KubeObject[]> {
  const objects: KubeObject[] = [];
  for (const file of await manifestFiles(input, paths)) {
    objects.push(...(await parseManifests(input, file, await readInputFile(input, file))));
  }
  if (objects.length === 0) throw new ConfigurationError(input, 'the manifests hold no objects');
  return objects;
}

/** The input that lets an app's manifests hold cluster-scoped objects (off by default). */
export const ALLOW_CLUSTER_SCOPED_INPUT = 'allow-cluster-scoped';

/**
 * Puts every namespaced object in `namespace`. An object that names another namespace is an
 * error: applying it elsewhere would silently deploy to the wrong place. A cluster-scoped
 * object (a ClusterRoleBinding of `default` to `cluster-admin`, a webhook, a CRD) reaches far
 * beyond the app, so it is refused unless `allow-cluster-scoped` says otherwise (issue 15,
 * class 6); the target namespace's own Namespace object is always fine.
 */
export function inNamespace(
  input: string,
  objects: readonly KubeObject[],
  namespace: string,
  allowClusterScoped = false,
): KubeObject[] {
  return objects.map((o) => {
    if (isClusterScoped(o.kind)) {
      const ownNamespace = o.kind === 'Namespace' && o.metadata.name === namespace;
      if (!allowClusterScoped && !ownNamespace) {
        throw new ConfigurationError(
          input,
          `${o.kind}/${o.metadata.name} is cluster-scoped: it acts outside namespace "${namespace}"; remove it, or set ${ALLOW_CLUSTER_SCOPED_INPUT}: true if this step must manage it`,
        );
      }
      return o;
    }
    const own = o.metadata.namespace;
    if (own !== undefined && own !== namespace) {
      throw new ConfigurationError(
        input,
        `${o.kind}/${o.metadata.name} is in namespace "${own}", but this step deploys to "${namespace}"; remove metadata.namespace or make them equal`,
      );
    }
    return { ...o, metadata: { ...o.metadata, namespace } };
  });
}

/** Fails on two objects with the same kind, namespace and name (the later would win silently). */
export function assertUnique(input: string, objects: readonly KubeObject[]): void {
  const seen = new Set<string>();
  for (const o of objects) {
    const key = `${o.apiVersion.split('/')[0]}/${refOf(o)}`;
    if (seen.has(key)) throw new ConfigurationError(input, `${refOf(o)} is defined twice`);
    seen.add(key);
  }
}

export const REDACTED = '<redacted>';

/**
 * The objects with every Secret value replaced, and literal credentials in ConfigMap text
 * (`api_key: sk-...`) too, for plans, logs and summaries.
 */
export function redactSecrets(objects: readonly KubeObject[]): KubeObject[] {
  return objects.map((o) => {
    if (o.kind === 'ConfigMap' && isRecord(o.data)) {
      const data = Object.fromEntries(
        Object.entries(o.data).map(([k, v]) => [
          k,
          typeof v === 'string' ? redactInlineSecrets(v) : v,
        ]),
      );
      return { ...o, data };
    }
    if (o.kind !== 'Secret') return o;
    const out: KubeObject = { ...o };
    for (const field of ['data', 'stringData'] as const) {
      const values = o[field];
      if (isRecord(values)) {
        out[field] = Object.fromEntries(Object.keys(values).map((k) => [k, REDACTED]));
      }
    }
    return out;
  });
}

/** YAML for display: Secret data redacted. */
export async function displayYaml(objects: readonly KubeObject[]): Promise<string> {
  const { stringify } = await import('yaml');
  return redactSecrets(objects)
    .map((o) => stringify(o, { lineWidth: 0 }))
    .join('---\n');
}
