/**
 * helm-airflow's `rollback-to-revision`: the release goes back to an earlier Helm revision with
 * `helm rollback` (waiting like an upgrade: --wait, --wait-for-jobs, --timeout,
 * --cleanup-on-fail; helm v3.21.4 cmd/helm/rollback.go:79-87). The plan names the revision it
 * leaves and the one it restores, with the Airflow image of each (`helm get values
 * --revision`). Helm records "Rollback to N" as the description and released Helm has no
 * `--description` for rollback, so the run's provenance goes on the deploy-state ConfigMap,
 * whose fingerprint is replaced so the next plan sees that the release no longer runs the
 * platform file's values.
 */
import { formatCommand } from '../../lib/exec/runner.js';
import { resolveProvenance } from '../../lib/k8s/provenance.js';
import { pickRevisionError, type RollbackTarget } from '../../lib/k8s/rollout-history.js';
import type { Change } from '../../lib/reconcile/engine.js';
import type { RunContext } from '../../lib/reconcile/definition.js';
import { helmArgv, type HelmRevision } from '../../lib/tools/helm.js';
import { writeDeployState } from './fingerprint.js';
import type { HelmAirflowInputs } from './inputs.js';
import { chartVersionOf, type HelmAirflowOp } from './plan.js';
import { airflowImageOf, stampDeployState } from './provenance.js';
import type { HelmAirflowReconciler } from './reconcile.js';

const GOOD = ['deployed', 'superseded'];

/** The revision to restore, or an error naming the release, the revision and those kept. */
export function targetRevision(
  release: string,
  history: readonly HelmRevision[],
  target: RollbackTarget,
): HelmRevision {
  const current = history.at(-1);
  const found =
    target === 'previous'
      ? [...history].reverse().find((r) => r !== current && GOOD.includes(r.status))
      : history.find((r) => r.revision === target);
  if (!found) {
    throw pickRevisionError(
      `release ${release}`,
      target === 'previous'
        ? `no successful revision before ${current?.revision ?? '-'}`
        : `no revision ${target}`,
      history.map((r) => r.revision),
      `helm history ${release.split('/')[1] ?? release} --namespace ${release.split('/')[0] ?? ''}`,
    );
  }
  return found;
}

/** The rollback Change; a noop when the release already runs that revision by our rollback. */
export async function planRollbackTo(
  reconciler: HelmAirflowReconciler,
  inputs: HelmAirflowInputs,
  target: RollbackTarget,
): Promise<Change<HelmAirflowOp>> {
  const { release: rel, namespace: ns } = inputs;
  const resource = `helm-release/${ns}/${rel}`;
  const history = await reconciler.helm.history(rel, ns);
  if (!history || history.length === 0) {
    throw new Error(`release ${ns}/${rel} does not exist: there is nothing to roll back`);
  }
  const to = targetRevision(`${ns}/${rel}`, history, target);
  const current = history.at(-1) as HelmRevision;
  const imageAt = async (revision: number): Promise<string> =>
    airflowImageOf(await reconciler.helm.getValues(rel, ns, revision));
  const toImage = await imageAt(to.revision);
  if (
    typeof target === 'number' &&
    current.status === 'deployed' &&
    (current.revision === target || current.description === `Rollback to ${target}`)
  ) {
    return {
      resource,
      action: 'noop',
      reason: `revision ${current.revision} already runs revision ${target} (image ${toImage}); nothing to roll back`,
      commands: [],
    };
  }
  const args = helmArgv.rollback(reconciler.helmMajor, rel, ns, to.revision, inputs.timeout, true);
  return {
    resource,
    action: 'update',
    reason: `roll back from revision ${current.revision} (chart ${current.chart}, image ${await imageAt(current.revision)}) to revision ${to.revision} (chart ${to.chart}, image ${toImage})`,
    commands: [formatCommand({ tool: 'helm', args })],
    op: {
      type: 'rollback-to',
      revision: to.revision,
      from: current.revision,
      image: toImage,
      chartVersion: chartVersionOf(to),
    },
  };
}

/** After a verified rollback: provenance and a fingerprint no upgrade plan will match. */
export async function recordRollback(
  ctx: RunContext,
  reconciler: HelmAirflowReconciler,
  inputs: HelmAirflowInputs,
  op: { readonly revision: number; readonly image: string; readonly chartVersion: string },
): Promise<void> {
  const run = await resolveProvenance(ctx, process.env, `rollback to revision ${op.revision}`);
  await writeDeployState(
    reconciler.kubectl,
    inputs.release,
    inputs.namespace,
    op.chartVersion,
    `rollback-to-revision:${op.revision}`,
    (cm) => stampDeployState(cm, run, op.image),
  );
}

/** `helm rollback` to the planned revision, waited for like an upgrade. */
export async function rollbackTo(
  reconciler: HelmAirflowReconciler,
  inputs: HelmAirflowInputs,
  op: { readonly revision: number; readonly from: number; readonly image: string },
  timeoutMs: number,
): Promise<string> {
  const { release: rel, namespace: ns, timeout } = inputs;
  await reconciler.helm.mutate(
    helmArgv.rollback(reconciler.helmMajor, rel, ns, op.revision, timeout, true),
    { timeoutMs, retryable: () => false },
  );
  return `rolled back from revision ${op.from} to revision ${op.revision} (image ${op.image})`;
}
