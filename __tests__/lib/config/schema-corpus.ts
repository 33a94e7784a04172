/**
 * Documents the platform-file schema is run over to show that a change in how it is built
 * (zod classic -> zod/mini, jitless) leaves every validation result as it was: the example
 * platform, a document that sets every key, each of their leaves replaced by hostile and careless
 * values, unknown and missing keys, and prototype-named keys. schema-golden.json holds what the
 * zod-classic schema (commit 0eb50d6) returned for each; schema-equivalence.test.ts compares.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');

export interface CorpusCase {
  readonly name: string;
  readonly doc: unknown;
}

/** A validation result reduced to what a caller can see: the data, or the issues in order. */
export type Outcome =
  | { readonly ok: true; readonly data?: unknown; readonly sha256?: string }
  | { readonly ok: false; readonly issues: readonly string[] };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function exampleDoc(): Json {
  return parse(readFileSync(path.join(root, 'examples/platform.yaml'), 'utf8')) as Json;
}

/** Every key of every section set to a valid value (the example leaves many unset). */
export function fullDoc(): Json {
  const doc = exampleDoc() as Record<string, Record<string, Json>>;
  const image = 'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/data-platform/app';
  doc.workloadIdentity!.updateNodePools = true;
  Object.assign(doc.logBucket!, {
    location: 'asia-southeast1',
    role: 'roles/storage.objectUser',
    member: 'serviceAccount:gsa@alpine-figure-461007-i9.iam.gserviceaccount.com',
  });
  Object.assign((doc.images as unknown as Record<string, Json>[])[0]!, {
    dockerfile: 'Dockerfile',
    target: 'runtime',
    tags: ['v1', 'latest'],
    platforms: ['linux/amd64'],
    labels: { team: 'data' },
    skipExisting: true,
  });
  Object.assign(doc.airflow!, {
    release: 'airflow',
    chartRepo: 'https://airflow.apache.org',
    values: { executor: 'KubernetesExecutor', nested: { list: [1, 'two'] } },
    image: `${image}:3.2.2`,
    logFolder: 'gs://airflow-logs-tinhnv-gke/logs',
    helmVersion: '3.18.4',
  });
  Object.assign(doc.litellm!, {
    createNamespace: false,
    manifests: ['examples/litellm'],
    serviceType: 'LoadBalancer',
    resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '2Gi' } },
    timeout: '5m',
    smokeUrl: 'https://litellm.example.com/health',
  });
  Object.assign(doc.app!, {
    images: { backend: `${image}:v1` },
    autoIamAuthn: true,
    privateIp: false,
    waitForAddress: true,
    addressTimeout: '10m',
    timeout: '8m',
  });
  return doc as unknown as Json;
}

/** Values users get wrong or attackers try; each replaces every leaf in turn. */
const BAD_VALUES: readonly [string, Json][] = [
  ['null', null],
  ['zero', 0],
  ['fraction', 1.5],
  ['true', true],
  ['empty string', ''],
  ['flag', '--kubeconfig=/tmp/x'],
  ['newline', 'ok\nnot-ok'],
  ['upper and underscore', 'Bad_Name'],
  ['empty array', []],
  ['empty object', {}],
  ['long string', 'a'.repeat(5000)],
  ['number string', '101'],
];

function leaves(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  }
  return [at];
}

function objects(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objects(v, [...at, i]));
  if (value !== null && typeof value === 'object') {
    return [at, ...Object.entries(value).flatMap(([k, v]) => objects(v, [...at, k]))];
  }
  return [];
}

function edit(
  doc: Json,
  at: (string | number)[],
  change: (parent: Json[] | { [k: string]: Json }, key: string | number) => void,
): Json {
  const copy = structuredClone(doc);
  let parent = copy as Json[] & { [k: string]: Json };
  for (const key of at.slice(0, -1)) parent = (parent as never)[key];
  change(parent, at[at.length - 1]!);
  return copy;
}

export function schemaCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = [
    { name: 'example', doc: exampleDoc() },
    { name: 'full', doc: fullDoc() },
    { name: 'empty object', doc: {} },
    { name: 'top-level array', doc: [] },
    { name: 'top-level string', doc: 'project: x' },
    { name: 'top-level number', doc: 42 },
    { name: 'top-level null', doc: null },
  ];
  const full = fullDoc();
  for (const at of leaves(full)) {
    for (const [label, value] of BAD_VALUES) {
      cases.push({
        name: `${at.join('.')} = ${label}`,
        doc: edit(full, at, (p, k) => ((p as Record<string, Json>)[k] = value)),
      });
    }
  }
  for (const at of objects(full)) {
    cases.push({
      name: `${at.join('.') || '(top)'} + unknown key`,
      doc:
        at.length === 0
          ? { ...(full as object), zzUnknown: 1 }
          : edit(full, [...at, 'zzUnknown'], (p, k) => ((p as Record<string, Json>)[k] = 1)),
    });
    const node = at.reduce<Json>((v, k) => (v as never)[k], full);
    if (Array.isArray(node)) continue;
    for (const key of Object.keys(node as object)) {
      cases.push({
        name: `${[...at, key].join('.')} removed`,
        doc: edit(full, [...at, key], (p, k) => delete (p as Record<string, Json>)[k]),
      });
    }
  }
  const hostile = (name: string, json: string) => cases.push({ name, doc: JSON.parse(json) });
  const base = JSON.stringify(full).slice(1, -1);
  hostile('__proto__ at top level', `{${base},"__proto__":{"polluted":1}}`);
  hostile(
    '__proto__ in labels',
    `{${base},"logBucket":{"name":"b-1x","labels":{"__proto__":"x"}}}`,
  );
  hostile(
    'constructor in buildArgs',
    `{${base},"images":[{"name":"a","image":"asia-docker.pkg.dev/p-123456/r/i","buildArgs":{"constructor":"x"}}]}`,
  );
  hostile(
    'duplicate image names',
    `{${base},"images":[{"name":"a","image":"asia-docker.pkg.dev/p-123456/r/i"},{"name":"a","image":"asia-docker.pkg.dev/p-123456/r/j"}]}`,
  );
  hostile(
    'secret-looking build arg',
    `{${base},"images":[{"name":"a","image":"asia-docker.pkg.dev/p-123456/r/i","buildArgs":{"API_TOKEN":"x","ok":"y"}}]}`,
  );
  hostile('replicas out of range', `{${base},"litellm":{"replicas":101}}`);
  hostile('retention out of range', `{${base},"logBucket":{"name":"b-1x","retentionDays":36501}}`);
  hostile(
    'deep values',
    `{${base},"airflow":{"values":${'{"a":'.repeat(200)}1${'}'.repeat(200)}}}`,
  );
  hostile(
    'many errors at once',
    '{"project":"X","region":1,"cluster":{"name":"-x"},"gsa":{},"images":[{}],"app":{"smokePath":"no-slash","manifests":[""]}}',
  );
  return cases;
}

/** Full data for the named documents; a digest elsewhere keeps the golden file small. */
export function outcomeOf(
  name: string,
  result: {
    success: boolean;
    data?: unknown;
    error?: { issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[] };
  },
): Outcome {
  if (!result.success) {
    return {
      ok: false,
      issues: result.error!.issues.map(
        (i) => `${i.path.map(String).join('.')} [${i.code}] ${i.message}`,
      ),
    };
  }
  const json = JSON.stringify(result.data);
  return name === 'example' || name === 'full'
    ? { ok: true, data: JSON.parse(json) as unknown }
    : { ok: true, sha256: createHash('sha256').update(json).digest('hex') };
}
