/** gcs-log-bucket: the bucket Airflow's remote logging writes to, converged idempotently. */
import { runDefinition, type ActionDeps } from '../../lib/action/run-action.js';
import type { ActionDefinition } from '../../lib/reconcile/definition.js';
import { actionSummary, headingOf } from '../../lib/reconcile/report.js';
import { broadRoleWarnings } from '../../lib/validate/least-privilege.js';
import {
  bucketUrlOf,
  Inputs,
  logFolderOf,
  Outputs,
  parseInputs,
  type GcsLogBucketInputs,
} from './inputs.js';
import { planGcsLogBucket, type GcsLogBucketOp } from './plan.js';
import { GcsLogBucketReconciler } from './reconcile.js';

export const definition: ActionDefinition<GcsLogBucketInputs, GcsLogBucketOp> = {
  name: 'gcs-log-bucket',
  order: 20,
  // In the CLI chain setup-wi's GSA writes the logs unless the file names another member.
  parse: (source, config, chain) =>
    parseInputs(source, config, { member: chain?.get('gsa-email') }),
  secrets: () => [],
  cli: { enabled: (config) => config.logBucket !== undefined },
  start(inputs, ctx) {
    const reconciler = new GcsLogBucketReconciler(ctx, inputs);
    return {
      preflight: () => reconciler.preflight(),
      async plan() {
        const plan = planGcsLogBucket(inputs, ctx.offline ? {} : await reconciler.observe());
        if (inputs.member) plan.warnings.push(...broadRoleWarnings(Inputs.Role, [inputs.role]));
        return plan;
      },
      apply: (op) => reconciler.apply(op),
      verify: (applied) => reconciler.verify(applied),
      outputs: (result) => ({
        [Outputs.BucketUrl]: bucketUrlOf(inputs.bucket),
        [Outputs.LogFolder]: logFolderOf(inputs.bucket),
        [Outputs.Created]: String(
          result.dryRun
            ? result.planned.changes.some((c) => c.op?.type === 'create')
            : reconciler.created,
        ),
        [Outputs.Changed]: String(result.changed),
      }),
      report: (result) =>
        actionSummary({
          heading: headingOf('gcs-log-bucket', result.dryRun),
          intro: `Bucket \`${bucketUrlOf(inputs.bucket)}\` in \`${inputs.location}\`; Airflow log folder \`${logFolderOf(inputs.bucket)}\`.`,
          outcomes: result.outcomes,
          warnings: result.planned.warnings,
        }),
      done: (result) =>
        result.changed
          ? 'gcs-log-bucket: converged with changes'
          : 'gcs-log-bucket: already converged; nothing changed',
    };
  },
};

export const run = (deps?: ActionDeps): Promise<void> => runDefinition(definition, deps);
