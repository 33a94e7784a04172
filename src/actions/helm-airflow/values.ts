/**
 * Values composition in TypeScript: the user's files in order, then inline values, then what
 * this action owns (image, Workload Identity KSA on every Google-facing component, remote
 * logging, git-sync, admin user, hooks off for --wait). A user value that an owned value
 * replaces is reported as a conflict. Keys follow the chart's values.yaml (domain-facts.md §1.2).
 */
import { readInputFile } from '../../lib/inputs/file.js';
import { ConfigurationError } from '../../lib/errors.js';
import { parseYamlDocument } from '../../lib/inputs/yaml.js';
import { compareVersions } from '../../lib/tools/helm.js';
import { Inputs, SSH_KEY_SECRET, type HelmAirflowInputs } from './inputs.js';
import { airflowKeySecrets } from './secrets.js';

export type Values = Record<string, unknown>;

/** Owner of the hook settings: not an input, but the action's fixed use of `helm --wait`. */
export const WAIT_OWNER = '(helm --wait)';
/** Owner of the *SecretName values: the Secrets this action creates once (secrets.ts). */
export const KEY_SECRETS_OWNER = '(airflow key secrets)';

export interface OwnedValue {
  readonly path: readonly string[];
  readonly value: unknown;
  /** The input that decides it, named in conflict reports. */
  readonly input: string;
  /** A default only: a value the user set wins, without a conflict. */
  readonly userWins?: boolean;
  /** Not owned at all when the user's values set any of these paths. */
  readonly yieldsTo?: readonly (readonly string[])[];
}

export interface Conflict {
  readonly path: string;
  readonly input: string;
  readonly secret: boolean;
}

const isObject = (v: unknown): v is Values =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Helm's merge of values layers: maps merge key by key, anything else is replaced. */
export function mergeValues(base: Values, over: Values): Values {
  const out: Values = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isObject(b) && isObject(v) ? mergeValues(b, v) : v;
  }
  return out;
}

async function parseYamlMapping(text: string, input: string, where: string): Promise<Values> {
  const doc = await parseYamlDocument(text, { input, where });
  if (doc === null || doc === undefined) return {};
  if (!isObject(doc))
    throw new ConfigurationError(input, `${where} must be a YAML mapping of chart values`);
  return doc;
}

/** Reads the user's layers (F38: a bad path or bad YAML fails here, before any command). */
export async function loadUserLayers(inputs: HelmAirflowInputs): Promise<Values[]> {
  const layers: Values[] = [];
  for (const file of inputs.valuesFiles) {
    const text = await readInputFile(Inputs.ValuesFiles, file);
    layers.push(await parseYamlMapping(text, Inputs.ValuesFiles, file));
  }
  if (inputs.configValues) layers.push(inputs.configValues);
  if (inputs.values)
    layers.push(await parseYamlMapping(inputs.values, Inputs.Values, 'the values input'));
  return layers;
}

/** The Airflow major version the release runs: from airflow-version, the image tag, else 3. */
export function airflowMajor(
  inputs: Pick<HelmAirflowInputs, 'airflowVersion' | 'image'>,
  appVersion?: string,
): number {
  const text =
    inputs.airflowVersion ?? /^\d+\.\d+/.exec(inputs.image?.tag ?? '')?.[0] ?? appVersion;
  const major = Number(/^(\d+)\./.exec(text ?? '')?.[1]);
  // Charts >= 1.17 default to Airflow 3 (domain-facts.md §1.1).
  return Number.isFinite(major) && major > 0 ? major : 3;
}

/** Components that talk to Google and so must run as the Workload Identity KSA. */
export function googleFacingComponents(chartVersion: string, major: number): string[][] {
  const components = [
    ['scheduler'],
    ['triggerer'],
    ['dagProcessor'],
    ['createUserJob'],
    ['migrateDatabaseJob'],
  ];
  // Airflow 3 serves UI and API from apiServer (it reads task logs from GCS); Airflow 2 from webserver.
  components.push(major >= 3 ? ['apiServer'] : ['webserver']);
  // Chart 1.22 moved worker KSAs to workers.celery / workers.kubernetes (#66598).
  if (compareVersions(chartVersion, '1.22.0') >= 0)
    components.push(['workers', 'celery'], ['workers', 'kubernetes']);
  else components.push(['workers']);
  return components;
}

