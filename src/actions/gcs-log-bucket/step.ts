/** gcs-log-bucket as a step of the whole-platform plan (src/cli), after setup-wi. */
import { applyChanges } from '../../lib/reconcile/engine.js';
import type { PlatformStep } from '../../lib/reconcile/step.js';
import { Outputs, parseInputs } from './inputs.js';
import { planGcsLogBucket, type Observed } from './plan.js';
import { GcsLogBucketReconciler } from './reconcile.js';

const NOT_OBSERVED: Observed = {};

export const step: PlatformStep = {
  name: 'gcs-log-bucket',
  order: 20,
  enabled: (config) => config.logBucket !== undefined,
  async plan({ config, tools, offline, carried }) {
    // setup-wi's GSA writes the logs unless the file names another member.
    const inputs = parseInputs(() => '', config, { member: carried.get('gsa-email') });
    const reconciler = new GcsLogBucketReconciler(tools, inputs);
    const plan = planGcsLogBucket(inputs, offline ? NOT_OBSERVED : await reconciler.observe());
    const outputs = {
      [Outputs.BucketUrl]: plan.bucketUrl,
      [Outputs.LogFolder]: plan.logFolder,
    };
    return {
      changes: plan.changes,
      outputs,
      warnings: plan.warnings,
      artifacts: [],
      apply: async () => {
        await reconciler.preflight();
        await applyChanges(plan.changes, (op) => reconciler.apply(op), {
          dryRun: false,
          logger: tools.logger,
        });
        return outputs;
      },
    };
  },
};
