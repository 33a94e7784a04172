/** gcs-log-bucket: the bucket Airflow's remote logging writes to, converged idempotently. */
import type { ActionDeps } from '../../lib/action/context.js';
import { runnerIO } from '../../lib/action/io.js';
import { runParsedAction } from '../../lib/action/run-action.js';
import { outcomesTable } from '../../lib/action/summary.js';
import { anyChanged, applyChanges } from '../../lib/reconcile/engine.js';
import { broadRoleWarnings } from '../../lib/validate/least-privilege.js';
import { Inputs, Outputs, parseInputs } from './inputs.js';
import { planGcsLogBucket, type GcsLogBucketOp } from './plan.js';
import { GcsLogBucketReconciler } from './reconcile.js';

export const ACTION_NAME = 'gcs-log-bucket';

export async function run(deps: ActionDeps = { io: runnerIO() }): Promise<void> {
  const { io } = deps;
  await runParsedAction(ACTION_NAME, deps, parseInputs, async (inputs, context) => {
    const reconciler = new GcsLogBucketReconciler(context, inputs);
    await reconciler.preflight();

    const observed = await reconciler.observe();
    const plan = planGcsLogBucket(inputs, observed);
    if (inputs.member) plan.warnings.push(...broadRoleWarnings(Inputs.Role, [inputs.role]));
    for (const warning of plan.warnings) io.warning(warning);

    const outcomes = await applyChanges(plan.changes, (op) => reconciler.apply(op), {
      dryRun: inputs.dryRun,
      logger: io,
    });
    const applied = plan.changes.flatMap((c) => (c.op ? [c.op] : [])) as GcsLogBucketOp[];
    if (!inputs.dryRun && applied.length > 0) await reconciler.verify(applied);

    const changed = anyChanged(outcomes);
    const created = inputs.dryRun ? applied.some((op) => op.type === 'create') : reconciler.created;
    io.setOutput(Outputs.BucketUrl, plan.bucketUrl);
    io.setOutput(Outputs.LogFolder, plan.logFolder);
    io.setOutput(Outputs.Created, String(created));
    io.setOutput(Outputs.Changed, String(changed));
    io.setOutput(Outputs.Changes, JSON.stringify(outcomes));

    const heading = inputs.dryRun ? `${ACTION_NAME} (dry run: nothing was changed)` : ACTION_NAME;
    const warnings = plan.warnings.map((w) => `> [!WARNING]\n> ${w}`).join('\n\n');
    await io.writeSummary(
      [
        `## ${heading}`,
        `Bucket \`${plan.bucketUrl}\` in \`${inputs.location}\`; Airflow log folder \`${plan.logFolder}\`.`,
        outcomesTable(outcomes),
        warnings,
      ]
        .filter(Boolean)
        .join('\n\n') + '\n',
    );
    io.info(
      changed
        ? `${ACTION_NAME}: converged with changes`
        : `${ACTION_NAME}: already converged; nothing changed`,
    );
  });
}
