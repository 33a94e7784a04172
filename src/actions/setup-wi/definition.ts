/** setup-wi: Workload Identity from cluster to KSA, converged idempotently. */
import { runDefinition, type ActionDeps } from '../../lib/action/run-action.js';
import type { ActionDefinition } from '../../lib/reconcile/definition.js';
import { actionSummary, headingOf } from '../../lib/reconcile/report.js';
import { broadRoleWarnings } from '../../lib/validate/least-privilege.js';
import { Inputs, Outputs, parseInputs, type SetupWiInputs } from './inputs.js';
import { planSetupWi, type Observed, type SetupWiOp, type SetupWiPlan } from './plan.js';
import { SetupWiReconciler } from './reconcile.js';

const NOT_OBSERVED: Observed = { namespaces: new Map(), ksas: new Map() };

export const definition: ActionDefinition<SetupWiInputs, SetupWiOp> = {
  name: 'setup-wi',
  order: 10,
  parse: (source, config) => parseInputs(source, config),
  secrets: () => [],
  cli: { enabled: (config) => config.gsa !== undefined },
  start(inputs, ctx) {
    const reconciler = new SetupWiReconciler(ctx, inputs);
    let plan: SetupWiPlan | undefined;
    const planned = (): SetupWiPlan => plan ?? planSetupWi(inputs, NOT_OBSERVED);
    return {
      preflight: () => reconciler.preflight(),
      async plan() {
        plan = planSetupWi(inputs, ctx.offline ? NOT_OBSERVED : await reconciler.observe());
        plan.warnings.push(...broadRoleWarnings(Inputs.ProjectRoles, inputs.projectRoles));
        return plan;
      },
      apply: (op) => reconciler.apply(op, planned()),
      verify: (applied) => reconciler.verify(applied, planned()),
      outputs: (result) => ({
        [Outputs.GsaEmail]: planned().gsaEmail,
        [Outputs.WorkloadPool]: planned().workloadPool,
        [Outputs.Changed]: String(result.changed),
      }),
      report: (result) =>
        actionSummary({
          heading: headingOf('setup-wi', result.dryRun),
          intro: `GSA \`${planned().gsaEmail}\`, workload pool \`${planned().workloadPool}\`.`,
          outcomes: result.outcomes,
          warnings: result.planned.warnings,
        }),
      done: (result) =>
        result.changed
          ? 'setup-wi: converged with changes'
          : 'setup-wi: already converged; nothing changed',
    };
  },
};

export const run = (deps?: ActionDeps): Promise<void> => runDefinition(definition, deps);
