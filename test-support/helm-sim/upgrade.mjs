// `helm upgrade --install` of the simulated helm (see sim.mjs), with Helm's lock, --atomic /
// --rollback-on-failure semantics, injected faults and the Airflow chart's --wait + hooks trap.
import process from 'node:process';
import { SimError } from './flags.mjs';
import {
  chartDefaults,
  deepMerge,
  locateChart,
  readValues,
  schemaCheck,
  validateName,
} from './chart.mjs';
import { applyJobs } from './cluster.mjs';
import { out, releaseJson } from './output.mjs';
import { history, major, now, PENDING, saveHistory, takeFault } from './state.mjs';

/** True when this invocation waits for resources to become ready. */
function waits(flags) {
  if (major() >= 4) {
    if (flags['rollback-on-failure'] || flags.atomic) return true;
    return flags.wait === 'watcher' || flags.wait === 'legacy' || flags.wait === 'true';
  }
  return flags.wait === 'true' || flags.atomic === true;
}

export function upgrade(flags, [name, ref]) {
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
  // Helm 3's --wait ignores Jobs; only --wait-for-jobs (Helm 3 and 4, with a wait) sees one
  // fail (helm/helm pkg/cmd/upgrade.go; pkg/kube/ready.go "job %s failed: %s").
  const jobWait = waits(flags) && flags['wait-for-jobs'] === true;
  if (!failure && fault?.kind === 'job-failed' && jobWait)
    failure = `job ${name}-run-airflow-migrations failed: BackoffLimitExceeded`;
  if (!failure)
    failure = applyJobs(name, ns, merged, {
      createNamespace: flags['create-namespace'] === true,
      waitForJobs: jobWait,
    });
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
  // --description replaces the success text (helm v3.21.4 pkg/action/upgrade.go:477-480,
  // install.go:488-489; cmd/helm/upgrade.go:149 hands it to the install of `upgrade --install`).
  rev.description = flags.description || (installing ? 'Install complete' : 'Upgrade complete');
  saveHistory(ns, name, [...revs, rev]);
  if (flags.output === 'json') return out(JSON.stringify(releaseJson(rev)));
  if (!installing) out(`Release "${name}" has been upgraded. Happy Helming!`);
  out(
    `NAME: ${name}\nLAST DEPLOYED: ${new Date(t).toUTCString()}\nNAMESPACE: ${ns}\nSTATUS: deployed\nREVISION: ${rev.version}\nTEST SUITE: None\nNOTES:\nThank you for installing Apache Airflow ${chart.appVersion}!`,
  );
}
