// A simulated `helm` for tests. It stands in for Helm ONLY because no helm binary can be
// installed on the machines these tests run on (no network beyond npm and Debian). It is not
// shipped. It speaks the subcommands and flags the suite uses, in Helm's documented forms:
// `-o json` shapes of list/status/history/get values, Helm's error texts, Helm 3 vs Helm 4 flag
// sets (HELM_SIM_VERSION), and the Airflow chart's documented `--wait` + hook hang.
//
// State lives in the directory HELM_SIM_STATE:
//   releases.json  { "<ns>/<name>": [revision, ...] }     repos.json { name: url }
//   faults.json    [{ command, error?, kind?, times? }]   calls.jsonl one line per invocation
//   catalog.json   optional { url: { chart: [{ version, appVersion }] } } (else the built-in one)
import process from 'node:process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseArgs, SimError } from './flags.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHART_DIR = path.join(here, 'charts', 'airflow');
const PENDING = ['pending-install', 'pending-upgrade', 'pending-rollback'];

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

function stateDir() {
  const dir = process.env.HELM_SIM_STATE;
  if (!dir) throw new SimError('HELM_SIM_STATE is not set (simulated helm needs a state dir)');
  mkdirSync(dir, { recursive: true });
  return dir;
}
function load(name, fallback) {
  const file = path.join(stateDir(), name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : fallback;
}
function save(name, value) {
  writeFileSync(path.join(stateDir(), name), JSON.stringify(value, null, 2));
}

export function helmVersion() {
  return (process.env.HELM_SIM_VERSION || '3.21.4').replace(/^v/, '');
}
const major = () => Number(helmVersion().split('.')[0]);

/** Takes the first matching fault for `command`, counting down its `times`. */
function takeFault(command) {
  const faults = load('faults.json', []);
  const i = faults.findIndex((f) => f.command === command && (f.times ?? 1) > 0);
  if (i < 0) return undefined;
  const fault = faults[i];
  fault.times = (fault.times ?? 1) - 1;
  save(
    'faults.json',
    faults.filter((f) => f.times > 0),
  );
  return fault;
}

const now = () => new Date().toISOString();
const key = (ns, name) => `${ns}/${name}`;
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function deepMerge(base, over) {
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
function chartDefaults() {
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
function schemaCheck(user) {
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

function readValues(flags) {
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

function catalog() {
  return load('catalog.json', BUILTIN_CATALOG);
}

/** Resolves `repo/chart` (or an oci:// ref) + --version like `helm pull` would. */
function locateChart(ref, version) {
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

function validateName(name) {
  const ok =
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name) &&
    name.length <= 53;
  if (!ok)
    throw new SimError(
      `release name "${name}": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53`,
    );
}

function history(ns, name) {
  return load('releases.json', {})[key(ns, name)] ?? [];
}
function saveHistory(ns, name, revisions) {
  const all = load('releases.json', {});
  if (revisions.length === 0) delete all[key(ns, name)];
  else all[key(ns, name)] = revisions;
  save('releases.json', all);
}
function requireRelease(ns, name) {
  const revs = history(ns, name);
  if (revs.length === 0) throw new SimError('release: not found');
  return revs;
}

function releaseJson(rev, withValues = true) {
  return {
    name: rev.name,
    info: {
      first_deployed: rev.first_deployed,
      last_deployed: rev.updated,
      deleted: '',
      description: rev.description,
      status: rev.status,
      notes: `Thank you for installing Apache Airflow ${rev.chart.appVersion}!`,
    },
    chart: {
      metadata: {
        name: rev.chart.name,
        version: rev.chart.version,
        appVersion: rev.chart.appVersion,
        apiVersion: 'v2',
        type: 'application',
      },
      ...(withValues ? { values: {} } : {}),
    },
    config: rev.config,
    manifest: renderManifests(
      rev.name,
      rev.namespace,
      deepMerge(chartDefaults(), rev.config ?? {}),
    ),
    version: rev.version,
    namespace: rev.namespace,
  };
}

function renderManifests(name, ns, v) {
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

function out(text) {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
function printJsonOrTable(flags, json, table) {
  if (flags.output === 'json') out(JSON.stringify(json));
  else if (flags.output === 'yaml') out(JSON.stringify(json, null, 2));
  else out(table());
}

const commands = {
  version(flags) {
    const v = `v${helmVersion()}`;
    if (flags.template)
      return out(
        flags.template
          .replace(/\{\{\s*\.Version\s*\}\}/g, v)
          .replace(/\{\{\s*\.GitCommit\s*\}\}/g, 'simulated'),
      );
    if (flags.short) return out(`${v}+gsimulated`);
    out(
      `version.BuildInfo{Version:"${v}", GitCommit:"simulated", GitTreeState:"clean", GoVersion:"go1.25"}`,
    );
  },
  repo(flags, args) {
    const [sub, name, url] = args;
    const repos = load('repos.json', {});
    if (sub === 'add') {
      if (!name || !url) throw new SimError('"helm repo add" requires 2 arguments');
      if (repos[name] === url)
        return out(`"${name}" already exists with the same configuration, skipping`);
      if (repos[name] && !flags['force-update'])
        throw new SimError(
          `repository name (${name}) already exists, please specify a different name`,
        );
      if (!catalog()[url.replace(/\/$/, '')])
        throw new SimError(
          `looks like "${url}" is not a valid chart repository or cannot be reached: failed to fetch ${url}/index.yaml : 404 Not Found`,
        );
      repos[name] = url;
      save('repos.json', repos);
      return out(`"${name}" has been added to your repositories`);
    }
    if (sub === 'update') {
      const names = name ? [name, ...args.slice(2)] : Object.keys(repos);
      if (names.length === 0)
        throw new SimError('no repositories found. You must add one before updating');
      for (const n of names)
        if (!repos[n])
          throw new SimError(`no repositories found matching '${n}'.  Nothing will be updated`);
      out('Hang tight while we grab the latest from your chart repositories...');
      for (const n of names) out(`...Successfully got an update from the "${n}" chart repository`);
      return out('Update Complete. ⎈Happy Helming!⎈');
    }
    if (sub === 'list') {
      const list = Object.entries(repos).map(([n, u]) => ({ name: n, url: u }));
      if (list.length === 0) throw new SimError('no repositories to show');
      return printJsonOrTable(flags, list, () => list.map((r) => `${r.name}\t${r.url}`).join('\n'));
    }
    throw new SimError(`unknown command "${sub}" for "helm repo"`);
  },
  list(flags) {
    const all = load('releases.json', {});
    const rows = [];
    for (const [k, revs] of Object.entries(all)) {
      const last = revs.at(-1);
      const ns = k.slice(0, k.indexOf('/'));
      if (!flags['all-namespaces'] && ns !== (flags.namespace ?? 'default')) continue;
      const shown =
        flags.all || flags.pending ? true : ['deployed', 'failed'].includes(last.status);
      if (flags.pending && !PENDING.includes(last.status)) continue;
      if (!shown) continue;
      if (flags.filter && !new RegExp(flags.filter).test(last.name)) continue;
      rows.push({
        name: last.name,
        namespace: ns,
        revision: String(last.version),
        updated: last.updated.replace('T', ' ').replace('Z', ' +0000 UTC'),
        status: last.status,
        chart: `${last.chart.name}-${last.chart.version}`,
        app_version: last.chart.appVersion,
      });
    }
    printJsonOrTable(flags, rows, () =>
      [
        'NAME\tNAMESPACE\tREVISION\tUPDATED\tSTATUS\tCHART\tAPP VERSION',
        ...rows.map((r) => Object.values(r).join('\t')),
      ].join('\n'),
    );
  },
  status(flags, [name]) {
    const revs = requireRelease(flags.namespace ?? 'default', name);
    const rev = flags.revision
      ? revs.find((r) => r.version === Number(flags.revision))
      : revs.at(-1);
    if (!rev) throw new SimError('release: not found');
    printJsonOrTable(
      flags,
      releaseJson(rev),
      () =>
        `NAME: ${rev.name}\nLAST DEPLOYED: ${rev.updated}\nNAMESPACE: ${rev.namespace}\nSTATUS: ${rev.status}\nREVISION: ${rev.version}\nTEST SUITE: None`,
    );
  },
  history(flags, [name]) {
    const revs = requireRelease(flags.namespace ?? 'default', name).slice(
      -Number(flags.max ?? 256),
    );
    const rows = revs.map((r) => ({
      revision: r.version,
      updated: r.updated,
      status: r.status,
      chart: `${r.chart.name}-${r.chart.version}`,
      app_version: r.chart.appVersion,
      description: r.description,
    }));
    printJsonOrTable(flags, rows, () =>
      [
        'REVISION\tUPDATED\tSTATUS\tCHART\tAPP VERSION\tDESCRIPTION',
        ...rows.map((r) => Object.values(r).join('\t')),
      ].join('\n'),
    );
  },
  get(flags, [sub, name]) {
    if (sub !== 'values') throw new SimError(`unknown command "${sub}" for "helm get"`);
    const revs = requireRelease(flags.namespace ?? 'default', name);
    const rev = flags.revision
      ? revs.find((r) => r.version === Number(flags.revision))
      : revs.at(-1);
    if (!rev) throw new SimError('release: not found');
    const config = rev.config && Object.keys(rev.config).length > 0 ? rev.config : null;
    const values = flags.all ? deepMerge(chartDefaults(), config ?? {}) : config;
    if (flags.output === 'json') return out(JSON.stringify(values));
    out(`USER-SUPPLIED VALUES:\n${JSON.stringify(values, null, 2)}`);
  },
  template(flags, [name, ref]) {
    validateName(name);
    const chart = locateChart(ref, flags.version);
    const user = readValues(flags);
    schemaCheck(user);
    out(
      renderManifests(name, flags.namespace ?? 'default', deepMerge(chartDefaults(), user)).replace(
        /^.*airflow.*$/m,
        (l) => l,
      ) + `# chart ${chart.name}-${chart.version}`,
    );
  },
  lint(flags, [chartPath]) {
    const user = readValues(flags);
    out(`==> Linting ${chartPath}`);
    if (!existsSync(path.join(chartPath ?? '', 'Chart.yaml'))) {
      out(`[ERROR] Chart.yaml: file does not exist\n\nError: 1 chart(s) linted, 1 chart(s) failed`);
      process.exitCode = 1;
      return;
    }
    try {
      schemaCheck(user);
    } catch (e) {
      out(`[ERROR] templates/: ${e.message}\n`);
      process.stderr.write('Error: 1 chart(s) linted, 1 chart(s) failed\n');
      process.exitCode = 1;
      return;
    }
    out('[INFO] Chart.yaml: icon is recommended\n\n1 chart(s) linted, 0 chart(s) failed');
  },
  upgrade: (flags, args) => upgrade(flags, args),
  rollback(flags, [name, revArg]) {
    const ns = flags.namespace ?? 'default';
    const revs = requireRelease(ns, name);
    const fault = takeFault('rollback');
    if (fault?.error) throw new SimError(fault.error);
    const targetNo = revArg && Number(revArg) > 0 ? Number(revArg) : revs.at(-1).version - 1;
    const target = revs.find((r) => r.version === targetNo);
    if (!target) throw new SimError(`release has no ${targetNo} version`);
    for (const r of revs)
      if (r.status === 'deployed' || PENDING.includes(r.status)) r.status = 'superseded';
    const t = now();
    revs.push({
      ...target,
      version: revs.at(-1).version + 1,
      status: 'deployed',
      updated: t,
      description: `Rollback to ${targetNo}`,
    });
    saveHistory(ns, name, revs);
    out('Rollback was a success! Happy Helming!');
  },
  uninstall(flags, names) {
    const ns = flags.namespace ?? 'default';
    for (const name of names) {
      if (history(ns, name).length === 0) {
        if (flags['ignore-not-found']) continue;
        throw new SimError(`uninstall: Release not loaded: ${name}: release: not found`);
      }
      saveHistory(ns, name, []);
      out(`release "${name}" uninstalled`);
    }
  },
};

/** True when this invocation waits for resources to become ready. */
function waits(flags) {
  if (major() >= 4) {
    if (flags['rollback-on-failure'] || flags.atomic) return true;
    return flags.wait === 'watcher' || flags.wait === 'legacy' || flags.wait === 'true';
  }
  return flags.wait === 'true' || flags.atomic === true;
}

function upgrade(flags, [name, ref]) {
  if (!name || !ref)
    throw new SimError(
      '"helm upgrade" requires 2 arguments\n\nUsage:  helm upgrade [RELEASE] [CHART] [flags]',
    );
  validateName(name);
  const ns = flags.namespace ?? 'default';
  const rollbackFlag = major() >= 4 ? 'rollback-on-failure' : 'atomic';
  const atomic = Boolean(flags['rollback-on-failure'] || flags.atomic);
  const chart = locateChart(ref, flags.version);
  const user = readValues(flags);
  schemaCheck(user);
  const revs = history(ns, name);
  const last = revs.at(-1);
  const installing = revs.length === 0;
  if (installing && !flags.install)
    throw new SimError(`UPGRADE FAILED: "${name}" has no deployed releases`);
  if (last && PENDING.includes(last.status))
    throw new SimError(
      'UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress',
    );
  if (installing) out(`Release "${name}" does not exist. Installing it now.`);
  const t = now();
  const rev = {
    name,
    namespace: ns,
    version: (last?.version ?? 0) + 1,
    status: installing ? 'pending-install' : 'pending-upgrade',
    updated: t,
    first_deployed: revs[0]?.first_deployed ?? t,
    description: installing ? 'Initial install underway' : 'Preparing upgrade',
    chart,
    config: user,
  };
  const fault = takeFault('upgrade');
  if (fault?.kind === 'killed') {
    // The runner killed helm mid-operation: the revision stays pending (the lock of F39/F40).
    saveHistory(ns, name, [...revs, rev]);
    process.stderr.write('Killed\n');
    process.exit(137);
  }
  let failure = fault?.error;
  if (!failure && fault?.kind === 'wait-timeout') failure = 'context deadline exceeded';
  // The chart's documented trap: with --wait, Deployments wait on the migration job, which is a
  // post-install hook that only runs once they are ready; the wait runs into its timeout.
  const merged = deepMerge(chartDefaults(), user);
  if (
    !failure &&
    waits(flags) &&
    merged.migrateDatabaseJob?.enabled !== false &&
    merged.migrateDatabaseJob?.useHelmHooks !== false
  )
    failure = 'context deadline exceeded';
  const verb = installing ? 'INSTALLATION FAILED' : 'UPGRADE FAILED';
  if (failure) {
    rev.status = 'failed';
    rev.description = `${installing ? 'Release' : 'Upgrade'} "${name}" failed: ${failure}`;
    if (!atomic) {
      saveHistory(ns, name, [...revs, rev]);
      throw new SimError(`${verb}: ${failure}`);
    }
    if (installing || !revs.some((r) => r.status === 'deployed')) {
      saveHistory(ns, name, []);
      throw new SimError(
        `${verb}: release ${name} failed, and has been uninstalled due to ${rollbackFlag} being set: ${failure}`,
      );
    }
    const good = [...revs].reverse().find((r) => r.status === 'deployed');
    for (const r of revs) if (r.status === 'deployed') r.status = 'superseded';
    const back = {
      ...good,
      version: rev.version + 1,
      status: 'deployed',
      updated: now(),
      description: `Rollback to ${good.version}`,
    };
    saveHistory(ns, name, [...revs, rev, back]);
    throw new SimError(
      `${verb}: release ${name} failed, and has been rolled back due to ${rollbackFlag} being set: ${failure}`,
    );
  }
  for (const r of revs) if (r.status === 'deployed') r.status = 'superseded';
  rev.status = 'deployed';
  rev.description = installing ? 'Install complete' : 'Upgrade complete';
  saveHistory(ns, name, [...revs, rev]);
  if (flags.output === 'json') return out(JSON.stringify(releaseJson(rev)));
  if (!installing) out(`Release "${name}" has been upgraded. Happy Helming!`);
  out(
    `NAME: ${name}\nLAST DEPLOYED: ${new Date(t).toUTCString()}\nNAMESPACE: ${ns}\nSTATUS: deployed\nREVISION: ${rev.version}\nTEST SUITE: None\nNOTES:\nThank you for installing Apache Airflow ${chart.appVersion}!`,
  );
}

export function main(argv) {
  try {
    appendFileSync(
      path.join(stateDir(), 'calls.jsonl'),
      `${JSON.stringify({ argv, version: helmVersion() })}\n`,
    );
    const { command, flags, args, warnings } = parseArgs(argv, major());
    for (const w of warnings) process.stderr.write(`${w}\n`);
    const handler = commands[command];
    if (!handler)
      throw new SimError(`unknown command "${command}" for "helm"\nRun 'helm --help' for usage.`);
    handler(flags, args);
  } catch (e) {
    if (!(e instanceof SimError)) throw e;
    process.stderr.write(`Error: ${e.message}\n`);
    process.exitCode = 1;
  }
}
