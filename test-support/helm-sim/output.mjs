// Output helpers of the simulated helm (see sim.mjs): Helm's release JSON and table/JSON printing.
import process from 'node:process';
import { chartDefaults, deepMerge, renderManifests } from './chart.mjs';

export function releaseJson(rev, withValues = true) {
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

export function out(text) {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
export function printJsonOrTable(flags, json, table) {
  if (flags.output === 'json') out(JSON.stringify(json));
  else if (flags.output === 'yaml') out(JSON.stringify(json, null, 2));
  else out(table());
}
