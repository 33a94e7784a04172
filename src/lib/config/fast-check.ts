/**
 * A check of the platform file that needs no zod: it returns exactly what `platformSchema`
 * (schema.ts) returns for a valid file, or `undefined` whenever it is not certain, and then
 * load.ts asks zod, which decides and words every error.
 *
 * Why a second check beside the schema: every action reads the file at start-up, and loading
 * zod and building the ~90 schemas of the file is the largest part of that path (issue 11,
 * `npm run bench`); a valid file, the usual case, can be accepted by the same rule functions
 * the schema calls, without zod. The schema stays the one definition: this check only says
 * "certainly valid". It says `undefined` for any key, type or value it does not know (a key
 * added to the schema only is refused here and decided by zod), for keys that could touch a
 * prototype, and for `litellm.smokeUrl` (zod's URL rules are its own).
 * __tests__/lib/config/schema-equivalence.test.ts runs both over >1000 documents: whatever
 * this accepts, zod accepts with the same data, key order included.
 */
import * as airflow from '../validate/helm-airflow.js';
import { bucketLabels, bucketLocation, bucketMember, bucketName } from '../validate/bucket.js';
import * as image from '../validate/image.js';
import {
  checkResources,
  cloudSqlInstance,
  imageRef as k8sImageRef,
} from '../validate/kubernetes.js';
import { labelValue } from '../validate/label-value.js';
import * as rules from '../validate/rules.js';
import type { PlatformConfig } from './schema.js';

/** The value zod would return, boxed; `undefined` when not certainly valid. */
type Check = (value: unknown) => { value: unknown } | undefined;

const accept = (value: unknown) => ({ value });
const holds = (test: () => unknown): boolean => {
  try {
    test();
    return true;
  } catch {
    return false;
  }
};
/** zod's object test (zod/v4/core/util.js isObject). */
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Keys whose assignment could reach a prototype: left to zod. */
const RISKY_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const string =
  (test: (s: string) => boolean = () => true): Check =>
  (v) =>
    typeof v === 'string' && test(v) ? accept(v) : undefined;
const rule = (r: (input: string, value: string) => unknown) => string((s) => holds(() => r('', s)));
const nonEmpty = string((s) => s.length >= 1);
const boolean: Check = (v) => (typeof v === 'boolean' ? accept(v) : undefined);
/** z.number().check(z.int(), z.minimum(min), z.maximum(max)): a safe integer in range. */
const int =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max
      ? accept(v)
      : undefined;
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? accept(v) : undefined;
const anything: Check = (v) => accept(v);
const never: Check = () => undefined;

function arrayOf(item: Check, whole: (items: unknown[]) => boolean = () => true): Check {
  return (v) => {
    if (!Array.isArray(v)) return undefined;
    const out: unknown[] = [];
    for (const x of v) {
      const r = item(x);
      if (!r) return undefined;
      out.push(r.value);
    }
    return whole(out) ? accept(out) : undefined;
  };
}

function recordOf(
  key: Check,
  value: Check,
  whole: (r: Record<string, unknown>) => boolean = () => true,
): Check {
  return (v) => {
    if (!isRecord(v)) return undefined;
    const out: Record<string, unknown> = {};
    for (const k of Reflect.ownKeys(v)) {
      if (typeof k !== 'string' || RISKY_KEYS.has(k) || !key(k)) return undefined;
      const r = value(v[k]);
      if (!r) return undefined;
      out[k] = r.value;
    }
    return whole(out) ? accept(out) : undefined;
  };
}

/** A field of a strict object: optional unless marked; a default fills a missing key. */
interface Field {
  readonly check: Check;
  readonly required?: boolean;
  readonly fallback?: () => unknown;
}
const required = (check: Check): Field => ({ check, required: true });
const withDefault = (check: Check, fallback: () => unknown): Field => ({ check, fallback });

/** z.strictObject: no unknown key; output keys in shape order, as zod builds them. */
function strictObject(shape: Record<string, Check | Field>): Check {
  const fields = Object.entries(shape).map(
    ([k, f]) => [k, typeof f === 'function' ? { check: f } : f] as const,
  );
  return (v) => {
    if (!isRecord(v)) return undefined;
    for (const k of Reflect.ownKeys(v)) {
      if (typeof k !== 'string' || !Object.hasOwn(shape, k)) return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const [k, field] of fields) {
      if (!Object.hasOwn(v, k)) {
        if (field.required) return undefined;
        if (field.fallback) out[k] = field.fallback();
        continue;
      }
      const r = field.check(v[k]);
      if (!r) return undefined;
      out[k] = r.value;
    }
    return accept(out);
  };
}

