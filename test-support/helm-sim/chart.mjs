// The chart side of the simulated helm (see sim.mjs): repository catalog, chart defaults from
// the fixture values.yaml, values files, a schema-like key check and rendered manifests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { SimError } from './flags.mjs';
import { load, major } from './state.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHART_DIR = path.join(here, 'charts', 'airflow');

const BUILTIN_CATALOG = {
  'https://airflow.apache.org': {
    airflow: [
      { version: '1.18.0', appVersion: '3.0.2' },
      { version: '1.19.0', appVersion: '3.1.7' },
      { version: '1.20.0', appVersion: '3.1.7' },
      { version: '1.21.0', appVersion: '3.1.8' },
      { version: '1.22.0', appVersion: '3.2.2' },
    ],
  },
};
export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

export function deepMerge(base, over) {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
  return out;
}

let chartText;
const chartValuesText = () =>
  (chartText ??= readFileSync(path.join(CHART_DIR, 'values.yaml'), 'utf8'));
let defaultsCache;
/** A fresh copy of the chart's defaults (parsed once per process). */
export function chartDefaults() {
  defaultsCache ??= parseYaml(chartValuesText());
  return globalThis.structuredClone(defaultsCache);
}

/** Keys the chart documents only in comments (`# sshKeySecret: ...`) are valid too. */
function documentedKeys() {
  return new Set([...chartValuesText().matchAll(/^\s*#\s*([A-Za-z_][\w]*):/gm)].map((m) => m[1]));
}

/**
 * Like the chart's values.schema.json (`additionalProperties: false` on its objects): a key the
 * chart does not know fails. `config` (airflow.cfg sections) is free-form, as in the schema.
 */
export function schemaCheck(user) {
  const defaults = chartDefaults();
  const documented = documentedKeys();
  const problems = [];
  const walk = (value, def, at) => {
    if (!isObject(value) || !isObject(def) || Object.keys(def).length === 0) return;
    for (const [k, v] of Object.entries(value)) {
      if (at === '' && k === 'config') continue;
      if (!(k in def)) {
        if (!documented.has(k)) problems.push([at, k]);
        continue;
      }
      walk(v, def[k], at ? `${at}.${k}` : k);
    }
  };
  walk(user, defaults, '');
  if (problems.length === 0) return;
  const lines = problems.map(([at, k]) =>
    major() >= 4
      ? `- at '${at ? `/${at.replace(/\./g, '/')}` : ''}': additional properties '${k}' not allowed`
      : `- ${at || '(root)'}: Additional property ${k} is not allowed`,
  );
  throw new SimError(
    `values don't meet the specifications of the schema(s) in the following chart(s):\nairflow:\n${lines.join('\n')}`,
  );
}

export function readValues(flags) {
  let values = {};
  for (const file of flags.values ?? []) {
    let text;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch {
      throw new SimError(`open ${file}: no such file or directory`);
    }
    let doc;
    try {
      doc = parseYaml(text);
    } catch (e) {
      const line = /line (\d+)/.exec(String(e.message))?.[1] ?? '1';
      throw new SimError(
        `failed to parse ${file}: error converting YAML to JSON: yaml: line ${line}: ${e.message.split('\n')[0]}`,
      );
    }
    if (doc !== null && doc !== undefined && !isObject(doc))
      throw new SimError(
        `failed to parse ${file}: error unmarshaling JSON: json: cannot unmarshal into Go value of type map[string]interface {}`,
      );
    values = deepMerge(values, doc ?? {});
  }
  for (const pair of flags.set ?? []) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new SimError(`failed parsing --set data: key "${pair}" has no value`);
    const parts = pair.slice(0, eq).split('.');
    let raw = pair.slice(eq + 1);
    const v =
      raw === 'true' ? true : raw === 'false' ? false : /^\d+$/.test(raw) ? Number(raw) : raw;
    const obj = parts.reduceRight((acc, p) => ({ [p]: acc }), v);
    values = deepMerge(values, obj);
  }
  return values;
}

export function catalog() {
  return load('catalog.json', BUILTIN_CATALOG);
}

/** Resolves `repo/chart` (or an oci:// ref) + --version like `helm pull` would. */
export function locateChart(ref, version) {
  let url;
  let chart;
  let repoName;
  if (ref.startsWith('oci://')) {
    url = ref.slice(0, ref.lastIndexOf('/'));
    chart = ref.slice(ref.lastIndexOf('/') + 1);
    repoName = url;
  } else {
    const slash = ref.indexOf('/');
    if (slash < 0)
      throw new SimError(
        `non-absolute URLs should be in form of repo_name/path_to_chart, got: ${ref}`,
      );
    repoName = ref.slice(0, slash);
    chart = ref.slice(slash + 1);
    url = load('repos.json', {})[repoName];
    if (!url) throw new SimError(`repo ${repoName} not found`);
  }
  const versions = catalog()[url.replace(/\/$/, '')]?.[chart] ?? [];
  const found = version
    ? versions.find((v) => v.version === version.replace(/^v/, ''))
    : versions.at(-1);
  if (!found) {
    const want = version ?? 'latest';
    throw new SimError(
      `chart "${chart}" matching ${want} not found in ${repoName} index. (try 'helm repo update'): no chart version found for ${chart}-${want}`,
    );
  }
  return { name: chart, version: found.version, appVersion: found.appVersion };
}

export function validateName(name) {
  const ok =
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name) &&
    name.length <= 53;
  if (!ok)
    throw new SimError(
      `release name "${name}": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53`,
    );
}

export function renderManifests(name, ns, v) {
  const image = v.images?.airflow?.repository
    ? `${v.images.airflow.repository}${v.images.airflow.digest ? `@${v.images.airflow.digest}` : `:${v.images.airflow.tag ?? v.defaultAirflowTag}`}`
    : `${v.defaultAirflowRepository}:${v.defaultAirflowTag}`;
  const sa = (c) =>
    v[c]?.serviceAccount?.create === false ? v[c].serviceAccount.name : `${name}-${c}`;
  const docs = ['scheduler', 'triggerer', 'dagProcessor', 'apiServer'].map(
    (c) =>
      `---\n# Source: airflow/templates/${c}-deployment.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}-${c.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}\n  namespace: ${ns}\n  labels:\n    release: ${name}\nspec:\n  template:\n    spec:\n      serviceAccountName: ${sa(c)}\n      containers:\n        - name: ${c}\n          image: ${image}\n`,
  );
  docs.push(
    `---\n# Source: airflow/templates/api-server-service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}-api-server\n  namespace: ${ns}\nspec:\n  ports:\n    - name: api-server\n      port: ${v.ports?.apiServer ?? 8080}\n`,
  );
  return docs.join('');
}
