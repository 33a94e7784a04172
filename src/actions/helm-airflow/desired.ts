/** What helm-airflow wants installed: merged values, their printable form, and the warnings. */
import { ConfigurationError } from '../../lib/errors.js';
import { formatDuration } from '../../lib/validate/rules.js';
import { Inputs, SHORT_TIMEOUT_MS, type HelmAirflowInputs } from './inputs.js';
import {
  WAIT_OWNER,
  composeValues,
  loadUserLayers,
  ownedValues,
  redactValues,
  type Conflict,
  type Values,
} from './values.js';

export interface Desired {
  readonly values: Values;
  readonly redacted: Values;
  /** Secret strings found in the values (user files included), to be masked. */
  readonly secrets: readonly string[];
  readonly conflicts: readonly Conflict[];
  readonly warnings: readonly string[];
}

export async function desiredValues(inputs: HelmAirflowInputs): Promise<Desired> {
  const layers = await loadUserLayers(inputs);
  const { values, conflicts } = composeValues(layers, ownedValues(inputs));
  checkImageForExecutor(inputs, values);
  const { redacted, secrets } = redactValues(values);
  return {
    values,
    redacted,
    secrets,
    conflicts,
    warnings: inputWarnings(inputs, conflicts, values),
  };
}

export function inputWarnings(
  inputs: HelmAirflowInputs,
  conflicts: readonly Conflict[],
  values: Values = {},
): string[] {
  const warnings: string[] = [];
  for (const c of conflicts) {
    const owner =
      c.input === WAIT_OWNER
        ? 'which must be false because this action always runs helm with --wait (the chart docs require it)'
        : `which this action owns through input "${c.input}"`;
    warnings.push(
      `values-files/values set ${c.path}, ${owner}; the action's value is used. Remove it from your values to silence this.`,
    );
  }
  if (inputs.timeoutMs < SHORT_TIMEOUT_MS) {
    warnings.push(
      `timeout ${formatDuration(inputs.timeoutMs)} is shorter than an Airflow install usually needs (database migrations, image pulls); 10m is safer.`,
    );
  }
  if (inputs.gitSshKey && !inputs.gitSync?.knownHosts) {
    warnings.push(
      `git-known-hosts is not set, so git-sync cannot verify the git server's host key. Set it to the output of "ssh-keyscan -t rsa,ecdsa,ed25519 HOST" after checking the fingerprints.`,
    );
  }
  const createUser = values.createUserJob as { enabled?: unknown } | undefined;
  if (!inputs.admin.password && createUser?.enabled !== false) {
    warnings.push(
      `admin-password is not set: the chart's create-user job uses its default password ("admin"). Pass ${Inputs.AdminPassword} from a secret.`,
    );
  }
  if (inputs.image && !inputs.image.digest) {
    warnings.push(
      `image ${inputs.image.repository}:${inputs.image.tag ?? ''} is referenced by tag: pushing a new image under the same tag will not roll the pods. Prefer the image@sha256 digest from build-push-image.`,
    );
  }
  if (inputs.image && !inputs.airflowVersion) {
    warnings.push(
      `airflow-version is not set: the chart then assumes its own default Airflow version. Set it to the Airflow version inside ${inputs.image.repository}.`,
    );
  }
  return warnings;
}

/**
 * Executors that start task pods from `[kubernetes_executor] worker_container_repository:
 * worker_container_tag` (Airflow 3 accepts a comma-separated list of executors).
 */
export function runsTaskPods(values: Values): boolean {
  const executor = typeof values.executor === 'string' ? values.executor : CHART_DEFAULT_EXECUTOR;
  return executor.split(',').some((e) => /KubernetesExecutor$/.test(e.trim()));
}
/** chart 1.22.0 values.yaml `executor`. */
export const CHART_DEFAULT_EXECUTOR = 'CeleryExecutor';

/**
 * Item 1 of issue 12 [F28]: the chart renders `worker_container_tag` from images.airflow.tag
 * or defaultAirflowTag, never from the digest (chart values.yaml `config.kubernetes_executor`),
 * so with a digest-only image every task pod would pull `REPO:<chart default tag>`, a tag that
 * was never pushed. Refused before any command runs.
 */
export function checkImageForExecutor(inputs: HelmAirflowInputs, values: Values): void {
  if (!inputs.image?.digest || inputs.image.tag || !runsTaskPods(values)) return;
  throw new ConfigurationError(
    Inputs.Image,
    `is a digest without a tag (${inputs.image.repository}@${inputs.image.digest}), but executor ${String(values.executor)} starts task pods from images.airflow.tag, which the chart never derives from the digest; ` +
      `pass REPO:TAG@sha256:DIGEST (both parts of the pushed image) so the chart pins its own pods by digest and task pods pull TAG`,
  );
}

/** The merged values as YAML for summaries and plans (yaml is loaded only here, at the end). */
export async function valuesYaml(values: Values): Promise<string> {
  const { stringify } = await import('yaml');
  return stringify(values, { lineWidth: 0 });
}
