/** What helm-airflow reports about the release: its facts and the UI service to port-forward. */
import type { HelmRevision, HelmReleaseStatus } from '../../lib/tools/helm.js';
import type { HelmAirflowInputs } from './inputs.js';
import { chartVersionOf } from './plan.js';
import { airflowMajor, type Values } from './values.js';

export interface ReleaseFacts {
  readonly revision: string;
  readonly status: string;
  readonly chartVersion: string;
  readonly appVersion: string;
}

export function factsFrom(status?: HelmReleaseStatus, last?: HelmRevision): ReleaseFacts {
  if (status) {
    return {
      revision: String(status.version),
      status: status.info.status,
      chartVersion: status.chart?.metadata?.version ?? '',
      appVersion: status.chart?.metadata?.appVersion ?? '',
    };
  }
  if (last) {
    return {
      revision: String(last.revision),
      status: last.status,
      chartVersion: chartVersionOf(last),
      appVersion: last.app_version,
    };
  }
  return { revision: '', status: 'not-installed', chartVersion: '', appVersion: '' };
}

/**
 * The chart's resource prefix, as Helm's usual `fullname` helper computes it: fullnameOverride,
 * else with useStandardNaming RELEASE-airflow (unless the release name contains the chart name),
 * else the release name.
 */
export function fullnameOf(release: string, values: Values = {}): string {
  const override = values.fullnameOverride;
  if (typeof override === 'string' && override.trim()) return override.trim().slice(0, 63);
  if (values.useStandardNaming !== true) return release;
  const name =
    typeof values.nameOverride === 'string' && values.nameOverride
      ? values.nameOverride
      : 'airflow';
  return release.includes(name) ? release : `${release}-${name}`.slice(0, 63);
}

/** The service to port-forward: `-api-server` on Airflow 3, `-webserver` on 2 (domain-facts.md §1.2). */
export function uiService(
  inputs: HelmAirflowInputs,
  appVersion?: string,
  values?: Values,
): { service: string; command: string } {
  const suffix = airflowMajor(inputs, appVersion) >= 3 ? 'api-server' : 'webserver';
  const service = `${fullnameOf(inputs.release, values)}-${suffix}`;
  return {
    service,
    command: `kubectl port-forward svc/${service} 8080:8080 --namespace ${inputs.namespace}`,
  };
}