export function ownedValues(inputs: HelmAirflowInputs): OwnedValue[] {
  const owned: OwnedValue[] = [];
  const own = (path: string, value: unknown, input: string): void => {
    owned.push({ path: path.split('.'), value, input });
  };
  if (inputs.image) {
    own('images.airflow.repository', inputs.image.repository, Inputs.Image);
    // The chart renders repo@digest whenever a digest is set (_helpers.yaml "airflow_image"), so
    // a tag-only ref clears it. The tag is set as well: KubernetesExecutor task pods take
    // `worker_container_tag`, which the chart builds from images.airflow.tag, never the digest.
    own('images.airflow.digest', inputs.image.digest ?? null, Inputs.Image);
    if (inputs.image.tag) own('images.airflow.tag', inputs.image.tag, Inputs.Image);
  }
  if (inputs.airflowVersion) own('airflowVersion', inputs.airflowVersion, Inputs.AirflowVersion);
  const major = airflowMajor(inputs);
  for (const component of googleFacingComponents(inputs.chartVersion, major)) {
    owned.push({
      path: [...component, 'serviceAccount', 'create'],
      value: false,
      input: Inputs.ServiceAccount,
    });
    owned.push({
      path: [...component, 'serviceAccount', 'name'],
      value: inputs.serviceAccount,
      input: Inputs.ServiceAccount,
    });
  }
  if (inputs.logFolder) {
    own('config.logging.remote_logging', 'True', Inputs.LogFolder);
    own('config.logging.remote_base_log_folder', inputs.logFolder, Inputs.LogFolder);
    // With Workload Identity the GCS handler should use Application Default Credentials: an
    // empty id does that, while `google_cloud_default` without such a connection breaks task
    // logs on Airflow 3.0.x/3.1 (apache/airflow#54498, #56120). A connection the user names wins.
    owned.push({
      path: ['config', 'logging', 'remote_log_conn_id'],
      value: '',
      input: Inputs.LogFolder,
      userWins: true,
    });
  }
  if (inputs.gitSync) {
    own('dags.gitSync.enabled', true, Inputs.GitSyncRepo);
    own('dags.gitSync.repo', inputs.gitSync.repo, Inputs.GitSyncRepo);
    // git-sync v4 reads `ref`; v3 images read `branch`: keep both on the same branch.
    own('dags.gitSync.branch', inputs.gitSync.branch, Inputs.GitSyncBranch);
    own('dags.gitSync.ref', inputs.gitSync.branch, Inputs.GitSyncBranch);
    own('dags.gitSync.subPath', inputs.gitSync.subPath, Inputs.GitSyncSubpath);
    if (inputs.gitSshKey) own('dags.gitSync.sshKeySecret', SSH_KEY_SECRET, Inputs.GitSshKey);
    if (inputs.gitSync.knownHosts)
      own('dags.gitSync.knownHosts', inputs.gitSync.knownHosts, Inputs.GitKnownHosts);
  }
  // Chart 1.19 moved the admin user from webserver.defaultUser to createUserJob.defaultUser (#59767).
  const userPath =
    compareVersions(inputs.chartVersion, '1.19.0') >= 0
      ? 'createUserJob.defaultUser'
      : 'webserver.defaultUser';
  if (inputs.admin.username)
    own(`${userPath}.username`, inputs.admin.username, Inputs.AdminUsername);
  if (inputs.admin.email) own(`${userPath}.email`, inputs.admin.email, Inputs.AdminEmail);
  if (inputs.admin.password)
    own(`${userPath}.password`, inputs.admin.password, Inputs.AdminPassword);
  // Keys the chart would otherwise regenerate on upgrade live in Secrets we own (secrets.ts).
  // A Secret name or an inline key the user sets is theirs (the chart prefers the name).
  for (const secret of airflowKeySecrets(inputs, major, inputs.release)) {
    owned.push({
      path: [secret.valuesKey],
      value: secret.name,
      input: KEY_SECRETS_OWNER,
      userWins: true,
      yieldsTo: [[secret.inlineKey]],
    });
  }
  // The chart's docs: with --wait, the migrate and create-user jobs must not be hooks, or the
  // Deployments wait for migrations that only run after they are ready (domain-facts.md §1.4).
  for (const job of ['createUserJob', 'migrateDatabaseJob']) {
    own(`${job}.useHelmHooks`, false, WAIT_OWNER);
    own(`${job}.applyCustomEnv`, false, WAIT_OWNER);
  }
  return owned;
}

function lookup(values: Values, path: readonly string[]): { found: boolean; value: unknown } {
  let cur: unknown = values;
  for (const key of path) {
    if (!isObject(cur) || !(key in cur)) return { found: false, value: undefined };
    cur = cur[key];
  }
  return { found: true, value: cur };
}

function setPath(values: Values, path: readonly string[], value: unknown): void {
  let cur = values;
  for (const key of path.slice(0, -1)) {
    const next = cur[key];
    if (!isObject(next)) cur[key] = {};
    cur = cur[key] as Values;
  }
  cur[path[path.length - 1] as string] = value;
}

export interface Composition {
  readonly values: Values;
  readonly conflicts: readonly Conflict[];
}

export function composeValues(
  layers: readonly Values[],
  owned: readonly OwnedValue[],
): Composition {
  const user = layers.reduce<Values>((acc, layer) => mergeValues(acc, layer), {});
  const values = structuredClone(user);
  const conflicts: Conflict[] = [];
  for (const o of owned) {
    const mine = lookup(user, o.path);
    if (o.userWins && mine.found) continue;
    if (o.yieldsTo?.some((p) => lookup(user, p).found)) continue;
    if (mine.found && !sameValue(mine.value, o.value)) {
      conflicts.push({
        path: o.path.join('.'),
        input: o.input,
        secret: isSecretKey(o.path.at(-1) ?? ''),
      });
    }
    setPath(values, o.path, o.value);
  }
  return { values, conflicts };
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (isObject(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical(v[k])]),
    );
  return v;
}

/** Dotted paths where two values trees differ (for "why upgrade" reasons; never the values). */
export function diffPaths(a: unknown, b: unknown, at = ''): string[] {
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => diffPaths(a[k], b[k], at ? `${at}.${k}` : k));
  }
  return sameValue(a, b) ? [] : [at || '(root)'];
}

const SECRET_KEY =
  /(password|passwd|token|fernetkey|secretkey|jwtsecret|sshkey|privatekey|apikey|connection)$|^pass$/i;
export const isSecretKey = (key: string): boolean => SECRET_KEY.test(key);

/** A copy safe to print, and the secret strings found (to register for masking). */
export function redactValues(values: Values): { redacted: Values; secrets: string[] } {
  const secrets: string[] = [];
  const walk = (v: unknown, key: string): unknown => {
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (typeof v === 'string' && v.length > 0 && isSecretKey(key)) {
      secrets.push(v);
      return '***';
    }
    return v;
  };
  return { redacted: walk(values, '') as Values, secrets };
}
