/** setup-wi as a step of the whole-platform plan (src/cli). */
import { applyChanges } from '../../lib/reconcile/engine.js';
import type { PlatformStep } from '../../lib/reconcile/step.js';
import { Outputs, parseInputs } from './inputs.js';
import { planSetupWi, type Observed } from './plan.js';
import { SetupWiReconciler } from './reconcile.js';

const NOT_OBSERVED: Observed = { namespaces: new Map(), ksas: new Map() };

export const step: PlatformStep = {
  name: 'setup-wi',
  order: 10,
  enabled: (config) => config.gsa !== undefined,
  async plan({ config, tools, offline }) {
    const inputs = parseInputs(() => '', config);
    const reconciler = new SetupWiReconciler(tools, inputs);
    const plan = planSetupWi(inputs, offline ? NOT_OBSERVED : await reconciler.observe());
    const outputs = {
      [Outputs.GsaEmail]: plan.gsaEmail,
      [Outputs.WorkloadPool]: plan.workloadPool,
    };
    return {
      changes: plan.changes,
      outputs,
      warnings: plan.warnings,
      artifacts: [],
      apply: async () => {
        await reconciler.preflight();
        await applyChanges(plan.changes, (op) => reconciler.apply(op, plan), {
          dryRun: false,
          logger: tools.logger,
        });
        return outputs;
      },
    };
  },
};