// One line per key of src/lib/config/sections/*.ts, in the same order.
const imageEntry = strictObject({
  name: required(string((s) => /^[a-z0-9][a-z0-9-]{0,62}$/.test(s))),
  image: required(rule(image.imageName)),
  context: withDefault(nonEmpty, () => '.'),
  dockerfile: nonEmpty,
  target: nonEmpty,
  tags: arrayOf(rule(image.imageTag)),
  platforms: arrayOf(rule(image.platform)),
  buildArgs: recordOf(string(), string(), (args) =>
    Object.keys(args).every((k) => holds(() => image.buildArgName('', k))),
  ),
  labels: recordOf(string(), string()),
  createRepository: boolean,
  skipExisting: boolean,
});

const platform = strictObject({
  project: required(rule(rules.projectId)),
  region: required(rule(rules.region)),
  cluster: strictObject({
    name: required(rule(rules.clusterName)),
    location: required(rule(rules.location)),
  }),
  gsa: strictObject({
    name: required(rule(rules.serviceAccountName)),
    displayName: string((s) => s.length <= 100),
    projectRoles: withDefault(arrayOf(rule(rules.iamRole)), () => []),
  }),
  workloadIdentity: strictObject({
    enableWorkloadPool: withDefault(boolean, () => true),
    updateNodePools: boolean,
    bindings: withDefault(arrayOf(rule(rules.namespacedName)), () => []),
  }),
  logBucket: strictObject({
    name: required(rule(bucketName)),
    location: rule(bucketLocation),
    role: rule(rules.iamRole),
    retentionDays: int(1, 36500),
    labels: recordOf(string(), string(), (labels) =>
      holds(() => bucketLabels('', Object.entries(labels) as [string, string][])),
    ),
    member: rule(bucketMember),
  }),
  images: arrayOf(imageEntry, (entries) => {
    const names = entries.map((e) => (e as { name: string }).name);
    return new Set(names).size === names.length;
  }),
  airflow: strictObject({
    release: rule(rules.helmRelease),
    namespace: rule(rules.dnsLabel),
    chartVersion: rule(airflow.chartVersion),
    chartRepo: rule(airflow.chartRepo),
    valuesFiles: arrayOf(rule(rules.safeValue)),
    values: recordOf(string(), anything),
    image: rule(airflow.imageRef),
    airflowVersion: rule(airflow.exactVersion),
    serviceAccount: rule(rules.dnsSubdomain),
    logFolder: rule(airflow.logFolder),
    gitSync: strictObject({
      repo: required(rule(airflow.gitRepo)),
      branch: rule(airflow.gitBranch),
      subPath: string(),
      knownHosts: string(),
    }),
    admin: strictObject({ username: rule(airflow.userName), email: rule(airflow.email) }),
    timeout: rule(rules.duration),
    helmVersion: rule(airflow.exactVersion),
  }),
  litellm: strictObject({
    namespace: rule(rules.dnsLabel),
    createNamespace: boolean,
    manifests: arrayOf(nonEmpty),
    image: rule(k8sImageRef),
    replicas: int(1, 100),
    configFile: nonEmpty,
    serviceType: oneOf(['ClusterIP', 'NodePort', 'LoadBalancer']),
    resources: (v) => (holds(() => checkResources('', v)) ? accept(v) : undefined),
    timeout: rule(rules.duration),
    prune: boolean,
    applySet: rule(labelValue),
    smokeUrl: never,
  }),
  app: strictObject({
    namespace: rule(rules.dnsLabel),
    manifests: arrayOf(nonEmpty),
    images: recordOf(nonEmpty, rule(k8sImageRef)),
    serviceAccount: rule(rules.dnsSubdomain),
    cloudSqlInstance: rule(cloudSqlInstance),
    autoIamAuthn: boolean,
    privateIp: boolean,
    backend: rule(rules.dnsSubdomain),
    frontend: rule(rules.dnsSubdomain),
    service: rule(rules.dnsLabel),
    waitForAddress: boolean,
    addressTimeout: rule(rules.duration),
    smokePath: string((s) => /^\/[^\s]*$/.test(s)),
    timeout: rule(rules.duration),
    prune: boolean,
    applySet: rule(labelValue),
  }),
});

/** The platform file as zod would return it, when it is certainly valid; else undefined. */
export function certainlyValid(document: unknown): PlatformConfig | undefined {
  return platform(document)?.value as PlatformConfig | undefined;
}
