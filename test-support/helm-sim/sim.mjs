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
import { appendFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, SimError } from './flags.mjs';
import { out, printJsonOrTable, releaseJson } from './output.mjs';
import { upgrade } from './upgrade.mjs';
import {
  catalog,
  chartDefaults,
  deepMerge,
  locateChart,
  readValues,
  renderManifests,
  schemaCheck,
  validateName,
} from './chart.mjs';
import {
  helmVersion,
  history,
  load,
  major,
  now,
  PENDING,
  requireRelease,
  save,
  saveHistory,
  stateDir,
  takeFault,
} from './state.mjs';

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

/** Permission bits of every values file passed, so tests can check secrets sit in 0600 files. */
function valuesFileModes(argv) {
  const modes = {};
  argv.forEach((arg, i) => {
    const file = arg === '-f' || arg === '--values' ? argv[i + 1] : undefined;
    if (file && existsSync(file)) modes[file] = (statSync(file).mode & 0o777).toString(8);
  });
  return modes;
}

export function main(argv) {
  try {
    appendFileSync(
      path.join(stateDir(), 'calls.jsonl'),
      `${JSON.stringify({ argv, version: helmVersion(), fileModes: valuesFileModes(argv) })}\n`,
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
