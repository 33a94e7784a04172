/** setup-wi: Workload Identity from cluster to KSA, converged idempotently. */
import type { ActionDeps } from '../../lib/action/context.js';
import { runnerIO } from '../../lib/action/io.js';
import { runParsedAction } from '../../lib/action/run-action.js';
import { outcomesTable } from '../../lib/action/summary.js';
import { anyChanged, applyChanges } from '../../lib/reconcile/engine.js';
import { broadRoleWarnings } from '../../lib/validate/least-privilege.js';
import { Inputs, Outputs, parseInputs } from './inputs.js';
import { planSetupWi, type SetupWiOp } from './plan.js';
import { SetupWiReconciler } from './reconcile.js';

export const ACTION_NAME = 'setup-wi';

export async function run(deps: ActionDeps = { io: runnerIO() }): Promise<void> {
  const { io } = deps;
  await runParsedAction(ACTION_NAME, deps, parseInputs, async (inputs, context) => {
    const reconciler = new SetupWiReconciler(context, inputs);
    await reconciler.preflight();

    const observed = await reconciler.observe();
    const plan = planSetupWi(inputs, observed);
    plan.warnings.push(...broadRoleWarnings(Inputs.ProjectRoles, inputs.projectRoles));
    for (const warning of plan.warnings) io.warning(warning);

    const outcomes = await applyChanges(plan.changes, (op) => reconciler.apply(op, plan), {
      dryRun: inputs.dryRun,
      logger: io,
    });
    if (!inputs.dryRun) {
      const applied: SetupWiOp[] = plan.changes.flatMap((c) => (c.op ? [c.op] : []));
      if (applied.length > 0) await reconciler.verify(applied, plan);
    }

    const changed = anyChanged(outcomes);
    io.setOutput(Outputs.GsaEmail, plan.gsaEmail);
    io.setOutput(Outputs.WorkloadPool, plan.workloadPool);
    io.setOutput(Outputs.Changed, String(changed));
    io.setOutput(Outputs.Changes, JSON.stringify(outcomes));

    const heading = inputs.dryRun ? `${ACTION_NAME} (dry run: nothing was changed)` : ACTION_NAME;
    const warnings = plan.warnings.map((w) => `> [!WARNING]\n> ${w}`).join('\n\n');
    await io.writeSummary(
      [
        `## ${heading}`,
        `GSA \`${plan.gsaEmail}\`, workload pool \`${plan.workloadPool}\`.`,
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
